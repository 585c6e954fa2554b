//! Zkne and Zknd: AES encryption and decryption (RISC-V Cryptography
//! Extensions Volume I v1.0.1, sections 2.4 and 2.5).
//!
//! - RV32 (`aes32esi`, `aes32esmi`, `aes32dsi`, `aes32dsmi`): one byte of
//!   `rs2`, chosen by `bs` (0-3), through the S-box (and one column of
//!   MixColumns for the `m` forms), rotated into byte position `bs` and XORed
//!   into `rs1`. Four of them per state column make a T-table round.
//! - RV64 (`aes64es`, `aes64esm`, `aes64ds`, `aes64dsm`): the 128-bit state is
//!   `rs2 @ rs1` (`rs1` = columns 0-1, bytes 0-7 of the state in FIPS-197
//!   order; `rs2` = columns 2-3); the result is the low 64 bits (columns 0-1)
//!   of ShiftRows + SubBytes (+ MixColumns) of that state, the inverse steps
//!   for the `d` forms. So `aes64esm(lo, hi)` and `aes64esm(hi, lo)` are the
//!   two halves of x86 `AESENC(hi @ lo, 0)`, and the round key is XORed by the
//!   program. `aes64im` is InvMixColumns of both columns, `aes64ks1i` /
//!   `aes64ks2` the key-schedule steps.
//!
//! The steps run on the backend's AES fragments ([`Backend::sb_sr_ak`] and
//! friends, with a zero round key), so a native backend uses the host's AES
//! instructions.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::{reg, riscv::zkn_aes, x86};
//! // FIPS-197 Appendix B: the state at the start of round 1, round key 1 and
//! // the state at the start of round 2 (memory order, byte 0 first).
//! let start = reg::parse_mem_hex("193de3bea0f4e22b9ac68d2ae9f84808").unwrap();
//! let rk1 = reg::parse_mem_hex("a0fafe1788542cb123a339392a6c7605").unwrap();
//! let next = reg::parse_mem_hex("a49c7ff2689f352b6b5bea43026a5049").unwrap();
//! // RV64: the state is rs2 @ rs1; each aes64esm gives two columns, the
//! // program XORs the round key.
//! let (lo, hi) = (start as u64, (start >> 64) as u64);
//! let new_lo = zkn_aes::aes64esm(lo, hi) ^ rk1 as u64;
//! let new_hi = zkn_aes::aes64esm(hi, lo) ^ (rk1 >> 64) as u64;
//! assert_eq!(u128::from(new_hi) << 64 | u128::from(new_lo), next);
//! // The same round as x86 AESENC.
//! assert_eq!(x86::aesenc(start, rk1), next);
//! ```

use super::{Illegal, Rv32, Rv64, imm};
use crate::backend::{Auto, Backend};
use crate::math::aes::RCON;

/// The 128-bit state `rs2 @ rs1` of the RV64 instructions.
#[inline]
fn state(rs1: u64, rs2: u64) -> u128 {
    u128::from(rs1) | (u128::from(rs2) << 64)
}

/// `rs1 ^ rol32(column, 8 * bs)`.
#[inline]
fn xor_rotated(rs1: u32, column: u32, bs: u8) -> u32 {
    rs1 ^ column.rotate_left(8 * u32::from(bs))
}

/// The byte `bs` of `rs2` through the forward S-box: SubBytes of a state
/// whose byte 0 is that byte (the other bytes are dropped).
fn sbox_byte<B: Backend>(b: B, rs2: u32, bs: u8) -> u32 {
    let si = (rs2 >> (8 * u32::from(bs))) & 0xff;
    (b.sb(u128::from(si)) & 0xff) as u32
}

/// The byte `bs` of `rs2` through the inverse S-box (InvShiftRows keeps byte
/// 0 in place).
fn inv_sbox_byte<B: Backend>(b: B, rs2: u32, bs: u8) -> u32 {
    let si = (rs2 >> (8 * u32::from(bs))) & 0xff;
    (b.isb_isr_ak(u128::from(si), 0) & 0xff) as u32
}

