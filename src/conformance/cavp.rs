//! NIST CAVP AESAVS response files (`.rsp`) for ECB: GFSbox, KeySbox, VarKey,
//! VarTxt, MMT and MCT.
//!
//! Format: `#` comment lines (the header names the test: `# AESVS MCT test data
//! for ECB`), section headers `[ENCRYPT]` / `[DECRYPT]`, and records of
//! `NAME = value` lines (`COUNT`, `KEY`, `PLAINTEXT`, `CIPHERTEXT`) separated by
//! blank lines. CRLF and LF line endings are both accepted.
//!
//! Known-answer (KAT) and multi-block (MMT) records are checked block by block.
//! Monte-Carlo (MCT) records run the AESAVS ECB algorithm (section 6.4.1 of
//! "The Advanced Encryption Standard Algorithm Validation Suite"): 1000 chained
//! encryptions (or decryptions) per record, then the next key is the old key
//! XOR the last ciphertext bits (`CT[999]` for AES-128, the last 64 bits of
//! `CT[998]` followed by `CT[999]` for AES-192, `CT[998] || CT[999]` for AES-256) and
//! the next input is `CT[999]`. Each record is checked on its own and the chain
//! between records is checked too.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::compose::Via;
//! use crypto_insn::conformance::cavp::{self, Mode};
//! // FIPS-197 Appendix C.1 (AES-128) as a CAVP known-answer record.
//! let rsp = "\
//! [ENCRYPT]
//!
//! COUNT = 0
//! KEY = 000102030405060708090a0b0c0d0e0f
//! PLAINTEXT = 00112233445566778899aabbccddeeff
//! CIPHERTEXT = 69c4e0d86a7b0430d8cdb78070b4c55a
//! ";
//! let file = cavp::parse(rsp, Some("ECBGFSbox128.rsp"))?; // no header: the mode from the name
//! assert_eq!((file.mode, file.records()), (Mode::Direct, 1));
//! for via in Via::ALL {
//!     let sections = cavp::run(&file, via, Soft);
//!     assert_eq!((sections[0].passed, sections[0].failed), (1, 0), "{via}");
//! }
//! # Ok::<(), crypto_insn::conformance::FileError>(())
//! ```

use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use super::FileError;
use crate::backend::Backend;
use crate::compose::{Composed, Via};
use crate::reg;

/// `[ENCRYPT]` or `[DECRYPT]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// PLAINTEXT -> CIPHERTEXT.
    Encrypt,
    /// CIPHERTEXT -> PLAINTEXT.
    Decrypt,
}

impl Direction {
    /// `ENCRYPT` / `DECRYPT`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Encrypt => "ENCRYPT",
            Direction::Decrypt => "DECRYPT",
        }
    }
}

/// How a file's records are evaluated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Each record: one encryption/decryption per block (KAT, MMT).
    Direct,
    /// Each record: the AESAVS Monte-Carlo chain of 1000 operations.
    MonteCarlo,
}

/// One `COUNT = ...` record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Line of the `COUNT` (or first) field.
    pub line: usize,
    /// The COUNT value.
    pub count: u64,
    /// KEY bytes (16, 24 or 32).
    pub key: Vec<u8>,
    /// PLAINTEXT blocks as register values.
    pub plaintext: Vec<u128>,
    /// CIPHERTEXT blocks as register values.
    pub ciphertext: Vec<u128>,
}

/// A `[ENCRYPT]` or `[DECRYPT]` section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Line of the section header.
    pub line: usize,
    /// Which way the records go.
    pub direction: Direction,
    /// The records, in file order.
    pub records: Vec<Record>,
}

/// A parsed response file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    /// The test name from the header (`GFSbox`, `MCT`, ...), if there is one.
    pub test: Option<String>,
    /// How records are evaluated.
    pub mode: Mode,
    /// The sections.
    pub sections: Vec<Section>,
}

impl File {
    /// Number of records in all sections.
    #[must_use]
    pub fn records(&self) -> usize {
        self.sections.iter().map(|s| s.records.len()).sum()
    }
}

/// Record fields gathered so far.
#[derive(Default)]
struct Partial {
    line: usize,
    count: Option<u64>,
    key: Option<Vec<u8>>,
    plaintext: Option<Vec<u128>>,
    ciphertext: Option<Vec<u128>>,
}

