//! AES (FIPS-197) with every step exposed.
//!
//! Layers, bottom up:
//! - [`super::gf`]: GF(2^8) arithmetic; [`tables`]: S-boxes and T-tables computed
//!   from it at compile time;
//! - the steps of FIPS-197, each with its inverse ([`sub_bytes`], [`shift_rows`],
//!   [`mix_columns`], [`add_round_key`], ...) and the key-schedule pieces
//!   ([`sub_word`], [`rot_word`], [`RCON`]), written for reading;
//! - key expansion ([`KeySchedule::expand`], with SubWord supplied by the
//!   caller, so a constant-time or native S-box can be used).
//!
//! The fused round fragments and the whole cipher on a chosen backend are above
//! the seam, in [`crate::aes`].
//!
//! A state is a register value: state byte `i` in FIPS-197 order is bits
//! `8i+7..8i` of the `u128`.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::aes;
//! use crypto_insn::reg::parse_mem_hex;
//! let s = |hex: &str| parse_mem_hex(hex).unwrap();
//! // FIPS-197 Appendix B, round 1: start, after SubBytes, ShiftRows, MixColumns,
//! // round key 1 and the start of round 2 (byte 0 first).
//! let start = s("193de3bea0f4e22b9ac68d2ae9f84808");
//! let s_box = aes::sub_bytes(start);
//! assert_eq!(s_box, s("d42711aee0bf98f1b8b45de51e415230"));
//! let s_row = aes::shift_rows(s_box);
//! assert_eq!(s_row, s("d4bf5d30e0b452aeb84111f11e2798e5"));
//! let m_col = aes::mix_columns(s_row);
//! assert_eq!(m_col, s("046681e5e0cb199a48f8d37a2806264c"));
//! let next = aes::add_round_key(m_col, s("a0fafe1788542cb123a339392a6c7605"));
//! assert_eq!(next, s("a49c7ff2689f352b6b5bea43026a5049"));
//! // Every step has its inverse.
//! assert_eq!(aes::inv_sub_bytes(aes::inv_shift_rows(aes::inv_mix_columns(m_col))), start);
//! ```

pub use super::gf;
pub(crate) mod packed;
pub mod tables;

mod key;
pub(crate) mod steps;

pub use key::{KeyLengthError, KeySchedule, KeySize};
pub use steps::{
    RCON, add_round_key, inv_mix_columns, inv_rot_word, inv_shift_rows, inv_sub_bytes,
    inv_sub_word, mix_columns, rot_word, shift_rows, sub_bytes, sub_word,
};
