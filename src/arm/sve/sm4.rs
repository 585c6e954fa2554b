//! SVE SM4E and SM4EKEY (FEAT_SVE_SM4): four SM4 rounds or key-expansion
//! rounds on each 128-bit segment.

use super::{SegmentMismatch, per_segment2};
use crate::arm::Arm;
use crate::backend::{Auto, Backend, SveInsn};

impl<B: Backend> Arm<B> {
    /// SVE SM4E on this backend; see [`sm4e`].
    ///
    /// # Errors
    /// [`SegmentMismatch`] when the slices differ in length.
    #[inline]
    pub fn sve_sm4e(
        self,
        zdn: &[u128],
        zm: &[u128],
        out: &mut [u128],
    ) -> Result<(), SegmentMismatch> {
        per_segment2(self.0, SveInsn::Sm4e, zdn, zm, out, |a, b| self.sm4e(a, b))
    }

    /// SVE SM4EKEY on this backend; see [`sm4ekey`].
    ///
    /// # Errors
    /// [`SegmentMismatch`] when the slices differ in length.
    #[inline]
    pub fn sve_sm4ekey(
        self,
        zn: &[u128],
        zm: &[u128],
        out: &mut [u128],
    ) -> Result<(), SegmentMismatch> {
        per_segment2(self.0, SveInsn::Sm4ekey, zn, zm, out, |a, b| {
            self.sm4ekey(a, b)
        })
    }
}

/// SVE `SM4E Zdn.S, Zdn.S, Zm.S`: four SM4 rounds on each segment.
///
/// Arm ARM (SVE2 SM4E): `for s = 0 to segments-1`, the A64 SM4E loop with
/// `roundresult = Elem[Z[dn], s, 128]` and the round keys `Elem[Elem[Z[m], s,
/// 128], index, 32]`: segment `s` is the A64 [`crate::arm::sm4e`] of segment
/// `s` of `Zdn` (the state `{X0..X3}`) and `Zm` (the round keys).
///
/// - `zdn`: the states; `zm`: the round keys; `out`: the new `Zdn`.
///   Unpredicated. Needs FEAT_SVE_SM4 (Linux `HWCAP2_SVESM4`).
///
/// # Errors
/// [`SegmentMismatch`] (nothing written) when the slices differ in length.
#[inline]
pub fn sm4e(zdn: &[u128], zm: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch> {
    Arm(Auto).sve_sm4e(zdn, zm, out)
}

/// SVE `SM4EKEY Zd.S, Zn.S, Zm.S`: four SM4 key-expansion rounds on each
/// segment.
///
/// Arm ARM: the A64 SM4EKEY loop per segment: segment `s` is
/// [`crate::arm::sm4ekey`] of segment `s` of `Zn` (`{K0..K3}`) and `Zm` (the
/// `CK` constants).
///
/// - `zn`, `zm`: the sources; `out`: `Zd`. Unpredicated. Needs FEAT_SVE_SM4.
///
/// # Errors
/// [`SegmentMismatch`] (nothing written) when the slices differ in length.
#[inline]
pub fn sm4ekey(zn: &[u128], zm: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch> {
    Arm(Auto).sve_sm4ekey(zn, zm, out)
}
