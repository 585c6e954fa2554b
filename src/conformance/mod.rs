//! Conformance runners shared by the CLI (`check`, `selftest`) and the tests.
//!
//! - [`replay`]: vector files in the line format of [`crate::vector`] (the
//!   project's `vectors/`, the Intel white-paper examples);
//! - [`fips197`]: FIPS-197 Appendices A-C, round by round;
//! - [`cavp`]: NIST CAVP AESAVS ECB response files (KAT, MMT, MCT).
//!
//! These take file *contents*; reading files is the caller's business. Needs the
//! `std` feature.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend;
//! use crypto_insn::conformance::replay::replay;
//! use crypto_insn::vector::Arch;
//! // Intel CLMUL white paper (Gueron/Kounavis, rev. 2.02), PCLMULQDQ imm 0x00,
//! // in Intel's integer notation.
//! let text = "pclmulqdq 0x00 0x48692853686179295b477565726f6e5d \
//!             0x7b5b54657374566563746f725d53475d -> 0x1d4d84c85c3440c0929633d5d36f0451";
//! // The same file on every backend this host has.
//! for b in backend::available() {
//!     let report = replay(text, Arch::X86, b);
//!     assert_eq!(report.totals().passed, 1, "{b}");
//!     assert!(report.mismatches.is_empty() && report.malformed.is_empty());
//! }
//! ```

pub mod cavp;
pub mod fips197;
pub mod replay;

use core::fmt;
use std::string::String;

/// A malformed input file: the 1-based line and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl FileError {
    /// A new error.
    #[must_use]
    pub fn new(line: usize, reason: String) -> Self {
        FileError { line, reason }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.reason)
    }
}

impl std::error::Error for FileError {}
