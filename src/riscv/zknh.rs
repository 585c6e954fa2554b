//! Zknh: SHA-2 sigma functions (RISC-V Cryptography Extensions Volume I
//! v1.0.1, section 2.6), the σ0/σ1/Σ0/Σ1 functions of FIPS 180-4 section
//! 4.1.2-4.1.3 from [`crate::math::sha256`] and [`crate::math::sha512`].
//!
//! - `sha256sig0/sig1/sum0/sum1` (both XLENs) work on `rs1[31:0]`; RV64
//!   sign-extends the result.
//! - RV64 `sha512sig0/sig1/sum0/sum1` work on the whole register.
//! - RV32 splits a 64-bit word `x = hi @ lo` over two registers: `sha512sig0h`
//!   and `sha512sig1h` take `rs1 = hi`, `rs2 = lo` and return the high half
//!   of σ0/σ1(x); `sha512sig0l` and `sha512sig1l` take `rs1 = lo`, `rs2 = hi`
//!   and return the low half; `sha512sum0r` and `sha512sum1r` take
//!   `rs1 = lo`, `rs2 = hi` and return the low half of Σ0/Σ1(x), and with the
//!   operands swapped the high half (Σ is rotations only, so one instruction
//!   serves both halves).
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::sha256;
//! use crypto_insn::riscv::{Xlen, zknh};
//! // Register text as sd stores it (memory order) -> the register value.
//! let x = |s: &str| u64::from_str_radix(s, 16).unwrap().swap_bytes();
//! // vectors/riscv-rv64-scalar.txt line 1140: sha256sig0 efcdab8967452301 -> 4ccc5d3d00000000
//! let rd = zknh::sha256sig0(Xlen::X64, x("efcdab8967452301"));
//! assert_eq!(rd, x("4ccc5d3d00000000"));
//! // It is FIPS 180-4's σ0 of rs1[31:0] (sign-extended on RV64; bit 31 is 0 here).
//! assert_eq!(rd, u64::from(sha256::small_sigma0(0x89ab_cdef)));
//! // line 1332: sha512sum0 efcdab8967452301 -> abc17e0c107ac5b7
//! assert_eq!(zknh::sha512sum0(x("efcdab8967452301")), x("abc17e0c107ac5b7"));
//! ```

use super::{Rv32, Rv64, Xlen, forward};
use crate::backend::{Auto, Backend};
use crate::math::{sha256, sha512};

mod imp {
    use super::*;

    pub(super) fn sha256sig0<B: Backend>(_: B, x: Xlen, rs1: u64) -> u64 {
        x.word(sha256::small_sigma0(rs1 as u32))
    }
    pub(super) fn sha256sig1<B: Backend>(_: B, x: Xlen, rs1: u64) -> u64 {
        x.word(sha256::small_sigma1(rs1 as u32))
    }
    pub(super) fn sha256sum0<B: Backend>(_: B, x: Xlen, rs1: u64) -> u64 {
        x.word(sha256::big_sigma0(rs1 as u32))
    }
    pub(super) fn sha256sum1<B: Backend>(_: B, x: Xlen, rs1: u64) -> u64 {
        x.word(sha256::big_sigma1(rs1 as u32))
    }
}

forward! {
    /// `sha256sig0 rd, rs1`: SHA-256 σ0 of `rs1[31:0]`
    /// (`ror 7 ^ ror 18 ^ shr 3`), sign-extended on RV64.
    sha256sig0(rs1)
}
forward! {
    /// `sha256sig1 rd, rs1`: SHA-256 σ1 of `rs1[31:0]`
    /// (`ror 17 ^ ror 19 ^ shr 10`), sign-extended on RV64.
    sha256sig1(rs1)
}
forward! {
    /// `sha256sum0 rd, rs1`: SHA-256 Σ0 of `rs1[31:0]`
    /// (`ror 2 ^ ror 13 ^ ror 22`), sign-extended on RV64.
    sha256sum0(rs1)
}
forward! {
    /// `sha256sum1 rd, rs1`: SHA-256 Σ1 of `rs1[31:0]`
    /// (`ror 6 ^ ror 11 ^ ror 25`), sign-extended on RV64.
    sha256sum1(rs1)
}

