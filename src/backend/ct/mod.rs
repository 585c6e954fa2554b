//! The `ct` backend: constant-time software.
//!
//! Same file set as every backend folder: `aes.rs` holds the fragments. No
//! memory access indexed by, and no branch on, state or key data; see `aes.rs`
//! for how. The cargo feature `constant-time` makes it the fallback of
//! [`super::Auto`] instead of the table-driven `soft`.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::{Backend, Ct};
//! use crypto_insn::{arm::Arm, x86::X86};
//! // Intel AES-NI white paper (Gueron, rev. 3.0), AESENC example, constant-time.
//! let (state, rk) = (0x7b5b54657374566563746f725d53475d, 0x48692853686179295b477565726f6e5d);
//! assert_eq!(X86(Ct).aesenc(state, rk), 0xa8311c2f9fdba3c58b104b58ded7e595);
//! // Arm helpers run on the same fragments: AESMC(AESE(s, 0)) ^ r = AESENC(s, r).
//! assert_eq!(Arm(Ct).aesmc(Arm(Ct).aese(state, 0)) ^ rk, Ct.sb_sr_mc_ak(state, rk));
//! assert_eq!(Ct.name(), "ct");
//! ```

pub mod aes;

/// The constant-time software backend. Always available, on every host.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ct;

super::backend_from_module!(Ct, "ct", aes, lanes);
