//! Differential tests against the host for the x86 instructions beyond AES:
//! PCLMULQDQ (every immediate), the SHA extensions (SHA1RNDS4 for every
//! immediate), and 256-bit VAES / VPCLMULQDQ executed as real 256-bit
//! instructions, on every backend. Lanes are distinct, so an implementation that
//! mixes lanes fails.
#![cfg(target_arch = "x86_64")]

use crypto_insn::arm::Arm;
use crypto_insn::backend::{self, Dynamic};
use crypto_insn::x86::{self, X86};
use crypto_insn_testutil::oracle::x86::{Extensions, Oracle};
use crypto_insn_testutil::{Rng, cases, cross, skip};

fn cpu(what: &str, has: impl Fn(Extensions) -> bool) -> Option<Oracle> {
    let o = Oracle::detect().filter(|_| has(Extensions::detect()));
    if o.is_none() {
        skip(&format!("native_x86_ext: this CPU lacks {what}"));
    }
    o
}

fn all() -> Vec<Dynamic> {
    backend::available().collect()
}

#[test]
fn pclmulqdq_every_immediate() {
    let Some(cpu) = cpu("PCLMULQDQ", |e| e.clmul) else {
        return;
    };
    for b in all() {
        let mut rng = Rng::new(0xc1);
        for imm in 0..=255u8 {
            for _ in 0..cases(400) {
                let (s1, s2) = (rng.next_reg(), rng.next_reg());
                assert_eq!(
                    X86(b).pclmulqdq(s1, s2, imm),
                    cpu.pclmulqdq(s1, s2, imm),
                    "pclmulqdq {imm:#04x} {s1:032x} {s2:032x} on {b}"
                );
            }
        }
    }
}

#[test]
fn sha1rnds4_every_immediate() {
    let Some(cpu) = cpu("SHA-NI", |e| e.sha) else {
        return;
    };
    for b in all() {
        let mut rng = Rng::new(0x5a1);
        for imm in 0..=255u8 {
            for _ in 0..cases(400) {
                let (s1, s2) = (rng.next_reg(), rng.next_reg());
                assert_eq!(
                    X86(b).sha1rnds4(s1, s2, imm),
                    cpu.sha1rnds4(s1, s2, imm),
                    "sha1rnds4 {imm:#04x} {s1:032x} {s2:032x} on {b}"
                );
            }
        }
    }
}

#[test]
fn sha_schedule_and_sha256_rounds() {
    let Some(cpu) = cpu("SHA-NI", |e| e.sha) else {
        return;
    };
    for b in all() {
        let x = X86(b);
        let mut rng = Rng::new(0x5a2);
        for _ in 0..cases(100_000) {
            let (p, q, r) = (rng.next_reg(), rng.next_reg(), rng.next_reg());
            assert_eq!(
                x.sha1nexte(p, q),
                cpu.sha2op("sha1nexte", p, q),
                "sha1nexte on {b}"
            );
            assert_eq!(
                x.sha1msg1(p, q),
                cpu.sha2op("sha1msg1", p, q),
                "sha1msg1 on {b}"
            );
            assert_eq!(
                x.sha1msg2(p, q),
                cpu.sha2op("sha1msg2", p, q),
                "sha1msg2 on {b}"
            );
            assert_eq!(
                x.sha256msg1(p, q),
                cpu.sha2op("sha256msg1", p, q),
                "sha256msg1 on {b}"
            );
            assert_eq!(
                x.sha256msg2(p, q),
                cpu.sha2op("sha256msg2", p, q),
                "sha256msg2 on {b}"
            );
            assert_eq!(
                x.sha256rnds2(p, q, r),
                cpu.sha256rnds2(p, q, r),
                "sha256rnds2 {p:032x} {q:032x} {r:032x} on {b}"
            );
            // Source = destination (and every operand the same register).
            assert_eq!(
                x.sha256rnds2(p, p, p),
                cpu.sha256rnds2(p, p, p),
                "sha256rnds2 aliased on {b}"
            );
            assert_eq!(
                x.sha1rnds4(q, q, 2),
                cpu.sha1rnds4(q, q, 2),
                "sha1rnds4 aliased on {b}"
            );
        }
    }
}

/// The Arm SHA instructions on this x86 CPU: every Arm SHA helper, on every
/// backend, equals its composition from the host's SHA-NI instructions
/// (`crypto_insn_testutil::cross`), so the Arm semantics are checked against
/// real hardware here too, not only under QEMU.
#[test]
fn arm_sha_matches_its_sha_ni_composition() {
    let Some(cpu) = cpu("SHA-NI", |e| e.sha) else {
        return;
    };
    let sha_ni = |name: &str, a, b, c, imm| cpu.sha(name, a, b, c, imm);
    for b in all() {
        let arm = Arm(b);
        let mut rng = Rng::new(0xa5a_5a2);
        for _ in 0..cases(100_000) {
            let (d, n, m) = (rng.next_reg(), rng.next_reg(), rng.next_reg());
            let want = |name| cross::arm_from_x86(name, d, n, m, sha_ni);
            let got = [
                ("sha1c", arm.sha1c(d, n, m)),
                ("sha1p", arm.sha1p(d, n, m)),
                ("sha1m", arm.sha1m(d, n, m)),
                ("sha1h", arm.sha1h(d)),
                ("sha1su0", arm.sha1su0(d, n, m)),
                ("sha1su1", arm.sha1su1(d, n)),
                ("sha256h", arm.sha256h(d, n, m)),
                ("sha256h2", arm.sha256h2(d, n, m)),
                ("sha256su0", arm.sha256su0(d, n)),
                ("sha256su1", arm.sha256su1(d, n, m)),
            ];
            for (name, got) in got {
                assert_eq!(
                    Some(got),
                    want(name),
                    "{name} {d:032x} {n:032x} {m:032x} on {b}"
                );
            }
        }
    }
}

