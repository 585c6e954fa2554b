//! SVE PMULLB and PMULLT with the `.Q` destination (FEAT_SVE_PMULL128): the
//! 64x64 -> 128-bit carry-less multiply of the even (bottom) or odd (top)
//! doublewords of each 128-bit segment.

use super::{SegmentMismatch, per_segment2};
use crate::arm::Arm;
use crate::backend::{Auto, Backend, SveInsn};

impl<B: Backend> Arm<B> {
    /// SVE PMULLB (`.Q`) on this backend; see [`pmullb`].
    ///
    /// # Errors
    /// [`SegmentMismatch`] when the slices differ in length.
    #[inline]
    pub fn sve_pmullb(
        self,
        zn: &[u128],
        zm: &[u128],
        out: &mut [u128],
    ) -> Result<(), SegmentMismatch> {
        per_segment2(self.0, SveInsn::Pmullb, zn, zm, out, |a, b| {
            self.pmull(a, b)
        })
    }

    /// SVE PMULLT (`.Q`) on this backend; see [`pmullt`].
    ///
    /// # Errors
    /// [`SegmentMismatch`] when the slices differ in length.
    #[inline]
    pub fn sve_pmullt(
        self,
        zn: &[u128],
        zm: &[u128],
        out: &mut [u128],
    ) -> Result<(), SegmentMismatch> {
        per_segment2(self.0, SveInsn::Pmullt, zn, zm, out, |a, b| {
            self.pmull2(a, b)
        })
    }
}

/// SVE `PMULLB Zd.Q, Zn.D, Zm.D`: polynomial multiply long of the even
/// doublewords.
///
/// Arm ARM (SVE2 PMULLB, the `.Q` form with FEAT_SVE_PMULL128): `for p = 0 to
/// pairs-1: element1 = Elem[operand1, 2*p + 0, 64]; element2 = Elem[operand2,
/// 2*p + 0, 64]; Elem[result, p, 128] = PolynomialMult(element1, element2)`.
/// Doublewords `2p` and `2p+1` are segment `p`, so segment `p` of the result is
/// the A64 [`crate::arm::pmull`] (low doublewords) of segment `p` of `Zn` and
/// `Zm`.
///
/// - `zn`, `zm`: the sources; `out`: `Zd`. Unpredicated. The `.H`/`.D`
///   destination forms of PMULLB (8x8 and 32x32 multiplies, base SVE2) are not
///   these helpers. Needs FEAT_SVE_PMULL128 (Linux `HWCAP2_SVEPMULL`).
///
/// # Errors
/// [`SegmentMismatch`] (nothing written) when the slices differ in length.
#[inline]
pub fn pmullb(zn: &[u128], zm: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch> {
    Arm(Auto).sve_pmullb(zn, zm, out)
}

/// SVE `PMULLT Zd.Q, Zn.D, Zm.D`: polynomial multiply long of the odd
/// doublewords.
///
/// Arm ARM: as [`pmullb`] with `Elem[operand, 2*p + 1, 64]`: segment `p` is the
/// A64 [`crate::arm::pmull2`] (high doublewords) of segment `p`.
///
/// - `zn`, `zm`: the sources; `out`: `Zd`. Unpredicated. Needs
///   FEAT_SVE_PMULL128.
///
/// # Errors
/// [`SegmentMismatch`] (nothing written) when the slices differ in length.
#[inline]
pub fn pmullt(zn: &[u128], zm: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch> {
    Arm(Auto).sve_pmullt(zn, zm, out)
}
