//! SVE AESE, AESD, AESMC, AESIMC (FEAT_SVE_AES): the AdvSIMD AES steps on
//! each 128-bit segment.

use super::{SegmentMismatch, per_segment1};
use crate::arm::Arm;
use crate::backend::{Auto, Backend, LaneOp, SveInsn, aes_up_to_four};

impl<B: Backend> Arm<B> {
    /// SVE AESE on this backend; see [`aese`].
    ///
    /// # Errors
    /// [`SegmentMismatch`] when the slices differ in length.
    #[inline]
    pub fn sve_aese(
        self,
        zdn: &[u128],
        zm: &[u128],
        out: &mut [u128],
    ) -> Result<(), SegmentMismatch> {
        rounds(self.0, SveInsn::Aese, LaneOp::EncLast, zdn, zm, out)
    }

    /// SVE AESD on this backend; see [`aesd`].
    ///
    /// # Errors
    /// [`SegmentMismatch`] when the slices differ in length.
    #[inline]
    pub fn sve_aesd(
        self,
        zdn: &[u128],
        zm: &[u128],
        out: &mut [u128],
    ) -> Result<(), SegmentMismatch> {
        rounds(self.0, SveInsn::Aesd, LaneOp::DecLast, zdn, zm, out)
    }

    /// SVE AESMC on this backend; see [`aesmc`].
    ///
    /// # Errors
    /// [`SegmentMismatch`] when the slices differ in length.
    #[inline]
    pub fn sve_aesmc(self, zdn: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch> {
        per_segment1(self.0, SveInsn::Aesmc, zdn, out, |a| self.aesmc(a))
    }

    /// SVE AESIMC on this backend; see [`aesimc`].
    ///
    /// # Errors
    /// [`SegmentMismatch`] when the slices differ in length.
    #[inline]
    pub fn sve_aesimc(self, zdn: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch> {
        per_segment1(self.0, SveInsn::Aesimc, zdn, out, |a| self.aesimc(a))
    }
}

/// SVE AESE / AESD on every segment: the host's SVE instruction where the
/// backend has it ([`Backend::sve_segments`]), else the segments four at a
/// time through [`Backend::aes_lanes`], so that `ct` evaluates its S-box
/// circuit once per four segments. A64 AESE's `SR(SB(s ^ k))` is the
/// AESENCLAST round (`op` = [`LaneOp::EncLast`]) of `s ^ k` with a zero round
/// key, AESD's `ISB(ISR(s ^ k))` the AESDECLAST one.
#[inline]
fn rounds<B: Backend>(
    backend: B,
    insn: SveInsn,
    op: LaneOp,
    zdn: &[u128],
    zm: &[u128],
    out: &mut [u128],
) -> Result<(), SegmentMismatch> {
    if zdn.len() != out.len() || zm.len() != out.len() {
        return Err(SegmentMismatch);
    }
    if backend.sve_segments(insn, zdn, zm, out) {
        return Ok(());
    }
    for ((o, s), k) in out.chunks_mut(4).zip(zdn.chunks(4)).zip(zm.chunks(4)) {
        let n = o.len();
        o.copy_from_slice(&aes_up_to_four(backend, op, n, |i| s[i] ^ k[i], |_| 0)[..n]);
    }
    Ok(())
}

/// SVE `AESE Zdn.B, Zdn.B, Zm.B`: AES single round encryption on each segment.
///
/// Arm ARM (SVE2 AESE): `operand1 = Z[dn]; operand2 = Z[m]; for s = 0 to
/// segments-1: Elem[result, s, 128] = AESSubBytes(AESShiftRows(Elem[operand1,
/// s, 128] EOR Elem[operand2, s, 128])); Z[dn] = result`: segment `s` is the
/// A64 [`crate::arm::aese`] of segment `s` of `Zdn` (the state) and `Zm` (the
/// round key).
///
/// - `zdn`, `zm`: the segments of the two registers; `out`: the new `Zdn`.
///   Unpredicated. Needs FEAT_SVE_AES (SVE2; Linux `HWCAP2_SVEAES`).
///
/// # Errors
/// [`SegmentMismatch`] (nothing written) when the slices differ in length.
#[inline]
pub fn aese(zdn: &[u128], zm: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch> {
    Arm(Auto).sve_aese(zdn, zm, out)
}

/// SVE `AESD Zdn.B, Zdn.B, Zm.B`: AES single round decryption on each segment.
///
/// Arm ARM: `Elem[result, s, 128] = AESInvSubBytes(AESInvShiftRows(Elem[operand1,
/// s, 128] EOR Elem[operand2, s, 128]))`: the A64 [`crate::arm::aesd`] per
/// segment.
///
/// - `zdn`: the state; `zm`: the round key; `out`: the new `Zdn`. Unpredicated.
///   Needs FEAT_SVE_AES.
///
/// # Errors
/// [`SegmentMismatch`] (nothing written) when the slices differ in length.
#[inline]
pub fn aesd(zdn: &[u128], zm: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch> {
    Arm(Auto).sve_aesd(zdn, zm, out)
}

/// SVE `AESMC Zdn.B, Zdn.B`: AES MixColumns on each segment.
///
/// Arm ARM: `Elem[result, s, 128] = AESMixColumns(Elem[operand, s, 128])`: the
/// A64 [`crate::arm::aesmc`] per segment.
///
/// - `zdn`: the source; `out`: the new `Zdn`. Unpredicated. Needs FEAT_SVE_AES.
///
/// # Errors
/// [`SegmentMismatch`] (nothing written) when the slices differ in length.
#[inline]
pub fn aesmc(zdn: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch> {
    Arm(Auto).sve_aesmc(zdn, out)
}

/// SVE `AESIMC Zdn.B, Zdn.B`: AES InvMixColumns on each segment.
///
/// Arm ARM: `Elem[result, s, 128] = AESInvMixColumns(Elem[operand, s, 128])`:
/// the A64 [`crate::arm::aesimc`] per segment.
///
/// - `zdn`: the source; `out`: the new `Zdn`. Unpredicated. Needs FEAT_SVE_AES.
///
/// # Errors
/// [`SegmentMismatch`] (nothing written) when the slices differ in length.
#[inline]
pub fn aesimc(zdn: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch> {
    Arm(Auto).sve_aesimc(zdn, out)
}
