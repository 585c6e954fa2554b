//! FIPS-197 Appendices A, B and C, round by round.
//!
//! Reads the format of `shared/vectors/fips197/aes{128,192,256}.txt`:
//! `<table> <round-or-index> <label> <hex>` (hex in FIPS byte order), where the
//! tables are `A.n` (key expansion), `B` (cipher example), `C.n` (example key and
//! plaintext) and `C.n.cipher` / `C.n.invcipher` / `C.n.eqinvcipher` (the
//! round-by-round listings, with FIPS's labels).
//!
//! Every value in the file is checked against the steps of [`crate::aes`], the
//! fragments of the given backend, the x86 and Arm helpers (round by round), the
//! key schedule, and the whole cipher through each [`crate::compose::Via`].
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::conformance::fips197;
//! // FIPS-197 Appendix A.1: the key and the expansion of w[4].
//! let text = "\
//! A.1  -  key      2b7e151628aed2a6abf7158809cf4f3c
//! A.1  4  temp     09cf4f3c
//! A.1  4  rotword  cf4f3c09
//! A.1  4  subword  8a84eb01
//! A.1  4  rcon     01000000
//! A.1  4  xorrcon  8b84eb01
//! A.1  4  w_nk     2b7e1516
//! A.1  4  w        a0fafe17
//! ";
//! let report = fips197::check(text, Soft)?;
//! assert_eq!((report.values, report.values_checked), (8, 8));
//! assert!(report.failures.is_empty());
//! // A wrong value is a failure at its line.
//! let bad = text.replace("a0fafe17", "a0fafe18");
//! assert_eq!(fips197::check(&bad, Soft)?.failures[0].line, 8);
//! # Ok::<(), crypto_insn::conformance::FileError>(())
//! ```

use std::collections::BTreeMap;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use super::FileError;
use crate::aes::{self, KeySchedule};
use crate::arm::Arm;
use crate::backend::Backend;
use crate::compose::{Composed, Via};
use crate::reg::{self, MemHex};
use crate::x86::X86;

/// One value of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// 1-based line number.
    pub line: usize,
    /// The table (`A.1`, `B`, `C.2.eqinvcipher`, ...).
    pub table: String,
    /// Round or word index; `None` for `-`.
    pub index: Option<usize>,
    /// FIPS's label (`s_box`, `k_sch`, `w`, ...).
    pub label: String,
    /// The bytes, in FIPS order.
    pub bytes: Vec<u8>,
}

/// Parses the whole file.
///
/// # Errors
/// [`FileError`] with the line of the first malformed record.
pub fn parse(text: &str) -> Result<Vec<Record>, FileError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let code = raw.split('#').next().unwrap_or("");
        let fields: Vec<&str> = code.split_ascii_whitespace().collect();
        if fields.is_empty() {
            continue;
        }
        let [table, index, label, hex] = fields[..] else {
            return Err(FileError::new(
                line,
                format!(
                    "expected 4 fields '<table> <index> <label> <hex>', found {}",
                    fields.len()
                ),
            ));
        };
        let index = if index == "-" {
            None
        } else {
            Some(index.parse::<usize>().map_err(|_| {
                FileError::new(
                    line,
                    format!(
                        "index '{}' is neither a number nor '-'",
                        index.escape_debug()
                    ),
                )
            })?)
        };
        if hex.len() % 2 != 0 || hex.is_empty() || hex.len() > 64 {
            return Err(FileError::new(
                line,
                format!(
                    "hex value of {} digits (need an even number, 2 to 64)",
                    hex.len()
                ),
            ));
        }
        let mut bytes = std::vec![0u8; hex.len() / 2];
        reg::parse_mem_bytes(hex, &mut bytes)
            .map_err(|e| FileError::new(line, format!("bad hex: {e}")))?;
        out.push(Record {
            line,
            table: table.to_string(),
            index,
            label: label.to_string(),
            bytes,
        });
    }
    Ok(out)
}

/// One check that failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// 1-based line of the expected value.
    pub line: usize,
    /// What was checked and what came out.
    pub message: String,
}

