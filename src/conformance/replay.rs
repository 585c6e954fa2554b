//! Replaying vector files (the line format of [`crate::vector::line`]).
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::conformance::replay::replay;
//! use crypto_insn::vector::Arch;
//! // Intel AES-NI white paper (Gueron, rev. 3.0), AESENC example: Intel's integer
//! // notation, then the same registers in memory order.
//! let text = "\
//! intel:  aesenc 0x7b5b54657374566563746f725d53475d 0x48692853686179295b477565726f6e5d -> 0xa8311c2f9fdba3c58b104b58ded7e595
//! oracle: aesenc 5d47535d726f74636556747365545b7b 5d6e6f726575475b2979616853286948 -> 95e5d7de584b108bc5a3db9f2f1c31a8
//! ";
//! let report = replay(text, Arch::X86, Soft);
//! assert_eq!(report.per_mnemonic["aesenc"].passed, 2);
//! assert_eq!(report.totals().failed, 0);
//! assert!(report.mismatches.is_empty() && report.malformed.is_empty());
//! ```

use std::collections::BTreeMap;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use crate::backend::Backend;
use crate::vector::{Arch, Parsed, parse_line};

/// Pass/fail/unsupported counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Lines whose result matched.
    pub passed: usize,
    /// Lines whose result differed.
    pub failed: usize,
    /// Lines naming an instruction this build does not evaluate.
    pub unsupported: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.unsupported += other.unsupported;
    }
}

/// A line whose result differed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// 1-based line number.
    pub line: usize,
    /// The mnemonic.
    pub mnemonic: String,
    /// The expected result, in the notation the file used.
    pub expected: String,
    /// What the backend produced, in the same notation.
    pub got: String,
}

/// A line that could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Malformed {
    /// 1-based line number.
    pub line: usize,
    /// Why (with the column).
    pub reason: String,
}

/// The outcome of replaying one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Counts per mnemonic (lowercase).
    pub per_mnemonic: BTreeMap<String, Counts>,
    /// Every mismatch, in file order.
    pub mismatches: Vec<Mismatch>,
    /// Every malformed line, in file order.
    pub malformed: Vec<Malformed>,
}

impl Report {
    /// The totals over all mnemonics.
    #[must_use]
    pub fn totals(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.per_mnemonic.values() {
            t.add(*c);
        }
        t
    }

    /// Adds another report's results (line numbers are kept as they are).
    pub fn merge(&mut self, other: Report) {
        for (k, v) in other.per_mnemonic {
            self.per_mnemonic.entry(k).or_default().add(v);
        }
        self.mismatches.extend(other.mismatches);
        self.malformed.extend(other.malformed);
    }
}

/// Replays the vector lines of `text` for `arch` on `backend`.
///
/// Every instruction line must carry an expected result (`-> ...`); one that
/// does not is reported as malformed, like any line that does not parse.
#[must_use]
pub fn replay<B: Backend>(text: &str, arch: Arch, backend: B) -> Report {
    let mut report = Report::default();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        match parse_line(raw, arch) {
            Ok(Parsed::Blank) => {}
            Ok(Parsed::Unsupported { mnemonic }) => {
                report
                    .per_mnemonic
                    .entry(mnemonic.to_ascii_lowercase())
                    .or_default()
                    .unsupported += 1;
            }
            Ok(Parsed::Insn(line)) => {
                let Some((expected, notation)) = line.expected else {
                    report.malformed.push(Malformed {
                        line: line_no,
                        reason: "no expected result ('-> <result>') to check".to_string(),
                    });
                    continue;
                };
                let got = line.execute(backend);
                let counts = report
                    .per_mnemonic
                    .entry(line.op.mnemonic().to_string())
                    .or_default();
                if got == expected {
                    counts.passed += 1;
                } else {
                    counts.failed += 1;
                    report.mismatches.push(Mismatch {
                        line: line_no,
                        mnemonic: line.op.mnemonic().to_string(),
                        expected: format!("{}", expected.display(notation)),
                        got: format!("{}", got.display(notation)),
                    });
                }
            }
            Err(e) => report.malformed.push(Malformed {
                line: line_no,
                reason: e.to_string(),
            }),
        }
    }
    report
}
