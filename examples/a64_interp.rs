//! A small AArch64 interpreter built on crypto-insn: it decodes real A64
//! machine code with `yaxpeax-arm` and executes the subset that the routines
//! gcc compiles from ACLE crypto intrinsics need (LDR/STR/LDP/STP/LD1/ST1,
//! the AdvSIMD moves, logic, EXT, REV, RBIT, ADD, DUP/INS/UMOV/FMOV/MOVI, the
//! GPR arithmetic, compares and branches of a loop, and AESE/AESD/AESMC/
//! AESIMC/PMULL/PMULL2/SHA256H/SHA256H2/SHA256SU0/SHA256SU1 through this
//! crate) over a register file (V0-V31, X0-X30, SP, NZCV) and a flat memory,
//! on any host. Anything else is reported as unsupported, never guessed.
//!
//! Run: `cargo run --example a64_interp` interprets `examples/a64-routines.hex`
//! (aarch64-linux-gnu-gcc -O2 -march=armv8-a+crypto output of
//! `examples/a64-routines.c`, see `examples/build-a64-routines.sh`) on the
//! FIPS-197 Appendix B key and block, the GCM spec's Test Case 2 and the
//! FIPS 180-4 "abc" block.

use yaxpeax_arch::{Decoder, U8Reader};
use yaxpeax_arm::armv8::a64::{
    InstDecoder, Instruction, Opcode, Operand, SIMDSizeCode, ShiftStyle, SizeCode,
};

/// Why execution stopped early.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// The word at this address does not decode (or lies outside the code).
    Decode(u64),
    /// A decoded instruction outside the supported subset (address, the
    /// instruction as yaxpeax-arm prints it).
    Unsupported(u64, String),
    /// A memory access outside the machine's memory (the address).
    Memory(u64),
    /// A branch to an address that is not a multiple of 4 (a PC alignment
    /// fault on a real CPU).
    Alignment(u64),
    /// The `.hex` file names no function of that name.
    NoEntry(String),
    /// More than the step limit.
    StepLimit,
}

/// The machine state.
pub struct Machine {
    /// V0-V31 (crate register convention: bit i = register bit i, memory byte
    /// i = bits 8i+7..8i, as `LDR Q`/`vld1q_u8` load it).
    pub v: [u128; 32],
    /// X0-X30 (register number 31 is SP or XZR, by instruction).
    pub x: [u64; 31],
    /// The stack pointer.
    pub sp: u64,
    /// NZCV in bits 3..0 (N = 8, Z = 4, C = 2, V = 1).
    pub nzcv: u8,
    /// The address of the next instruction.
    pub pc: u64,
    /// Flat memory at address 0.
    pub mem: Vec<u8>,
    /// Instructions executed.
    pub steps: u64,
}

const N: u8 = 8;
const Z: u8 = 4;
const C: u8 = 2;
const V: u8 = 1;

fn bits(s: SizeCode) -> u32 {
    match s {
        SizeCode::X => 64,
        SizeCode::W => 32,
    }
}

fn mask(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1 << width) - 1
    }
}

fn mask128(width: u32) -> u128 {
    if width >= 128 {
        u128::MAX
    } else {
        (1 << width) - 1
    }
}

/// The width in bits of a SIMD size code (B = 8 ... Q = 128).
fn simd_bits(s: SIMDSizeCode) -> u32 {
    match s {
        SIMDSizeCode::B => 8,
        SIMDSizeCode::H => 16,
        SIMDSizeCode::S => 32,
        SIMDSizeCode::D => 64,
        SIMDSizeCode::Q => 128,
    }
}

/// Element `i` of `esize` bits.
fn lane(v: u128, esize: u32, i: u32) -> u128 {
    (v >> (esize * i)) & mask128(esize)
}

/// `v` with element `i` of `esize` bits replaced by `e`.
fn with_lane(v: u128, esize: u32, i: u32, e: u128) -> u128 {
    let m = mask128(esize) << (esize * i);
    (v & !m) | ((e << (esize * i)) & m)
}

/// `e` (an `esize`-bit value) in every element of a `width`-bit vector.
fn replicate(e: u128, esize: u32, width: u32) -> u128 {
    (0..width / esize).fold(0, |acc, i| with_lane(acc, esize, i, e))
}

