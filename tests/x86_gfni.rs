//! GFNI: GF2P8AFFINEQB, GF2P8AFFINEINVQB, GF2P8MULB at 128, 256 and 512 bits.
//!
//! - every backend and both forced fallbacks (SSSE3 nibble tables and
//!   shift-and-add, AES-NI through `sbox_affine`) against the math layer's
//!   transcription of the SDM pseudocode, for every imm8, edge and random
//!   matrices, distinct matrices per qword;
//! - against the host's own GFNI instructions (raw `asm!` in testutil's
//!   oracle, immediate encoded in the instruction), including EVEX.512 and its
//!   byte write-masking; skipped with a message where the CPU lacks them;
//! - properties and published facts (FIPS-197).
#![cfg(target_arch = "x86_64")]

use crypto_insn::backend::{self, Dynamic, Native, Soft};
use crypto_insn::math::gf;
use crypto_insn::x86::{self, X86, evex};
use crypto_insn_testutil::oracle::x86::{Extensions, Oracle};
use crypto_insn_testutil::{Rng, cases, skip};

/// Identity, bit reversal, the AES S-box matrix (FIPS-197 eq. 5.1 in GFNI
/// form), zero, all ones.
const EDGE: [u64; 5] = [
    0x0102_0408_1020_4080,
    0x8040_2010_0804_0201,
    0xf1e3_c78f_1f3e_7cf8,
    0,
    u64::MAX,
];

fn reference_affine(inv: bool, x: u128, m: u128, imm: u8) -> u128 {
    let f = if inv {
        gf::gf2p8affineinv_qword
    } else {
        gf::gf2p8affine_qword
    };
    u128::from(f(x as u64, m as u64, imm))
        | (u128::from(f((x >> 64) as u64, (m >> 64) as u64, imm)) << 64)
}

fn reference_mul(a: u128, b: u128) -> u128 {
    let (a, b) = (a.to_le_bytes(), b.to_le_bytes());
    u128::from_le_bytes(core::array::from_fn(|i| gf::gf2p8mul_byte(a[i], b[i])))
}

fn matrices(rng: &mut Rng) -> Vec<u128> {
    let mut v = Vec::new();
    for &a in &EDGE {
        for &b in &EDGE {
            v.push(u128::from(a) | (u128::from(b) << 64));
        }
    }
    for _ in 0..8 {
        v.push(rng.next_u128());
    }
    v
}

/// All 256 byte values over one 128-bit lane set: lane `i` byte `j` = 16i + j.
fn all_bytes<const N: usize>(offset: u8) -> [u128; N] {
    core::array::from_fn(|i| {
        u128::from_le_bytes(core::array::from_fn(|j| {
            (16 * i as u8 + j as u8).wrapping_add(offset)
        }))
    })
}

fn backends() -> Vec<Dynamic> {
    backend::available().collect()
}

fn check_affine_all<const N: usize>() {
    let mut rng = Rng::new(0x6f_4e_01 + N as u64);
    let ms = matrices(&mut rng);
    for b in backends() {
        for imm in 0..=255u8 {
            for (k, &m0) in ms.iter().enumerate() {
                let m: [u128; N] =
                    core::array::from_fn(|i| if i == 0 { m0 } else { ms[(k + i) % ms.len()] });
                let x: [u128; N] = if imm % 16 == 0 {
                    all_bytes(imm)
                } else {
                    core::array::from_fn(|_| rng.next_reg())
                };
                for inv in [false, true] {
                    let want: [u128; N] =
                        core::array::from_fn(|i| reference_affine(inv, x[i], m[i], imm));
                    let got = if inv {
                        X86(b).gf2p8affineinvqb(x, m, imm)
                    } else {
                        X86(b).gf2p8affineqb(x, m, imm)
                    };
                    assert_eq!(got, want, "inv={inv} imm={imm:#04x} m={m:x?} on {b} N={N}");
                }
            }
        }
        let (a, c): ([u128; N], [u128; N]) = (
            core::array::from_fn(|_| rng.next_reg()),
            core::array::from_fn(|_| rng.next_reg()),
        );
        let want: [u128; N] = core::array::from_fn(|i| reference_mul(a[i], c[i]));
        assert_eq!(X86(b).gf2p8mulb(a, c), want, "mulb on {b}");
    }
}

#[test]
fn every_backend_matches_the_sdm_pseudocode_128() {
    check_affine_all::<1>();
}

#[test]
fn every_backend_matches_the_sdm_pseudocode_256() {
    check_affine_all::<2>();
}

#[test]
fn every_backend_matches_the_sdm_pseudocode_512() {
    check_affine_all::<4>();
}

