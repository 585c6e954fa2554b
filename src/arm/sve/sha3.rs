//! SVE RAX1 (FEAT_SVE_SHA3): rotate and exclusive OR on each 64-bit element.

use super::{SegmentMismatch, per_segment2};
use crate::arm::Arm;
use crate::backend::{Auto, Backend, SveInsn};

impl<B: Backend> Arm<B> {
    /// SVE RAX1 on this backend; see [`rax1`].
    ///
    /// # Errors
    /// [`SegmentMismatch`] when the slices differ in length.
    #[inline]
    pub fn sve_rax1(
        self,
        zn: &[u128],
        zm: &[u128],
        out: &mut [u128],
    ) -> Result<(), SegmentMismatch> {
        per_segment2(self.0, SveInsn::Rax1, zn, zm, out, |a, b| self.rax1(a, b))
    }
}

/// SVE `RAX1 Zd.D, Zn.D, Zm.D`: `Zn XOR (Zm ROL 1)` on each 64-bit element.
///
/// Arm ARM (SVE2 RAX1): `for e = 0 to elements-1: Elem[result, e, 64] =
/// Elem[operand1, e, 64] EOR ROL(Elem[operand2, e, 64], 1)`. The two elements
/// of a segment are the A64 [`crate::arm::rax1`] of that segment (the Keccak θ
/// step's `C[x-1] XOR ROT(C[x+1], 1)`, [`crate::math::keccak::rax1`]).
///
/// - `zn`, `zm`: the sources; `out`: `Zd`. Unpredicated. Needs FEAT_SVE_SHA3
///   (Linux `HWCAP2_SVESHA3`).
///
/// # Errors
/// [`SegmentMismatch`] (nothing written) when the slices differ in length.
#[inline]
pub fn rax1(zn: &[u128], zm: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch> {
    Arm(Auto).sve_rax1(zn, zm, out)
}
