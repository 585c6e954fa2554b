//! A small x86-64 interpreter built on crypto-insn: it decodes real machine
//! code with `iced-x86` and executes the subset that AES, GHASH and SHA-256
//! routines compiled by gcc need over a register file and a flat memory:
//! the SSE moves (MOVDQA/MOVDQU/MOVAPS/MOVUPS, MOVQ, PINSRQ/PEXTRQ), the data
//! movement and lane arithmetic (PXOR/POR/PAND/PANDN, PSHUFD, PSHUFB,
//! PALIGNR, PBLENDW, SHUFPS, PUNPCKLQDQ/PUNPCKHQDQ, PSLLDQ/PSRLDQ,
//! PSLLD/PSRLD/PSLLQ/PSRLQ, PADDD/PADDQ/PSUBD), the GPR instructions of a
//! loop (MOV, ADD, SUB, SHL, SHR, CMP, TEST, LEA, JMP, JE/JNE, RET), and the
//! crypto instructions through this crate: AESENC/AESENCLAST/AESDEC/
//! AESDECLAST/AESIMC/AESKEYGENASSIST, PCLMULQDQ, SHA256RNDS2/SHA256MSG1/
//! SHA256MSG2. Anything else is reported as unsupported, never guessed.
//!
//! Run: `cargo run --example x86_interp` interprets the committed machine
//! code of `examples/x86-routine.c` (AES-128), `examples/x86-ghash.c` (GHASH)
//! and `examples/x86-sha256.c` (SHA-256 compression), see
//! `examples/build-x86-routine.sh`, on the FIPS-197 Appendix B key and block,
//! on GCM Test Case 2's H and ciphertext, and on the FIPS 180-4 "abc" block.

use iced_x86::{Decoder, DecoderOptions, Instruction, Mnemonic, OpKind, Register};

/// Why execution stopped early.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// The bytes at this address do not decode.
    Decode(u64),
    /// An instruction outside the supported subset (address, mnemonic).
    Unsupported(u64, String),
    /// A memory access outside the machine's memory.
    Memory(u64),
    /// MOVAPS/MOVDQA (or a legacy-SSE memory operand) not 16-byte aligned:
    /// #GP on a real CPU.
    Alignment(u64),
    /// More than the step limit.
    StepLimit,
}

/// The machine state: XMM0-15, the 16 GPRs (RAX = 0 ... R15 = 15), ZF, memory.
pub struct Machine {
    /// XMM registers (crate register convention: bit i = register bit i).
    pub xmm: [u128; 16],
    /// General-purpose registers by number.
    pub gpr: [u64; 16],
    /// The zero flag (the only flag the subset reads: JNE/JE).
    pub zf: bool,
    /// Flat memory at address 0.
    pub mem: Vec<u8>,
    /// Instructions executed.
    pub steps: u64,
}

/// The number of an XMM register (XMM0-XMM15), from iced's contiguous
/// register numbering (its `instr_info` feature is not needed for this).
fn xmm_number(r: Register) -> Option<usize> {
    let n = (r as u32).wrapping_sub(Register::XMM0 as u32);
    (n < 16).then_some(n as usize)
}

/// The number of a 64-bit GPR (RAX = 0 ... R15 = 15).
fn gpr64_number(r: Register) -> Option<usize> {
    let n = (r as u32).wrapping_sub(Register::RAX as u32);
    (n < 16).then_some(n as usize)
}

/// RSP's register number.
pub const RSP: usize = 4;

impl Machine {
    /// A machine with `size` bytes of zeroed memory.
    pub fn new(size: usize) -> Machine {
        Machine {
            xmm: [0; 16],
            gpr: [0; 16],
            zf: false,
            mem: vec![0; size],
            steps: 0,
        }
    }

    fn slice(&mut self, addr: u64, len: usize) -> Result<&mut [u8], Fault> {
        let start = usize::try_from(addr).map_err(|_| Fault::Memory(addr))?;
        let end = start.checked_add(len).ok_or(Fault::Memory(addr))?;
        self.mem.get_mut(start..end).ok_or(Fault::Memory(addr))
    }

