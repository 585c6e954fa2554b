//! The `soft` backend: portable, table-driven, fast; not constant-time.
//!
//! Same file set as every other backend folder: `aes.rs` holds the fragments.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::{Backend, Soft};
//! use crypto_insn::x86::X86;
//! // Intel AES-NI white paper (Gueron, rev. 3.0): AESENC and AESDECLAST examples.
//! let (state, rk) = (0x7b5b54657374566563746f725d53475d, 0x48692853686179295b477565726f6e5d);
//! assert_eq!(X86(Soft).aesenc(state, rk), 0xa8311c2f9fdba3c58b104b58ded7e595);
//! assert_eq!(X86(Soft).aesdeclast(state, rk), 0xc5a391ef6b317f95d410637b72a593d0);
//! // The same fragments are the backend's methods.
//! assert_eq!(Soft.isb_isr_ak(state, rk), 0xc5a391ef6b317f95d410637b72a593d0);
//! ```

pub mod aes;

/// The table-driven software backend. Always available, on every host.
///
/// Its lookups are indexed by state and key bytes, so its timing can depend on
/// the data; pick the constant-time backend for secrets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Soft;

super::backend_from_module!(Soft, "soft", aes, extra {
    /// With the S-box table ([`crate::math::sm4::tau`]).
    #[inline]
    fn sm4_rounds(self, x: u128, k: u128, lin: super::Sm4Linear) -> u128 {
        super::sm4_rounds_with(x, k, lin, crate::math::sm4::tau)
    }
});