impl Partial {
    fn is_empty(&self) -> bool {
        self.count.is_none()
            && self.key.is_none()
            && self.plaintext.is_none()
            && self.ciphertext.is_none()
    }

    fn finish(self) -> Result<Record, FileError> {
        let missing = |what: &str| FileError::new(self.line, format!("record has no {what}"));
        let key = self.key.clone().ok_or_else(|| missing("KEY"))?;
        let plaintext = self.plaintext.clone().ok_or_else(|| missing("PLAINTEXT"))?;
        let ciphertext = self
            .ciphertext
            .clone()
            .ok_or_else(|| missing("CIPHERTEXT"))?;
        if plaintext.len() != ciphertext.len() {
            return Err(FileError::new(
                self.line,
                format!(
                    "PLAINTEXT has {} blocks but CIPHERTEXT has {}",
                    plaintext.len(),
                    ciphertext.len()
                ),
            ));
        }
        Ok(Record {
            line: self.line,
            count: self.count.ok_or_else(|| missing("COUNT"))?,
            key,
            plaintext,
            ciphertext,
        })
    }
}

fn hex_bytes(line: usize, name: &str, value: &str) -> Result<Vec<u8>, FileError> {
    if value.len() % 2 != 0 {
        return Err(FileError::new(
            line,
            format!("{name} has an odd number of hex digits ({})", value.len()),
        ));
    }
    let mut out = std::vec![0u8; value.len() / 2];
    reg::parse_mem_bytes(value, &mut out).map_err(|e| {
        FileError::new(
            line,
            format!("{name}: {e} (column {} of the value)", e.column + 1),
        )
    })?;
    Ok(out)
}

fn blocks(line: usize, name: &str, value: &str) -> Result<Vec<u128>, FileError> {
    let bytes = hex_bytes(line, name, value)?;
    if bytes.is_empty() || bytes.len() % 16 != 0 {
        return Err(FileError::new(
            line,
            format!(
                "{name} must be a whole number of 16-byte blocks, found {} bytes",
                bytes.len()
            ),
        ));
    }
    Ok(bytes
        .chunks_exact(16)
        .map(|c| {
            let mut b = [0u8; 16];
            b.copy_from_slice(c);
            reg::from_bytes(b)
        })
        .collect())
}

