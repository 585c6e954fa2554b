//! The `native` backend on x86-64: AES-NI (and SSSE3 `pshufb` for SubBytes alone;
//! every AES-NI CPU has SSSE3), plus PCLMULQDQ, SHA-NI and 256-bit VAES /
//! VPCLMULQDQ, GFNI and the 2024 SHA512/SM3/SM4 instructions (`sha512_sm3_sm4.rs`)
//! when the CPU has them.
//!
//! Same file set as every native folder: `aes.rs`, `clmul.rs`, `sha.rs`, plus
//! `vaes.rs` for the wide forms and `sbox.rs` for the S-box primitive, `sm4.rs` for the four SM4 rounds in vector registers. AES is chosen at compile time when the build
//! enables `aes` and `ssse3` (`-C target-cpu=native` on such a CPU), otherwise
//! after a run-time CPUID check made once and cached (with `std`); the other
//! families likewise. The Arm SHA instructions have no x86 counterpart and run
//! in software here (the guest helper's portable code, when `host` answers
//! `None`); Arm PMULL/PMULL2 run on PCLMULQDQ.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::{Backend, x86_64::Native};
//! use crypto_insn::x86::X86;
//! // The native backend exists only after the CPU check passed.
//! if let Ok(native) = Native::detect() {
//!     // Intel AES-NI white paper (Gueron, rev. 3.0), AESENC example, on AES-NI.
//!     let (state, rk) = (0x7b5b54657374566563746f725d53475d, 0x48692853686179295b477565726f6e5d);
//!     assert_eq!(X86(native).aesenc(state, rk), 0xa8311c2f9fdba3c58b104b58ded7e595);
//!     assert_eq!(native.name(), "native");
//!     // The optional families this CPU adds (pclmulqdq, sha, ...).
//!     for feature in native.features() {
//!         assert!(!feature.is_empty());
//!     }
//! }
//! ```

/// `$m!($args, IMM)` with the constant `IMM` equal to the run-time byte
/// `$imm` (`$args` one token tree handed through): a two-level match of 16 x
/// 16 arms (one predicted indirect branch per level, nothing on the data's
/// dependency chain), so that an instruction's immediate can be encoded in it.
macro_rules! with_imm {
    ($imm:expr, $m:ident, $args:tt) => {
        with_imm!(@hi $imm, $m, $args, [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14])
    };
    (@hi $imm:expr, $m:ident, $args:tt, [$($h:literal)*]) => {
        match $imm >> 4 {
            $($h => with_imm!(@lo $imm, $m, $args, $h, [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14]),)*
            _ => with_imm!(@lo $imm, $m, $args, 15, [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14]),
        }
    };
    (@lo $imm:expr, $m:ident, $args:tt, $h:literal, [$($l:literal)*]) => {
        match $imm & 15 {
            $($l => $m!($args, $h * 16 + $l),)*
            _ => $m!($args, $h * 16 + 15),
        }
    };
}

pub mod aes;
pub mod clmul;
pub mod gfni;
pub mod sbox;
pub mod sha;
pub mod sha512_sm3_sm4;
pub mod sm4;
pub mod vaes;

use super::native::out_of_line;