/// The outcome of checking one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Values read from the file.
    pub values: usize,
    /// Values that at least one check compared against.
    pub values_checked: usize,
    /// Individual comparisons made.
    pub checks: usize,
    /// Comparisons that failed.
    pub failures: Vec<Failure>,
}

/// Index of the records: (table, index, label) -> record position.
struct Index<'a> {
    records: &'a [Record],
    by_key: BTreeMap<(&'a str, Option<usize>, &'a str), usize>,
    used: Vec<bool>,
    report: Report,
}

impl<'a> Index<'a> {
    fn new(records: &'a [Record]) -> Self {
        let mut by_key = BTreeMap::new();
        for (i, r) in records.iter().enumerate() {
            by_key.insert((r.table.as_str(), r.index, r.label.as_str()), i);
        }
        Index {
            records,
            by_key,
            used: std::vec![false; records.len()],
            report: Report {
                values: records.len(),
                ..Report::default()
            },
        }
    }

    fn find(&self, table: &str, index: Option<usize>, label: &str) -> Option<&'a Record> {
        self.by_key
            .get(&(table, index, label))
            .map(|&i| &self.records[i])
    }

    fn block(&self, table: &str, index: Option<usize>, label: &str) -> Option<(u128, usize)> {
        let r = self.find(table, index, label)?;
        let b: [u8; 16] = r.bytes.as_slice().try_into().ok()?;
        Some((reg::from_bytes(b), r.line))
    }

    fn word(&self, table: &str, index: usize, label: &str) -> Option<(u32, usize)> {
        let r = self.find(table, Some(index), label)?;
        let b: [u8; 4] = r.bytes.as_slice().try_into().ok()?;
        Some((u32::from_le_bytes(b), r.line))
    }

    fn mark(&mut self, line: usize) {
        if let Some(i) = self.records.iter().position(|r| r.line == line) {
            if !self.used[i] {
                self.used[i] = true;
                self.report.values_checked += 1;
            }
        }
    }

    /// Compares a computed value with the file's value at `line`.
    fn expect<T: PartialEq + Copy>(
        &mut self,
        line: usize,
        what: &str,
        got: T,
        want: T,
        show: impl Fn(T) -> String,
    ) {
        self.mark(line);
        self.report.checks += 1;
        if got != want {
            self.report.failures.push(Failure {
                line,
                message: format!("{what}: expected {} got {}", show(want), show(got)),
            });
        }
    }

    fn expect_block(&mut self, line: usize, what: &str, got: u128, want: u128) {
        self.expect(line, what, got, want, |v| MemHex(v).to_string());
    }

    fn expect_word(&mut self, line: usize, what: &str, got: u32, want: u32) {
        self.expect(line, what, got, want, |v| {
            let b = v.to_le_bytes();
            format!("{:02x}{:02x}{:02x}{:02x}", b[0], b[1], b[2], b[3])
        });
    }

    fn missing(&mut self, table: &str, what: &str) {
        self.report.failures.push(Failure {
            line: 0,
            message: format!("table {table}: missing {what}"),
        });
    }
}

