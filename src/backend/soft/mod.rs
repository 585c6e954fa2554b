//! The `soft` backend: portable, table-driven, fast; not constant-time.
//!
//! Same file set as every other backend folder: `aes.rs` holds the fragments.

pub mod aes;

use super::Backend;

/// The table-driven software backend. Always available, on every host.
///
/// Its lookups are indexed by state and key bytes, so its timing can depend on
/// the data; pick the constant-time backend for secrets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Soft;

impl Backend for Soft {
    #[inline]
    fn name(self) -> &'static str {
        "soft"
    }
    #[inline]
    fn sb_sr_ak(self, s: u128, k: u128) -> u128 {
        aes::sb_sr_ak(s, k)
    }
    #[inline]
    fn sb_sr_mc_ak(self, s: u128, k: u128) -> u128 {
        aes::sb_sr_mc_ak(s, k)
    }
    #[inline]
    fn isb_isr_ak(self, s: u128, k: u128) -> u128 {
        aes::isb_isr_ak(s, k)
    }
    #[inline]
    fn isb_isr_imc_ak(self, s: u128, k: u128) -> u128 {
        aes::isb_isr_imc_ak(s, k)
    }
    #[inline]
    fn isb_isr_ak_imc(self, s: u128, k: u128) -> u128 {
        aes::isb_isr_ak_imc(s, k)
    }
    #[inline]
    fn mc(self, s: u128) -> u128 {
        aes::mc(s)
    }
    #[inline]
    fn imc(self, s: u128) -> u128 {
        aes::imc(s)
    }
    #[inline]
    fn sb(self, s: u128) -> u128 {
        aes::sb(s)
    }
}
