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
use crypto_insn::registry::RegWidth;
use crypto_insn::riscv::v::{Sew, VOp};
use crypto_insn::vector::{Arch, Notation, Op, VOptions, Value, Width, table};
use crypto_insn_testutil::Rng;
use indicatif::{ProgressBar, ProgressState, ProgressStyle};

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
    /// Cases the host reference answered (the rest compared with `soft` only).
    pub host_checked: u64,
    /// The first mismatches as replayable vector lines with a comment.
    pub lines: Vec<String>,
}

/// The deterministic cases of one op: first the pairs of a fixed list of edge
/// values (lane 0), then SplitMix64 values seeded by `seed` and the op; every
/// immediate in turn; wide ops alternate between 128-, 256- and 512-bit
/// registers. RISC-V vector ops ([`crypto_insn::registry::Shape::V`]) get
/// random configurations instead ([`Cases::vector`]). The same stream feeds
/// the host comparison and `--oracle`.
pub struct Cases {
    op: Op,
    edges: Vec<u128>,
    rng: Rng,
    i: u64,
    n: u64,
}

impl Cases {
    /// `n` cases of `op` for `seed`.
    #[must_use]
    pub fn new(op: Op, seed: u64, n: u64) -> Cases {
        Cases {
            op,
            edges: edges(),
            rng: Rng::new(seed ^ (op.index() as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)),
            i: 0,
            n,
        }
    }
}

impl Cases {
    /// One case of the RISC-V vector op `v`: the configuration as the vector
    /// line format expresses it, from the op's own metadata ([`VOp::allows`],
    /// [`VOp::egs`], [`VOp::is_widening`], [`VOp::is_vs`], ...), so that
    /// legal and reserved configurations both come up:
    /// - SEW: 3 in 4 cases one the op allows, else any of 8 to 64 (the
    ///   reserved ones are `illegal`), 1 in 32 a width vtype cannot hold
    ///   (128 to 1024: vsew 4 to 7, vill);
    /// - LMUL 1, 2, 4 or 8 (told by `vd`'s width; `vwsll`: source LMUL 1, 2 or
    ///   4, `vd` twice as wide); with SEW and EGS this gives EGW > VLEN x LMUL
    ///   (`vsm3*` at LMUL 1, `vsha2*` at SEW 64 and LMUL 1) as it comes;
    /// - `vl` 0 to VLMAX (never above: vsetvl cannot set it), for element-group
    ///   ops 3 in 4 a multiple of EGS; `vstart` 0, or up to `vl`, or 1 in 16 up
    ///   to 127 (past `vl`), never above 127 (VLEN = 128 gives the `vstart`
    ///   CSR 7 bits), 3 in 4 of the nonzero ones for element-group ops a
    ///   multiple of EGS;
    /// - each option left out (its default) 1 in 16 times;
    /// - every immediate of a `.vi` form in turn;
    /// - `rs1` an XLEN register: random, or 1 in 4 a small shift amount, or a
    ///   value with its top bit set (RV32: sign-extended at SEW 64).
    fn vector(&mut self, v: VOp, i: u64) -> (u8, Vec<Value>, VOptions) {
        let arch = self.op.arch();
        let r = &mut self.rng;
        let allowed: Vec<u32> = [8u32, 16, 32, 64]
            .into_iter()
            .filter(|&b| Sew::from_bits(b).is_some_and(|s| v.allows(s)))
            .collect();
        let pick = r.next_u64();
        let omit = r.next_u64();
        let sew = match pick % 32 {
            // Left out: the format's default (what vl is drawn against).
            _ if omit % 16 == 0 => table::default_sew(v).bits(),
            0 => 128 << ((pick >> 8) % 4),
            1..=7 => 8 << ((pick >> 8) % 4),
            _ => allowed[((pick >> 8) % allowed.len() as u64) as usize],
        };
        let regs: usize = if v.is_widening() {
            1 << (r.next_u64() % 3)
        } else {
            1 << (r.next_u64() % 4)
        };
        let vlmax = if sew <= 64 {
            128 * regs as u64 / u64::from(sew)
        } else {
            0
        };
        let egs = v.egs() as u64;
        let round = |x: u64, r: u64| {
            if egs > 1 && r % 4 != 0 {
                x - x % egs
            } else {
                x
            }
        };
        let k = r.next_u64();
        let vl = round(k % (vlmax + 1), k >> 32);
        let k = r.next_u64();
        // At most 127: at VLEN = 128 the vstart CSR holds 7 bits (the largest
        // element index); QEMU keeps the low 7 of a larger value.
        let vstart = match k % 16 {
            0..=5 => 0,
            6 => (k >> 8) % 128,
            _ => round((k >> 8) % (vl + 1), k >> 40).min(127),
        };
        // `vl=` left out means VLMAX; `vstart=` left out, 0.
        let opts = VOptions {
            sew: (omit % 16 != 0).then_some(sew),
            vl: (vl != vlmax || (omit >> 8) % 16 != 0).then_some(vl as u32),
            vstart: (vstart != 0 || (omit >> 16) % 16 != 0).then_some(vstart as u32),
        };
        let group = |n: usize, r: &mut Rng| {
            let lanes: Vec<u128> = (0..n).map(|_| r.next_reg()).collect();
            Value::from_lanes(&lanes).unwrap_or(Value::xmm(0))
        };
        let d_regs = if v.is_widening() { 2 * regs } else { regs };
        let mut srcs = vec![group(d_regs, r), group(if v.is_vs() { 1 } else { regs }, r)];
        if v.reads_vs1() {
            srcs.push(group(regs, r));
        } else if v.reads_rs1() {
            let k = r.next_u64();
            let x = match k % 8 {
                0 | 1 => (k >> 8) % 160,
                2 => (k >> 8) | 1 << 63 | 1 << 31,
                _ => r.next_u64(),
            };
            srcs.push(if arch == Arch::Rv32 {
                Value::gpr32(x as u32)
            } else {
                Value::gpr64(x)
            });
        }
        let imm = if v.has_imm() {
            (i % (u64::from(v.imm_max()) + 1)) as u8
        } else {
            0
        };
        (imm, srcs, opts)
    }
}