/// Arm ARM (shared pseudocode) `AddWithCarry(x, y, carry_in)` at `width`
/// bits: the result and NZCV.
fn add_with_carry(x: u64, y: u64, carry: bool, width: u32) -> (u64, u8) {
    let (x, y) = (x & mask(width), y & mask(width));
    let wide = u128::from(x) + u128::from(y) + u128::from(carry);
    let r = (wide as u64) & mask(width);
    let sign = 1u64 << (width - 1);
    let mut nzcv = 0;
    if r & sign != 0 {
        nzcv |= N;
    }
    if r == 0 {
        nzcv |= Z;
    }
    if (wide >> width) & 1 != 0 {
        nzcv |= C;
    }
    if (x ^ r) & (y ^ r) & sign != 0 {
        nzcv |= V;
    }
    (r, nzcv)
}

impl Machine {
    /// A machine with `size` bytes of zeroed memory.
    pub fn new(size: usize) -> Machine {
        Machine {
            v: [0; 32],
            x: [0; 31],
            sp: 0,
            nzcv: 0,
            pc: 0,
            mem: vec![0; size],
            steps: 0,
        }
    }

    fn slice(&mut self, addr: u64, len: usize) -> Result<&mut [u8], Fault> {
        let start = usize::try_from(addr).map_err(|_| Fault::Memory(addr))?;
        let end = start.checked_add(len).ok_or(Fault::Memory(addr))?;
        self.mem.get_mut(start..end).ok_or(Fault::Memory(addr))
    }

    /// Reads `len` (at most 16) bytes as a little-endian value.
    pub fn read(&mut self, addr: u64, len: usize) -> Result<u128, Fault> {
        let mut b = [0u8; 16];
        b[..len].copy_from_slice(self.slice(addr, len)?);
        Ok(u128::from_le_bytes(b))
    }

    /// Writes the low `len` (at most 16) bytes of `v`, little-endian.
    pub fn write(&mut self, addr: u64, len: usize, v: u128) -> Result<(), Fault> {
        self.slice(addr, len)?
            .copy_from_slice(&v.to_le_bytes()[..len]);
        Ok(())
    }

    /// Register `n` of an operand where 31 is XZR (`sp == false`) or SP.
    fn xn(&self, n: u16, sp: bool) -> u64 {
        match n {
            31 if sp => self.sp,
            31 => 0,
            n => self.x[usize::from(n)],
        }
    }

    fn set_xn(&mut self, n: u16, sp: bool, v: u64) {
        match n {
            31 if sp => self.sp = v,
            31 => {}
            n => self.x[usize::from(n)] = v,
        }
    }

    /// A GPR operand's value (a W register reads zero-extended) and width.
    fn gpr(&self, op: &Operand) -> Option<(u64, u32)> {
        match *op {
            Operand::Register(s, n) => Some((self.xn(n, false) & mask(bits(s)), bits(s))),
            Operand::RegisterOrSP(s, n) => Some((self.xn(n, true) & mask(bits(s)), bits(s))),
            _ => None,
        }
    }

    /// Writes a GPR operand; a W destination zeroes bits 63..32.
    fn set_gpr(&mut self, op: &Operand, v: u64) -> Option<()> {
        match *op {
            Operand::Register(s, n) => self.set_xn(n, false, v & mask(bits(s))),
            Operand::RegisterOrSP(s, n) => self.set_xn(n, true, v & mask(bits(s))),
            _ => return None,
        }
        Some(())
    }

    /// The second source of a data-processing instruction at `width` bits:
    /// a register, a shifted register, or an immediate.
    fn operand2(&self, op: &Operand, width: u32) -> Option<u64> {
        let v = match *op {
            Operand::Register(..) | Operand::RegisterOrSP(..) => self.gpr(op)?.0,
            Operand::Immediate(i) => u64::from(i),
            Operand::ImmShift(i, s) => u64::from(i).checked_shl(u32::from(s))?,
            Operand::Imm64(i) => i,
            Operand::RegShift(style, amount, s, n) if bits(s) == width => {
                let r = self.xn(n, false) & mask(width);
                let a = u32::from(amount);
                match style {
                    ShiftStyle::LSL => r.checked_shl(a)?,
                    ShiftStyle::LSR => r.checked_shr(a)?,
                    ShiftStyle::ASR if width == 64 => ((r as i64) >> a) as u64,
                    ShiftStyle::ASR => (((r as u32) as i32) >> a) as u32 as u64,
                    ShiftStyle::ROR if width == 64 => r.rotate_right(a),
                    ShiftStyle::ROR => u64::from((r as u32).rotate_right(a)),
                    // Extended registers (UXTB ... SXTX) are not in the subset.
                    _ => return None,
                }
            }
            _ => return None,
        };
        Some(v & mask(width))
    }

