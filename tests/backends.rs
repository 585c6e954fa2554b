//! Which backends this host has, and the backends against each other: every
//! instruction of the registry gives the same result on
//! `soft`, `ct` and (where present) `native`. On AArch64 this is how the x86 helpers' native (ARMv8) path is
//! checked; on x86-64 it checks the Arm helpers' AES-NI path.

use crypto_insn::backend::{self, Backend, Choice, Dynamic, Native, Soft};
use crypto_insn::registry::INSTRUCTIONS;
use crypto_insn::vector::{Op, Value, Width};
use crypto_insn_testutil::{Rng, cases, skip};

#[test]
fn reports_the_backends() {
    let names: Vec<&str> = backend::available().map(|b| b.name()).collect();
    eprintln!(
        "host {}: backends {names:?}; auto = {}",
        std::env::consts::ARCH,
        backend::Auto.name()
    );
    assert_eq!(&names[..2], &["soft", "ct"]);
    assert_eq!(Choice::Soft.resolve(), Ok(Dynamic::Soft));
    assert_eq!(Choice::Ct.resolve(), Ok(Dynamic::Ct));
    match Native::detect() {
        Ok(n) => {
            assert_eq!(Choice::Native.resolve(), Ok(Dynamic::Native(n)));
            assert_eq!(Choice::Auto.resolve(), Ok(Dynamic::Native(n)));
            assert_eq!(backend::Auto.name(), "native");
        }
        Err(e) => {
            // A missing native backend is an error value, never a fallback.
            assert_eq!(Choice::Native.resolve(), Err(e));
            assert!(!e.to_string().is_empty());
            if cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
                skip(&format!(
                    "no native backend on this {} host: {e}",
                    std::env::consts::ARCH
                ));
            }
        }
    }
}

#[test]
fn vperm_is_selectable_by_name_and_errors_cleanly() {
    use crypto_insn::backend::Vperm;
    let names: Vec<&str> = backend::available().map(|b| b.name()).collect();
    assert_eq!("vperm".parse::<Choice>(), Ok(Choice::Vperm));
    assert_eq!(Choice::Vperm.as_str(), "vperm");
    match Vperm::detect() {
        Ok(v) => {
            assert_eq!(Choice::Vperm.resolve(), Ok(Dynamic::Vperm(v)));
            assert!(names.contains(&"vperm"), "{names:?}");
            assert_eq!(Dynamic::Vperm(v).name(), "vperm");
            // Without AES instructions, Auto prefers vperm over soft and ct.
            if Native::detect().is_err() {
                assert_eq!(backend::Auto.name(), "vperm");
            }
        }
        Err(e) => {
            assert_eq!(Choice::Vperm.resolve(), Err(e));
            assert!(e.to_string().contains("vperm"), "{e}");
            assert!(!names.contains(&"vperm"));
            // AdvSIMD is baseline on AArch64, and every x86-64 CPU this suite
            // runs on has SSSE3.
            if cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) {
                skip(&format!("no vperm on this host: {e}"));
            }
        }
    }
}

#[test]
fn every_backend_agrees_on_every_helper() {
    // Every instruction of the registry, at every width it has, plus the seam's
    // fragments that no x86/Arm instruction uses alone.
    let all: Vec<Dynamic> = backend::available().collect();
    let mut rng = Rng::new(0xbac4_e2d5);
    let ops: Vec<(Op, Width)> = INSTRUCTIONS
        .iter()
        .filter_map(|i| i.op)
        .flat_map(|op| {
            let widths: &[Width] = if op.signature().wide {
                &[Width::W128, Width::W256, Width::W512]
            } else {
                &[Width::W128]
            };
            widths.iter().map(move |&w| (op, w))
        })
        .collect();
    for _ in 0..cases(50_000) {
        let imm = rng.next_u64() as u8;
        let regs: Vec<u128> = (0..12).map(|_| rng.next_reg()).collect();
        let (s, k) = (regs[0], regs[1]);
        for &(op, w) in &ops {
            let srcs: Vec<Value> = (0..op.signature().sources)
                .map(|j| Value::from_lanes(&regs[3 * j..3 * j + w.lanes()]).unwrap())
                .collect();
            let want = op.execute(Dynamic::Soft, imm, &srcs);
            for &b in &all[1..] {
                assert_eq!(
                    op.execute(b, imm, &srcs),
                    want,
                    "{op} ({w:?}) on {b} vs soft, sources {srcs:?}, imm {imm}"
                );
            }
        }
        for &b in &all[1..] {
            assert_eq!(b.isb_isr_ak_imc(s, k), Soft.isb_isr_ak_imc(s, k), "{b}");
            assert_eq!(b.sb(s), Soft.sb(s), "{b}");
        }
    }
}
