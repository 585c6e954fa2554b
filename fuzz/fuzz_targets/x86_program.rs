//! A random x86 program (AES-NI, PCLMULQDQ, SHA-NI and 256-bit VAES /
//! VPCLMULQDQ over a 16-register XMM file; source and destination are drawn
//! independently, so `dst == src` happens) runs on every backend and on the
//! host's raw instructions; the register files must stay equal after every
//! instruction. YMM register `j` is XMM registers `2j` (low lane) and `2j+1`.
#![no_main]

use arbitrary::Arbitrary;
use crypto_insn::backend::{self, Backend, Dynamic};
use crypto_insn::x86::X86;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Insn {
    Aesenc {
        d: u8,
        s: u8,
    },
    Aesenclast {
        d: u8,
        s: u8,
    },
    Aesdec {
        d: u8,
        s: u8,
    },
    Aesdeclast {
        d: u8,
        s: u8,
    },
    Aesimc {
        d: u8,
        s: u8,
    },
    Aeskeygenassist {
        d: u8,
        s: u8,
        imm: u8,
    },
    Pclmulqdq {
        d: u8,
        s: u8,
        imm: u8,
    },
    Sha1rnds4 {
        d: u8,
        s: u8,
        imm: u8,
    },
    Sha1nexte {
        d: u8,
        s: u8,
    },
    Sha1msg1 {
        d: u8,
        s: u8,
    },
    Sha1msg2 {
        d: u8,
        s: u8,
    },
    /// The implicit third operand is XMM0.
    Sha256rnds2 {
        d: u8,
        s: u8,
    },
    Sha256msg1 {
        d: u8,
        s: u8,
    },
    Sha256msg2 {
        d: u8,
        s: u8,
    },
    /// VEX.256 VAESENC & co. (`which` 0-3) or VPCLMULQDQ (4): ymm d = op(ymm a, ymm b).
    Wide {
        which: u8,
        d: u8,
        a: u8,
        b: u8,
        imm: u8,
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

fn y(i: u8) -> usize {
    2 * (usize::from(i) % 8)
}

/// `regs[d] = op(regs[d], regs[s])` as an emulator's helper would do it.
fn step<B: Backend>(b: B, x: &mut [u128; 16], i: Insn) {
    let h = X86(b);
    match i {
        Insn::Aesenc { d, s } => x[r(d)] = h.aesenc(x[r(d)], x[r(s)]),
        Insn::Aesenclast { d, s } => x[r(d)] = h.aesenclast(x[r(d)], x[r(s)]),
        Insn::Aesdec { d, s } => x[r(d)] = h.aesdec(x[r(d)], x[r(s)]),
        Insn::Aesdeclast { d, s } => x[r(d)] = h.aesdeclast(x[r(d)], x[r(s)]),
        Insn::Aesimc { d, s } => x[r(d)] = h.aesimc(x[r(s)]),
        Insn::Aeskeygenassist { d, s, imm } => x[r(d)] = h.aeskeygenassist(x[r(s)], imm),
        Insn::Pclmulqdq { d, s, imm } => x[r(d)] = h.pclmulqdq(x[r(d)], x[r(s)], imm),
        Insn::Sha1rnds4 { d, s, imm } => x[r(d)] = h.sha1rnds4(x[r(d)], x[r(s)], imm),
        Insn::Sha1nexte { d, s } => x[r(d)] = h.sha1nexte(x[r(d)], x[r(s)]),
        Insn::Sha1msg1 { d, s } => x[r(d)] = h.sha1msg1(x[r(d)], x[r(s)]),
        Insn::Sha1msg2 { d, s } => x[r(d)] = h.sha1msg2(x[r(d)], x[r(s)]),
        Insn::Sha256rnds2 { d, s } => x[r(d)] = h.sha256rnds2(x[r(d)], x[r(s)], x[0]),
        Insn::Sha256msg1 { d, s } => x[r(d)] = h.sha256msg1(x[r(d)], x[r(s)]),
        Insn::Sha256msg2 { d, s } => x[r(d)] = h.sha256msg2(x[r(d)], x[r(s)]),
        Insn::Wide {
            which,
            d,
            a,
            b,
            imm,
        } => {
            let (p, q) = ([x[y(a)], x[y(a) + 1]], [x[y(b)], x[y(b) + 1]]);
            let out = match which % 5 {
                0 => h.vaesenc(p, q),
                1 => h.vaesenclast(p, q),
                2 => h.vaesdec(p, q),
                3 => h.vaesdeclast(p, q),
                _ => h.vpclmulqdq(p, q, imm),
            };
            x[y(d)] = out[0];
            x[y(d) + 1] = out[1];
        }
    }
}

#[cfg(target_arch = "x86_64")]
fn oracle_step(cpu: crypto_insn_testutil::oracle::x86::Oracle, x: &mut [u128; 16], i: Insn) {
    match i {
        Insn::Aesenc { d, s } => x[r(d)] = cpu.aesenc(x[r(d)], x[r(s)]),
        Insn::Aesenclast { d, s } => x[r(d)] = cpu.aesenclast(x[r(d)], x[r(s)]),
        Insn::Aesdec { d, s } => x[r(d)] = cpu.aesdec(x[r(d)], x[r(s)]),
        Insn::Aesdeclast { d, s } => x[r(d)] = cpu.aesdeclast(x[r(d)], x[r(s)]),
        Insn::Aesimc { d, s } => x[r(d)] = cpu.aesimc(x[r(s)]),
        Insn::Aeskeygenassist { d, s, imm } => x[r(d)] = cpu.aeskeygenassist(x[r(s)], imm),
        Insn::Pclmulqdq { d, s, imm } => x[r(d)] = cpu.pclmulqdq(x[r(d)], x[r(s)], imm),
        Insn::Sha1rnds4 { d, s, imm } => x[r(d)] = cpu.sha1rnds4(x[r(d)], x[r(s)], imm),
        Insn::Sha1nexte { d, s } => x[r(d)] = cpu.sha2op("sha1nexte", x[r(d)], x[r(s)]),
        Insn::Sha1msg1 { d, s } => x[r(d)] = cpu.sha2op("sha1msg1", x[r(d)], x[r(s)]),
        Insn::Sha1msg2 { d, s } => x[r(d)] = cpu.sha2op("sha1msg2", x[r(d)], x[r(s)]),
        Insn::Sha256rnds2 { d, s } => x[r(d)] = cpu.sha256rnds2(x[r(d)], x[r(s)], x[0]),
        Insn::Sha256msg1 { d, s } => x[r(d)] = cpu.sha2op("sha256msg1", x[r(d)], x[r(s)]),
        Insn::Sha256msg2 { d, s } => x[r(d)] = cpu.sha2op("sha256msg2", x[r(d)], x[r(s)]),
        Insn::Wide {
            which,
            d,
            a,
            b,
            imm,
        } => {
            let (p, q) = ([x[y(a)], x[y(a) + 1]], [x[y(b)], x[y(b) + 1]]);
            let out = match which % 5 {
                4 => cpu.vpclmulqdq256(p, q, imm),
                w => cpu.vaes256(w, p, q),
            };
            x[y(d)] = out[0];
            x[y(d) + 1] = out[1];
        }
    }
}

fuzz_target!(|p: Program| {
    let backends: Vec<Dynamic> = backend::available().collect();
    let mut files = vec![p.init; backends.len()];
    #[cfg(target_arch = "x86_64")]
    let cpu = {
        use crypto_insn_testutil::oracle::x86::{Extensions, Oracle};
        let e = Extensions::detect();
        Oracle::detect().filter(|_| e.clmul && e.sha && e.wide)
    };
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
