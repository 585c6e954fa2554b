//! Bit-exact emulation of CPU cryptography instructions.
//!
//! A guest executes `AESENC` or `AESE`; the emulator needs the exact register
//! value the real CPU would produce. `crypto-insn` gives:
//!
//! - [`aes`]: a table-driven software AES exposing every step and its inverse,
//!   the fused round fragments, key expansion and the whole cipher;
//! - [`x86`] and [`arm`]: one helper per guest instruction, with the manual's
//!   semantics, over register values;
//! - [`backend`]: the seam where the host computes the fragments;
//! - [`reg`]: register-value conversions and the two hex notations;
//! - [`vector`]: the test-vector line format shared by the CLI, tests and fuzzers;
//! - [`compose`]: whole AES built from one architecture's instructions;
//! - `conformance` (feature `std`): the FIPS-197 and vector-file runners.
//!
//! # The register convention
//! A 128-bit register is a `u128` whose bit `i` is the register's bit `i` as the
//! manual numbers it. Memory byte `i` (what `_mm_storeu_si128` / `vst1q_u8`
//! store) is bits `8i+7..8i`, and AES state byte `i` (FIPS-197 order) is the
//! same byte. Use [`reg::from_bytes`] / [`reg::to_bytes`] and
//! [`reg::from_halves`] / [`reg::to_halves`] at the emulator boundary.
//!
//! ```
//! use crypto_insn::{reg, x86};
//! // An emulator's XMM file as two u64 halves per register.
//! let mut xmm = [[0u64; 2]; 16];
//! xmm[1] = reg::to_halves(0x7b5b54657374566563746f725d53475d);
//! xmm[2] = reg::to_halves(0x48692853686179295b477565726f6e5d);
//! // AESENC xmm1, xmm2
//! let r = x86::aesenc(reg::from_halves(xmm[1]), reg::from_halves(xmm[2]));
//! xmm[1] = reg::to_halves(r); // legacy SSE: bits above 127 stay as they were
//! // Intel AES-NI white paper, AESENC example.
//! assert_eq!(reg::from_halves(xmm[1]), 0xa8311c2f9fdba3c58b104b58ded7e595);
//! ```
//!
//! # Instructions
//!
//! | arch | instruction | helper | CPU feature |
//! |---|---|---|---|
//! | x86 | AESENC | [`x86::aesenc`] | `CPUID.01H:ECX.AES[bit 25]` |
//! | x86 | AESENCLAST | [`x86::aesenclast`] | `CPUID.01H:ECX.AES[bit 25]` |
//! | x86 | AESDEC | [`x86::aesdec`] | `CPUID.01H:ECX.AES[bit 25]` |
//! | x86 | AESDECLAST | [`x86::aesdeclast`] | `CPUID.01H:ECX.AES[bit 25]` |
//! | x86 | AESIMC | [`x86::aesimc`] | `CPUID.01H:ECX.AES[bit 25]` |
//! | x86 | AESKEYGENASSIST | [`x86::aeskeygenassist`] | `CPUID.01H:ECX.AES[bit 25]` |
//! | Arm | AESE | [`arm::aese`] | FEAT_AES, Linux `HWCAP_AES` |
//! | Arm | AESD | [`arm::aesd`] | FEAT_AES, Linux `HWCAP_AES` |
//! | Arm | AESMC | [`arm::aesmc`] | FEAT_AES, Linux `HWCAP_AES` |
//! | Arm | AESIMC | [`arm::aesimc`] | FEAT_AES, Linux `HWCAP_AES` |
//!
//! # Features
//! - `std` (default): run-time CPU detection and the file-reading conformance
//!   runners. Without it the crate is `#![no_std]` and needs no allocator.

#![no_std]
#![forbid(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs)]

#[cfg(any(feature = "std", test))]
extern crate std;

pub mod aes;
pub mod arm;
pub mod backend;
pub mod compose;
#[cfg(feature = "std")]
pub mod conformance;
pub mod math;
pub mod reg;
pub mod registry;
pub mod riscv;
pub mod vector;
pub mod x86;

/// Carry-less multiplication (the math layer's [`math::clmul`], at its old path).
pub use math::clmul;

/// The SHA-1 and SHA-256 functions and constants of FIPS 180-4 ([`math::sha1`]
/// and [`math::sha256`] at their old path).
pub mod sha {
    pub use crate::math::sha1::*;
    pub use crate::math::sha256::*;
}
