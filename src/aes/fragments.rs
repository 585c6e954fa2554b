//! The fused AES fragments on the automatically selected backend.
//!
//! Each name lists the steps in the order FIPS-197 applies them: `sb` SubBytes,
//! `sr` ShiftRows, `mc` MixColumns, `ak` AddRoundKey, and `i...` the inverses. These
//! are the single seam between instruction semantics and host computation:
//! [`crate::x86`] and [`crate::arm`] call them (through a [`Backend`]) and never
//! re-derive the math. To pin a backend, call the same-named [`Backend`] method on
//! it, e.g. `crypto_insn::backend::Soft.sb_sr_mc_ak(s, k)`.

use crate::backend::{Auto, Backend};

/// `AddRoundKey(ShiftRows(SubBytes(s)), k)`: the last encryption round
/// (FIPS-197 section 5.1, last round; x86 AESENCLAST).
#[inline]
#[must_use]
pub fn sb_sr_ak(s: u128, k: u128) -> u128 {
    Auto.sb_sr_ak(s, k)
}

/// `AddRoundKey(MixColumns(ShiftRows(SubBytes(s))), k)`: a full encryption round
/// (FIPS-197 section 5.1; x86 AESENC).
#[inline]
#[must_use]
pub fn sb_sr_mc_ak(s: u128, k: u128) -> u128 {
    Auto.sb_sr_mc_ak(s, k)
}

/// `AddRoundKey(InvSubBytes(InvShiftRows(s)), k)`: the last decryption round
/// (x86 AESDECLAST).
#[inline]
#[must_use]
pub fn isb_isr_ak(s: u128, k: u128) -> u128 {
    Auto.isb_isr_ak(s, k)
}

/// `AddRoundKey(InvMixColumns(InvSubBytes(InvShiftRows(s))), k)`: a round of the
/// equivalent inverse cipher (FIPS-197 section 5.3.5; x86 AESDEC).
#[inline]
#[must_use]
pub fn isb_isr_imc_ak(s: u128, k: u128) -> u128 {
    Auto.isb_isr_imc_ak(s, k)
}

/// `InvMixColumns(AddRoundKey(InvSubBytes(InvShiftRows(s)), k))`: a round of the
/// inverse cipher (FIPS-197 section 5.3; POWER `vncipher`, RISC-V `vaesdm`).
#[inline]
#[must_use]
pub fn isb_isr_ak_imc(s: u128, k: u128) -> u128 {
    Auto.isb_isr_ak_imc(s, k)
}

/// `ShiftRows(SubBytes(AddRoundKey(s, k)))`: the key first (Arm AESE).
#[inline]
#[must_use]
pub fn ak_sb_sr(s: u128, k: u128) -> u128 {
    Auto.ak_sb_sr(s, k)
}

/// `InvSubBytes(InvShiftRows(AddRoundKey(s, k)))`: the key first (Arm AESD).
#[inline]
#[must_use]
pub fn ak_isb_isr(s: u128, k: u128) -> u128 {
    Auto.ak_isb_isr(s, k)
}

/// `MixColumns(s)` (Arm AESMC).
#[inline]
#[must_use]
pub fn mc(s: u128) -> u128 {
    Auto.mc(s)
}

/// `InvMixColumns(s)` (x86 AESIMC, Arm AESIMC).
#[inline]
#[must_use]
pub fn imc(s: u128) -> u128 {
    Auto.imc(s)
}

/// `SubBytes(s)` alone (what AESKEYGENASSIST needs).
#[inline]
#[must_use]
pub fn sb(s: u128) -> u128 {
    Auto.sb(s)
}