    /// Arm ARM `ConditionHolds(cond)`.
    fn condition(&self, cond: u8) -> bool {
        let f = |b: u8| self.nzcv & b != 0;
        let r = match cond >> 1 {
            0 => f(Z),
            1 => f(C),
            2 => f(N),
            3 => f(V),
            4 => f(C) && !f(Z),
            5 => f(N) == f(V),
            6 => f(N) == f(V) && !f(Z),
            _ => true,
        };
        if cond & 1 == 1 && cond != 0b1111 {
            !r
        } else {
            r
        }
    }

    /// The address of a memory operand and the base register's value to
    /// write back after the access, if any.
    fn address(&self, op: &Operand) -> Option<(u64, Option<(u16, u64)>)> {
        match *op {
            Operand::RegPreIndex(n, off, wb) => {
                let a = self.xn(n, true).wrapping_add(off as i64 as u64);
                Some((a, wb.then_some((n, a))))
            }
            Operand::RegPostIndex(n, off) => {
                let a = self.xn(n, true);
                Some((a, Some((n, a.wrapping_add(off as i64 as u64)))))
            }
            Operand::RegPostIndexReg(n, m) => {
                let a = self.xn(n, true);
                Some((a, Some((n, a.wrapping_add(self.xn(m, false))))))
            }
            Operand::RegRegOffset(n, m, s, style, amount) => {
                let r = self.xn(m, false);
                let index = match (s, style) {
                    (SizeCode::X, ShiftStyle::LSL | ShiftStyle::SXTX) => r,
                    (SizeCode::W, ShiftStyle::UXTW) => r & 0xffff_ffff,
                    (SizeCode::W, ShiftStyle::SXTW) => (r as u32) as i32 as i64 as u64,
                    _ => return None,
                };
                let a = self.xn(n, true).wrapping_add(index << amount);
                Some((a, None))
            }
            _ => None,
        }
    }

    /// Runs `code` (loaded at `base`) from `self.pc` until a branch reaches
    /// `stop` (the return address the caller put in X30), at most `limit`
    /// instructions.
    pub fn run(&mut self, code: &[u8], base: u64, stop: u64, limit: u64) -> Result<(), Fault> {
        let decoder = InstDecoder::default();
        let mut insn = Instruction::default();
        loop {
            let pc = self.pc;
            if pc == stop {
                return Ok(());
            }
            if pc % 4 != 0 {
                return Err(Fault::Alignment(pc));
            }
            if self.steps >= limit {
                return Err(Fault::StepLimit);
            }
            let word = pc
                .checked_sub(base)
                .and_then(|o| usize::try_from(o).ok())
                .and_then(|o| code.get(o..o.checked_add(4)?))
                .ok_or(Fault::Decode(pc))?;
            decoder
                .decode_into(&mut insn, &mut U8Reader::new(word))
                .map_err(|_| Fault::Decode(pc))?;
            self.steps += 1;
            self.pc = match self.step(&insn, pc)? {
                Some(target) => target,
                None => pc.wrapping_add(4),
            };
        }
    }

