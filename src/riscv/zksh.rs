//! Zksh: SM3 permutations (RISC-V Cryptography Extensions Volume I v1.0.1,
//! section 2.8: `sm3p0`, `sm3p1`), the P0 and P1 functions of GB/T
//! 32905-2016 from [`crate::math::sm3`]. Both XLENs; `rs1[31:0]` in, the
//! result sign-extended on RV64.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::sm3;
//! use crypto_insn::riscv::{Xlen, zksh};
//! // Register text as sd stores it (memory order) -> the register value.
//! let x = |s: &str| u64::from_str_radix(s, 16).unwrap().swap_bytes();
//! // vectors/riscv-rv64-scalar.txt line 1460: sm3p0 efcdab8967452301 -> ab01ef4500000000
//! let rd = zksh::sm3p0(Xlen::X64, x("efcdab8967452301"));
//! assert_eq!(rd, x("ab01ef4500000000"));
//! // GB/T 32905's P0 of rs1[31:0] (bit 31 of the result is 0: no sign bits).
//! assert_eq!(rd, u64::from(sm3::p0(0x89ab_cdef)));
//! ```

use super::{Xlen, forward};
use crate::backend::{Auto, Backend};
use crate::math::sm3;

mod imp {
    use super::*;

    pub(super) fn sm3p0<B: Backend>(_: B, x: Xlen, rs1: u64) -> u64 {
        x.word(sm3::p0(rs1 as u32))
    }
    pub(super) fn sm3p1<B: Backend>(_: B, x: Xlen, rs1: u64) -> u64 {
        x.word(sm3::p1(rs1 as u32))
    }
}

forward! {
    /// `sm3p0 rd, rs1`: `P0(x) = x ^ (x <<< 9) ^ (x <<< 17)` of `rs1[31:0]`.
    sm3p0(rs1)
}
forward! {
    /// `sm3p1 rd, rs1`: `P1(x) = x ^ (x <<< 15) ^ (x <<< 23)` of `rs1[31:0]`.
    sm3p1(rs1)
}

/// `sm3p0 rd, rs1` (both XLENs): SM3 `P0` of `rs1[31:0]` (the compression
/// function's permutation), sign-extended on RV64.
#[must_use]
pub fn sm3p0(xlen: Xlen, rs1: u64) -> u64 {
    imp::sm3p0(Auto, xlen, rs1)
}

/// `sm3p1 rd, rs1` (both XLENs): SM3 `P1` of `rs1[31:0]` (the message
/// expansion's permutation), sign-extended on RV64.
#[must_use]
pub fn sm3p1(xlen: Xlen, rs1: u64) -> u64 {
    imp::sm3p1(Auto, xlen, rs1)
}
