//! Arm guest instructions: AArch64 (A64 AdvSIMD, SVE2) and AArch32.
//!
//! Every helper takes the source register values the instruction reads and
//! returns the 128-bit value written to the destination `Vd`, as `u128`
//! register values (bit `i` is bit `i` of the vector register; memory byte `i`,
//! what `ST1 {Vt.16B}` / `vst1q_u8` stores, is bits `8i+7..8i`; lane `B[i]` of
//! `Vn.16B` is byte `i`).
//!
//! # What the emulator still does
//! - A write to `Vd` as a 128-bit register: bits above 127 of an SVE `Zd` are
//!   zeroed by an AdvSIMD write (`V[d] = result` with `Zd` wider): the
//!   emulator's part.
//! - `Vd` may equal `Vn`: every helper reads all inputs before its result.
//! - `UNDEFINED` when the feature is absent: the emulator's decision, from the
//!   ID register / HWCAP listed below.
//!
//! # Instructions
//!
//! One file per extension, named as the Arm ARM names the feature: `aes.rs`
//! (AESE, AESD, AESMC, AESIMC: FEAT_AES), `pmull.rs` (PMULL, PMULL2:
//! FEAT_PMULL), `sha1.rs` (SHA1C, SHA1P, SHA1M, SHA1H, SHA1SU0, SHA1SU1:
//! FEAT_SHA1), `sha256.rs` (SHA256H, SHA256H2, SHA256SU0, SHA256SU1:
//! FEAT_SHA256). The table of every instruction with its helper, steps and
//! feature is [`crate::instructions`], generated from the registry.
//!
//!
//! The ARMv8.2 extensions, one file each: SHA-512 ([`sha512h`], [`sha512h2`],
//! [`sha512su0`], [`sha512su1`]; FEAT_SHA512), SHA3 ([`eor3`], [`rax1`],
//! [`xar`], [`bcax`]; FEAT_SHA3), SM3 ([`sm3ss1`], [`sm3tt1a`], [`sm3tt1b`],
//! [`sm3tt2a`], [`sm3tt2b`], [`sm3partw1`], [`sm3partw2`]; FEAT_SM3) and SM4
//! ([`sm4e`], [`sm4ekey`]; FEAT_SM4). Immediates (XAR's `imm6`, SM3TT*'s
//! `imm2`) are reduced to their field width.
//!
//! Compared with x86, the Arm round XORs the key *first*:
//! `AESE(s, k) = AESENCLAST(s ^ k, 0)`, `AESMC(AESE(s, k)) ^ r = AESENC(s ^ k, r)`.
//!
//! # SVE2 and AArch32
//! [`sve`]: the SVE2 crypto instructions (FEAT_SVE_AES, FEAT_SVE_PMULL128,
//! FEAT_SVE_SHA3, FEAT_SVE_SM4) on every 128-bit segment of a `Z` register, as
//! `Arm(backend).sve_aese(...)` and `arm::sve::aese(...)`. [`a32`]: the AArch32
//! (A32/T32) forms of AES, SHA-1, SHA-256 and VMULL.P64 on [`Arm32`].
//!
//! # Choosing a backend
//! The free functions run on [`crate::backend::Auto`]; [`Arm`] pins one:
//! `Arm(crypto_insn::backend::Soft).aese(s, k)`.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::{arm, reg, x86};
//! let q = |s: &str| reg::parse_mem_hex(s).unwrap(); // what ld1 {v0.16b} loads
//! // FIPS-197 Appendix B: the input, round key 0 and round 1's ShiftRows and
//! // MixColumns outputs.
//! let (input, k0) = (q("3243f6a8885a308d313198a2e0370734"), q("2b7e151628aed2a6abf7158809cf4f3c"));
//! let s_row = arm::aese(input, k0); // AESE v0.16b, v1.16b
//! assert_eq!(s_row, q("d4bf5d30e0b452aeb84111f11e2798e5"));
//! let m_col = arm::Arm(Soft).aesmc(s_row); // AESMC v0.16b, v0.16b
//! assert_eq!(m_col, q("046681e5e0cb199a48f8d37a2806264c"));
//! // The key is XORed first: AESMC(AESE(s, k)) ^ r = AESENC(s ^ k, r).
//! let rk1 = q("a0fafe1788542cb123a339392a6c7605");
//! assert_eq!(m_col ^ rk1, x86::aesenc(input ^ k0, rk1));
//! ```

pub mod a32;
mod aes;
mod pmull;
mod sha1;
mod sha256;
mod sha3;
mod sha512;
mod sm3;
mod sm4;
pub mod sve;

pub use a32::Arm32;
pub use aes::{aesd, aese, aesimc, aesmc};
pub use pmull::{pmull, pmull2};
pub use sha1::{sha1c, sha1h, sha1m, sha1p, sha1su0, sha1su1};
pub use sha3::{bcax, eor3, rax1, xar};
pub use sha256::{sha256h, sha256h2, sha256su0, sha256su1};
pub use sha512::{sha512h, sha512h2, sha512su0, sha512su1};
pub use sm3::{sm3partw1, sm3partw2, sm3ss1, sm3tt1a, sm3tt1b, sm3tt2a, sm3tt2b};
pub use sm4::{sm4e, sm4ekey};

use crate::backend::Auto;

/// The Arm helpers on a chosen backend: `Arm(backend).aese(state, key)`.
///
/// The methods have the same semantics as the free functions of this module,
/// which use [`Auto`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Arm<B = Auto>(pub B);
