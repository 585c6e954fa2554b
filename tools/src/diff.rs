//! `crypto-insn diff`: random and edge-case differential testing of a backend
//! against this CPU's own instructions.
//!
//! The reference for each case is the host instruction, called through raw
//! `core::arch` intrinsics (`crypto_insn_testutil::oracle`, never the library).
//! For the other architecture's instructions the reference is a composition of
//! host intrinsics written here, from the identities in the manuals (on x86:
//! `AESE(s,k) = AESENCLAST(s^k, 0)`, `AESMC(s) = AESENC(AESDECLAST(s,0), 0)`; on
//! AArch64: `AESENC(s,k) = AESMC(AESE(s,0)) ^ k`, ...; each architecture's SHA
//! instructions from the other's through `crypto_insn_testutil::cross`),
//! independent of the library's native backend. Every case is also compared with the `soft` backend,
//! so a host without the instructions still gets a second implementation.
//!
//! Deterministic for a given seed: the first cases of each op walk a fixed list
//! of edge values, the rest come from SplitMix64.

use std::time::Instant;

use crypto_insn::backend::{Choice, Dynamic};
use crypto_insn::vector::{Arch, Op, Value, Width, table};
use crypto_insn_testutil::Rng;
use indicatif::{ProgressBar, ProgressStyle};

pub use crypto_insn_testutil::reference::{Reference, host_reference};

/// Edge-case register values walked first, in pairs.
fn edges() -> Vec<u128> {
    let mut v = vec![
        0,
        u128::MAX,
        0x0f0e_0d0c_0b0a_0908_0706_0504_0302_0100,
        0x5555_5555_5555_5555_5555_5555_5555_5555,
        0xaaaa_aaaa_aaaa_aaaa_aaaa_aaaa_aaaa_aaaa,
        0x6363_6363_6363_6363_6363_6363_6363_6363,
        0x8080_8080_8080_8080_8080_8080_8080_8080,
        0xffff_ffff_0000_0000_ffff_ffff_0000_0000,
    ];
    v.extend((0..128).step_by(9).map(|i| 1u128 << i));
    v
}

/// The outcome for one op.
pub struct OpResult {
    /// The op.
    pub op: Op,
    /// Cases run.
    pub cases: u64,
    /// Cases that differed.
    pub mismatches: u64,
    /// The first mismatches as replayable vector lines with a comment.
    pub lines: Vec<String>,
}

/// Compares `backend` with the host reference and with `soft` on `cases`
/// deterministic cases of `op`; `progress` is called every 65,536 cases. Wide
/// ops alternate between 128-, 256- and 512-bit registers.
pub fn compare_op(
    reference: &Reference,
    backend: Dynamic,
    op: Op,
    cases: u64,
    seed: u64,
    max_lines: usize,
    progress: &mut dyn FnMut(u64),
) -> OpResult {
    let sig = op.signature();
    let edges = edges();
    let edge_pairs = (edges.len() * edges.len()) as u64;
    let mut rng = Rng::new(seed ^ (op.index() as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let mut out = OpResult {
        op,
        cases: 0,
        mismatches: 0,
        lines: Vec::new(),
    };
    let mut values = [Value::xmm(0); 3];
    for i in 0..cases {
        let width = if sig.wide {
            [Width::W128, Width::W256, Width::W512][(i % 3) as usize]
        } else {
            Width::W128
        };
        for (j, v) in values.iter_mut().enumerate().take(sig.sources) {
            let lanes: Vec<u128> = (0..width.lanes())
                .map(|l| {
                    if i < edge_pairs && l == 0 {
                        let e = i as usize;
                        edges[(e / edges.len().pow(j as u32) + j) % edges.len()]
                    } else {
                        rng.next_reg()
                    }
                })
                .collect();
            *v = Value::from_lanes(&lanes).unwrap_or(Value::xmm(0));
        }
        let srcs = &values[..sig.sources];
        let imm = if sig.imm { (i % 256) as u8 } else { 0 };
        let got = op.execute(backend, imm, srcs);
        let soft = op.execute(Dynamic::Soft, imm, srcs);
        let lanes: Vec<&[u128]> = srcs.iter().map(Value::lanes).collect();
        let host = reference
            .eval(op.arch().as_str(), op.mnemonic(), imm, &lanes)
            .and_then(|l| Value::from_lanes(&l));
        let want = host.unwrap_or(soft);
        out.cases += 1;
        if got != want || soft != want {
            out.mismatches += 1;
            if out.lines.len() < max_lines {
                let imm_text = if sig.imm {
                    format!(" {imm:#04x}")
                } else {
                    String::new()
                };
                let operands: Vec<String> = srcs.iter().map(|s| s.mem().to_string()).collect();
                out.lines.push(format!(
                    "{}{imm_text} {} -> {}   # reference; backend {backend} gave {}, soft gave {}",
                    op.mnemonic(),
                    operands.join(" "),
                    want.mem(),
                    got.mem(),
                    soft.mem()
                ));
            }
        }
        if i % 65_536 == 65_535 {
            progress(65_536);
        }
    }
    progress(cases % 65_536);
    out
}

/// The ops of `arch` named in `list` (comma-separated), or all of them.
pub fn select_ops(arch: Arch, list: Option<&str>) -> Result<Vec<Op>, String> {
    let Some(list) = list else {
        return Ok(table::ops(arch).map(|(_, op, _)| op).collect());
    };
    let mut ops = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match table::lookup(arch, name) {
            table::Lookup::Supported(op, _) => ops.push(op),
            _ => return Err(format!("'{name}' is not a supported {arch} instruction")),
        }
    }
    if ops.is_empty() {
        return Err("no instructions selected".to_string());
    }
    Ok(ops)
}

/// Runs the command; returns the exit status.
pub fn run(
    arch: Arch,
    choice: Choice,
    cases: u64,
    seed: u64,
    ops: Option<&str>,
    max_report: usize,
) -> u8 {
    let backend = match choice.resolve() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("crypto-insn: {e}");
            return 2;
        }
    };
    let selected = match select_ops(arch, ops) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("crypto-insn: diff: {e}");
            return 2;
        }
    };
    let reference = host_reference();
    println!(
        "diff --arch {arch}: backend {backend} against {} and soft; seed {seed}; {cases} cases per op",
        reference.name
    );
    let bar = ProgressBar::new(cases.saturating_mul(selected.len() as u64));
    bar.set_style(
        ProgressStyle::with_template("{elapsed_precise} [{bar:40}] {pos}/{len} {per_sec} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let start = Instant::now();
    let mut results = Vec::new();
    for &op in &selected {
        bar.set_message(op.mnemonic());
        let r = compare_op(&reference, backend, op, cases, seed, max_report, &mut |n| {
            bar.inc(n)
        });
        for l in &r.lines {
            bar.suspend(|| println!("MISMATCH: {l}"));
        }
        results.push(r);
    }
    bar.finish_and_clear();
    let secs = start.elapsed().as_secs_f64();
    println!("{:<18} {:>14} {:>11}", "op", "cases", "mismatches");
    let (mut all, mut bad) = (0u64, 0u64);
    for r in &results {
        println!(
            "{:<18} {:>14} {:>11}",
            r.op.mnemonic(),
            r.cases,
            r.mismatches
        );
        all += r.cases;
        bad += r.mismatches;
    }
    println!(
        "{all} cases in {secs:.1} s ({:.1} M cases/s), {bad} mismatches",
        all as f64 / secs.max(1e-9) / 1e6
    );
    u8::from(bad > 0)
}
