//! The `soft` backend: portable, table-driven, fast; not constant-time.
//!
//! Same file set as every other backend folder: `aes.rs` holds the fragments.

pub mod aes;

/// The table-driven software backend. Always available, on every host.
///
/// Its lookups are indexed by state and key bytes, so its timing can depend on
/// the data; pick the constant-time backend for secrets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Soft;

super::backend_from_module!(Soft, "soft", aes);
