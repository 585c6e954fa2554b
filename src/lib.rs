//! Bit-exact emulation of CPU cryptography instructions.
//!
//! A guest executes `AESENC` or `AESE`; the emulator needs the exact register
//! value the real CPU would produce. `crypto-insn` gives:
//!
//! - [`aes`]: AES above the seam: every step and its inverse (from
//!   [`math::aes`]), the fused round fragments and the whole cipher on a backend;
//! - [`math`]: each algorithm's functions and constants, named as its standard
//!   names them (AES, SHA-1/256/512, SM3, SM4, Keccak, GF(2^8), carry-less
//!   multiply), shared by every guest architecture;
//! - [`x86`] and [`arm`]: one helper per guest instruction, with the manual's
//!   semantics, over register values, one file per extension; [`ppc`]
//!   likewise for POWER, whose register values follow the ISA's big-endian
//!   byte numbering;
//! - [`registry`]: the one list of instructions everything else is derived from;
//! - [`backend`]: the seam where the host computes the fragments;
//! - [`reg`]: register-value conversions and the two hex notations;
//! - [`vector`]: the test-vector line format shared by the CLI, tests and fuzzers;
//! - [`compose`]: whole AES and SHA built from one architecture's instructions;
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
//! Every instruction, its helper, its steps and the CPU feature a guest needs
//! are in [`instructions`], a table generated from the one instruction registry
//! ([`registry`]).
//!
//! # Features
//! - `std` (default): run-time CPU detection and the file-reading conformance
//!   runners. Without it the crate is `#![no_std]` and needs no allocator.

#![no_std]
#![forbid(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs)]

#[cfg(any(feature = "std", test))]
extern crate std;

/// A 16 x 16 array of the 256 instances `f::<0>` to `f::<255>` of a function
/// generic over a `const u8` (an immediate): entry `[imm >> 4][imm & 15]` is
/// `f::<imm>`. What the immediate-specialised resolvers
/// ([`x86::aeskeygenassist_fn`], the C ABI's `crypto_insn_resolve_imm`) index
/// once per translated instruction.
///
/// ```
/// fn id<const N: u8>() -> u8 {
///     N
/// }
/// let t: [[fn() -> u8; 16]; 16] = crypto_insn::imm8_table!(id);
/// assert!((0..=255u8).all(|i| t[usize::from(i >> 4)][usize::from(i & 15)]() == i));
/// ```
#[macro_export]
macro_rules! imm8_table {
    (@rows $f:tt $($h:literal)*) => {
        [$($crate::imm8_table!(@row $f $h)),*]
    };
    (@row [$($f:tt)+] $h:literal) => {
        [
            $($f)+::<{ $h * 16 }>, $($f)+::<{ $h * 16 + 1 }>, $($f)+::<{ $h * 16 + 2 }>,
            $($f)+::<{ $h * 16 + 3 }>, $($f)+::<{ $h * 16 + 4 }>, $($f)+::<{ $h * 16 + 5 }>,
            $($f)+::<{ $h * 16 + 6 }>, $($f)+::<{ $h * 16 + 7 }>, $($f)+::<{ $h * 16 + 8 }>,
            $($f)+::<{ $h * 16 + 9 }>, $($f)+::<{ $h * 16 + 10 }>, $($f)+::<{ $h * 16 + 11 }>,
            $($f)+::<{ $h * 16 + 12 }>, $($f)+::<{ $h * 16 + 13 }>, $($f)+::<{ $h * 16 + 14 }>,
            $($f)+::<{ $h * 16 + 15 }>,
        ]
    };
    ($($f:tt)+) => {
        $crate::imm8_table!(@rows [$($f)+] 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)
    };
}

pub mod aes;
pub mod arm;
pub mod backend;
pub mod compose;
#[cfg(feature = "std")]
pub mod conformance;
pub mod llvm;
pub mod math;
pub mod ppc;
pub mod reg;
pub mod registry;
pub mod riscv;
pub mod vector;
pub mod x86;

