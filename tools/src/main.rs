//! `crypto-insn`: evaluate guest crypto instructions, replay vector files and run
//! the conformance self-test.
//!
//! Exit status: 0 success; 1 mismatches (or, with `--strict`, unsupported lines);
//! 2 malformed input or bad usage (wins over 1); 3 an instruction this build does
//! not implement (`eval` only).

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use crypto_insn::backend::Choice;
use crypto_insn::compose::Via;
use crypto_insn::vector::Arch;

mod cavp;
mod check;
mod diff;
mod dudect;
mod eval;
mod header;
mod json;
mod list;
mod oracle;
mod selftest;
mod trace;

/// Bit-exact emulation of CPU cryptography instructions.
#[derive(Parser, Debug)]
#[command(name = "crypto-insn", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Evaluate one instruction line (the words given), or every line of stdin.
    ///
    /// Line format: `<mnemonic> [<imm>] <src>... [-> <expected>]`, registers as 32
    /// memory-order hex digits (byte 0 first) or 0x-prefixed integers.
    Eval {
        /// Guest architecture: x86, arm, ppc64, rv32 or rv64.
        #[arg(long, value_parser = parse_arch)]
        arch: Arch,
        /// Backend that computes the result: auto, soft, ct or native.
        #[arg(long, default_value = "auto", value_parser = parse_backend)]
        backend: Choice,
        /// How values are printed: `mem` (bare hex in the architecture's
        /// register order) or `int` (every value `0x`, full width, lowercase).
        #[arg(long, default_value = "mem", value_parser = parse_notation)]
        notation: trace::Primary,
        /// The line, as words (omit to read lines from stdin). Quote `->` in a
        /// shell, which would otherwise read `>` as a redirection.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        words: Vec<String>,
    },
    /// Show an instruction's inputs and every step it performs, in its
    /// manual's order (AES instructions of x86, Arm, POWER and RISC-V RV64;
    /// SHA-256 rounds: x86 SHA256RNDS2, Arm SHA256H/SHA256H2), each AES state as
    /// the FIPS-197 4x4 grid with the changed bytes highlighted.
    ///
    /// `--whole aes128 KEY BLOCK [--via x86|arm]` walks a whole AES-128 cipher
    /// round by round with FIPS-197 Appendix B's labels. Exit status 1 when the
    /// steps disagree with the instruction's result.
    Trace {
        /// Guest architecture (not needed with --whole).
        #[arg(long, value_parser = parse_arch)]
        arch: Option<Arch>,
        /// Backend that computes the instruction's result.
        #[arg(long, default_value = "auto", value_parser = parse_backend)]
        backend: Choice,
        /// Which notation comes first: `mem` or `int` (the other follows).
        #[arg(long, default_value = "mem", value_parser = parse_notation)]
        notation: trace::Primary,
        /// Also write the trace as one self-contained HTML page.
        #[arg(long)]
        html: Option<String>,
        /// Trace a whole cipher: `aes128 KEY BLOCK`.
        #[arg(long)]
        whole: bool,
        /// With --whole: the instructions (x86 AES-NI or Arm AESE/AESMC).
        #[arg(long, default_value = "x86", value_parser = parse_via)]
        via: Via,
        /// The instruction line (as for eval), or with --whole `aes128 KEY BLOCK`.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        words: Vec<String>,
    },
    /// Replay vector files and compare every result (`-` reads stdin).
    Check {
        /// Guest architecture of the files: x86, arm, ppc64, rv32 or rv64.
        #[arg(long, value_parser = parse_arch)]
        arch: Arch,
        /// Backend that computes the results: auto, soft, ct or native.
        #[arg(long, default_value = "auto", value_parser = parse_backend)]
        backend: Choice,
        /// Also fail (exit 1) when a line names an instruction this build lacks.
        #[arg(long)]
        strict: bool,
        /// How many mismatches to print.
        #[arg(long, default_value_t = 10)]
        max_mismatches: usize,
        /// How many malformed lines to print per file (then a count).
        #[arg(long, default_value_t = 20)]
        max_errors: usize,
        /// One JSON object instead of the table (schema: README "JSON output").
        #[arg(long)]
        json: bool,
        /// Vector files.
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Run NIST CAVP AESAVS ECB response files (KAT, MMT, Monte-Carlo) through a
    /// composition of guest instructions.
    ///
    /// `x86`: key schedule from AESKEYGENASSIST, AESENC/AESENCLAST (decrypt:
    /// AESIMC'd keys, AESDEC/AESDECLAST); `arm`: AESE/AESMC (decrypt: AESD/AESIMC);
    /// `block`: the library's whole-block cipher.
    Cavp {
        /// Which instructions build the cipher.
        #[arg(long, default_value = "x86", value_parser = parse_via)]
        via: Via,
        /// Backend that computes the instructions: auto, soft, ct or native.
        #[arg(long, default_value = "auto", value_parser = parse_backend)]
        backend: Choice,
        /// How many failing records to print.
        #[arg(long, default_value_t = 10)]
        max_failures: usize,
        /// One JSON object instead of the report (schema: README "JSON output").
        #[arg(long)]
        json: bool,
        /// `.rsp` files or directories holding them.
        #[arg(required = true)]
        paths: Vec<std::path::PathBuf>,
    },
    /// Differential test of a backend against this CPU's own instructions, on
    /// random and edge-case inputs.
    ///
    /// Exit status 1 on any mismatch (each printed as a replayable vector line).
    Diff {
        /// Guest architecture whose instructions are compared: x86, arm, ppc64, rv32 or rv64.
        #[arg(long, value_parser = parse_arch)]
        arch: Arch,
        /// Backend under test: auto, soft, ct or native.
        #[arg(long, default_value = "auto", value_parser = parse_backend)]
        backend: Choice,
        /// Cases per instruction.
        #[arg(long, default_value_t = 1_000_000)]
        cases: u64,
        /// PRNG seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Comma-separated mnemonics (default: every supported one).
        #[arg(long)]
        ops: Option<String>,
        /// Comma-separated mnemonics to leave out (e.g. what an oracle's CPU lacks).
        #[arg(long)]
        skip_ops: Option<String>,
        /// The RISC-V vector instructions (Zvbb, Zvbc, Zvk*; rv32 and rv64)
        /// instead of the default set, which leaves them out. Each case is a
        /// random vector-line configuration (sew=, vl=, vstart=, LMUL from the
        /// group widths), reserved ones included (`-> illegal`).
        #[arg(long, conflicts_with = "ops")]
        vector: bool,
        /// How many mismatches to print.
        #[arg(long, default_value_t = 10)]
        max_mismatches: usize,
        /// An external program as the reference instead of this CPU: one request
        /// line per case on its stdin (`mnemonic [0xII] src...`, memory-order
        /// hex; RISC-V vector ops with `sew=`/`vl=`/`vstart=` after the
        /// immediate), one answer line per request on its stdout (the result, or the
        /// request with `-> result`, or `ERR why`). Run through `sh -c`, so
        /// `'ssh board ./oracle'` works.
        #[arg(long)]
        oracle: Option<String>,
        /// Seconds without an answer after which the oracle counts as hung.
        #[arg(long, default_value_t = 30)]
        timeout: u64,
        /// One JSON object instead of the table (schema: README "JSON output").
        #[arg(long)]
        json: bool,
    },
    /// Statistical timing test (dudect): fixed vs random state, Welch's t.
    ///
    /// Exit status 1 when the timing depends on the input (|t| > 4.5).
    Dudect {
        /// Guest architecture of the instruction: x86, arm, ppc64, rv32 or rv64.
        #[arg(long, value_parser = parse_arch, default_value = "x86")]
        arch: Arch,
        /// Backend under test: auto, soft, ct or native.
        #[arg(long, default_value = "ct", value_parser = parse_backend)]
        backend: Choice,
        /// The instruction.
        #[arg(long, default_value = "aesenc")]
        op: String,
        /// Number of measurements.
        #[arg(long, default_value_t = 1_000_000)]
        samples: usize,
        /// PRNG seed for the classes and random inputs.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// List every instruction of the registry: architecture, extension,
    /// operand shape and names, whether this host runs it natively, and the CPU
    /// feature a guest needs.
    List {
        /// Only this architecture.
        #[arg(long, value_parser = parse_arch)]
        arch: Option<Arch>,
        /// The README's Markdown table instead.
        #[arg(long)]
        markdown: bool,
        /// Every LLVM crypto intrinsic name (`crypto_insn::llvm`) instead:
        /// instruction, helper, LLVM signature, implemented or not.
        #[arg(long, conflicts_with_all = ["arch", "markdown"])]
        llvm: bool,
        /// One JSON object with every row instead of the table (schema:
        /// README "JSON output").
        #[arg(long, conflicts_with_all = ["markdown", "llvm"])]
        json: bool,
        /// The README's feature table (per architecture and extension: guest
        /// CPU feature, instructions, host acceleration) in Markdown.
        #[arg(long, conflicts_with_all = ["arch", "markdown", "llvm", "json"])]
        features: bool,
    },
    /// Print `include/crypto_insn.h`, generated from the registry.
    Header,
    /// Run every conformance suite (FIPS-197, Intel white paper, NIST CAVP, the
    /// project's vectors, a differential run against this CPU) on every backend.
    Selftest {
        /// The `shared` folder holding `vectors/` (default: $CRYPTO_INSN_SHARED,
        /// else `shared` beside the workspace).
        #[arg(long)]
        shared: Option<std::path::PathBuf>,
        /// Treat skipped suites as failures (also: CRYPTO_INSN_STRICT=1).
        #[arg(long)]
        strict: bool,
        /// Random cases per instruction in the differential run.
        #[arg(long, default_value_t = 20_000)]
        diff_cases: usize,
        /// Run the NIST Monte-Carlo files on the `auto` backend only (for slow
        /// emulated hosts).
        #[arg(long)]
        quick: bool,
        /// One JSON object instead of the table (schema: README "JSON output").
        #[arg(long)]
        json: bool,
    },
}

fn parse_arch(s: &str) -> Result<Arch, String> {
    s.parse().map_err(|e| {
        // "did you mean": the architecture name nearest to what was typed.
        let near = Arch::ALL
            .iter()
            .map(|a| a.as_str())
            .find(|a| a.starts_with(&s[..s.len().min(2)]) && s.len() > 1);
        match near {
            Some(a) => format!("{e}; did you mean '{a}'?"),
            None => format!("{e}"),
        }
    })
}

fn parse_via(s: &str) -> Result<Via, String> {
    s.parse().map_err(|e| format!("{e}"))
}

fn parse_notation(s: &str) -> Result<trace::Primary, String> {
    s.parse()
}

fn parse_backend(s: &str) -> Result<Choice, String> {
    s.parse().map_err(|e| format!("{e}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Eval {
            arch,
            backend,
            notation,
            words,
        } => eval::run(arch, backend, notation, &words),
        Command::Trace {
            arch,
            backend,
            notation,
            html,
            whole,
            via,
            words,
        } => trace::run(&trace::Options {
            arch,
            choice: backend,
            notation,
            html: html.as_deref(),
            whole,
            via,
            words: &words,
        }),
        Command::Check {
            arch,
            backend,
            strict,
            max_mismatches,
            max_errors,
            json,
            files,
        } => check::run(
            arch,
            backend,
            strict,
            max_mismatches,
            max_errors,
            &files,
            json,
        ),
        Command::Cavp {
            via,
            backend,
            max_failures,
            json,
            paths,
        } => cavp::run(via, backend, &paths, max_failures, json),
        Command::Diff {
            arch,
            backend,
            cases,
            seed,
            ops,
            skip_ops,
            vector,
            max_mismatches,
            oracle,
            timeout,
            json,
        } => diff::run(diff::Options {
            arch,
            choice: backend,
            cases,
            seed,
            ops: ops.as_deref(),
            skip_ops: skip_ops.as_deref(),
            vector,
            max_report: max_mismatches,
            oracle: oracle.as_deref(),
            timeout,
            json,
        }),
        Command::Dudect {
            arch,
            backend,
            op,
            samples,
            seed,
        } => dudect::run(arch, backend, &op, samples, seed),
        Command::List { llvm: true, .. } => list::llvm(),
        Command::List {
            arch,
            markdown,
            json,
            features,
            ..
        } => list::run(arch, markdown, json, features),
        Command::Header => header::run(),
        Command::Selftest {
            shared,
            strict,
            diff_cases,
            quick,
            json,
        } => selftest::run(shared, strict, diff_cases, quick, json),
    };
    ExitCode::from(code)
}
