//! GFNI, the Galois Field New Instructions: GF2P8AFFINEQB, GF2P8AFFINEINVQB,
//! GF2P8MULB. Needs `CPUID.(EAX=07H,ECX=0):ECX.GFNI[bit 8]` (the VEX forms also
//! AVX, the EVEX forms AVX512F, and AVX512VL below 512 bits).
//!
//! Every form is the same byte- or qword-wise operation on 1, 2 or 4 lanes of
//! 128 bits (`N`): `N = 1` the legacy SSE form (`GF2P8AFFINEQB xmm1, xmm2/m128,
//! imm8`), VEX.128 and EVEX.128; `N = 2` VEX.256 and EVEX.256; `N = 4`
//! EVEX.512. The field is GF(2^8) with the AES polynomial `x^8 + x^4 + x^3 + x
//! + 1` (`0x11b`).
//!
//! The semantics are the Intel SDM Vol. 2 "Operation" sections, written in the
//! math layer ([`crate::math::gf::affine_byte`],
//! [`gf2p8affine_qword`](crate::math::gf::gf2p8affine_qword),
//! [`gf2p8affineinv_qword`](crate::math::gf::gf2p8affineinv_qword),
//! [`gf2p8mul_byte`](crate::math::gf::gf2p8mul_byte)). On the native backend
//! the host's own GFNI instructions run them (XMM, YMM, or ZMM with AVX-512);
//! an x86-64 host without GFNI runs GF2P8AFFINEQB and GF2P8MULB on SSSE3 and
//! GF2P8AFFINEINVQB on AES-NI ([`Backend::sbox_affine`]), all constant-time.
//!
//! # What the emulator still does
//! - Write-masking `{k}{z}` of the EVEX forms: [`super::evex::mask_bytes`] on
//!   the result; the `m64bcst` broadcast source: [`super::evex::broadcast_qword`].
//! - Bits above the operation width: unchanged (legacy SSE) or zeroed (VEX,
//!   EVEX).

use super::X86;
use crate::backend::{Auto, Backend, HostInsn, SboxAffine};

/// Rejects lane counts other than 1, 2 and 4 at compile time.
const fn lanes_ok<const N: usize>() {
    assert!(
        N == 1 || N == 2 || N == 4,
        "GFNI registers have 1, 2 or 4 lanes of 128 bits"
    );
}

/// The semantics in portable Rust from the math layer.
mod portable {
    use crate::math::gf::{gf2p8affine_qword, gf2p8mul_byte};
    use crate::reg::{from_halves, to_halves};

    /// GF2P8AFFINEQB on one lane: each qword of `x` with the same qword of `matrix`.
    pub(super) fn affine(x: u128, matrix: u128, imm8: u8) -> u128 {
        let [x0, x1] = to_halves(x);
        let [a0, a1] = to_halves(matrix);
        from_halves([
            gf2p8affine_qword(x0, a0, imm8),
            gf2p8affine_qword(x1, a1, imm8),
        ])
    }

    /// GF2P8MULB on one lane: byte by byte.
    pub(super) fn mul(a: u128, b: u128) -> u128 {
        let (a, b) = (a.to_le_bytes(), b.to_le_bytes());
        u128::from_le_bytes(core::array::from_fn(|i| gf2p8mul_byte(a[i], b[i])))
    }
}

/// GF2P8AFFINEINVQB computed without the host's GFNI instruction: the SDM's
/// `affine_inverse_byte(A, x, imm8)` is `affine_byte(A, inv(x), imm8)`, so the
/// field inverse of every byte through [`Backend::sbox_affine`] (AES-NI on the
/// x86-64 native backend, with constant tables), then this backend's
/// GF2P8AFFINEQB with the guest's matrices (each qword its own, as the
/// instruction reads them): the path a host without GFNI takes, callable on any
/// host to test it.
#[doc(hidden)]
#[must_use]
pub fn gf2p8affineinvqb_via_sbox_affine<B: Backend, const N: usize>(
    backend: B,
    x: [u128; N],
    matrix: [u128; N],
    imm8: u8,
) -> [u128; N] {
    let inv = core::array::from_fn(|i| backend.sbox_affine(x[i], &SboxAffine::INVERSE));
    X86(backend).gf2p8affineqb(inv, matrix, imm8)
}

impl<B: Backend> X86<B> {
    /// GF2P8AFFINEQB on this backend; see [`gf2p8affineqb`].
    #[inline]
    #[must_use]
    pub fn gf2p8affineqb<const N: usize>(
        self,
        x: [u128; N],
        matrix: [u128; N],
        imm8: u8,
    ) -> [u128; N] {
        const { lanes_ok::<N>() };
        match self
            .0
            .host_lanes(HostInsn::X86Gf2p8affineqb, x, matrix, imm8)
        {
            Some(r) => r,
            None => core::array::from_fn(|i| portable::affine(x[i], matrix[i], imm8)),
        }
    }