/// Pseudo-random register triples `(a, b, c)` for the unit tests (a 128-bit
/// xorshift, the same stream wherever it is used): `n` of them.
#[cfg(test)]
pub(crate) fn test_register_triples(n: usize) -> impl Iterator<Item = (u128, u128, u128)> {
    let mut x = 0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834u128;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    (0..n).map(move |_| (next(), next(), next()))
}

/// Carry-less multiplication (the math layer's [`math::clmul`], at its old path).
pub use math::clmul;

/// The SHA-1 and SHA-256 functions and constants of FIPS 180-4 ([`math::sha1`]
/// and [`math::sha256`] at their old path).
///
/// # Examples
///
/// ```
/// use crypto_insn::sha;
/// // FIPS 180-4 4.2.2 and 5.3.3: SHA-256's first constant and initial hash
/// // word; 4.2.1 and 5.3.1: SHA-1's.
/// assert_eq!((sha::SHA256_K[0], sha::SHA256_H0[0]), (0x428a_2f98, 0x6a09_e667));
/// assert_eq!((sha::SHA1_K[0], sha::SHA1_H0[0]), (0x5a82_7999, 0x6745_2301));
/// // The same functions as the math layer's.
/// let x = 0x6162_6380; // the first message word of "abc"
/// assert_eq!(sha::small_sigma0(x), crypto_insn::math::sha256::small_sigma0(x));
/// assert_eq!(sha::parity(x, 0, 0), crypto_insn::math::sha1::parity(x, 0, 0));
/// ```
pub mod sha {
    pub use crate::math::sha1::*;
    pub use crate::math::sha256::*;
}

/// Writes the [`instructions`] module's table from the registry.
macro_rules! instruction_docs {
    ($(
        arch $arch:ident $Arch:ident $Op:ident $archname:literal $order:ident {
            $(ext $ext:ident $title:literal $feature:literal {
                $(($name:ident $Var:ident $shape:ident ($($operand:ident),*)
                    [$($host:ident $hfeat:literal),*] $summary:literal))*
            })*
            planned { $(($pname:ident $pext:ident $pfeature:literal))* }
        }
    )*) => {
        /// Every instruction the library evaluates, generated from the
        /// [`registry`] (one row per instruction; nothing else lists them).
        ///
        /// Operands are the registers the instruction reads, in the manual's
        /// order; `imm8` comes last in the helper's parameters. Each helper's
        /// doc comment has the manual's pseudocode and operand roles.
        ///
        /// | arch | extension | instruction | helper | operands | steps | CPU feature |
        /// |---|---|---|---|---|---|---|
        $($($(
            #[doc = instruction_docs!(@helper $shape $archname $title $arch $Arch $name $Var
                ($(stringify!($operand), " ",)* " | ", $summary, " | ", $feature, " |"))]
        )*)*)*
        ///
        /// Recognised but not evaluated yet (counted as unsupported by the
        /// vector format):
        ///
        /// | arch | instruction | extension | CPU feature |
        /// |---|---|---|---|
        $($(
            #[doc = concat!("| ", $archname, " | `", stringify!($pname), "` | ", stringify!($pext), " | ", $pfeature, " |")]
        )*)*
        ///
        /// RISC-V vector rows (shape `V`) are named here by their ident: the
        /// mnemonic with `.` as `_` (`vaesem_vv` is `vaesem.vv`); they run
        /// through [`riscv::v::execute`].
        pub mod instructions {}
    };
    (@helper V $archname:literal $title:literal $arch:ident $Arch:ident $name:ident $Var:ident ($($rest:tt)*)) => {
        concat!(
            "| ", $archname, " | ", $title, " | `", stringify!($name), "` | [`VOp::", stringify!($Var),
            "`](crate::riscv::v::VOp::", stringify!($Var), ") | ", $($rest)*
        )
    };
    (@helper $shape:ident $archname:literal $title:literal $arch:ident $Arch:ident $name:ident $Var:ident ($($rest:tt)*)) => {
        concat!(
            "| ", $archname, " | ", $title, " | `", stringify!($name), "` | [`", stringify!($Arch), "::",
            stringify!($name), "`](crate::", stringify!($arch), "::", stringify!($Arch), "::", stringify!($name), ") | ",
            $($rest)*
        )
    };
}
for_each_instruction!(instruction_docs);
