//! The x86 SM4 extension: VSM4KEY4, VSM4RNDS4 (VEX.128 and VEX.256). Needs
//! `CPUID.(EAX=07H,ECX=1):EAX.SM4[bit 2]` and AVX.
//!
//! The semantics are the "Operation" sections of the Intel Architecture
//! Instruction Set Extensions Programming Reference (ISE), built from
//! [`crate::math::sm4`] (GB/T 32907-2016). Each 128-bit lane is independent
//! (`N = 1` VEX.128, `N = 2` VEX.256). `dword[i]` is bits `32i+31..32i`.
//!
//! # Operand roles (ISE)
//! `VSM4RNDS4 DEST, SRC1, SRC2`: `P[0..3] := SRC1.xmm[i].dword[0..3]` (the four
//! state words `X_k .. X_(k+3)`, **`X_k` in dword 0**), the round keys `rk_k ..
//! rk_(k+3)` in `SRC2.xmm[i].dword[0..3]`; DEST is write-only and gets `X_(k+4)
//! .. X_(k+7)` in dwords 0..3. VSM4KEY4 likewise with `K_k .. K_(k+3)` in SRC1
//! and `CK_k .. CK_(k+3)` in SRC2.
//!
//! Each lane is the seam's four SM4 rounds ([`Backend::sm4_rounds`], shared
//! with Arm SM4E/SM4EKEY and RISC-V `vsm4r`/`vsm4k`): the ISE's `P[0..3]` are
//! the seam's words as they are. On the native backend that is AES-NI with
//! PSHUFB nibble tables (the SM4 S-box is an affine map, the AES field inverse
//! and another affine map: [`crate::math::sm4::SBOX_INNER`],
//! [`SBOX_OUTER`](crate::math::sm4::SBOX_OUTER)), constant-time, as on Arm.
//!
//! Where the CPU has SM4, the native backend's four rounds are VSM4RNDS4 /
//! VSM4KEY4 themselves (enabled after a known-answer self-check, see
//! `backend/x86_64/sha512_sm3_sm4.rs`), for these helpers and for the other
//! guests' SM4 rounds alike. No CPU this crate was developed on has SM4.

use super::X86;
use crate::backend::{Auto, Backend, Sm4Linear};

/// Rejects lane counts other than 1 and 2 at compile time.
const fn lanes_ok<const N: usize>() {
    assert!(
        N == 1 || N == 2,
        "VSM4 registers have 1 or 2 lanes of 128 bits"
    );
}

impl<B: Backend> X86<B> {
    /// VSM4KEY4 on this backend; see [`sm4key4`].
    #[inline]
    #[must_use]
    pub fn sm4key4<const N: usize>(self, src1: [u128; N], src2: [u128; N]) -> [u128; N] {
        const { lanes_ok::<N>() };
        core::array::from_fn(|i| self.0.sm4_rounds(src1[i], src2[i], Sm4Linear::LPrime))
    }

    /// VSM4RNDS4 on this backend; see [`sm4rnds4`].
    #[inline]
    #[must_use]
    pub fn sm4rnds4<const N: usize>(self, src1: [u128; N], src2: [u128; N]) -> [u128; N] {
        const { lanes_ok::<N>() };
        core::array::from_fn(|i| self.0.sm4_rounds(src1[i], src2[i], Sm4Linear::L))
    }
}

/// VSM4KEY4 xmm1, xmm2, xmm3/m128 (ymm: each lane): four rounds of the SM4 key
/// expansion.
///
/// ISE "Operation", per 128-bit lane `i`, in this order:
///
/// ```text
/// L_KEY(d) = d ^ ROL32(d, 13) ^ ROL32(d, 23);  T_KEY(d) = L_KEY(lower_t(d))
/// F_KEY(X0, X1, X2, X3, rk) = X0 ^ T_KEY(X1 ^ X2 ^ X3 ^ rk)
/// P[0..3] := SRC1.xmm[i].dword[0..3]
/// C[0] := F_KEY(P[0], P[1], P[2], P[3], SRC2.xmm[i].dword[0])
/// C[1] := F_KEY(P[1], P[2], P[3], C[0], SRC2.xmm[i].dword[1])
/// C[2] := F_KEY(P[2], P[3], C[0], C[1], SRC2.xmm[i].dword[2])
/// C[3] := F_KEY(P[3], C[0], C[1], C[2], SRC2.xmm[i].dword[3])
/// DEST.xmm[i].dword[0..3] := C[0..3]
/// ```
///
/// - `src1`: xmm2/ymm2, `K_k .. K_(k+3)` in dwords 0..3 (the first call: `MK ^
///   FK`, word 0 in dword 0).
/// - `src2`: xmm3/ymm3, `CK_k .. CK_(k+3)`.
/// - The result (DEST, write-only) is `rk_k .. rk_(k+3)` = `K_(k+4) .. K_(k+7)`.
///
/// Only xmm (`N = 1`) and ymm (`N = 2`) exist; another `N` does not compile:
///
/// ```compile_fail
/// let _ = crypto_insn::x86::sm4key4::<4>([0; 4], [0; 4]);
/// ```
#[inline]
#[must_use]
pub fn sm4key4<const N: usize>(src1: [u128; N], src2: [u128; N]) -> [u128; N] {
    X86(Auto).sm4key4(src1, src2)
}

/// VSM4RNDS4 xmm1, xmm2, xmm3/m128 (ymm: each lane): four SM4 encryption
/// rounds.
///
/// ISE "Operation", per lane, the same steps as [`sm4key4`] with
/// `L_RND(d) = d ^ ROL32(d, 2) ^ ROL32(d, 10) ^ ROL32(d, 18) ^ ROL32(d, 24)`
/// in place of `L_KEY` and the round keys in SRC2:
/// `C[0] := F_RND(P[0], P[1], P[2], P[3], SRC2.xmm[i].dword[0])`, ...
///
/// - `src1`: `X_k .. X_(k+3)` in dwords 0..3 (the first call: the plaintext's
///   big-endian words `X_0 .. X_3`, `X_0` in dword 0).
/// - `src2`: `rk_k .. rk_(k+3)`.
/// - The result is `X_(k+4) .. X_(k+7)`; after round 31 the ciphertext is
///   `X_35, X_34, X_33, X_32` (dwords 3, 2, 1, 0), the reversal `R` being the
///   program's part. Decryption is the same with the round keys reversed.
#[inline]
#[must_use]
pub fn sm4rnds4<const N: usize>(src1: [u128; N], src2: [u128; N]) -> [u128; N] {
    X86(Auto).sm4rnds4(src1, src2)
}
