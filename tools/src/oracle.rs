//! `crypto-insn diff --oracle CMD`: any external program as the reference.
//!
//! # Protocol
//! For every case one request line goes to the oracle's standard input, in the
//! vector line format without a result: `<mnemonic> [0xII] <src>...`, the
//! immediate (when the instruction has one) as `0x` and two hex digits right
//! after the mnemonic, every register as bare memory-order hex at its full width
//! (64 or 128 digits for a wide x86 operand). A RISC-V vector request (`diff
//! --vector`) is a vector line without its result: `<mnemonic> [0xII] [sew=N]
//! [vl=N] [vstart=N] <vd> <vs2> [<vs1> | <rs1>]`, an option left out meaning its
//! default; its answer is `vd`'s group or `illegal`, either one whatever the
//! library computed (a disagreement is a mismatch). The oracle answers one line per
//! request, in order: the result in bare memory-order hex, or the request echoed
//! with `-> <result>`, or `ERR <why>` when it rejects the instruction (counted
//! as a failure and reported). The oracle may buffer its output: requests are
//! written by one thread and answers read by another, so a slow oracle cannot
//! deadlock and a fast one is not held up by a round trip per case.
//!
//! Exit status: 0 every answer agrees; 1 a mismatch or an `ERR` answer; 2 bad
//! usage, or the oracle could not be started, died, fell silent for the timeout
//! or answered something that is not a result (each said so on stderr).
//!
//! Over ssh: `--oracle 'ssh board ./oracle'` runs a program on real hardware;
//! the protocol is plain lines, so anything that passes stdin and stdout works.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::os::unix::process::CommandExt as _;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{RecvTimeoutError, sync_channel};
use std::time::{Duration, Instant};

use crypto_insn::backend::{Backend as _, Dynamic};
use crypto_insn::vector::value::{WidthRule, parse_value_in};
use crypto_insn::vector::{Arch, Notation, Op, RegisterOrder, VOptions, Value, Width};

use crate::diff::{Cases, request};

/// Per-op totals.
struct Totals {
    op: Op,
    cases: u64,
    mismatches: u64,
    errors: u64,
}

/// Why the run stopped early (exit status 2).
enum Fatal {
    Spawn(std::io::Error),
    Died { answered: u64 },
    Timeout { answered: u64, secs: u64 },
    Garbage { case: String, answer: String },
}

/// The result text of an answer line: the whole line, or what follows `->`
/// when the oracle echoed the request; `None` for `ERR ...`.
fn answer_text(line: &str) -> Option<&str> {
    let line = line.trim();
    if line.starts_with("ERR") {
        return None;
    }
    Some(match line.rsplit_once("->") {
        Some((_, r)) => r.trim(),
        None => line,
    })
}

/// Parses one answer: `Ok(Some(value))`, `Ok(None)` for `ERR ...`, `Err(())`
/// for anything else.
fn parse_answer(line: &str, width: Width, order: RegisterOrder) -> Result<Option<Value>, ()> {
    let Some(result) = answer_text(line) else {
        return Ok(None);
    };
    if result == "illegal" && width == Width::Illegal {
        return Ok(Some(Value::illegal()));
    }
    // Bare hex only (the protocol has no `0x` answers), at the result's own
    // width, read by the vector format's parser in the architecture's order.
    let rule = match width {
        Width::W128 => WidthRule::Xmm,
        Width::W256 | Width::W512 => WidthRule::Any,
        Width::W1024 => WidthRule::Group,
        Width::Sve(_) => WidthRule::Sve,
        Width::X32 => WidthRule::Gpr32,
        Width::X64 => WidthRule::Gpr64,
        Width::Illegal => return Err(()),
    };
    if result.starts_with("0x") || result.starts_with("0X") {
        return Err(());
    }
    match parse_value_in(result, rule, order) {
        Ok((v, _)) if v.width() == width => Ok(Some(v)),
        _ => Err(()),
    }
}

