//! `crypto-insn selftest`: every conformance suite on every backend.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crypto_insn::backend::{self, Backend, Dynamic};
use crypto_insn::compose::Via;
use crypto_insn::conformance::{cavp, fips197, replay};
use crypto_insn::vector::Arch;

/// The project's own vectors, embedded so the self-test runs anywhere: (suite
/// name, file name, contents, architecture).
const EMBEDDED: [(&str, &str, &str, Arch); 15] = [
    (
        "vectors/x86-aes.txt (AES-NI)",
        "vectors/x86-aes.txt",
        include_str!("../../vectors/x86-aes.txt"),
        Arch::X86,
    ),
    (
        "vectors/arm-aes.txt (qemu -cpu max)",
        "vectors/arm-aes.txt",
        include_str!("../../vectors/arm-aes.txt"),
        Arch::Arm,
    ),
    (
        "vectors/x86-ext.txt (CLMUL, SHA-NI, VAES)",
        "vectors/x86-ext.txt",
        include_str!("../../vectors/x86-ext.txt"),
        Arch::X86,
    ),
    (
        "vectors/arm-ext.txt (PMULL, SHA; qemu)",
        "vectors/arm-ext.txt",
        include_str!("../../vectors/arm-ext.txt"),
        Arch::Arm,
    ),
    (
        "vectors/arm-v82.txt (SHA512, SHA3, SM3, SM4; qemu 10 + 7.2)",
        "vectors/arm-v82.txt",
        include_str!("../../vectors/arm-v82.txt"),
        Arch::Arm,
    ),
    (
        "vectors/arm-sve2.txt (SVE2 at VL 128-2048; qemu 10 + 7.2)",
        "vectors/arm-sve2.txt",
        include_str!("../../vectors/arm-sve2.txt"),
        Arch::Arm,
    ),
    (
        "vectors/arm32.txt (A32 and T32; qemu-arm 10 + 7.2)",
        "vectors/arm32.txt",
        include_str!("../../vectors/arm32.txt"),
        Arch::Arm32,
    ),
    (
        "vectors/x86-gfni.txt (GFNI hardware)",
        "vectors/x86-gfni.txt",
        include_str!("../../vectors/x86-gfni.txt"),
        Arch::X86,
    ),
    (
        "vectors/x86-sha512-sm3-sm4.txt (ISE model)",
        "vectors/x86-sha512-sm3-sm4.txt",
        include_str!("../../vectors/x86-sha512-sm3-sm4.txt"),
        Arch::X86,
    ),
    (
        "vectors/ppc-crypto.txt (qemu power8/9/10)",
        "vectors/ppc-crypto.txt",
        include_str!("../../vectors/ppc-crypto.txt"),
        Arch::Ppc64,
    ),
    (
        "vectors/riscv-rv32-scalar.txt (qemu 10 + 7.2)",
        "vectors/riscv-rv32-scalar.txt",
        include_str!("../../vectors/riscv-rv32-scalar.txt"),
        Arch::Rv32,
    ),
    (
        "vectors/riscv-vector.txt (Zvk*, Zvbb, Zvbc; qemu 10)",
        "vectors/riscv-vector.txt",
        include_str!("../../vectors/riscv-vector.txt"),
        Arch::Rv64,
    ),
    (
        "vectors/oracle-errata-x86.txt (SDM results where QEMU 7.2 errs)",
        "vectors/oracle-errata-x86.txt",
        include_str!("../../vectors/oracle-errata-x86.txt"),
        Arch::X86,
    ),
    (
        "vectors/riscv-rv32-vector.txt (Zvk*, Zvbb, Zvbc at RV32; qemu 10)",
        "vectors/riscv-rv32-vector.txt",
        include_str!("../../vectors/riscv-rv32-vector.txt"),
        Arch::Rv32,
    ),
    (
        "vectors/riscv-rv64-scalar.txt (qemu 10 + 7.2)",
        "vectors/riscv-rv64-scalar.txt",
        include_str!("../../vectors/riscv-rv64-scalar.txt"),
        Arch::Rv64,
    ),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Pass,
    Fail,
    Skip,
}

impl Status {
    /// The table's word (the JSON has it in lowercase).
    const fn word(self) -> &'static str {
        match self {
            Status::Pass => "PASS",
            Status::Fail => "FAIL",
            Status::Skip => "SKIP",
        }
    }
}

struct Row {
    suite: String,
    backend: String,
    checks: usize,
    failures: usize,
    status: Status,
    note: String,
    seconds: f64,
}

struct Runner {
    rows: Vec<Row>,
    shared: PathBuf,
}