/// SHA256RNDS2's operands are not symmetric and its dwords run top-down: swapping
/// the two state registers, or reading `{A, B, E, F}` from the bottom, gives a
/// different value, and only the manual's order matches the CPU.
#[test]
fn sha256rnds2_dword_order() {
    let Some(cpu) = cpu("SHA-NI", |e| e.sha) else {
        return;
    };
    let cdgh = 0x0c0c_0c0c_0d0d_0d0d_0606_0606_0707_0707u128; // C D G H, top first
    let abef = 0x0a0a_0a0a_0b0b_0b0b_0e0e_0e0e_0f0f_0f0fu128; // A B E F
    let wk = 0x0000_0000_0000_0000_1111_1111_2222_2222u128;
    let hw = cpu.sha256rnds2(cdgh, abef, wk);
    assert_eq!(x86::sha256rnds2(cdgh, abef, wk), hw);
    assert_ne!(x86::sha256rnds2(abef, cdgh, wk), hw);
    assert_ne!(
        x86::sha256rnds2(cdgh.swap_bytes(), abef.swap_bytes(), wk).swap_bytes(),
        hw
    );
}

#[test]
fn vaes_256_is_one_instruction_per_lane() {
    let Some(cpu) = cpu("VAES/VPCLMULQDQ with AVX2", |e| e.wide) else {
        return;
    };
    for b in all() {
        let x = X86(b);
        let mut rng = Rng::new(0x7ae5);
        for _ in 0..cases(50_000) {
            let mut s = [rng.next_reg(), rng.next_reg()];
            let k = [rng.next_reg(), rng.next_reg()];
            if s[0] == s[1] {
                // Keep the lanes distinct, so that mixing them would show.
                s[1] ^= 1;
            }
            assert_eq!(
                x.vaesenc(s, k),
                cpu.vaes256(0, s, k),
                "vaesenc {s:x?} {k:x?} on {b}"
            );
            assert_eq!(
                x.vaesenclast(s, k),
                cpu.vaes256(1, s, k),
                "vaesenclast on {b}"
            );
            assert_eq!(x.vaesdec(s, k), cpu.vaes256(2, s, k), "vaesdec on {b}");
            assert_eq!(
                x.vaesdeclast(s, k),
                cpu.vaes256(3, s, k),
                "vaesdeclast on {b}"
            );
            // Lane i reads only lane i: the upper lane equals AESENC of the upper
            // lane, not of the lower lane's state.
            assert_eq!(x.vaesenc(s, k)[1], cpu.aesenc(s[1], k[1]));
            assert_ne!(
                x.vaesenc(s, k)[1],
                cpu.aesenc(s[0], k[1]),
                "the upper lane used the lower lane's state"
            );
        }
    }
}

#[test]
fn vpclmulqdq_256_every_immediate() {
    let Some(cpu) = cpu("VPCLMULQDQ with AVX2", |e| e.wide) else {
        return;
    };
    for b in all() {
        let mut rng = Rng::new(0x7c1);
        for imm in 0..=255u8 {
            for _ in 0..cases(100) {
                let a = [rng.next_reg(), rng.next_reg()];
                let c = [rng.next_reg(), rng.next_reg()];
                assert_eq!(
                    X86(b).vpclmulqdq(a, c, imm),
                    cpu.vpclmulqdq256(a, c, imm),
                    "vpclmulqdq {imm:#04x} {a:x?} {c:x?} on {b}"
                );
            }
        }
    }
}

/// This host has no AVX-512, so the 512-bit forms are checked lane by lane
/// against the 128-bit instructions executed by the CPU.
#[test]
fn vaes_512_lanes_against_the_128_bit_instructions() {
    let Some(cpu) = cpu("AES-NI and PCLMULQDQ", |e| e.clmul) else {
        return;
    };
    for b in all() {
        let x = X86(b);
        let mut rng = Rng::new(0x512);
        for i in 0..cases(20_000) {
            let s: [u128; 4] = core::array::from_fn(|_| rng.next_reg());
            let k: [u128; 4] = core::array::from_fn(|_| rng.next_reg());
            let imm = (i % 256) as u8;
            let (e, el, d, dl, c) = (
                x.vaesenc(s, k),
                x.vaesenclast(s, k),
                x.vaesdec(s, k),
                x.vaesdeclast(s, k),
                x.vpclmulqdq(s, k, imm),
            );
            for l in 0..4 {
                assert_eq!(e[l], cpu.aesenc(s[l], k[l]), "lane {l} on {b}");
                assert_eq!(el[l], cpu.aesenclast(s[l], k[l]), "lane {l} on {b}");
                assert_eq!(d[l], cpu.aesdec(s[l], k[l]), "lane {l} on {b}");
                assert_eq!(dl[l], cpu.aesdeclast(s[l], k[l]), "lane {l} on {b}");
                assert_eq!(c[l], cpu.pclmulqdq(s[l], k[l], imm), "lane {l} on {b}");
            }
        }
    }
}
