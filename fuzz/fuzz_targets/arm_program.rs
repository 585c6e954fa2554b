//! A random Arm program (AES, PMULL/PMULL2 and the SHA instructions over 16
//! vector registers, `Vd == Vn` included) runs on every backend, through the
//! x86 helpers by the cross-architecture identities where they exist (AES,
//! PMULL = PCLMULQDQ 0x00, PMULL2 = 0x11), and (on AArch64) on the host's own
//! instructions; the register files must stay equal after every instruction.
#![no_main]

use arbitrary::Arbitrary;
use crypto_insn::arm::Arm;
use crypto_insn::backend::{self, Backend, Dynamic};
use crypto_insn::x86::X86;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Insn {
    Aese {
        d: u8,
        n: u8,
    },
    Aesd {
        d: u8,
        n: u8,
    },
    Aesmc {
        d: u8,
        n: u8,
    },
    Aesimc {
        d: u8,
        n: u8,
    },
    Pmull {
        d: u8,
        n: u8,
        m: u8,
    },
    Pmull2 {
        d: u8,
        n: u8,
        m: u8,
    },
    /// SHA1C, SHA1P, SHA1M, SHA1SU0, SHA256H, SHA256H2, SHA256SU1 (`which` mod 7).
    Sha3 {
        which: u8,
        d: u8,
        n: u8,
        m: u8,
    },
    /// SHA1SU1, SHA256SU0 (`which` mod 2).
    Sha2 {
        which: u8,
        d: u8,
        n: u8,
    },
    Sha1h {
        d: u8,
        n: u8,
    },
}

#[derive(Arbitrary, Debug)]
struct Program {
    init: [u128; 16],
    insns: Vec<Insn>,
}

fn r(i: u8) -> usize {
    usize::from(i) % 16
}

const SHA3: [&str; 7] = [
    "sha1c",
    "sha1p",
    "sha1m",
    "sha1su0",
    "sha256h",
    "sha256h2",
    "sha256su1",
];
const SHA2: [&str; 2] = ["sha1su1", "sha256su0"];

fn step<B: Backend>(b: B, v: &mut [u128; 16], i: Insn) {
    let a = Arm(b);
    match i {
        Insn::Aese { d, n } => v[r(d)] = a.aese(v[r(d)], v[r(n)]),
        Insn::Aesd { d, n } => v[r(d)] = a.aesd(v[r(d)], v[r(n)]),
        Insn::Aesmc { d, n } => v[r(d)] = a.aesmc(v[r(n)]),
        Insn::Aesimc { d, n } => v[r(d)] = a.aesimc(v[r(n)]),
        Insn::Pmull { d, n, m } => v[r(d)] = a.pmull(v[r(n)], v[r(m)]),
        Insn::Pmull2 { d, n, m } => v[r(d)] = a.pmull2(v[r(n)], v[r(m)]),
        Insn::Sha3 { which, d, n, m } => {
            let (x, y, z) = (v[r(d)], v[r(n)], v[r(m)]);
            v[r(d)] = match which % 7 {
                0 => a.sha1c(x, y, z),
                1 => a.sha1p(x, y, z),
                2 => a.sha1m(x, y, z),
                3 => a.sha1su0(x, y, z),
                4 => a.sha256h(x, y, z),
                5 => a.sha256h2(x, y, z),
                _ => a.sha256su1(x, y, z),
            }
        }
        Insn::Sha2 { which, d, n } => {
            let (x, y) = (v[r(d)], v[r(n)]);
            v[r(d)] = if which % 2 == 0 {
                a.sha1su1(x, y)
            } else {
                a.sha256su0(x, y)
            };
        }
        Insn::Sha1h { d, n } => v[r(d)] = a.sha1h(v[r(n)]),
    }
}

/// The same instructions through x86 helpers where an identity exists
/// (AESE(s,k) = AESENCLAST(s^k,0), AESD(s,k) = AESDECLAST(s^k,0),
/// AESMC(s) = AESENC(AESDECLAST(s,0),0), PMULL = PCLMULQDQ 0x00, PMULL2 = 0x11);
/// the SHA instructions have none and use the reference backend.
fn step_via_x86(v: &mut [u128; 16], i: Insn) {
    let x = X86(backend::Soft);
    match i {
        Insn::Aese { d, n } => v[r(d)] = x.aesenclast(v[r(d)] ^ v[r(n)], 0),
        Insn::Aesd { d, n } => v[r(d)] = x.aesdeclast(v[r(d)] ^ v[r(n)], 0),
        Insn::Aesmc { d, n } => v[r(d)] = x.aesenc(x.aesdeclast(v[r(n)], 0), 0),
        Insn::Aesimc { d, n } => v[r(d)] = x.aesimc(v[r(n)]),
        Insn::Pmull { d, n, m } => v[r(d)] = x.pclmulqdq(v[r(n)], v[r(m)], 0x00),
        Insn::Pmull2 { d, n, m } => v[r(d)] = x.pclmulqdq(v[r(n)], v[r(m)], 0x11),
        other => step(backend::Soft, v, other),
    }
}

#[cfg(target_arch = "aarch64")]
fn oracle_step(cpu: crypto_insn_testutil::oracle::arm::Oracle, v: &mut [u128; 16], i: Insn) {
    match i {
        Insn::Aese { d, n } => v[r(d)] = cpu.aese(v[r(d)], v[r(n)]),
        Insn::Aesd { d, n } => v[r(d)] = cpu.aesd(v[r(d)], v[r(n)]),
        Insn::Aesmc { d, n } => v[r(d)] = cpu.aesmc(v[r(n)]),
        Insn::Aesimc { d, n } => v[r(d)] = cpu.aesimc(v[r(n)]),
        Insn::Pmull { d, n, m } => v[r(d)] = cpu.pmull(v[r(n)], v[r(m)], false),
        Insn::Pmull2 { d, n, m } => v[r(d)] = cpu.pmull(v[r(n)], v[r(m)], true),
        Insn::Sha3 { which, d, n, m } => {
            v[r(d)] = cpu.sha(SHA3[usize::from(which % 7)], v[r(d)], v[r(n)], v[r(m)])
        }
        Insn::Sha2 { which, d, n } => {
            v[r(d)] = cpu.sha(SHA2[usize::from(which % 2)], v[r(d)], v[r(n)], 0)
        }
        Insn::Sha1h { d, n } => v[r(d)] = cpu.sha("sha1h", v[r(n)], 0, 0),
    }
}

fuzz_target!(|p: Program| {
    let _ = (&SHA3, &SHA2);
    let backends: Vec<Dynamic> = backend::available().collect();
    let mut files = vec![p.init; backends.len()];
    let mut via_x86 = p.init;
    #[cfg(target_arch = "aarch64")]
    let cpu = crypto_insn_testutil::oracle::arm::Oracle::detect();
    #[cfg(target_arch = "aarch64")]
    let mut host = p.init;
    for (k, &insn) in p.insns.iter().take(256).enumerate() {
        for (b, v) in backends.iter().zip(files.iter_mut()) {
            step(*b, v, insn);
        }
        step_via_x86(&mut via_x86, insn);
        for (b, v) in backends.iter().zip(&files) {
            assert_eq!(
                v, &via_x86,
                "backend {b} differs from the x86 identities after instruction {k} ({insn:?}) of {p:#?}"
            );
        }
        #[cfg(target_arch = "aarch64")]
        if let Some(cpu) = cpu {
            oracle_step(cpu, &mut host, insn);
            assert_eq!(
                files[0], host,
                "differs from the CPU after instruction {k} ({insn:?}) of {p:#?}"
            );
        }
    }
});
