//! Algebraic properties, on every backend: steps against their inverses, the
//! fused fragments against their step compositions, and the identities that tie
//! the Arm instructions to the x86 ones.

use crypto_insn::aes;
use crypto_insn::arm::Arm;
use crypto_insn::backend::{self, Backend};
use crypto_insn::compose::{Composed, Via};
use crypto_insn::reg;
use crypto_insn::vector::{Arch, Lookup, Value, lookup};
use crypto_insn::x86::X86;
use crypto_insn_testutil::cross;
use proptest::prelude::*;

/// The library's instruction `name` of `arch` on backend `b`, operands in the
/// instruction's order (the shape [`cross`] composes with).
fn library(b: backend::Dynamic, arch: Arch, name: &str, srcs: [u128; 3], imm: u8) -> u128 {
    match lookup(arch, name) {
        Lookup::Supported(op, _) => op.execute(b, imm, &srcs.map(Value::xmm)).lane(0),
        _ => panic!("{name} is not a supported {arch:?} instruction"),
    }
}

/// The mnemonics of an architecture's SHA-1/SHA-256 extensions, from the registry.
fn sha_ops(arch: Arch, extensions: &[&str]) -> Vec<&'static str> {
    crypto_insn::registry::INSTRUCTIONS
        .iter()
        .filter(|i| i.arch == arch && i.implemented() && extensions.contains(&i.extension))
        .map(|i| i.mnemonic)
        .collect()
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 2048,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn steps_invert(s in any::<u128>(), k in any::<u128>(), w in any::<u32>()) {
        prop_assert_eq!(aes::inv_sub_bytes(aes::sub_bytes(s)), s);
        prop_assert_eq!(aes::sub_bytes(aes::inv_sub_bytes(s)), s);
        prop_assert_eq!(aes::inv_shift_rows(aes::shift_rows(s)), s);
        prop_assert_eq!(aes::shift_rows(aes::inv_shift_rows(s)), s);
        prop_assert_eq!(aes::inv_mix_columns(aes::mix_columns(s)), s);
        prop_assert_eq!(aes::mix_columns(aes::inv_mix_columns(s)), s);
        prop_assert_eq!(aes::add_round_key(aes::add_round_key(s, k), k), s);
        prop_assert_eq!(aes::inv_sub_word(aes::sub_word(w)), w);
        prop_assert_eq!(aes::inv_rot_word(aes::rot_word(w)), w);
        // SubBytes commutes with ShiftRows (the SDM lists them the other way round).
        prop_assert_eq!(aes::shift_rows(aes::sub_bytes(s)), aes::sub_bytes(aes::shift_rows(s)));
    }

    #[test]
    fn fragments_equal_step_compositions(s in any::<u128>(), k in any::<u128>()) {
        for b in backend::available() {
            let sb_sr = aes::shift_rows(aes::sub_bytes(s));
            let isb_isr = aes::inv_sub_bytes(aes::inv_shift_rows(s));
            prop_assert_eq!(b.sb_sr_ak(s, k), sb_sr ^ k, "sb_sr_ak on {}", b);
            prop_assert_eq!(b.sb_sr_mc_ak(s, k), aes::mix_columns(sb_sr) ^ k, "sb_sr_mc_ak on {}", b);
            prop_assert_eq!(b.isb_isr_ak(s, k), isb_isr ^ k, "isb_isr_ak on {}", b);
            prop_assert_eq!(b.isb_isr_imc_ak(s, k), aes::inv_mix_columns(isb_isr) ^ k, "isb_isr_imc_ak on {}", b);
            prop_assert_eq!(b.isb_isr_ak_imc(s, k), aes::inv_mix_columns(isb_isr ^ k), "isb_isr_ak_imc on {}", b);
            prop_assert_eq!(b.mc(s), aes::mix_columns(s), "mc on {}", b);
            prop_assert_eq!(b.imc(s), aes::inv_mix_columns(s), "imc on {}", b);
            prop_assert_eq!(b.sb(s), aes::sub_bytes(s), "sb on {}", b);
            prop_assert_eq!(b.ak_sb_sr(s, k), aes::shift_rows(aes::sub_bytes(s ^ k)), "ak_sb_sr on {}", b);
            prop_assert_eq!(b.ak_isb_isr(s, k), aes::inv_sub_bytes(aes::inv_shift_rows(s ^ k)), "ak_isb_isr on {}", b);
        }
    }

    #[test]
    fn arm_and_x86_identities(s in any::<u128>(), k in any::<u128>(), r in any::<u128>()) {
        for b in backend::available() {
            let (x86, arm) = (X86(b), Arm(b));
            prop_assert_eq!(arm.aese(s, k), x86.aesenclast(s ^ k, 0));
            prop_assert_eq!(arm.aesmc(arm.aese(s, k)) ^ r, x86.aesenc(s ^ k, r));
            prop_assert_eq!(arm.aesd(s, k), x86.aesdeclast(s ^ k, 0));
            prop_assert_eq!(arm.aesimc(arm.aesd(s, k)) ^ r, x86.aesdec(s ^ k, r));
            prop_assert_eq!(arm.aesimc(s), x86.aesimc(s));
            // AESMC = AESENC(AESDECLAST(s, 0), 0): the x86 route to MixColumns alone.
            prop_assert_eq!(arm.aesmc(s), x86.aesenc(x86.aesdeclast(s, 0), 0));
            // The operands of AESE are symmetric in the XOR.
            prop_assert_eq!(arm.aese(s, k), arm.aese(k, s));
            // Round trips.
            prop_assert_eq!(arm.aesd(arm.aese(s, k), 0) ^ k, s);
            prop_assert_eq!(arm.aesimc(arm.aesmc(s)), s);
            prop_assert_eq!(x86.aesdeclast(x86.aesenclast(s, k) ^ k, 0), s);
        }
    }

    #[test]
    fn aeskeygenassist_is_its_pseudocode(src in any::<u128>(), imm in any::<u8>()) {
        let [_, x1, _, x3] = reg::to_dwords(src);
        let rcon = u32::from(imm);
        let expected = reg::from_dwords([
            aes::sub_word(x1),
            aes::rot_word(aes::sub_word(x1)) ^ rcon,
            aes::sub_word(x3),
            aes::rot_word(aes::sub_word(x3)) ^ rcon,
        ]);
        for b in backend::available() {
            prop_assert_eq!(X86(b).aeskeygenassist(src, imm), expected, "on {}", b);
        }
    }

    #[test]
    fn compositions_round_trip(key in proptest::collection::vec(any::<u8>(), 32), size in 0usize..3, block in any::<u128>()) {
        let key = &key[..16 + 8 * size];
        let reference = aes::Aes::new(key).unwrap().encrypt_block(block);
        for b in backend::available() {
            for via in Via::ALL {
                let c = Composed::new(via, b, key).unwrap();
                prop_assert_eq!(c.encrypt(block), reference, "via {} on {}", via, b);
                prop_assert_eq!(c.decrypt(c.encrypt(block)), block, "via {} on {}", via, b);
            }
        }
    }

    #[test]
    fn carry_less_multiply(a in any::<u128>(), b in any::<u128>(), c in any::<u128>(), imm in any::<u8>()) {
        for bk in backend::available() {
            let (x, arm) = (X86(bk), Arm(bk));
            // PMULL = PCLMULQDQ imm 0x00, PMULL2 = imm 0x11; only bits 0 and 4 count.
            prop_assert_eq!(arm.pmull(a, b), x.pclmulqdq(a, b, 0x00));
            prop_assert_eq!(arm.pmull2(a, b), x.pclmulqdq(a, b, 0x11));
            prop_assert_eq!(x.pclmulqdq(a, b, imm), x.pclmulqdq(a, b, imm & 0x11));
            // Commutative (swapping sources swaps the selector bits) and distributive over XOR.
            prop_assert_eq!(x.pclmulqdq(a, b, 0x01), x.pclmulqdq(b, a, 0x10));
            prop_assert_eq!(x.pclmulqdq(a, b, 0x00), x.pclmulqdq(b, a, 0x00));
            prop_assert_eq!(x.pclmulqdq(a ^ c, b, imm), x.pclmulqdq(a, b, imm) ^ x.pclmulqdq(c, b, imm));
            // The product of two degree-63 polynomials has degree <= 126.
            prop_assert_eq!(x.pclmulqdq(a, b, imm) >> 127, 0);
            prop_assert_eq!(x.pclmulqdq(a, b, imm), crypto_insn::clmul::clmul64_reference(
                if imm & 1 == 0 { a as u64 } else { (a >> 64) as u64 },
                if imm & 0x10 == 0 { b as u64 } else { (b >> 64) as u64 },
            ));
        }
    }

    #[test]
    fn vaes_lanes_are_independent(s in any::<[u128; 4]>(), k in any::<[u128; 4]>(), imm in any::<u8>()) {
        for bk in backend::available() {
            let x = X86(bk);
            let two = [s[0], s[1]];
            let key2 = [k[0], k[1]];
            for l in 0..4 {
                prop_assert_eq!(x.vaesenc(s, k)[l], x.aesenc(s[l], k[l]));
                prop_assert_eq!(x.vaesenclast(s, k)[l], x.aesenclast(s[l], k[l]));
                prop_assert_eq!(x.vaesdec(s, k)[l], x.aesdec(s[l], k[l]));
                prop_assert_eq!(x.vaesdeclast(s, k)[l], x.aesdeclast(s[l], k[l]));
                prop_assert_eq!(x.vpclmulqdq(s, k, imm)[l], x.pclmulqdq(s[l], k[l], imm));
            }
            for l in 0..2 {
                prop_assert_eq!(x.vaesenc(two, key2)[l], x.aesenc(two[l], key2[l]));
                prop_assert_eq!(x.vpclmulqdq(two, key2, imm)[l], x.pclmulqdq(two[l], key2[l], imm));
            }
            prop_assert_eq!(x.vaesenc([s[0]], [k[0]]), [x.aesenc(s[0], k[0])]);
        }
    }

    /// The seam's lane forms at every count, odd ones too (a RISC-V register
    /// group of three element groups batches three states): each lane is the
    /// single-lane fragment.
    #[test]
    fn lane_forms_of_every_count_are_their_lanes(s in any::<[u128; 5]>(), k in any::<[u128; 5]>(), imm in any::<u8>()) {
        fn check<const N: usize, B: Backend>(b: B, s: [u128; N], k: [u128; N], imm: u8) -> Result<(), TestCaseError> {
            use backend::LaneOp::{Dec, DecLast, Enc, EncLast};
            for (op, one) in [
                (Enc, B::sb_sr_mc_ak as fn(B, u128, u128) -> u128),
                (EncLast, B::sb_sr_ak),
                (Dec, B::isb_isr_imc_ak),
                (DecLast, B::isb_isr_ak),
            ] {
                let got = b.aes_lanes(op, s, k);
                for l in 0..N {
                    prop_assert_eq!(got[l], one(b, s[l], k[l]), "{} {:?} lane {} of {}", b.name(), op, l, N);
                }
            }
            let got = b.clmul_lanes(s, k, imm);
            for l in 0..N {
                prop_assert_eq!(got[l], b.clmul(s[l], k[l], imm), "{} clmul lane {} of {}", b.name(), l, N);
            }
            Ok(())
        }
        for bk in backend::available() {
            check::<1, _>(bk, [s[0]], [k[0]], imm)?;
            check::<2, _>(bk, [s[0], s[1]], [k[0], k[1]], imm)?;
            check::<3, _>(bk, [s[0], s[1], s[2]], [k[0], k[1], k[2]], imm)?;
            check::<4, _>(bk, [s[0], s[1], s[2], s[3]], [k[0], k[1], k[2], k[3]], imm)?;
            check::<5, _>(bk, s, k, imm)?;
        }
    }

    #[test]
    fn sha1h_writes_a_zero_extended_word(n in any::<u128>()) {
        for bk in backend::available() {
            let r = Arm(bk).sha1h(n);
            prop_assert_eq!(r >> 32, 0);
            prop_assert_eq!(r as u32, (n as u32).rotate_left(30));
        }
    }

    /// Each architecture's SHA instructions equal their composition from the
    /// other's (`crypto_insn_testutil::cross`, written from the manuals'
    /// pseudocode), on every backend.
    #[test]
    fn sha_cross_architecture_identities(d in any::<u128>(), n in any::<u128>(), m in any::<u128>(), imm in any::<u8>()) {
        for bk in backend::available() {
            let x86 = |name: &str, a, b, c, imm| library(bk, Arch::X86, name, [a, b, c], imm);
            let arm = |name: &str, a, b, c| library(bk, Arch::Arm, name, [a, b, c], 0);
            for name in sha_ops(Arch::Arm, &["sha1", "sha256"]) {
                prop_assert_eq!(
                    cross::arm_from_x86(name, d, n, m, x86),
                    Some(arm(name, d, n, m)),
                    "{} on {}", name, bk
                );
            }
            for name in sha_ops(Arch::X86, &["sha"]) {
                prop_assert_eq!(
                    cross::x86_from_arm(name, d, n, m, imm, arm),
                    Some(x86(name, d, n, m, imm)),
                    "{} on {}", name, bk
                );
            }
        }
    }

    #[test]
    fn register_conversions_round_trip(v in any::<u128>()) {
        prop_assert_eq!(reg::from_bytes(reg::to_bytes(v)), v);
        prop_assert_eq!(reg::from_halves(reg::to_halves(v)), v);
        prop_assert_eq!(reg::from_dwords(reg::to_dwords(v)), v);
        prop_assert_eq!(reg::parse_hex(&reg::MemHex(v).to_string()).unwrap(), v);
        prop_assert_eq!(reg::parse_hex(&reg::IntHex(v).to_string()).unwrap(), v);
        // Memory byte i is bits 8i+7..8i on any host.
        let b = reg::to_bytes(v);
        for (i, byte) in b.iter().enumerate() {
            prop_assert_eq!(*byte, (v >> (8 * i)) as u8);
        }
    }
}