impl<B: Backend> Rv32<B> {
    /// `aes32esi`; see [`aes32esi`].
    ///
    /// # Errors
    /// [`Illegal::Immediate`] for `bs > 3`.
    #[inline]
    pub fn aes32esi(self, rs1: u32, rs2: u32, bs: u8) -> Result<u32, Illegal> {
        let bs = imm(bs, 3)?;
        Ok(xor_rotated(rs1, sbox_byte(self.0, rs2, bs), bs))
    }

    /// `aes32esmi`; see [`aes32esmi`].
    ///
    /// # Errors
    /// [`Illegal::Immediate`] for `bs > 3`.
    #[inline]
    pub fn aes32esmi(self, rs1: u32, rs2: u32, bs: u8) -> Result<u32, Illegal> {
        let bs = imm(bs, 3)?;
        let so = sbox_byte(self.0, rs2, bs);
        // MixColumns of the column (so, 0, 0, 0) = (2so, so, so, 3so).
        let mixed = self.0.mc(u128::from(so)) as u32;
        Ok(xor_rotated(rs1, mixed, bs))
    }

    /// `aes32dsi`; see [`aes32dsi`].
    ///
    /// # Errors
    /// [`Illegal::Immediate`] for `bs > 3`.
    #[inline]
    pub fn aes32dsi(self, rs1: u32, rs2: u32, bs: u8) -> Result<u32, Illegal> {
        let bs = imm(bs, 3)?;
        Ok(xor_rotated(rs1, inv_sbox_byte(self.0, rs2, bs), bs))
    }

    /// `aes32dsmi`; see [`aes32dsmi`].
    ///
    /// # Errors
    /// [`Illegal::Immediate`] for `bs > 3`.
    #[inline]
    pub fn aes32dsmi(self, rs1: u32, rs2: u32, bs: u8) -> Result<u32, Illegal> {
        let bs = imm(bs, 3)?;
        let so = inv_sbox_byte(self.0, rs2, bs);
        // InvMixColumns of (so, 0, 0, 0) = (14so, 9so, 13so, 11so).
        let mixed = self.0.imc(u128::from(so)) as u32;
        Ok(xor_rotated(rs1, mixed, bs))
    }
}

impl<B: Backend> Rv64<B> {
    /// `aes64es`; see [`aes64es`].
    #[inline]
    #[must_use]
    pub fn aes64es(self, rs1: u64, rs2: u64) -> u64 {
        self.0.sb_sr_ak(state(rs1, rs2), 0) as u64
    }

    /// `aes64esm`; see [`aes64esm`].
    #[inline]
    #[must_use]
    pub fn aes64esm(self, rs1: u64, rs2: u64) -> u64 {
        self.0.sb_sr_mc_ak(state(rs1, rs2), 0) as u64
    }

    /// `aes64ds`; see [`aes64ds`].
    #[inline]
    #[must_use]
    pub fn aes64ds(self, rs1: u64, rs2: u64) -> u64 {
        self.0.isb_isr_ak(state(rs1, rs2), 0) as u64
    }

    /// `aes64dsm`; see [`aes64dsm`].
    #[inline]
    #[must_use]
    pub fn aes64dsm(self, rs1: u64, rs2: u64) -> u64 {
        self.0.isb_isr_imc_ak(state(rs1, rs2), 0) as u64
    }

    /// `aes64im`; see [`aes64im`].
    #[inline]
    #[must_use]
    pub fn aes64im(self, rs1: u64) -> u64 {
        self.0.imc(u128::from(rs1)) as u64
    }

    /// `aes64ks1i`; see [`aes64ks1i`].
    ///
    /// # Errors
    /// [`Illegal::Immediate`] for `rnum > 10` (reserved).
    #[inline]
    pub fn aes64ks1i(self, rs1: u64, rnum: u8) -> Result<u64, Illegal> {
        let rnum = imm(rnum, 10)?;
        let temp = (rs1 >> 32) as u32;
        // rnum 10 is the AES-256 step without RotWord and without Rcon.
        let (word, rcon) = if rnum == 10 {
            (temp, 0)
        } else {
            (temp.rotate_right(8), RCON[usize::from(rnum)])
        };
        let sub = (self.0.sb(u128::from(word)) as u32) ^ rcon;
        Ok(u64::from(sub) | (u64::from(sub) << 32))
    }