impl Runner {
    fn read(&self, rel: &str) -> Result<String, String> {
        let p = self.shared.join("vectors").join(rel);
        std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))
    }

    fn skip(&mut self, suite: &str, why: String) {
        self.rows.push(Row {
            suite: suite.to_string(),
            backend: "-".to_string(),
            checks: 0,
            failures: 0,
            status: Status::Skip,
            note: why,
            seconds: 0.0,
        });
    }

    fn record(
        &mut self,
        suite: &str,
        b: &str,
        checks: usize,
        failures: Vec<String>,
        start: Instant,
    ) {
        let status = if failures.is_empty() {
            Status::Pass
        } else {
            Status::Fail
        };
        self.rows.push(Row {
            suite: suite.to_string(),
            backend: b.to_string(),
            checks,
            failures: failures.len(),
            status,
            note: failures.first().cloned().unwrap_or_default(),
            seconds: start.elapsed().as_secs_f64(),
        });
    }
}

fn fips(r: &mut Runner, backends: &[Dynamic]) {
    for size in ["128", "192", "256"] {
        let suite = format!("fips197 aes{size}");
        let rel = format!("fips197/aes{size}.txt");
        let text = match r.read(&rel) {
            Ok(t) => t,
            Err(e) => {
                r.skip(&suite, e);
                continue;
            }
        };
        for &b in backends {
            let start = Instant::now();
            match fips197::check(&text, b) {
                Ok(rep) => {
                    let f = rep
                        .failures
                        .iter()
                        .map(|f| format!("{rel}:{}: {}", f.line, f.message))
                        .collect();
                    r.record(&suite, b.name(), rep.checks, f, start);
                }
                Err(e) => r.record(&suite, b.name(), 0, vec![format!("{rel}:{e}")], start),
            }
        }
    }
}

fn replay_suite(
    r: &mut Runner,
    suite: &str,
    name: &str,
    text: &str,
    arch: Arch,
    backends: &[Dynamic],
) {
    for &b in backends {
        let start = Instant::now();
        let rep = replay::replay(text, arch, b);
        let t = rep.totals();
        let mut f: Vec<String> = rep
            .malformed
            .iter()
            .map(|m| format!("{name}:{}: {}", m.line, m.reason))
            .collect();
        f.extend(rep.mismatches.iter().map(|m| {
            format!(
                "{name}:{}: {}: expected {} got {}",
                m.line, m.mnemonic, m.expected, m.got
            )
        }));
        let mut row_suite = suite.to_string();
        if t.unsupported > 0 {
            row_suite = format!("{suite} ({} unsupported lines)", t.unsupported);
        }
        r.record(&row_suite, b.name(), t.passed + t.failed, f, start);
    }
}

fn cavp_suite(r: &mut Runner, backends: &[Dynamic], monte_carlo: bool) {
    let dir = r.shared.join("vectors").join("cavp");
    let mut names: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rsp") && n.contains("MCT") == monte_carlo)
            .collect(),
        Err(e) => {
            let suite = if monte_carlo {
                "cavp MCT"
            } else {
                "cavp KAT+MMT"
            };
            r.skip(suite, format!("{}: {e}", dir.display()));
            return;
        }
    };
    names.sort();
    let mut files = Vec::new();
    for n in &names {
        match r.read(&format!("cavp/{n}")) {
            Ok(text) => match cavp::parse(&text, Some(n)) {
                Ok(f) => files.push((n.clone(), f)),
                Err(e) => r.record(
                    &format!("cavp {n}"),
                    "-",
                    0,
                    vec![format!("{n}:{e}")],
                    Instant::now(),
                ),
            },
            Err(e) => r.skip(&format!("cavp {n}"), e),
        }
    }
    for via in Via::ALL {
        for &b in backends {
            let start = Instant::now();
            let mut checks = 0;
            let mut fails = Vec::new();
            for (n, f) in &files {
                for s in cavp::run(f, via, b) {
                    checks += s.passed + s.failed;
                    fails.extend(
                        s.failures
                            .iter()
                            .map(|x| format!("{n}:{}: COUNT {}: {}", x.line, x.count, x.message)),
                    );
                }
            }
            let kind = if monte_carlo { "MCT" } else { "KAT+MMT" };
            r.record(
                &format!("cavp {kind} ({} files) via {via}", files.len()),
                b.name(),
                checks,
                fails,
                start,
            );
        }
    }
}

/// A short `crypto-insn diff` of every backend, every architecture.
fn native_diff(r: &mut Runner, backends: &[Dynamic], cases: usize) {
    let reference = crate::diff::host_reference();
    for &arch in Arch::ALL {
        let ops = crate::diff::select_ops(arch, None).unwrap_or_default();
        for &b in backends {
            let start = Instant::now();
            let mut checks = 0;
            let mut fails = Vec::new();
            for &op in &ops {
                let res = crate::diff::compare_op(
                    &reference,
                    b,
                    op,
                    cases as u64,
                    0xd1ff,
                    3,
                    &mut |_| {},
                );
                checks += res.cases as usize;
                fails.extend(res.lines);
            }
            let suite = format!("diff --arch {arch} vs {}", reference.name);
            r.record(&suite, b.name(), checks, fails, start);
        }
    }
}