/// Parses one answer to a RISC-V vector request: `illegal` (the instruction
/// raised illegal-instruction) or a register group of 1 to 8 registers in
/// memory-order hex, whatever the library's own result is (a group where the
/// library says `illegal`, or the other way round, is a mismatch, not
/// garbage); `ERR ...` as [`parse_answer`].
fn parse_group_answer(line: &str) -> Result<Option<Value>, ()> {
    let Some(result) = answer_text(line) else {
        return Ok(None);
    };
    if result == "illegal" {
        return Ok(Some(Value::illegal()));
    }
    if result.starts_with("0x") || result.starts_with("0X") {
        return Err(());
    }
    match parse_value_in(result, WidthRule::Group, RegisterOrder::Le) {
        Ok((v, _)) => Ok(Some(v)),
        Err(_) => Err(()),
    }
}

/// Runs `cases` cases of every op of `ops` through `cmd` and `backend`.
///
/// `--json`: the members of [`crate::diff::run`]'s object, with `oracle` the
/// command; `ops[].oracle_errors` counts the `ERR` answers; a died, hung or
/// garbage-answering oracle is status 2 with the reason in `errors`.
#[allow(clippy::too_many_arguments)]
pub fn run(
    arch: Arch,
    backend: Dynamic,
    cmd: &str,
    ops: &[Op],
    cases: u64,
    seed: u64,
    max_report: usize,
    timeout: Duration,
    json: bool,
) -> u8 {
    let start = Instant::now();
    // Its own process group, so that a hung oracle's children (a pipeline, an
    // ssh) are killed with it and do not hold our output open.
    let mut child: Child = match Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .process_group(0)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => return report_fatal(cmd, &Fatal::Spawn(e), json),
    };
    let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        return report_fatal(cmd, &Fatal::Died { answered: 0 }, json);
    };
    if !json {
        println!(
            "diff --arch {arch} --oracle {cmd:?}: backend {backend}; seed {seed}; {cases} cases per op"
        );
    }
    // Writer: requests to the oracle, and each case to the comparer.
    let (case_tx, case_rx) = sync_channel::<(usize, u8, Vec<Value>, VOptions)>(1 << 14);
    let ops_w = ops.to_vec();
    let writer = std::thread::spawn(move || {
        let mut w = BufWriter::with_capacity(1 << 16, stdin);
        for (k, &op) in ops_w.iter().enumerate() {
            for (imm, srcs, opts) in Cases::new(op, seed, cases) {
                if writeln!(w, "{}", request(op, imm, &srcs, &opts)).is_err() {
                    return;
                }
                if case_tx.send((k, imm, srcs, opts)).is_err() {
                    return;
                }
            }
        }
        let _ = w.flush();
        // Dropping `w` closes the oracle's stdin: it sees EOF and flushes.
    });
    // Reader: the oracle's answers, line by line.
    let (line_tx, line_rx) = sync_channel::<String>(1 << 14);
    std::thread::spawn(move || {
        for line in BufReader::with_capacity(1 << 16, stdout).lines() {
            match line {
                Ok(l) => {
                    if line_tx.send(l).is_err() {
                        return;
                    }
                }
                Err(_) => return,
            }
        }
    });
    let mut totals: Vec<Totals> = ops
        .iter()
        .map(|&op| Totals {
            op,
            cases: 0,
            mismatches: 0,
            errors: 0,
        })
        .collect();
    let mut reported = 0usize;
    let mut json_lines = Vec::new();
    let bare = Notation::bare(arch.register_order());
    let mut fatal = None;
    for (answered, (k, imm, srcs, opts)) in (0u64..).zip(case_rx.iter()) {
        let op = ops[k];
        let line = match line_rx.recv_timeout(timeout) {
            Ok(l) => l,
            Err(RecvTimeoutError::Timeout) => {
                fatal = Some(Fatal::Timeout {
                    answered,
                    secs: timeout.as_secs(),
                });
                break;
            }
            Err(RecvTimeoutError::Disconnected) => {
                fatal = Some(Fatal::Died { answered });
                break;
            }
        };
        let t = &mut totals[k];
        t.cases += 1;
        let got = op.execute_with(backend, imm, &srcs, &opts);
        let answer = if op.vop().is_some() {
            parse_group_answer(&line)
        } else {
            parse_answer(&line, got.width(), arch.register_order())
        };
        match answer {
            Ok(Some(want)) if want == got => {}
            Ok(Some(want)) => {
                t.mismatches += 1;
                if reported < max_report {
                    reported += 1;
                    let l = format!(
                        "{} -> {}   # oracle; backend {backend} gave {}",
                        request(op, imm, &srcs, &opts),
                        want.display(bare),
                        got.display(bare)
                    );
                    if json {
                        json_lines.push(l);
                    } else {
                        println!("MISMATCH: {l}");
                    }
                }
            }
            Ok(None) => {
                t.errors += 1;
                if reported < max_report {
                    reported += 1;
                    let l = format!("{}   # {}", request(op, imm, &srcs, &opts), line.trim());
                    if json {
                        json_lines.push(format!("{l} (oracle error)"));
                    } else {
                        println!("ORACLE ERROR: {l}");
                    }
                }
            }
            Err(()) => {
                fatal = Some(Fatal::Garbage {
                    case: request(op, imm, &srcs, &opts),
                    answer: line.chars().take(200).collect(),
                });
                break;
            }
        }
    }
    if fatal.is_some() {
        kill_group(&mut child);
    }
    drop(case_rx);
    let _ = writer.join();
    let _ = child.wait();
    if let Some(f) = fatal {
        return report_fatal(cmd, &f, json);
    }
    let secs = start.elapsed().as_secs_f64();
    let all: u64 = totals.iter().map(|t| t.cases).sum();
    let bad: u64 = totals.iter().map(|t| t.mismatches).sum();
    let errs: u64 = totals.iter().map(|t| t.errors).sum();
    if all < cases.saturating_mul(ops.len() as u64) {
        return report_fatal(cmd, &Fatal::Died { answered: all }, json);
    }
    if json {
        let per: Vec<serde_json::Value> = totals
            .iter()
            .map(|t| {
                serde_json::json!({
                    "op": t.op.mnemonic(),
                    "cases": t.cases,
                    "mismatches": t.mismatches,
                    "oracle_errors": t.errors,
                    "host_checked": serde_json::Value::Null,
                })
            })
            .collect();
        let body = serde_json::json!({
            "arch": arch.as_str(),
            "backend": backend.name(),
            "reference": cmd,
            "oracle": cmd,
            "seed": seed,
            "cases_per_op": cases,
            "cases": all,
            "mismatches": bad,
            "oracle_errors": errs,
            "seconds": secs,
            "ops": per,
            "mismatch_lines": json_lines,
        });
        let status = u8::from(bad > 0 || errs > 0);
        return crate::json::emit("diff", status, Vec::new(), crate::json::members(body));
    } else {
        println!(
            "{:<18} {:>14} {:>11} {:>7}",
            "op", "cases", "mismatches", "errors"
        );
        for t in &totals {
            println!(
                "{:<18} {:>14} {:>11} {:>7}",
                t.op.mnemonic(),
                t.cases,
                t.mismatches,
                t.errors
            );
        }
        println!(
            "{all} cases in {secs:.1} s ({}), {bad} mismatches, {errs} oracle errors",
            crate::diff::rate(all as f64 / secs.max(1e-9))
        );
    }
    u8::from(bad > 0 || errs > 0)
}

