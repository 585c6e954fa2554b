//! `crypto-insn cavp`: NIST CAVP AESAVS ECB response files through a chosen
//! composition of guest instructions.

use std::path::{Path, PathBuf};

use crypto_insn::backend::Choice;
use crypto_insn::compose::Via;
use crypto_insn::conformance::cavp;

/// The `.rsp` files named by `paths` (directories are searched, not recursively),
/// sorted within each directory.
fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| format!("{}: cannot read directory: {e}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "rsp"))
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(format!("{}: no .rsp files", p.display()));
            }
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn name(p: &Path) -> String {
    p.display().to_string()
}

/// Runs the command; returns the exit status (0 all passed, 1 failures, 2
/// malformed or unreadable input).
pub fn run(via: Via, choice: Choice, paths: &[PathBuf], max_failures: usize) -> u8 {
    let backend = match choice.resolve() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("crypto-insn: {e}");
            return 2;
        }
    };
    let files = match collect(paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    println!("cavp via {via} on backend {backend}");
    let (mut passed, mut failed, mut malformed) = (0usize, 0usize, 0usize);
    let mut shown = 0usize;
    for path in &files {
        let file_name = name(path);
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{file_name}: cannot read: {e}");
                malformed += 1;
                continue;
            }
        };
        let hint = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let parsed = match cavp::parse(&text, hint.as_deref()) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("{file_name}:{}: {}", e.line, e.reason);
                malformed += 1;
                continue;
            }
        };
        let test = parsed.test.clone().unwrap_or_else(|| "?".to_string());
        for s in cavp::run(&parsed, via, backend) {
            println!(
                "{file_name} [{}] ({test}{}): {} passed, {} failed",
                s.direction.as_str(),
                if parsed.mode == cavp::Mode::MonteCarlo {
                    ", Monte Carlo"
                } else {
                    ""
                },
                s.passed,
                s.failed
            );
            passed += s.passed;
            failed += s.failed;
            for f in &s.failures {
                if shown < max_failures {
                    println!("{file_name}:{}: COUNT = {}: {}", f.line, f.count, f.message);
                }
                shown += 1;
            }
        }
    }
    if shown > max_failures {
        println!("... and {} more failures", shown - max_failures);
    }
    println!("{passed} passed, {failed} failed");
    if malformed > 0 {
        2
    } else if failed > 0 {
        1
    } else {
        0
    }
}