    /// GF2P8AFFINEINVQB on this backend; see [`gf2p8affineinvqb`].
    #[inline]
    #[must_use]
    pub fn gf2p8affineinvqb<const N: usize>(
        self,
        x: [u128; N],
        matrix: [u128; N],
        imm8: u8,
    ) -> [u128; N] {
        const { lanes_ok::<N>() };
        match self
            .0
            .host_lanes(HostInsn::X86Gf2p8affineinvqb, x, matrix, imm8)
        {
            Some(r) => r,
            None => gf2p8affineinvqb_via_sbox_affine(self.0, x, matrix, imm8),
        }
    }

    /// GF2P8MULB on this backend; see [`gf2p8mulb`].
    #[inline]
    #[must_use]
    pub fn gf2p8mulb<const N: usize>(self, src1: [u128; N], src2: [u128; N]) -> [u128; N] {
        const { lanes_ok::<N>() };
        match self.0.host_lanes(HostInsn::X86Gf2p8mulb, src1, src2, 0) {
            Some(r) => r,
            None => core::array::from_fn(|i| portable::mul(src1[i], src2[i])),
        }
    }
}

/// GF2P8AFFINEQB xmm1, xmm2/m128, imm8 (and `VGF2P8AFFINEQB x/y/zmm1, *2,
/// *3/m/m64bcst, imm8`): an affine transformation of every byte.
///
/// Intel SDM Vol. 2, GF2P8AFFINEQB, "Operation" (in this order):
///
/// ```text
/// define affine_byte(tsrc2qw, src1byte, imm):
///     FOR i := 0 to 7:
///         retbyte.bit[i] := parity(tsrc2qw.byte[7-i] AND src1byte) XOR imm8.bit[i]
///     return retbyte
/// FOR j := 0 TO KL-1:                  ; qwords
///     tsrc2 := SRC2.qword[j]           ; (EVEX.b with memory: SRC2.qword[0])
///     FOR b := 0 to 7:
///         DEST.qword[j].byte[b] := affine_byte(tsrc2, SRC1.qword[j].byte[b], imm8)
/// ```
///
/// - `x`: SRC1, the bytes transformed (xmm1 for the legacy form, the second
///   operand for VEX/EVEX), lane 0 first.
/// - `matrix`: SRC2; qword `j` is the 8x8 bit matrix for the bytes of qword `j`
///   of SRC1: byte `7 - i` of the qword is row `i` (so `0x0102040810204080` is
///   the identity, `0x8040201008040201` reverses the bits of each byte).
/// - `imm8`: the constant XORed into every result byte (all 256 values valid).
#[inline]
#[must_use]
pub fn gf2p8affineqb<const N: usize>(x: [u128; N], matrix: [u128; N], imm8: u8) -> [u128; N] {
    X86(Auto).gf2p8affineqb(x, matrix, imm8)
}

/// GF2P8AFFINEINVQB xmm1, xmm2/m128, imm8 (and the VEX/EVEX forms): the field
/// inverse of every byte, then the affine transformation.
///
/// Intel SDM Vol. 2, GF2P8AFFINEINVQB, "Operation":
///
/// ```text
/// define affine_inverse_byte(tsrc2qw, src1byte, imm):
///     FOR i := 0 to 7:
///         retbyte.bit[i] := parity(tsrc2qw.byte[7-i] AND inverse(src1byte)) XOR imm8.bit[i]
///     return retbyte
/// ```
///
/// applied as [`gf2p8affineqb`] applies `affine_byte`; `inverse` is the
/// multiplicative inverse in GF(2^8) modulo `0x11b`, with `inverse(0) = 0`.
/// Operands as [`gf2p8affineqb`]. With matrix `0xf1e3c78f1f3e7cf8` in every
/// qword and `imm8 = 0x63` it is the AES S-box (SubBytes) on every byte.
#[inline]
#[must_use]
pub fn gf2p8affineinvqb<const N: usize>(x: [u128; N], matrix: [u128; N], imm8: u8) -> [u128; N] {
    X86(Auto).gf2p8affineinvqb(x, matrix, imm8)
}

/// GF2P8MULB xmm1, xmm2/m128 (and the VEX/EVEX forms): the product in GF(2^8)
/// of each byte of SRC1 with the same byte of SRC2.
///
/// Intel SDM Vol. 2, GF2P8MULB, "Operation":
///
/// ```text
/// define gf2p8mul_byte(src1byte, src2byte):
///     tword := 0
///     FOR i := 0 to 7:
///         IF src2byte.bit[i]: tword := tword XOR (src1byte << i)
///     FOR i := 14 downto 8:
///         p := 0x11B << (i-8)
///         IF tword.bit[i]: tword := tword XOR p
///     return tword.byte[0]
/// ```
///
/// The AES field multiply of FIPS-197 section 4.2 (commutative).
///
/// 1, 2 or 4 lanes (xmm, ymm, zmm); another `N` does not compile:
///
/// ```compile_fail
/// let _ = crypto_insn::x86::gf2p8mulb::<3>([0; 3], [0; 3]);
/// ```
#[inline]
#[must_use]
pub fn gf2p8mulb<const N: usize>(src1: [u128; N], src2: [u128; N]) -> [u128; N] {
    X86(Auto).gf2p8mulb(src1, src2)
}
