//! Zvksed: ShangMi suite vector SM4 block cipher (RISC-V Cryptography
//! Extensions Volume II v1.0, "Zvksed"): `vsm4k.vi`, `vsm4r.vv`, `vsm4r.vs`.
//!
//! EGW = 128, EGS = 4, SEW = 32. Element `j` of a group (bits `32j+31..32j`
//! of the `u128`) is the standard's 32-bit word as a value (GB/T 32907 words
//! are big-endian in memory, so a program loading them with `vle32.v`
//! byte-swaps them with `vrev8.v` first; unlike the scalar `sm4ed`, the
//! instructions do not swap).
//!
//! The S-box runs through [`Backend::sbox_affine`] with the SM4 S-box's
//! affine decomposition ([`crate::math::sm4::SBOX_INNER`] / `SBOX_OUTER`), the
//! linear maps are [`crate::math::sm4::l`] and `l_prime`.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::sm4::FK;
//! use crypto_insn::{reg, riscv::zvksed};
//! // GB/T 32907-2016 Appendix A.1: key = plaintext = 0123456789abcdeffedcba9876543210.
//! let words = [0x0123_4567, 0x89ab_cdef, 0xfedc_ba98, 0x7654_3210];
//! let mut k = reg::from_dwords(core::array::from_fn(|j| words[j] ^ FK[j])); // MK ^ FK
//! let mut x = reg::from_dwords(words);
//! for r in 0..8 {
//!     k = zvksed::vsm4k(k, r).unwrap(); // rk[4r .. 4r+3]
//!     if r == 0 {
//!         // The appendix's rk_0 and rk_1.
//!         assert_eq!(reg::to_dwords(k)[..2], [0xf121_86f9, 0x4166_2b61]);
//!     }
//!     x = zvksed::vsm4r(x, k); // four rounds
//! }
//! // The ciphertext is R(X32, X33, X34, X35) = (X35, X34, X33, X32).
//! let [x32, x33, x34, x35] = reg::to_dwords(x);
//! assert_eq!([x35, x34, x33, x32], [0x681e_df34, 0xd206_965e, 0x86b3_e94f, 0x536e_4246]);
//! ```

use super::{Illegal, Rvv, imm};
use crate::backend::{Auto, Backend, Sm4Linear};
use crate::math::sm4;
use crate::reg;

impl<B: Backend> Rvv<B> {
    /// `vsm4k.vi`; see [`vsm4k`].
    ///
    /// # Errors
    /// [`Illegal::Immediate`] for `uimm > 31`.
    #[inline]
    pub fn vsm4k(self, vs2: u128, uimm: u8) -> Result<u128, Illegal> {
        let rnd = usize::from(imm(uimm, 31)? & 7);
        let ck = [0, 1, 2, 3].map(|j| sm4::CK[4 * rnd + j]);
        Ok(self
            .0
            .sm4_rounds(vs2, reg::from_dwords(ck), Sm4Linear::LPrime))
    }

    /// `vsm4r.vv` / `vsm4r.vs`; see [`vsm4r`].
    #[inline]
    #[must_use]
    pub fn vsm4r(self, vd: u128, vs2: u128) -> u128 {
        self.0.sm4_rounds(vd, vs2, Sm4Linear::L)
    }
}

/// `vsm4k.vi vd, vs2, uimm`: four rounds of the SM4 key expansion. `vs2 =
/// {K[4r], K[4r+1], K[4r+2], K[4r+3]}` (element 0 first; the first call's
/// are `MK ^ FK`), the result `{rk[4r] .. rk[4r+3]}` = `K[4r+4] ..
/// K[4r+7]` with `K[i+4] = K[i] ^ L'(τ(K[i+1] ^ K[i+2] ^ K[i+3] ^ CK[i]))`,
/// `r = uimm[2:0]` (`uimm[4:3]` are ignored: no reserved values).
///
/// # Errors
/// [`Illegal::Immediate`] for `uimm > 31` (a 5-bit field).
pub fn vsm4k(vs2: u128, uimm: u8) -> Result<u128, Illegal> {
    Rvv(Auto).vsm4k(vs2, uimm)
}

/// `vsm4r.vv` / `vsm4r.vs vd, vs2`: four SM4 rounds. `vd = {X0, X1, X2, X3}`,
/// `vs2` = four round keys `{rk0 .. rk3}` (`.vs`: element group 0 of `vs2`
/// for every group); the result is `{X4 .. X7}` with `X[i+4] = X[i] ^ L(τ(
/// X[i+1] ^ X[i+2] ^ X[i+3] ^ rk[i]))` (the same as x86 `VSM4RNDS4` on one
/// lane).
#[must_use]
pub fn vsm4r(vd: u128, vs2: u128) -> u128 {
    Rvv(Auto).vsm4r(vd, vs2)
}