/// Checks the key-expansion table `A.n` against [`KeySchedule`] and the steps.
fn check_key_expansion<B: Backend>(ix: &mut Index<'_>, table: &str, backend: B) {
    let Some(key) = ix.find(table, None, "key") else {
        ix.missing(table, "the key");
        return;
    };
    let key_line = key.line;
    let key_bytes = key.bytes.clone();
    let ks = match KeySchedule::with_backend(backend, &key_bytes) {
        Ok(ks) => ks,
        Err(e) => {
            ix.report.failures.push(Failure {
                line: key_line,
                message: e.to_string(),
            });
            return;
        }
    };
    ix.mark(key_line);
    let nk = ks.size().nk();
    let total = 4 * (ks.rounds() + 1);
    for i in 0..total {
        let at = |l: &str| format!("{table} w[{i}] {l}");
        let w_i = ks.word(i).unwrap_or(0);
        if let Some((w, line)) = ix.word(table, i, "w") {
            ix.expect_word(line, &at("w (KeySchedule)"), w_i, w);
        }
        if i < nk {
            continue;
        }
        if let Some((t, line)) = ix.word(table, i, "temp") {
            ix.expect_word(line, &at("temp = w[i-1]"), ks.word(i - 1).unwrap_or(0), t);
        }
        if let Some((wnk, line)) = ix.word(table, i, "w_nk") {
            ix.expect_word(line, &at("w[i-Nk]"), ks.word(i - nk).unwrap_or(0), wnk);
        }
        let temp = ix.word(table, i, "temp").map(|(t, _)| t);
        let rot = ix.word(table, i, "rotword");
        if let (Some(t), Some((r, line))) = (temp, rot) {
            ix.expect_word(line, &at("rot_word(temp)"), aes::rot_word(t), r);
        }
        if let Some((s, line)) = ix.word(table, i, "subword") {
            // SubWord of RotWord(temp) where there is a rotword row, else of temp.
            let input = rot.map(|(r, _)| r).or(temp).unwrap_or(0);
            ix.expect_word(line, &at("sub_word"), aes::sub_word(input), s);
            ix.expect_word(
                line,
                &at("backend sb"),
                backend.sb(u128::from(input)) as u32,
                s,
            );
        }
        if let Some((rc, line)) = ix.word(table, i, "rcon") {
            ix.expect_word(line, &at("RCON"), aes::RCON[i / nk - 1], rc);
        }
        if let (Some((s, _)), Some((rc, _)), Some((x, line))) = (
            ix.word(table, i, "subword"),
            ix.word(table, i, "rcon"),
            ix.word(table, i, "xorrcon"),
        ) {
            ix.expect_word(line, &at("subword ^ rcon"), s ^ rc, x);
        }
    }
}

/// The example's key and input for a cipher table.
fn example<'a>(ix: &Index<'a>, table: &str) -> Option<(&'a [u8], usize)> {
    // "B" holds its own key; "C.n.cipher" takes it from "C.n".
    let base = table.split('.').take(2).collect::<Vec<_>>().join(".");
    let base = if table == "B" { "B".to_string() } else { base };
    let key = ix.find(&base, None, "key")?;
    Some((key.bytes.as_slice(), key.line))
}

