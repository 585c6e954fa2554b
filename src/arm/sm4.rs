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
//! The S-box is computed through the backend's S-box primitive
//! ([`Backend::sbox_affine`] with the affine decomposition
//! [`crate::math::sm4::SBOX_INNER`] / [`crate::math::sm4::SBOX_OUTER`]): on
//! x86-64 that is PSHUFB nibble tables and AESENCLAST, on the `ct` backend
//! constant-time software; on an AArch64 host with FEAT_SM4 the native backend
//! runs the instructions themselves ([`HostInsn`]). Pseudocode: Arm
//! Architecture Reference Manual, section C7.2 (SM4E, SM4EKEY).

use super::Arm;
use crate::backend::{Auto, Backend, HostInsn, SboxAffine};
use crate::math::sm4::{SBOX_INNER, SBOX_OUTER};
use crate::reg::{from_dwords, to_dwords};

/// The SM4 S-box as the S-box primitive's two affine maps.
const SM4_SBOX: SboxAffine = SboxAffine::new(SBOX_INNER, SBOX_OUTER);

/// `τ` (the S-box on each byte of `x`) through the backend's S-box primitive.
#[inline(always)]
fn tau<B: Backend>(b: B, x: u32) -> u32 {
    b.sbox_affine(u128::from(x), &SM4_SBOX) as u32
}

/// Four rounds of the SM4E / SM4EKEY loop on `r` (element 0 first), each round
/// with the word `k[index]` and the linear map `lin`:
/// ```text
/// for index = 0 to 3
///     intval = r<127:96> EOR r<95:64> EOR r<63:32> EOR k[index]
///     intval = Sbox on each byte of intval
///     intval = lin(intval) EOR r<31:0>
///     r = intval : r<127:32>
/// ```
#[inline(always)]
fn four_rounds<B: Backend>(b: B, r: u128, k: u128, lin: fn(u32) -> u32) -> u128 {
    let mut r = to_dwords(r);
    for key in to_dwords(k) {
        let intval = lin(tau(b, r[3] ^ r[2] ^ r[1] ^ key)) ^ r[0];
        r = [r[1], r[2], r[3], intval];
    }
    from_dwords(r)
}

impl<B: Backend> Arm<B> {
    /// SM4E on this backend; see [`sm4e`].
    #[inline]
    #[must_use]
    pub fn sm4e(self, d: u128, n: u128) -> u128 {
        match self.0.host(HostInsn::A64Sm4e, d, n, 0, 0) {
            Some(r) => r,
            None => four_rounds(self.0, d, n, crate::math::sm4::l),
        }
    }
    /// SM4EKEY on this backend; see [`sm4ekey`].
    #[inline]
    #[must_use]
    pub fn sm4ekey(self, n: u128, m: u128) -> u128 {
        match self.0.host(HostInsn::A64Sm4ekey, n, m, 0, 0) {
            Some(r) => r,
            None => four_rounds(self.0, n, m, crate::math::sm4::l_prime),
        }
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
