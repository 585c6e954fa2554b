//! A random Arm program (AESE/AESD/AESMC/AESIMC over 16 vector registers,
//! `Vd == Vn` included) runs on every backend, through the x86 helpers by the
//! cross-architecture identities, and (on AArch64) on the host's own
//! instructions; the register files must stay equal after every instruction.
#![no_main]

use arbitrary::Arbitrary;
use crypto_insn::arm::Arm;
use crypto_insn::backend::{self, Backend, Dynamic};
use crypto_insn::x86::X86;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Insn {
    Aese { d: u8, n: u8 },
    Aesd { d: u8, n: u8 },
    Aesmc { d: u8, n: u8 },
    Aesimc { d: u8, n: u8 },
}

#[derive(Arbitrary, Debug)]
struct Program {
    init: [u128; 16],
    insns: Vec<Insn>,
}

fn step<B: Backend>(b: B, v: &mut [u128; 16], i: Insn) {
    let a = Arm(b);
    match i {
        Insn::Aese { d, n } => v[d as usize % 16] = a.aese(v[d as usize % 16], v[n as usize % 16]),
        Insn::Aesd { d, n } => v[d as usize % 16] = a.aesd(v[d as usize % 16], v[n as usize % 16]),
        Insn::Aesmc { d, n } => v[d as usize % 16] = a.aesmc(v[n as usize % 16]),
        Insn::Aesimc { d, n } => v[d as usize % 16] = a.aesimc(v[n as usize % 16]),
    }
}

/// The same instructions through x86 helpers, by the identities
/// AESE(s,k) = AESENCLAST(s^k,0), AESD(s,k) = AESDECLAST(s^k,0),
/// AESMC(s) = AESENC(AESDECLAST(s,0),0), AESIMC = AESIMC.
fn step_via_x86(v: &mut [u128; 16], i: Insn) {
    let x = X86(backend::Soft);
    match i {
        Insn::Aese { d, n } => {
            v[d as usize % 16] = x.aesenclast(v[d as usize % 16] ^ v[n as usize % 16], 0)
        }
        Insn::Aesd { d, n } => {
            v[d as usize % 16] = x.aesdeclast(v[d as usize % 16] ^ v[n as usize % 16], 0)
        }
        Insn::Aesmc { d, n } => {
            v[d as usize % 16] = x.aesenc(x.aesdeclast(v[n as usize % 16], 0), 0)
        }
        Insn::Aesimc { d, n } => v[d as usize % 16] = x.aesimc(v[n as usize % 16]),
    }
}

#[cfg(target_arch = "aarch64")]
fn oracle_step(cpu: crypto_insn_testutil::oracle::arm::Oracle, v: &mut [u128; 16], i: Insn) {
    match i {
        Insn::Aese { d, n } => {
            v[d as usize % 16] = cpu.aese(v[d as usize % 16], v[n as usize % 16])
        }
        Insn::Aesd { d, n } => {
            v[d as usize % 16] = cpu.aesd(v[d as usize % 16], v[n as usize % 16])
        }
        Insn::Aesmc { d, n } => v[d as usize % 16] = cpu.aesmc(v[n as usize % 16]),
        Insn::Aesimc { d, n } => v[d as usize % 16] = cpu.aesimc(v[n as usize % 16]),
    }
}

fuzz_target!(|p: Program| {
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
