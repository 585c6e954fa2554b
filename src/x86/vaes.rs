//! VAES and VPCLMULQDQ on 128-, 256- and 512-bit registers: VAESENC,
//! VAESENCLAST, VAESDEC, VAESDECLAST, VPCLMULQDQ.
//!
//! Each is the 128-bit instruction applied to every 128-bit lane independently,
//! lane `i` being bits `128i+127..128i` (lane 0 = the XMM part): `N = 1` is the
//! VEX.128 form (AES or PCLMULQDQ plus AVX), `N = 2` the VEX.256 form
//! (`CPUID.07H:ECX.VAES[bit 9]` / `.VPCLMULQDQ[bit 10]` with AVX),
//! `N = 4` the EVEX.512 form (with AVX512F). VPCLMULQDQ uses the same
//! immediate for every lane.
//!
//! One widely used emulator computed the upper lane of 256-bit VAESENC from the
//! lower lane's state; here every lane reads only its own lane of each source,
//! which the tests check with distinct lanes.
//!
//! The VEX and EVEX forms zero the destination above the operation width; that is
//! the emulator's part.

use super::X86;
use crate::backend::{Auto, Backend, LaneOp};

/// Rejects lane counts other than 1, 2 and 4 at compile time.
const fn lanes_ok<const N: usize>() {
    assert!(
        N == 1 || N == 2 || N == 4,
        "VAES registers have 1, 2 or 4 lanes of 128 bits"
    );
}

impl<B: Backend> X86<B> {
    /// VAESENC on this backend; see [`vaesenc`].
    #[inline]
    #[must_use]
    pub fn vaesenc<const N: usize>(self, state: [u128; N], round_key: [u128; N]) -> [u128; N] {
        const { lanes_ok::<N>() };
        self.0.aes_lanes(LaneOp::Enc, state, round_key)
    }

    /// VAESENCLAST on this backend; see [`vaesenclast`].
    #[inline]
    #[must_use]
    pub fn vaesenclast<const N: usize>(self, state: [u128; N], round_key: [u128; N]) -> [u128; N] {
        const { lanes_ok::<N>() };
        self.0.aes_lanes(LaneOp::EncLast, state, round_key)
    }

    /// VAESDEC on this backend; see [`vaesdec`].
    #[inline]
    #[must_use]
    pub fn vaesdec<const N: usize>(self, state: [u128; N], round_key: [u128; N]) -> [u128; N] {
        const { lanes_ok::<N>() };
        self.0.aes_lanes(LaneOp::Dec, state, round_key)
    }

    /// VAESDECLAST on this backend; see [`vaesdeclast`].
    #[inline]
    #[must_use]
    pub fn vaesdeclast<const N: usize>(self, state: [u128; N], round_key: [u128; N]) -> [u128; N] {
        const { lanes_ok::<N>() };
        self.0.aes_lanes(LaneOp::DecLast, state, round_key)
    }

    /// VPCLMULQDQ on this backend; see [`vpclmulqdq`].
    #[inline]
    #[must_use]
    pub fn vpclmulqdq<const N: usize>(
        self,
        src1: [u128; N],
        src2: [u128; N],
        imm8: u8,
    ) -> [u128; N] {
        const { lanes_ok::<N>() };
        self.0.clmul_lanes(src1, src2, imm8)
    }
}

/// VAESENC xmm/ymm/zmm1, *2, *3/m: AESENC ([`super::aesenc`]) on each 128-bit lane:
/// `DEST.lane[i] = MixColumns(ShiftRows(SubBytes(SRC1.lane[i]))) ^ SRC2.lane[i]`.
///
/// - `state`: SRC1 lanes (lane 0 first); `round_key`: SRC2 lanes.
/// - Needs VAES (`CPUID.07H:ECX[bit 9]`) with AVX (N = 2) or AVX512F (N = 4); the
///   VEX.128 form (N = 1) needs AES and AVX.
///
/// Any other lane count is no register and does not compile:
///
/// ```compile_fail
/// let _ = crypto_insn::x86::vaesenc::<3>([0; 3], [0; 3]);
/// ```
#[inline]
#[must_use]
pub fn vaesenc<const N: usize>(state: [u128; N], round_key: [u128; N]) -> [u128; N] {
    X86(Auto).vaesenc(state, round_key)
}

/// VAESENCLAST: AESENCLAST on each 128-bit lane (see [`vaesenc`] for operands
/// and CPUID).
#[inline]
#[must_use]
pub fn vaesenclast<const N: usize>(state: [u128; N], round_key: [u128; N]) -> [u128; N] {
    X86(Auto).vaesenclast(state, round_key)
}

/// VAESDEC: AESDEC on each 128-bit lane (see [`vaesenc`] for operands and CPUID).
#[inline]
#[must_use]
pub fn vaesdec<const N: usize>(state: [u128; N], round_key: [u128; N]) -> [u128; N] {
    X86(Auto).vaesdec(state, round_key)
}

/// VAESDECLAST: AESDECLAST on each 128-bit lane (see [`vaesenc`] for operands
/// and CPUID).
#[inline]
#[must_use]
pub fn vaesdeclast<const N: usize>(state: [u128; N], round_key: [u128; N]) -> [u128; N] {
    X86(Auto).vaesdeclast(state, round_key)
}

/// VPCLMULQDQ xmm/ymm/zmm1, *2, *3/m, imm8: PCLMULQDQ ([`super::pclmulqdq`]) on
/// each 128-bit lane, with the same immediate for every lane (bit 0 picks the
/// qword of the lane of SRC1, bit 4 that of SRC2).
///
/// Needs VPCLMULQDQ (`CPUID.07H:ECX[bit 10]`) with AVX (N = 2) or AVX512F (N = 4);
/// N = 1 needs PCLMULQDQ and AVX.
#[inline]
#[must_use]
pub fn vpclmulqdq<const N: usize>(src1: [u128; N], src2: [u128; N], imm8: u8) -> [u128; N] {
    X86(Auto).vpclmulqdq(src1, src2, imm8)
}
