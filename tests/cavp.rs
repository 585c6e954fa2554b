//! NIST CAVP AESAVS ECB response files from `../shared/vectors/cavp` through the
//! x86-composed (AESKEYGENASSIST, AESENC/AESDEC, AESIMC), the Arm-composed
//! (AESE/AESMC, AESD/AESIMC) and the whole-block ciphers, on every backend.

use crypto_insn::backend;
use crypto_insn::compose::Via;
use crypto_insn::conformance::cavp::{self, Mode};
use crypto_insn_testutil::read_shared;

/// The 15 known-answer and multi-block files with their record counts
/// (ENCRYPT + DECRYPT), counted from the NIST files.
const KAT_MMT: [(&str, usize); 15] = [
    ("ECBGFSbox128.rsp", 14),
    ("ECBGFSbox192.rsp", 12),
    ("ECBGFSbox256.rsp", 10),
    ("ECBKeySbox128.rsp", 42),
    ("ECBKeySbox192.rsp", 48),
    ("ECBKeySbox256.rsp", 32),
    ("ECBVarKey128.rsp", 256),
    ("ECBVarKey192.rsp", 384),
    ("ECBVarKey256.rsp", 512),
    ("ECBVarTxt128.rsp", 256),
    ("ECBVarTxt192.rsp", 256),
    ("ECBVarTxt256.rsp", 256),
    ("ECBMMT128.rsp", 20),
    ("ECBMMT192.rsp", 20),
    ("ECBMMT256.rsp", 20),
];

const MCT: [&str; 3] = ["ECBMCT128.rsp", "ECBMCT192.rsp", "ECBMCT256.rsp"];

fn run_file(name: &str, records: Option<usize>, backends: &[backend::Dynamic]) {
    let Some(text) = read_shared(&format!("cavp/{name}")) else {
        return;
    };
    let file = cavp::parse(&text, Some(name)).unwrap_or_else(|e| panic!("{name}:{e}"));
    if let Some(n) = records {
        assert_eq!(file.records(), n, "{name}");
    }
    for &b in backends {
        for via in Via::ALL {
            let reports = cavp::run(&file, via, b);
            let passed: usize = reports.iter().map(|r| r.passed).sum();
            let failures: Vec<_> = reports.iter().flat_map(|r| r.failures.iter()).collect();
            assert!(
                failures.is_empty(),
                "{name} via {via} on {b}: {:?}",
                failures.first()
            );
            assert_eq!(passed, file.records(), "{name} via {via} on {b}");
        }
    }
}

#[test]
fn kat_and_mmt_files() {
    let all: Vec<_> = backend::available().collect();
    for (name, records) in KAT_MMT {
        run_file(name, Some(records), &all);
    }
}

#[test]
fn monte_carlo_files() {
    let all: Vec<_> = backend::available().collect();
    for name in MCT {
        // 100 ENCRYPT and 100 DECRYPT records of 1000 chained operations each.
        run_file(name, Some(200), &all);
        if let Some(text) = read_shared(&format!("cavp/{name}")) {
            let file = cavp::parse(&text, None).unwrap();
            assert_eq!(file.mode, Mode::MonteCarlo, "the header names the MCT");
        }
    }
}