impl Iterator for Cases {
    /// The immediate, the sources and the vector options (RISC-V vector
    /// ops; [`VOptions::DEFAULT`] for the others).
    type Item = (u8, Vec<Value>, VOptions);

    fn next(&mut self) -> Option<Self::Item> {
        if self.i >= self.n {
            return None;
        }
        let (i, sig) = (self.i, self.op.signature());
        self.i += 1;
        if let Some(v) = self.op.vop() {
            return Some(self.vector(v, i));
        }
        let edge_pairs = (self.edges.len() * self.edges.len()) as u64;
        let shape = self.op.shape();
        let arch = self.op.arch();
        // Wide operands cycle through 128, 256 and 512 bits (VEX-only ones
        // through 128 and 256); fixed ones have their own width.
        let wide = [1, 2, 4][(i % 3) as usize];
        let vex = [1, 2][(i % 2) as usize];
        // SVE: vector lengths of 128 to 2048 bits in turn.
        let sve = [1, 2, 4, 8, 16][(i % 5) as usize];
        let srcs = (0..sig.sources)
            .map(|j| {
                let lanes = match shape.operand(j) {
                    RegWidth::Xmm | RegWidth::Gpr | RegWidth::D64 => 1,
                    RegWidth::Ymm => 2,
                    RegWidth::Wide => wide,
                    RegWidth::Vex => vex,
                    RegWidth::Sve => sve,
                    // RISC-V vector ops take `Cases::vector` above.
                    RegWidth::Group => 1,
                };
                let lanes: Vec<u128> = (0..lanes)
                    .map(|l| {
                        if i < edge_pairs && l == 0 {
                            let e = i as usize;
                            let n = self.edges.len();
                            self.edges[(e / n.pow(j as u32) + j) % n]
                        } else {
                            self.rng.next_reg()
                        }
                    })
                    .collect();
                match (shape.operand(j), arch) {
                    (RegWidth::Gpr, Arch::Rv32) => Value::gpr32(lanes[0] as u32),
                    (RegWidth::Gpr | RegWidth::D64, _) => Value::gpr64(lanes[0] as u64),
                    (RegWidth::Sve, _) => Value::sve(&lanes).unwrap_or(Value::xmm(0)),
                    _ => Value::from_lanes(&lanes).unwrap_or(Value::xmm(0)),
                }
            })
            .collect();
        // Every immediate the instruction's field has, in turn.
        let imm = if sig.imm {
            (i % (u64::from(sig.imm_max) + 1)) as u8
        } else {
            0
        };
        Some((imm, srcs, VOptions::DEFAULT))
    }
}

