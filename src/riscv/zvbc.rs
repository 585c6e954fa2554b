//! Zvbc: vector carry-less multiplication (RISC-V Cryptography Extensions
//! Volume II v1.0, "Zvbc"): `vclmul.vv/.vx`, `vclmulh.vv/.vx`, SEW = 64 only,
//! maskable. Per element: the 64 x 64 carry-less product of `vs2[i]` and
//! `vs1[i]` (or the XLEN-bit `rs1`, zero-extended on RV32), its low
//! (`vclmul`) or high (`vclmulh`) 64 bits, computed by [`Backend::clmul`].
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::clmul::clmul64;
//! use crypto_insn::riscv::zvbc;
//! // One SEW = 64 element from its 8 bytes as vse8.v stores them.
//! let e = |s: &str| u64::from_str_radix(s, 16).unwrap().swap_bytes();
//! // vectors/riscv-vector.txt line 1079 (vclmul.vv sew=64 vl=2): elements 0 and 1.
//! assert_eq!(zvbc::vclmul(e("d8fb7a0678247e57"), e("3ba0360e78e800dd")), e("28146f7d52de767b"));
//! assert_eq!(zvbc::vclmul(e("45716c33fe2d713d"), e("6f8706a357939fb9")), e("13fe9e40d428dc12"));
//! // vclmulh is the high half of the same 128-bit product.
//! let (a, b) = (e("d8fb7a0678247e57"), e("3ba0360e78e800dd"));
//! assert_eq!(zvbc::vclmulh(a, b), (clmul64(a, b) >> 64) as u64);
//! ```

use super::Rvv;
use crate::backend::{Auto, Backend};

impl<B: Backend> Rvv<B> {
    /// `vclmul`; see [`vclmul`].
    #[inline]
    #[must_use]
    pub fn vclmul(self, vs2: u64, vs1: u64) -> u64 {
        self.0.clmul(u128::from(vs2), u128::from(vs1), 0) as u64
    }

    /// `vclmulh`; see [`vclmulh`].
    #[inline]
    #[must_use]
    pub fn vclmulh(self, vs2: u64, vs1: u64) -> u64 {
        (self.0.clmul(u128::from(vs2), u128::from(vs1), 0) >> 64) as u64
    }
}

/// `vclmul.vv` / `vclmul.vx` on one element: bits 63:0 of `clmul(vs2, vs1)`.
#[must_use]
pub fn vclmul(vs2: u64, vs1: u64) -> u64 {
    Rvv(Auto).vclmul(vs2, vs1)
}

/// `vclmulh.vv` / `vclmulh.vx` on one element: bits 127:64 of `clmul(vs2,
/// vs1)`.
#[must_use]
pub fn vclmulh(vs2: u64, vs1: u64) -> u64 {
    Rvv(Auto).vclmulh(vs2, vs1)
}
