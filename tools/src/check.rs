//! `crypto-insn check`.

use std::io::Read;

use crypto_insn::backend::Choice;
use crypto_insn::conformance::replay::{Report, replay};
use crypto_insn::vector::Arch;

/// Reads a file, or stdin for `-`, as UTF-8 text (a leading UTF-8 byte-order
/// mark is dropped); a byte that is not UTF-8 is an error naming its line and
/// column.
pub fn read_input(path: &str) -> Result<String, String> {
    let name = if path == "-" { "<stdin>" } else { path };
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("<stdin>: cannot read: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
    }
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    match std::str::from_utf8(body) {
        Ok(t) => Ok(t.to_string()),
        Err(e) => {
            let before = &body[..e.valid_up_to()];
            let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
            let column = 1 + before.iter().rev().take_while(|&&b| b != b'\n').count();
            Err(format!(
                "{name}:{line}: column {column}: not UTF-8 (byte {:#04x})",
                body[e.valid_up_to()]
            ))
        }
    }
}

/// A message cut to a readable length (a huge line is not echoed whole).
pub fn clip(msg: &str) -> String {
    const MAX: usize = 240;
    if msg.len() <= MAX {
        return msg.to_string();
    }
    let mut end = MAX;
    while !msg.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}... ({} bytes in all)", &msg[..end], msg.len())
}

/// The other architectures for which most of `text`'s instruction lines
/// parse: a hint for a file given the wrong `--arch`.
fn other_arch_hint(text: &str, arch: Arch) -> Option<(Arch, usize)> {
    use crypto_insn::vector::{Parsed, parse_line};
    Arch::ALL
        .iter()
        .filter(|&&a| a != arch)
        .map(|&a| {
            let n = text
                .lines()
                .filter(|l| matches!(parse_line(l, a), Ok(Parsed::Insn(_))))
                .count();
            (a, n)
        })
        .filter(|&(_, n)| n > 0)
        .max_by_key(|&(_, n)| n)
}

/// Prints the per-mnemonic table of a report.
pub fn print_table(report: &Report) {
    println!(
        "{:<18} {:>8} {:>8} {:>12}",
        "mnemonic", "passed", "failed", "unsupported"
    );
    for (m, c) in &report.per_mnemonic {
        println!(
            "{m:<18} {:>8} {:>8} {:>12}",
            c.passed, c.failed, c.unsupported
        );
    }
}

/// Runs `check`; returns the exit status.
///
/// `--json` members after the common ones ([`crate::json`]): `arch`,
/// `backend`; `files`: `{"path", "passed", "failed", "unsupported",
/// "malformed"}` per file; `ops`: `{"mnemonic", "passed", "failed",
/// "unsupported"}` per mnemonic; `mismatches`: `{"file", "line", "mnemonic",
/// "expected", "got"}` (the first `--max-mismatches`); `totals`: `{"passed",
/// "failed", "unsupported", "malformed", "mismatches"}` (all of them, however
/// many were listed). `errors` holds the first `--max-errors` malformed lines
/// of each file.
pub fn run(
    arch: Arch,
    choice: Choice,
    strict: bool,
    max_mismatches: usize,
    max_errors: usize,
    files: &[String],
    json: bool,
) -> u8 {
    let backend = match choice.resolve() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("crypto-insn: {e}");
            return if json {
                crate::json::usage("check", &e.to_string())
            } else {
                2
            };
        }
    };
    let mut errors = Vec::new();
    let mut file_rows = Vec::new();
    let mut mismatch_rows = Vec::new();
    let mut total = Report::default();
    let mut mismatch_lines = Vec::new();
    let mut malformed = 0usize;
    for path in files {
        let name = if path == "-" {
            "<stdin>"
        } else {
            path.as_str()
        };
        let text = match read_input(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                errors.push(crate::json::error(Some(name), None, &e));
                file_rows.push(serde_json::json!({
                    "path": name, "passed": 0, "failed": 0, "unsupported": 0, "malformed": 1
                }));
                malformed += 1;
                continue;
            }
        };
        let report = replay(&text, arch, backend);
        for m in report.malformed.iter().take(max_errors) {
            eprintln!("{name}:{}: {}", m.line, clip(&m.reason));
            errors.push(crate::json::error(
                Some(name),
                Some(m.line),
                &clip(&m.reason),
            ));
        }
        if report.malformed.len() > max_errors {
            eprintln!(
                "{name}: ... and {} more malformed lines (--max-errors {max_errors})",
                report.malformed.len() - max_errors
            );
        }
        if !report.malformed.is_empty() {
            if let Some((other, n)) = other_arch_hint(&text, arch) {
                if n >= report.malformed.len() / 2 {
                    eprintln!(
                        "{name}: hint: {n} of its lines are {other} instructions: is it a `--arch {other}` file?"
                    );
                }
            }
        }
        let t = report.totals();
        let mut file_malformed = report.malformed.len();
        if t.passed + t.failed + t.unsupported == 0 && report.malformed.is_empty() {
            let why = "no instruction lines (an empty input is an error)";
            eprintln!("{name}: {why}");
            errors.push(crate::json::error(Some(name), None, why));
            file_malformed += 1;
        }
        malformed += file_malformed;
        file_rows.push(serde_json::json!({
            "path": name,
            "passed": t.passed,
            "failed": t.failed,
            "unsupported": t.unsupported,
            "malformed": file_malformed,
        }));
        for m in &report.mismatches {
            mismatch_lines.push(format!(
                "{name}:{}: {}: expected {} got {}",
                m.line, m.mnemonic, m.expected, m.got
            ));
            if mismatch_rows.len() < max_mismatches {
                mismatch_rows.push(serde_json::json!({
                    "file": name,
                    "line": m.line,
                    "mnemonic": m.mnemonic,
                    "expected": m.expected,
                    "got": m.got,
                }));
            }
        }
        total.merge(report);
    }
    let t = total.totals();
    let status = if malformed > 0 {
        2
    } else if t.failed > 0 || (strict && t.unsupported > 0) {
        1
    } else {
        0
    };
    if json {
        let ops: Vec<serde_json::Value> = total
            .per_mnemonic
            .iter()
            .map(|(m, c)| {
                serde_json::json!({
                    "mnemonic": m,
                    "passed": c.passed,
                    "failed": c.failed,
                    "unsupported": c.unsupported,
                })
            })
            .collect();
        let body = serde_json::json!({
            "arch": arch.as_str(),
            "backend": backend.to_string(),
            "files": file_rows,
            "ops": ops,
            "mismatches": mismatch_rows,
            "totals": {
                "passed": t.passed,
                "failed": t.failed,
                "unsupported": t.unsupported,
                "malformed": malformed,
                "mismatches": mismatch_lines.len(),
            },
        });
        return crate::json::emit("check", status, errors, crate::json::members(body));
    }
    println!("backend: {backend}");
    print_table(&total);
    for l in mismatch_lines.iter().take(max_mismatches) {
        println!("{l}");
    }
    if mismatch_lines.len() > max_mismatches {
        println!(
            "... and {} more mismatches",
            mismatch_lines.len() - max_mismatches
        );
    }
    println!(
        "{} passed, {} failed, {} unsupported",
        t.passed, t.failed, t.unsupported
    );
    status
}
