//! The math layer: each algorithm's functions and constants, named as its
//! standard names them, written once and shared by every guest architecture.
//!
//! Everything here is a pure function of its arguments: no backend, no CPU
//! dispatch, no guest instruction. The guest modules ([`crate::x86`],
//! [`crate::arm`]) build each instruction's meaning from these pieces, and the
//! host seam ([`crate::backend`]) computes the AES fragments and carry-less
//! products that hosts accelerate, checked against these definitions.
//!
//! | module | standard | what |
//! |---|---|---|
//! | [`gf`] | FIPS-197 4, Intel SDM (GFNI) | GF(2^8) with the AES polynomial, affine maps |
//! | [`aes`] | FIPS-197 | tables, the steps and their inverses, key expansion |
//! | [`sha1`] | FIPS 180-4 | `Ch`, `Parity`, `Maj`, K, H0 |
//! | [`sha256`] | FIPS 180-4 | `Σ0`, `Σ1`, `σ0`, `σ1`, K, H0 |
//! | [`sha512`] | FIPS 180-4 | the 64-bit functions, K, the SHA-512/384/512-t IVs, compression |
//! | [`sm3`] | GB/T 32905-2016 | `FF`, `GG`, `P0`, `P1`, `T_j`, expansion, compression |
//! | [`sm4`] | GB/T 32907-2016 | S-box (and its affine decomposition), `τ`, `L`, `L'`, CK, FK, rounds |
//! | [`keccak`] | FIPS 202 | the Keccak-f\[1600\] step maps, RC, ρ offsets; Arm's EOR3, RAX1, XAR, BCAX |
//! | [`clmul`] | | carry-less multiply, 8/16/32/64-bit (constant-time) |
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::{aes, gf};
//! // FIPS-197 4.2: {57} . {83} = {c1}; 5.1.1: S-box of {53} is {ed}.
//! assert_eq!(gf::mul(0x57, 0x83), 0xc1);
//! assert_eq!(aes::tables::SBOX[0x53], 0xed);
//! ```

pub mod aes;
pub mod clmul;
pub mod gf;
pub mod keccak;
pub mod sha1;
pub mod sha256;
pub mod sha512;
pub mod sm3;
pub mod sm4;