    /// `aes64ks2`; see [`aes64ks2`].
    #[inline]
    #[must_use]
    pub fn aes64ks2(self, rs1: u64, rs2: u64) -> u64 {
        aes64ks2(rs1, rs2)
    }
}

/// `aes32esi rd, rs1, rs2, bs` (RV32 only, Zkne): `rs1 ^ rol32(SBox(rs2.byte[bs]), 8·bs)`.
///
/// The last-round step of T-table AES encryption: `bs` picks byte `bs` of
/// `rs2` (bits `8bs+7..8bs`), the forward S-box substitutes it, and it is
/// XORed into byte `bs` of `rs1`.
///
/// # Errors
/// [`Illegal::Immediate`] for `bs > 3` (`bs` is a 2-bit field).
pub fn aes32esi(rs1: u32, rs2: u32, bs: u8) -> Result<u32, Illegal> {
    Rv32(Auto).aes32esi(rs1, rs2, bs)
}

/// `aes32esmi rd, rs1, rs2, bs` (RV32 only, Zkne): the middle-round step:
/// `so = SBox(rs2.byte[bs])`, the column `(2·so, so, so, 3·so)` (bytes 0-3,
/// GF(2^8) products) rotated left by `8·bs` bits and XORed into `rs1`.
///
/// # Errors
/// [`Illegal::Immediate`] for `bs > 3`.
pub fn aes32esmi(rs1: u32, rs2: u32, bs: u8) -> Result<u32, Illegal> {
    Rv32(Auto).aes32esmi(rs1, rs2, bs)
}

/// `aes32dsi rd, rs1, rs2, bs` (RV32 only, Zknd): `rs1 ^ rol32(InvSBox(rs2.byte[bs]), 8·bs)`.
///
/// # Errors
/// [`Illegal::Immediate`] for `bs > 3`.
pub fn aes32dsi(rs1: u32, rs2: u32, bs: u8) -> Result<u32, Illegal> {
    Rv32(Auto).aes32dsi(rs1, rs2, bs)
}

/// `aes32dsmi rd, rs1, rs2, bs` (RV32 only, Zknd): `so = InvSBox(rs2.byte[bs])`,
/// the InvMixColumns column `(14·so, 9·so, 13·so, 11·so)` rotated left by
/// `8·bs` and XORed into `rs1`.
///
/// # Errors
/// [`Illegal::Immediate`] for `bs > 3`.
pub fn aes32dsmi(rs1: u32, rs2: u32, bs: u8) -> Result<u32, Illegal> {
    Rv32(Auto).aes32dsmi(rs1, rs2, bs)
}

/// `aes64es rd, rs1, rs2` (RV64 only, Zkne): the low 64 bits of
/// `SubBytes(ShiftRows(rs2 @ rs1))` (the final round, without AddRoundKey).
///
/// `aes64es(lo, hi)` is the low and `aes64es(hi, lo)` the high half of x86
/// `AESENCLAST(hi @ lo, 0)`.
#[must_use]
pub fn aes64es(rs1: u64, rs2: u64) -> u64 {
    Rv64(Auto).aes64es(rs1, rs2)
}

/// `aes64esm rd, rs1, rs2` (RV64 only, Zkne): the low 64 bits of
/// `MixColumns(SubBytes(ShiftRows(rs2 @ rs1)))` (a middle round without
/// AddRoundKey): two columns of x86 `AESENC(rs2 @ rs1, 0)`.
#[must_use]
pub fn aes64esm(rs1: u64, rs2: u64) -> u64 {
    Rv64(Auto).aes64esm(rs1, rs2)
}

/// `aes64ds rd, rs1, rs2` (RV64 only, Zknd): the low 64 bits of
/// `InvSubBytes(InvShiftRows(rs2 @ rs1))`: x86 `AESDECLAST(rs2 @ rs1, 0)`'s
/// low half.
#[must_use]
pub fn aes64ds(rs1: u64, rs2: u64) -> u64 {
    Rv64(Auto).aes64ds(rs1, rs2)
}

