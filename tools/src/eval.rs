//! `crypto-insn eval`.

use std::io::BufRead;

use crypto_insn::backend::{Choice, Dynamic};
use crypto_insn::vector::{Arch, Notation, Parsed, parse_line};

use crate::trace::Primary;

/// Evaluates one line; returns the exit status it deserves (0, 1, 2 or 3).
fn eval_line(text: &str, arch: Arch, backend: Dynamic, primary: Primary, origin: &str) -> u8 {
    match parse_line(text, arch) {
        Ok(Parsed::Blank) => 0,
        Ok(Parsed::Unsupported { mnemonic }) => {
            eprintln!(
                "{origin}: '{mnemonic}' is a known {arch} instruction that this build does not implement"
            );
            3
        }
        Ok(Parsed::Insn(line)) => {
            let got = line.execute(backend);
            // Bare hex in the architecture's register order (ISA byte order for ppc64).
            let bare = Notation::bare(line.op.arch().register_order());
            match primary {
                Primary::Mem => println!("{} -> {}", line.canonical(), got.display(bare)),
                Primary::Int => {
                    // Every value `0x`, full width, lowercase.
                    let mut s = line.op.mnemonic().to_string();
                    if let Some(imm) = line.imm {
                        s.push_str(&format!(" {imm:#04x}"));
                    }
                    for v in line.sources() {
                        s.push_str(&format!(" {}", v.int()));
                    }
                    println!("{s} -> {}", got.int());
                }
            }
            match line.expected {
                Some((want, notation)) if want != got => {
                    eprintln!(
                        "{origin}: mismatch: expected {} got {}",
                        want.display(notation),
                        got.display(notation)
                    );
                    1
                }
                _ => 0,
            }
        }
        Err(e) => {
            eprintln!("{origin}: {e}");
            2
        }
    }
}

/// Runs `eval`; the worst status of all lines.
pub fn run(arch: Arch, choice: Choice, primary: Primary, words: &[String]) -> u8 {
    let backend = match choice.resolve() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("crypto-insn: {e}");
            return 2;
        }
    };
    if !words.is_empty() {
        return eval_line(&words.join(" "), arch, backend, primary, "eval");
    }
    let mut worst = 0u8;
    let stdin = std::io::stdin();
    for (i, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("<stdin>:{}: cannot read: {e}", i + 1);
                return 2;
            }
        };
        let status = eval_line(&line, arch, backend, primary, &format!("<stdin>:{}", i + 1));
        worst = combine(worst, status);
    }
    worst
}

/// Malformed (2) wins over unsupported (3), which wins over mismatches (1).
pub fn combine(a: u8, b: u8) -> u8 {
    let rank = |s: u8| match s {
        2 => 3,
        3 => 2,
        1 => 1,
        _ => 0,
    };
    if rank(b) > rank(a) { b } else { a }
}
