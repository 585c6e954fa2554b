// Shared by the `<arch>_program` targets (included with `include!`): a random
// program over the instructions of one architecture, taken from the registry
// (`crypto_insn::vector::table::ops`, so every new instruction is fuzzed with no
// edit here), runs on every backend and, where this host has a reference for the
// instruction (`crypto_insn_testutil::reference`: its own instructions or
// compositions of them), on the host. The register files (32 x 128 bits; wide
// operands are consecutive registers, lane 0 first) must stay equal after every
// instruction. Sources and destination are drawn independently, so `dst == src`
// happens.

use arbitrary::Arbitrary;
use crypto_insn::backend::{self, Dynamic};
use crypto_insn::registry::RegWidth;
use crypto_insn::vector::{Arch, Op, Value, table};
use crypto_insn_testutil::reference::host_reference;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug, Clone, Copy)]
struct Insn {
    op: u16,
    d: u8,
    srcs: [u8; 3],
    imm: u8,
    lanes: u8,
}

#[derive(Arbitrary, Debug)]
struct Program {
    init: [u128; 32],
    insns: Vec<Insn>,
}

/// The op, its sources and its destination register for `i`: each operand at
/// its shape's width (`RegWidth`), wide ones (and RISC-V vector groups) at 1,
/// 2 or 4 lanes drawn from the input, SVE ones at 1 to 16 segments, D
/// registers as the low 64 bits, general-purpose registers as the low XLEN
/// bits of a register.
fn decode(arch: Arch, ops: &[Op], x: &[u128; 32], i: Insn) -> (Op, Vec<Value>, usize) {
    let op = ops[usize::from(i.op) % ops.len()];
    let shape = op.shape();
    let wide = [1, 2, 4][usize::from(i.lanes) % 3];
    let vex = [1, 2][usize::from(i.lanes) % 2];
    let reg = |r: u8, lane: usize| x[(usize::from(r) + lane) % 32];
    let srcs = (0..shape.sources())
        .map(|k| {
            let r = i.srcs[k];
            let lanes = match shape.operand(k) {
                RegWidth::Xmm => 1,
                RegWidth::Ymm => 2,
                RegWidth::Wide => wide,
                RegWidth::Vex => vex,
                RegWidth::Sve => {
                    // 1 to 16 segments, the same for every operand.
                    let n = usize::from(i.lanes) % 16 + 1;
                    let l: Vec<u128> = (0..n).map(|k| reg(r, k)).collect();
                    return Value::sve(&l).expect("1 to 16 segments");
                }
                RegWidth::D64 => return Value::gpr64(reg(r, 0) as u64),
                // RISC-V vector groups (rv32, rv64): LMUL 1, 2 or 4 at the default
                // sew/vl/vstart (`Op::execute`); an illegal configuration
                // writes nothing.
                RegWidth::Group => wide,
                RegWidth::Gpr => {
                    return if arch == Arch::Rv32 {
                        Value::gpr32(reg(r, 0) as u32)
                    } else {
                        Value::gpr64(reg(r, 0) as u64)
                    };
                }
            };
            let l: Vec<u128> = (0..lanes).map(|k| reg(r, k)).collect();
            Value::from_lanes(&l).expect("1, 2 or 4 lanes")
        })
        .collect();
    (op, srcs, usize::from(i.d))
}

/// Writes a result (an illegal encoding writes nothing).
fn write(x: &mut [u128; 32], d: usize, v: &Value) {
    for (k, lane) in v.lanes().iter().enumerate() {
        x[(d + k) % 32] = *lane;
    }
}

fn run(arch: Arch, p: &Program) {
    let ops: Vec<Op> = table::ops(arch).map(|(_, op, _)| op).collect();
    let backends: Vec<Dynamic> = backend::available().collect();
    let reference = host_reference();
    let mut files = vec![p.init; backends.len()];
    let mut host = p.init;
    for (n, &insn) in p.insns.iter().take(256).enumerate() {
        // Every register file (each backend's and the host's) equals the first
        // one here (checked after each instruction), so one decode serves all.
        let (op, srcs, d) = decode(arch, &ops, &files[0], insn);
        for (b, regs) in backends.iter().zip(files.iter_mut()) {
            let r = op.execute(*b, insn.imm, &srcs);
            write(regs, d, &r);
        }
        for (b, regs) in backends.iter().zip(&files).skip(1) {
            assert_eq!(
                regs, &files[0],
                "backend {b} differs from {} after instruction {n} ({op} {insn:?}) of {p:#?}",
                backends[0]
            );
        }
        // The host: its own register file, so a difference shows where it starts.
        let lanes: Vec<&[u128]> = srcs.iter().map(Value::lanes).collect();
        match reference.eval(arch.as_str(), op.mnemonic(), insn.imm, &lanes) {
            Some(r) => {
                for (k, lane) in r.iter().enumerate() {
                    host[(d + k) % 32] = *lane;
                }
            }
            // No host instruction for it: follow the library so later steps compare.
            None => host = files[0],
        }
        assert_eq!(
            files[0], host,
            "differs from the host after instruction {n} ({op} {insn:?}, sources {srcs:?}) of {p:#?}"
        );
    }
}