    /// Reads 16 bytes (memory order = the register convention).
    pub fn read128(&mut self, addr: u64) -> Result<u128, Fault> {
        let s = self.slice(addr, 16)?;
        Ok(u128::from_le_bytes(s.try_into().expect("16 bytes")))
    }

    /// Writes 16 bytes.
    pub fn write128(&mut self, addr: u64, v: u128) -> Result<(), Fault> {
        self.slice(addr, 16)?.copy_from_slice(&v.to_le_bytes());
        Ok(())
    }

    fn read64(&mut self, addr: u64) -> Result<u64, Fault> {
        let s = self.slice(addr, 8)?;
        Ok(u64::from_le_bytes(s.try_into().expect("8 bytes")))
    }

    /// Writes 8 bytes.
    pub fn write64(&mut self, addr: u64, v: u64) -> Result<(), Fault> {
        self.slice(addr, 8)?.copy_from_slice(&v.to_le_bytes());
        Ok(())
    }

    fn gpr_of(&self, r: Register) -> Option<u64> {
        if r == Register::None {
            return Some(0);
        }
        gpr64_number(r).map(|n| self.gpr[n])
    }

    fn address(&self, i: &Instruction) -> Result<u64, Fault> {
        let ip = i.ip();
        if i.memory_base() == Register::RIP {
            return Ok(i.memory_displacement64());
        }
        let base = self
            .gpr_of(i.memory_base())
            .ok_or_else(|| Fault::Unsupported(ip, "base register".into()))?;
        let index = self
            .gpr_of(i.memory_index())
            .ok_or_else(|| Fault::Unsupported(ip, "index register".into()))?;
        Ok(base
            .wrapping_add(index.wrapping_mul(u64::from(i.memory_index_scale())))
            .wrapping_add(i.memory_displacement64()))
    }

    /// Operand `n` as a 128-bit value (XMM register or memory); `aligned`:
    /// a memory operand must be 16-byte aligned.
    fn src128(&mut self, i: &Instruction, n: u32, aligned: bool) -> Result<u128, Fault> {
        match i.op_kind(n) {
            OpKind::Register if xmm_number(i.op_register(n)).is_some() => {
                Ok(self.xmm[xmm_number(i.op_register(n)).unwrap_or(0)])
            }
            OpKind::Memory => {
                let a = self.address(i)?;
                if aligned && a % 16 != 0 {
                    return Err(Fault::Alignment(i.ip()));
                }
                self.read128(a)
            }
            _ => Err(Fault::Unsupported(
                i.ip(),
                format!("{:?} operand", i.op_kind(n)),
            )),
        }
    }

    fn dst128(&mut self, i: &Instruction, v: u128, aligned: bool) -> Result<(), Fault> {
        match i.op_kind(0) {
            OpKind::Register if xmm_number(i.op_register(0)).is_some() => {
                self.xmm[xmm_number(i.op_register(0)).unwrap_or(0)] = v;
                Ok(())
            }
            OpKind::Memory => {
                let a = self.address(i)?;
                if aligned && a % 16 != 0 {
                    return Err(Fault::Alignment(i.ip()));
                }
                self.write128(a, v)
            }
            _ => Err(Fault::Unsupported(i.ip(), "destination".into())),
        }
    }

    fn gpr_operand(&self, i: &Instruction, n: u32) -> Result<u64, Fault> {
        match i.op_kind(n) {
            OpKind::Register => self
                .gpr_of(i.op_register(n))
                .ok_or_else(|| Fault::Unsupported(i.ip(), "non-64-bit GPR".into())),
            OpKind::Immediate8to64
            | OpKind::Immediate32to64
            | OpKind::Immediate8
            | OpKind::Immediate64 => Ok(i.immediate(n)),
            k => Err(Fault::Unsupported(i.ip(), format!("{k:?} operand"))),
        }
    }

