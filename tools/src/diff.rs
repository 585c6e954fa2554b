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
use crypto_insn::vector::{Arch, ArmOp, Op, Value, Width, X86Op, table};
use crypto_insn_testutil::Rng;
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
use crypto_insn_testutil::cross;
use indicatif::{ProgressBar, ProgressStyle};

/// A reference implementation: the op, its immediate and its sources in, the
/// whole destination register out (`None`: no host instruction for this op).
type RefFn = Box<dyn Fn(Op, u8, &[Value]) -> Option<Value>>;

/// The host's reference, if this host can compute ops natively.
pub struct Reference {
    /// What the reference is, for reports.
    pub name: &'static str,
    f: Option<RefFn>,
}

#[cfg(target_arch = "x86_64")]
pub fn host_reference() -> Reference {
    use crypto_insn_testutil::oracle::x86::{Extensions, Oracle};
    let Some(cpu) = Oracle::detect() else {
        return Reference {
            name: "none (this CPU has no AES-NI)",
            f: None,
        };
    };
    let ext = Extensions::detect();
    let f = move |op: Op, imm: u8, v: &[Value]| -> Option<Value> {
        let lane = |i: usize| v.get(i).map_or(0, |x| x.lane(0));
        let (a, b, c) = (lane(0), lane(1), lane(2));
        let sha = |r: u128| ext.sha.then_some(r);
        let x = match op {
            Op::X86(X86Op::Aesenc) => cpu.aesenc(a, b),
            Op::X86(X86Op::Aesenclast) => cpu.aesenclast(a, b),
            Op::X86(X86Op::Aesdec) => cpu.aesdec(a, b),
            Op::X86(X86Op::Aesdeclast) => cpu.aesdeclast(a, b),
            Op::X86(X86Op::Aesimc) => cpu.aesimc(a),
            Op::X86(X86Op::Aeskeygenassist) => cpu.aeskeygenassist(a, imm),
            // Arm on AES-NI, from the identities (not the library's backend).
            Op::Arm(ArmOp::Aese) => cpu.aesenclast(a ^ b, 0),
            Op::Arm(ArmOp::Aesd) => cpu.aesdeclast(a ^ b, 0),
            Op::Arm(ArmOp::Aesmc) => cpu.aesenc(cpu.aesdeclast(a, 0), 0),
            Op::Arm(ArmOp::Aesimc) => cpu.aesimc(a),
            Op::X86(X86Op::Pclmulqdq) if ext.clmul => cpu.pclmulqdq(a, b, imm),
            // PMULL = PCLMULQDQ imm 0x00, PMULL2 = imm 0x11.
            Op::Arm(ArmOp::Pmull) if ext.clmul => cpu.pclmulqdq(a, b, 0x00),
            Op::Arm(ArmOp::Pmull2) if ext.clmul => cpu.pclmulqdq(a, b, 0x11),
            Op::X86(X86Op::Sha1rnds4) => sha(cpu.sha1rnds4(a, b, imm))?,
            Op::X86(X86Op::Sha1nexte)
            | Op::X86(X86Op::Sha1msg1)
            | Op::X86(X86Op::Sha1msg2)
            | Op::X86(X86Op::Sha256msg1)
            | Op::X86(X86Op::Sha256msg2) => sha(cpu.sha2op(op.mnemonic(), a, b))?,
            Op::X86(X86Op::Sha256rnds2) => sha(cpu.sha256rnds2(a, b, c))?,
            // The Arm SHA instructions composed from SHA-NI (`testutil::cross`).
            Op::Arm(ArmOp::Sha1c)
            | Op::Arm(ArmOp::Sha1p)
            | Op::Arm(ArmOp::Sha1m)
            | Op::Arm(ArmOp::Sha1h)
            | Op::Arm(ArmOp::Sha1su0)
            | Op::Arm(ArmOp::Sha1su1)
            | Op::Arm(ArmOp::Sha256h)
            | Op::Arm(ArmOp::Sha256h2)
            | Op::Arm(ArmOp::Sha256su0)
            | Op::Arm(ArmOp::Sha256su1)
                if ext.sha =>
            {
                let sha_ni = |n: &str, a, b, c, i| cpu.sha(n, a, b, c, i);
                cross::arm_from_x86(op.mnemonic(), a, b, c, sha_ni)?
            }
            Op::X86(X86Op::Vaesenc)
            | Op::X86(X86Op::Vaesenclast)
            | Op::X86(X86Op::Vaesdec)
            | Op::X86(X86Op::Vaesdeclast)
            | Op::X86(X86Op::Vpclmulqdq) => {
                return wide_reference(cpu, ext, op, imm, v);
            }
            _ => return None,
        };
        Some(Value::xmm(x))
    };
    Reference {
        name: "host x86 crypto instructions",
        f: Some(Box::new(f)),
    }
}

