//! Differential tests against the host's ARMv8.2 SHA-512, SHA3, SM3 and SM4
//! instructions (AArch64 hosts, e.g. the CI lane under `qemu-aarch64 -cpu
//! max`): every helper, on every backend, equals the instruction itself
//! (`crypto_insn_testutil::oracle::arm_v82`) on random and edge-case inputs,
//! with every immediate; and the registry's `Op::execute` does too.
#![cfg(target_arch = "aarch64")]

use crypto_insn::arm::Arm;
use crypto_insn::backend;
use crypto_insn::registry::{ArmOp, Op};
use crypto_insn::vector::Value;
use crypto_insn_testutil::oracle::arm_v82::Oracle;
use crypto_insn_testutil::{Rng, cases, skip};

const NEW: &[&str] = &[
    "sha512h",
    "sha512h2",
    "sha512su0",
    "sha512su1",
    "eor3",
    "rax1",
    "xar",
    "bcax",
    "sm3ss1",
    "sm3tt1a",
    "sm3tt1b",
    "sm3tt2a",
    "sm3tt2b",
    "sm3partw1",
    "sm3partw2",
    "sm4e",
    "sm4ekey",
];

fn helper<B: backend::Backend>(a: Arm<B>, name: &str, s: [u128; 3], imm: u8) -> u128 {
    let [x, y, z] = s;
    match name {
        "sha512h" => a.sha512h(x, y, z),
        "sha512h2" => a.sha512h2(x, y, z),
        "sha512su0" => a.sha512su0(x, y),
        "sha512su1" => a.sha512su1(x, y, z),
        "eor3" => a.eor3(x, y, z),
        "rax1" => a.rax1(x, y),
        "xar" => a.xar(x, y, imm),
        "bcax" => a.bcax(x, y, z),
        "sm3ss1" => a.sm3ss1(x, y, z),
        "sm3tt1a" => a.sm3tt1a(x, y, z, imm),
        "sm3tt1b" => a.sm3tt1b(x, y, z, imm),
        "sm3tt2a" => a.sm3tt2a(x, y, z, imm),
        "sm3tt2b" => a.sm3tt2b(x, y, z, imm),
        "sm3partw1" => a.sm3partw1(x, y, z),
        "sm3partw2" => a.sm3partw2(x, y, z),
        "sm4e" => a.sm4e(x, y),
        "sm4ekey" => a.sm4ekey(x, y),
        _ => unreachable!("{name}"),
    }
}

fn imm_count(name: &str) -> u8 {
    match name {
        "xar" => 64,
        n if n.starts_with("sm3tt") => 4,
        _ => 1,
    }
}

#[test]
fn armv82_helpers_match_the_cpu() {
    let Some(cpu) = Oracle::detect() else {
        skip("native_arm_v82: this CPU lacks FEAT_SHA512/SHA3/SM3/SM4");
        return;
    };
    let edges = [
        0u128,
        u128::MAX,
        1,
        1 << 127,
        0x8000_0000_0000_0000_8000_0000_0000_0000,
    ];
    for b in backend::available() {
        let a = Arm(b);
        let mut rng = Rng::new(0x5eed_0082);
        for name in NEW {
            for imm in 0..imm_count(name) {
                let mut inputs: Vec<[u128; 3]> = Vec::new();
                for &e in &edges {
                    inputs.push([e, e, e]);
                    inputs.push([e, rng.next_reg(), rng.next_reg()]);
                }
                for _ in 0..cases(2_000) {
                    inputs.push([rng.next_reg(), rng.next_reg(), rng.next_reg()]);
                }
                for s in inputs {
                    assert_eq!(
                        helper(a, name, s, imm),
                        cpu.exec(name, &s, imm),
                        "{name} {imm} {:032x} {:032x} {:032x} on {b}",
                        s[0],
                        s[1],
                        s[2]
                    );
                }
            }
        }
    }
}

#[test]
fn registry_execute_matches_the_cpu() {
    let Some(cpu) = Oracle::detect() else {
        skip("native_arm_v82: this CPU lacks FEAT_SHA512/SHA3/SM3/SM4");
        return;
    };
    // The native backend runs these on the host instructions here.
    let native = backend::Native::detect().expect("FEAT_AES with FEAT_SHA3");
    let features: Vec<&str> = native.features().collect();
    assert!(
        features.contains(&"sha3") && features.contains(&"sm3+sm4"),
        "{features:?}"
    );
    let mut rng = Rng::new(0x5eed_0083);
    for b in backend::available() {
        for &op in ArmOp::ALL {
            let name = op.mnemonic();
            if !NEW.contains(&name) {
                continue;
            }
            for imm in 0..imm_count(name) {
                let s = [rng.next_reg(), rng.next_reg(), rng.next_reg()];
                let srcs = s.map(Value::xmm);
                let got = Op::Arm(op).execute(b, imm, &srcs[..Op::Arm(op).shape().sources()]);
                assert_eq!(got.lane(0), cpu.exec(name, &s, imm), "{name} {imm} on {b}");
            }
        }
    }
}
