//! PMULL and PMULL2 (polynomial multiply long, the 64x64 -> 128-bit `1Q` form).
//! Needs FEAT_PMULL (`ID_AA64ISAR0_EL1.AES == 0b0010`, Linux `HWCAP_PMULL`).
//!
//! Same operation as x86 PCLMULQDQ: `PMULL = PCLMULQDQ imm 0x00` (low
//! doublewords), `PMULL2 = PCLMULQDQ imm 0x11` (high doublewords); both go
//! through the backend's carry-less multiply (constant-time in software).

use super::Arm;
use crate::backend::{Auto, Backend};

impl<B: Backend> Arm<B> {
    /// PMULL on this backend; see [`pmull`].
    #[inline]
    #[must_use]
    pub fn pmull(self, n: u128, m: u128) -> u128 {
        self.0.clmul(n, m, 0x00)
    }

    /// PMULL2 on this backend; see [`pmull2`].
    #[inline]
    #[must_use]
    pub fn pmull2(self, n: u128, m: u128) -> u128 {
        self.0.clmul(n, m, 0x11)
    }
}

/// PMULL Vd.1Q, Vn.1D, Vm.1D: polynomial (carry-less) multiply of the low
/// doublewords.
///
/// Arm ARM: `operand1 = Vpart[n, 0]; operand2 = Vpart[m, 0];`
/// `V[d] = PolynomialMult(operand1, operand2)` (64 x 64 -> 128 bits).
///
/// - `n`, `m`: the whole Vn and Vm registers (bits 63:0 are read). The result is
///   all 128 bits of Vd. Needs FEAT_PMULL (Linux `HWCAP_PMULL`).
#[inline]
#[must_use]
pub fn pmull(n: u128, m: u128) -> u128 {
    Arm(Auto).pmull(n, m)
}

/// PMULL2 Vd.1Q, Vn.2D, Vm.2D: polynomial multiply of the high doublewords.
///
/// Arm ARM: `operand1 = Vpart[n, 1]; operand2 = Vpart[m, 1];`
/// `V[d] = PolynomialMult(operand1, operand2)`.
///
/// - `n`, `m`: the whole registers (bits 127:64 are read). Needs FEAT_PMULL.
#[inline]
#[must_use]
pub fn pmull2(n: u128, m: u128) -> u128 {
    Arm(Auto).pmull2(n, m)
}
