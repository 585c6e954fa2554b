//! Differential test against the host's ARMv8 AES instructions (AArch64 hosts,
//! e.g. the CI lane under `qemu-aarch64 -cpu max`): every Arm helper, on every
//! backend, equals the `core::arch::aarch64` intrinsic on random and edge-case
//! inputs.
#![cfg(target_arch = "aarch64")]

use crypto_insn::arm::Arm;
use crypto_insn::backend;
use crypto_insn_testutil::oracle::arm::Oracle;
use crypto_insn_testutil::{Rng, cases, skip};

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