#[test]
fn mulb_all_pairs_every_backend() {
    // All 65536 byte pairs, 16 per register.
    for b in backends() {
        for hi in 0..=255u8 {
            for lo in (0..=255u8).step_by(16) {
                let a = u128::from_le_bytes([hi; 16]);
                let c = u128::from_le_bytes(core::array::from_fn(|j| lo + j as u8));
                assert_eq!(X86(b).gf2p8mulb([a], [c])[0], reference_mul(a, c), "{b}");
            }
        }
    }
}

/// The fallbacks a host without GFNI runs, forced on this one.
#[test]
fn forced_fallbacks_match() {
    let Ok(native) = Native::detect() else {
        skip("x86_gfni: no native backend (AES-NI/SSSE3) for the fallbacks");
        return;
    };
    let mut rng = Rng::new(0xfa11);
    let ms = matrices(&mut rng);
    for imm in 0..=255u8 {
        for &m in &ms {
            for _ in 0..4 {
                let x = rng.next_reg();
                // SAFETY: `Native` exists, so the CPU has SSSE3.
                let got = unsafe { backend::x86_64::gfni::gf2p8affineqb_ssse3(x, m, imm) };
                assert_eq!(
                    got,
                    reference_affine(false, x, m, imm),
                    "ssse3 affine {imm:#04x} {m:032x}"
                );
                let got = x86::gf2p8affineinvqb_via_sbox_affine(native, [x], [m], imm)[0];
                assert_eq!(
                    got,
                    reference_affine(true, x, m, imm),
                    "aes-ni affineinv {imm:#04x} {m:032x}"
                );
                let got = x86::gf2p8affineinvqb_via_sbox_affine(Soft, [x], [m], imm)[0];
                assert_eq!(got, reference_affine(true, x, m, imm), "soft affineinv");
            }
        }
    }
    for hi in 0..=255u8 {
        let a = u128::from_le_bytes([hi; 16]);
        for lo in (0..=255u8).step_by(16) {
            let c = u128::from_le_bytes(core::array::from_fn(|j| lo + j as u8));
            // SAFETY: as above.
            let got = unsafe { backend::x86_64::gfni::gf2p8mulb_ssse3(a, c) };
            assert_eq!(got, reference_mul(a, c), "ssse3 mulb");
        }
    }
}

fn gfni_cpu(what: &str, has: impl Fn(Extensions) -> bool) -> Option<Oracle> {
    let o = Oracle::detect().filter(|_| has(Extensions::detect()));
    if o.is_none() {
        skip(&format!("x86_gfni: this CPU lacks {what}"));
    }
    o
}

fn diff<const N: usize>(cpu: Oracle) {
    let mut rng = Rng::new(0xd1ff + N as u64);
    let ms = matrices(&mut rng);
    for b in backends() {
        for imm in 0..=255u8 {
            for _ in 0..cases(6) {
                let x: [u128; N] = core::array::from_fn(|_| rng.next_reg());
                let m: [u128; N] =
                    core::array::from_fn(|_| ms[(rng.next_u64() as usize) % ms.len()]);
                for inv in [false, true] {
                    let got = if inv {
                        X86(b).gf2p8affineinvqb(x, m, imm)
                    } else {
                        X86(b).gf2p8affineqb(x, m, imm)
                    };
                    assert_eq!(
                        got,
                        cpu.gf2p8affine(inv, x, m, imm),
                        "inv={inv} {imm:#04x} on {b}"
                    );
                }
                let y: [u128; N] = core::array::from_fn(|_| rng.next_reg());
                assert_eq!(X86(b).gf2p8mulb(x, y), cpu.gf2p8mulb(x, y), "mulb on {b}");
            }
        }
    }
}

#[test]
fn host_gfni_128_and_256() {
    let Some(cpu) = gfni_cpu("GFNI with AVX2", |e| e.gfni) else {
        return;
    };
    diff::<1>(cpu);
    diff::<2>(cpu);
}

#[test]
fn host_gfni_512_and_evex_masking() {
    let Some(cpu) = gfni_cpu("GFNI with AVX-512 (F, BW, VL)", |e| e.gfni512) else {
        return;
    };
    diff::<4>(cpu);
    let mut rng = Rng::new(0x3a5c);
    for _ in 0..cases(2000) {
        let old: [u128; 4] = core::array::from_fn(|_| rng.next_u128());
        let a: [u128; 4] = core::array::from_fn(|_| rng.next_u128());
        let c: [u128; 4] = core::array::from_fn(|_| rng.next_u128());
        let k = match rng.next_u64() % 4 {
            0 => 0,
            1 => u64::MAX,
            _ => rng.next_u64(),
        };
        for z in [false, true] {
            assert_eq!(
                evex::mask_bytes(old, x86::gf2p8mulb(a, c), k, z),
                cpu.gf2p8mulb512_masked(old, a, c, k, z),
                "k={k:#x} z={z}"
            );
        }
    }
}

