//! The Intel AES-NI and CLMUL white-paper examples
//! (`../shared/vectors/intel-aesni-whitepaper.txt`), in both notations, replayed
//! on every backend, and the AES white paper's AESIMC erratum pinned down.

use crypto_insn::backend;
use crypto_insn::conformance::replay::replay;
use crypto_insn::reg::parse_int_hex;
use crypto_insn::vector::Arch;
use crypto_insn::x86;
use crypto_insn_testutil::read_shared;

const FILE: &str = "intel-aesni-whitepaper.txt";

#[test]
fn every_aes_example_replays() {
    let Some(text) = read_shared(FILE) else {
        return;
    };
    for b in backend::available() {
        let report = replay(&text, Arch::X86, b);
        assert!(report.malformed.is_empty(), "{:?}", report.malformed);
        assert!(
            report.mismatches.is_empty(),
            "on {b}: {:?}",
            report.mismatches
        );
        let t = report.totals();
        // 8 AES and 4 PCLMULQDQ examples, each as an 'intel:' and an 'oracle:' line.
        assert_eq!(t.passed, 24, "on {b}");
        assert_eq!(t.unsupported, 0, "on {b}");
        for m in [
            "aesenc",
            "aesenclast",
            "aesdec",
            "aesdeclast",
            "aeskeygenassist",
        ] {
            assert_eq!(report.per_mnemonic[m].passed, 2, "{m}");
        }
        assert_eq!(report.per_mnemonic["aesimc"].passed, 6);
        // The PCLMULQDQ examples: 4 in both notations.
        assert_eq!(
            report.per_mnemonic["pclmulqdq"].passed + report.per_mnemonic["pclmulqdq"].unsupported,
            8
        );
    }
}

/// The white paper prints AESIMC(0x48692853686179295b477565726f6e5d) =
/// 0x627a6f6644b109c82b18330a81c3b3e5; hardware (and this library) give that
/// result for 0x7b5b54657374566563746f725d53475d instead.
#[test]
fn aesimc_erratum() {
    let printed_in = parse_int_hex("0x48692853686179295b477565726f6e5d").unwrap();
    let printed_out = parse_int_hex("0x627a6f6644b109c82b18330a81c3b3e5").unwrap();
    let real_in = parse_int_hex("0x7b5b54657374566563746f725d53475d").unwrap();
    assert_ne!(x86::aesimc(printed_in), printed_out);
    assert_eq!(x86::aesimc(real_in), printed_out);
    assert_eq!(
        x86::aesimc(printed_in),
        parse_int_hex("0x597f8df109efaa15f39bc5a119d859b6").unwrap()
    );
}
