//! Conformance runners shared by the CLI (`check`, `selftest`) and the tests.
//!
//! - [`replay`]: vector files in the line format of [`crate::vector`] (the
//!   project's `vectors/`, the Intel white-paper examples);
//! - [`fips197`]: FIPS-197 Appendices A-C, round by round;
//! - [`cavp`]: NIST CAVP AESAVS ECB response files (KAT, MMT, MCT).
//!
//! These take file *contents*; reading files is the caller's business. Needs the
//! `std` feature.

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
