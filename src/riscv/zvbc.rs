//! Zvbc: vector carry-less multiplication (RISC-V Cryptography Extensions
//! Volume II v1.0, "Zvbc"): `vclmul.vv/.vx`, `vclmulh.vv/.vx`, SEW = 64 only,
//! maskable. Per element: the 64 x 64 carry-less product of `vs2[i]` and
//! `vs1[i]` (or the XLEN-bit `rs1`, zero-extended on RV32), its low
//! (`vclmul`) or high (`vclmulh`) 64 bits, computed by [`Backend::clmul`].

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