    fn set_gpr(&mut self, i: &Instruction, v: u64) -> Result<(), Fault> {
        match (i.op_kind(0), gpr64_number(i.op_register(0))) {
            (OpKind::Register, Some(n)) => {
                self.gpr[n] = v;
                Ok(())
            }
            _ => Err(Fault::Unsupported(
                i.ip(),
                "non-64-bit GPR destination".into(),
            )),
        }
    }

    /// Operand `n` as a 64-bit value: a 64-bit GPR, the low qword of an XMM
    /// register, or 8 bytes of memory (no alignment needed).
    fn src64(&mut self, i: &Instruction, n: u32) -> Result<u64, Fault> {
        match i.op_kind(n) {
            OpKind::Register => {
                let r = i.op_register(n);
                if let Some(x) = xmm_number(r) {
                    return Ok(self.xmm[x] as u64);
                }
                self.gpr_operand(i, n)
            }
            OpKind::Memory => {
                let a = self.address(i)?;
                self.read64(a)
            }
            k => Err(Fault::Unsupported(i.ip(), format!("{k:?} operand"))),
        }
    }

    /// The shift count of PSLLx/PSRLx: an immediate, or the low qword of an
    /// XMM register / m128 (a count register is read whole, not masked).
    fn shift_count(&mut self, i: &Instruction) -> Result<u64, Fault> {
        match i.op_kind(1) {
            OpKind::Immediate8 => Ok(u64::from(i.immediate8())),
            _ => Ok(self.src128(i, 1, true)? as u64),
        }
    }

    /// Runs `code` (loaded at `ip`) until a RET pops `stop` (the fake return
    /// address the caller pushed), at most `limit` instructions.
    pub fn run(&mut self, code: &[u8], ip: u64, stop: u64, limit: u64) -> Result<(), Fault> {
        let mut pc = ip;
        let mut insn = Instruction::default();
        loop {
            if self.steps >= limit {
                return Err(Fault::StepLimit);
            }
            let offset = pc.checked_sub(ip).ok_or(Fault::Decode(pc))?;
            let bytes = code.get(offset as usize..).ok_or(Fault::Decode(pc))?;
            let mut d = Decoder::with_ip(64, bytes, pc, DecoderOptions::NONE);
            d.decode_out(&mut insn);
            if insn.is_invalid() {
                return Err(Fault::Decode(pc));
            }
            self.steps += 1;
            pc = insn.next_ip();
            if let Some(target) = self.step(&insn, stop)? {
                if target == stop {
                    return Ok(());
                }
                pc = target;
            }
        }
    }

