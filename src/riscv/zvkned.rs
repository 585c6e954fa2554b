//! Zvkned: NIST suite vector AES block cipher (RISC-V Cryptography Extensions
//! Volume II v1.0, section "Zvkned"): `vaesef`, `vaesem`, `vaesdf`, `vaesdm`
//! (`.vv`, `.vs`), `vaeskf1.vi`, `vaeskf2.vi`, `vaesz.vs`.
//!
//! # Element groups
//! EGW = 128, EGS = 4, SEW = 32. An element group is a `u128` whose bits
//! `32j+31..32j` are element `j` (what `vle32.v` loads from 16 bytes of
//! memory), so memory byte `i` is bits `8i+7..8i`: the AES state in FIPS-197
//! byte order (state byte `i` = `in[i]`, column `i / 4`, row `i % 4`) is
//! `u128::from_le_bytes(in)`, the crate-wide register convention. The helpers
//! are therefore the backend's AES fragments with the same operands as x86:
//! `vaesem(vd, vs2)` = `AESENC(vd, vs2)`.
//!
//! `vd` holds the state (read and written), `vs2` the round key (`.vv`: the
//! element group of the same index; `.vs`: element group 0 of `vs2` for every
//! group of `vd`). Register-file rules (vl/vstart multiples of 4, EGW <=
//! VLEN x LMUL, no `vd`/`vs2` overlap for `.vs`) are [`super::v::execute`]'s.
//!
//! Note the decryption middle round `vaesdm` is `InvMixColumns(InvSubBytes(
//! InvShiftRows(state)) ^ round_key)`: the FIPS-197 inverse cipher with the
//! encryption round keys, not the equivalent inverse cipher of x86 AESDEC
//! (which mixes before the key XOR).
//!
//! # Examples
//!
//! ```
//! use crypto_insn::{reg, riscv::zvkned, x86};
//! let g = |s: &str| reg::parse_mem_hex(s).unwrap();
//! // FIPS-197 Appendix A.1: the cipher key and round key 1.
//! let key = g("2b7e151628aed2a6abf7158809cf4f3c");
//! let rk1 = g("a0fafe1788542cb123a339392a6c7605");
//! assert_eq!(zvkned::vaeskf1(key, 1), Ok(rk1));
//! // Appendix B: the state at the start of round 1, one middle round, the
//! // state at the start of round 2.
//! let start = g("193de3bea0f4e22b9ac68d2ae9f84808");
//! let next = zvkned::vaesem(start, rk1);
//! assert_eq!(next, g("a49c7ff2689f352b6b5bea43026a5049"));
//! // Per element group it is x86 AESENC with the same operands.
//! assert_eq!(next, x86::aesenc(start, rk1));
//! ```

use super::{Illegal, Rvv, imm};
use crate::backend::{Auto, Backend};
use crate::math::aes::RCON;
use crate::reg;

/// `vaeskf1.vi`'s round number: `uimm[3:0]`, with `uimm[3]` inverted when
/// it is 0 or above 10 (the specification maps reserved values instead of
/// raising an exception; `uimm[4]` is ignored).
#[must_use]
pub const fn vaeskf1_round(uimm: u8) -> u8 {
    let r = uimm & 0xf;
    if r == 0 || r > 10 { r ^ 8 } else { r }
}

/// `vaeskf2.vi`'s round number: `uimm[3:0]`, with `uimm[3]` inverted when it
/// is below 2 or above 14 (`uimm[4]` is ignored).
#[must_use]
pub const fn vaeskf2_round(uimm: u8) -> u8 {
    let r = uimm & 0xf;
    if r < 2 || r > 14 { r ^ 8 } else { r }
}

impl<B: Backend> Rvv<B> {
    /// `vaesef`; see [`vaesef`].
    #[inline]
    #[must_use]
    pub fn vaesef(self, vd: u128, vs2: u128) -> u128 {
        self.0.sb_sr_ak(vd, vs2)
    }

    /// `vaesem`; see [`vaesem`].
    #[inline]
    #[must_use]
    pub fn vaesem(self, vd: u128, vs2: u128) -> u128 {
        self.0.sb_sr_mc_ak(vd, vs2)
    }

    /// `vaesdf`; see [`vaesdf`].
    #[inline]
    #[must_use]
    pub fn vaesdf(self, vd: u128, vs2: u128) -> u128 {
        self.0.isb_isr_ak(vd, vs2)
    }

