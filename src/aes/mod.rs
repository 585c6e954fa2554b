//! AES for callers above the seam: the math of [`crate::math::aes`] (every
//! FIPS-197 step and its inverse, the tables, key expansion), plus the fused
//! round fragments and the whole cipher on the automatically selected backend
//! ([`crate::backend::Auto`]) or on one you pass.
//!
//! A state is a register value: state byte `i` in FIPS-197 order is bits
//! `8i+7..8i` of the `u128`.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::aes::{self, Aes};
//! // FIPS-197 Appendix B: the cipher example.
//! let key = [0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
//!            0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c];
//! let input = [0x32, 0x43, 0xf6, 0xa8, 0x88, 0x5a, 0x30, 0x8d,
//!              0x31, 0x31, 0x98, 0xa2, 0xe0, 0x37, 0x07, 0x34];
//! let out = Aes::new(&key)?.encrypt_bytes(input);
//! assert_eq!(out, [0x39, 0x25, 0x84, 0x1d, 0x02, 0xdc, 0x09, 0xfb,
//!                  0xdc, 0x11, 0x85, 0x97, 0x19, 0x6a, 0x0b, 0x32]);
//! # Ok::<(), aes::KeyLengthError>(())
//! ```

mod cipher;
mod fragments;

pub use crate::math::aes::*;
pub use cipher::Aes;
pub use fragments::{
    ak_isb_isr, ak_sb_sr, imc, isb_isr_ak, isb_isr_ak_imc, isb_isr_imc_ak, mc, sb, sb_sr_ak,
    sb_sr_mc_ak,
};

use crate::backend::{Auto, Backend};

impl KeySchedule {
    /// Expands a 16-, 24- or 32-byte key (FIPS-197 section 5.2, Figure 11), with
    /// SubWord on [`Auto`].
    ///
    /// # Errors
    /// [`KeyLengthError`] for any other length.
    pub fn new(key: &[u8]) -> Result<Self, KeyLengthError> {
        Self::with_backend(Auto, key)
    }

    /// [`KeySchedule::new`] computing SubWord on the given backend (on
    /// [`crate::backend::Ct`] the expansion is constant-time too).
    ///
    /// # Errors
    /// [`KeyLengthError`] unless the key is 16, 24 or 32 bytes long.
    pub fn with_backend<B: Backend>(backend: B, key: &[u8]) -> Result<Self, KeyLengthError> {
        Self::expand(key, |w| backend.sb(u128::from(w)) as u32)
    }

    /// The decryption schedule of the equivalent inverse cipher (FIPS-197
    /// section 5.3.5), InvMixColumns on [`Auto`]; see
    /// [`KeySchedule::equivalent_inverse_by`].
    #[must_use]
    pub fn equivalent_inverse(&self) -> KeySchedule {
        self.equivalent_inverse_with(Auto)
    }

    /// [`KeySchedule::equivalent_inverse`] with InvMixColumns on the given backend.
    #[must_use]
    pub fn equivalent_inverse_with<B: Backend>(&self, backend: B) -> KeySchedule {
        self.equivalent_inverse_by(|rk| backend.imc(rk))
    }
}
