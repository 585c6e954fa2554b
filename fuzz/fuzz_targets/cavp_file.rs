//! The CAVP response-file parser (the one `crypto-insn cavp` uses) never panics
//! and never loops, reports malformed input with a line inside the file, and a
//! parsed file runs (Monte-Carlo files only when small, to keep iterations fast).
#![no_main]

use crypto_insn::backend::Soft;
use crypto_insn::compose::Via;
use crypto_insn::conformance::cavp::{self, Mode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for hint in [None, Some("ECBMCT128.rsp")] {
        match cavp::parse(text, hint) {
            Err(e) => {
                let lines = text.lines().count().max(1);
                assert!(e.line >= 1 && e.line <= lines, "line {} of {lines}", e.line);
                assert!(!e.reason.is_empty());
            }
            Ok(file) => {
                if file.mode == Mode::Direct || file.records() <= 2 {
                    for s in cavp::run(&file, Via::Block, Soft) {
                        assert_eq!(
                            s.passed + s.failed,
                            file.sections
                                .iter()
                                .find(|x| x.line == s.line)
                                .map_or(0, |x| x.records.len())
                        );
                    }
                }
            }
        }
    }
});