    /// `vaesdm`; see [`vaesdm`].
    #[inline]
    #[must_use]
    pub fn vaesdm(self, vd: u128, vs2: u128) -> u128 {
        self.0.isb_isr_ak_imc(vd, vs2)
    }

    /// `vaeskf1.vi`; see [`vaeskf1`].
    ///
    /// # Errors
    /// [`Illegal::Immediate`] for `uimm > 31` (not a 5-bit field).
    #[inline]
    pub fn vaeskf1(self, vs2: u128, uimm: u8) -> Result<u128, Illegal> {
        let r = vaeskf1_round(imm(uimm, 31)?);
        let k = reg::to_dwords(vs2);
        let sub = self.0.sb(u128::from(k[3].rotate_right(8))) as u32;
        let w0 = sub ^ RCON[usize::from(r - 1)] ^ k[0];
        let w1 = w0 ^ k[1];
        let w2 = w1 ^ k[2];
        let w3 = w2 ^ k[3];
        Ok(reg::from_dwords([w0, w1, w2, w3]))
    }

    /// `vaeskf2.vi`; see [`vaeskf2`].
    ///
    /// # Errors
    /// [`Illegal::Immediate`] for `uimm > 31`.
    #[inline]
    pub fn vaeskf2(self, vd: u128, vs2: u128, uimm: u8) -> Result<u128, Illegal> {
        let r = vaeskf2_round(imm(uimm, 31)?);
        let cur = reg::to_dwords(vs2);
        let prev = reg::to_dwords(vd);
        let w0 = if r & 1 == 1 {
            (self.0.sb(u128::from(cur[3])) as u32) ^ prev[0]
        } else {
            let sub = self.0.sb(u128::from(cur[3].rotate_right(8))) as u32;
            sub ^ RCON[usize::from(r / 2 - 1)] ^ prev[0]
        };
        let w1 = w0 ^ prev[1];
        let w2 = w1 ^ prev[2];
        let w3 = w2 ^ prev[3];
        Ok(reg::from_dwords([w0, w1, w2, w3]))
    }
}

/// `vaesef.vv` / `vaesef.vs vd, vs2`: the final encryption round on one
/// element group: `AddRoundKey(ShiftRows(SubBytes(vd)), vs2)` (x86
/// `AESENCLAST(vd, vs2)`).
#[must_use]
pub fn vaesef(vd: u128, vs2: u128) -> u128 {
    Rvv(Auto).vaesef(vd, vs2)
}

/// `vaesem.vv` / `vaesem.vs vd, vs2`: a middle encryption round:
/// `AddRoundKey(MixColumns(ShiftRows(SubBytes(vd))), vs2)` (x86
/// `AESENC(vd, vs2)`).
#[must_use]
pub fn vaesem(vd: u128, vs2: u128) -> u128 {
    Rvv(Auto).vaesem(vd, vs2)
}

/// `vaesdf.vv` / `vaesdf.vs vd, vs2`: the final decryption round:
/// `AddRoundKey(InvSubBytes(InvShiftRows(vd)), vs2)` (x86
/// `AESDECLAST(vd, vs2)`).
#[must_use]
pub fn vaesdf(vd: u128, vs2: u128) -> u128 {
    Rvv(Auto).vaesdf(vd, vs2)
}

/// `vaesdm.vv` / `vaesdm.vs vd, vs2`: a middle decryption round of the
/// FIPS-197 inverse cipher: `InvMixColumns(AddRoundKey(InvSubBytes(
/// InvShiftRows(vd)), vs2))`. Equal to x86 `AESDEC(vd, InvMixColumns(vs2))`;
/// the round keys are the encryption ones in reverse order.
#[must_use]
pub fn vaesdm(vd: u128, vs2: u128) -> u128 {
    Rvv(Auto).vaesdm(vd, vs2)
}

/// `vaesz.vs vd, vs2`: round zero's AddRoundKey, `vd ^ vs2` (with `vs2`'s
/// element group 0 for every group of `vd`).
#[must_use]
pub const fn vaesz(vd: u128, vs2: u128) -> u128 {
    vd ^ vs2
}

