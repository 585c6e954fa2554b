//! Differential tests against the host's SVE2 crypto instructions (AArch64
//! hosts with SVE2-AES/SHA3/SM4, e.g. `qemu-aarch64 -cpu max,sve256=on` or
//! `sve512=on`): every SVE helper, on every backend, at the host's vector
//! length, equals the instruction itself (`crypto_insn_testutil::oracle::arm_sve2`,
//! `.inst` words on Z registers loaded from memory); the registry's
//! `Op::execute` does too, and a vector line at the host VL parses to the SVE op.
#![cfg(target_arch = "aarch64")]

use crypto_insn::arm::Arm;
use crypto_insn::backend::{self, Backend};
use crypto_insn::registry::{ArmOp, Op};
use crypto_insn::vector::{Parsed, Value, parse_line};
use crypto_insn_testutil::oracle::arm_sve2::Oracle;
use crypto_insn_testutil::{Rng, cases, skip};

const OPS: [ArmOp; 9] = [
    ArmOp::SveAese,
    ArmOp::SveAesd,
    ArmOp::SveAesmc,
    ArmOp::SveAesimc,
    ArmOp::SvePmullb,
    ArmOp::SvePmullt,
    ArmOp::SveRax1,
    ArmOp::SveSm4e,
    ArmOp::SveSm4ekey,
];

fn helper<B: Backend>(a: Arm<B>, op: ArmOp, x: &[u128], y: &[u128]) -> Vec<u128> {
    let mut out = vec![0; x.len()];
    match op {
        ArmOp::SveAese => a.sve_aese(x, y, &mut out),
        ArmOp::SveAesd => a.sve_aesd(x, y, &mut out),
        ArmOp::SveAesmc => a.sve_aesmc(x, &mut out),
        ArmOp::SveAesimc => a.sve_aesimc(x, &mut out),
        ArmOp::SvePmullb => a.sve_pmullb(x, y, &mut out),
        ArmOp::SvePmullt => a.sve_pmullt(x, y, &mut out),
        ArmOp::SveRax1 => a.sve_rax1(x, y, &mut out),
        ArmOp::SveSm4e => a.sve_sm4e(x, y, &mut out),
        ArmOp::SveSm4ekey => a.sve_sm4ekey(x, y, &mut out),
        _ => unreachable!("{op:?}"),
    }
    .expect("equal lengths");
    out
}

#[test]
fn sve2_helpers_match_the_cpu() {
    let Some(cpu) = Oracle::detect() else {
        skip("native_arm_sve2: this CPU lacks SVE2 with SVE-AES/PMULL128/SHA3/SM4");
        return;
    };
    let n = cpu.segments();
    eprintln!("native_arm_sve2: VL = {} bits", 128 * n);
    let edges = [
        0u128,
        u128::MAX,
        1,
        1 << 127,
        0x6363_6363_6363_6363_6363_6363_6363_6363,
    ];
    for b in backend::available() {
        let a = Arm(b);
        let mut rng = Rng::new(0x5eed_5e02);
        for op in OPS {
            let mut inputs: Vec<(Vec<u128>, Vec<u128>)> = Vec::new();
            for (i, &e) in edges.iter().enumerate() {
                inputs.push((
                    vec![e; n],
                    (0..n).map(|s| edges[(i + s) % edges.len()]).collect(),
                ));
            }
            for _ in 0..cases(300) {
                inputs.push((
                    (0..n).map(|_| rng.next_reg()).collect(),
                    (0..n).map(|_| rng.next_reg()).collect(),
                ));
            }
            for (x, y) in inputs {
                let name = op.mnemonic();
                assert_eq!(
                    helper(a, op, &x, &y),
                    cpu.exec(name, &x, &y),
                    "{name} on {b}: {x:x?} {y:x?}"
                );
            }
        }
    }
}

#[test]
fn registry_execute_and_vector_lines_match_the_cpu() {
    let Some(cpu) = Oracle::detect() else {
        skip("native_arm_sve2: this CPU lacks SVE2 with SVE-AES/PMULL128/SHA3/SM4");
        return;
    };
    let n = cpu.segments();
    let mut rng = Rng::new(0x5eed_5e03);
    let hex = |z: &[u128]| -> String {
        z.iter()
            .flat_map(|v| v.to_le_bytes())
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    for b in backend::available() {
        for op in OPS {
            let x: Vec<u128> = (0..n).map(|_| rng.next_reg()).collect();
            let y: Vec<u128> = (0..n).map(|_| rng.next_reg()).collect();
            let want = cpu.exec(op.mnemonic(), &x, &y);
            let srcs = [Value::sve(&x).unwrap(), Value::sve(&y).unwrap()];
            let got = Op::Arm(op).execute(b, 0, &srcs[..Op::Arm(op).shape().sources()]);
            assert_eq!(got.lanes(), &want[..], "{op:?} on {b}");
            // The A64 spelling at this VL (pmullb/pmullt have their own).
            let m = op.mnemonic().trim_start_matches("sve_");
            let line = if Op::Arm(op).shape().sources() == 1 {
                format!("{m} {} -> {}", hex(&x), hex(&want))
            } else {
                format!("{m} {} {} -> {}", hex(&x), hex(&y), hex(&want))
            };
            let Ok(Parsed::Insn(l)) = parse_line(&line, crypto_insn::vector::Arch::Arm) else {
                panic!("did not parse: {line}")
            };
            let expect = if n == 1 && !m.starts_with("pmull") {
                None
            } else {
                Some(Op::Arm(op))
            };
            if let Some(e) = expect {
                assert_eq!(l.op, e);
                assert_eq!(l.execute(b), l.expected.unwrap().0, "{line}");
            }
        }
    }
}

/// The native backend's SVE path (the host's SVE2 instructions in chunks of
/// the host's vector length) at every guest length from 1 to 16 segments, on
/// both sides of the host VL, against the per-segment `soft` helpers; the
/// oracle test above covers the host VL against the instructions themselves.
/// On a host without SVE2 the native backend answers per segment and this
/// still checks that.
#[test]
fn native_sve_path_at_every_guest_length() {
    let Ok(native) = backend::Native::detect() else {
        skip("native_arm_sve2: no native backend (no FEAT_AES)");
        return;
    };
    let features: Vec<&str> = native.features().collect();
    eprintln!("native_arm_sve2: native features {features:?}");
    let mut rng = Rng::new(0x5eed_5e04);
    for n in 1..=crypto_insn::arm::sve::MAX_SEGMENTS {
        for op in OPS {
            for _ in 0..cases(20) {
                let x: Vec<u128> = (0..n).map(|_| rng.next_reg()).collect();
                let y: Vec<u128> = (0..n).map(|_| rng.next_reg()).collect();
                assert_eq!(
                    helper(Arm(native), op, &x, &y),
                    helper(Arm(backend::Soft), op, &x, &y),
                    "{op:?} at {n} segments"
                );
            }
        }
    }
}
