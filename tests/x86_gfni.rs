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
    use crypto_insn::backend::{Backend, SboxAffine};
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
                // The composition a host without GFNI runs (here the helper's
                // affine step may be GFNI itself): inverse on AES-NI, SSSE3 affine.
                let inv = native.sbox_affine(x, &SboxAffine::INVERSE);
                // SAFETY: as above.
                let got = unsafe { backend::x86_64::gfni::gf2p8affineqb_ssse3(inv, m, imm) };
                assert_eq!(
                    got,
                    reference_affine(true, x, m, imm),
                    "aes-ni + ssse3 affineinv"
                );
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

/// The AES S-box, FIPS-197 Figure 7, transcribed as the table Rust stdarch's
/// GFNI tests hold (`AES_S_BOX`), independent of the library's computed
/// `math::aes::tables::SBOX`.
#[rustfmt::skip]
const FIPS197_SBOX: [u8; 256] = [
    0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,
    0xca, 0x82, 0xc9, 0x7d, 0xfa, 0x59, 0x47, 0xf0, 0xad, 0xd4, 0xa2, 0xaf, 0x9c, 0xa4, 0x72, 0xc0,
    0xb7, 0xfd, 0x93, 0x26, 0x36, 0x3f, 0xf7, 0xcc, 0x34, 0xa5, 0xe5, 0xf1, 0x71, 0xd8, 0x31, 0x15,
    0x04, 0xc7, 0x23, 0xc3, 0x18, 0x96, 0x05, 0x9a, 0x07, 0x12, 0x80, 0xe2, 0xeb, 0x27, 0xb2, 0x75,
    0x09, 0x83, 0x2c, 0x1a, 0x1b, 0x6e, 0x5a, 0xa0, 0x52, 0x3b, 0xd6, 0xb3, 0x29, 0xe3, 0x2f, 0x84,
    0x53, 0xd1, 0x00, 0xed, 0x20, 0xfc, 0xb1, 0x5b, 0x6a, 0xcb, 0xbe, 0x39, 0x4a, 0x4c, 0x58, 0xcf,
    0xd0, 0xef, 0xaa, 0xfb, 0x43, 0x4d, 0x33, 0x85, 0x45, 0xf9, 0x02, 0x7f, 0x50, 0x3c, 0x9f, 0xa8,
    0x51, 0xa3, 0x40, 0x8f, 0x92, 0x9d, 0x38, 0xf5, 0xbc, 0xb6, 0xda, 0x21, 0x10, 0xff, 0xf3, 0xd2,
    0xcd, 0x0c, 0x13, 0xec, 0x5f, 0x97, 0x44, 0x17, 0xc4, 0xa7, 0x7e, 0x3d, 0x64, 0x5d, 0x19, 0x73,
    0x60, 0x81, 0x4f, 0xdc, 0x22, 0x2a, 0x90, 0x88, 0x46, 0xee, 0xb8, 0x14, 0xde, 0x5e, 0x0b, 0xdb,
    0xe0, 0x32, 0x3a, 0x0a, 0x49, 0x06, 0x24, 0x5c, 0xc2, 0xd3, 0xac, 0x62, 0x91, 0x95, 0xe4, 0x79,
    0xe7, 0xc8, 0x37, 0x6d, 0x8d, 0xd5, 0x4e, 0xa9, 0x6c, 0x56, 0xf4, 0xea, 0x65, 0x7a, 0xae, 0x08,
    0xba, 0x78, 0x25, 0x2e, 0x1c, 0xa6, 0xb4, 0xc6, 0xe8, 0xdd, 0x74, 0x1f, 0x4b, 0xbd, 0x8b, 0x8a,
    0x70, 0x3e, 0xb5, 0x66, 0x48, 0x03, 0xf6, 0x0e, 0x61, 0x35, 0x57, 0xb9, 0x86, 0xc1, 0x1d, 0x9e,
    0xe1, 0xf8, 0x98, 0x11, 0x69, 0xd9, 0x8e, 0x94, 0x9b, 0x1e, 0x87, 0xe9, 0xce, 0x55, 0x28, 0xdf,
    0x8c, 0xa1, 0x89, 0x0d, 0xbf, 0xe6, 0x42, 0x68, 0x41, 0x99, 0x2d, 0x0f, 0xb0, 0x54, 0xbb, 0x16,
];

