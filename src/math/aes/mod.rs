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
