//! A random x86 program (AES-NI instructions over a 16-register file, source
//! and destination drawn independently, so `dst == src` happens) runs on every
//! backend and on the host's raw AES-NI intrinsics; the register files must stay
//! equal after every instruction.
#![no_main]

use arbitrary::Arbitrary;
use crypto_insn::backend::{self, Dynamic};
use crypto_insn::x86::X86;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Insn {
    Aesenc { d: u8, s: u8 },
    Aesenclast { d: u8, s: u8 },
    Aesdec { d: u8, s: u8 },
    Aesdeclast { d: u8, s: u8 },
    Aesimc { d: u8, s: u8 },
    Aeskeygenassist { d: u8, s: u8, imm: u8 },
}

#[derive(Arbitrary, Debug)]
struct Program {
    init: [u128; 16],
    insns: Vec<Insn>,
}

/// `regs[d] = op(regs[d], regs[s])` as an emulator's helper would do it.
fn step<B: crypto_insn::backend::Backend>(b: B, regs: &mut [u128; 16], i: Insn) {
    let x = X86(b);
    match i {
        Insn::Aesenc { d, s } => {
            regs[d as usize % 16] = x.aesenc(regs[d as usize % 16], regs[s as usize % 16])
        }
        Insn::Aesenclast { d, s } => {
            regs[d as usize % 16] = x.aesenclast(regs[d as usize % 16], regs[s as usize % 16])
        }
        Insn::Aesdec { d, s } => {
            regs[d as usize % 16] = x.aesdec(regs[d as usize % 16], regs[s as usize % 16])
        }
        Insn::Aesdeclast { d, s } => {
            regs[d as usize % 16] = x.aesdeclast(regs[d as usize % 16], regs[s as usize % 16])
        }
        Insn::Aesimc { d, s } => regs[d as usize % 16] = x.aesimc(regs[s as usize % 16]),
        Insn::Aeskeygenassist { d, s, imm } => {
            regs[d as usize % 16] = x.aeskeygenassist(regs[s as usize % 16], imm)
        }
    }
}

#[cfg(target_arch = "x86_64")]
fn oracle_step(cpu: crypto_insn_testutil::oracle::x86::Oracle, regs: &mut [u128; 16], i: Insn) {
    match i {
        Insn::Aesenc { d, s } => {
            regs[d as usize % 16] = cpu.aesenc(regs[d as usize % 16], regs[s as usize % 16])
        }
        Insn::Aesenclast { d, s } => {
            regs[d as usize % 16] = cpu.aesenclast(regs[d as usize % 16], regs[s as usize % 16])
        }
        Insn::Aesdec { d, s } => {
            regs[d as usize % 16] = cpu.aesdec(regs[d as usize % 16], regs[s as usize % 16])
        }
        Insn::Aesdeclast { d, s } => {
            regs[d as usize % 16] = cpu.aesdeclast(regs[d as usize % 16], regs[s as usize % 16])
        }
        Insn::Aesimc { d, s } => regs[d as usize % 16] = cpu.aesimc(regs[s as usize % 16]),
        Insn::Aeskeygenassist { d, s, imm } => {
            regs[d as usize % 16] = cpu.aeskeygenassist(regs[s as usize % 16], imm)
        }
    }
}

fuzz_target!(|p: Program| {
    let backends: Vec<Dynamic> = backend::available().collect();
    let mut files = vec![p.init; backends.len()];
    #[cfg(target_arch = "x86_64")]
    let cpu = crypto_insn_testutil::oracle::x86::Oracle::detect();
    #[cfg(target_arch = "x86_64")]
    let mut host = p.init;
    for (n, &insn) in p.insns.iter().take(256).enumerate() {
        for (b, regs) in backends.iter().zip(files.iter_mut()) {
            step(*b, regs, insn);
        }
        for (b, regs) in backends.iter().zip(&files).skip(1) {
            assert_eq!(
                regs, &files[0],
                "backend {b} differs from {} after instruction {n} ({insn:?}) of {p:#?}",
                backends[0]
            );
        }
        #[cfg(target_arch = "x86_64")]
        if let Some(cpu) = cpu {
            oracle_step(cpu, &mut host, insn);
            assert_eq!(
                files[0], host,
                "differs from the CPU after instruction {n} ({insn:?}) of {p:#?}"
            );
        }
    }
});