/// `sha256sig0 rd, rs1` (both XLENs): σ0 (FIPS 180-4 (4.6)) of `rs1[31:0]`.
#[must_use]
pub fn sha256sig0(xlen: Xlen, rs1: u64) -> u64 {
    imp::sha256sig0(Auto, xlen, rs1)
}

/// `sha256sig1 rd, rs1` (both XLENs): σ1 (FIPS 180-4 (4.7)) of `rs1[31:0]`.
#[must_use]
pub fn sha256sig1(xlen: Xlen, rs1: u64) -> u64 {
    imp::sha256sig1(Auto, xlen, rs1)
}

/// `sha256sum0 rd, rs1` (both XLENs): Σ0 (FIPS 180-4 (4.4)) of `rs1[31:0]`.
#[must_use]
pub fn sha256sum0(xlen: Xlen, rs1: u64) -> u64 {
    imp::sha256sum0(Auto, xlen, rs1)
}

/// `sha256sum1 rd, rs1` (both XLENs): Σ1 (FIPS 180-4 (4.5)) of `rs1[31:0]`.
#[must_use]
pub fn sha256sum1(xlen: Xlen, rs1: u64) -> u64 {
    imp::sha256sum1(Auto, xlen, rs1)
}

/// `sha512sig0 rd, rs1` (RV64 only): SHA-512 σ0 (`ror 1 ^ ror 8 ^ shr 7`).
#[must_use]
pub fn sha512sig0(rs1: u64) -> u64 {
    sha512::small_sigma0(rs1)
}

/// `sha512sig1 rd, rs1` (RV64 only): SHA-512 σ1 (`ror 19 ^ ror 61 ^ shr 6`).
#[must_use]
pub fn sha512sig1(rs1: u64) -> u64 {
    sha512::small_sigma1(rs1)
}

/// `sha512sum0 rd, rs1` (RV64 only): SHA-512 Σ0 (`ror 28 ^ ror 34 ^ ror 39`).
#[must_use]
pub fn sha512sum0(rs1: u64) -> u64 {
    sha512::big_sigma0(rs1)
}

/// `sha512sum1 rd, rs1` (RV64 only): SHA-512 Σ1 (`ror 14 ^ ror 18 ^ ror 41`).
#[must_use]
pub fn sha512sum1(rs1: u64) -> u64 {
    sha512::big_sigma1(rs1)
}

/// `hi @ lo` as one 64-bit word.
const fn join(hi: u32, lo: u32) -> u64 {
    ((hi as u64) << 32) | lo as u64
}

/// `sha512sig0h rd, rs1, rs2` (RV32 only): the high half of SHA-512 σ0 of
/// `rs1 @ rs2` (`rs1` = high word, `rs2` = low word). The specification's
/// formula `rs1 >> 1 ^ rs1 >> 7 ^ rs1 >> 8 ^ rs2 << 31 ^ rs2 << 24` is that
/// half (the `shr 7` contributes nothing from the low word).
#[must_use]
pub fn sha512sig0h(rs1: u32, rs2: u32) -> u32 {
    (sha512::small_sigma0(join(rs1, rs2)) >> 32) as u32
}

/// `sha512sig0l rd, rs1, rs2` (RV32 only): the low half of SHA-512 σ0 of
/// `rs2 @ rs1` (`rs1` = low word, `rs2` = high word).
#[must_use]
pub fn sha512sig0l(rs1: u32, rs2: u32) -> u32 {
    sha512::small_sigma0(join(rs2, rs1)) as u32
}

