//! The vector-line parser (the one `eval` and `check` use) never panics, reports
//! errors with a column inside the line, and its canonical form of a parsed line
//! parses back to the same instruction.
#![no_main]

use crypto_insn::backend::Soft;
use crypto_insn::vector::{Arch, Notation, Parsed, parse_line};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for arch in [
        Arch::X86,
        Arch::Arm,
        Arch::Arm32,
        Arch::Ppc64,
        Arch::Rv32,
        Arch::Rv64,
    ] {
        // The format is one line; files are split on newlines before parsing.
        for line in text.lines() {
            match parse_line(line, arch) {
                Err(e) => {
                    assert!(
                        e.column >= 1 && e.column <= line.len() + 1,
                        "column {} for {line:?}",
                        e.column
                    );
                    assert!(!e.to_string().is_empty());
                }
                Ok(Parsed::Insn(l)) => {
                    let result = l.execute(Soft);
                    let bare = Notation::bare(arch.register_order());
                    let again = format!("{} -> {}", l.canonical(), result.display(bare));
                    match parse_line(&again, arch) {
                        Ok(Parsed::Insn(m)) => {
                            assert_eq!(
                                (m.op, m.imm, m.sources()),
                                (l.op, l.imm, l.sources()),
                                "{again}"
                            );
                            assert_eq!(m.expected.map(|e| e.0), Some(result), "{again}");
                        }
                        other => panic!(
                            "canonical form {again:?} of {line:?} did not parse back: {other:?}"
                        ),
                    }
                }
                Ok(Parsed::Blank | Parsed::Unsupported { .. }) => {}
            }
        }
    }
});
