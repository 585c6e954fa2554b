//! ARMv8 Cryptographic Extension AES instructions: AESE, AESD, AESMC, AESIMC.
//!
//! Step orders are those of the Arm Architecture Reference Manual (A64
//! instruction pseudocode and the shared `AESSubBytes`/`AESShiftRows`/...
//! functions).

use super::Arm;
use crate::backend::{Auto, Backend};

impl<B: Backend> Arm<B> {
    /// AESE on this backend; see [`aese`].
    #[inline(always)]
    #[must_use]
    pub fn aese(self, state: u128, key: u128) -> u128 {
        // XOR first, then SubBytes and ShiftRows with nothing left to add.
        self.0.ak_sb_sr(state, key)
    }

    /// AESD on this backend; see [`aesd`].
    #[inline(always)]
    #[must_use]
    pub fn aesd(self, state: u128, key: u128) -> u128 {
        self.0.ak_isb_isr(state, key)
    }

    /// AESMC on this backend; see [`aesmc`].
    #[inline(always)]
    #[must_use]
    pub fn aesmc(self, src: u128) -> u128 {
        self.0.mc(src)
    }

    /// AESIMC on this backend; see [`aesimc`].
    #[inline(always)]
    #[must_use]
    pub fn aesimc(self, src: u128) -> u128 {
        self.0.imc(src)
    }
}

/// AESE Vd.16B, Vn.16B: AES single round encryption (without MixColumns).
///
/// Arm ARM: `operand1 = V[d]; operand2 = V[n]; result = operand1 EOR operand2;`
/// `result = AESSubBytes(AESShiftRows(result)); V[d] = result`.
/// So: AddRoundKey first, then ShiftRows and SubBytes (which commute):
/// `AESE(s, k) = ShiftRows(SubBytes(s ^ k))` = x86 `AESENCLAST(s ^ k, 0)`.
///
/// - `state`: Vd (read and written); `key`: Vn. The operands are symmetric in
///   the XOR, but not in which register is overwritten.
/// - Needs FEAT_AES (`ID_AA64ISAR0_EL1.AES` >= 1; Linux `HWCAP_AES`).
#[inline]
#[must_use]
pub fn aese(state: u128, key: u128) -> u128 {
    Arm(Auto).aese(state, key)
}

/// AESD Vd.16B, Vn.16B: AES single round decryption (without InvMixColumns).
///
/// Arm ARM: `result = V[d] EOR V[n]; result = AESInvSubBytes(AESInvShiftRows(result))`.
/// `AESD(s, k) = InvSubBytes(InvShiftRows(s ^ k))` = x86 `AESDECLAST(s ^ k, 0)`.
///
/// - `state`: Vd (read and written); `key`: Vn.
/// - Needs FEAT_AES (Linux `HWCAP_AES`).
#[inline]
#[must_use]
pub fn aesd(state: u128, key: u128) -> u128 {
    Arm(Auto).aesd(state, key)
}

/// AESMC Vd.16B, Vn.16B: AES MixColumns.
///
/// Arm ARM: `V[d] = AESMixColumns(V[n])`.
///
/// - `src`: Vn; the result goes to Vd.
/// - Needs FEAT_AES (Linux `HWCAP_AES`).
#[inline]
#[must_use]
pub fn aesmc(src: u128) -> u128 {
    Arm(Auto).aesmc(src)
}

/// AESIMC Vd.16B, Vn.16B: AES InvMixColumns.
///
/// Arm ARM: `V[d] = AESInvMixColumns(V[n])`.
///
/// - `src`: Vn; the result goes to Vd.
/// - Needs FEAT_AES (Linux `HWCAP_AES`).
#[inline]
#[must_use]
pub fn aesimc(src: u128) -> u128 {
    Arm(Auto).aesimc(src)
}