/// `sha512sig1h rd, rs1, rs2` (RV32 only): the high half of SHA-512 σ1 of
/// `rs1 @ rs2` (`rs1` = high word, `rs2` = low word).
#[must_use]
pub fn sha512sig1h(rs1: u32, rs2: u32) -> u32 {
    (sha512::small_sigma1(join(rs1, rs2)) >> 32) as u32
}

/// `sha512sig1l rd, rs1, rs2` (RV32 only): the low half of SHA-512 σ1 of
/// `rs2 @ rs1` (`rs1` = low word, `rs2` = high word).
#[must_use]
pub fn sha512sig1l(rs1: u32, rs2: u32) -> u32 {
    sha512::small_sigma1(join(rs2, rs1)) as u32
}

/// `sha512sum0r rd, rs1, rs2` (RV32 only): the low half of SHA-512 Σ0 of
/// `rs2 @ rs1`; with `rs1 = hi, rs2 = lo` it is the high half of Σ0(hi @ lo).
#[must_use]
pub fn sha512sum0r(rs1: u32, rs2: u32) -> u32 {
    sha512::big_sigma0(join(rs2, rs1)) as u32
}

/// `sha512sum1r rd, rs1, rs2` (RV32 only): the low half of SHA-512 Σ1 of
/// `rs2 @ rs1`; with the operands swapped the high half.
#[must_use]
pub fn sha512sum1r(rs1: u32, rs2: u32) -> u32 {
    sha512::big_sigma1(join(rs2, rs1)) as u32
}

impl<B: Backend> Rv64<B> {
    /// `sha512sig0`; see [`sha512sig0`].
    #[inline]
    #[must_use]
    pub fn sha512sig0(self, rs1: u64) -> u64 {
        sha512sig0(rs1)
    }
    /// `sha512sig1`; see [`sha512sig1`].
    #[inline]
    #[must_use]
    pub fn sha512sig1(self, rs1: u64) -> u64 {
        sha512sig1(rs1)
    }
    /// `sha512sum0`; see [`sha512sum0`].
    #[inline]
    #[must_use]
    pub fn sha512sum0(self, rs1: u64) -> u64 {
        sha512sum0(rs1)
    }
    /// `sha512sum1`; see [`sha512sum1`].
    #[inline]
    #[must_use]
    pub fn sha512sum1(self, rs1: u64) -> u64 {
        sha512sum1(rs1)
    }
}

impl<B: Backend> Rv32<B> {
    /// `sha512sig0h`; see [`sha512sig0h`].
    #[inline]
    #[must_use]
    pub fn sha512sig0h(self, rs1: u32, rs2: u32) -> u32 {
        sha512sig0h(rs1, rs2)
    }
    /// `sha512sig0l`; see [`sha512sig0l`].
    #[inline]
    #[must_use]
    pub fn sha512sig0l(self, rs1: u32, rs2: u32) -> u32 {
        sha512sig0l(rs1, rs2)
    }
    /// `sha512sig1h`; see [`sha512sig1h`].
    #[inline]
    #[must_use]
    pub fn sha512sig1h(self, rs1: u32, rs2: u32) -> u32 {
        sha512sig1h(rs1, rs2)
    }
    /// `sha512sig1l`; see [`sha512sig1l`].
    #[inline]
    #[must_use]
    pub fn sha512sig1l(self, rs1: u32, rs2: u32) -> u32 {
        sha512sig1l(rs1, rs2)
    }
    /// `sha512sum0r`; see [`sha512sum0r`].
    #[inline]
    #[must_use]
    pub fn sha512sum0r(self, rs1: u32, rs2: u32) -> u32 {
        sha512sum0r(rs1, rs2)
    }
    /// `sha512sum1r`; see [`sha512sum1r`].
    #[inline]
    #[must_use]
    pub fn sha512sum1r(self, rs1: u32, rs2: u32) -> u32 {
        sha512sum1r(rs1, rs2)
    }
}
