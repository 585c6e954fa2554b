//! The `ct` backend: constant-time software.
//!
//! Same file set as every backend folder: `aes.rs` holds the fragments. No
//! memory access indexed by, and no branch on, state or key data; see `aes.rs`
//! for how. The cargo feature `constant-time` makes it the fallback of
//! [`super::Auto`] instead of the table-driven `soft`.

pub mod aes;

/// The constant-time software backend. Always available, on every host.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ct;

super::backend_from_module!(Ct, "ct", aes);
