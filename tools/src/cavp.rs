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
///
/// `--json` members after the common ones ([`crate::json`]): `via`,
/// `backend`; `sections`: `{"file", "test", "monte_carlo", "direction",
/// "passed", "failed"}` per ENCRYPT/DECRYPT section of each file; `failures`:
/// `{"file", "line", "count", "message"}` (the first `--max-failures`);
/// `totals`: `{"passed", "failed", "malformed"}`. A file that does not parse
/// is an entry of `errors` with its line.
pub fn run(via: Via, choice: Choice, paths: &[PathBuf], max_failures: usize, json: bool) -> u8 {
    let backend = match choice.resolve() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("crypto-insn: {e}");
            return if json {
                crate::json::usage("cavp", &e.to_string())
            } else {
                2
            };
        }
    };
    let files = match collect(paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return if json {
                crate::json::usage("cavp", &e)
            } else {
                2
            };
        }
    };
    if !json {
        println!("cavp via {via} on backend {backend}");
    }
    let (mut passed, mut failed, mut malformed) = (0usize, 0usize, 0usize);
    let mut shown = 0usize;
    let (mut errors, mut sections, mut failures) = (Vec::new(), Vec::new(), Vec::new());
    for path in &files {
        let file_name = name(path);
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                let why = format!("cannot read: {e}");
                eprintln!("{file_name}: {why}");
                errors.push(crate::json::error(Some(&file_name), None, &why));
                malformed += 1;
                continue;
            }
        };
        let hint = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let parsed = match cavp::parse(&text, hint.as_deref()) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("{file_name}:{}: {}", e.line, e.reason);
                errors.push(crate::json::error(
                    Some(&file_name),
                    Some(e.line),
                    &e.reason,
                ));
                malformed += 1;
                continue;
            }
        };
        let test = parsed.test.clone().unwrap_or_else(|| "?".to_string());
        let monte_carlo = parsed.mode == cavp::Mode::MonteCarlo;
        for s in cavp::run(&parsed, via, backend) {
            if json {
                sections.push(serde_json::json!({
                    "file": file_name,
                    "test": test,
                    "monte_carlo": monte_carlo,
                    "direction": s.direction.as_str(),
                    "passed": s.passed,
                    "failed": s.failed,
                }));
            } else {
                println!(
                    "{file_name} [{}] ({test}{}): {} passed, {} failed",
                    s.direction.as_str(),
                    if monte_carlo { ", Monte Carlo" } else { "" },
                    s.passed,
                    s.failed
                );
            }
            passed += s.passed;
            failed += s.failed;
            for f in &s.failures {
                if shown < max_failures {
                    if json {
                        failures.push(serde_json::json!({
                            "file": file_name,
                            "line": f.line,
                            "count": f.count,
                            "message": f.message,
                        }));
                    } else {
                        println!("{file_name}:{}: COUNT = {}: {}", f.line, f.count, f.message);
                    }
                }
                shown += 1;
            }
        }
    }
    let status = if malformed > 0 {
        2
    } else if failed > 0 {
        1
    } else {
        0
    };
    if json {
        let body = serde_json::json!({
            "via": via.as_str(),
            "backend": backend.to_string(),
            "sections": sections,
            "failures": failures,
            "totals": { "passed": passed, "failed": failed, "malformed": malformed },
        });
        return crate::json::emit("cavp", status, errors, crate::json::members(body));
    }
    if shown > max_failures {
        println!("... and {} more failures", shown - max_failures);
    }
    println!("{passed} passed, {failed} failed");
    status
}
