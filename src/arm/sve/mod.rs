//! SVE2 cryptographic instructions (FEAT_SVE_AES, FEAT_SVE_PMULL128,
//! FEAT_SVE_SHA3, FEAT_SVE_SM4): the AdvSIMD crypto operations applied to
//! every 128-bit segment of a scalable `Z` register.
//!
//! # Register model
//! An SVE `Z` register of vector length VL bits is a slice of `VL / 128`
//! `u128` segments, segment 0 (bits 127:0 of `Zn`) first: exactly what `STR
//! Zn, [x0]` stores, 16 bytes per segment in memory order (segment `s` is
//! `u128::from_le_bytes(bytes[16s..16s + 16])`). The architecture allows VL =
//! 128, 256, 512, 1024 or 2048 bits (1, 2, 4, 8 or 16 segments; Arm ARM
//! A2.7/`ZCR_ELx.LEN`, originally any multiple of 128); the helpers work on any
//! number of segments.
//!
//! # API
//! Every helper is `no_std` and allocation-free: the sources are slices, the
//! result goes to `out` (a slice of the same length), and the helper returns
//! [`SegmentMismatch`] (writing nothing) when the lengths differ. `out` is a
//! separate buffer, so `AESE Z0.B, Z0.B, Z0.B` is `aese(&z0, &z0, &mut tmp)`;
//! the emulator copies `tmp` to `Z0` (the instruction reads all of its
//! sources before writing).
//!
//! # What the pseudocode says, and what the emulator still does
//! The Arm ARM pseudocode of each instruction is a loop over the segments
//! (`for s = 0 to segments-1: Elem[result, s, 128] = ...(Elem[operand1, s,
//! 128], ...)`; RAX1 over 64-bit elements, which is the same per segment). No
//! segment reads another: the helpers compute segment `s` with the A64 helper
//! of the same name ([`crate::arm::aese`] ...), on the chosen backend; the
//! native backend on an AArch64 CPU with SVE2-AES/SHA3/SM4 runs the SVE
//! instruction itself on the whole register instead, in chunks of the host's
//! vector length, so any guest length runs on any host length
//! ([`crate::backend::Backend::sve_segments`], `backend/aarch64/sve.rs`).
//! - **Predication does not apply**: none of these instructions has a
//!   governing predicate (they are unpredicated, destructive `Zdn` forms
//!   or constructive `Zd, Zn, Zm` ones); every segment is written.
//! - `CheckSVEEnabled()` / `UNDEFINED` without the feature (HWCAP2_SVEAES,
//!   HWCAP2_SVEPMULL, HWCAP2_SVESHA3, HWCAP2_SVESM4; ID_AA64ZFR0_EL1) and the
//!   current VL (`ZCR_ELx.LEN`, the slice length) are the emulator's.
//! - In a vector line (`crypto-insn check --arch arm`) these are written with
//!   the A64 mnemonic and operands wider than 128 bits (`aese` with two 32-byte
//!   operands is SVE AESE at VL=256), `pmullb`/`pmullt`, or their registry
//!   names `sve_aese` ...; a 32-digit `aese` is the AdvSIMD instruction.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::arm::sve::{self, SegmentMismatch};
//! use crypto_insn::reg;
//! let q = |s: &str| reg::parse_mem_hex(s).unwrap();
//! // VL = 256: two segments. FIPS-197 Appendix B in segment 0, Appendix C.1 in
//! // segment 1 (input, round key 0 -> round 1 ShiftRows output).
//! let z0 = [q("3243f6a8885a308d313198a2e0370734"), q("00112233445566778899aabbccddeeff")];
//! let z1 = [q("2b7e151628aed2a6abf7158809cf4f3c"), q("000102030405060708090a0b0c0d0e0f")];
//! let mut out = [0u128; 2];
//! sve::aese(&z0, &z1, &mut out)?; // AESE Z0.B, Z0.B, Z1.B
//! assert_eq!(out, [q("d4bf5d30e0b452aeb84111f11e2798e5"), q("6353e08c0960e104cd70b751bacad0e7")]);
//! // Every segment is the A64 instruction on that segment.
//! assert_eq!(out[1], crypto_insn::arm::aese(z0[1], z1[1]));
//! // Slices of different vector lengths are refused.
//! assert_eq!(sve::aese(&z0, &z1[..1], &mut out), Err(SegmentMismatch));
//! # Ok::<(), SegmentMismatch>(())
//! ```

mod aes;
mod pmull128;
mod sha3;
mod sm4;

pub use aes::{aesd, aese, aesimc, aesmc};
pub use pmull128::{pmullb, pmullt};
pub use sha3::rax1;
pub use sm4::{sm4e, sm4ekey};

use crate::backend::{Backend, SveInsn};
use core::fmt;

/// The largest number of 128-bit segments the architecture allows in a `Z`
/// register (VL = 2048 bits).
pub const MAX_SEGMENTS: usize = 16;

/// The operand and result slices of an SVE helper have different lengths
/// (different vector lengths); nothing was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SegmentMismatch;

impl fmt::Display for SegmentMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SVE operands and result have different numbers of 128-bit segments")
    }
}

impl core::error::Error for SegmentMismatch {}