/// The wide x86 ops: 256-bit registers through the real 256-bit instruction
/// when the CPU has VAES/VPCLMULQDQ, other widths lane by lane through the
/// 128-bit instructions.
#[cfg(target_arch = "x86_64")]
fn wide_reference(
    cpu: crypto_insn_testutil::oracle::x86::Oracle,
    ext: crypto_insn_testutil::oracle::x86::Extensions,
    op: Op,
    imm: u8,
    v: &[Value],
) -> Option<Value> {
    let (s, k) = (v.first()?, v.get(1)?);
    let which = match op {
        Op::X86(X86Op::Vaesenc) => 0,
        Op::X86(X86Op::Vaesenclast) => 1,
        Op::X86(X86Op::Vaesdec) => 2,
        Op::X86(X86Op::Vaesdeclast) => 3,
        _ => 4,
    };
    if s.width() == Width::W256 && ext.wide {
        let (a, b) = ([s.lane(0), s.lane(1)], [k.lane(0), k.lane(1)]);
        let r = if which == 4 {
            cpu.vpclmulqdq256(a, b, imm)
        } else {
            cpu.vaes256(which, a, b)
        };
        return Value::from_lanes(&r);
    }
    if which == 4 && !ext.clmul {
        return None;
    }
    let lanes: Vec<u128> = (0..s.width().lanes())
        .map(|i| {
            let (a, b) = (s.lane(i), k.lane(i));
            match which {
                0 => cpu.aesenc(a, b),
                1 => cpu.aesenclast(a, b),
                2 => cpu.aesdec(a, b),
                3 => cpu.aesdeclast(a, b),
                _ => cpu.pclmulqdq(a, b, imm),
            }
        })
        .collect();
    Value::from_lanes(&lanes)
}

