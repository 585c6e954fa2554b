//! The RISC-V vector executor (`crypto_insn::riscv::v`) on random
//! configurations: every op of `VOp::ALL`, random SEW, LMUL (fractional
//! included), vl, vstart, tail/mask policies, masks in v0, register numbers and
//! VLEN from 128 to 1024 bits, reserved configurations included. It must never
//! panic; every backend must leave the same register file and return the same
//! verdict; an `Err` must leave the file unchanged. (Prestart, tail and mask
//! behaviour is checked against QEMU's lines and in tests/riscv_vector.rs.)
#![no_main]

use arbitrary::Arbitrary;
use crypto_insn::backend::{self, Dynamic};
use crypto_insn::riscv::Rvv;
use crypto_insn::riscv::v::{Lmul, Sew, VConfig, VInsn, VOp};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Case {
    op: u8,
    vlen: u8,
    sew: u8,
    lmul: u8,
    vl: u16,
    vstart: u16,
    flags: u8,
    vd: u8,
    vs1: u8,
    vs2: u8,
    rs1: u64,
    imm: u8,
    seed: [u8; 32],
}

fuzz_target!(|c: Case| {
    let op = VOp::ALL[usize::from(c.op) % VOp::ALL.len()];
    let vlen_bits = [128usize, 256, 512, 1024][usize::from(c.vlen) % 4];
    let sew = [Sew::E8, Sew::E16, Sew::E32, Sew::E64][usize::from(c.sew) % 4];
    let lmul = [
        Lmul::Mf8,
        Lmul::Mf4,
        Lmul::Mf2,
        Lmul::M1,
        Lmul::M2,
        Lmul::M4,
        Lmul::M8,
    ][usize::from(c.lmul) % 7];
    let cfg = VConfig {
        sew,
        lmul,
        vl: usize::from(c.vl) % 300,
        vstart: usize::from(c.vstart) % 300,
        vta: c.flags & 1 != 0,
        vma: c.flags & 2 != 0,
        vm: c.flags & 4 != 0,
    };
    let insn = VInsn {
        op,
        vd: c.vd % 32,
        vs1: c.vs1 % 32,
        vs2: c.vs2 % 32,
        rs1: c.rs1,
        imm: c.imm,
    };
    // A register file filled from the seed (a simple generator).
    let mut file = vec![0u8; 32 * vlen_bits / 8];
    let mut x = u64::from_le_bytes(c.seed[..8].try_into().unwrap()) | 1;
    for b in file.iter_mut() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = x as u8;
    }
    let backends: Vec<Dynamic> = backend::available().collect();
    let mut first: Option<(Vec<u8>, bool)> = None;
    for b in backends {
        let mut f = file.clone();
        let r = Rvv(b).execute(&mut f, vlen_bits, insn, cfg);
        if r.is_err() {
            assert_eq!(
                f, file,
                "{op:?} on {b}: an illegal configuration changed the file"
            );
        }
        match &first {
            None => first = Some((f, r.is_ok())),
            Some((g, ok)) => {
                assert_eq!(
                    *ok,
                    r.is_ok(),
                    "{op:?} {cfg:?} {insn:?}: backends disagree on legality"
                );
                assert_eq!(&f, g, "{op:?} {cfg:?} {insn:?}: backend {b} differs");
            }
        }
    }
});
