//! Zvkg: vector GCM/GMAC (RISC-V Cryptography Extensions Volume II v1.0,
//! "Zvkg"): `vghsh.vv`, `vgmul.vv`.
//!
//! EGW = 128, EGS = 4, SEW = 32. An element group is 16 bytes of GCM data in
//! memory order (`u128::from_le_bytes`), i.e. a GCM block as NIST SP 800-38D
//! writes it: byte 0's most significant bit is the coefficient of `x^0`. The
//! specification's pseudocode reverses the bits of every byte (`brev8`),
//! multiplies in GF(2^128) modulo `x^128 + x^7 + x^2 + x + 1` with bit `i` the
//! coefficient of `x^i`, and reverses back. Here the 128 x 128 product is four
//! [`Backend::clmul`] calls (PCLMULQDQ / PMULL on a native backend) and the
//! reduction two more.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::{reg, riscv::zvkg};
//! // Element groups are 16 bytes of GCM data in memory order.
//! let g = |s: &str| reg::parse_mem_hex(s).unwrap();
//! // vectors/riscv-vector.txt line 1131: vghsh.vv sew=32 vl=4 <vd> <vs2> <vs1> -> <vd after>.
//! let (vd, vs2, vs1) = (
//!     g("a343c531dd3a3ed6702837aa0b2442a5"),
//!     g("789d406d502884a38ccc5d1165245c04"),
//!     g("8082ca694a68ab2efd0fed5b8904ac38"),
//! );
//! assert_eq!(zvkg::vghsh(vd, vs2, vs1), g("07068f685f738f6ceba39d79588d5f0a"));
//! // Line 1147: vgmul.vv <vd> <vs2> -> <vd after>.
//! let (vd, vs2) = (g("07a1ed8464ee10d8e26e8f0006d3bbae"), g("51203e777e219c6fcbf04ad6c8ccc693"));
//! assert_eq!(zvkg::vgmul(vd, vs2), g("3ad346f1b4a85395a1707fbdf0bd8414"));
//! ```

use super::Rvv;
use crate::backend::{Auto, Backend};

/// Reverses the bits of every byte of `x` (`brev8`).
#[inline]
#[must_use]
pub const fn brev8(x: u128) -> u128 {
    x.reverse_bits().swap_bytes()
}

impl<B: Backend> Rvv<B> {
    /// `a · b mod (x^128 + x^7 + x^2 + x + 1)`, bit `i` = coefficient of `x^i`.
    fn gf128_mul(self, a: u128, b: u128) -> u128 {
        let c = |x: u128, y: u128, imm: u8| self.0.clmul(x, y, imm);
        let lo = c(a, b, 0x00);
        let mid = c(a, b, 0x01) ^ c(a, b, 0x10);
        let hi = c(a, b, 0x11);
        let p_lo = lo ^ (mid << 64);
        let p_hi = hi ^ (mid >> 64);
        // x^128 = x^7 + x^2 + x + 1 (0x87): fold p_hi down, then the at most
        // 7 bits that spill above x^127 once more.
        let t_lo = c(p_hi, 0x87, 0x00);
        let t_hi = c(p_hi, 0x87, 0x01);
        let spill = t_hi >> 64;
        p_lo ^ t_lo ^ (t_hi << 64) ^ c(spill, 0x87, 0x00)
    }

    /// `vghsh.vv`; see [`vghsh`].
    #[inline]
    #[must_use]
    pub fn vghsh(self, vd: u128, vs2: u128, vs1: u128) -> u128 {
        brev8(self.gf128_mul(brev8(vd ^ vs1), brev8(vs2)))
    }

    /// `vgmul.vv`; see [`vgmul`].
    #[inline]
    #[must_use]
    pub fn vgmul(self, vd: u128, vs2: u128) -> u128 {
        brev8(self.gf128_mul(brev8(vd), brev8(vs2)))
    }
}

/// `vghsh.vv vd, vs2, vs1`: one GHASH step `Y' = (Y ^ X) · H` with the
/// partial hash `Y = vd`, the hash subkey `H = vs2` and the block `X = vs1`
/// (GCM byte order, see the module docs).
#[must_use]
pub fn vghsh(vd: u128, vs2: u128, vs1: u128) -> u128 {
    Rvv(Auto).vghsh(vd, vs2, vs1)
}

/// `vgmul.vv vd, vs2`: the GHASH multiply `vd · vs2` in GF(2^128) (GCM byte
/// order): `vghsh` with a zero block.
#[must_use]
pub fn vgmul(vd: u128, vs2: u128) -> u128 {
    Rvv(Auto).vgmul(vd, vs2)
}