fn check_cipher<B: Backend>(ix: &mut Index<'_>, table: &str, backend: B) {
    let Some((key, key_line)) = example(ix, table) else {
        ix.missing(table, "the example key");
        return;
    };
    let Ok(ks) = KeySchedule::with_backend(backend, key) else {
        ix.missing(table, "a valid key");
        return;
    };
    ix.mark(key_line);
    let nr = ks.rounds();
    let x86 = X86(backend);
    let arm = Arm(backend);
    let get = |ix: &Index<'_>, r: usize, l: &str| ix.block(table, Some(r), l);
    let Some((input, in_line)) = get(ix, 0, "input") else {
        ix.missing(table, "round 0 input");
        return;
    };
    ix.mark(in_line);
    if let Some((v, line)) = ix.block(table, None, "input") {
        ix.expect_block(line, &format!("{table} input"), input, v);
    }
    for r in 0..=nr {
        if let Some((k, line)) = get(ix, r, "k_sch") {
            ix.expect_block(
                line,
                &format!("{table} round {r} k_sch"),
                ks.round_keys()[r],
                k,
            );
        }
    }
    let k = |r: usize| ks.round_keys()[r];
    if let Some((s1, line)) = get(ix, 1, "start") {
        ix.expect_block(
            line,
            &format!("{table} round 1 start = input ^ k_sch[0]"),
            aes::add_round_key(input, k(0)),
            s1,
        );
    }
    for r in 1..=nr {
        let at = |l: &str| format!("{table} round {r} {l}");
        let (Some((start, _)), Some((sbox, sbox_line)), Some((srow, srow_line))) = (
            get(ix, r, "start"),
            get(ix, r, "s_box"),
            get(ix, r, "s_row"),
        ) else {
            ix.missing(table, &format!("round {r} start/s_box/s_row"));
            continue;
        };
        ix.expect_block(
            sbox_line,
            &at("s_box = sub_bytes(start)"),
            aes::sub_bytes(start),
            sbox,
        );
        ix.expect_block(
            srow_line,
            &at("s_row = shift_rows(s_box)"),
            aes::shift_rows(sbox),
            srow,
        );
        // Arm: AESE(previous AESMC output, k[r-1]) = s_row.
        let prev = if r == 1 {
            Some(input)
        } else {
            get(ix, r - 1, "m_col").map(|(v, _)| v)
        };
        if let Some(prev) = prev {
            ix.expect_block(
                srow_line,
                &at("s_row = aese(prev, k[r-1])"),
                arm.aese(prev, k(r - 1)),
                srow,
            );
        }
        if r < nr {
            let Some((mcol, mcol_line)) = get(ix, r, "m_col") else {
                ix.missing(table, &format!("round {r} m_col"));
                continue;
            };
            ix.expect_block(
                mcol_line,
                &at("m_col = mix_columns(s_row)"),
                aes::mix_columns(srow),
                mcol,
            );
            ix.expect_block(
                mcol_line,
                &at("m_col = aesmc(s_row)"),
                arm.aesmc(srow),
                mcol,
            );
            if let Some((next, line)) = get(ix, r + 1, "start") {
                let at1 = |l: &str| format!("{table} round {} start = {l}", r + 1);
                ix.expect_block(
                    line,
                    &at1("m_col ^ k_sch"),
                    aes::add_round_key(mcol, k(r)),
                    next,
                );
                ix.expect_block(
                    line,
                    &at1("sb_sr_mc_ak(start, k)"),
                    backend.sb_sr_mc_ak(start, k(r)),
                    next,
                );
                ix.expect_block(
                    line,
                    &at1("aesenc(start, k)"),
                    x86.aesenc(start, k(r)),
                    next,
                );
            }
        } else if let Some((out, line)) = get(ix, r, "output") {
            ix.expect_block(
                line,
                &at("output = s_row ^ k_sch"),
                aes::add_round_key(srow, k(r)),
                out,
            );
            ix.expect_block(
                line,
                &at("output = sb_sr_ak(start, k)"),
                backend.sb_sr_ak(start, k(r)),
                out,
            );
            ix.expect_block(
                line,
                &at("output = aesenclast(start, k)"),
                x86.aesenclast(start, k(r)),
                out,
            );
            for via in Via::ALL {
                match Composed::new(via, backend, key) {
                    Ok(c) => {
                        ix.expect_block(
                            line,
                            &format!("{table} whole cipher via {via}"),
                            c.encrypt(input),
                            out,
                        );
                        ix.expect_block(
                            in_line,
                            &format!("{table} whole inverse via {via}"),
                            c.decrypt(out),
                            input,
                        );
                    }
                    Err(e) => ix.missing(table, &e.to_string()),
                }
            }
        }
    }
}