/// The assertions of Rust stdarch's GFNI tests (rust-lang/stdarch,
/// `crates/core_arch/src/x86/gfni.rs`, `mod tests`, read at commit 2645f577),
/// transcribed as facts and run on every backend at 128, 256 and 512 bits:
///
/// - `gf2p8affine` with the identity matrix `0x0102040810204080` and imm8 0
///   returns the input; with the zero matrix and imm8 `0x63`, `0x63` in every
///   byte (their inputs: bytes `i % 256` and `(i % 256) * 101`);
/// - `gf2p8affineinv` with the identity and imm8 0, multiplied back by the
///   input with `gf2p8mul`, is 1 for every non-zero byte and 0 for 0;
/// - `gf2p8affineinv(x, A, 0x63)` = `gf2p8affine(gf2p8affineinv(x, I, 0), A,
///   0x63)` for their matrices `A = i * 103 * 101` (qword `i`);
/// - `gf2p8affineinv(x, 0xF1E3C78F1F3E7CF8, 0x63)` is their `AES_S_BOX` table
///   (FIPS-197 Figure 7) on all 256 bytes;
/// - their write masks: `k = 0` zeroes (maskz) or keeps the source (mask); the
///   byte masks `0x0FF0`, `0x0FF0FF00`, `0x0F0F0F0FFFFF0000` select the dwords
///   of their `_mm*_blend_epi32` masks `0b0110`, `0b01101100` and
///   `0b0101010111110000`.
#[test]
fn stdarch_gfni_test_facts() {
    use crypto_insn::backend::Backend;
    fn at<const N: usize>(b: Dynamic) {
        let x = X86(b);
        let q =
            |v: u64| core::array::from_fn::<u128, N, _>(|_| u128::from(v) | (u128::from(v) << 64));
        let bytes = |f: &dyn Fn(usize) -> u8, base: usize| -> [u128; N] {
            core::array::from_fn(|lane| {
                u128::from_le_bytes(core::array::from_fn(|j| f(base + 16 * lane + j)))
            })
        };
        let splat = |v: u8| [u128::from_le_bytes([v; 16]); N];
        let (id, zero) = (q(0x0102_0408_1020_4080), q(0));
        for base in (0..256).step_by(16 * N) {
            for data in [
                bytes(&|i| (i % 256) as u8, base),
                bytes(&|i| ((i % 256) as u8).wrapping_mul(101), base),
            ] {
                assert_eq!(x.gf2p8affineqb(data, id, 0), data, "{}", b.name());
                assert_eq!(
                    x.gf2p8affineqb(data, zero, 0x63),
                    splat(0x63),
                    "{}",
                    b.name()
                );
            }
            let input = bytes(&|i| i as u8, base);
            let inv = x.gf2p8affineinvqb(input, id, 0);
            let ones = bytes(&|i| u8::from(i != 0), base);
            assert_eq!(x.gf2p8mulb(inv, input), ones, "{}", b.name());
            let sbox = bytes(&|i| FIPS197_SBOX[i], base);
            assert_eq!(
                x.gf2p8affineinvqb(input, q(0xf1e3_c78f_1f3e_7cf8), 0x63),
                sbox,
                "{}",
                b.name()
            );
        }
        // Their affine test data: qword i of the matrices is i * 103 * 101,
        // byte j of qword i of the vectors is (matrix + j) % 256.
        for first in (0..32).step_by(2 * N) {
            let m: [u128; N] = core::array::from_fn(|lane| {
                let w = |i: usize| (i as u64) * 103 * 101;
                u128::from(w(first + 2 * lane)) | (u128::from(w(first + 2 * lane + 1)) << 64)
            });
            let v: [u128; N] = core::array::from_fn(|lane| {
                let half = |i: usize| {
                    let w = (i as u64) * 103 * 101;
                    u64::from_le_bytes(core::array::from_fn(|j| ((w + j as u64) % 256) as u8))
                };
                u128::from(half(first + 2 * lane)) | (u128::from(half(first + 2 * lane + 1)) << 64)
            });
            let inv = x.gf2p8affineinvqb(v, id, 0);
            assert_eq!(
                x.gf2p8affineinvqb(v, m, 0x63),
                x.gf2p8affineqb(inv, m, 0x63),
                "{}",
                b.name()
            );
        }
    }
    for b in backends() {
        at::<1>(b);
        at::<2>(b);
        at::<4>(b);
    }
    // The masks, through the one masking helper (`evex::mask_bytes`).
    let old = [0x1111_1111_2222_2222_3333_3333_4444_4444u128; 4];
    let new = [0xaaaa_aaaa_bbbb_bbbb_cccc_cccc_dddd_ddddu128; 4];
    let blend = |k_words: u16, zeroing: bool| -> [u128; 4] {
        core::array::from_fn(|lane| {
            let mut r = 0u128;
            for dword in 0..4 {
                let m = 0xffff_ffffu128 << (32 * dword);
                let from_new = k_words >> (4 * lane + dword) & 1 == 1;
                r |= m & if from_new {
                    new[lane]
                } else if zeroing {
                    0
                } else {
                    old[lane]
                };
            }
            r
        })
    };
    assert_eq!(evex::mask_bytes(old, new, 0, true), [0; 4]);
    assert_eq!(evex::mask_bytes(old, new, 0, false), old);
    for (k, words, lanes) in [
        (0x0ff0u64, 0b0110u16, 1usize),
        (0x0ff0_ff00, 0b0110_1100, 2),
        (0x0f0f_0f0f_ffff_0000, 0b0101_0101_1111_0000, 4),
    ] {
        for zeroing in [true, false] {
            let got = evex::mask_bytes(old, new, k, zeroing);
            assert_eq!(got[..lanes], blend(words, zeroing)[..lanes], "k = {k:#x}");
        }
    }
}