/// `out[s] = f(a[s])` for every segment, or [`SegmentMismatch`]: the host's
/// SVE instruction `insn` on the whole register where the backend has it
/// ([`Backend::sve_segments`]), else `f` (the A64 helper) per segment.
#[inline]
pub(crate) fn per_segment1<B: Backend>(
    backend: B,
    insn: SveInsn,
    a: &[u128],
    out: &mut [u128],
    f: impl Fn(u128) -> u128,
) -> Result<(), SegmentMismatch> {
    if a.len() != out.len() {
        return Err(SegmentMismatch);
    }
    if !backend.sve_segments(insn, a, a, out) {
        for (o, &x) in out.iter_mut().zip(a) {
            *o = f(x);
        }
    }
    Ok(())
}

/// `out[s] = f(a[s], b[s])` for every segment, or [`SegmentMismatch`]; the
/// host's `insn` where the backend has it, as [`per_segment1`].
#[inline]
pub(crate) fn per_segment2<B: Backend>(
    backend: B,
    insn: SveInsn,
    a: &[u128],
    b: &[u128],
    out: &mut [u128],
    f: impl Fn(u128, u128) -> u128,
) -> Result<(), SegmentMismatch> {
    if a.len() != out.len() || b.len() != out.len() {
        return Err(SegmentMismatch);
    }
    if !backend.sve_segments(insn, a, b, out) {
        for ((o, &x), &y) in out.iter_mut().zip(a).zip(b) {
            *o = f(x, y);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::Soft;
    use std::string::ToString;

    /// Any one operand of another length than the result is refused, and
    /// nothing is written (tests/sve2_a32.rs has the same through every
    /// helper; this one is in the library's fast test subset).
    #[test]
    fn a_segment_mismatch_in_any_operand_writes_nothing() {
        let f = |x: u128, y: u128| x ^ y;
        for (a, b) in [
            (&[1u128, 2][..], &[3u128][..]),
            (&[1u128][..], &[3u128, 4][..]),
        ] {
            let mut out = [7u128; 2];
            assert_eq!(
                per_segment2(Soft, SveInsn::Aese, a, b, &mut out, f),
                Err(SegmentMismatch)
            );
            assert_eq!(out, [7, 7]);
        }
        let mut out = [7u128; 2];
        assert_eq!(
            per_segment2(Soft, SveInsn::Aese, &[1, 2], &[3, 4], &mut out, f),
            Ok(())
        );
        assert_eq!(out, [2, 6]);
        assert_eq!(
            per_segment1(Soft, SveInsn::Aesmc, &[1], &mut out, |x| x),
            Err(SegmentMismatch)
        );
        assert_eq!(
            SegmentMismatch.to_string(),
            "SVE operands and result have different numbers of 128-bit segments"
        );
    }

    /// Every SVE free function (`Auto`) against the same helper on an explicit
    /// `soft` backend, at three segments (VL = 384 is not a real length, but
    /// the helpers work on any multiple of 128; the result must not depend on
    /// the backend).
    #[test]
    fn free_functions_are_the_soft_backend_methods() {
        use crate::arm::Arm;
        let a = [0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128, !0, 0x53];
        let b = [0x0f1e_2d3c_4b5a_6978_8796_a5b4_c3d2_e1f0u128, 1, 0xca];
        type Two = fn(&[u128], &[u128], &mut [u128]) -> Result<(), SegmentMismatch>;
        type TwoSoft = fn(Arm<Soft>, &[u128], &[u128], &mut [u128]) -> Result<(), SegmentMismatch>;
        let two: [(&str, Two, TwoSoft); 7] = [
            ("aese", aese, Arm::sve_aese),
            ("aesd", aesd, Arm::sve_aesd),
            ("pmullb", pmullb, Arm::sve_pmullb),
            ("pmullt", pmullt, Arm::sve_pmullt),
            ("rax1", rax1, Arm::sve_rax1),
            ("sm4e", sm4e, Arm::sve_sm4e),
            ("sm4ekey", sm4ekey, Arm::sve_sm4ekey),
        ];
        for (name, free, soft) in two {
            let (mut x, mut y) = ([0u128; 3], [0u128; 3]);
            assert_eq!(free(&a, &b, &mut x), Ok(()), "{name}");
            assert_eq!(soft(Arm(Soft), &a, &b, &mut y), Ok(()), "{name}");
            assert_eq!(x, y, "{name}");
            assert_ne!(x, [0; 3], "{name}");
        }
        type One = fn(&[u128], &mut [u128]) -> Result<(), SegmentMismatch>;
        type OneSoft = fn(Arm<Soft>, &[u128], &mut [u128]) -> Result<(), SegmentMismatch>;
        let one: [(&str, One, OneSoft); 2] = [
            ("aesmc", aesmc, Arm::sve_aesmc),
            ("aesimc", aesimc, Arm::sve_aesimc),
        ];
        for (name, free, soft) in one {
            let (mut x, mut y) = ([0u128; 3], [0u128; 3]);
            assert_eq!(free(&a, &mut x), Ok(()), "{name}");
            assert_eq!(soft(Arm(Soft), &a, &mut y), Ok(()), "{name}");
            assert_eq!(x, y, "{name}");
            assert_ne!(x, [0; 3], "{name}");
            // A mismatched length is refused by the free function too.
            assert_eq!(free(&a[..2], &mut x), Err(SegmentMismatch), "{name}");
        }
        let mut x = [0u128; 3];
        assert_eq!(aese(&a, &b[..2], &mut x), Err(SegmentMismatch));
    }
}
