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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reg::parse_mem_hex;

    fn m(hex: &str) -> u128 {
        parse_mem_hex(hex).unwrap()
    }

    /// The free functions (on `Auto`) against FIPS-197 Appendix B, round 1
    /// (memory order, byte 0 first): start of round `193de3be...`, after
    /// SubBytes and ShiftRows `d4bf5d30...`, after MixColumns `046681e5...`;
    /// round key 1 is `a0fafe17...`.
    #[test]
    fn free_functions_match_fips197_appendix_b() {
        let start = m("193de3bea0f4e22b9ac68d2ae9f84808");
        let sr = m("d4bf5d30e0b452aeb84111f11e2798e5");
        let mc = m("046681e5e0cb199a48f8d37a2806264c");
        let k1 = m("a0fafe1788542cb123a339392a6c7605");
        // AESE(s, k) = ShiftRows(SubBytes(s ^ k)): with a zero key, round 1's
        // SubBytes+ShiftRows.
        assert_eq!(aese(start, 0), sr);
        assert_eq!(aese(start ^ k1, k1), sr);
        assert_eq!(aesmc(sr), mc);
        // The inverses.
        assert_eq!(aesd(sr, 0), start);
        assert_eq!(aesd(sr ^ k1, k1), start);
        assert_eq!(aesimc(mc), sr);
    }
}