    /// Executes one instruction; `Some(target)` for a taken jump or RET.
    fn step(&mut self, i: &Instruction, _stop: u64) -> Result<Option<u64>, Fault> {
        use crypto_insn::{reg, x86};
        let imm8 = || i.immediate8();
        match i.mnemonic() {
            Mnemonic::Nop => {}
            Mnemonic::Ret => {
                let rsp = self.gpr[RSP];
                let target = self.read64(rsp)?;
                self.gpr[RSP] = rsp.wrapping_add(8);
                return Ok(Some(target));
            }
            Mnemonic::Add | Mnemonic::Sub => {
                let a = self.gpr_operand(i, 0)?;
                let b = self.gpr_operand(i, 1)?;
                let r = if i.mnemonic() == Mnemonic::Add {
                    a.wrapping_add(b)
                } else {
                    a.wrapping_sub(b)
                };
                self.zf = r == 0;
                self.set_gpr(i, r)?;
            }
            Mnemonic::Cmp => {
                let a = self.gpr_operand(i, 0)?;
                let b = self.gpr_operand(i, 1)?;
                self.zf = a == b;
            }
            Mnemonic::Test => {
                let a = self.gpr_operand(i, 0)?;
                let b = self.gpr_operand(i, 1)?;
                self.zf = a & b == 0;
            }
            // 64-bit shifts by an immediate: the count is masked to 6 bits,
            // and a zero count leaves the flags alone.
            Mnemonic::Shl | Mnemonic::Shr => {
                if i.op_kind(1) != OpKind::Immediate8 {
                    return Err(Fault::Unsupported(i.ip(), "shift count register".into()));
                }
                let a = self.gpr_operand(i, 0)?;
                let n = u32::from(imm8() & 63);
                let r = if i.mnemonic() == Mnemonic::Shl {
                    a << n
                } else {
                    a >> n
                };
                self.set_gpr(i, r)?;
                if n != 0 {
                    self.zf = r == 0;
                }
            }
            // MOV between 64-bit GPRs or from an immediate (MOVABS included).
            Mnemonic::Mov => {
                let v = self.gpr_operand(i, 1)?;
                self.set_gpr(i, v)?;
            }
            Mnemonic::Jmp => return Ok(Some(i.near_branch64())),
            Mnemonic::Lea => {
                let a = self.address(i)?;
                self.set_gpr(i, a)?;
            }
            Mnemonic::Jne | Mnemonic::Je => {
                let taken = (i.mnemonic() == Mnemonic::Je) == self.zf;
                if taken {
                    return Ok(Some(i.near_branch64()));
                }
            }
            // Moves: the aligned forms fault on a misaligned address.
            Mnemonic::Movdqa | Mnemonic::Movaps => {
                let v = self.src128(i, 1, true)?;
                self.dst128(i, v, true)?;
            }
            Mnemonic::Movdqu | Mnemonic::Movups => {
                let v = self.src128(i, 1, false)?;
                self.dst128(i, v, false)?;
            }
            // Legacy SSE: a memory source of these must be aligned.
            Mnemonic::Pxor | Mnemonic::Xorps => {
                let v = self.src128(i, 0, true)? ^ self.src128(i, 1, true)?;
                self.dst128(i, v, true)?;
            }
            Mnemonic::Pslldq | Mnemonic::Psrldq => {
                let a = self.src128(i, 0, true)?;
                let n = u32::from(imm8().min(16)) * 8;
                let v = match (i.mnemonic(), n) {
                    (_, 128) => 0,
                    (Mnemonic::Pslldq, n) => a << n,
                    (_, n) => a >> n,
                };
                self.dst128(i, v, true)?;
            }
            // MOVQ: to an XMM register the upper qword is zeroed; to a GPR or
            // memory the low qword is written.
            Mnemonic::Movq => {
                let v = self.src64(i, 1)?;
                match i.op_kind(0) {
                    OpKind::Register if xmm_number(i.op_register(0)).is_some() => {
                        self.dst128(i, u128::from(v), false)?
                    }
                    OpKind::Register => self.set_gpr(i, v)?,
                    OpKind::Memory => {
                        let a = self.address(i)?;
                        self.write64(a, v)?;
                    }
                    k => return Err(Fault::Unsupported(i.ip(), format!("{k:?} destination"))),
                }
            }
            Mnemonic::Pinsrq => {
                let d = reg::to_halves(self.src128(i, 0, true)?);
                let v = self.src64(i, 1)?;
                let mut out = d;
                out[usize::from(imm8() & 1)] = v;
                self.dst128(i, reg::from_halves(out), true)?;
            }
            Mnemonic::Pextrq => {
                let q = reg::to_halves(self.src128(i, 1, true)?)[usize::from(imm8() & 1)];
                match i.op_kind(0) {
                    OpKind::Memory => {
                        let a = self.address(i)?;
                        self.write64(a, q)?;
                    }
                    _ => self.set_gpr(i, q)?,
                }
            }
            Mnemonic::Punpcklqdq | Mnemonic::Punpckhqdq => {
                let a = reg::to_halves(self.src128(i, 0, true)?);
                let b = reg::to_halves(self.src128(i, 1, true)?);
                let k = usize::from(i.mnemonic() == Mnemonic::Punpckhqdq);
                self.dst128(i, reg::from_halves([a[k], b[k]]), true)?;
            }
            Mnemonic::Por | Mnemonic::Orps | Mnemonic::Pand | Mnemonic::Andps | Mnemonic::Pandn => {
                let a = self.src128(i, 0, true)?;
                let b = self.src128(i, 1, true)?;
                let v = match i.mnemonic() {
                    Mnemonic::Por | Mnemonic::Orps => a | b,
                    Mnemonic::Pandn => !a & b,
                    _ => a & b,
                };
                self.dst128(i, v, true)?;
            }
            // Lane shifts: a count at or above the lane width clears the lane.
            Mnemonic::Psllq | Mnemonic::Psrlq => {
                let q = reg::to_halves(self.src128(i, 0, true)?);
                let n = self.shift_count(i)?;
                let left = i.mnemonic() == Mnemonic::Psllq;
                let out = q.map(|x| match (n, left) {
                    (64.., _) => 0,
                    (n, true) => x << n,
                    (n, false) => x >> n,
                });
                self.dst128(i, reg::from_halves(out), true)?;
            }
            Mnemonic::Pslld | Mnemonic::Psrld => {
                let d = reg::to_dwords(self.src128(i, 0, true)?);
                let n = self.shift_count(i)?;
                let left = i.mnemonic() == Mnemonic::Pslld;
                let out = d.map(|x| match (n, left) {
                    (32.., _) => 0,
                    (n, true) => x << n,
                    (n, false) => x >> n,
                });
                self.dst128(i, reg::from_dwords(out), true)?;
            }
            Mnemonic::Paddd | Mnemonic::Psubd => {
                let a = reg::to_dwords(self.src128(i, 0, true)?);
                let b = reg::to_dwords(self.src128(i, 1, true)?);
                let sub = i.mnemonic() == Mnemonic::Psubd;
                let out = core::array::from_fn(|k| {
                    if sub {
                        a[k].wrapping_sub(b[k])
                    } else {
                        a[k].wrapping_add(b[k])
                    }
                });
                self.dst128(i, reg::from_dwords(out), true)?;
            }
            Mnemonic::Paddq => {
                let a = reg::to_halves(self.src128(i, 0, true)?);
                let b = reg::to_halves(self.src128(i, 1, true)?);
                let out = [a[0].wrapping_add(b[0]), a[1].wrapping_add(b[1])];
                self.dst128(i, reg::from_halves(out), true)?;
            }
            // PSHUFB: byte k = 0 if the selector's bit 7 is set, else the
            // destination's byte (selector & 15).
            Mnemonic::Pshufb => {
                let a = reg::to_bytes(self.src128(i, 0, true)?);
                let sel = reg::to_bytes(self.src128(i, 1, true)?);
                let out = sel.map(|s| {
                    if s & 0x80 != 0 {
                        0
                    } else {
                        a[usize::from(s & 15)]
                    }
                });
                self.dst128(i, reg::from_bytes(out), true)?;
            }
            // PALIGNR: the 32-byte dst:src shifted right by imm8 bytes, low 16.
            Mnemonic::Palignr => {
                let hi = self.src128(i, 0, true)?;
                let lo = self.src128(i, 1, true)?;
                let n = u32::from(imm8()) * 8;
                let v = match n {
                    0 => lo,
                    1..128 => (lo >> n) | (hi << (128 - n)),
                    128 => hi,
                    129..256 => hi >> (n - 128),
                    _ => 0,
                };
                self.dst128(i, v, true)?;
            }
            // PBLENDW: word k from the source where imm8 bit k is set.
            Mnemonic::Pblendw => {
                let a = self.src128(i, 0, true)?;
                let b = self.src128(i, 1, true)?;
                let mask = (0..8).fold(0u128, |m, k| {
                    if (imm8() >> k) & 1 != 0 {
                        m | (0xffff << (16 * k))
                    } else {
                        m
                    }
                });
                self.dst128(i, (a & !mask) | (b & mask), true)?;
            }
            Mnemonic::Pshufd => {
                let d = reg::to_dwords(self.src128(i, 1, true)?);
                let sel = imm8();
                let out = core::array::from_fn(|k| d[usize::from((sel >> (2 * k)) & 3)]);
                self.dst128(i, reg::from_dwords(out), true)?;
            }
            Mnemonic::Shufps => {
                let a = reg::to_dwords(self.src128(i, 0, true)?);
                let b = reg::to_dwords(self.src128(i, 1, true)?);
                let sel = imm8();
                let pick = |s: &[u32; 4], k: usize| s[usize::from((sel >> (2 * k)) & 3)];
                let out = [pick(&a, 0), pick(&a, 1), pick(&b, 2), pick(&b, 3)];
                self.dst128(i, reg::from_dwords(out), true)?;
            }
            // The crypto instructions, through crypto-insn.
            Mnemonic::Aesenc
            | Mnemonic::Aesenclast
            | Mnemonic::Aesdec
            | Mnemonic::Aesdeclast
            | Mnemonic::Pclmulqdq => {
                let a = self.src128(i, 0, true)?;
                let b = self.src128(i, 1, true)?;
                let v = match i.mnemonic() {
                    Mnemonic::Aesenc => x86::aesenc(a, b),
                    Mnemonic::Aesenclast => x86::aesenclast(a, b),
                    Mnemonic::Aesdec => x86::aesdec(a, b),
                    Mnemonic::Aesdeclast => x86::aesdeclast(a, b),
                    _ => x86::pclmulqdq(a, b, imm8()),
                };
                self.dst128(i, v, true)?;
            }
            Mnemonic::Aesimc => {
                let v = x86::aesimc(self.src128(i, 1, true)?);
                self.dst128(i, v, true)?;
            }
            Mnemonic::Aeskeygenassist => {
                let v = x86::aeskeygenassist(self.src128(i, 1, true)?, imm8());
                self.dst128(i, v, true)?;
            }
            // SHA256RNDS2 xmm1, xmm2/m128, <XMM0>: XMM0 is implicit.
            Mnemonic::Sha256rnds2 => {
                let cdgh = self.src128(i, 0, true)?;
                let abef = self.src128(i, 1, true)?;
                let v = x86::sha256rnds2(cdgh, abef, self.xmm[0]);
                self.dst128(i, v, true)?;
            }
            Mnemonic::Sha256msg1 | Mnemonic::Sha256msg2 => {
                let a = self.src128(i, 0, true)?;
                let b = self.src128(i, 1, true)?;
                let v = if i.mnemonic() == Mnemonic::Sha256msg1 {
                    x86::sha256msg1(a, b)
                } else {
                    x86::sha256msg2(a, b)
                };
                self.dst128(i, v, true)?;
            }
            m => return Err(Fault::Unsupported(i.ip(), format!("{m:?}"))),
        }
        Ok(None)
    }
}