fn check_inv_cipher<B: Backend>(ix: &mut Index<'_>, table: &str, backend: B) {
    let Some((key, _)) = example(ix, table) else {
        ix.missing(table, "the example key");
        return;
    };
    let Ok(ks) = KeySchedule::with_backend(backend, key) else {
        ix.missing(table, "a valid key");
        return;
    };
    let nr = ks.rounds();
    let arm = Arm(backend);
    let get = |ix: &Index<'_>, r: usize, l: &str| ix.block(table, Some(r), l);
    let Some((input, in_line)) = get(ix, 0, "iinput") else {
        ix.missing(table, "iinput");
        return;
    };
    ix.mark(in_line);
    for r in 0..=nr {
        if let Some((k, line)) = get(ix, r, "ik_sch") {
            ix.expect_block(
                line,
                &format!("{table} round {r} ik_sch = w[Nr - r]"),
                ks.round_keys()[nr - r],
                k,
            );
        }
    }
    let k = |r: usize| ks.round_keys()[nr - r];
    if let Some((s1, line)) = get(ix, 1, "istart") {
        ix.expect_block(
            line,
            &format!("{table} round 1 istart = iinput ^ ik_sch[0]"),
            input ^ k(0),
            s1,
        );
    }
    // Arm's chain: AESD(x, key) with x = AESIMC(is_box[r-1]) and key = AESIMC(ik_sch[r-1]).
    let mut arm_state = input;
    let mut arm_key = k(0);
    for r in 1..=nr {
        let at = |l: &str| format!("{table} round {r} {l}");
        let (Some((start, _)), Some((isrow, isrow_line)), Some((isbox, isbox_line))) = (
            get(ix, r, "istart"),
            get(ix, r, "is_row"),
            get(ix, r, "is_box"),
        ) else {
            ix.missing(table, &format!("round {r} istart/is_row/is_box"));
            continue;
        };
        ix.expect_block(
            isrow_line,
            &at("is_row = inv_shift_rows(istart)"),
            aes::inv_shift_rows(start),
            isrow,
        );
        ix.expect_block(
            isbox_line,
            &at("is_box = inv_sub_bytes(is_row)"),
            aes::inv_sub_bytes(isrow),
            isbox,
        );
        ix.expect_block(
            isbox_line,
            &at("is_box = aesd(state, key) (Arm chain)"),
            arm.aesd(arm_state, arm_key),
            isbox,
        );
        arm_state = arm.aesimc(isbox);
        arm_key = arm.aesimc(k(r));
        if r < nr {
            let Some((add, add_line)) = get(ix, r, "ik_add") else {
                ix.missing(table, &format!("round {r} ik_add"));
                continue;
            };
            ix.expect_block(add_line, &at("ik_add = is_box ^ ik_sch"), isbox ^ k(r), add);
            if let Some((next, line)) = get(ix, r + 1, "istart") {
                let at1 = |l: &str| format!("{table} round {} istart = {l}", r + 1);
                ix.expect_block(
                    line,
                    &at1("inv_mix_columns(ik_add)"),
                    aes::inv_mix_columns(add),
                    next,
                );
                ix.expect_block(
                    line,
                    &at1("isb_isr_ak_imc(istart, k)"),
                    backend.isb_isr_ak_imc(start, k(r)),
                    next,
                );
            }
        } else if let Some((out, line)) = get(ix, r, "ioutput") {
            ix.expect_block(line, &at("ioutput = is_box ^ ik_sch"), isbox ^ k(r), out);
            ix.expect_block(
                line,
                &at("ioutput = isb_isr_ak(istart, k)"),
                backend.isb_isr_ak(start, k(r)),
                out,
            );
        }
    }
}