/// `vaeskf1.vi vd, vs2, uimm`: the AES-128 key schedule's next round key.
/// `vs2` is round key `r - 1` (words `w[4(r-1)] .. w[4(r-1)+3]` as elements
/// 0-3); the result is round key `r` for `r` = [`vaeskf1_round`]`(uimm)`
/// (1-10): `w0 = SubWord(RotWord(k3)) ^ Rcon[r] ^ k0`, `w1 = w0 ^ k1`, `w2 =
/// w1 ^ k2`, `w3 = w2 ^ k3`. Out-of-range round numbers are mapped, not
/// reserved: `uimm` 0 acts as 8, 11-15 as 3-7 (`uimm[3]` inverted), and
/// `uimm[4]` is ignored.
///
/// # Errors
/// [`Illegal::Immediate`] for `uimm > 31` (the field has 5 bits).
pub fn vaeskf1(vs2: u128, uimm: u8) -> Result<u128, Illegal> {
    Rvv(Auto).vaeskf1(vs2, uimm)
}

/// `vaeskf2.vi vd, vs2, uimm`: the AES-256 key schedule's next round key.
/// `vd` is round key `r - 2`, `vs2` round key `r - 1`, `r` =
/// [`vaeskf2_round`]`(uimm)` (2-14): for even `r` `w0 = SubWord(RotWord(
/// vs2.k3)) ^ Rcon[r/2] ^ vd.k0`, for odd `r` `w0 = SubWord(vs2.k3) ^ vd.k0`;
/// then `w1 = w0 ^ vd.k1`, `w2 = w1 ^ vd.k2`, `w3 = w2 ^ vd.k3`. `uimm` 0, 1
/// and 15 act as 8, 9 and 7; `uimm[4]` is ignored.
///
/// # Errors
/// [`Illegal::Immediate`] for `uimm > 31`.
pub fn vaeskf2(vd: u128, vs2: u128, uimm: u8) -> Result<u128, Illegal> {
    Rvv(Auto).vaeskf2(vd, vs2, uimm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::Soft;

    /// Four words of FIPS-197 Appendix A.3 (AES-256 key expansion) as one
    /// round key, as `../shared/vectors/fips197/aes256.txt` gives them.
    fn a3(words: &[&str]) -> u128 {
        reg::parse_mem_hex(&words.concat()).unwrap()
    }

    /// A.3's cipher key as `vaeskf2`'s operands: `vd` = round key 0 (w[0..4]),
    /// `vs2` = round key 1 (w[4..8]).
    fn key_halves() -> (u128, u128) {
        (
            a3(&["603deb10", "15ca71be", "2b73aef0", "857d7781"]),
            a3(&["1f352c07", "3b6108d7", "2d9810a3", "0914dff4"]),
        )
    }

    #[test]
    fn vaeskf2_round_numbers_out_of_range_invert_bit_3() {
        // Zvkned: `rnd = uimm[3:0]`; if `rnd < 2 || rnd > 14`, `rnd[3]` is
        // inverted; `uimm[4]` is ignored.
        for (uimm, r) in [(0, 8), (1, 9), (2, 2), (8, 8), (14, 14), (15, 7)] {
            assert_eq!(vaeskf2_round(uimm), r, "uimm {uimm}");
            assert_eq!(vaeskf2_round(uimm | 16), r, "uimm {}", uimm | 16);
        }
        let (vd, vs2) = key_halves();
        for (alias, r) in [(0, 8), (1, 9), (15, 7), (31, 7)] {
            assert_eq!(vaeskf2(vd, vs2, alias), vaeskf2(vd, vs2, r), "uimm {alias}");
        }
    }

    #[test]
    fn free_functions_are_the_soft_backend_on_fips197_a3() {
        // Round key 2 (w[8..12]) from the AES-256 cipher key's two halves.
        let (vd, vs2) = key_halves();
        let rk2 = a3(&["9ba35411", "8e6925af", "a51a8b5f", "2067fcde"]);
        assert_eq!(vaeskf2(vd, vs2, 2), Ok(rk2));
        assert_eq!(Rvv(Soft).vaeskf2(vd, vs2, 2), Ok(rk2));
        // Round key 3 (w[12..16]): the odd step, SubWord without RotWord or Rcon.
        let rk3 = a3(&["a8b09c1a", "93d194cd", "be49846e", "b75d5b9a"]);
        assert_eq!(vaeskf2(vs2, rk2, 3), Ok(rk3));
        assert_eq!(vaeskf2(vd, vs2, 32), Rvv(Soft).vaeskf2(vd, vs2, 32));
        assert!(vaeskf2(vd, vs2, 32).is_err());
    }
}