    /// Executes one instruction at `pc`; `Some(target)` for a taken branch.
    fn step(&mut self, i: &Instruction, pc: u64) -> Result<Option<u64>, Fault> {
        let unsupported = || Fault::Unsupported(pc, i.to_string());
        let ops = &i.operands;
        let rel = |off: i64| pc.wrapping_add(off as u64);
        match (i.opcode, ops) {
            // HINT #0 is NOP; other hints (BTI, PAC) are outside the subset.
            (Opcode::HINT, [Operand::ControlReg(0), Operand::Immediate(0), ..]) => {}
            (Opcode::RET, [Operand::Register(SizeCode::X, n), ..]) => {
                return Ok(Some(self.xn(*n, false)));
            }
            (Opcode::B, [Operand::PCOffset(o), ..]) => return Ok(Some(rel(*o))),
            (Opcode::BL, [Operand::PCOffset(o), ..]) => {
                self.x[30] = pc.wrapping_add(4);
                return Ok(Some(rel(*o)));
            }
            (Opcode::Bcc(cond), [Operand::PCOffset(o), ..]) => {
                if self.condition(cond) {
                    return Ok(Some(rel(*o)));
                }
            }
            (Opcode::CBZ | Opcode::CBNZ, [r, Operand::PCOffset(o), ..]) => {
                let (v, _) = self.gpr(r).ok_or_else(unsupported)?;
                if (v == 0) == (i.opcode == Opcode::CBZ) {
                    return Ok(Some(rel(*o)));
                }
            }
            (
                Opcode::ADD | Opcode::ADDS | Opcode::SUB | Opcode::SUBS,
                [
                    d @ (Operand::Register(..) | Operand::RegisterOrSP(..)),
                    n,
                    m,
                    ..,
                ],
            ) => {
                let (a, width) = self.gpr(n).ok_or_else(unsupported)?;
                let b = self.operand2(m, width).ok_or_else(unsupported)?;
                let sub = matches!(i.opcode, Opcode::SUB | Opcode::SUBS);
                let (r, nzcv) = if sub {
                    add_with_carry(a, !b, true, width)
                } else {
                    add_with_carry(a, b, false, width)
                };
                if matches!(i.opcode, Opcode::ADDS | Opcode::SUBS) {
                    self.nzcv = nzcv;
                }
                self.set_gpr(d, r).ok_or_else(unsupported)?;
            }
            (
                Opcode::AND | Opcode::ANDS | Opcode::ORR | Opcode::EOR,
                [
                    d @ (Operand::Register(..) | Operand::RegisterOrSP(..)),
                    n,
                    m,
                    ..,
                ],
            ) => {
                let (a, width) = self.gpr(n).ok_or_else(unsupported)?;
                let b = self.operand2(m, width).ok_or_else(unsupported)?;
                let r = match i.opcode {
                    Opcode::ORR => a | b,
                    Opcode::EOR => a ^ b,
                    _ => a & b,
                };
                if i.opcode == Opcode::ANDS {
                    let sign = 1u64 << (width - 1);
                    self.nzcv = if r & sign != 0 { N } else { 0 } | if r == 0 { Z } else { 0 };
                }
                self.set_gpr(d, r).ok_or_else(unsupported)?;
            }
            (
                Opcode::MOVZ | Opcode::MOVN | Opcode::MOVK,
                [
                    d @ Operand::Register(s, _),
                    Operand::ImmShift(imm, shift),
                    ..,
                ],
            ) => {
                let field = u64::from(*imm) << shift;
                let r = match i.opcode {
                    Opcode::MOVZ => field,
                    Opcode::MOVN => !field,
                    _ => {
                        let (old, _) = self.gpr(d).ok_or_else(unsupported)?;
                        (old & !(0xffff << shift)) | field
                    }
                };
                self.set_gpr(d, r & mask(bits(*s)))
                    .ok_or_else(unsupported)?;
            }
            // Loads and stores: one register (GPR or SIMD&FP), a pair, or LD1/ST1
            // of whole registers (multiple structures, little-endian: the
            // element size does not change the register's bytes).
            (Opcode::LDR | Opcode::STR, [t, addr, ..]) => {
                let (a, wb) = self.address(addr).ok_or_else(unsupported)?;
                self.transfer(i.opcode == Opcode::LDR, t, a)
                    .ok_or_else(unsupported)??;
                self.write_back(wb);
            }
            (Opcode::LDP | Opcode::STP, [t1, t2, addr, ..]) => {
                let (a, wb) = self.address(addr).ok_or_else(unsupported)?;
                let load = i.opcode == Opcode::LDP;
                let len = self.transfer_len(t1).ok_or_else(unsupported)?;
                if self.transfer_len(t2) != Some(len) {
                    return Err(unsupported());
                }
                self.transfer(load, t1, a).ok_or_else(unsupported)??;
                self.transfer(load, t2, a.wrapping_add(len as u64))
                    .ok_or_else(unsupported)??;
                self.write_back(wb);
            }
            (
                Opcode::LD1 | Opcode::ST1,
                [Operand::SIMDRegisterGroup(width, t, _, count), addr, ..],
            ) => {
                let (a, wb) = self.address(addr).ok_or_else(unsupported)?;
                let len = simd_bits(*width) as usize / 8;
                for k in 0..u64::from(*count) {
                    let r = (usize::from(*t) + k as usize) % 32;
                    let at = a.wrapping_add(k * len as u64);
                    if i.opcode == Opcode::LD1 {
                        self.v[r] = self.read(at, len)?;
                    } else {
                        self.write(at, len, self.v[r])?;
                    }
                }
                self.write_back(wb);
            }
            _ => return self.step_simd(i, pc).map(|()| None),
        }
        Ok(None)
    }

    fn write_back(&mut self, wb: Option<(u16, u64)>) {
        if let Some((n, v)) = wb {
            self.set_xn(n, true, v);
        }
    }

    /// The bytes one LDR/STR of this register operand moves.
    fn transfer_len(&self, t: &Operand) -> Option<usize> {
        match *t {
            Operand::Register(s, _) => Some(bits(s) as usize / 8),
            Operand::SIMDRegister(s, _) => Some(simd_bits(s) as usize / 8),
            _ => None,
        }
    }

