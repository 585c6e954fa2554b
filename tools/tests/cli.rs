//! The `crypto-insn` command line: output formats and exit statuses.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The program under test. In cross lanes (no binfmt_misc) the binary cannot be
/// executed directly: `CRYPTO_INSN_TEST_RUNNER` (e.g. `qemu-aarch64 -cpu max -L /`)
/// is prefixed, as cargo's `runner` is for the test binaries themselves.
fn bin() -> Command {
    let exe = env!("CARGO_BIN_EXE_crypto-insn");
    match std::env::var("CRYPTO_INSN_TEST_RUNNER") {
        Ok(runner) if !runner.trim().is_empty() => {
            let mut words = runner.split_whitespace();
            let mut c = Command::new(words.next().unwrap_or_default());
            c.args(words).arg(exe);
            c
        }
        _ => Command::new(exe),
    }
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn crypto-insn");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A scratch file under the target directory.
fn scratch(name: &str, contents: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_string_lossy().into_owned()
}

// Intel AES-NI white paper, AESENC example (shared/vectors/intel-aesni-whitepaper.txt).
const WP_STATE: &str = "5d47535d726f74636556747365545b7b";
const WP_KEY: &str = "5d6e6f726575475b2979616853286948";
const WP_AESENC: &str = "95e5d7de584b108bc5a3db9f2f1c31a8";

#[test]
fn eval_prints_memory_order_in_either_notation() {
    let out = run(&["eval", "--arch", "x86", "aesenc", WP_STATE, WP_KEY], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        format!("aesenc {WP_STATE} {WP_KEY} -> {WP_AESENC}\n")
    );
    let out = run(
        &[
            "eval",
            "--arch",
            "x86",
            "intel:",
            "aesenc",
            "0x7b5b54657374566563746f725d53475d",
            "0x48692853686179295b477565726f6e5d",
            "->",
            "0xa8311c2f9fdba3c58b104b58ded7e595",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        format!("aesenc {WP_STATE} {WP_KEY} -> {WP_AESENC}\n")
    );
}

#[test]
fn eval_reads_stdin_and_reports_the_worst_status() {
    let input = format!("aesimc {WP_STATE}\n\n# comment\naese {WP_STATE} {WP_KEY} -> {WP_STATE}\n");
    let out = run(&["eval", "--arch", "arm"], &input);
    // The second instruction's expected value is wrong: status 1, both printed.
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout).lines().count(), 2);
    assert!(
        text(&out.stderr).contains("<stdin>:4: mismatch: expected"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["eval", "--arch", "arm"], "aese 00 11\naesimc 00\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("<stdin>:1: column 6:"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn eval_rejects_bad_input_clearly() {
    for (line, needle) in [
        ("aesfoo 00", "unknown mnemonic 'aesfoo' for x86"),
        (
            "aeskeygenassist 256 00000000000000000000000000000000",
            "immediate '256'",
        ),
        (
            "aeskeygenassist 00000000000000000000000000000000",
            "not a number from 0 to 255",
        ),
        (
            "aeskeygenassist 0x100 00000000000000000000000000000000",
            "immediate '0x100'",
        ),
        (
            "aesenc 00000000000000000000000000000000",
            "takes 2 register operands, found 1",
        ),
        (
            "aesimc 0000000000000000000000000000000g",
            "'g' is not a hex digit",
        ),
        ("aesimc 0x", "empty hex value"),
    ] {
        let out = run(&["eval", "--arch", "x86", line], "");
        assert_eq!(out.status.code(), Some(2), "{line}");
        assert!(
            text(&out.stderr).contains(needle),
            "{line}: {}",
            text(&out.stderr)
        );
    }
    let out = run(&["eval", "--arch", "mips", "aesimc", "0x0"], "");
    assert_eq!(out.status.code(), Some(2));
    let out = run(
        &[
            "eval",
            "--arch",
            "x86",
            "--backend",
            "turbo",
            "aesimc",
            "0x0",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_replays_the_project_vectors() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    for (arch, file) in [
        ("x86", "vectors/x86-aes.txt"),
        ("arm", "vectors/arm-aes.txt"),
        ("ppc64", "vectors/ppc-crypto.txt"),
    ] {
        let path = format!("{root}/{file}");
        let out = run(&["check", "--arch", arch, "--strict", &path], "");
        let stdout = text(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{file}: {stdout}{}",
            text(&out.stderr)
        );
        let last = stdout.lines().last().unwrap();
        assert!(last.ends_with(" passed, 0 failed, 0 unsupported"), "{last}");
    }
}

#[test]
fn check_reports_mismatches_unsupported_and_malformed() {
    let good = format!("aesenc {WP_STATE} {WP_KEY} -> {WP_AESENC}\n");
    let bad = format!("aesenc {WP_STATE} {WP_KEY} -> {WP_STATE}\n");
    let unsupported = "aesenc128kl 0x1 0x2 -> 0x2\n";
    let f = scratch("mixed.txt", &format!("{good}{bad}{unsupported}"));
    let out = run(&["check", "--arch", "x86", &f], "");
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "{f}:2: aesenc: expected {WP_STATE} got {WP_AESENC}"
        )),
        "{stdout}"
    );
    assert_eq!(
        stdout.lines().last(),
        Some("1 passed, 1 failed, 1 unsupported")
    );

    let f = scratch("unsupported.txt", &format!("{good}{unsupported}"));
    assert_eq!(
        run(&["check", "--arch", "x86", &f], "").status.code(),
        Some(0)
    );
    assert_eq!(
        run(&["check", "--arch", "x86", "--strict", &f], "")
            .status
            .code(),
        Some(1)
    );

    // Malformed (2) wins over mismatches (1); the reason names file and line.
    let f = scratch("malformed.txt", &format!("{bad}aesenc {WP_STATE}\n"));
    let out = run(&["check", "--arch", "x86", &f], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(&format!("{f}:2: column")),
        "{}",
        text(&out.stderr)
    );

    // A line without an expected result cannot be checked.
    let out = run(
        &["check", "--arch", "x86", "-"],
        &format!("aesimc {WP_STATE}\n"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("<stdin>:1: no expected result"));

    let out = run(&["check", "--arch", "x86", "/nonexistent/file"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn never_panics_on_garbage() {
    let garbage = [
        "\u{1}\u{2}",
        "aesenc -> ->",
        "->",
        "label:",
        ": aesenc",
        "aesenc\t0x\t0x",
        "AESENC 0X1 0x2",
        "aeskeygenassist 0x 0x1",
        "aeskeygenassist 99999999999999999999 0x1",
        "aesenc é ü",
        "aesimc 0x1 -> 0x1 -> 0x1",
        "aesimc 0x00000000000000000000000000000000000000000000",
    ];
    for g in garbage {
        let out = run(&["eval", "--arch", "x86", g], "");
        let code = out.status.code();
        assert!(
            matches!(code, Some(0..=3)),
            "{g:?}: {code:?} {}",
            text(&out.stderr)
        );
        assert!(!text(&out.stderr).contains("panicked"), "{g:?}");
        let out = run(&["check", "--arch", "arm", "-"], g);
        assert!(matches!(out.status.code(), Some(0..=2)), "{g:?}");
        assert!(!text(&out.stderr).contains("panicked"), "{g:?}");
    }
    let out = run(&["check", "--arch", "x86", "-"], "\u{0}aesimc\u{0}\n");
    assert_eq!(out.status.code(), Some(2));
    // Invalid UTF-8 on stdin.
    let mut child = bin()
        .args(["check", "--arch", "x86", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&[0xff, 0xfe, b'\n'])
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn selftest_passes_and_skips_without_shared() {
    let out = bin()
        .args(["selftest", "--diff-cases", "2000"])
        .env_remove("CRYPTO_INSN_STRICT")
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("vectors/x86-aes.txt"));
    // Without the shared folder: the embedded suites still run, the rest is skipped.
    let out = bin()
        .args([
            "selftest",
            "--diff-cases",
            "100",
            "--shared",
            "/nonexistent",
        ])
        .env_remove("CRYPTO_INSN_STRICT")
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("SKIP"), "{stdout}");
    assert!(stdout.contains("PASS"), "{stdout}");
    let out = bin()
        .args([
            "selftest",
            "--diff-cases",
            "100",
            "--shared",
            "/nonexistent",
            "--strict",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn cavp_runs_files_and_directories() {
    let Some(dir) = shared_cavp() else { return };
    for via in ["x86", "arm", "block"] {
        let out = run(&["cavp", "--via", via, &dir], "");
        let stdout = text(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{via}: {stdout}{}",
            text(&out.stderr)
        );
        // 2,138 KAT/MMT records and 600 Monte-Carlo records in the 18 NIST files.
        assert_eq!(
            stdout.lines().last(),
            Some("2738 passed, 0 failed"),
            "{via}"
        );
        assert!(
            stdout.contains("ECBMCT256.rsp [DECRYPT] (MCT, Monte Carlo): 100 passed, 0 failed")
        );
    }
}

#[test]
fn cavp_reports_failures_and_malformed_files() {
    // FIPS-197 C.1 (cipher example) in CAVP form, then the same with a wrong ciphertext.
    let good = "# AESVS GFSbox test data for ECB\n[ENCRYPT]\n\nCOUNT = 0\nKEY = 000102030405060708090a0b0c0d0e0f\n\
                PLAINTEXT = 00112233445566778899aabbccddeeff\nCIPHERTEXT = 69c4e0d86a7b0430d8cdb78070b4c55a\n";
    let f = scratch("good.rsp", good);
    let out = run(&["cavp", "--via", "arm", &f], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let bad = good.replace("69c4e0d8", "69c4e0d9");
    let f = scratch("bad.rsp", &bad);
    let out = run(&["cavp", "--via", "x86", &f], "");
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(&format!("{f}:4: COUNT = 0: block 0: expected 69c4e0d9")),
        "{stdout}"
    );
    assert_eq!(stdout.lines().last(), Some("0 passed, 1 failed"));
    // CRLF is fine; a broken line is `file:line: reason` and status 2 (wins over 1).
    let crlf = scratch("crlf.rsp", &good.replace('\n', "\r\n"));
    assert_eq!(run(&["cavp", &crlf], "").status.code(), Some(0));
    let broken = scratch("broken.rsp", &format!("{bad}\nCOUNT = 1\nKEY = 00zz\n"));
    let out = run(&["cavp", &f, &broken], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(&format!("{broken}:10: KEY:")),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["cavp", "/nonexistent.rsp"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn diff_runs_deterministically() {
    for arch in ["x86", "arm"] {
        let a = run(
            &["diff", "--arch", arch, "--cases", "3000", "--seed", "7"],
            "",
        );
        let stdout = text(&a.stdout);
        assert_eq!(a.status.code(), Some(0), "{stdout}{}", text(&a.stderr));
        assert!(stdout.contains(" 0 mismatches"), "{stdout}");
        let b = run(
            &["diff", "--arch", arch, "--cases", "3000", "--seed", "7"],
            "",
        );
        // The per-op table is identical (the timing line is not).
        let table = |s: &str| {
            s.lines()
                .filter(|l| !l.contains("cases/s"))
                .map(String::from)
                .collect::<Vec<_>>()
        };
        assert_eq!(table(&stdout), table(&text(&b.stdout)));
    }
    let out = run(
        &[
            "diff",
            "--arch",
            "x86",
            "--ops",
            "aesenc,aese",
            "--cases",
            "10",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("'aese' is not a supported x86 instruction"));
    let out = run(
        &[
            "diff",
            "--arch",
            "arm",
            "--ops",
            "aese,aesmc",
            "--backend",
            "ct",
            "--cases",
            "2000",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
}

/// `shared/vectors/cavp` as a string, or a skip.
fn shared_cavp() -> Option<String> {
    let dir = crypto_insn_testutil::shared_vectors("cavp");
    if dir.is_dir() {
        Some(dir.to_string_lossy().into_owned())
    } else {
        crypto_insn_testutil::skip("cli cavp: no shared/vectors/cavp");
        None
    }
}

#[test]
fn eval_wide_and_scalar_operands() {
    // VAESENC on a 256-bit register: lane 0 first; each lane is the white paper's AESENC.
    let y = format!("{WP_STATE}{WP_STATE}");
    let k = format!("{WP_KEY}{WP_KEY}");
    let out = run(&["eval", "--arch", "x86", "vaesenc", &y, &k], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        format!("vaesenc {y} {k} -> {WP_AESENC}{WP_AESENC}\n")
    );
    // Mixed widths are malformed.
    let out = run(&["eval", "--arch", "x86", "vaesenc", &y, WP_KEY], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("operands have different widths"));
    // SHA1H reads bits 31:0 of the whole register and zero-extends:
    // ROL(0x11223344, 30) = 0x04488cd1, memory bytes d1 8c 48 04, then zeros.
    let out = run(
        &[
            "eval",
            "--arch",
            "arm",
            "sha1h",
            "0xffffffffffffffffffffffff11223344",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout).trim_end().rsplit(' ').next(),
        Some("d18c4804000000000000000000000000")
    );
    // The CLMUL white paper's imm 0x01 example.
    let out = run(
        &[
            "eval",
            "--arch",
            "x86",
            "pclmulqdq",
            "0x01",
            "0x48692853686179295b477565726f6e5d",
            "0x7b5b54657374566563746f725d53475d",
            "->",
            "0x1bd17c8d556ab5a17fa540ac2a281315",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

/// The workspace root (the tools crate is one level below it).
fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

#[test]
fn header_is_generated_from_the_registry() {
    let out = run(&["header"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let committed = std::fs::read_to_string(root().join("include/crypto_insn.h")).unwrap();
    assert!(
        text(&out.stdout) == committed,
        "include/crypto_insn.h is stale: regenerate it with `cargo run -q -p crypto-insn-tools -- header > include/crypto_insn.h`"
    );
    assert!(committed.starts_with("/* Generated from the instruction registry"));
    // Every implemented instruction has a prototype and an X-macro row.
    for i in crypto_insn::registry::INSTRUCTIONS
        .iter()
        .filter(|i| i.implemented())
    {
        let first = if i.shape.gpr() {
            if i.arch == crypto_insn::vector::Arch::Rv32 {
                "uint32_t *rd"
            } else {
                "uint64_t *rd"
            }
        } else if i.shape == crypto_insn::registry::Shape::V {
            "uint8_t *vd"
        } else {
            "uint8_t *dst"
        };
        // C names are the row idents (`vaesem_vv` for `vaesem.vv`).
        let proto = format!("int crypto_insn_{}_{}({first}", i.arch, i.ident);
        assert!(committed.contains(&proto), "{proto}");
        let row = format!("X({}, {}, {})", i.arch, i.ident, i.shape);
        assert!(committed.contains(&row), "{row}");
    }
}

#[test]
fn readme_table_is_the_registry() {
    let out = run(&["list", "--markdown"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let begin = "<!-- registry:begin -->\n";
    let a = readme.find(begin).expect("README has the registry markers") + begin.len();
    let b = readme.find("<!-- registry:end -->").expect("end marker");
    assert!(
        readme[a..b] == text(&out.stdout),
        "README.md's instruction table is stale: replace it with `crypto-insn list --markdown`"
    );
}

#[test]
fn readme_feature_table_is_the_registry() {
    let out = run(&["list", "--features"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let begin = "<!-- features:begin -->\n";
    let a = readme
        .find(begin)
        .expect("README has the feature-table markers")
        + begin.len();
    let b = readme.find("<!-- features:end -->").expect("end marker");
    assert!(
        readme[a..b] == table,
        "README.md's feature table is stale: replace it with `crypto-insn list --features`"
    );
    // One row per (architecture, extension) of the registry, each naming all
    // of its instructions.
    for i in crypto_insn::registry::INSTRUCTIONS {
        let prefix = format!("| {} | {} |", i.arch, i.extension_title);
        let row = table
            .lines()
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no row {prefix}"));
        assert!(row.contains(i.feature), "{row}");
    }
}

#[test]
fn list_names_every_registry_row() {
    let out = run(&["list"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let listing = text(&out.stdout);
    for i in crypto_insn::registry::INSTRUCTIONS {
        assert!(
            listing
                .lines()
                .any(|l| l.split_whitespace().nth(2) == Some(i.mnemonic)
                    && l.starts_with(i.arch.as_str())),
            "{} {} missing from `list`",
            i.arch,
            i.mnemonic
        );
    }
    let total = crypto_insn::registry::INSTRUCTIONS.len();
    assert!(
        listing.contains(&format!("{total} instructions:")),
        "{listing}"
    );
    let x86 = run(&["list", "--arch", "x86"], "");
    assert!(
        text(&x86.stdout)
            .lines()
            .skip(1)
            .all(|l| l.starts_with("x86") || l.contains("instructions:"))
    );
}

/// `diff --oracle`: an oracle given as a shell command.
fn oracle_diff(oracle: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "diff",
        "--arch",
        "x86",
        "--ops",
        "aesenc,pclmulqdq",
        "--oracle",
        oracle,
    ];
    args.extend_from_slice(extra);
    run(&args, "")
}

#[test]
fn diff_oracle_protocol_and_failures() {
    // This CLI's own `eval` speaks the protocol (it echoes the request with
    // `-> result`): every case agrees.
    let exe = env!("CARGO_BIN_EXE_crypto-insn");
    let runner = std::env::var("CRYPTO_INSN_TEST_RUNNER").unwrap_or_default();
    let me = format!("{runner} {exe} eval --arch x86 --backend soft");
    let out = oracle_diff(&me, &["--cases", "3000"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains("6000 cases in"),
        "{}",
        text(&out.stdout)
    );
    let json = oracle_diff(&me, &["--cases", "10", "--json"]);
    assert_eq!(json.status.code(), Some(0), "{}", text(&json.stderr));
    let j: serde_json::Value = serde_json::from_slice(&json.stdout).expect("one JSON object");
    assert_eq!(j["schema"], "crypto-insn/1");
    assert_eq!(j["command"], "diff");
    assert_eq!(j["status"], 0);
    assert_eq!(j["oracle"], me.as_str());
    assert_eq!(
        (j["cases"].as_u64(), j["mismatches"].as_u64()),
        (Some(20), Some(0))
    );
    assert_eq!(j["oracle_errors"], 0);
    // An oracle that dies: status 2, the reason in `errors`, still one object.
    let died = oracle_diff("exit 0", &["--cases", "5", "--json"]);
    assert_eq!(died.status.code(), Some(2));
    let j: serde_json::Value = serde_json::from_slice(&died.stdout).expect("one JSON object");
    assert_eq!(j["status"], 2);
    assert!(
        j["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("closed its output"),
        "{j}"
    );
    // Rejections are failures, exit 1, and are reported.
    let err = oracle_diff("while read l; do echo ERR no; done", &["--cases", "5"]);
    assert_eq!(err.status.code(), Some(1), "{}", text(&err.stderr));
    assert!(
        text(&err.stdout).contains("ORACLE ERROR"),
        "{}",
        text(&err.stdout)
    );
    // A wrong answer is a mismatch line that replays.
    let wrong = oracle_diff(
        "while read l; do echo 00000000000000000000000000000000; done",
        &["--cases", "5"],
    );
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        text(&wrong.stdout).contains("MISMATCH: aesenc "),
        "{}",
        text(&wrong.stdout)
    );
    // Died, garbage, hung, not startable: exit 2 with a clear message.
    for (oracle, extra, says) in [
        ("true", &[][..], "closed its output"),
        ("cat", &[][..], "answered garbage"),
        ("sleep 20", &["--timeout", "1"][..], "no answer for 1 s"),
        ("/nonexistent/oracle", &[][..], "closed its output"),
    ] {
        let mut e = vec!["--cases", "5"];
        e.extend_from_slice(extra);
        let out = oracle_diff(oracle, &e);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{oracle}: {}",
            text(&out.stderr)
        );
        assert!(
            text(&out.stderr).contains(says),
            "{oracle}: {}",
            text(&out.stderr)
        );
    }
    // Zero cases is an error, not a silent success.
    let zero = oracle_diff("cat", &["--cases", "0"]);
    assert_eq!(zero.status.code(), Some(2));
}

/// `diff --vector`: the RISC-V vector rows with random configurations. The
/// requests are vector lines (this CLI's own `eval` answers them all, rv32 and
/// rv64), with `sew=`/`vl=`/`vstart=` (sometimes left out), LMUL 1 to 8 and
/// every immediate; reserved configurations come up (`-> illegal`), and an
/// oracle that disagrees on them is a mismatch, not garbage.
#[test]
fn diff_vector_cases_are_vector_lines() {
    let exe = env!("CARGO_BIN_EXE_crypto-insn");
    let runner = std::env::var("CRYPTO_INSN_TEST_RUNNER").unwrap_or_default();
    let requests = scratch("vector-requests.txt", "");
    for arch in ["rv32", "rv64"] {
        let me = format!("tee {requests} | {runner} {exe} eval --arch {arch} --backend soft");
        let out = run(
            &[
                "diff", "--arch", arch, "--vector", "--oracle", &me, "--cases", "300",
            ],
            "",
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{arch}: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        let n = crypto_insn::riscv::v::VOp::ALL.len() * 300;
        assert!(
            text(&out.stdout).contains(&format!("{n} cases in")),
            "{}",
            text(&out.stdout)
        );
        let sent = std::fs::read_to_string(&requests).unwrap();
        let lines: Vec<&str> = sent.lines().collect();
        assert_eq!(lines.len(), n);
        let has = |p: &dyn Fn(&str) -> bool| lines.iter().any(|l| p(l));
        // Every immediate of vror.vi (6 bits) and vaeskf1.vi (5 bits).
        for imm in 0..64 {
            assert!(
                has(&|l| l.starts_with(&format!("vror.vi {imm:#04x} "))),
                "{imm}"
            );
        }
        assert!(has(&|l| l.starts_with("vaeskf1.vi 0x1f ")));
        assert!(!has(&|l| l.starts_with("vaeskf1.vi 0x20 ")));
        // Options given and left out; each SEW, and one vtype cannot hold.
        for sew in [8, 16, 32, 64, 128] {
            assert!(has(&|l| l.contains(&format!(" sew={sew} "))), "sew={sew}");
        }
        assert!(has(&|l| l.starts_with("vaesem.vv ") && !l.contains("sew=")));
        assert!(has(&|l| l.contains(" vstart=") && !l.contains(" vstart=0 ")));
        // LMUL 8: vd of 256 digits; vwsll's vd up to 256, its vs2 half.
        assert!(has(
            &|l| l.starts_with("vandn.vv ") && l.split(' ').any(|w| w.len() == 256)
        ));
        // rs1 is XLEN/4 digits.
        let xlen_digits = if arch == "rv32" { 8 } else { 16 };
        assert!(
            lines
                .iter()
                .filter(|l| l.starts_with("vclmul.vx "))
                .all(|l| { l.rsplit(' ').next().unwrap().len() == xlen_digits })
        );
    }
    // An oracle that says `illegal` to everything: mismatches (exit 1), the
    // legal configurations reported as replayable lines.
    let out = run(
        &[
            "diff",
            "--arch",
            "rv64",
            "--ops",
            "vaesem.vv",
            "--oracle",
            "while read l; do echo illegal; done",
            "--cases",
            "50",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("MISMATCH: vaesem.vv "),
        "{}",
        text(&out.stdout)
    );
    // No vector rows elsewhere; not with --ops.
    let out = run(&["diff", "--arch", "x86", "--vector", "--cases", "5"], "");
    assert_eq!(out.status.code(), Some(2));
    let out = run(
        &[
            "diff",
            "--arch",
            "rv64",
            "--vector",
            "--ops",
            "vaesem.vv",
            "--cases",
            "5",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn ppc64_text_is_isa_byte_order() {
    // FIPS-197 Appendix B round 1 through vcipher (AES state byte i = ISA byte i).
    let out = run(
        &[
            "eval",
            "--arch",
            "ppc64le",
            "vcipher",
            "193de3bea0f4e22b9ac68d2ae9f84808",
            "0xa0fafe1788542cb123a339392a6c7605",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim_end(),
        "vcipher 193de3bea0f4e22b9ac68d2ae9f84808 a0fafe1788542cb123a339392a6c7605 -> a49c7ff2689f352b6b5bea43026a5049"
    );
    // A mismatch is reported in the notation the file used (ISA order).
    let f = scratch(
        "ppc.txt",
        "vcipher 193de3bea0f4e22b9ac68d2ae9f84808 a0fafe1788542cb123a339392a6c7605 -> 00000000000000000000000000000001\n\
         vshasigmaw 32 6a09e667bb67ae853c6ef372a54ff53a -> 0x0\n",
    );
    let out = run(&["check", "--arch", "power", &f], "");
    let stdout = text(&out.stdout);
    // A malformed line (the out-of-range immediate) makes the status 2.
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "{f}:1: vcipher: expected 00000000000000000000000000000001 got a49c7ff2689f352b6b5bea43026a5049"
        )),
        "{stdout}"
    );
    assert!(
        text(&out.stderr)
            .contains("2: column 12: immediate 32 is out of range for vshasigmaw (0-31)"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn check_rough_edges() {
    // Empty input is an error, not "0 passed".
    let empty = scratch("empty.txt", "");
    let out = run(&["check", "--arch", "x86", &empty], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no instruction lines"),
        "{}",
        text(&out.stderr)
    );
    let comments = scratch("comments.txt", "# only a comment\n\n");
    assert_eq!(
        run(&["check", "--arch", "x86", &comments], "")
            .status
            .code(),
        Some(2)
    );
    // A UTF-8 byte-order mark is accepted.
    let line = format!("aesenc {WP_STATE} {WP_KEY} -> {WP_AESENC}\n");
    let bom = scratch("bom.txt", &format!("\u{feff}{line}"));
    let out = run(&["check", "--arch", "x86", &bom], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // A byte that is not UTF-8 is reported with its line and column.
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("latin1.txt");
    std::fs::write(&path, [line.as_bytes(), b"aesimc 00\xff\n"].concat()).unwrap();
    let out = run(&["check", "--arch", "x86", path.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("latin1.txt:2: column 10: not UTF-8 (byte 0xff)"),
        "{}",
        text(&out.stderr)
    );
    // Another architecture's file: errors capped, and a hint.
    let x86 = root().join("vectors/x86-aes.txt");
    let out = run(&["check", "--arch", "arm", x86.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.lines().count() <= 22, "{err}");
    assert!(
        err.contains("more malformed lines (--max-errors 20)"),
        "{err}"
    );
    assert!(err.contains("is it a `--arch x86` file?"), "{err}");
    // A huge line is not echoed whole.
    let huge = scratch(
        "huge.txt",
        &format!("aesenc {} 00 -> 00\n", "z".repeat(1 << 20)),
    );
    let out = run(&["check", "--arch", "x86", &huge], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).len() < 2000,
        "{} bytes of errors",
        text(&out.stderr).len()
    );
}

#[test]
fn did_you_mean() {
    let out = run(&["eval", "--arch", "x86", "aesencc", WP_STATE, WP_KEY], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("did you mean 'aesenc'?"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["eval", "--arch", "x86", "aese", WP_STATE, WP_KEY], "");
    assert!(
        text(&out.stderr).contains("it is an arm instruction: --arch arm"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["eval", "--arch", "rv", "andn"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("did you mean 'rv32'?"),
        "{}",
        text(&out.stderr)
    );
    let help = run(&["check", "--help"], "");
    assert!(text(&help.stdout).contains("x86, arm, ppc64, rv32 or rv64"));
    assert!(text(&help.stdout).contains("auto, soft, ct or native"));
}

#[test]
fn dudect_refuses_nothing_and_says_when_it_cannot_tell() {
    let out = run(&["dudect", "--samples", "0"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("too few"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["dudect", "--backend", "ct", "--samples", "5000"], "");
    let stdout = text(&out.stdout);
    assert!(stdout.contains("5000 measurements"), "{stdout}");
    // Crops are by rank: each keeps its share of the samples.
    for (pct, kept) in [("75", "3750"), ("50", "2500")] {
        assert!(
            stdout
                .lines()
                .any(|l| l.split_whitespace().take(2).eq([pct, kept])),
            "{stdout}"
        );
    }
    if out.status.code() == Some(0) {
        assert!(
            stdout.contains("too few to call it constant-time"),
            "{stdout}"
        );
    }
}

#[test]
fn cavp_monte_carlo_file_cut_short_is_an_error() {
    let dir = crypto_insn_testutil::shared_dir().join("vectors/cavp");
    let Ok(full) = std::fs::read_to_string(dir.join("ECBMCT128.rsp")) else {
        crypto_insn_testutil::skip("../shared/vectors/cavp/ECBMCT128.rsp not found");
        return;
    };
    let cut = &full[..full.find("COUNT = 50").expect("NIST MCT file has COUNT 50")];
    let path = scratch("ECBMCT128-cut.rsp", cut);
    let out = run(&["cavp", &path], "");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("the file is incomplete"),
        "{}",
        text(&out.stderr)
    );
}

/// `list --llvm`: every name of `tests/llvm_names.txt` (the LLVM transcription),
/// with its status and instruction.
#[test]
fn list_llvm_prints_every_transcribed_name() {
    let out = run(&["list", "--llvm"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let listing = text(&out.stdout);
    let names: Vec<&str> = include_str!("../../tests/llvm_names.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    for n in &names {
        let line = listing
            .lines()
            .find(|l| l.split_whitespace().next() == Some(n))
            .unwrap_or_else(|| panic!("{n} missing from `list --llvm`"));
        let status = line.split_whitespace().nth(1);
        match crypto_insn::llvm::lookup(n) {
            Some(i) => {
                assert_eq!(status, Some("implemented"), "{line}");
                assert!(line.contains(&i.op.mnemonic().to_uppercase()), "{line}");
            }
            None => {
                assert_eq!(status, Some("not-implemented"), "{line}");
                assert!(line.len() > n.len() + 20, "{line}");
            }
        }
    }
    assert!(listing.contains(&format!("{} LLVM intrinsics:", names.len())));
    let aesenc = listing
        .lines()
        .find(|l| l.starts_with("llvm.x86.aesni.aesenc "))
        .unwrap();
    assert!(aesenc.contains("x86::aesenc") && aesenc.contains("<2 x i64>"));
    let bad = run(&["list", "--llvm", "--markdown"], "");
    assert_eq!(bad.status.code(), Some(2));
}

/// FIPS-197 Appendix B (`shared/vectors/fips197/aes128.txt`): the `B` rows
/// as (round, label, memory-order hex), in file order.
fn appendix_b() -> Option<Vec<(String, String, String)>> {
    let text = crypto_insn_testutil::read_shared("fips197/aes128.txt")?;
    Some(
        text.lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>())
            .filter(|f| f.len() == 4 && f[0] == "B" && f[1] != "-")
            .map(|f| (f[1].to_string(), f[2].to_string(), f[3].to_string()))
            .collect(),
    )
}

fn b_value(b: &[(String, String, String)], round: &str, label: &str) -> String {
    b.iter()
        .find(|(r, l, _)| r == round && l == label)
        .map(|(_, _, h)| h.clone())
        .unwrap()
}

#[test]
fn trace_aesenc_shows_each_fips197_step() {
    let Some(b) = appendix_b() else { return };
    let out = run(
        &[
            "trace",
            "--arch",
            "x86",
            "aesenc",
            &b_value(&b, "1", "start"),
            &b_value(&b, "1", "k_sch"),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = text(&out.stdout);
    assert!(
        !t.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
    // The SDM order: ShiftRows first; SubBytes of that is FIPS's s_row.
    let step = |name: &str| {
        t.lines()
            .find(|l| l.contains(name) && l.starts_with("step"))
            .unwrap_or_else(|| panic!("{name} missing:\n{t}"))
            .to_string()
    };
    assert!(step("SubBytes").contains(&b_value(&b, "1", "s_row")), "{t}");
    assert!(
        step("MixColumns").contains(&b_value(&b, "1", "m_col")),
        "{t}"
    );
    assert!(
        step("AddRoundKey").contains(&b_value(&b, "2", "start")),
        "{t}"
    );
    let result = t.lines().find(|l| l.starts_with("result")).unwrap();
    assert!(result.contains(&b_value(&b, "2", "start")) && result.contains("Op::execute"));
    // Both notations of each value, the grid s[r,c] column-major: row 0 of
    // the round-2 start a49c7ff2 689f352b ... is a4 68 6b 02.
    assert!(t.contains("(0x49506a0243ea5b6b2b359f68f27f9ca4)"), "{t}");
    assert!(t.contains(" a4  68  6b  02 "), "{t}");
    // --notation int: the 0x form first.
    let int = run(
        &[
            "trace",
            "--arch",
            "x86",
            "--notation",
            "int",
            "aesenc",
            &b_value(&b, "1", "start"),
            &b_value(&b, "1", "k_sch"),
        ],
        "",
    );
    let t = text(&int.stdout);
    let result = t.lines().find(|l| l.starts_with("result")).unwrap();
    assert!(
        result.contains("0x49506a0243ea5b6b2b359f68f27f9ca4  (a49c7ff2"),
        "{result}"
    );
}

#[test]
fn trace_every_aes_and_sha256_instruction_agrees_with_execute() {
    let s = "193de3bea0f4e22b9ac68d2ae9f84808";
    let k = "a0fafe1788542cb123a339392a6c7605";
    let cases: &[&[&str]] = &[
        &["x86", "aesenc", s, k],
        &["x86", "aesenclast", s, k],
        &["x86", "aesdec", s, k],
        &["x86", "aesdeclast", s, k],
        &["x86", "aesimc", s],
        &["x86", "aeskeygenassist", "0x1b", s],
        &["arm", "aese", s, k],
        &["arm", "aesd", s, k],
        &["arm", "aesmc", s],
        &["arm", "aesimc", s],
        &["ppc64", "vcipher", s, k],
        &["ppc64", "vcipherlast", s, k],
        &["ppc64", "vncipher", s, k],
        &["ppc64", "vncipherlast", s, k],
        &["ppc64", "vsbox", s],
        &["rv64", "aes64es", "0123456789abcdef", "fedcba9876543210"],
        &["rv64", "aes64esm", "0123456789abcdef", "fedcba9876543210"],
        &["rv64", "aes64ds", "0123456789abcdef", "fedcba9876543210"],
        &["rv64", "aes64dsm", "0123456789abcdef", "fedcba9876543210"],
        &["rv64", "aes64im", "0123456789abcdef"],
        &["x86", "sha256rnds2", s, k, s],
        &["arm", "sha256h", s, k, s],
        &["arm", "sha256h2", s, k, s],
    ];
    for c in cases {
        let mut args = vec!["trace", "--arch", c[0]];
        args.extend(&c[1..]);
        let out = run(&args, "");
        assert_eq!(out.status.code(), Some(0), "{c:?}: {}", text(&out.stderr));
        let t = text(&out.stdout);
        // The printed result is the one eval computes.
        let mut eval_args = vec!["eval", "--arch", c[0]];
        eval_args.extend(&c[1..]);
        let e = text(&run(&eval_args, "").stdout);
        let want = e.split("-> ").nth(1).unwrap().trim().to_string();
        let result = t.lines().find(|l| l.starts_with("result")).unwrap();
        assert!(result.contains(&want), "{c:?}: {result} vs {want}");
        if c[1].starts_with("sha256") {
            for name in ["a ", "e ", "T1", "T2", "round 1"] {
                assert!(t.contains(name), "{c:?}: {name}\n{t}");
            }
        } else if c[1] != "aeskeygenassist" {
            assert!(t.contains("s[r,c]"), "{c:?}");
        }
    }
}

#[test]
fn trace_rejects_bad_input() {
    for args in [
        &["trace", "--arch", "x86"][..],
        &["trace", "--arch", "x86", "pclmulqdq", "0x00", "00", "00"],
        &["trace", "--arch", "x86", "aesenc", "zz", "00"],
        &["trace", "aesenc", "00", "00"],
        &["trace", "--whole", "aes256", "00", "00"],
        &["trace", "--whole", "aes128", "00"],
        &["trace", "--whole", "aes128", "0g", "00"],
    ] {
        let out = run(args, "");
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stdout)
        );
        assert!(!text(&out.stderr).is_empty(), "{args:?}");
        assert!(!text(&out.stderr).contains("panicked"), "{args:?}");
    }
}

/// `trace --whole aes128`: the printed round states are FIPS-197 Appendix B,
/// line by line, through x86 and through Arm instructions; `--html` writes
/// the same as one self-contained page.
#[test]
fn trace_whole_aes128_is_appendix_b() {
    let Some(b) = appendix_b() else { return };
    let key = "2b7e151628aed2a6abf7158809cf4f3c";
    let input = b_value(&b, "0", "input");
    for via in ["x86", "arm"] {
        let html = scratch(&format!("trace-{via}.html"), "");
        let out = run(
            &[
                "trace", "--whole", "--via", via, "--html", &html, "aes128", key, &input,
            ],
            "",
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let t = text(&out.stdout);
        let rows: Vec<(String, String, String)> = t
            .lines()
            .filter(|l| l.starts_with("round"))
            .map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                (f[1].to_string(), f[2].to_string(), f[3].to_string())
            })
            .collect();
        assert_eq!(rows, b, "{via}");
        let page = std::fs::read_to_string(&html).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>") && page.contains("</html>"));
        assert!(page.contains("class=\"chg\""), "changed bytes marked");
        assert!(
            !page.contains("http") && !page.contains("src="),
            "self-contained"
        );
        assert!(page.contains(&b_value(&b, "10", "output")));
    }
}

#[test]
fn eval_notation_int_prints_every_value_as_integer() {
    let out = run(
        &[
            "eval",
            "--arch",
            "x86",
            "--notation",
            "int",
            "aesenc",
            WP_STATE,
            WP_KEY,
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let t = text(&out.stdout);
    // The white paper's AESENC example, in Intel's integer notation.
    assert_eq!(
        t.trim(),
        "aesenc 0x7b5b54657374566563746f725d53475d 0x48692853686179295b477565726f6e5d \
         -> 0xa8311c2f9fdba3c58b104b58ded7e595"
    );
    let mem = run(&["eval", "--arch", "x86", "aesenc", WP_STATE, WP_KEY], "");
    assert!(text(&mem.stdout).contains(WP_AESENC));
    let bad = run(
        &[
            "eval",
            "--arch",
            "x86",
            "--notation",
            "dec",
            "aesimc",
            WP_KEY,
        ],
        "",
    );
    assert_eq!(bad.status.code(), Some(2));
}

/// Runs a `--json` command and parses its stdout back: exactly one object with
/// the common members of `tools/src/json.rs` (schema, command, status equal to
/// the exit status, errors), and nothing else on stdout.
fn json_of(args: &[&str], stdin: &str) -> serde_json::Value {
    let out = run(args, stdin);
    let stdout = text(&out.stdout);
    let v: serde_json::Value = serde_json::from_str(stdout.trim())
        .unwrap_or_else(|e| panic!("{args:?}: not one JSON object ({e}): {stdout}"));
    assert_eq!(stdout.trim().lines().count(), 1, "{stdout}");
    assert_eq!(v["schema"], "crypto-insn/1", "{v}");
    assert_eq!(v["command"], args[0], "{v}");
    assert_eq!(
        v["status"].as_i64(),
        out.status.code().map(i64::from),
        "{v}"
    );
    assert!(v["errors"].is_array(), "{v}");
    v
}

#[test]
fn json_output_parses_back_with_one_schema() {
    // check: per file, per mnemonic, the listed mismatch, and the totals.
    let good = format!("aesenc {WP_STATE} {WP_KEY} -> {WP_AESENC}\n");
    let bad = format!("aesenc {WP_STATE} {WP_KEY} -> {WP_STATE}\n");
    let f = scratch(
        "json-mixed.txt",
        &format!("{good}{bad}aesenc128kl 0x1 0x2 -> 0x2\n"),
    );
    let v = json_of(&["check", "--arch", "x86", "--json", &f], "");
    assert_eq!(v["status"], 1);
    assert_eq!(v["arch"], "x86");
    assert_eq!(v["files"][0]["path"], f.as_str());
    assert_eq!(v["files"][0]["passed"], 1);
    assert_eq!(v["files"][0]["failed"], 1);
    assert_eq!(v["files"][0]["unsupported"], 1);
    assert_eq!(v["totals"]["mismatches"], 1);
    let m = &v["mismatches"][0];
    assert_eq!(m["line"], 2);
    assert_eq!(m["mnemonic"], "aesenc");
    assert_eq!(m["expected"], WP_STATE);
    assert_eq!(m["got"], WP_AESENC);
    let aesenc = v["ops"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["mnemonic"] == "aesenc")
        .expect("aesenc row");
    assert_eq!(
        (aesenc["passed"].as_u64(), aesenc["failed"].as_u64()),
        (Some(1), Some(1))
    );

    // Malformed input: status 2, the line and the reason in `errors`.
    let v = json_of(
        &["check", "--arch", "x86", "--json", "-"],
        &format!("{good}aesenc {WP_STATE}\n"),
    );
    assert_eq!(v["status"], 2);
    assert_eq!(v["errors"][0]["file"], "<stdin>");
    assert_eq!(v["errors"][0]["line"], 2);
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("column"),
        "{v}"
    );
    // Empty input and a usage error are objects too.
    let v = json_of(&["check", "--arch", "x86", "--json", "-"], "");
    assert_eq!(v["status"], 2);
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("empty"),
        "{v}"
    );
    let v = json_of(&["diff", "--arch", "x86", "--cases", "0", "--json"], "");
    assert_eq!(v["status"], 2);
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("--cases 0")
    );

    // diff against the host: every op's counts add up to the totals.
    let v = json_of(
        &[
            "diff",
            "--arch",
            "x86",
            "--cases",
            "500",
            "--ops",
            "aesenc,pclmulqdq",
            "--json",
        ],
        "",
    );
    assert_eq!(v["status"], 0, "{v}");
    assert_eq!(v["cases"], 1000);
    assert_eq!(v["cases_per_op"], 500);
    assert_eq!(v["mismatches"], 0);
    assert!(v["oracle"].is_null());
    let ops = v["ops"].as_array().unwrap();
    assert_eq!(ops.len(), 2);
    assert_eq!(ops[1]["op"], "pclmulqdq");
    assert_eq!(
        ops.iter()
            .map(|o| o["cases"].as_u64().unwrap())
            .sum::<u64>(),
        1000
    );

    // list: every registry row, with widths and immediates.
    let v = json_of(&["list", "--json"], "");
    let rows = v["instructions"].as_array().unwrap();
    assert_eq!(rows.len(), crypto_insn::registry::INSTRUCTIONS.len());
    let aeskga = rows
        .iter()
        .find(|r| r["arch"] == "x86" && r["mnemonic"] == "aeskeygenassist")
        .unwrap();
    assert_eq!(aeskga["imm"]["max"], 255);
    assert_eq!(aeskga["operands"][0]["widths"][0], 128);
    assert_eq!(aeskga["c_function"], "crypto_insn_x86_aeskeygenassist");
    assert!(["yes", "no"].contains(&aeskga["native"].as_str().unwrap()));
    let gf = rows
        .iter()
        .find(|r| r["arch"] == "x86" && r["mnemonic"] == "gf2p8mulb")
        .unwrap();
    assert_eq!(gf["result_widths"], serde_json::json!([128, 256, 512]));
    // rv32: general-purpose registers are 32 bits (the scalar rows' operands
    // and a vector row's `rs1`); vector groups 128 to 1024 bits.
    for (arch, xlen) in [("rv32", 32), ("rv64", 64)] {
        let rv = json_of(&["list", "--arch", arch, "--json"], "");
        let mut vector_rows = 0;
        for r in rv["instructions"].as_array().unwrap() {
            assert_eq!(r["arch"], arch);
            for o in r["operands"].as_array().unwrap() {
                let want = if r["shape"] != "V" || o["name"] == "rs1" {
                    serde_json::json!([xlen])
                } else {
                    serde_json::json!([128, 256, 512, 1024])
                };
                assert_eq!(o["widths"], want, "{r}");
            }
            vector_rows += usize::from(r["shape"] == "V");
        }
        assert_eq!(vector_rows, crypto_insn::riscv::v::VOp::ALL.len(), "{arch}");
    }

    // selftest without the shared folder: skips and passes, counted.
    let out = bin()
        .args([
            "selftest",
            "--diff-cases",
            "50",
            "--shared",
            "/nonexistent",
            "--json",
        ])
        .env_remove("CRYPTO_INSN_STRICT")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("selftest JSON");
    assert_eq!(v["command"], "selftest");
    assert_eq!(v["status"].as_i64(), out.status.code().map(i64::from));
    assert_eq!(v["shared_present"], false);
    let suites = v["suites"].as_array().unwrap();
    let count = |s: &str| suites.iter().filter(|r| r["status"] == s).count();
    assert_eq!(v["totals"]["passed"], count("pass"));
    assert_eq!(v["totals"]["skipped"], count("skip"));
    assert!(
        count("skip") > 0 && count("pass") > 0 && count("fail") == 0,
        "{v}"
    );
}

#[test]
fn cavp_json_counts_every_record() {
    let Some(dir) = shared_cavp() else { return };
    let v = json_of(&["cavp", "--via", "arm", "--json", &dir], "");
    assert_eq!(v["status"], 0);
    assert_eq!(v["via"], "arm");
    // 2,138 KAT/MMT records and 600 Monte-Carlo records in the 18 NIST files
    // (the same count as the text report's last line).
    assert_eq!(v["totals"]["passed"], 2738);
    assert_eq!(v["totals"]["failed"], 0);
    let sections = v["sections"].as_array().unwrap();
    assert_eq!(
        sections
            .iter()
            .map(|s| s["passed"].as_u64().unwrap())
            .sum::<u64>(),
        2738
    );
    assert!(
        sections
            .iter()
            .any(|s| s["monte_carlo"] == true && s["direction"] == "DECRYPT")
    );
    // A cut file: status 2 with its line.
    let cut = scratch("json-cut.rsp", "[ENCRYPT]\nCOUNT = 0\nKEY = 00\n");
    let v = json_of(&["cavp", "--json", &cut], "");
    assert_eq!(v["status"], 2);
    assert!(v["errors"][0]["line"].is_u64(), "{v}");
}

#[test]
fn diff_rate_is_readable() {
    let out = run(
        &[
            "diff", "--arch", "x86", "--cases", "20000", "--ops", "aesenc",
        ],
        "",
    );
    let stdout = text(&out.stdout);
    let line = stdout.lines().find(|l| l.contains("cases in")).unwrap();
    // `(746 k cases/s)`: three significant digits and a unit, no thousands
    // separators or four decimals.
    let rate = line.split('(').nth(1).unwrap();
    assert!(rate.ends_with("cases/s), 0 mismatches"), "{line}");
    let rate = rate.split(')').next().unwrap();
    assert!(!rate.contains(','), "{line}");
    assert!(
        rate.contains(" k ") || rate.contains(" M ") || rate.contains(" G "),
        "{line}"
    );
}

#[test]
fn diff_vector_ops_have_host_composed_references() {
    // Whole-group cases of Zvkned and Zvbc are compared with the host's AES
    // rounds and carry-less multiply (composed in tools/src/diff.rs through
    // the host reference), the rest with `soft`; both XLENs.
    for arch in ["rv64", "rv32"] {
        let v = json_of(
            &[
                "diff",
                "--arch",
                arch,
                "--ops",
                "vaesem.vs,vaesdm.vv,vclmulh.vx",
                "--cases",
                "4000",
                "--json",
            ],
            "",
        );
        assert_eq!(v["status"], 0, "{v}");
        if v["reference"].as_str().unwrap_or("").starts_with("none") {
            continue; // no crypto instructions on this host
        }
        for op in v["ops"].as_array().unwrap() {
            assert!(op["host_checked"].as_u64().unwrap() > 0, "{arch}: {op}");
            assert_eq!(op["mismatches"], 0, "{arch}: {op}");
        }
    }
}
