//! The x86-64 interpreter of `examples/x86_interp.rs` on real machine code:
//! `examples/x86-routine.hex` (gcc -O2 -maes output of
//! `examples/x86-routine.c`, committed with its compiler and command; nothing
//! is compiled at test time) runs AES-128 key expansion (AESKEYGENASSIST) and
//! one block's encryption (AESENC/AESENCLAST) through crypto-insn, compared
//! with FIPS-197 Appendix B and C.1 (`shared/vectors/fips197/aes128.txt`).

#[allow(dead_code)]
#[path = "../examples/x86_interp.rs"]
mod interp;

use crypto_insn::reg;
use crypto_insn_testutil::read_shared;

fn code() -> Vec<u8> {
    interp::parse_hex_file(include_str!("../examples/x86-routine.hex")).expect("hex parses")
}

fn value(text: &str, table: &str, round: &str, label: &str) -> [u8; 16] {
    let hex = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .find(|f| f.len() == 4 && f[0] == table && f[1] == round && f[2] == label)
        .map(|f| f[3].to_string())
        .unwrap_or_else(|| panic!("{table} {round} {label} missing"));
    reg::parse_mem_hex(&hex).unwrap().to_le_bytes()
}

#[test]
fn routine_header_names_compiler_and_command() {
    let text = include_str!("../examples/x86-routine.hex");
    assert!(text.lines().any(|l| l.starts_with("# Compiler: gcc")));
    assert!(
        text.lines()
            .any(|l| l.starts_with("# Command: gcc -O2 -maes"))
    );
    let n: usize = text
        .lines()
        .find_map(|l| l.strip_prefix("# Bytes: "))
        .and_then(|l| l.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert_eq!(code().len(), n);
}

#[test]
fn gcc_aes128_routine_matches_fips197() {
    let Some(text) = read_shared("fips197/aes128.txt") else {
        return;
    };
    let code = code();
    for (table, key_label) in [("B", "key"), ("C.1", "key")] {
        let (key, input, output) = if table == "B" {
            (
                value(&text, "B", "-", key_label),
                value(&text, "B", "-", "input"),
                value(&text, "B", "10", "output"),
            )
        } else {
            (
                value(&text, "C.1", "-", "key"),
                value(&text, "C.1", "-", "plaintext"),
                value(&text, "C.1.cipher", "10", "output"),
            )
        };
        let (got, steps) = interp::call_aes128_encrypt(&code, key, input)
            .unwrap_or_else(|f| panic!("{table}: fault {f:?}"));
        assert_eq!(got, output, "FIPS-197 {table}");
        assert!(steps > 100, "{steps} instructions");
    }
}

#[test]
fn faults_are_reported_not_guessed() {
    // A misaligned MOVAPS store: the stack misaligned by 8 (no CALL pushed).
    let code = code();
    let mut m = interp::Machine::new(0x9000);
    m.gpr[interp::RSP] = 0x8000;
    m.gpr[7] = 0x1000;
    m.gpr[6] = 0x1010;
    m.gpr[2] = 0x1020;
    assert!(matches!(
        m.run(&code, 0x40_0000, 0xdead, 10_000),
        Err(interp::Fault::Alignment(_))
    ));
    // An instruction outside the subset (CPUID), and undecodable bytes.
    let mut m = interp::Machine::new(0x100);
    assert!(matches!(
        m.run(&[0x0f, 0xa2], 0, 0xdead, 10),
        Err(interp::Fault::Unsupported(0, _))
    ));
    let mut m = interp::Machine::new(0x100);
    assert!(matches!(
        m.run(&[0x0f, 0xff], 0, 0xdead, 10),
        Err(interp::Fault::Decode(0))
    ));
    assert!(interp::parse_hex_file("# only a header\n").is_err());
    assert!(interp::parse_hex_file("zz").is_err());
}