    /// LDR/STR of one register at `a`: `None` for an operand outside the
    /// subset. A load zero-extends into the whole register.
    fn transfer(&mut self, load: bool, t: &Operand, a: u64) -> Option<Result<(), Fault>> {
        let len = self.transfer_len(t)?;
        Some(match *t {
            Operand::Register(..) if load => self
                .read(a, len)
                .map(|v| self.set_gpr(t, v as u64).unwrap_or(())),
            Operand::Register(..) => {
                let v = self.gpr(t)?.0;
                self.write(a, len, u128::from(v))
            }
            Operand::SIMDRegister(_, n) if load => self.read(a, len).map(|v| {
                self.v[usize::from(n)] = v;
            }),
            Operand::SIMDRegister(_, n) => self.write(a, len, self.v[usize::from(n)]),
            _ => return None,
        })
    }

    /// The AdvSIMD and crypto part of the subset.
    fn step_simd(&mut self, i: &Instruction, pc: u64) -> Result<(), Fault> {
        use Operand::{
            SIMDRegister as Scalar, SIMDRegisterElements as Elems, SIMDRegisterElementsLane as Lane,
        };
        use SIMDSizeCode::{B, D, Q, S};
        use crypto_insn::arm;
        let unsupported = || Fault::Unsupported(pc, i.to_string());
        let v = self.v;
        let r = |n: &u16| v[usize::from(*n)];
        let (d, value) = match (i.opcode, i.operands) {
            // Crypto: AESE/AESD Vd.16B, Vn.16B; AESMC/AESIMC Vd.16B, Vn.16B.
            (Opcode::AESE, [Elems(Q, d, B), Elems(Q, n, B), ..]) => (d, arm::aese(r(&d), r(&n))),
            (Opcode::AESD, [Elems(Q, d, B), Elems(Q, n, B), ..]) => (d, arm::aesd(r(&d), r(&n))),
            (Opcode::AESMC, [Elems(Q, d, B), Elems(Q, n, B), ..]) => (d, arm::aesmc(r(&n))),
            (Opcode::AESIMC, [Elems(Q, d, B), Elems(Q, n, B), ..]) => (d, arm::aesimc(r(&n))),
            // PMULL Vd.1Q, Vn.1D, Vm.1D / PMULL2 Vd.1Q, Vn.2D, Vm.2D (the 8B
            // forms are outside the subset).
            (Opcode::PMULL, [Elems(Q, d, Q), Elems(D, n, D), Elems(D, m, D), ..]) => {
                (d, arm::pmull(r(&n), r(&m)))
            }
            (Opcode::PMULL2, [Elems(Q, d, Q), Elems(Q, n, D), Elems(Q, m, D), ..]) => {
                (d, arm::pmull2(r(&n), r(&m)))
            }
            // SHA256H Qd, Qn, Vm.4S; SHA256H2 Qd, Qn, Vm.4S; SHA256SU0 Vd.4S,
            // Vn.4S; SHA256SU1 Vd.4S, Vn.4S, Vm.4S.
            (Opcode::SHA256H, [Scalar(Q, d), Scalar(Q, n), Elems(Q, m, S), ..]) => {
                (d, arm::sha256h(r(&d), r(&n), r(&m)))
            }
            (Opcode::SHA256H2, [Scalar(Q, d), Scalar(Q, n), Elems(Q, m, S), ..]) => {
                (d, arm::sha256h2(r(&d), r(&n), r(&m)))
            }
            (Opcode::SHA256SU0, [Elems(Q, d, S), Elems(Q, n, S), ..]) => {
                (d, arm::sha256su0(r(&d), r(&n)))
            }
            (Opcode::SHA256SU1, [Elems(Q, d, S), Elems(Q, n, S), Elems(Q, m, S), ..]) => {
                (d, arm::sha256su1(r(&d), r(&n), r(&m)))
            }
            // Bitwise (MOV Vd, Vn is ORR Vd, Vn, Vn). A 64-bit vector result
            // zeroes bits 127..64, as every write of a SIMD&FP register does.
            (
                Opcode::EOR | Opcode::AND | Opcode::ORR | Opcode::BIC,
                [Elems(w, d, B), Elems(w2, n, B), Elems(w3, m, B), ..],
            ) if w == w2 && w == w3 => {
                let (a, b) = (r(&n), r(&m));
                let x = match i.opcode {
                    Opcode::EOR => a ^ b,
                    Opcode::AND => a & b,
                    Opcode::ORR => a | b,
                    _ => a & !b,
                };
                (d, x & mask128(simd_bits(w)))
            }
            (
                Opcode::ADD | Opcode::SUB,
                [Elems(w, d, e), Elems(w2, n, e2), Elems(w3, m, e3), ..],
            ) if w == w2 && w == w3 && e == e2 && e == e3 && e != Q => {
                let (es, width) = (simd_bits(e), simd_bits(w));
                let x = (0..width / es).fold(0, |acc, k| {
                    let (a, b) = (lane(r(&n), es, k), lane(r(&m), es, k));
                    let s = if i.opcode == Opcode::ADD {
                        a.wrapping_add(b)
                    } else {
                        a.wrapping_sub(b)
                    };
                    with_lane(acc, es, k, s)
                });
                (d, x)
            }
            // EXT Vd, Vn, Vm, #imm: bytes imm.. of the concatenation Vm:Vn.
            (
                Opcode::EXT,
                [
                    Elems(w, d, B),
                    Elems(w2, n, B),
                    Elems(w3, m, B),
                    Operand::Imm16(imm),
                ],
            ) if w == w2 && w == w3 && u32::from(imm) * 8 < simd_bits(w) => {
                let width = simd_bits(w);
                let (lo, hi) = (r(&n) & mask128(width), r(&m) & mask128(width));
                let sh = u32::from(imm) * 8;
                let x = if sh == 0 {
                    lo
                } else {
                    (lo >> sh) | (hi << (width - sh))
                };
                (d, x & mask128(width))
            }
            // REV16/REV32/REV64: reverse the elements inside each container.
            (
                Opcode::REV16 | Opcode::REV32 | Opcode::REV64,
                [Elems(w, d, e), Elems(w2, n, e2), ..],
            ) if w == w2 && e == e2 => {
                let container = match i.opcode {
                    Opcode::REV16 => 16,
                    Opcode::REV32 => 32,
                    _ => 64,
                };
                let (es, width) = (simd_bits(e), simd_bits(w));
                if es >= container {
                    return Err(unsupported());
                }
                let flip = container / es - 1;
                let x = (0..width / es)
                    .fold(0, |acc, k| with_lane(acc, es, k, lane(r(&n), es, k ^ flip)));
                (d, x)
            }
            (Opcode::RBIT, [Elems(w, d, B), Elems(w2, n, B), ..]) if w == w2 => {
                let b = r(&n).to_le_bytes().map(u8::reverse_bits);
                (d, u128::from_le_bytes(b) & mask128(simd_bits(w)))
            }
            // MOVI: an immediate in every element (or the 64-bit scalar).
            (Opcode::MOVI, [Elems(w, d, e), Operand::ImmShift(imm, sh), ..])
                if e != D && e != Q =>
            {
                let es = simd_bits(e);
                let x = (u128::from(imm) << sh) & mask128(es);
                (d, replicate(x, es, simd_bits(w)))
            }
            (Opcode::MOVI, [Elems(Q, d, D), Operand::Imm64(imm), ..]) => {
                (d, replicate(u128::from(imm), 64, 128))
            }
            (Opcode::MOVI, [Scalar(D, d), Operand::Imm64(imm), ..]) => (d, u128::from(imm)),
            // DUP: an element to a scalar (MOV Dd, Vn.D[1]) or to every element;
            // a general register to every element.
            (Opcode::DUP, [Scalar(s, d), Lane(_, n, e, k), ..]) if s == e => {
                (d, lane(r(&n), simd_bits(e), u32::from(k)))
            }
            (Opcode::DUP, [Elems(w, d, e), Lane(_, n, e2, k), ..]) if e == e2 => {
                let es = simd_bits(e);
                (
                    d,
                    replicate(lane(r(&n), es, u32::from(k)), es, simd_bits(w)),
                )
            }
            (Opcode::DUP, [Elems(w, d, e), g @ Operand::Register(..), ..]) => {
                let es = simd_bits(e);
                let x = u128::from(self.gpr(&g).ok_or_else(unsupported)?.0) & mask128(es);
                (d, replicate(x, es, simd_bits(w)))
            }
            // INS (MOV Vd.T[i], Xn / Vn.T[j]): the other elements are kept.
            (Opcode::INS, [Lane(_, d, e, k), g @ Operand::Register(..), ..]) => {
                let x = u128::from(self.gpr(&g).ok_or_else(unsupported)?.0);
                (d, with_lane(r(&d), simd_bits(e), u32::from(k), x))
            }
            (Opcode::INS, [Lane(_, d, e, k), Lane(_, n, e2, k2), ..]) if e == e2 => {
                let es = simd_bits(e);
                let x = lane(r(&n), es, u32::from(k2));
                (d, with_lane(r(&d), es, u32::from(k), x))
            }
            // UMOV (MOV Xd, Vn.D[i]) and FMOV between general and SIMD&FP
            // registers of the same width, or two SIMD&FP scalars.
            (Opcode::UMOV, [g @ Operand::Register(..), Lane(_, n, e, k), ..]) => {
                let x = lane(r(&n), simd_bits(e), u32::from(k)) as u64;
                self.set_gpr(&g, x).ok_or_else(unsupported)?;
                return Ok(());
            }
            (Opcode::FMOV, [Scalar(s, d), g @ Operand::Register(gs, _), ..])
                if simd_bits(s) == bits(gs) =>
            {
                (d, u128::from(self.gpr(&g).ok_or_else(unsupported)?.0))
            }
            (Opcode::FMOV, [g @ Operand::Register(gs, _), Scalar(s, n), ..])
                if simd_bits(s) == bits(gs) =>
            {
                self.set_gpr(&g, r(&n) as u64).ok_or_else(unsupported)?;
                return Ok(());
            }
            (Opcode::FMOV, [Scalar(s, d), Scalar(s2, n), ..]) if s == s2 && s != Q => {
                (d, r(&n) & mask128(simd_bits(s)))
            }
            _ => return Err(unsupported()),
        };
        self.v[usize::from(d)] = value;
        Ok(())
    }
}

