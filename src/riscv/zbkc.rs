//! Zbkc: carry-less multiplication for cryptography (RISC-V Cryptography
//! Extensions Volume I v1.0.1, section 2.2: `clmul`, `clmulh`).
//!
//! The XLEN x XLEN carry-less product is computed by
//! [`Backend::clmul`] (PCLMULQDQ / PMULL on a native backend).
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::clmul::clmul64;
//! use crypto_insn::riscv::{Xlen, zbkc};
//! // Register text as sd stores it (memory order) -> the register value.
//! let x = |s: &str| u64::from_str_radix(s, 16).unwrap().swap_bytes();
//! let (rs1, rs2) = (x("efcdab8967452301"), x("1032547698badcfe"));
//! // vectors/riscv-rv64-scalar.txt lines 754 and 786 (clmul / clmulh of these).
//! assert_eq!(zbkc::clmul(Xlen::X64, rs1, rs2), x("f010c8289878a040"));
//! assert_eq!(zbkc::clmulh(Xlen::X64, rs1, rs2), x("b0508868d838e000"));
//! // They are the two halves of the 128-bit carry-less product.
//! let p = clmul64(rs1, rs2);
//! assert_eq!((p as u64, (p >> 64) as u64), (x("f010c8289878a040"), x("b0508868d838e000")));
//! ```

use super::{Xlen, forward};
use crate::backend::{Auto, Backend};

mod imp {
    use super::*;

    fn product<B: Backend>(b: B, x: Xlen, rs1: u64, rs2: u64) -> u128 {
        b.clmul(u128::from(x.fit(rs1)), u128::from(x.fit(rs2)), 0x00)
    }
    pub(super) fn clmul<B: Backend>(b: B, x: Xlen, rs1: u64, rs2: u64) -> u64 {
        x.fit(product(b, x, rs1, rs2) as u64)
    }
    pub(super) fn clmulh<B: Backend>(b: B, x: Xlen, rs1: u64, rs2: u64) -> u64 {
        x.fit((product(b, x, rs1, rs2) >> x.bits()) as u64)
    }
}

forward! {
    /// `clmul rd, rs1, rs2`: the low XLEN bits of the carry-less product.
    clmul(rs1, rs2)
}
forward! {
    /// `clmulh rd, rs1, rs2`: the high XLEN bits of the 2·XLEN-bit carry-less
    /// product.
    clmulh(rs1, rs2)
}

/// `clmul rd, rs1, rs2` (both XLENs): bits `XLEN-1..0` of `clmul(rs1, rs2)`.
#[must_use]
pub fn clmul(xlen: Xlen, rs1: u64, rs2: u64) -> u64 {
    imp::clmul(Auto, xlen, rs1, rs2)
}

/// `clmulh rd, rs1, rs2` (both XLENs): bits `2·XLEN-1..XLEN` of
/// `clmul(rs1, rs2)` (the top bit is always 0).
#[must_use]
pub fn clmulh(xlen: Xlen, rs1: u64, rs2: u64) -> u64 {
    imp::clmulh(Auto, xlen, rs1, rs2)
}