super::native::native_backend!(
    "AES-NI and SSSE3",
    cfg!(all(target_feature = "aes", target_feature = "ssse3")),
    std::is_x86_feature_detected!("aes") && std::is_x86_feature_detected!("ssse3"),
    features: [
        (CLMUL = 1 << 2, "pclmulqdq", cfg!(target_feature = "pclmulqdq"), std::is_x86_feature_detected!("pclmulqdq")),
        (SHA = 1 << 3, "sha", cfg!(target_feature = "sha"), std::is_x86_feature_detected!("sha")),
        (
            WIDE = 1 << 4,
            "vaes+vpclmulqdq (256-bit)",
            cfg!(all(target_feature = "vaes", target_feature = "vpclmulqdq", target_feature = "avx2")),
            vaes::detect()
        ),
        (GFNI = 1 << 5, "gfni", cfg!(target_feature = "gfni"), gfni::detect()),
        // The 2024 families: never assumed at compile time (each is enabled
        // only after its run-time self-check, see `sha512_sm3_sm4.rs`).
        (SHA512 = 1 << 6, "sha512", false, sha512_sm3_sm4::detect(sha512_sm3_sm4::Family::Sha512)),
        (SM3 = 1 << 7, "sm3", false, sha512_sm3_sm4::detect(sha512_sm3_sm4::Family::Sm3)),
        (SM4 = 1 << 8, "sm4", false, sha512_sm3_sm4::detect(sha512_sm3_sm4::Family::Sm4)),
    ],
    extra: {
        #[inline(always)]
        fn aeskeygenassist_const<const RCON: u8>(self, src: u128) -> u128 {
            // SAFETY: a `Native` exists only after the AES-NI check passed.
            from_v(unsafe { aes::aeskeygenassist_const::<RCON>(to_v(src)) })
        }
        #[inline]
        fn sbox_affine(self, x: u128, maps: &crate::backend::SboxAffine) -> u128 {
            // SAFETY: a `Native` exists only after the AES-NI and SSSE3 check passed.
            from_v(unsafe { sbox::sbox_affine(to_v(x), maps) })
        }
        #[inline]
        fn sm4_rounds(self, x: u128, k: u128, lin: crate::backend::Sm4Linear) -> u128 {
            if Native::has(SM4) {
                // The four rounds are VSM4RNDS4 (L) or VSM4KEY4 (L') as they
                // are: the seam's word order is the ISE's.
                let insn = match lin {
                    crate::backend::Sm4Linear::L => crate::backend::HostInsn::X86Sm4rnds4,
                    crate::backend::Sm4Linear::LPrime => crate::backend::HostInsn::X86Sm4key4,
                };
                // SAFETY: the SM4 bit is set only with SM4 and AVX2 (and a passed self-check).
                if let Some(r) = unsafe { sha512_sm3_sm4::xmm(insn, to_v(x), to_v(k), to_v(0), 0) } {
                    return from_v(r);
                }
            }
            if Native::has(GFNI) {
                // SAFETY: the GFNI bit is set only when the CPU has GFNI; a
                // `Native` exists only after the SSSE3 check passed.
                return from_v(unsafe { sm4::sm4_rounds_gfni(to_v(x), to_v(k), lin) });
            }
            // SAFETY: a `Native` exists only after the AES-NI and SSSE3 check passed.
            from_v(unsafe { sm4::sm4_rounds(to_v(x), to_v(k), lin) })
        }
        #[inline]
        fn host_ymm(self, insn: crate::backend::HostInsn, a: [u128; 2], b: [u128; 2], c: u128) -> Option<[u128; 2]> {
            if !Native::has(SHA512) {
                return None;
            }
            // SAFETY: the SHA512 bit is set only with SHA512 and AVX2 (and a passed self-check).
            unsafe { sha512_sm3_sm4::ymm(insn, a.map(to_v), b.map(to_v), to_v(c)) }.map(|r| r.map(from_v))
        }
        #[inline]
        fn clmul(self, a: u128, b: u128, imm: u8) -> u128 {
            if Native::has(CLMUL) {
                // SAFETY: the CLMUL bit is set only when the CPU has PCLMULQDQ.
                from_v(unsafe { clmul::clmul(to_v(a), to_v(b), imm) })
            } else {
                out_of_line!(crate::backend::portable_clmul, a: u128, b: u128, imm: u8)
            }
        }
        #[inline]
        fn host(self, insn: crate::backend::HostInsn, a: u128, b: u128, c: u128, imm: u8) -> Option<u128> {
            // Each family's file holds its part of the host-instruction table
            // (which keys it answers and with which instruction); here only the
            // CPU check of each family.
            use crate::backend::HostInsn::{X86Gf2p8affineinvqb, X86Gf2p8affineqb, X86Gf2p8mulb};
            let (a, b, c) = (to_v(a), to_v(b), to_v(c));
            if let X86Gf2p8affineqb | X86Gf2p8affineinvqb | X86Gf2p8mulb = insn {
                // SAFETY: the GFNI bit is set only when the CPU has GFNI; AES-NI
                // and SSSE3 are the `Native` token's.
                return unsafe { gfni::host(insn, a, b, imm, Native::has(GFNI)) }.map(from_v);
            }
            use crate::backend::HostInsn::{X86Sm3msg1, X86Sm3msg2, X86Sm3rnds2, X86Sm4key4, X86Sm4rnds4};
            let family = match insn {
                X86Sm3msg1 | X86Sm3msg2 | X86Sm3rnds2 => Some(SM3),
                X86Sm4key4 | X86Sm4rnds4 => Some(SM4),
                _ => None,
            };
            if let Some(bit) = family {
                // SAFETY: the SM3 / SM4 bits are set only with the family and
                // AVX2 (and a passed self-check).
                return if Native::has(bit) { unsafe { sha512_sm3_sm4::xmm(insn, a, b, c, imm) }.map(from_v) } else { None };
            }
            let r = if Native::has(SHA) {
                // SAFETY: the SHA bit is set only when the CPU has SHA-NI.
                unsafe { sha::host(insn, a, b, c, imm) }
            } else {
                None
            };
            r.map(from_v)
        }
        #[inline]
        fn aes_lanes<const N: usize>(self, op: crate::backend::LaneOp, s: [u128; N], k: [u128; N]) -> [u128; N] {
            use crate::backend::LaneOp::{Dec, DecLast, Enc, EncLast};
            let one = |i: usize| match op {
                Enc => self.sb_sr_mc_ak(s[i], k[i]),
                EncLast => self.sb_sr_ak(s[i], k[i]),
                Dec => self.isb_isr_imc_ak(s[i], k[i]),
                DecLast => self.isb_isr_ak(s[i], k[i]),
            };
            if N >= 2 && Native::has(WIDE) {
                let mut out = [0u128; N];
                for ((o, s2), k2) in out.chunks_exact_mut(2).zip(s.chunks_exact(2)).zip(k.chunks_exact(2)) {
                    // SAFETY: the WIDE bit is set only when the CPU has VAES and AVX2.
                    unsafe { vaes::aes2(op, s2, k2, o) };
                }
                // An odd count's last lane (a RISC-V register group of three
                // element groups, say).
                if N % 2 == 1 {
                    out[N - 1] = one(N - 1);
                }
                out
            } else {
                core::array::from_fn(one)
            }
        }
        #[inline]
        fn host_lanes<const N: usize>(self, insn: crate::backend::HostInsn, a: [u128; N], b: [u128; N], imm: u8) -> Option<[u128; N]> {
            use crate::backend::HostInsn::*;
            let op = match insn {
                X86Gf2p8affineqb => gfni::GfOp::Affine,
                X86Gf2p8affineinvqb => gfni::GfOp::AffineInv,
                X86Gf2p8mulb => gfni::GfOp::Mul,
                _ => return wide_lanes_by_one(self, insn, a, b, imm),
            };
            let mut out = [0u128; N];
            if N == 4 && Native::has(GFNI) {
                // SAFETY: the GFNI bit is set only when the CPU has GFNI.
                let r = unsafe { gfni::quad128(op, [0, 1, 2, 3].map(|i| to_v(a[i])), [0, 1, 2, 3].map(|i| to_v(b[i])), imm) };
                out.copy_from_slice(&r.map(from_v));
            } else if N == 2 && Native::has(GFNI) {
                // SAFETY: the GFNI bit is set only when the CPU has GFNI.
                let r = unsafe { gfni::pair128(op, [to_v(a[0]), to_v(a[1])], [to_v(b[0]), to_v(b[1])], imm) };
                out.copy_from_slice(&r.map(from_v));
            } else {
                // One lane at a time: the 128-bit instruction (its immediate
                // encoded) or the fallbacks, which answer every GFNI key.
                for (o, (a, b)) in out.iter_mut().zip(a.into_iter().zip(b)) {
                    // SAFETY: the GFNI bit is set only when the CPU has GFNI;
                    // AES-NI and SSSE3 are the `Native` token's.
                    *o = from_v(unsafe { gfni::host(insn, to_v(a), to_v(b), imm, Native::has(GFNI)) }?);
                }
            }
            // Every path encoded the immediate in the instruction.
            Some(out)
        }
        #[inline]
        fn clmul_lanes<const N: usize>(self, a: [u128; N], b: [u128; N], imm: u8) -> [u128; N] {
            if N >= 2 && Native::has(WIDE) {
                let mut out = [0u128; N];
                for ((o, a2), b2) in out.chunks_exact_mut(2).zip(a.chunks_exact(2)).zip(b.chunks_exact(2)) {
                    // SAFETY: the WIDE bit is set only when the CPU has VPCLMULQDQ and AVX2.
                    unsafe { vaes::clmul2(a2, b2, imm, o) };
                }
                if N % 2 == 1 {
                    out[N - 1] = self.clmul(a[N - 1], b[N - 1], imm);
                }
                out
            } else {
                core::array::from_fn(|i| self.clmul(a[i], b[i], imm))
            }
        }
    }
);

/// [`Backend::host`] lane by lane (the provided `host_lanes`).
#[inline]
fn wide_lanes_by_one<const N: usize>(
    n: Native,
    insn: crate::backend::HostInsn,
    a: [u128; N],
    b: [u128; N],
    imm: u8,
) -> Option<[u128; N]> {
    let mut out = [0u128; N];
    for (o, (a, b)) in out.iter_mut().zip(a.into_iter().zip(b)) {
        *o = n.host(insn, a, b, 0, imm)?;
    }
    Some(out)
}