/// The bytes of a `.hex` file (comment lines `#`, then hex byte pairs).
pub fn parse_hex_file(text: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        for w in line.split_whitespace() {
            out.push(u8::from_str_radix(w, 16).map_err(|e| format!("line {}: '{w}': {e}", n + 1))?);
        }
    }
    if out.is_empty() {
        return Err("no bytes".into());
    }
    Ok(out)
}

/// Memory layout of the `call_*` helpers: arguments from `ARGS`, the stack
/// below `STACK_TOP`, variable-length data (GHASH's blocks) from `DATA`.
const ARGS: u64 = 0x1000;
const STACK_TOP: u64 = 0x8000;
const DATA: u64 = 0x9000;
const CODE: u64 = 0x40_0000;
const RETURN: u64 = 0xdead_0000;
/// The step limit of the `call_*` helpers.
const LIMIT: u64 = 1_000_000;

/// Calls the function at offset 0 of `code` with the System V integer
/// arguments `args` (RDI, RSI, RDX, RCX) on `m`, as a CALL would: the
/// return address pushed, RSP = 16n + 8 at entry. Returns at its RET.
pub fn call(m: &mut Machine, code: &[u8], args: &[u64]) -> Result<(), Fault> {
    const ARG_REGS: [usize; 4] = [7, 6, 2, 1]; // RDI, RSI, RDX, RCX
    if args.len() > ARG_REGS.len() {
        return Err(Fault::Unsupported(CODE, "more than 4 arguments".into()));
    }
    let rsp = STACK_TOP - 8;
    m.write64(rsp, RETURN)?;
    m.gpr[RSP] = rsp;
    for (&r, &a) in ARG_REGS.iter().zip(args) {
        m.gpr[r] = a;
    }
    m.run(code, CODE, RETURN, LIMIT)
}

