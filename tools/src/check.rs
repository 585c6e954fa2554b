//! `crypto-insn check`.

use std::io::Read;

use crypto_insn::backend::Choice;
use crypto_insn::conformance::replay::{Report, replay};
use crypto_insn::vector::Arch;

/// Reads a file, or stdin for `-`.
pub fn read_input(path: &str) -> Result<String, String> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("<stdin>: cannot read: {e}"))?;
        Ok(s)
    } else {
        std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))
    }
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
pub fn run(
    arch: Arch,
    choice: Choice,
    strict: bool,
    max_mismatches: usize,
    files: &[String],
) -> u8 {
    let backend = match choice.resolve() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("crypto-insn: {e}");
            return 2;
        }
    };
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
                malformed += 1;
                continue;
            }
        };
        let report = replay(&text, arch, backend);
        for m in &report.malformed {
            eprintln!("{name}:{}: {}", m.line, m.reason);
        }
        malformed += report.malformed.len();
        for m in &report.mismatches {
            mismatch_lines.push(format!(
                "{name}:{}: {}: expected {} got {}",
                m.line, m.mnemonic, m.expected, m.got
            ));
        }
        total.merge(report);
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
    let t = total.totals();
    println!(
        "{} passed, {} failed, {} unsupported",
        t.passed, t.failed, t.unsupported
    );
    if malformed > 0 {
        2
    } else if t.failed > 0 || (strict && t.unsupported > 0) {
        1
    } else {
        0
    }
}
