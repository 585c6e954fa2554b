//! FIPS-197 Appendices A (key expansion), B and C (cipher, inverse cipher,
//! equivalent inverse cipher) round by round, from `../shared/vectors/fips197`,
//! on every backend: each value against the steps, the fragments, the x86 and
//! Arm helpers round by round, and the whole cipher built from each.

use crypto_insn::aes::{self, Aes, KeySchedule};
use crypto_insn::backend;
use crypto_insn::conformance::fips197;
use crypto_insn::reg;
use crypto_insn_testutil::read_shared;

/// Values in each file (1,159 in all, as shared/vectors/README.md says); every
/// one must be checked.
const FILES: [(&str, usize); 3] = [
    ("fips197/aes128.txt", 377),
    ("fips197/aes192.txt", 365),
    ("fips197/aes256.txt", 417),
];

#[test]
fn every_value_checked_on_every_backend() {
    for (file, values) in FILES {
        let Some(text) = read_shared(file) else {
            continue;
        };
        for b in backend::available() {
            let report = fips197::check(&text, b).expect("file parses");
            assert_eq!(report.values, values, "{file}");
            assert_eq!(report.values_checked, values, "{file} on {b}");
            assert!(
                report.checks >= values,
                "{file}: only {} checks",
                report.checks
            );
            assert!(
                report.failures.is_empty(),
                "{file} on {b}: {} failures, first: {:?}",
                report.failures.len(),
                report.failures.first()
            );
        }
    }
}

/// A few values written out, so that this file alone shows the byte order:
/// FIPS-197 Appendix B round 1 and the A.1 key expansion's first derived word.
#[test]
fn appendix_b_round_1_spelled_out() {
    let h = |s: &str| reg::parse_mem_hex(s).unwrap();
    let start = h("193de3bea0f4e22b9ac68d2ae9f84808");
    let s_box = h("d42711aee0bf98f1b8b45de51e415230");
    let s_row = h("d4bf5d30e0b452aeb84111f11e2798e5");
    let m_col = h("046681e5e0cb199a48f8d37a2806264c");
    let k1 = h("a0fafe1788542cb123a339392a6c7605");
    assert_eq!(aes::sub_bytes(start), s_box);
    assert_eq!(aes::shift_rows(s_box), s_row);
    assert_eq!(aes::mix_columns(s_row), m_col);
    assert_eq!(aes::inv_mix_columns(m_col), s_row);
    assert_eq!(aes::inv_shift_rows(s_row), s_box);
    assert_eq!(aes::inv_sub_bytes(s_box), start);
    assert_eq!(aes::sb_sr_mc_ak(start, k1), m_col ^ k1);
    let ks = KeySchedule::new(&reg::to_bytes(h("2b7e151628aed2a6abf7158809cf4f3c"))).unwrap();
    // A.1: w[4] = a0fafe17 (bytes a0 fa fe 17, so 0x17fefaa0 as a register dword).
    assert_eq!(ks.word(4), Some(0x17fe_faa0));
    assert_eq!(ks.round_keys()[1], k1);
    let aes = Aes::new(&reg::to_bytes(h("2b7e151628aed2a6abf7158809cf4f3c"))).unwrap();
    let out = aes.encrypt_block(h("3243f6a8885a308d313198a2e0370734"));
    assert_eq!(out, h("3925841d02dc09fbdc118597196a0b32"));
    assert_eq!(
        aes.decrypt_block(out),
        h("3243f6a8885a308d313198a2e0370734")
    );
}