/// Calls `aes128_encrypt(key, in, out)` in `code` on a fresh machine;
/// returns the output block and the instruction count.
pub fn call_aes128_encrypt(
    code: &[u8],
    key: [u8; 16],
    block: [u8; 16],
) -> Result<([u8; 16], u64), Fault> {
    let (key_at, in_at, out_at) = (ARGS, ARGS + 0x10, ARGS + 0x20);
    let mut m = Machine::new(STACK_TOP as usize + 0x100);
    m.write128(key_at, u128::from_le_bytes(key))?;
    m.write128(in_at, u128::from_le_bytes(block))?;
    call(&mut m, code, &[key_at, in_at, out_at])?;
    Ok((m.read128(out_at)?.to_le_bytes(), m.steps))
}

/// Calls `ghash(h, data, nblocks, y)` in `code` on a fresh machine: `data`
/// (a whole number of 16-byte blocks) is hashed into `y`; returns the new
/// `y` and the instruction count.
pub fn call_ghash(
    code: &[u8],
    h: [u8; 16],
    data: &[u8],
    y: [u8; 16],
) -> Result<([u8; 16], u64), Fault> {
    assert!(data.len() % 16 == 0, "GHASH takes whole blocks");
    let (h_at, y_at) = (ARGS, ARGS + 0x10);
    let mut m = Machine::new(DATA as usize + data.len() + 0x100);
    m.write128(h_at, u128::from_le_bytes(h))?;
    m.write128(y_at, u128::from_le_bytes(y))?;
    m.slice(DATA, data.len())?.copy_from_slice(data);
    let n = (data.len() / 16) as u64;
    call(&mut m, code, &[h_at, DATA, n, y_at])?;
    Ok((m.read128(y_at)?.to_le_bytes(), m.steps))
}

