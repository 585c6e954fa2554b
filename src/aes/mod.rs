//! A table-driven software AES that exposes every step.
//!
//! Layers, bottom up:
//! - [`gf`]: GF(2^8) arithmetic; [`tables`]: S-boxes and T-tables computed from it
//!   at compile time;
//! - the steps of FIPS-197, each with its inverse ([`sub_bytes`], [`shift_rows`],
//!   [`mix_columns`], [`add_round_key`], ...) and the key-schedule pieces
//!   ([`sub_word`], [`rot_word`], [`RCON`]), written for reading;
//! - the fused fragments ([`sb_sr_mc_ak`], ...), fast, on the selected
//!   [`crate::backend`];
//! - key expansion ([`KeySchedule`]) and the whole cipher ([`Aes`]).
//!
//! A state is a register value: state byte `i` in FIPS-197 order is bits
//! `8i+7..8i` of the `u128`.

pub mod gf;
pub(crate) mod packed;
pub mod tables;

mod cipher;
mod fragments;
mod key;
mod steps;

pub use cipher::Aes;
pub use fragments::{
    ak_isb_isr, ak_sb_sr, imc, isb_isr_ak, isb_isr_ak_imc, isb_isr_imc_ak, mc, sb, sb_sr_ak,
    sb_sr_mc_ak,
};
pub use key::{KeyLengthError, KeySchedule, KeySize};
pub use steps::{
    RCON, add_round_key, inv_mix_columns, inv_rot_word, inv_shift_rows, inv_sub_bytes,
    inv_sub_word, mix_columns, rot_word, shift_rows, sub_bytes, sub_word,
};
