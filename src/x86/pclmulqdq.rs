//! PCLMULQDQ (carry-less multiplication quadword). Needs
//! `CPUID.01H:ECX.PCLMULQDQ[bit 1]`.
//!
//! # The immediate
//! SDM: `TEMP1 = imm8[0] ? SRC1[127:64] : SRC1[63:0];`
//! `TEMP2 = imm8[4] ? SRC2[127:64] : SRC2[63:0];`
//! `DEST = carry-less product of TEMP1 and TEMP2`. Bit 0 picks the qword of the
//! *first* source (xmm1), bit 4 that of the second; the other bits are ignored.
//! (Assemblers' `pclmullqhqdq`-style aliases name the same four values: 0x00,
//! 0x01, 0x10, 0x11.)

use super::X86;
use crate::backend::{Auto, Backend};

impl<B: Backend> X86<B> {
    /// PCLMULQDQ on this backend; see [`pclmulqdq`].
    #[inline]
    #[must_use]
    pub fn pclmulqdq(self, src1: u128, src2: u128, imm8: u8) -> u128 {
        self.0.clmul(src1, src2, imm8)
    }
}

/// PCLMULQDQ xmm1, xmm2/m128, imm8: 64 x 64 -> 128-bit carry-less multiply.
///
/// SDM: `TEMP1 = imm8[0] ? SRC1[127:64] : SRC1[63:0]; TEMP2 = imm8[4] ?
/// SRC2[127:64] : SRC2[63:0];` for `i = 0..63`: `TmpB[i] = XOR over j = 0..i of
/// (TEMP1[j] AND TEMP2[i-j])`, for `i = 64..126` the same over `j = i-63..63`;
/// `DEST[126:0] = TmpB; DEST[127] = 0`.
///
/// - `src1`: xmm1 (also the destination); `src2`: xmm2/m128; `imm8`: bits 0 and 4
///   as above, others ignored.
/// - Needs `CPUID.01H:ECX.PCLMULQDQ[bit 1]`; bits above 127: the emulator's part
///   (VEX.128 `VPCLMULQDQ` zeroes them, legacy SSE keeps them).
/// - Constant-time on every backend (GHASH multiplies by a secret).
#[inline]
#[must_use]
pub fn pclmulqdq(src1: u128, src2: u128, imm8: u8) -> u128 {
    X86(Auto).pclmulqdq(src1, src2, imm8)
}
