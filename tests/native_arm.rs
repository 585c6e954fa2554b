//! Differential tests against the host's ARMv8 crypto instructions (AArch64
//! hosts, e.g. the CI lane under `qemu-aarch64 -cpu max`): every Arm helper (AES,
//! PMULL, SHA-1, SHA-256), on every backend, equals the `core::arch::aarch64`
//! intrinsic on random and edge-case inputs; and every x86 SHA-NI helper equals
//! its composition from the host's Arm SHA instructions.
#![cfg(target_arch = "aarch64")]

use crypto_insn::arm::Arm;
use crypto_insn::backend;
use crypto_insn::x86::X86;
use crypto_insn_testutil::oracle::arm::Oracle;
use crypto_insn_testutil::{Rng, cases, cross, skip};

#[test]
fn arm_helpers_match_the_cpu() {
    let Some(cpu) = Oracle::detect() else {
        skip("native_arm: this CPU has no FEAT_AES");
        return;
    };
    for b in backend::available() {
        let a = Arm(b);
        let mut rng = Rng::new(0x5eed_00a1);
        for _ in 0..cases(100_000) {
            let (s, k) = (rng.next_reg(), rng.next_reg());
            assert_eq!(
                a.aese(s, k),
                cpu.aese(s, k),
                "aese {s:032x} {k:032x} on {b}"
            );
            assert_eq!(
                a.aesd(s, k),
                cpu.aesd(s, k),
                "aesd {s:032x} {k:032x} on {b}"
            );
            assert_eq!(a.aesmc(s), cpu.aesmc(s), "aesmc {s:032x} on {b}");
            assert_eq!(a.aesimc(s), cpu.aesimc(s), "aesimc {s:032x} on {b}");
        }
    }
}

#[test]
fn pmull_and_sha_match_the_cpu() {
    let Some(cpu) = Oracle::detect() else {
        skip("native_arm: this CPU has no FEAT_AES");
        return;
    };
    if !(std::arch::is_aarch64_feature_detected!("pmull")
        && std::arch::is_aarch64_feature_detected!("sha2"))
    {
        skip("native_arm: this CPU lacks FEAT_PMULL or FEAT_SHA1/SHA256");
        return;
    }
    for b in backend::available() {
        let a = Arm(b);
        let mut rng = Rng::new(0x5eed_00a2);
        for _ in 0..cases(100_000) {
            let (d, n, m) = (rng.next_reg(), rng.next_reg(), rng.next_reg());
            assert_eq!(a.pmull(n, m), cpu.pmull(n, m, false), "pmull on {b}");
            assert_eq!(a.pmull2(n, m), cpu.pmull(n, m, true), "pmull2 on {b}");
            assert_eq!(a.sha1c(d, n, m), cpu.sha("sha1c", d, n, m), "sha1c on {b}");
            assert_eq!(a.sha1p(d, n, m), cpu.sha("sha1p", d, n, m), "sha1p on {b}");
            assert_eq!(a.sha1m(d, n, m), cpu.sha("sha1m", d, n, m), "sha1m on {b}");
            assert_eq!(a.sha1h(d), cpu.sha("sha1h", d, 0, 0), "sha1h on {b}");
            assert_eq!(
                a.sha1su0(d, n, m),
                cpu.sha("sha1su0", d, n, m),
                "sha1su0 on {b}"
            );
            assert_eq!(
                a.sha1su1(d, n),
                cpu.sha("sha1su1", d, n, 0),
                "sha1su1 on {b}"
            );
            assert_eq!(
                a.sha256h(d, n, m),
                cpu.sha("sha256h", d, n, m),
                "sha256h on {b}"
            );
            assert_eq!(
                a.sha256h2(d, n, m),
                cpu.sha("sha256h2", d, n, m),
                "sha256h2 on {b}"
            );
            assert_eq!(
                a.sha256su0(d, n),
                cpu.sha("sha256su0", d, n, 0),
                "sha256su0 on {b}"
            );
            assert_eq!(
                a.sha256su1(d, n, m),
                cpu.sha("sha256su1", d, n, m),
                "sha256su1 on {b}"
            );
            // Vd == Vn == Vm.
            assert_eq!(
                a.sha256h(d, d, d),
                cpu.sha("sha256h", d, d, d),
                "sha256h aliased on {b}"
            );
        }
    }
}

/// The x86 SHA-NI instructions on this Arm CPU: every x86 SHA helper, on every
/// backend, equals its composition from the host's SHA-1/SHA-256 instructions
/// (`crypto_insn_testutil::cross`).
#[test]
fn x86_sha_matches_its_arm_composition() {
    let Some(cpu) = Oracle::detect() else {
        skip("native_arm: this CPU has no FEAT_AES");
        return;
    };
    if !std::arch::is_aarch64_feature_detected!("sha2") {
        skip("native_arm: this CPU lacks FEAT_SHA1/SHA256");
        return;
    }
    let arm_sha = |name: &str, d, n, m| cpu.sha(name, d, n, m);
    for b in backend::available() {
        let x = X86(b);
        let mut rng = Rng::new(0x5eed_0086);
        for i in 0..cases(100_000) {
            let (p, q, r) = (rng.next_reg(), rng.next_reg(), rng.next_reg());
            let imm = (i % 4) as u8;
            let want = |name| cross::x86_from_arm(name, p, q, r, imm, arm_sha);
            let got = [
                ("sha1rnds4", x.sha1rnds4(p, q, imm)),
                ("sha1nexte", x.sha1nexte(p, q)),
                ("sha1msg1", x.sha1msg1(p, q)),
                ("sha1msg2", x.sha1msg2(p, q)),
                ("sha256rnds2", x.sha256rnds2(p, q, r)),
                ("sha256msg1", x.sha256msg1(p, q)),
                ("sha256msg2", x.sha256msg2(p, q)),
            ];
            for (name, got) in got {
                assert_eq!(
                    Some(got),
                    want(name),
                    "{name} {imm} {p:032x} {q:032x} {r:032x} on {b}"
                );
            }
        }
    }
}