/// Runs the self-test; returns the exit status.
///
/// `--json` members after the common ones ([`crate::json`]): `version`,
/// `host` (`{"arch", "os"}`), `backends`, `auto`, `shared` (the folder, and
/// `shared_present`), `strict`, `suites`: `{"suite", "backend", "checks",
/// "failures", "status" ("pass", "fail" or "skip"), "note", "seconds"}` per
/// row, `totals`: `{"passed", "failed", "skipped"}`, `seconds`.
pub fn run(
    shared: Option<PathBuf>,
    strict: bool,
    diff_cases: usize,
    quick: bool,
    json: bool,
) -> u8 {
    let strict = strict || crypto_insn_testutil::strict();
    let shared = shared.unwrap_or_else(crypto_insn_testutil::shared_dir);
    let backends: Vec<Dynamic> = backend::available().collect();
    let names: Vec<&str> = backends.iter().map(|b| b.name()).collect();
    if !json {
        println!("crypto-insn selftest {}", env!("CARGO_PKG_VERSION"));
        println!(
            "host: {} ({}); backends: {}; auto = {}",
            std::env::consts::ARCH,
            std::env::consts::OS,
            names.join(", "),
            backend::Auto.name()
        );
        println!("shared vectors: {}", display(&shared));
    }
    let shared_shown = shared.display().to_string();
    let shared_present = shared.join("vectors").is_dir();
    let mut r = Runner {
        rows: Vec::new(),
        shared,
    };
    let all_start = Instant::now();
    fips(&mut r, &backends);
    match r.read("intel-aesni-whitepaper.txt") {
        Ok(t) => replay_suite(
            &mut r,
            "intel white paper",
            "intel-aesni-whitepaper.txt",
            &t,
            Arch::X86,
            &backends,
        ),
        Err(e) => r.skip("intel white paper", e),
    }
    cavp_suite(&mut r, &backends, false);
    if quick {
        cavp_suite(&mut r, &[backend::Auto::resolved()], true);
    } else {
        cavp_suite(&mut r, &backends, true);
    }
    for (suite, name, text, arch) in EMBEDDED {
        replay_suite(&mut r, suite, name, text, arch, &backends);
    }
    native_diff(&mut r, &backends, diff_cases);
    let count = |st: Status| r.rows.iter().filter(|row| row.status == st).count();
    let (pass, fail, skip) = (
        count(Status::Pass),
        count(Status::Fail),
        count(Status::Skip),
    );
    let exit = u8::from(fail > 0 || (strict && skip > 0));
    if json {
        let suites: Vec<serde_json::Value> = r
            .rows
            .iter()
            .map(|row| {
                serde_json::json!({
                    "suite": row.suite,
                    "backend": row.backend,
                    "checks": row.checks,
                    "failures": row.failures,
                    "status": row.status.word().to_lowercase(),
                    "note": row.note,
                    "seconds": row.seconds,
                })
            })
            .collect();
        let body = serde_json::json!({
            "version": env!("CARGO_PKG_VERSION"),
            "host": { "arch": std::env::consts::ARCH, "os": std::env::consts::OS },
            "backends": names,
            "auto": backend::Auto.name(),
            "shared": shared_shown,
            "shared_present": shared_present,
            "strict": strict,
            "suites": suites,
            "totals": { "passed": pass, "failed": fail, "skipped": skip },
            "seconds": all_start.elapsed().as_secs_f64(),
        });
        return crate::json::emit("selftest", exit, Vec::new(), crate::json::members(body));
    }

    println!();
    println!(
        "{:<52} {:<7} {:>9} {:>8} {:>9}  status",
        "suite", "backend", "checks", "failures", "ms"
    );
    for row in &r.rows {
        let status = row.status.word();
        println!(
            "{:<52} {:<7} {:>9} {:>8} {:>9.1}  {status}",
            row.suite,
            row.backend,
            row.checks,
            row.failures,
            row.seconds * 1e3
        );
        if !row.note.is_empty() {
            println!("    {}", row.note);
        }
    }
    println!();
    println!(
        "{pass} passed, {fail} failed, {skip} skipped ({:.0} ms){}",
        all_start.elapsed().as_secs_f64() * 1e3,
        if skip > 0 && strict {
            "; skips fail under --strict / CRYPTO_INSN_STRICT=1"
        } else {
            ""
        }
    );
    exit
}

fn display(p: &Path) -> String {
    if p.join("vectors").is_dir() {
        p.display().to_string()
    } else {
        format!("{} (missing: suites that need it are skipped)", p.display())
    }
}