/// A reference's lanes as a value of the same kind as `like` (a RISC-V
/// general-purpose register is lane 0's low XLEN bits).
#[must_use]
pub fn value_like(like: &Value, lanes: &[u128]) -> Option<Value> {
    match like.width() {
        Width::X32 => lanes.first().map(|&l| Value::gpr32(l as u32)),
        Width::X64 => lanes.first().map(|&l| Value::gpr64(l as u64)),
        Width::Sve(_) => Value::sve(lanes),
        _ => Value::from_lanes(lanes),
    }
}

/// The request text of one case: `mnemonic [0xII] [sew=N] [vl=N] [vstart=N]
/// src...` (the options only for a RISC-V vector op, those given), registers
/// as bare memory-order hex at full width (the oracle protocol, and the start
/// of a replayable vector line).
#[must_use]
pub fn request(op: Op, imm: u8, srcs: &[Value], opts: &VOptions) -> String {
    let mut s = String::from(op.mnemonic());
    if op.signature().imm {
        s.push_str(&format!(" {imm:#04x}"));
    }
    for (key, value) in [("sew", opts.sew), ("vl", opts.vl), ("vstart", opts.vstart)] {
        if let Some(v) = value {
            s.push_str(&format!(" {key}={v}"));
        }
    }
    let bare = Notation::bare(op.arch().register_order());
    for v in srcs {
        s.push_str(&format!(" {}", v.display(bare)));
    }
    s
}

