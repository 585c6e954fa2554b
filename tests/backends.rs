//! Which backends this host has, and the backends against each other: every x86
//! and Arm helper (AES, carry-less multiply, SHA, VAES) gives the same result on
//! `soft`, `ct` and (where present) `native`. On AArch64 this is how the x86 helpers' native (ARMv8) path is
//! checked; on x86-64 it checks the Arm helpers' AES-NI path.

use crypto_insn::arm::Arm;
use crypto_insn::backend::{self, Backend, Choice, Dynamic, Native};
use crypto_insn::x86::X86;
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
fn every_backend_agrees_on_every_helper() {
    let all: Vec<Dynamic> = backend::available().collect();
    let mut rng = Rng::new(0xbac4_e2d5);
    for _ in 0..cases(50_000) {
        let (s, k) = (rng.next_reg(), rng.next_reg());
        let imm = rng.next_u64() as u8;
        let r = rng.next_reg();
        let reference = |b: Dynamic| {
            let (x, a) = (X86(b), Arm(b));
            [
                x.pclmulqdq(s, k, imm),
                x.sha1rnds4(s, k, imm),
                x.sha1nexte(s, k),
                x.sha1msg1(s, k),
                x.sha1msg2(s, k),
                x.sha256rnds2(s, k, r),
                x.sha256msg1(s, k),
                x.sha256msg2(s, k),
                a.pmull(s, k),
                a.pmull2(s, k),
                a.sha1c(s, k, r),
                a.sha1p(s, k, r),
                a.sha1m(s, k, r),
                a.sha1h(s),
                a.sha1su0(s, k, r),
                a.sha1su1(s, k),
                a.sha256h(s, k, r),
                a.sha256h2(s, k, r),
                a.sha256su0(s, k),
                a.sha256su1(s, k, r),
                x.vaesenc([s, k], [k, r])[1],
                x.vaesdeclast([s, k, r, s], [k, r, s, k])[3],
                x.vpclmulqdq([s, k], [r, s], imm)[1],
                x.aesenc(s, k),
                x.aesenclast(s, k),
                x.aesdec(s, k),
                x.aesdeclast(s, k),
                x.aesimc(s),
                x.aeskeygenassist(s, imm),
                a.aese(s, k),
                a.aesd(s, k),
                a.aesmc(s),
                a.aesimc(s),
                b.isb_isr_ak_imc(s, k),
                b.sb(s),
            ]
        };
        let want = reference(Dynamic::Soft);
        for &b in &all[1..] {
            assert_eq!(
                reference(b),
                want,
                "{b} vs soft on {s:032x} {k:032x} imm {imm}"
            );
        }
    }
}
