//! A small x86-64 interpreter built on crypto-insn: it decodes real machine
//! code with `iced-x86` and executes the subset an AES-NI routine compiled by
//! gcc needs (SSE moves, PXOR, PSHUFD, PSLLDQ/PSRLDQ, SHUFPS, the GPR
//! arithmetic of a loop, AESENC/AESENCLAST/AESDEC/AESDECLAST/AESIMC/
//! AESKEYGENASSIST/PCLMULQDQ through this crate) over a register file and a
//! flat memory. Anything else is reported as unsupported, never guessed.
//!
//! Run: `cargo run --example x86_interp` interprets `examples/x86-routine.hex`
//! (gcc -O2 -maes output of `examples/x86-routine.c`, see
//! `examples/build-x86-routine.sh`) on the FIPS-197 Appendix B key and block.

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
            OpKind::Immediate8to64 | OpKind::Immediate32to64 | OpKind::Immediate8 => {
                Ok(i.immediate(n))
            }
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
        use crypto_insn::x86;
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
            Mnemonic::Pshufd => {
                let d = crypto_insn::reg::to_dwords(self.src128(i, 1, true)?);
                let sel = imm8();
                let out = core::array::from_fn(|k| d[usize::from((sel >> (2 * k)) & 3)]);
                self.dst128(i, crypto_insn::reg::from_dwords(out), true)?;
            }
            Mnemonic::Shufps => {
                let a = crypto_insn::reg::to_dwords(self.src128(i, 0, true)?);
                let b = crypto_insn::reg::to_dwords(self.src128(i, 1, true)?);
                let sel = imm8();
                let pick = |s: &[u32; 4], k: usize| s[usize::from((sel >> (2 * k)) & 3)];
                let out = [pick(&a, 0), pick(&a, 1), pick(&b, 2), pick(&b, 3)];
                self.dst128(i, crypto_insn::reg::from_dwords(out), true)?;
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

/// Memory layout of [`call_aes128_encrypt`].
const KEY: u64 = 0x1000;
const IN: u64 = 0x1010;
const OUT: u64 = 0x1020;
const STACK_TOP: u64 = 0x8000;
const CODE: u64 = 0x40_0000;
const RETURN: u64 = 0xdead_0000;

/// Calls `aes128_encrypt(key, in, out)` (System V: RDI, RSI, RDX) in `code`
/// on a fresh machine; returns the output block and the instruction count.
pub fn call_aes128_encrypt(
    code: &[u8],
    key: [u8; 16],
    block: [u8; 16],
) -> Result<([u8; 16], u64), Fault> {
    let mut m = Machine::new(STACK_TOP as usize + 0x100);
    m.write128(KEY, u128::from_le_bytes(key))?;
    m.write128(IN, u128::from_le_bytes(block))?;
    // A CALL pushed the return address: RSP = 16n + 8 at entry.
    let rsp = STACK_TOP - 8;
    m.write64(rsp, RETURN)?;
    m.gpr[RSP] = rsp;
    m.gpr[7] = KEY; // RDI
    m.gpr[6] = IN; // RSI
    m.gpr[2] = OUT; // RDX
    m.run(code, CODE, RETURN, 100_000)?;
    Ok((m.read128(OUT)?.to_le_bytes(), m.steps))
}

#[allow(dead_code)]
fn main() {
    let text = include_str!("x86-routine.hex");
    let code = match parse_hex_file(text) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("x86-routine.hex: {e}");
            std::process::exit(2);
        }
    };
    // FIPS-197 Appendix B: key and plaintext.
    let key = 0x3c4fcf098815f7aba6d2ae2816157e2b_u128.to_le_bytes();
    let block = 0x340737e0a29831318d305a88a8f64332_u128.to_le_bytes();
    match call_aes128_encrypt(&code, key, block) {
        Ok((out, steps)) => {
            let hex: String = out.iter().map(|b| format!("{b:02x}")).collect();
            println!("aes128_encrypt -> {hex} ({steps} instructions interpreted)");
        }
        Err(f) => {
            eprintln!("fault: {f:?}");
            std::process::exit(1);
        }
    }
}