/// The host-composed reference of a RISC-V vector case, where the
/// instruction maps onto host instructions (Zvkned on the x86 AES rounds,
/// Zvbc on PCLMULQDQ, through the host reference: AES-NI/PCLMULQDQ on x86-64,
/// AESE/PMULL compositions on AArch64) and the case is a whole-group one: the
/// op's default SEW, `vl` = VLMAX (or left out), `vstart` 0 (or left out),
/// unmasked (as every vector line is), and not a reserved configuration for
/// the library. Other cases (partial groups, other SEWs, illegal ones, the
/// other extensions) have none here: `soft` is their second implementation,
/// and the vector oracle (`diff --vector --oracle`) their independent one.
fn vector_host(
    reference: &Reference,
    op: Op,
    srcs: &[Value],
    opts: &VOptions,
    soft: &Value,
) -> Option<Value> {
    use crypto_insn::riscv::v::VOp;
    let v = op.vop()?;
    if soft.is_illegal() || srcs.len() < 2 || opts.vstart.is_some_and(|s| s != 0) {
        return None;
    }
    let sew = crypto_insn::vector::table::default_sew(v).bits();
    if opts.sew.is_some_and(|s| s != sew) {
        return None;
    }
    let (vd, vs2) = (srcs[0].lanes(), srcs[1].lanes());
    let vlmax = (vd.len() * 128) as u32 / sew;
    if opts.vl.is_some_and(|l| l != vlmax) {
        return None;
    }
    let x86 = |m: &str, a: u128, b: u128, imm: u8| -> Option<u128> {
        reference
            .eval("x86", m, imm, &[&[a], &[b]])
            .and_then(|l| l.first().copied())
    };
    let key = |g: usize| if v.is_vs() { vs2[0] } else { vs2[g] };
    let lanes: Option<Vec<u128>> = match v {
        VOp::VaesefVv | VOp::VaesefVs => (0..vd.len())
            .map(|g| x86("aesenclast", vd[g], key(g), 0))
            .collect(),
        VOp::VaesemVv | VOp::VaesemVs => (0..vd.len())
            .map(|g| x86("aesenc", vd[g], key(g), 0))
            .collect(),
        VOp::VaesdfVv | VOp::VaesdfVs => (0..vd.len())
            .map(|g| x86("aesdeclast", vd[g], key(g), 0))
            .collect(),
        // vaesdm adds the round key before InvMixColumns; AESDEC adds it
        // after: IMC is linear, so AESDEC(s, IMC(k)).
        VOp::VaesdmVv | VOp::VaesdmVs => (0..vd.len())
            .map(|g| {
                let k = reference.eval("x86", "aesimc", 0, &[&[key(g)]])?;
                x86("aesdec", vd[g], k[0], 0)
            })
            .collect(),
        // vclmul / vclmulh (SEW 64): each 64-bit element pair's product, low
        // or high half; the .vx scalar is rs1 (an RV32 one sign-extended to
        // SEW, as the V specification's scalar operands are).
        VOp::VclmulVv | VOp::VclmulhVv | VOp::VclmulVx | VOp::VclmulhVx => {
            let scalar = srcs.get(2).map(|r| match r.width() {
                Width::X32 => i64::from(r.lane(0) as u32 as i32) as u64,
                _ => r.lane(0) as u64,
            });
            let vs1 = srcs.get(2).map(Value::lanes).unwrap_or(&[]);
            let high = matches!(v, VOp::VclmulhVv | VOp::VclmulhVx);
            (0..vd.len())
                .map(|g| {
                    let mut lane = 0u128;
                    for e in 0..2 {
                        let a = (vs2[g] >> (64 * e)) as u64;
                        let b = match v {
                            VOp::VclmulVx | VOp::VclmulhVx => scalar?,
                            _ => (vs1.get(g)? >> (64 * e)) as u64,
                        };
                        let p = x86("pclmulqdq", u128::from(a), u128::from(b), 0)?;
                        let half = if high { (p >> 64) as u64 } else { p as u64 };
                        lane |= u128::from(half) << (64 * e);
                    }
                    Some(lane)
                })
                .collect()
        }
        _ => None,
    };
    Value::from_lanes(&lanes?)
}