fn check_eq_inv_cipher<B: Backend>(ix: &mut Index<'_>, table: &str, backend: B) {
    let Some((key, _)) = example(ix, table) else {
        ix.missing(table, "the example key");
        return;
    };
    let Ok(ks) = KeySchedule::with_backend(backend, key) else {
        ix.missing(table, "a valid key");
        return;
    };
    let dks = ks.equivalent_inverse_with(backend);
    let nr = ks.rounds();
    let x86 = X86(backend);
    let get = |ix: &Index<'_>, r: usize, l: &str| ix.block(table, Some(r), l);
    let Some((input, in_line)) = get(ix, 0, "iinput") else {
        ix.missing(table, "iinput");
        return;
    };
    ix.mark(in_line);
    for r in 0..=nr {
        if let Some((k, line)) = get(ix, r, "ik_sch") {
            ix.expect_block(
                line,
                &format!("{table} round {r} ik_sch (equivalent_inverse)"),
                dks.round_keys()[r],
                k,
            );
            if r != 0 && r != nr {
                let fwd = ks.round_keys()[nr - r];
                ix.expect_block(
                    line,
                    &format!("{table} round {r} ik_sch = aesimc(w[Nr - r])"),
                    x86.aesimc(fwd),
                    k,
                );
            }
        }
    }
    let k = |r: usize| dks.round_keys()[r];
    if let Some((s1, line)) = get(ix, 1, "istart") {
        ix.expect_block(
            line,
            &format!("{table} round 1 istart = iinput ^ ik_sch[0]"),
            input ^ k(0),
            s1,
        );
    }
    for r in 1..=nr {
        let at = |l: &str| format!("{table} round {r} {l}");
        let (Some((start, _)), Some((isbox, isbox_line)), Some((isrow, isrow_line))) = (
            get(ix, r, "istart"),
            get(ix, r, "is_box"),
            get(ix, r, "is_row"),
        ) else {
            ix.missing(table, &format!("round {r} istart/is_box/is_row"));
            continue;
        };
        ix.expect_block(
            isbox_line,
            &at("is_box = inv_sub_bytes(istart)"),
            aes::inv_sub_bytes(start),
            isbox,
        );
        ix.expect_block(
            isrow_line,
            &at("is_row = inv_shift_rows(is_box)"),
            aes::inv_shift_rows(isbox),
            isrow,
        );
        if r < nr {
            let Some((imcol, imcol_line)) = get(ix, r, "im_col") else {
                ix.missing(table, &format!("round {r} im_col"));
                continue;
            };
            ix.expect_block(
                imcol_line,
                &at("im_col = inv_mix_columns(is_row)"),
                aes::inv_mix_columns(isrow),
                imcol,
            );
            if let Some((next, line)) = get(ix, r + 1, "istart") {
                let at1 = |l: &str| format!("{table} round {} istart = {l}", r + 1);
                ix.expect_block(line, &at1("im_col ^ ik_sch"), imcol ^ k(r), next);
                ix.expect_block(
                    line,
                    &at1("isb_isr_imc_ak(istart, k)"),
                    backend.isb_isr_imc_ak(start, k(r)),
                    next,
                );
                ix.expect_block(
                    line,
                    &at1("aesdec(istart, k)"),
                    x86.aesdec(start, k(r)),
                    next,
                );
            }
        } else if let Some((out, line)) = get(ix, r, "ioutput") {
            ix.expect_block(line, &at("ioutput = is_row ^ ik_sch"), isrow ^ k(r), out);
            ix.expect_block(
                line,
                &at("ioutput = isb_isr_ak(istart, k)"),
                backend.isb_isr_ak(start, k(r)),
                out,
            );
            ix.expect_block(
                line,
                &at("ioutput = aesdeclast(istart, k)"),
                x86.aesdeclast(start, k(r)),
                out,
            );
        }
    }
}

/// Checks every value of one FIPS-197 appendix file on `backend`.
///
/// # Errors
/// [`FileError`] when the file is malformed.
pub fn check<B: Backend>(text: &str, backend: B) -> Result<Report, FileError> {
    let records = parse(text)?;
    let mut tables: Vec<&str> = Vec::new();
    for r in &records {
        if !tables.contains(&r.table.as_str()) {
            tables.push(r.table.as_str());
        }
    }
    let mut ix = Index::new(&records);
    for table in tables {
        if table.starts_with("A.") {
            check_key_expansion(&mut ix, table, backend);
        } else if table == "B" || table.ends_with(".cipher") {
            check_cipher(&mut ix, table, backend);
        } else if table.ends_with(".eqinvcipher") {
            check_eq_inv_cipher(&mut ix, table, backend);
        } else if table.ends_with(".invcipher") {
            check_inv_cipher(&mut ix, table, backend);
        }
    }
    // The example's own key/plaintext rows are inputs; C.n plaintext must equal
    // the cipher's round-0 input.
    let inputs: Vec<(String, usize, u128)> = records
        .iter()
        .filter(|r| r.label == "plaintext" && r.index.is_none())
        .filter_map(|r| {
            let b: [u8; 16] = r.bytes.as_slice().try_into().ok()?;
            Some((r.table.clone(), r.line, reg::from_bytes(b)))
        })
        .collect();
    for (table, line, p) in inputs {
        if let Some((input, _)) = ix.block(&format!("{table}.cipher"), Some(0), "input") {
            ix.expect_block(line, &format!("{table} plaintext = cipher input"), input, p);
        }
    }
    let mut report = ix.report;
    if report.values_checked < report.values {
        let unchecked: Vec<usize> = records
            .iter()
            .zip(&ix.used)
            .filter(|(_, u)| !**u)
            .map(|(r, _)| r.line)
            .take(5)
            .collect();
        report.failures.push(Failure {
            line: unchecked.first().copied().unwrap_or(0),
            message: format!(
                "{} of {} values were not checked (lines {unchecked:?}...)",
                report.values - report.values_checked,
                report.values
            ),
        });
    }
    Ok(report)
}