/// Parses a response file. `name_hint` (the file name, if any) decides the mode
/// when the header does not name the test.
///
/// # Errors
/// [`FileError`] with the line of the first malformed line.
pub fn parse(text: &str, name_hint: Option<&str>) -> Result<File, FileError> {
    let mut test = None;
    let mut sections: Vec<Section> = Vec::new();
    let mut cur = Partial::default();

    let flush = |cur: &mut Partial, sections: &mut Vec<Section>| -> Result<(), FileError> {
        let done = core::mem::take(cur);
        if done.is_empty() {
            return Ok(());
        }
        let line = done.line;
        let record = done.finish()?;
        match sections.last_mut() {
            Some(s) => {
                s.records.push(record);
                Ok(())
            }
            None => Err(FileError::new(
                line,
                "record before any [ENCRYPT] or [DECRYPT] section".to_string(),
            )),
        }
    };

    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim_end_matches('\r').trim();
        if line.is_empty() {
            flush(&mut cur, &mut sections)?;
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            // "# AESVS MCT test data for ECB"
            let words: Vec<&str> = comment.split_whitespace().collect();
            if let Some(p) = words.iter().position(|w| *w == "AESVS") {
                if words.get(p + 2) == Some(&"test") {
                    test = words.get(p + 1).map(|w| (*w).to_string());
                }
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            flush(&mut cur, &mut sections)?;
            let direction = match rest.strip_suffix(']') {
                Some("ENCRYPT") => Direction::Encrypt,
                Some("DECRYPT") => Direction::Decrypt,
                _ => {
                    return Err(FileError::new(
                        line_no,
                        format!(
                            "unknown section '{}' (expected [ENCRYPT] or [DECRYPT])",
                            line.escape_debug()
                        ),
                    ));
                }
            };
            sections.push(Section {
                line: line_no,
                direction,
                records: Vec::new(),
            });
            continue;
        }
        let Some((name, value)) = line.split_once('=') else {
            return Err(FileError::new(
                line_no,
                format!("expected 'NAME = value', found '{}'", line.escape_debug()),
            ));
        };
        let (name, value) = (name.trim(), value.trim());
        if cur.is_empty() {
            cur.line = line_no;
        }
        let duplicate = || FileError::new(line_no, format!("{name} given twice in one record"));
        match name {
            "COUNT" => {
                if cur.count.is_some() {
                    return Err(duplicate());
                }
                cur.count = Some(value.parse::<u64>().map_err(|_| {
                    FileError::new(
                        line_no,
                        format!("COUNT '{}' is not a number", value.escape_debug()),
                    )
                })?);
            }
            "KEY" => {
                if cur.key.is_some() {
                    return Err(duplicate());
                }
                let key = hex_bytes(line_no, name, value)?;
                if !matches!(key.len(), 16 | 24 | 32) {
                    return Err(FileError::new(
                        line_no,
                        format!("KEY must be 16, 24 or 32 bytes, found {}", key.len()),
                    ));
                }
                cur.key = Some(key);
            }
            "PLAINTEXT" => {
                if cur.plaintext.is_some() {
                    return Err(duplicate());
                }
                cur.plaintext = Some(blocks(line_no, name, value)?);
            }
            "CIPHERTEXT" => {
                if cur.ciphertext.is_some() {
                    return Err(duplicate());
                }
                cur.ciphertext = Some(blocks(line_no, name, value)?);
            }
            _ => {
                return Err(FileError::new(
                    line_no,
                    format!(
                        "unknown field '{}' (expected COUNT, KEY, PLAINTEXT or CIPHERTEXT)",
                        name.escape_debug()
                    ),
                ));
            }
        }
    }
    flush(&mut cur, &mut sections)?;
    if sections.iter().all(|s| s.records.is_empty()) {
        return Err(FileError::new(
            text.lines().count().max(1),
            "no records found".to_string(),
        ));
    }
    let is_mct = match &test {
        Some(t) => t == "MCT",
        None => name_hint.is_some_and(|n| n.contains("MCT")),
    };
    if is_mct {
        for s in &sections {
            // AESAVS 6.4.1: 100 chained records (COUNT 0-99) per direction; a
            // file cut at a record boundary would otherwise pass its first ones.
            let counts_ok = s
                .records
                .iter()
                .enumerate()
                .all(|(i, r)| r.count == i as u64);
            if !s.records.is_empty() && (s.records.len() != MCT_RECORDS || !counts_ok) {
                let last = s.records.last().map_or(s.line, |r| r.line);
                return Err(FileError::new(
                    last,
                    format!(
                        "a Monte-Carlo section has {} records with COUNT {}..{}, AESAVS MCT has {MCT_RECORDS} (COUNT 0-99): the file is incomplete",
                        s.records.len(),
                        s.records.first().map_or(0, |r| r.count),
                        s.records.last().map_or(0, |r| r.count)
                    ),
                ));
            }
            for r in &s.records {
                if r.plaintext.len() != 1 {
                    return Err(FileError::new(
                        r.line,
                        "a Monte-Carlo record has exactly one block".to_string(),
                    ));
                }
            }
        }
    }
    Ok(File {
        test,
        mode: if is_mct {
            Mode::MonteCarlo
        } else {
            Mode::Direct
        },
        sections,
    })
}

/// Records in one direction of an AESAVS Monte-Carlo file (AESAVS 6.4.1).
pub const MCT_RECORDS: usize = 100;

/// A record whose result differed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// Line of the record.
    pub line: usize,
    /// COUNT of the record.
    pub count: u64,
    /// What differed.
    pub message: String,
}

/// Results of one section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionReport {
    /// ENCRYPT or DECRYPT.
    pub direction: Direction,
    /// Line of the section header.
    pub line: usize,
    /// Records that passed.
    pub passed: usize,
    /// Records that failed (see `failures`).
    pub failed: usize,
    /// Details of the failures.
    pub failures: Vec<Failure>,
}

/// The AESAVS ECB Monte-Carlo step for one record: returns `(CT[998], CT[999])`.
fn monte_carlo<B: Backend>(c: &Composed<B>, direction: Direction, input: u128) -> (u128, u128) {
    let mut prev = 0;
    let mut x = input;
    for _ in 0..1000 {
        prev = x;
        x = match direction {
            Direction::Encrypt => c.encrypt(x),
            Direction::Decrypt => c.decrypt(x),
        };
    }
    (prev, x)
}