/// The machine code and entry points of a `.hex` file: `# Entry: NAME 0xOFFSET`
/// header lines, other `#` comments, then hex byte pairs.
pub struct Routines {
    /// The bytes.
    pub code: Vec<u8>,
    /// Function name and offset in `code`.
    pub entries: Vec<(String, u64)>,
}

impl Routines {
    /// The offset of function `name`.
    pub fn entry(&self, name: &str) -> Option<u64> {
        self.entries
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, o)| o)
    }
}

/// Parses a `.hex` file.
pub fn parse_hex_file(text: &str) -> Result<Routines, String> {
    let mut code = Vec::new();
    let mut entries = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if let Some(rest) = line.strip_prefix("# Entry: ") {
            let bad = || format!("line {}: '{line}'", n + 1);
            let (name, off) = rest.split_once(' ').ok_or_else(bad)?;
            let off = off.strip_prefix("0x").ok_or_else(bad)?;
            let off = u64::from_str_radix(off, 16).map_err(|_| bad())?;
            entries.push((name.to_string(), off));
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        for w in line.split_whitespace() {
            code.push(
                u8::from_str_radix(w, 16).map_err(|e| format!("line {}: '{w}': {e}", n + 1))?,
            );
        }
    }
    if code.is_empty() {
        return Err("no bytes".into());
    }
    Ok(Routines { code, entries })
}