#[cfg(target_arch = "aarch64")]
pub fn host_reference() -> Reference {
    use crypto_insn_testutil::oracle::arm::Oracle;
    let Some(cpu) = Oracle::detect() else {
        return Reference {
            name: "none (this CPU has no FEAT_AES)",
            f: None,
        };
    };
    let pmull = std::arch::is_aarch64_feature_detected!("pmull");
    let sha = std::arch::is_aarch64_feature_detected!("sha2");
    // x86 AESENC & co. on ARMv8, from the identities (not the library's backend).
    let x86_round = move |which: u8, a: u128, b: u128| match which {
        0 => cpu.aesmc(cpu.aese(a, 0)) ^ b,
        1 => cpu.aese(a, 0) ^ b,
        2 => cpu.aesimc(cpu.aesd(a, 0)) ^ b,
        _ => cpu.aesd(a, 0) ^ b,
    };
    // PCLMULQDQ on PMULL: move the selected qwords to the low halves.
    let clmul = move |a: u128, b: u128, imm: u8| {
        let x = if imm & 0x01 == 0 { a } else { a >> 64 };
        let y = if imm & 0x10 == 0 { b } else { b >> 64 };
        cpu.pmull(x, y, false)
    };
    let f = move |op: Op, imm: u8, v: &[Value]| -> Option<Value> {
        let lane = |i: usize| v.get(i).map_or(0, |x| x.lane(0));
        let (a, b, c) = (lane(0), lane(1), lane(2));
        let x = match op {
            Op::Arm(ArmOp::Aese) => cpu.aese(a, b),
            Op::Arm(ArmOp::Aesd) => cpu.aesd(a, b),
            Op::Arm(ArmOp::Aesmc) => cpu.aesmc(a),
            Op::Arm(ArmOp::Aesimc) => cpu.aesimc(a),
            Op::X86(X86Op::Aesenc) => x86_round(0, a, b),
            Op::X86(X86Op::Aesenclast) => x86_round(1, a, b),
            Op::X86(X86Op::Aesdec) => x86_round(2, a, b),
            Op::X86(X86Op::Aesdeclast) => x86_round(3, a, b),
            Op::X86(X86Op::Aesimc) => cpu.aesimc(a),
            Op::X86(X86Op::Aeskeygenassist) => {
                // AESE(a, 0) = ShiftRows(SubBytes(a)); undo the ShiftRows byte
                // moves to read SubWord(X1) and SubWord(X3), then rotate and XOR.
                let y = cpu.aese(a, 0).to_le_bytes();
                let sb = |j: usize| y[(j % 4) + 4 * (((j / 4) + 4 - (j % 4)) % 4)];
                let word = |j: usize| u32::from_le_bytes([sb(j), sb(j + 1), sb(j + 2), sb(j + 3)]);
                let (x1, x3) = (word(4), word(12));
                let r = u32::from(imm);
                crypto_insn::reg::from_dwords([
                    x1,
                    x1.rotate_right(8) ^ r,
                    x3,
                    x3.rotate_right(8) ^ r,
                ])
            }
            Op::Arm(ArmOp::Pmull) if pmull => cpu.pmull(a, b, false),
            Op::Arm(ArmOp::Pmull2) if pmull => cpu.pmull(a, b, true),
            Op::X86(X86Op::Pclmulqdq) if pmull => clmul(a, b, imm),
            Op::Arm(ArmOp::Sha1c)
            | Op::Arm(ArmOp::Sha1p)
            | Op::Arm(ArmOp::Sha1m)
            | Op::Arm(ArmOp::Sha1su0)
            | Op::Arm(ArmOp::Sha256h)
            | Op::Arm(ArmOp::Sha256h2)
            | Op::Arm(ArmOp::Sha256su1)
                if sha =>
            {
                cpu.sha(op.mnemonic(), a, b, c)
            }
            Op::Arm(ArmOp::Sha1su1) | Op::Arm(ArmOp::Sha256su0) if sha => {
                cpu.sha(op.mnemonic(), a, b, 0)
            }
            Op::Arm(ArmOp::Sha1h) if sha => cpu.sha("sha1h", a, 0, 0),
            // The x86 SHA-NI instructions composed from Arm's (`testutil::cross`).
            Op::X86(X86Op::Sha1rnds4)
            | Op::X86(X86Op::Sha1nexte)
            | Op::X86(X86Op::Sha1msg1)
            | Op::X86(X86Op::Sha1msg2)
            | Op::X86(X86Op::Sha256rnds2)
            | Op::X86(X86Op::Sha256msg1)
            | Op::X86(X86Op::Sha256msg2)
                if sha =>
            {
                let arm_sha = |n: &str, d, nn, m| cpu.sha(n, d, nn, m);
                cross::x86_from_arm(op.mnemonic(), a, b, c, imm, arm_sha)?
            }
            Op::X86(X86Op::Vaesenc)
            | Op::X86(X86Op::Vaesenclast)
            | Op::X86(X86Op::Vaesdec)
            | Op::X86(X86Op::Vaesdeclast)
            | Op::X86(X86Op::Vpclmulqdq) => {
                let (s, k) = (v.first()?, v.get(1)?);
                let which = match op {
                    Op::X86(X86Op::Vaesenc) => 0,
                    Op::X86(X86Op::Vaesenclast) => 1,
                    Op::X86(X86Op::Vaesdec) => 2,
                    Op::X86(X86Op::Vaesdeclast) => 3,
                    _ if pmull => 4,
                    _ => return None,
                };
                let lanes: Vec<u128> = (0..s.width().lanes())
                    .map(|i| {
                        if which == 4 {
                            clmul(s.lane(i), k.lane(i), imm)
                        } else {
                            x86_round(which, s.lane(i), k.lane(i))
                        }
                    })
                    .collect();
                return Value::from_lanes(&lanes);
            }
            _ => return None,
        };
        Some(Value::xmm(x))
    };
    Reference {
        name: "host ARMv8 crypto instructions",
        f: Some(Box::new(f)),
    }
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
pub fn host_reference() -> Reference {
    Reference {
        name: "none (no crypto instructions known on this host)",
        f: None,
    }
}

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
        let host = reference.f.as_ref().and_then(|f| f(op, imm, srcs));
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