/// `aes64dsm rd, rs1, rs2` (RV64 only, Zknd): the low 64 bits of
/// `InvMixColumns(InvSubBytes(InvShiftRows(rs2 @ rs1)))`: x86
/// `AESDEC(rs2 @ rs1, 0)`'s low half (the equivalent inverse cipher; round
/// keys go through [`aes64im`]).
#[must_use]
pub fn aes64dsm(rs1: u64, rs2: u64) -> u64 {
    Rv64(Auto).aes64dsm(rs1, rs2)
}

/// `aes64im rd, rs1` (RV64 only, Zknd): InvMixColumns of the two columns of
/// `rs1` (bits 31:0 and 63:32), for the decryption key schedule.
#[must_use]
pub fn aes64im(rs1: u64) -> u64 {
    Rv64(Auto).aes64im(rs1)
}

/// `aes64ks1i rd, rs1, rnum` (RV64 only, Zkne or Zknd): the SubWord/RotWord
/// step of the key schedule on `rs1[63:32]`, both halves of the result equal:
/// for `rnum` 0-9 `SubWord(RotWord(w)) ^ Rcon[rnum+1]` (RotWord = rotate
/// right by 8 in the register's little-endian word), for `rnum = 10` plain
/// `SubWord(w)` (the AES-256 odd step).
///
/// # Errors
/// [`Illegal::Immediate`] for `rnum` 11-15 (reserved encodings) or above.
pub fn aes64ks1i(rs1: u64, rnum: u8) -> Result<u64, Illegal> {
    Rv64(Auto).aes64ks1i(rs1, rnum)
}

/// `aes64ks2 rd, rs1, rs2` (RV64 only, Zkne or Zknd): the XOR step of the
/// key schedule: `w0 = rs1[63:32] ^ rs2[31:0]`, `w1 = w0 ^ rs2[63:32]`,
/// `rd = w1 @ w0`.
#[must_use]
pub fn aes64ks2(rs1: u64, rs2: u64) -> u64 {
    let w0 = ((rs1 >> 32) as u32) ^ (rs2 as u32);
    let w1 = w0 ^ ((rs2 >> 32) as u32);
    u64::from(w0) | (u64::from(w1) << 32)
}

#[cfg(test)]
mod free_function_tests {
    use super::*;
    use crate::backend::Soft;

    /// The free functions (on `Auto`) compute what the explicit backend's
    /// methods do (`soft`, which the vector files check), on pseudo-random
    /// registers: the dispatch is not a place where results can change.
    #[test]
    fn free_functions_are_the_backend_methods() {
        for (a, b, c) in crate::test_register_triples(64) {
            let (x, y) = (a as u64, b as u64);
            let (p, q) = (a as u32, b as u32);
            let bs = (c as u8) & 3;
            let rnum = (c as u8) % 11;
            assert_eq!(aes32esi(p, q, bs), Rv32(Soft).aes32esi(p, q, bs));
            assert_eq!(aes32esmi(p, q, bs), Rv32(Soft).aes32esmi(p, q, bs));
            assert_eq!(aes32dsi(p, q, bs), Rv32(Soft).aes32dsi(p, q, bs));
            assert_eq!(aes32dsmi(p, q, bs), Rv32(Soft).aes32dsmi(p, q, bs));
            assert_eq!(aes64es(x, y), Rv64(Soft).aes64es(x, y));
            assert_eq!(aes64esm(x, y), Rv64(Soft).aes64esm(x, y));
            assert_eq!(aes64ds(x, y), Rv64(Soft).aes64ds(x, y));
            assert_eq!(aes64dsm(x, y), Rv64(Soft).aes64dsm(x, y));
            assert_eq!(aes64im(x), Rv64(Soft).aes64im(x));
            assert_eq!(aes64ks1i(x, rnum), Rv64(Soft).aes64ks1i(x, rnum));
            assert_eq!(aes64ks2(x, y), Rv64(Soft).aes64ks2(x, y));
        }
    }
}