/// Memory layout of the `call_*` helpers.
const ARG0: u64 = 0x1000;
const ARG1: u64 = 0x1100;
const ARG2: u64 = 0x1200;
const ARG3: u64 = 0x1300;
const STACK_TOP: u64 = 0x8000;
const DATA: u64 = 0x1_0000;
const CODE: u64 = 0x40_0000;
const RETURN: u64 = 0xdead_0000;
const LIMIT: u64 = 1_000_000;

/// Calls function `name` of `r` with X0-X3 = `args` (AAPCS64) and X30 =
/// a return address outside the code, on `m`; the instruction count.
pub fn call(m: &mut Machine, r: &Routines, name: &str, args: [u64; 4]) -> Result<u64, Fault> {
    let entry = r.entry(name).ok_or_else(|| Fault::NoEntry(name.into()))?;
    m.x[..4].copy_from_slice(&args);
    m.x[30] = RETURN;
    m.sp = STACK_TOP;
    m.pc = CODE + entry;
    m.steps = 0;
    m.run(&r.code, CODE, RETURN, LIMIT)?;
    Ok(m.steps)
}

/// `aes128_encrypt(rk, in, out)` of `examples/a64-routines.c`: one block
/// under the 11 round keys `rk` (memory order, round 0 first); the output
/// block and the instruction count.
pub fn call_aes128_encrypt(
    r: &Routines,
    rk: &[[u8; 16]; 11],
    block: [u8; 16],
) -> Result<([u8; 16], u64), Fault> {
    let mut m = Machine::new(DATA as usize);
    for (k, key) in rk.iter().enumerate() {
        m.write(ARG0 + 16 * k as u64, 16, u128::from_le_bytes(*key))?;
    }
    m.write(ARG1, 16, u128::from_le_bytes(block))?;
    let steps = call(&mut m, r, "aes128_encrypt", [ARG0, ARG1, ARG2, 0])?;
    Ok((m.read(ARG2, 16)?.to_le_bytes(), steps))
}