/// Kills the oracle's process group (and the oracle itself).
fn kill_group(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .stderr(Stdio::null())
        .status();
    let _ = child.kill();
}

/// Says why the oracle run stopped (stderr, and with `--json` the object's
/// `errors`); exit status 2.
fn report_fatal(cmd: &str, f: &Fatal, json: bool) -> u8 {
    let why = match f {
        Fatal::Spawn(e) => format!("cannot start the oracle {cmd:?}: {e}"),
        Fatal::Died { answered } => format!(
            "the oracle {cmd:?} closed its output (it died or stopped answering) after {answered} answers"
        ),
        Fatal::Timeout { answered, secs } => {
            format!("the oracle {cmd:?} gave no answer for {secs} s (after {answered} answers)")
        }
        Fatal::Garbage { case, answer } => format!(
            "the oracle {cmd:?} answered garbage to `{case}`: {answer:?} (expected a result in memory-order hex, `... -> result`, or `ERR why`)"
        ),
    };
    eprintln!("crypto-insn: diff: {why}");
    if json {
        crate::json::usage("diff", &why)
    } else {
        2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_parse() {
        let v = "000102030405060708090a0b0c0d0e0f";
        let want = Value::xmm(0x0f0e_0d0c_0b0a_0908_0706_0504_0302_0100);
        assert_eq!(
            parse_answer(v, Width::W128, RegisterOrder::Le),
            Ok(Some(want))
        );
        assert_eq!(
            parse_answer(
                &format!("aesimc {v} -> {v}"),
                Width::W128,
                RegisterOrder::Le
            ),
            Ok(Some(want))
        );
        assert_eq!(
            parse_answer("ERR no such op", Width::W128, RegisterOrder::Le),
            Ok(None)
        );
        assert_eq!(parse_answer("zz", Width::W128, RegisterOrder::Le), Err(()));
        assert_eq!(parse_answer(v, Width::W256, RegisterOrder::Le), Err(()));
        assert_eq!(parse_answer("", Width::W128, RegisterOrder::Le), Err(()));
        // The protocol's answers are bare hex: a `0x` integer is garbage.
        assert_eq!(
            parse_answer(&format!("0x{v}"), Width::W128, RegisterOrder::Le),
            Err(())
        );
        // RISC-V registers: XLEN/4 memory-order digits; `illegal` where the
        // library says illegal, garbage elsewhere.
        assert_eq!(
            parse_answer("0100000000000000", Width::X64, RegisterOrder::Le),
            Ok(Some(Value::gpr64(1)))
        );
        assert_eq!(
            parse_answer("01000000", Width::X64, RegisterOrder::Le),
            Err(())
        );
        assert_eq!(
            parse_answer("illegal", Width::Illegal, RegisterOrder::Le),
            Ok(Some(Value::illegal()))
        );
        assert_eq!(
            parse_answer("illegal", Width::X64, RegisterOrder::Le),
            Err(())
        );
        // RISC-V vector answers: `illegal` or a group of 1 to 8 registers,
        // whatever the library's result was; other widths are garbage.
        let g = "00112233445566778899aabbccddeeff";
        assert_eq!(parse_group_answer("illegal"), Ok(Some(Value::illegal())));
        assert_eq!(
            parse_group_answer(&format!("vaesem.vv {g} {g} -> illegal")),
            Ok(Some(Value::illegal()))
        );
        assert_eq!(
            parse_group_answer(&format!("{g}{g}")).map(|v| v.map(|v| v.width())),
            Ok(Some(Width::W256))
        );
        assert_eq!(parse_group_answer("ERR vl"), Ok(None));
        assert_eq!(parse_group_answer("0011"), Err(()));
        assert_eq!(parse_group_answer(&format!("0x{g}")), Err(()));
        // POWER: ISA byte order, the integer's own digits.
        assert_eq!(
            parse_answer(v, Width::W128, RegisterOrder::Be),
            Ok(Some(Value::xmm(0x0001_0203_0405_0607_0809_0a0b_0c0d_0e0f)))
        );
    }
}
