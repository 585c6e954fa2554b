//! Differential test against the host's AES-NI: every x86 helper, on every
//! backend, equals the `core::arch` intrinsic on at least 100,000 random and
//! edge-case inputs, and AESKEYGENASSIST does so for all 256 immediates.
#![cfg(target_arch = "x86_64")]

use crypto_insn::backend;
use crypto_insn::x86::X86;
use crypto_insn_testutil::oracle::x86::Oracle;
use crypto_insn_testutil::{Rng, skip};

/// At least 100,000 per helper (fewer only when `CRYPTO_INSN_CASES_DIVISOR` is set).
fn n() -> usize {
    crypto_insn_testutil::cases(100_000)
}

fn oracle() -> Option<Oracle> {
    let o = Oracle::detect();
    if o.is_none() {
        skip("native_x86: this CPU has no AES-NI");
    }
    o
}

#[test]
fn two_operand_helpers_match_aes_ni() {
    let Some(cpu) = oracle() else { return };
    for b in backend::available() {
        let x = X86(b);
        let mut rng = Rng::new(0x5eed_0001);
        for _ in 0..n() {
            let (s, k) = (rng.next_reg(), rng.next_reg());
            assert_eq!(
                x.aesenc(s, k),
                cpu.aesenc(s, k),
                "aesenc {s:032x} {k:032x} on {b}"
            );
            assert_eq!(
                x.aesenclast(s, k),
                cpu.aesenclast(s, k),
                "aesenclast {s:032x} {k:032x} on {b}"
            );
            assert_eq!(
                x.aesdec(s, k),
                cpu.aesdec(s, k),
                "aesdec {s:032x} {k:032x} on {b}"
            );
            assert_eq!(
                x.aesdeclast(s, k),
                cpu.aesdeclast(s, k),
                "aesdeclast {s:032x} {k:032x} on {b}"
            );
        }
    }
}

#[test]
fn aesimc_matches_aes_ni() {
    let Some(cpu) = oracle() else { return };
    for b in backend::available() {
        let x = X86(b);
        let mut rng = Rng::new(0x5eed_0002);
        for _ in 0..n() {
            let s = rng.next_reg();
            assert_eq!(x.aesimc(s), cpu.aesimc(s), "aesimc {s:032x} on {b}");
        }
    }
}

#[test]
fn aeskeygenassist_matches_aes_ni_for_every_immediate() {
    let Some(cpu) = oracle() else { return };
    for b in backend::available() {
        let x = X86(b);
        let mut rng = Rng::new(0x5eed_0003);
        for imm in 0..=255u8 {
            // 400 inputs per immediate: 102,400 cases in all.
            for _ in 0..crypto_insn_testutil::cases(400) {
                let s = rng.next_reg();
                assert_eq!(
                    x.aeskeygenassist(s, imm),
                    cpu.aeskeygenassist(s, imm),
                    "aeskeygenassist {imm:#04x} {s:032x} on {b}"
                );
            }
        }
    }
}

/// The immediate-specialised form (`aeskeygenassist_fn`, for emulators that
/// know imm8 at translation time) equals AES-NI for all 256 immediates: on
/// every backend through `Dynamic`, and on the `Native` and `Auto` types
/// themselves (the native one is the instruction with imm8 encoded).
#[test]
fn aeskeygenassist_fn_matches_aes_ni_for_every_immediate() {
    use crypto_insn::backend::{Auto, Native};
    use crypto_insn::x86::aeskeygenassist_fn;
    let Some(cpu) = oracle() else { return };
    let native = Native::detect().ok();
    let mut rng = Rng::new(0x5eed_0004);
    for imm in 0..=255u8 {
        for _ in 0..crypto_insn_testutil::cases(100) {
            let s = rng.next_reg();
            let want = cpu.aeskeygenassist(s, imm);
            for b in backend::available() {
                let got = aeskeygenassist_fn(imm)(X86(b), s);
                assert_eq!(got, want, "aeskeygenassist {imm:#04x} {s:032x} on {b}");
            }
            if let Some(n) = native {
                assert_eq!(
                    aeskeygenassist_fn(imm)(X86(n), s),
                    want,
                    "native {imm:#04x} {s:032x}"
                );
            }
            assert_eq!(
                aeskeygenassist_fn(imm)(X86(Auto), s),
                want,
                "auto {imm:#04x} {s:032x}"
            );
        }
    }
}