/// Calls `sha256_compress(state, block, k)` in `code` on a fresh machine
/// with the round constants `k`; returns the new state and the instruction
/// count.
pub fn call_sha256_compress(
    code: &[u8],
    state: [u32; 8],
    block: &[u8; 64],
    k: &[u32; 64],
) -> Result<([u32; 8], u64), Fault> {
    let (state_at, block_at, k_at) = (ARGS, ARGS + 0x40, ARGS + 0x100);
    let mut m = Machine::new(STACK_TOP as usize + 0x100);
    let words = |m: &mut Machine, at: u64, w: &[u32]| -> Result<(), Fault> {
        let bytes: Vec<u8> = w.iter().flat_map(|x| x.to_le_bytes()).collect();
        m.slice(at, bytes.len())?.copy_from_slice(&bytes);
        Ok(())
    };
    words(&mut m, state_at, &state)?;
    m.slice(block_at, 64)?.copy_from_slice(block);
    words(&mut m, k_at, k)?;
    call(&mut m, code, &[state_at, block_at, k_at])?;
    let out = m.slice(state_at, 32)?;
    let state = core::array::from_fn(|j| {
        u32::from_le_bytes(out[4 * j..4 * j + 4].try_into().expect("4 bytes"))
    });
    Ok((state, m.steps))
}

