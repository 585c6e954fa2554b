//! ARMv8.2 SM4 instructions: SM4E, SM4EKEY (FEAT_SM4:
//! `ID_AA64ISAR0_EL1.SM4 == 0b0001`, Linux `HWCAP_SM4`).
//!
//! # Word order
//! Every operand is `.4S`; element `e` is bits `32e+31..32e`. The SM4 words
//! (GB/T 32907-2016; big-endian in the standard's byte strings) sit in element
//! order: `{X0, X1, X2, X3}` with `X0` in element 0. Guest code loads a block
//! with `LD1 {Vt.16B}` and `REV32` to get there. Each instruction is four
//! rounds; after the last round of a block the words are in the order
//! `{X32, X33, X34, X35}` and the cipher's reverse transformation R is the
//! guest's (a `REV64` + `EXT`). See [`crate::compose::sm4`].
//!
//! Both are the seam's four SM4 rounds ([`Backend::sm4_rounds`], shared with
//! x86 VSM4RNDS4/VSM4KEY4 and RISC-V `vsm4r`/`vsm4k`), with the guest's words
//! as they are: on x86-64 that runs in vector registers (PSHUFB nibble tables
//! for the S-box's affine maps and AESENCLAST for the field inverse), on `soft`
//! with the S-box table, on `ct` and `vperm` constant-time; on an AArch64 host
//! with FEAT_SM4 the native backend runs the instructions themselves.
//! Pseudocode: Arm Architecture Reference Manual, section C7.2 (SM4E, SM4EKEY).

use super::Arm;
use crate::backend::{Auto, Backend, Sm4Linear};

impl<B: Backend> Arm<B> {
    /// SM4E on this backend; see [`sm4e`].
    #[inline]
    #[must_use]
    pub fn sm4e(self, d: u128, n: u128) -> u128 {
        self.0.sm4_rounds(d, n, Sm4Linear::L)
    }
    /// SM4EKEY on this backend; see [`sm4ekey`].
    #[inline]
    #[must_use]
    pub fn sm4ekey(self, n: u128, m: u128) -> u128 {
        self.0.sm4_rounds(n, m, Sm4Linear::LPrime)
    }
}

/// SM4E Vd.4S, Vn.4S: four rounds of SM4 encryption (or decryption, with the
/// round keys reversed).
///
/// Arm ARM pseudocode (`roundresult = V[d]`, round keys from `V[n]`):
/// ```text
/// for index = 0 to 3
///     roundkey = Elem[Vn, index, 32]
///     intval = roundresult<127:96> EOR roundresult<95:64> EOR roundresult<63:32> EOR roundkey
///     for i = 0 to 3: Elem[intval, i, 8] = Sbox(Elem[intval, i, 8])
///     intval = intval EOR ROL(intval, 2) EOR ROL(intval, 10) EOR ROL(intval, 18) EOR ROL(intval, 24)
///     intval = intval EOR roundresult<31:0>
///     roundresult = intval : roundresult<127:32>
/// V[d] = roundresult
/// ```
/// That is `X[i+4] = F(X[i], X[i+1], X[i+2], X[i+3], rk[i])`
/// ([`crate::math::sm4::round`]) four times.
///
/// - `d`: Vd = `{X0, X1, X2, X3}`, read and written; `n`: Vn = the round keys
///   `{rk0, rk1, rk2, rk3}`. Needs FEAT_SM4 (Linux `HWCAP_SM4`).
#[inline]
#[must_use]
pub fn sm4e(d: u128, n: u128) -> u128 {
    Arm(Auto).sm4e(d, n)
}

/// SM4EKEY Vd.4S, Vn.4S, Vm.4S: four rounds of the SM4 key expansion.
///
/// Arm ARM pseudocode: SM4E's loop with `roundresult = V[n]`, the word
/// `Elem[Vm, index, 32]` (a `CK` constant) in place of the round key and the
/// linear map `intval EOR ROL(intval, 13) EOR ROL(intval, 23)` (`L'`); the
/// result goes to `V[d]`. That is `K[i+4] = K[i] EOR T'(K[i+1] EOR K[i+2] EOR
/// K[i+3] EOR CK[i])` ([`crate::math::sm4::key_round`]) four times.
///
/// - `n`: Vn = `{K0, K1, K2, K3}` (`MK EOR FK` for the first call); `m`: Vm =
///   `{CK[4i], ..., CK[4i+3]}`. `Vd` is written, not read. Result: the next four
///   round keys. Needs FEAT_SM4.
#[inline]
#[must_use]
pub fn sm4ekey(n: u128, m: u128) -> u128 {
    Arm(Auto).sm4ekey(n, m)
}