/// The AESAVS next key: `Key[i+1] = Key[i] XOR` the last `len(key)` bytes of
/// `CT[998] || CT[999]` (in byte order).
fn next_key(key: &[u8], ct998: u128, ct999: u128) -> Vec<u8> {
    let mut tail = [0u8; 32];
    tail[..16].copy_from_slice(&reg::to_bytes(ct998));
    tail[16..].copy_from_slice(&reg::to_bytes(ct999));
    let t = &tail[32 - key.len()..];
    key.iter().zip(t).map(|(k, x)| k ^ x).collect()
}

/// Runs every record of `file` through the composition `via` on `backend`.
#[must_use]
pub fn run<B: Backend>(file: &File, via: Via, backend: B) -> Vec<SectionReport> {
    let mut out = Vec::new();
    for s in &file.sections {
        let mut rep = SectionReport {
            direction: s.direction,
            line: s.line,
            passed: 0,
            failed: 0,
            failures: Vec::new(),
        };
        let mut chain: Option<(Vec<u8>, u128)> = None;
        for r in &s.records {
            let (inputs, outputs) = match s.direction {
                Direction::Encrypt => (&r.plaintext, &r.ciphertext),
                Direction::Decrypt => (&r.ciphertext, &r.plaintext),
            };
            let mut problems: Vec<String> = Vec::new();
            match Composed::new(via, backend, &r.key) {
                Err(e) => problems.push(e.to_string()),
                Ok(c) => match file.mode {
                    Mode::Direct => {
                        for (b, (i, o)) in inputs.iter().zip(outputs).enumerate() {
                            let got = match s.direction {
                                Direction::Encrypt => c.encrypt(*i),
                                Direction::Decrypt => c.decrypt(*i),
                            };
                            if got != *o {
                                problems.push(format!(
                                    "block {b}: expected {} got {}",
                                    reg::MemHex(*o),
                                    reg::MemHex(got)
                                ));
                            }
                        }
                    }
                    Mode::MonteCarlo => {
                        if let Some((key, input)) = &chain {
                            if *key != r.key {
                                problems.push(
                                    "KEY is not the previous record's derived key".to_string(),
                                );
                            }
                            if *input != inputs[0] {
                                problems
                                    .push("input is not the previous record's output".to_string());
                            }
                        }
                        let (ct998, ct999) = monte_carlo(&c, s.direction, inputs[0]);
                        if ct999 != outputs[0] {
                            problems.push(format!(
                                "after 1000 iterations: expected {} got {}",
                                reg::MemHex(outputs[0]),
                                reg::MemHex(ct999)
                            ));
                        }
                        chain = Some((next_key(&r.key, ct998, ct999), ct999));
                    }
                },
            }
            if problems.is_empty() {
                rep.passed += 1;
            } else {
                rep.failed += 1;
                rep.failures.push(Failure {
                    line: r.line,
                    count: r.count,
                    message: problems.join("; "),
                });
            }
        }
        out.push(rep);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_line() {
        let e = parse("[ENCRYPT]\nCOUNT = 0\nKEY = 00\n", None).unwrap_err();
        assert_eq!(e.line, 3);
        let e = parse("COUNT = 0\r\n", None).unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse("[ENCRYPT]\r\n\r\nCOUNT = x\r\n", None).unwrap_err();
        assert_eq!(e.line, 3);
        let e = parse("[FOO]\n", None).unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse(
            "[ENCRYPT]\nCOUNT = 0\nKEY = 00000000000000000000000000000000\nPLAINTEXT = 00\n",
            None,
        )
        .unwrap_err();
        assert_eq!(e.line, 4);
        let e = parse("", None).unwrap_err();
        assert!(e.reason.contains("no records"));
    }

    #[test]
    fn mct_next_key_uses_the_tail() {
        let key = [0u8; 24];
        let k = next_key(&key, 0x0f0e0d0c0b0a09080706050403020100, 0);
        // The last 8 bytes of CT[998] (bytes 8..16) then CT[999].
        assert_eq!(&k[..8], &[8, 9, 10, 11, 12, 13, 14, 15]);
        assert_eq!(&k[8..], &[0; 16]);
    }
}