#[test]
fn properties() {
    for b in backends() {
        let x = X86(b);
        for a in 0..=255u8 {
            let ra = u128::from_le_bytes([a; 16]);
            let bs = u128::from_le_bytes(core::array::from_fn(|j| (j as u8 * 17) ^ a));
            let cs = u128::from_le_bytes(core::array::from_fn(|j| {
                (j as u8).wrapping_mul(29).wrapping_add(3)
            }));
            // Commutative, distributive over XOR.
            assert_eq!(x.gf2p8mulb([ra], [bs]), x.gf2p8mulb([bs], [ra]));
            assert_eq!(
                x.gf2p8mulb([ra], [bs ^ cs])[0],
                x.gf2p8mulb([ra], [bs])[0] ^ x.gf2p8mulb([ra], [cs])[0]
            );
            // The AES field multiply (FIPS-197 4.2) and xtime (4.2.1).
            let p = x.gf2p8mulb([ra], [bs])[0].to_le_bytes();
            for (j, &pj) in p.iter().enumerate() {
                assert_eq!(pj, gf::mul(a, (j as u8 * 17) ^ a));
            }
            let two = u128::from_le_bytes([2; 16]);
            assert_eq!(
                x.gf2p8mulb([ra], [two])[0],
                u128::from_le_bytes([gf::xtime(a); 16])
            );
        }
        // AFFINEINV with the AES matrix and 0x63 is SubBytes; the identity
        // matrix is the identity (AFFINE) and the plain inverse (AFFINEINV).
        let aes = u128::from(EDGE[2]) * ((1u128 << 64) + 1);
        let id = u128::from(EDGE[0]) * ((1u128 << 64) + 1);
        for hi in 0..16u8 {
            let v = u128::from_le_bytes(core::array::from_fn(|j| hi * 16 + j as u8));
            let sb = x.gf2p8affineinvqb([v], [aes], 0x63)[0].to_le_bytes();
            for (j, &s) in sb.iter().enumerate() {
                assert_eq!(s, gf::sbox(hi * 16 + j as u8), "{b}");
            }
            assert_eq!(x.gf2p8affineqb([v], [id], 0)[0], v);
            let inv = x.gf2p8affineinvqb([v], [id], 0)[0].to_le_bytes();
            for (j, &s) in inv.iter().enumerate() {
                assert_eq!(s, gf::inv(hi * 16 + j as u8));
            }
            // Every imm8 is XORed into every byte.
            for imm in 0..=255u8 {
                assert_eq!(
                    x.gf2p8affineqb([v], [id], imm)[0],
                    v ^ u128::from_le_bytes([imm; 16])
                );
            }
        }
    }
}

/// Published values: FIPS-197 section 4.2 (`{57} • {83} = {c1}`), 4.2.1
/// (`{57} • {13} = {fe}`), 5.1.1 / Figure 7 (`S(53) = ed`, `S(00) = 63`), the
/// GFNI one-instruction AES S-box `GF2P8AFFINEINVQB x, 0xF1E3C78F1F3E7CF8, 0x63`
/// (Intel, "Galois Field New Instructions (GFNI) Technology Guide") and the
/// bit-reversal matrix `0x8040201008040201` of the same guide.
#[test]
fn published_facts() {
    let b16 = |v: u8| u128::from_le_bytes([v; 16]);
    assert_eq!(x86::gf2p8mulb([b16(0x57)], [b16(0x83)]), [b16(0xc1)]);
    assert_eq!(x86::gf2p8mulb([b16(0x57)], [b16(0x13)]), [b16(0xfe)]);
    let aes = [0xf1e3_c78f_1f3e_7cf8_f1e3_c78f_1f3e_7cf8u128];
    assert_eq!(x86::gf2p8affineinvqb([b16(0x53)], aes, 0x63), [b16(0xed)]);
    assert_eq!(x86::gf2p8affineinvqb([0], aes, 0x63), [b16(0x63)]);
    let rev = [0x8040_2010_0804_0201_8040_2010_0804_0201u128];
    assert_eq!(x86::gf2p8affineqb([b16(0x01)], rev, 0), [b16(0x80)]);
    assert_eq!(x86::gf2p8affineqb([b16(0xc4)], rev, 0), [b16(0x23)]);
}
