//! Every registry row is checked against this host's own instructions: the
//! hand-written reference of `crypto_insn_testutil::reference` (raw intrinsics
//! and the cross-architecture identities) answers for it, and agrees with the
//! library on every backend. A row of an extension the reference is written to
//! cover (`covered_extensions`, given this CPU's features) that it does not
//! know is a failure, so a new instruction cannot slip past `diff`; rows no
//! host instruction computes are listed on stderr. Only
//! hosts with crypto instructions (x86-64, AArch64) have a reference to check.
#![cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]

use crypto_insn::backend;
use crypto_insn::registry::INSTRUCTIONS;
use crypto_insn::vector::{Value, Width};
use crypto_insn_testutil::reference::host_reference;
use crypto_insn_testutil::{Rng, skip};

#[test]
fn every_instruction_has_a_host_reference_that_agrees() {
    let reference = host_reference();
    if !reference.available() {
        skip(&format!("host reference: {}", reference.name));
        return;
    }
    let mut rng = Rng::new(0x5eed_2026);
    let mut missing = Vec::new();
    for insn in INSTRUCTIONS.iter() {
        let Some(op) = insn.op else { continue };
        let widths: &[Width] = if insn.shape.wide() {
            &[Width::W128, Width::W256, Width::W512]
        } else {
            &[Width::W128]
        };
        for &w in widths {
            for case in 0..64 {
                let srcs: Vec<Value> = (0..insn.shape.sources())
                    .map(|_| {
                        let lanes: Vec<u128> = (0..w.lanes()).map(|_| rng.next_u128()).collect();
                        Value::from_lanes(&lanes).unwrap()
                    })
                    .collect();
                let imm = if insn.shape.imm() {
                    (case * 37 % 256) as u8
                } else {
                    0
                };
                let lanes: Vec<&[u128]> = srcs.iter().map(Value::lanes).collect();
                let Some(want) = reference.eval(insn.arch.as_str(), insn.mnemonic, imm, &lanes)
                else {
                    missing.push(format!("{} {}", insn.arch, insn.mnemonic));
                    break;
                };
                for b in backend::available() {
                    let got = op.execute(b, imm, &srcs);
                    assert_eq!(
                        got.lanes(),
                        &want[..],
                        "{} {} on {b}",
                        insn.arch,
                        insn.mnemonic
                    );
                }
            }
        }
    }
    missing.dedup();
    // The extensions whose every instruction the hand-written reference must
    // cover on this host (where the CPU has them): a new instruction there
    // cannot slip past `diff`. Other rows (no single host instruction computes
    // them: SHA512 without the CPU feature, vshasigma, the RISC-V byte-select
    // forms, ...) are listed, not failed.
    let must_cover = covered_extensions();
    let must: Vec<&String> = missing
        .iter()
        .filter(|m| {
            INSTRUCTIONS.iter().any(|i| {
                format!("{} {}", i.arch, i.mnemonic) == **m
                    && must_cover.contains(&(i.arch.as_str(), i.extension))
            })
        })
        .collect();
    assert!(
        must.is_empty(),
        "no host reference for instructions this host has: {must:?}"
    );
    eprintln!(
        "host reference ({}): no host instruction for {} rows: {}",
        reference.name,
        missing.len(),
        missing.join(", ")
    );
}

/// `(arch, extension)` pairs this host's reference is written to cover, given
/// the CPU's features.
fn covered_extensions() -> Vec<(&'static str, &'static str)> {
    let mut v = Vec::new();
    #[cfg(target_arch = "x86_64")]
    {
        v.extend([("x86", "aesni"), ("arm", "aes")]);
        if std::is_x86_feature_detected!("pclmulqdq") {
            v.extend([
                ("x86", "pclmulqdq"),
                ("arm", "pmull"),
                ("x86", "vpclmulqdq"),
            ]);
        }
        if std::is_x86_feature_detected!("sha") {
            v.extend([("x86", "sha"), ("arm", "sha1"), ("arm", "sha256")]);
        }
        v.push(("x86", "vaes"));
        if std::is_x86_feature_detected!("gfni") && std::is_x86_feature_detected!("avx2") {
            v.push(("x86", "gfni"));
        }
    }
    #[cfg(target_arch = "aarch64")]
    {
        v.extend([("arm", "aes"), ("x86", "aesni"), ("x86", "vaes")]);
        if std::arch::is_aarch64_feature_detected!("pmull") {
            v.extend([
                ("arm", "pmull"),
                ("x86", "pclmulqdq"),
                ("x86", "vpclmulqdq"),
            ]);
        }
        if std::arch::is_aarch64_feature_detected!("sha2") {
            v.extend([("arm", "sha1"), ("arm", "sha256"), ("x86", "sha")]);
        }
    }
    v
}