/// The integer `r`-th root of `x`, rounded down (`r` = 2 or 3, `x` < 2^110).
fn iroot(x: u128, r: u32) -> u128 {
    let (mut lo, mut hi) = (0u128, 1u128 << (111 / r + 1));
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if mid.pow(r) <= x { lo = mid } else { hi = mid }
    }
    lo
}

/// The first `n` primes.
fn primes(n: usize) -> Vec<u128> {
    let mut out = Vec::with_capacity(n);
    let mut p = 2u128;
    while out.len() < n {
        if out.iter().all(|q| p % q != 0) {
            out.push(p);
        }
        p += 1;
    }
    out
}

/// SHA-256's round constants as FIPS 180-4, 4.2.2 defines them: the first 32
/// bits of the fractional parts of the cube roots of the first 64 primes
/// (`floor(cbrt(p) * 2^32) mod 2^32`, exact in integers as `icbrt(p * 2^96)`).
pub fn sha256_round_constants() -> [u32; 64] {
    let p = primes(64);
    core::array::from_fn(|j| iroot(p[j] << 96, 3) as u32)
}

/// SHA-256's initial hash value as FIPS 180-4, 5.3.3 defines it: the first
/// 32 bits of the fractional parts of the square roots of the first 8 primes.
pub fn sha256_initial_state() -> [u32; 8] {
    let p = primes(8);
    core::array::from_fn(|j| iroot(p[j] << 64, 2) as u32)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes of a committed `.hex` routine, or exit 2.
fn load(name: &str, text: &str) -> Vec<u8> {
    parse_hex_file(text).unwrap_or_else(|e| {
        eprintln!("{name}: {e}");
        std::process::exit(2);
    })
}

fn fault(f: Fault) -> ! {
    eprintln!("fault: {f:?}");
    std::process::exit(1);
}

#[allow(dead_code)]
fn main() {
    let aes = load("x86-routine.hex", include_str!("x86-routine.hex"));
    let ghash = load("x86-ghash.hex", include_str!("x86-ghash.hex"));
    let sha256 = load("x86-sha256.hex", include_str!("x86-sha256.hex"));

    // FIPS-197 Appendix B: key and plaintext.
    let key = 0x3c4fcf098815f7aba6d2ae2816157e2b_u128.to_le_bytes();
    let block = 0x340737e0a29831318d305a88a8f64332_u128.to_le_bytes();
    let (out, steps) = call_aes128_encrypt(&aes, key, block).unwrap_or_else(|f| fault(f));
    println!(
        "aes128_encrypt -> {} ({steps} instructions interpreted)",
        hex(&out)
    );

    // GCM Test Case 2: H = AES_0(0), one ciphertext block, then the lengths
    // block (no AAD, 128 bits of ciphertext).
    let (h, _) = call_aes128_encrypt(&aes, [0; 16], [0; 16]).unwrap_or_else(|f| fault(f));
    let mut data = 0x78feb271b9c228f392a3b660ceda8803_u128
        .to_le_bytes()
        .to_vec();
    data.extend(0x80_u128.to_be_bytes());
    let (y, steps) = call_ghash(&ghash, h, &data, [0; 16]).unwrap_or_else(|f| fault(f));
    println!(
        "ghash(H = {}) -> {} ({steps} instructions interpreted)",
        hex(&h),
        hex(&y)
    );

    // FIPS 180-4's "abc", padded to one block.
    let mut block = [0u8; 64];
    block[..4].copy_from_slice(b"abc\x80");
    block[63] = 24;
    let (state, steps) = call_sha256_compress(
        &sha256,
        sha256_initial_state(),
        &block,
        &sha256_round_constants(),
    )
    .unwrap_or_else(|f| fault(f));
    let digest: Vec<u8> = state.iter().flat_map(|w| w.to_be_bytes()).collect();
    println!(
        "sha256_compress(\"abc\") -> {} ({steps} instructions interpreted)",
        hex(&digest)
    );
}