/// `ghash(h, blocks, n, y)`: `y` updated to `(y ^ X_i) * H` over the blocks
/// (GCM's GHASH, NIST SP 800-38D 6.4); the new `y` and the instruction count.
pub fn call_ghash(
    r: &Routines,
    h: [u8; 16],
    y: [u8; 16],
    blocks: &[[u8; 16]],
) -> Result<([u8; 16], u64), Fault> {
    let mut m = Machine::new(DATA as usize + 16 * blocks.len());
    m.write(ARG0, 16, u128::from_le_bytes(h))?;
    m.write(ARG3, 16, u128::from_le_bytes(y))?;
    for (k, b) in blocks.iter().enumerate() {
        m.write(DATA + 16 * k as u64, 16, u128::from_le_bytes(*b))?;
    }
    let n = blocks.len() as u64;
    let steps = call(&mut m, r, "ghash", [ARG0, DATA, n, ARG3])?;
    Ok((m.read(ARG3, 16)?.to_le_bytes(), steps))
}

/// `sha256_compress(state, block, k)` with FIPS 180-4's K
/// (`crypto_insn::sha::SHA256_K`); the new state and the instruction count.
pub fn call_sha256_compress(
    r: &Routines,
    state: [u32; 8],
    block: &[u8; 64],
) -> Result<([u32; 8], u64), Fault> {
    let mut m = Machine::new(DATA as usize);
    for (k, w) in state.iter().enumerate() {
        m.write(ARG0 + 4 * k as u64, 4, u128::from(*w))?;
    }
    m.slice(ARG1, 64)?.copy_from_slice(block);
    for (k, w) in crypto_insn::sha::SHA256_K.iter().enumerate() {
        m.write(ARG2 + 4 * k as u64, 4, u128::from(*w))?;
    }
    let steps = call(&mut m, r, "sha256_compress", [ARG0, ARG1, ARG2, 0])?;
    let mut out = [0u32; 8];
    for (k, w) in out.iter_mut().enumerate() {
        *w = m.read(ARG0 + 4 * k as u64, 4)? as u32;
    }
    Ok((out, steps))
}

fn show(name: &str, bytes: &[u8], steps: u64) {
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    println!("{name:<15} -> {hex} ({steps} instructions interpreted)");
}

#[allow(dead_code)]
fn main() {
    let r = match parse_hex_file(include_str!("a64-routines.hex")) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("a64-routines.hex: {e}");
            std::process::exit(2);
        }
    };
    let fail = |f: Fault| -> ! {
        eprintln!("fault: {f:?}");
        std::process::exit(1);
    };
    let mem = |h: &str| {
        crypto_insn::reg::parse_mem_hex(h)
            .expect("32 hex digits")
            .to_le_bytes()
    };
    // FIPS-197 Appendix B: key and plaintext; the round keys by FIPS-197 5.2.
    let key = mem("2b7e151628aed2a6abf7158809cf4f3c");
    let block = mem("3243f6a8885a308d313198a2e0370734");
    let schedule = crypto_insn::aes::KeySchedule::new(&key).expect("16-byte key");
    let rk: [[u8; 16]; 11] = core::array::from_fn(|k| schedule.round_keys()[k].to_le_bytes());
    let (out, steps) = call_aes128_encrypt(&r, &rk, block).unwrap_or_else(|f| fail(f));
    show("aes128_encrypt", &out, steps);
    // The GCM spec's Test Case 2: H, then C and len(A) || len(C).
    let h = mem("66e94bd4ef8a2c3b884cfa59ca342b2e");
    let c = mem("0388dace60b6a392f328c2b971b2fe78");
    let len = mem("00000000000000000000000000000080");
    let (y, steps) = call_ghash(&r, h, [0; 16], &[c, len]).unwrap_or_else(|f| fail(f));
    show("ghash", &y, steps);
    // FIPS 180-4: the padded block of "abc" from H(0).
    let mut block = [0u8; 64];
    block[..4].copy_from_slice(b"abc\x80");
    block[63] = 24;
    let (state, steps) =
        call_sha256_compress(&r, crypto_insn::sha::SHA256_H0, &block).unwrap_or_else(|f| fail(f));
    let digest: Vec<u8> = state.iter().flat_map(|w| w.to_be_bytes()).collect();
    show("sha256_compress", &digest, steps);
}