/// Compares `backend` with the host reference and with `soft` on `cases`
/// deterministic cases of `op` ([`Cases`]); `progress` is called every 65,536
/// cases.
pub fn compare_op(
    reference: &Reference,
    backend: Dynamic,
    op: Op,
    cases: u64,
    seed: u64,
    max_lines: usize,
    progress: &mut dyn FnMut(u64),
) -> OpResult {
    let mut out = OpResult {
        op,
        cases: 0,
        mismatches: 0,
        host_checked: 0,
        lines: Vec::new(),
    };
    for (i, (imm, srcs, opts)) in Cases::new(op, seed, cases).enumerate() {
        let got = op.execute_with(backend, imm, &srcs, &opts);
        let soft = op.execute_with(Dynamic::Soft, imm, &srcs, &opts);
        let host = if op.vop().is_some() {
            vector_host(reference, op, &srcs, &opts, &soft)
        } else {
            let lanes: Vec<&[u128]> = srcs.iter().map(Value::lanes).collect();
            reference
                .eval(op.arch().as_str(), op.mnemonic(), imm, &lanes)
                .and_then(|l| value_like(&soft, &l))
        };
        out.host_checked += u64::from(host.is_some());
        let want = host.unwrap_or(soft);
        out.cases += 1;
        if got != want || soft != want {
            out.mismatches += 1;
            if out.lines.len() < max_lines {
                let bare = Notation::bare(op.arch().register_order());
                out.lines.push(format!(
                    "{} -> {}   # reference; backend {backend} gave {}, soft gave {}",
                    request(op, imm, &srcs, &opts),
                    want.display(bare),
                    got.display(bare),
                    soft.display(bare)
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
///
/// RISC-V vector ops (`Shape::V`) are not in the default set: they take their
/// own oracle (`tools/oracles/riscv/vector.c`), so a scalar oracle run stays
/// one command; [`vector_ops`] is their set (`diff --vector`), and `--ops`
/// takes them by name.
pub fn select_ops(arch: Arch, list: Option<&str>) -> Result<Vec<Op>, String> {
    let Some(list) = list else {
        return Ok(table::ops(arch)
            .map(|(_, op, _)| op)
            .filter(|op| op.shape() != crypto_insn::registry::Shape::V)
            .collect());
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

/// The RISC-V vector ops of `arch` (its `Shape::V` rows; none elsewhere).
pub fn vector_ops(arch: Arch) -> Result<Vec<Op>, String> {
    let ops: Vec<Op> = table::ops(arch)
        .map(|(_, op, _)| op)
        .filter(|op| op.shape() == crypto_insn::registry::Shape::V)
        .collect();
    if ops.is_empty() {
        return Err(format!(
            "--vector: {arch} has no vector instructions (rv32, rv64)"
        ));
    }
    Ok(ops)
}

/// What `diff` was asked to do.
pub struct Options<'a> {
    /// Guest architecture.
    pub arch: Arch,
    /// Backend under test.
    pub choice: Choice,
    /// Cases per op.
    pub cases: u64,
    /// PRNG seed.
    pub seed: u64,
    /// Comma-separated mnemonics, or all.
    pub ops: Option<&'a str>,
    /// Comma-separated mnemonics to leave out.
    pub skip_ops: Option<&'a str>,
    /// The RISC-V vector ops instead of the default set (not with `ops`).
    pub vector: bool,
    /// How many mismatches to print.
    pub max_report: usize,
    /// An external oracle command instead of the host.
    pub oracle: Option<&'a str>,
    /// The oracle's silence limit, in seconds.
    pub timeout: u64,
    /// One JSON object ([`crate::json`]) instead of the table.
    pub json: bool,
}

/// A rate as people read it: `3.86 M cases/s`, `41.2 k cases/s`, `950 cases/s`
/// (three significant digits; not indicatif's `3,860,669.8131/s`).
pub fn rate(per_sec: f64) -> String {
    let (v, unit) = if per_sec >= 1e9 {
        (per_sec / 1e9, "G ")
    } else if per_sec >= 1e6 {
        (per_sec / 1e6, "M ")
    } else if per_sec >= 1e3 {
        (per_sec / 1e3, "k ")
    } else {
        (per_sec, "")
    };
    let digits = if v >= 100.0 {
        0
    } else if v >= 10.0 {
        1
    } else {
        2
    };
    format!("{v:.digits$} {unit}cases/s")
}

/// Runs the command; returns the exit status.
///
/// `--json` members after the common ones ([`crate::json`]): `arch`,
/// `backend`, `reference` (the host reference's name, or the oracle command),
/// `oracle` (the command, or null), `seed`, `cases_per_op`, `cases`,
/// `mismatches`, `oracle_errors` (the oracle's `ERR` answers; 0 without one),
/// `seconds`, `ops`: `{"op", "cases", "mismatches", "oracle_errors",
/// "host_checked"}` per instruction (`host_checked`: cases compared with a
/// host instruction, not only with `soft`; null with an oracle), and
/// `mismatch_lines`: the first `--max-mismatches` replayable lines.
pub fn run(o: Options<'_>) -> u8 {
    let Options {
        arch,
        choice,
        cases,
        seed,
        ops,
        skip_ops,
        vector,
        max_report,
        oracle,
        timeout,
        json,
    } = o;
    let usage = |why: String| {
        eprintln!("crypto-insn: diff: {why}");
        if json {
            crate::json::usage("diff", &why)
        } else {
            2
        }
    };
    let backend = match choice.resolve() {
        Ok(b) => b,
        Err(e) => return usage(e.to_string()),
    };
    if cases == 0 {
        return usage("--cases 0 runs nothing; give at least 1".into());
    }
    let chosen = if vector {
        vector_ops(arch)
    } else {
        select_ops(arch, ops)
    };
    let mut selected = match chosen {
        Ok(s) => s,
        Err(e) => return usage(e.to_string()),
    };
    if let Some(skip) = skip_ops {
        match select_ops(arch, Some(skip)) {
            Ok(s) => selected.retain(|op| !s.contains(op)),
            Err(e) => return usage(format!("--skip-ops: {e}")),
        }
        if selected.is_empty() {
            return usage("--skip-ops leaves no instruction".into());
        }
    }
    if let Some(cmd) = oracle {
        return crate::oracle::run(
            arch,
            backend,
            cmd,
            &selected,
            cases,
            seed,
            max_report,
            std::time::Duration::from_secs(timeout.max(1)),
            json,
        );
    }
    let reference = host_reference();
    if !json {
        println!(
            "diff --arch {arch}: backend {backend} against {} and soft; seed {seed}; {cases} cases per op",
            reference.name
        );
    }
    let bar = if json {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(cases.saturating_mul(selected.len() as u64))
    };
    bar.set_style(
        ProgressStyle::with_template("{elapsed_precise} [{bar:40}] {pos}/{len} {rate} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key("rate", |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = w.write_str(&rate(s.per_sec()));
            })
            .progress_chars("=> "),
    );
    let start = Instant::now();
    let mut results = Vec::new();
    for &op in &selected {
        bar.set_message(op.mnemonic());
        let r = compare_op(&reference, backend, op, cases, seed, max_report, &mut |n| {
            bar.inc(n)
        });
        if !json {
            for l in &r.lines {
                bar.suspend(|| println!("MISMATCH: {l}"));
            }
        }
        results.push(r);
    }
    bar.finish_and_clear();
    let secs = start.elapsed().as_secs_f64();
    if json {
        let all: u64 = results.iter().map(|r| r.cases).sum();
        let bad: u64 = results.iter().map(|r| r.mismatches).sum();
        let ops: Vec<serde_json::Value> = results
            .iter()
            .map(|r| {
                serde_json::json!({
                    "op": r.op.mnemonic(),
                    "cases": r.cases,
                    "mismatches": r.mismatches,
                    "oracle_errors": 0,
                    "host_checked": r.host_checked,
                })
            })
            .collect();
        let lines: Vec<&String> = results
            .iter()
            .flat_map(|r| &r.lines)
            .take(max_report)
            .collect();
        let body = serde_json::json!({
            "arch": arch.as_str(),
            "backend": backend.to_string(),
            "reference": reference.name,
            "oracle": serde_json::Value::Null,
            "seed": seed,
            "cases_per_op": cases,
            "cases": all,
            "mismatches": bad,
            "oracle_errors": 0,
            "seconds": secs,
            "ops": ops,
            "mismatch_lines": lines,
        });
        return crate::json::emit(
            "diff",
            u8::from(bad > 0),
            Vec::new(),
            crate::json::members(body),
        );
    }
    println!(
        "{:<18} {:>14} {:>11} {:>14}",
        "op", "cases", "mismatches", "vs host"
    );
    let (mut all, mut bad) = (0u64, 0u64);
    let mut soft_only = Vec::new();
    for r in &results {
        println!(
            "{:<18} {:>14} {:>11} {:>14}",
            r.op.mnemonic(),
            r.cases,
            r.mismatches,
            r.host_checked
        );
        all += r.cases;
        bad += r.mismatches;
        if r.host_checked == 0 {
            soft_only.push(r.op.mnemonic());
        }
    }
    println!(
        "{all} cases in {secs:.1} s ({}), {bad} mismatches",
        rate(all as f64 / secs.max(1e-9))
    );
    if !soft_only.is_empty() {
        println!(
            "no host instruction for {} ops (compared with soft only): {}",
            soft_only.len(),
            soft_only.join(", ")
        );
    }
    u8::from(bad > 0)
}
