//! Dispatch by LLVM intrinsic name, for tools that work on LLVM IR or on
//! what rustc hands a codegen backend (Miri's shims, `rustc_codegen_cranelift`,
//! IR interpreters): `llvm.x86.aesni.aesenc`, `llvm.aarch64.crypto.sha1c`,
//! `llvm.riscv.aes32esi`, `llvm.ppc.altivec.crypto.vcipher`, ...
//!
//! [`lookup`] gives the registry [`Op`] an intrinsic computes, its LLVM
//! parameter and result types in LLVM's order, and how the operands reach the
//! registry's operands; [`call`] evaluates it on [`LlvmValue`]s (never panics:
//! an unknown name, a wrong arity or type or an immediate outside the
//! instruction's field is an [`LlvmError`]). [`NOT_IMPLEMENTED`] lists the
//! crypto intrinsics of LLVM whose instruction the registry does not evaluate
//! yet (RISC-V vector crypto, Key Locker, the 8-bit polynomial multiplies,
//! ...). `tests/llvm_names.txt` is the list of names transcribed from LLVM's
//! `Intrinsics*.td`; a test checks that every name in it is in [`intrinsics()`]
//! or [`NOT_IMPLEMENTED`], and no other.
//!
//! # Operand conventions
//! - Vector values are lists of elements, element 0 first. A vector becomes
//!   the register value ([`crate::reg`] convention: a `u128` per 128-bit lane)
//!   with element `i` at bits `i*w .. i*w+w` ([`ElementOrder::LowFirst`]): the
//!   lane order of x86, AArch64, AArch32 NEON, RISC-V and little-endian POWER
//!   (what LLVM's `bitcast <2 x i64> to i128` does on a little-endian target).
//!   For big-endian POWER targets, where LLVM's element 0 is the leftmost
//!   (most significant) element of the register, use [`call_ordered`] with
//!   [`ElementOrder::HighFirst`]. [`LlvmValue::V128`] (and `V256`, `V512`)
//!   passes a register value as is, for any vector type of that width.
//! - SVE intrinsics (`llvm.aarch64.sve.aese`, ...) take scalable vectors
//!   (`<vscale x 16 x i8>`): a value of 128, 256 or 512 bits with the type's
//!   element width (vscale 1, 2 or 4: VL 128 to 512 bits), or a raw `V128`,
//!   `V256` or `V512`; every scalable operand of one call has the same width,
//!   and the result has it too (`<vscale x 16 x i8>` at 256 bits is returned
//!   as `V32I8`). Each 128-bit segment is the instruction's segment.
//! - A scalar operand of a vector instruction (the `i32` hash_e of
//!   `llvm.aarch64.crypto.sha1c`, the `i64` doublewords of
//!   `llvm.aarch64.neon.pmull64`) is zero-extended into the 128-bit register
//!   the instruction reads (`Sn` / `Dn` are the low bits of `Vn`); a scalar
//!   result (`sha1h`) is the low bits of the register.
//! - RISC-V `i32` intrinsics (LLVM types them `i32` on RV32 and RV64 alike)
//!   map to the RV32 op (the RV64 instruction computes the same low 32 bits
//!   and sign-extends them); the `.i64` overloads and the `aes64*`/`sha512*`
//!   RV64 intrinsics map to the RV64 op. The byte-select `bs` and the round
//!   number `rnum` are `i32` immediate operands, checked against their fields.
//! - Immediates (LLVM `ImmArg`) are checked against the instruction's field:
//!   8 bits for x86 `imm8`, 6 for Arm XAR, 2 for SM3TT*, 2 for RISC-V `bs`,
//!   0 to 10 for `rnum`, 1 and 4 bits for POWER `st` and `six`. x86 `imm8`
//!   takes any 8-bit value (the instructions encode all of it; clang's
//!   narrower source-level checks, e.g. 0..3 for SHA1RNDS4, are not LLVM's).
//! - The AArch32 `llvm.arm.neon.*` AES and SHA intrinsics map to the A64 ops:
//!   the A32/T32 instructions compute the same (the Arm ARM's shared
//!   pseudocode). `llvm.arm.neon.vmullp.v2i64` (VMULL.P64, two `<1 x i64>`
//!   `D` registers) maps to the AArch32 row [`Arm32Op::VmullP64`].
//! - `llvm.ppc.altivec.crypto.vpermxor` and `.vpermxor.be` both map to
//!   VPERMXOR applied to the operands as given; a little-endian POWER code
//!   generator that rewrites the operands when lowering them must do the
//!   same before calling.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::llvm::{self, LlvmError, LlvmValue};
//! // The Intel AES-NI white paper's AESENC example as LLVM's <2 x i64>
//! // operands (element 0 is the low qword).
//! let state = LlvmValue::V2I64([0x63746f725d53475d, 0x7b5b546573745665]);
//! let key = LlvmValue::V2I64([0x5b477565726f6e5d, 0x4869285368617929]);
//! let r = llvm::call("llvm.x86.aesni.aesenc", &[state, key]);
//! // Result 0xa8311c2f9fdba3c58b104b58ded7e595.
//! assert_eq!(r, Ok(LlvmValue::V2I64([0x8b104b58ded7e595, 0xa8311c2f9fdba3c5])));
//! // The intrinsic is the registry's op.
//! assert_eq!(llvm::lookup("llvm.x86.aesni.aesenc").unwrap().op.mnemonic(), "aesenc");
//! // Misuse is an error, never a panic.
//! let err = llvm::call("llvm.x86.aesni.aesenc", &[state]);
//! assert_eq!(err, Err(LlvmError::Arity { expected: 2, got: 1 }));
//! assert_eq!(llvm::call("llvm.x86.sse2.paddb", &[]), Err(LlvmError::UnknownName));
//! ```

use core::fmt;

use crate::backend::{Auto, Backend};
use crate::registry::{Arm32Op, ArmOp, Op, Ppc64Op, Rv32Op, Rv64Op, X86Op};
use crate::vector::Value;

/// An LLVM IR type an intrinsic takes or returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LlvmType {
    /// `i8`.
    I8,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `<1 x i64>` (an AArch32 `D` register: `llvm.arm.neon.vmullp.v2i64`).
    V1I64,
    /// `<16 x i8>`.
    V16I8,
    /// `<8 x i16>`.
    V8I16,
    /// `<4 x i32>`.
    V4I32,
    /// `<2 x i64>`.
    V2I64,
    /// `<32 x i8>`.
    V32I8,
    /// `<8 x i32>`.
    V8I32,
    /// `<4 x i64>`.
    V4I64,
    /// `<64 x i8>`.
    V64I8,
    /// `<16 x i32>`.
    V16I32,
    /// `<8 x i64>`.
    V8I64,
    /// `<vscale x 16 x i8>` (an SVE `Z` register of bytes).
    NxV16I8,
    /// `<vscale x 4 x i32>`.
    NxV4I32,
    /// `<vscale x 2 x i64>`.
    NxV2I64,
}

impl LlvmType {
    /// The type as LLVM IR spells it (`<2 x i64>`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            LlvmType::I8 => "i8",
            LlvmType::I32 => "i32",
            LlvmType::I64 => "i64",
            LlvmType::V1I64 => "<1 x i64>",
            LlvmType::V16I8 => "<16 x i8>",
            LlvmType::V8I16 => "<8 x i16>",
            LlvmType::V4I32 => "<4 x i32>",
            LlvmType::V2I64 => "<2 x i64>",
            LlvmType::V32I8 => "<32 x i8>",
            LlvmType::V8I32 => "<8 x i32>",
            LlvmType::V4I64 => "<4 x i64>",
            LlvmType::V64I8 => "<64 x i8>",
            LlvmType::V16I32 => "<16 x i32>",
            LlvmType::V8I64 => "<8 x i64>",
            LlvmType::NxV16I8 => "<vscale x 16 x i8>",
            LlvmType::NxV4I32 => "<vscale x 4 x i32>",
            LlvmType::NxV2I64 => "<vscale x 2 x i64>",
        }
    }

    /// The width in bits (a scalable type: its minimum, at vscale = 1).
    #[must_use]
    pub const fn bits(self) -> u32 {
        match self {
            LlvmType::I8 => 8,
            LlvmType::I32 => 32,
            LlvmType::I64 | LlvmType::V1I64 => 64,
            LlvmType::V16I8
            | LlvmType::V8I16
            | LlvmType::V4I32
            | LlvmType::V2I64
            | LlvmType::NxV16I8
            | LlvmType::NxV4I32
            | LlvmType::NxV2I64 => 128,
            LlvmType::V32I8 | LlvmType::V8I32 | LlvmType::V4I64 => 256,
            LlvmType::V64I8 | LlvmType::V16I32 | LlvmType::V8I64 => 512,
        }
    }

    /// The element width in bits (the width itself for a scalar).
    #[must_use]
    pub const fn element_bits(self) -> u32 {
        match self {
            LlvmType::I8
            | LlvmType::V16I8
            | LlvmType::V32I8
            | LlvmType::V64I8
            | LlvmType::NxV16I8 => 8,
            LlvmType::V8I16 => 16,
            LlvmType::I32
            | LlvmType::V4I32
            | LlvmType::V8I32
            | LlvmType::V16I32
            | LlvmType::NxV4I32 => 32,
            LlvmType::I64
            | LlvmType::V1I64
            | LlvmType::V2I64
            | LlvmType::V4I64
            | LlvmType::V8I64
            | LlvmType::NxV2I64 => 64,
        }
    }

    /// Whether this is a scalable vector type (`<vscale x N x iW>`, SVE).
    #[must_use]
    pub const fn is_scalable(self) -> bool {
        matches!(
            self,
            LlvmType::NxV16I8 | LlvmType::NxV4I32 | LlvmType::NxV2I64
        )
    }

    /// The fixed-width type a scalable type has at `segments` 128-bit
    /// segments: 1, 2 or 4 (vscale = VL / 128; VL 128, 256 or 512 bits, the
    /// widths an [`LlvmValue`] holds; more than 2 is read as 4). A fixed type
    /// is returned as it is.
    #[must_use]
    pub const fn at_segments(self, segments: usize) -> LlvmType {
        let i = match segments {
            0 | 1 => 0,
            2 => 1,
            _ => 2,
        };
        match self {
            LlvmType::NxV16I8 => [LlvmType::V16I8, LlvmType::V32I8, LlvmType::V64I8][i],
            LlvmType::NxV4I32 => [LlvmType::V4I32, LlvmType::V8I32, LlvmType::V16I32][i],
            LlvmType::NxV2I64 => [LlvmType::V2I64, LlvmType::V4I64, LlvmType::V8I64][i],
            t => t,
        }
    }

    /// Whether this is a vector type.
    #[must_use]
    pub const fn is_vector(self) -> bool {
        !matches!(self, LlvmType::I8 | LlvmType::I32 | LlvmType::I64)
    }
}

impl fmt::Display for LlvmType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A value of an LLVM IR type (vectors: element 0 first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LlvmValue {
    /// `i8`.
    I8(u8),
    /// `i32` (the bits; a negative value is its two's complement).
    I32(u32),
    /// `i64`.
    I64(u64),
    /// `<1 x i64>`.
    V1I64([u64; 1]),
    /// `<16 x i8>`.
    V16I8([u8; 16]),
    /// `<8 x i16>`.
    V8I16([u16; 8]),
    /// `<4 x i32>`.
    V4I32([u32; 4]),
    /// `<2 x i64>`.
    V2I64([u64; 2]),
    /// `<32 x i8>`.
    V32I8([u8; 32]),
    /// `<8 x i32>`.
    V8I32([u32; 8]),
    /// `<4 x i64>`.
    V4I64([u64; 4]),
    /// `<64 x i8>`.
    V64I8([u8; 64]),
    /// `<16 x i32>`.
    V16I32([u32; 16]),
    /// `<8 x i64>`.
    V8I64([u64; 8]),
    /// A 128-bit register value ([`crate::reg`] convention), accepted for
    /// any 128-bit vector type.
    V128(u128),
    /// A 256-bit register value (lane 0 first), for any 256-bit vector type.
    V256([u128; 2]),
    /// A 512-bit register value (lane 0 first), for any 512-bit vector type.
    V512([u128; 4]),
}

impl LlvmValue {
    /// The value's width in bits.
    #[must_use]
    pub const fn bits(&self) -> u32 {
        match self {
            LlvmValue::I8(_) => 8,
            LlvmValue::I32(_) => 32,
            LlvmValue::I64(_) | LlvmValue::V1I64(_) => 64,
            LlvmValue::V16I8(_)
            | LlvmValue::V8I16(_)
            | LlvmValue::V4I32(_)
            | LlvmValue::V2I64(_)
            | LlvmValue::V128(_) => 128,
            LlvmValue::V32I8(_)
            | LlvmValue::V8I32(_)
            | LlvmValue::V4I64(_)
            | LlvmValue::V256(_) => 256,
            LlvmValue::V64I8(_)
            | LlvmValue::V16I32(_)
            | LlvmValue::V8I64(_)
            | LlvmValue::V512(_) => 512,
        }
    }

    /// The LLVM type, `None` for the raw register variants.
    #[must_use]
    pub const fn ty(&self) -> Option<LlvmType> {
        Some(match self {
            LlvmValue::I8(_) => LlvmType::I8,
            LlvmValue::I32(_) => LlvmType::I32,
            LlvmValue::I64(_) => LlvmType::I64,
            LlvmValue::V1I64(_) => LlvmType::V1I64,
            LlvmValue::V16I8(_) => LlvmType::V16I8,
            LlvmValue::V8I16(_) => LlvmType::V8I16,
            LlvmValue::V4I32(_) => LlvmType::V4I32,
            LlvmValue::V2I64(_) => LlvmType::V2I64,
            LlvmValue::V32I8(_) => LlvmType::V32I8,
            LlvmValue::V8I32(_) => LlvmType::V8I32,
            LlvmValue::V4I64(_) => LlvmType::V4I64,
            LlvmValue::V64I8(_) => LlvmType::V64I8,
            LlvmValue::V16I32(_) => LlvmType::V16I32,
            LlvmValue::V8I64(_) => LlvmType::V8I64,
            LlvmValue::V128(_) | LlvmValue::V256(_) | LlvmValue::V512(_) => return None,
        })
    }

    /// Whether the value can be passed where `ty` is expected: the same
    /// type, or a raw register value of the same width for a vector type. A
    /// scalable type takes a vector of 128, 256 or 512 bits (vscale 1, 2, 4)
    /// with its element width, or a raw register value of those widths.
    #[must_use]
    pub fn fits(&self, ty: LlvmType) -> bool {
        if ty.is_scalable() {
            return matches!(self.bits(), 128 | 256 | 512)
                && self
                    .ty()
                    .is_none_or(|t| t.is_vector() && t.element_bits() == ty.element_bits());
        }
        match self.ty() {
            Some(t) => t == ty,
            None => ty.is_vector() && ty.bits() == self.bits(),
        }
    }

    /// A scalar's value, zero-extended (`None` for a vector).
    #[must_use]
    pub const fn scalar(&self) -> Option<u64> {
        match *self {
            LlvmValue::I8(v) => Some(v as u64),
            LlvmValue::I32(v) => Some(v as u64),
            LlvmValue::I64(v) => Some(v),
            _ => None,
        }
    }

    /// The register lanes of a vector (element 0 at the low bits for
    /// [`ElementOrder::LowFirst`]; `None` for a scalar).
    #[must_use]
    pub fn lanes(&self, order: ElementOrder) -> Option<([u128; 4], usize)> {
        let mut out = [0u128; 4];
        // A 64-bit vector (`<1 x i64>`) is the low half of one lane.
        let n = self.bits().div_ceil(128) as usize;
        let ew: u32 = match self {
            LlvmValue::V128(v) => {
                out[0] = *v;
                return Some((out, 1));
            }
            LlvmValue::V256(v) => {
                out[..2].copy_from_slice(v);
                return Some((out, 2));
            }
            LlvmValue::V512(v) => {
                out.copy_from_slice(v);
                return Some((out, 4));
            }
            _ => self.ty()?.element_bits(),
        };
        if !self.ty()?.is_vector() {
            return None;
        }
        let count = self.bits() / ew;
        for i in 0..count {
            let e = self.element(i as usize);
            let pos = match order {
                ElementOrder::LowFirst => i,
                ElementOrder::HighFirst => count - 1 - i,
            };
            let bit = pos * ew;
            out[(bit / 128) as usize] |= u128::from(e) << (bit % 128);
        }
        Some((out, n))
    }

    /// Element `i` of a vector, zero-extended (0 for a scalar or past the end).
    fn element(&self, i: usize) -> u64 {
        fn at<T: Copy + Into<u64>>(s: &[T], i: usize) -> u64 {
            s.get(i).map_or(0, |&v| v.into())
        }
        match self {
            LlvmValue::V1I64(v) => at(v, i),
            LlvmValue::V16I8(v) => at(v, i),
            LlvmValue::V8I16(v) => at(v, i),
            LlvmValue::V4I32(v) => at(v, i),
            LlvmValue::V2I64(v) => at(v, i),
            LlvmValue::V32I8(v) => at(v, i),
            LlvmValue::V8I32(v) => at(v, i),
            LlvmValue::V4I64(v) => at(v, i),
            LlvmValue::V64I8(v) => at(v, i),
            LlvmValue::V16I32(v) => at(v, i),
            LlvmValue::V8I64(v) => at(v, i),
            _ => 0,
        }
    }

    /// The value of type `ty` whose register lanes are `lanes` (the inverse
    /// of [`LlvmValue::lanes`]; a scalar type takes the low bits of lane 0; a
    /// scalable type is read at `lanes.len()` segments,
    /// [`LlvmType::at_segments`]).
    #[must_use]
    pub fn from_lanes(ty: LlvmType, lanes: &[u128], order: ElementOrder) -> LlvmValue {
        let ty = ty.at_segments(lanes.len());
        let lane = |i: usize| lanes.get(i).copied().unwrap_or(0);
        let ew = ty.element_bits();
        let count = ty.bits() / ew;
        let elem = |i: u32| -> u64 {
            let pos = match order {
                ElementOrder::LowFirst => i,
                ElementOrder::HighFirst => count - 1 - i,
            };
            let bit = pos * ew;
            let mask = if ew == 64 { u64::MAX } else { (1u64 << ew) - 1 };
            (lane((bit / 128) as usize) >> (bit % 128)) as u64 & mask
        };
        macro_rules! fill {
            ($V:ident, $t:ty, $n:expr) => {
                LlvmValue::$V(core::array::from_fn::<$t, $n, _>(|i| elem(i as u32) as $t))
            };
        }
        match ty {
            LlvmType::I8 => LlvmValue::I8(lane(0) as u8),
            LlvmType::I32 => LlvmValue::I32(lane(0) as u32),
            LlvmType::I64 => LlvmValue::I64(lane(0) as u64),
            LlvmType::V1I64 => fill!(V1I64, u64, 1),
            LlvmType::V16I8 => fill!(V16I8, u8, 16),
            LlvmType::V8I16 => fill!(V8I16, u16, 8),
            LlvmType::V4I32 => fill!(V4I32, u32, 4),
            LlvmType::V2I64 => fill!(V2I64, u64, 2),
            LlvmType::V32I8 => fill!(V32I8, u8, 32),
            LlvmType::V8I32 => fill!(V8I32, u32, 8),
            LlvmType::V4I64 => fill!(V4I64, u64, 4),
            LlvmType::V64I8 => fill!(V64I8, u8, 64),
            LlvmType::V16I32 => fill!(V16I32, u32, 16),
            LlvmType::V8I64 => fill!(V8I64, u64, 8),
            // `at_segments` made the type fixed.
            LlvmType::NxV16I8 | LlvmType::NxV4I32 | LlvmType::NxV2I64 => {
                LlvmValue::from_lanes(ty.at_segments(1), lanes, order)
            }
        }
    }
}

/// Where LLVM's vector element 0 sits in the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ElementOrder {
    /// Element `i` at bits `i*w` upwards (x86, AArch64, AArch32, RISC-V,
    /// little-endian POWER).
    #[default]
    LowFirst,
    /// Element 0 in the most significant bits (big-endian POWER).
    HighFirst,
}

/// One parameter of an intrinsic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Param {
    /// A register operand of this type.
    Reg(LlvmType),
    /// An immediate (`ImmArg`) of this type; the instruction's field holds
    /// 0 to `max`.
    Imm(LlvmType, u8),
}

impl Param {
    /// The parameter's LLVM type.
    #[must_use]
    pub const fn ty(self) -> LlvmType {
        match self {
            Param::Reg(t) | Param::Imm(t, _) => t,
        }
    }
}

/// How an intrinsic's operands become the registry op's operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Adapter {
    /// Register parameters are the op's sources in order (scalars
    /// zero-extended into a 128-bit register for vector ops, as
    /// general-purpose registers for RISC-V ops); the one immediate, if any,
    /// is the op's immediate.
    Direct,
    /// POWER `vshasigmaw`/`vshasigmad`: `(v, st, six)`, the op's immediate is
    /// `st << 4 | six`.
    StSix,
}

/// An intrinsic the library evaluates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Intrinsic {
    /// The full name (`llvm.x86.aesni.aesenc`).
    pub name: &'static str,
    /// The registry op it computes.
    pub op: Op,
    /// The parameters in LLVM's order.
    pub params: &'static [Param],
    /// The result type.
    pub ret: LlvmType,
    /// How the parameters reach the op.
    pub adapter: Adapter,
}

/// Why [`call`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LlvmError {
    /// Not a crypto intrinsic this module knows.
    UnknownName,
    /// A crypto intrinsic of LLVM whose instruction the library does not
    /// evaluate yet (the instruction, from [`NOT_IMPLEMENTED`]).
    NotImplemented(&'static str),
    /// The wrong number of operands.
    Arity {
        /// How many the intrinsic takes.
        expected: usize,
        /// How many were given.
        got: usize,
    },
    /// Operand `index` (from 0) is not of the parameter's type.
    Type {
        /// The operand's position.
        index: usize,
        /// The parameter's type.
        expected: LlvmType,
    },
    /// Immediate operand `index` is outside the instruction's field.
    ImmOutOfRange {
        /// The operand's position.
        index: usize,
        /// The value given.
        value: u64,
        /// The largest value the field holds.
        max: u8,
    },
}

impl fmt::Display for LlvmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LlvmError::UnknownName => f.write_str("not a crypto intrinsic known to crypto-insn"),
            LlvmError::NotImplemented(insn) => {
                write!(f, "not implemented yet (instruction {insn})")
            }
            LlvmError::Arity { expected, got } => {
                write!(f, "takes {expected} operands, {got} given")
            }
            LlvmError::Type { index, expected } => {
                write!(f, "operand {index} must be {expected}")
            }
            LlvmError::ImmOutOfRange { index, value, max } => {
                write!(f, "immediate operand {index} is {value}, outside 0..={max}")
            }
        }
    }
}

use LlvmType::{
    I8, I32, I64, NxV2I64, NxV4I32, NxV16I8, V1I64, V2I64, V4I32, V4I64, V8I16, V8I32, V8I64,
    V16I8, V32I8, V64I8,
};

const fn r(t: LlvmType) -> Param {
    Param::Reg(t)
}

const fn d(name: &'static str, op: Op, params: &'static [Param], ret: LlvmType) -> Intrinsic {
    Intrinsic {
        name,
        op,
        params,
        ret,
        adapter: Adapter::Direct,
    }
}

const fn x(v: X86Op) -> Op {
    Op::X86(v)
}
const fn a(v: ArmOp) -> Op {
    Op::Arm(v)
}
const fn p(v: Ppc64Op) -> Op {
    Op::Ppc64(v)
}
const fn rv32(v: Rv32Op) -> Op {
    Op::Rv32(v)
}
const fn rv64(v: Rv64Op) -> Op {
    Op::Rv64(v)
}

const IMM8: Param = Param::Imm(I8, u8::MAX);
const Q1: &[Param] = &[r(V2I64)];
const Q2: &[Param] = &[r(V2I64), r(V2I64)];
const Q3: &[Param] = &[r(V2I64), r(V2I64), r(V2I64)];
const Q2I: &[Param] = &[r(V2I64), r(V2I64), IMM8];
const Y2: &[Param] = &[r(V4I64), r(V4I64)];
const Y2I: &[Param] = &[r(V4I64), r(V4I64), IMM8];
const Z2: &[Param] = &[r(V8I64), r(V8I64)];
const Z2I: &[Param] = &[r(V8I64), r(V8I64), IMM8];
const D2: &[Param] = &[r(V4I32), r(V4I32)];
const D3: &[Param] = &[r(V4I32), r(V4I32), r(V4I32)];
const D8X2: &[Param] = &[r(V8I32), r(V8I32)];
const B1: &[Param] = &[r(V16I8)];
const B2: &[Param] = &[r(V16I8), r(V16I8)];
const B3: &[Param] = &[r(V16I8), r(V16I8), r(V16I8)];
const B2I: &[Param] = &[r(V16I8), r(V16I8), IMM8];
const B32X2: &[Param] = &[r(V32I8), r(V32I8)];
const B32X2I: &[Param] = &[r(V32I8), r(V32I8), IMM8];
const B64X2: &[Param] = &[r(V64I8), r(V64I8)];
const B64X2I: &[Param] = &[r(V64I8), r(V64I8), IMM8];
const SHA1_HASH: &[Param] = &[r(V4I32), r(I32), r(V4I32)];
const W1: &[Param] = &[r(I32)];
const W2: &[Param] = &[r(I32), r(I32)];
const W2BS: &[Param] = &[r(I32), r(I32), Param::Imm(I32, 3)];
const L1: &[Param] = &[r(I64)];
const L2: &[Param] = &[r(I64), r(I64)];
const NB1: &[Param] = &[r(NxV16I8)];
const NB2: &[Param] = &[r(NxV16I8), r(NxV16I8)];
const NS2: &[Param] = &[r(NxV4I32), r(NxV4I32)];
const ND2: &[Param] = &[r(NxV2I64), r(NxV2I64)];
const SM3TT: &[Param] = &[r(V4I32), r(V4I32), r(V4I32), Param::Imm(I64, 3)];

macro_rules! arm_overloads {
    ($base:literal, $op:expr) => {
        [
            d(concat!($base, ".v16i8"), $op, B3, V16I8),
            d(
                concat!($base, ".v8i16"),
                $op,
                &[r(V8I16), r(V8I16), r(V8I16)],
                V8I16,
            ),
            d(concat!($base, ".v4i32"), $op, D3, V4I32),
            d(concat!($base, ".v2i64"), $op, Q3, V2I64),
        ]
    };
}

/// The AArch64 SHA3 `eor3`/`bcax` overloads (`u` and `s` spellings, one per
/// element type; the instructions are bitwise, so all compute the same).
const ARM_SHA3_OVERLOADS: [[Intrinsic; 4]; 4] = [
    arm_overloads!("llvm.aarch64.crypto.eor3u", a(ArmOp::Eor3)),
    arm_overloads!("llvm.aarch64.crypto.eor3s", a(ArmOp::Eor3)),
    arm_overloads!("llvm.aarch64.crypto.bcaxu", a(ArmOp::Bcax)),
    arm_overloads!("llvm.aarch64.crypto.bcaxs", a(ArmOp::Bcax)),
];

/// The AArch64 and AArch32 crypto intrinsics with the same operand types
/// (`llvm.aarch64.crypto.X` and `llvm.arm.neon.X`). The A32/T32 instructions
/// (AESE.8, SHA1C.32, ...) compute exactly what their A64 namesakes do (Arm
/// ARM, the shared pseudocode functions), so both map to the A64 op.
macro_rules! arm_pair {
    ($n:literal, $op:expr, $params:expr, $ret:expr) => {
        [
            d(concat!("llvm.aarch64.crypto.", $n), $op, $params, $ret),
            d(concat!("llvm.arm.neon.", $n), $op, $params, $ret),
        ]
    };
}

const ARM_PAIRS: [[Intrinsic; 2]; 14] = [
    arm_pair!("aese", a(ArmOp::Aese), B2, V16I8),
    arm_pair!("aesd", a(ArmOp::Aesd), B2, V16I8),
    arm_pair!("aesmc", a(ArmOp::Aesmc), B1, V16I8),
    arm_pair!("aesimc", a(ArmOp::Aesimc), B1, V16I8),
    arm_pair!("sha1c", a(ArmOp::Sha1c), SHA1_HASH, V4I32),
    arm_pair!("sha1p", a(ArmOp::Sha1p), SHA1_HASH, V4I32),
    arm_pair!("sha1m", a(ArmOp::Sha1m), SHA1_HASH, V4I32),
    arm_pair!("sha1h", a(ArmOp::Sha1h), W1, I32),
    arm_pair!("sha1su0", a(ArmOp::Sha1su0), D3, V4I32),
    arm_pair!("sha1su1", a(ArmOp::Sha1su1), D2, V4I32),
    arm_pair!("sha256h", a(ArmOp::Sha256h), D3, V4I32),
    arm_pair!("sha256h2", a(ArmOp::Sha256h2), D3, V4I32),
    arm_pair!("sha256su0", a(ArmOp::Sha256su0), D2, V4I32),
    arm_pair!("sha256su1", a(ArmOp::Sha256su1), D3, V4I32),
];

/// The intrinsics that do not come in families.
const SINGLES: &[Intrinsic] = &[
    // IntrinsicsX86.td: AES-NI, VAES.
    d("llvm.x86.aesni.aesenc", x(X86Op::Aesenc), Q2, V2I64),
    d("llvm.x86.aesni.aesenclast", x(X86Op::Aesenclast), Q2, V2I64),
    d("llvm.x86.aesni.aesdec", x(X86Op::Aesdec), Q2, V2I64),
    d("llvm.x86.aesni.aesdeclast", x(X86Op::Aesdeclast), Q2, V2I64),
    d("llvm.x86.aesni.aesimc", x(X86Op::Aesimc), Q1, V2I64),
    d(
        "llvm.x86.aesni.aeskeygenassist",
        x(X86Op::Aeskeygenassist),
        &[r(V2I64), IMM8],
        V2I64,
    ),
    d("llvm.x86.aesni.aesenc.256", x(X86Op::Vaesenc), Y2, V4I64),
    d("llvm.x86.aesni.aesenc.512", x(X86Op::Vaesenc), Z2, V8I64),
    d(
        "llvm.x86.aesni.aesenclast.256",
        x(X86Op::Vaesenclast),
        Y2,
        V4I64,
    ),
    d(
        "llvm.x86.aesni.aesenclast.512",
        x(X86Op::Vaesenclast),
        Z2,
        V8I64,
    ),
    d("llvm.x86.aesni.aesdec.256", x(X86Op::Vaesdec), Y2, V4I64),
    d("llvm.x86.aesni.aesdec.512", x(X86Op::Vaesdec), Z2, V8I64),
    d(
        "llvm.x86.aesni.aesdeclast.256",
        x(X86Op::Vaesdeclast),
        Y2,
        V4I64,
    ),
    d(
        "llvm.x86.aesni.aesdeclast.512",
        x(X86Op::Vaesdeclast),
        Z2,
        V8I64,
    ),
    // PCLMULQDQ, VPCLMULQDQ.
    d("llvm.x86.pclmulqdq", x(X86Op::Pclmulqdq), Q2I, V2I64),
    d("llvm.x86.pclmulqdq.256", x(X86Op::Vpclmulqdq), Y2I, V4I64),
    d("llvm.x86.pclmulqdq.512", x(X86Op::Vpclmulqdq), Z2I, V8I64),
    // SHA.
    d(
        "llvm.x86.sha1rnds4",
        x(X86Op::Sha1rnds4),
        &[r(V4I32), r(V4I32), IMM8],
        V4I32,
    ),
    d("llvm.x86.sha1nexte", x(X86Op::Sha1nexte), D2, V4I32),
    d("llvm.x86.sha1msg1", x(X86Op::Sha1msg1), D2, V4I32),
    d("llvm.x86.sha1msg2", x(X86Op::Sha1msg2), D2, V4I32),
    d("llvm.x86.sha256rnds2", x(X86Op::Sha256rnds2), D3, V4I32),
    d("llvm.x86.sha256msg1", x(X86Op::Sha256msg1), D2, V4I32),
    d("llvm.x86.sha256msg2", x(X86Op::Sha256msg2), D2, V4I32),
    // GFNI.
    d(
        "llvm.x86.vgf2p8affineqb.128",
        x(X86Op::Gf2p8affineqb),
        B2I,
        V16I8,
    ),
    d(
        "llvm.x86.vgf2p8affineqb.256",
        x(X86Op::Gf2p8affineqb),
        B32X2I,
        V32I8,
    ),
    d(
        "llvm.x86.vgf2p8affineqb.512",
        x(X86Op::Gf2p8affineqb),
        B64X2I,
        V64I8,
    ),
    d(
        "llvm.x86.vgf2p8affineinvqb.128",
        x(X86Op::Gf2p8affineinvqb),
        B2I,
        V16I8,
    ),
    d(
        "llvm.x86.vgf2p8affineinvqb.256",
        x(X86Op::Gf2p8affineinvqb),
        B32X2I,
        V32I8,
    ),
    d(
        "llvm.x86.vgf2p8affineinvqb.512",
        x(X86Op::Gf2p8affineinvqb),
        B64X2I,
        V64I8,
    ),
    d("llvm.x86.vgf2p8mulb.128", x(X86Op::Gf2p8mulb), B2, V16I8),
    d("llvm.x86.vgf2p8mulb.256", x(X86Op::Gf2p8mulb), B32X2, V32I8),
    d("llvm.x86.vgf2p8mulb.512", x(X86Op::Gf2p8mulb), B64X2, V64I8),
    // SHA512, SM3, SM4.
    d(
        "llvm.x86.vsha512msg1",
        x(X86Op::Sha512msg1),
        &[r(V4I64), r(V2I64)],
        V4I64,
    ),
    d("llvm.x86.vsha512msg2", x(X86Op::Sha512msg2), Y2, V4I64),
    d(
        "llvm.x86.vsha512rnds2",
        x(X86Op::Sha512rnds2),
        &[r(V4I64), r(V4I64), r(V2I64)],
        V4I64,
    ),
    d("llvm.x86.vsm3msg1", x(X86Op::Sm3msg1), D3, V4I32),
    d("llvm.x86.vsm3msg2", x(X86Op::Sm3msg2), D3, V4I32),
    d(
        "llvm.x86.vsm3rnds2",
        x(X86Op::Sm3rnds2),
        &[r(V4I32), r(V4I32), r(V4I32), Param::Imm(I32, u8::MAX)],
        V4I32,
    ),
    d("llvm.x86.vsm4key4128", x(X86Op::Sm4key4), D2, V4I32),
    d("llvm.x86.vsm4key4256", x(X86Op::Sm4key4), D8X2, V8I32),
    d("llvm.x86.vsm4rnds4128", x(X86Op::Sm4rnds4), D2, V4I32),
    d("llvm.x86.vsm4rnds4256", x(X86Op::Sm4rnds4), D8X2, V8I32),
    // IntrinsicsAArch64.td: PMULL (64-bit), SHA512, SHA3, SM3, SM4.
    d("llvm.aarch64.neon.pmull64", a(ArmOp::Pmull), L2, V16I8),
    d("llvm.aarch64.crypto.sha512h", a(ArmOp::Sha512h), Q3, V2I64),
    d(
        "llvm.aarch64.crypto.sha512h2",
        a(ArmOp::Sha512h2),
        Q3,
        V2I64,
    ),
    d(
        "llvm.aarch64.crypto.sha512su0",
        a(ArmOp::Sha512su0),
        Q2,
        V2I64,
    ),
    d(
        "llvm.aarch64.crypto.sha512su1",
        a(ArmOp::Sha512su1),
        Q3,
        V2I64,
    ),
    d("llvm.aarch64.crypto.rax1", a(ArmOp::Rax1), Q2, V2I64),
    d(
        "llvm.aarch64.crypto.xar",
        a(ArmOp::Xar),
        &[r(V2I64), r(V2I64), Param::Imm(I64, 63)],
        V2I64,
    ),
    d("llvm.aarch64.crypto.sm3ss1", a(ArmOp::Sm3ss1), D3, V4I32),
    d(
        "llvm.aarch64.crypto.sm3tt1a",
        a(ArmOp::Sm3tt1a),
        SM3TT,
        V4I32,
    ),
    d(
        "llvm.aarch64.crypto.sm3tt1b",
        a(ArmOp::Sm3tt1b),
        SM3TT,
        V4I32,
    ),
    d(
        "llvm.aarch64.crypto.sm3tt2a",
        a(ArmOp::Sm3tt2a),
        SM3TT,
        V4I32,
    ),
    d(
        "llvm.aarch64.crypto.sm3tt2b",
        a(ArmOp::Sm3tt2b),
        SM3TT,
        V4I32,
    ),
    d(
        "llvm.aarch64.crypto.sm3partw1",
        a(ArmOp::Sm3partw1),
        D3,
        V4I32,
    ),
    d(
        "llvm.aarch64.crypto.sm3partw2",
        a(ArmOp::Sm3partw2),
        D3,
        V4I32,
    ),
    d("llvm.aarch64.crypto.sm4e", a(ArmOp::Sm4e), D2, V4I32),
    d("llvm.aarch64.crypto.sm4ekey", a(ArmOp::Sm4ekey), D2, V4I32),
    // IntrinsicsAArch64.td: SVE2 AES, SHA3, SM4 and PMULL128, on scalable
    // vectors (each 128-bit segment of the Z registers).
    d("llvm.aarch64.sve.aese", a(ArmOp::SveAese), NB2, NxV16I8),
    d("llvm.aarch64.sve.aesd", a(ArmOp::SveAesd), NB2, NxV16I8),
    d("llvm.aarch64.sve.aesmc", a(ArmOp::SveAesmc), NB1, NxV16I8),
    d("llvm.aarch64.sve.aesimc", a(ArmOp::SveAesimc), NB1, NxV16I8),
    d("llvm.aarch64.sve.rax1", a(ArmOp::SveRax1), ND2, NxV2I64),
    d("llvm.aarch64.sve.sm4e", a(ArmOp::SveSm4e), NS2, NxV4I32),
    d(
        "llvm.aarch64.sve.sm4ekey",
        a(ArmOp::SveSm4ekey),
        NS2,
        NxV4I32,
    ),
    d(
        "llvm.aarch64.sve.pmullb.pair.nxv2i64",
        a(ArmOp::SvePmullb),
        ND2,
        NxV2I64,
    ),
    d(
        "llvm.aarch64.sve.pmullt.pair.nxv2i64",
        a(ArmOp::SvePmullt),
        ND2,
        NxV2I64,
    ),
    // IntrinsicsARM.td: VMULL.P64 (`llvm.arm.neon.vmullp` at <2 x i64>, from
    // two <1 x i64> D registers).
    d(
        "llvm.arm.neon.vmullp.v2i64",
        Op::Arm32(Arm32Op::VmullP64),
        &[r(V1I64), r(V1I64)],
        V2I64,
    ),
    // IntrinsicsRISCV.td: scalar crypto (Zbkb, Zbkc, Zbkx, Zkn*, Zks*).
    d("llvm.riscv.aes32esi", rv32(Rv32Op::Aes32esi), W2BS, I32),
    d("llvm.riscv.aes32esmi", rv32(Rv32Op::Aes32esmi), W2BS, I32),
    d("llvm.riscv.aes32dsi", rv32(Rv32Op::Aes32dsi), W2BS, I32),
    d("llvm.riscv.aes32dsmi", rv32(Rv32Op::Aes32dsmi), W2BS, I32),
    d("llvm.riscv.aes64es", rv64(Rv64Op::Aes64es), L2, I64),
    d("llvm.riscv.aes64esm", rv64(Rv64Op::Aes64esm), L2, I64),
    d("llvm.riscv.aes64ds", rv64(Rv64Op::Aes64ds), L2, I64),
    d("llvm.riscv.aes64dsm", rv64(Rv64Op::Aes64dsm), L2, I64),
    d("llvm.riscv.aes64im", rv64(Rv64Op::Aes64im), L1, I64),
    d(
        "llvm.riscv.aes64ks1i",
        rv64(Rv64Op::Aes64ks1i),
        &[r(I64), Param::Imm(I32, 10)],
        I64,
    ),
    d("llvm.riscv.aes64ks2", rv64(Rv64Op::Aes64ks2), L2, I64),
    d("llvm.riscv.sha256sig0", rv32(Rv32Op::Sha256sig0), W1, I32),
    d("llvm.riscv.sha256sig1", rv32(Rv32Op::Sha256sig1), W1, I32),
    d("llvm.riscv.sha256sum0", rv32(Rv32Op::Sha256sum0), W1, I32),
    d("llvm.riscv.sha256sum1", rv32(Rv32Op::Sha256sum1), W1, I32),
    d("llvm.riscv.sha512sig0h", rv32(Rv32Op::Sha512sig0h), W2, I32),
    d("llvm.riscv.sha512sig0l", rv32(Rv32Op::Sha512sig0l), W2, I32),
    d("llvm.riscv.sha512sig1h", rv32(Rv32Op::Sha512sig1h), W2, I32),
    d("llvm.riscv.sha512sig1l", rv32(Rv32Op::Sha512sig1l), W2, I32),
    d("llvm.riscv.sha512sum0r", rv32(Rv32Op::Sha512sum0r), W2, I32),
    d("llvm.riscv.sha512sum1r", rv32(Rv32Op::Sha512sum1r), W2, I32),
    d("llvm.riscv.sha512sig0", rv64(Rv64Op::Sha512sig0), L1, I64),
    d("llvm.riscv.sha512sig1", rv64(Rv64Op::Sha512sig1), L1, I64),
    d("llvm.riscv.sha512sum0", rv64(Rv64Op::Sha512sum0), L1, I64),
    d("llvm.riscv.sha512sum1", rv64(Rv64Op::Sha512sum1), L1, I64),
    d("llvm.riscv.sm3p0", rv32(Rv32Op::Sm3p0), W1, I32),
    d("llvm.riscv.sm3p1", rv32(Rv32Op::Sm3p1), W1, I32),
    d("llvm.riscv.sm4ed", rv32(Rv32Op::Sm4ed), W2BS, I32),
    d("llvm.riscv.sm4ks", rv32(Rv32Op::Sm4ks), W2BS, I32),
    d("llvm.riscv.brev8.i32", rv32(Rv32Op::Brev8), W1, I32),
    d("llvm.riscv.brev8.i64", rv64(Rv64Op::Brev8), L1, I64),
    d("llvm.riscv.zip.i32", rv32(Rv32Op::Zip), W1, I32),
    d("llvm.riscv.unzip.i32", rv32(Rv32Op::Unzip), W1, I32),
    d("llvm.riscv.clmul.i32", rv32(Rv32Op::Clmul), W2, I32),
    d("llvm.riscv.clmul.i64", rv64(Rv64Op::Clmul), L2, I64),
    d("llvm.riscv.clmulh.i32", rv32(Rv32Op::Clmulh), W2, I32),
    d("llvm.riscv.clmulh.i64", rv64(Rv64Op::Clmulh), L2, I64),
    d("llvm.riscv.xperm4.i32", rv32(Rv32Op::Xperm4), W2, I32),
    d("llvm.riscv.xperm4.i64", rv64(Rv64Op::Xperm4), L2, I64),
    d("llvm.riscv.xperm8.i32", rv32(Rv32Op::Xperm8), W2, I32),
    d("llvm.riscv.xperm8.i64", rv64(Rv64Op::Xperm8), L2, I64),
    // IntrinsicsPowerPC.td: the vector crypto facility.
    d(
        "llvm.ppc.altivec.crypto.vcipher",
        p(Ppc64Op::Vcipher),
        Q2,
        V2I64,
    ),
    d(
        "llvm.ppc.altivec.crypto.vcipherlast",
        p(Ppc64Op::Vcipherlast),
        Q2,
        V2I64,
    ),
    d(
        "llvm.ppc.altivec.crypto.vncipher",
        p(Ppc64Op::Vncipher),
        Q2,
        V2I64,
    ),
    d(
        "llvm.ppc.altivec.crypto.vncipherlast",
        p(Ppc64Op::Vncipherlast),
        Q2,
        V2I64,
    ),
    d(
        "llvm.ppc.altivec.crypto.vsbox",
        p(Ppc64Op::Vsbox),
        Q1,
        V2I64,
    ),
    d(
        "llvm.ppc.altivec.crypto.vpmsumb",
        p(Ppc64Op::Vpmsumb),
        B2,
        V16I8,
    ),
    d(
        "llvm.ppc.altivec.crypto.vpmsumh",
        p(Ppc64Op::Vpmsumh),
        &[r(V8I16), r(V8I16)],
        V8I16,
    ),
    d(
        "llvm.ppc.altivec.crypto.vpmsumw",
        p(Ppc64Op::Vpmsumw),
        D2,
        V4I32,
    ),
    d(
        "llvm.ppc.altivec.crypto.vpmsumd",
        p(Ppc64Op::Vpmsumd),
        Q2,
        V2I64,
    ),
    d(
        "llvm.ppc.altivec.crypto.vpermxor",
        p(Ppc64Op::Vpermxor),
        B3,
        V16I8,
    ),
    d(
        "llvm.ppc.altivec.crypto.vpermxor.be",
        p(Ppc64Op::Vpermxor),
        B3,
        V16I8,
    ),
    Intrinsic {
        name: "llvm.ppc.altivec.crypto.vshasigmaw",
        op: p(Ppc64Op::Vshasigmaw),
        params: &[r(V4I32), Param::Imm(I32, 1), Param::Imm(I32, 15)],
        ret: V4I32,
        adapter: Adapter::StSix,
    },
    Intrinsic {
        name: "llvm.ppc.altivec.crypto.vshasigmad",
        op: p(Ppc64Op::Vshasigmad),
        params: &[r(V2I64), Param::Imm(I32, 1), Param::Imm(I32, 15)],
        ret: V2I64,
        adapter: Adapter::StSix,
    },
];

/// Every intrinsic the library evaluates (the single ones and the Arm
/// families), in a fixed order.
pub fn intrinsics() -> impl Iterator<Item = &'static Intrinsic> {
    SINGLES
        .iter()
        .chain(ARM_PAIRS.iter().flatten())
        .chain(ARM_SHA3_OVERLOADS.iter().flatten())
}

/// LLVM's crypto intrinsics whose instruction the library does not evaluate
/// yet: `(name, instruction and why)`.
pub const NOT_IMPLEMENTED: &[(&str, &str)] = &[
    (
        "llvm.x86.aesenc128kl",
        "x86 AESENC128KL (Key Locker: planned)",
    ),
    (
        "llvm.x86.aesdec128kl",
        "x86 AESDEC128KL (Key Locker: planned)",
    ),
    (
        "llvm.x86.aesenc256kl",
        "x86 AESENC256KL (Key Locker: planned)",
    ),
    (
        "llvm.x86.aesdec256kl",
        "x86 AESDEC256KL (Key Locker: planned)",
    ),
    (
        "llvm.x86.aesencwide128kl",
        "x86 AESENCWIDE128KL (Key Locker: planned)",
    ),
    (
        "llvm.x86.aesdecwide128kl",
        "x86 AESDECWIDE128KL (Key Locker: planned)",
    ),
    (
        "llvm.x86.aesencwide256kl",
        "x86 AESENCWIDE256KL (Key Locker: planned)",
    ),
    (
        "llvm.x86.aesdecwide256kl",
        "x86 AESDECWIDE256KL (Key Locker: planned)",
    ),
    (
        "llvm.x86.encodekey128",
        "x86 ENCODEKEY128 (Key Locker: planned)",
    ),
    (
        "llvm.x86.encodekey256",
        "x86 ENCODEKEY256 (Key Locker: planned)",
    ),
    ("llvm.x86.loadiwkey", "x86 LOADIWKEY (Key Locker: planned)"),
    (
        "llvm.x86.vsm4key4512",
        "x86 VSM4KEY4 zmm (AVX10.2 512-bit form; the registry row is VEX.128/256)",
    ),
    (
        "llvm.x86.vsm4rnds4512",
        "x86 VSM4RNDS4 zmm (AVX10.2 512-bit form; the registry row is VEX.128/256)",
    ),
    (
        "llvm.aarch64.neon.pmull.v8i16",
        "AArch64 PMULL/PMULL2 .8H (8-bit polynomial multiply: not in the registry)",
    ),
    (
        "llvm.arm.neon.vmullp.v8i16",
        "AArch32 VMULL.P8 (8-bit polynomial multiply: not in the registry)",
    ),
    (
        "llvm.riscv.clmulr.i32",
        "RISC-V CLMULR (Zbc, not Zbkc: not in the registry)",
    ),
    (
        "llvm.riscv.clmulr.i64",
        "RISC-V CLMULR (Zbc, not Zbkc: not in the registry)",
    ),
    // RISC-V vector crypto: the registry evaluates these instructions (its
    // Shape::V rows), but their intrinsics take scalable vector types, a vl
    // operand and a policy, which this module does not map.
    (
        "llvm.riscv.vandn",
        "RISC-V VANDN.VV/.VX (Zvkb; registry row vandn_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vandn.mask",
        "RISC-V VANDN.VV/.VX masked (Zvkb; registry row vandn_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vbrev8",
        "RISC-V VBREV8.V (Zvkb; registry row vbrev8_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vbrev8.mask",
        "RISC-V VBREV8.V masked (Zvkb; registry row vbrev8_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vrev8",
        "RISC-V VREV8.V (Zvkb; registry row vrev8_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vrev8.mask",
        "RISC-V VREV8.V masked (Zvkb; registry row vrev8_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vrol",
        "RISC-V VROL.VV/.VX (Zvkb; registry row vrol_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vrol.mask",
        "RISC-V VROL.VV/.VX masked (Zvkb; registry row vrol_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vror",
        "RISC-V VROR.VV/.VX/.VI (Zvkb; registry row vror_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vror.mask",
        "RISC-V VROR.VV/.VX/.VI masked (Zvkb; registry row vror_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vbrev",
        "RISC-V VBREV.V (Zvbb; registry row vbrev_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vbrev.mask",
        "RISC-V VBREV.V masked (Zvbb; registry row vbrev_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vclz",
        "RISC-V VCLZ.V (Zvbb; registry row vclz_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vclz.mask",
        "RISC-V VCLZ.V masked (Zvbb; registry row vclz_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vctz",
        "RISC-V VCTZ.V (Zvbb; registry row vctz_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vctz.mask",
        "RISC-V VCTZ.V masked (Zvbb; registry row vctz_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vcpopv",
        "RISC-V VCPOP.V (Zvbb; registry row vcpop_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vcpopv.mask",
        "RISC-V VCPOP.V masked (Zvbb; registry row vcpop_v; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vwsll",
        "RISC-V VWSLL.VV/.VX/.VI (Zvbb; registry row vwsll_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vwsll.mask",
        "RISC-V VWSLL.VV/.VX/.VI masked (Zvbb; registry row vwsll_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vclmul",
        "RISC-V VCLMUL.VV/.VX (Zvbc; registry row vclmul_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vclmul.mask",
        "RISC-V VCLMUL.VV/.VX masked (Zvbc; registry row vclmul_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vclmulh",
        "RISC-V VCLMULH.VV/.VX (Zvbc; registry row vclmulh_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vclmulh.mask",
        "RISC-V VCLMULH.VV/.VX masked (Zvbc; registry row vclmulh_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vghsh",
        "RISC-V VGHSH.VV (Zvkg; registry row vghsh_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vgmul.vv",
        "RISC-V VGMUL.VV (Zvkg; registry row vgmul_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vaesdf.vv",
        "RISC-V VAESDF.VV (Zvkned; registry row vaesdf_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vaesdf.vs",
        "RISC-V VAESDF.VS (Zvkned; registry row vaesdf_vs; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vaesdm.vv",
        "RISC-V VAESDM.VV (Zvkned; registry row vaesdm_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vaesdm.vs",
        "RISC-V VAESDM.VS (Zvkned; registry row vaesdm_vs; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vaesef.vv",
        "RISC-V VAESEF.VV (Zvkned; registry row vaesef_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vaesef.vs",
        "RISC-V VAESEF.VS (Zvkned; registry row vaesef_vs; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vaesem.vv",
        "RISC-V VAESEM.VV (Zvkned; registry row vaesem_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vaesem.vs",
        "RISC-V VAESEM.VS (Zvkned; registry row vaesem_vs; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vaeskf1",
        "RISC-V VAESKF1.VI (Zvkned; registry row vaeskf1_vi; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vaeskf2",
        "RISC-V VAESKF2.VI (Zvkned; registry row vaeskf2_vi; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vaesz.vs",
        "RISC-V VAESZ.VS (Zvkned; registry row vaesz_vs; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vsha2ch",
        "RISC-V VSHA2CH.VV (Zvknha/b; registry row vsha2ch_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vsha2cl",
        "RISC-V VSHA2CL.VV (Zvknha/b; registry row vsha2cl_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vsha2ms",
        "RISC-V VSHA2MS.VV (Zvknha/b; registry row vsha2ms_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vsm4k",
        "RISC-V VSM4K.VI (Zvksed; registry row vsm4k_vi; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vsm4r.vv",
        "RISC-V VSM4R.VV (Zvksed; registry row vsm4r_vv; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vsm4r.vs",
        "RISC-V VSM4R.VS (Zvksed; registry row vsm4r_vs; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vsm3c",
        "RISC-V VSM3C.VI (Zvksh; registry row vsm3c_vi; RISC-V vector intrinsics are not mapped)",
    ),
    (
        "llvm.riscv.vsm3me",
        "RISC-V VSM3ME.VV (Zvksh; registry row vsm3me_vv; RISC-V vector intrinsics are not mapped)",
    ),
];

/// The intrinsic called `name`, if the library evaluates it.
#[must_use]
pub fn lookup(name: &str) -> Option<&'static Intrinsic> {
    intrinsics().find(|i| i.name == name)
}

/// The instruction of a crypto intrinsic that is not implemented yet.
#[must_use]
pub fn not_implemented(name: &str) -> Option<&'static str> {
    NOT_IMPLEMENTED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, insn)| *insn)
}

/// Calls intrinsic `name` on `args` (LLVM's operand order; vector elements
/// in the [`ElementOrder::LowFirst`] order of every target except big-endian
/// POWER) with the [`Auto`] backend.
///
/// # Errors
/// [`LlvmError`]: an unknown or not yet implemented name, a wrong number or
/// type of operands, an immediate outside the instruction's field.
pub fn call(name: &str, args: &[LlvmValue]) -> Result<LlvmValue, LlvmError> {
    call_ordered(name, args, ElementOrder::LowFirst)
}

/// [`call`] with the target's element order.
///
/// # Errors
/// As [`call`].
pub fn call_ordered(
    name: &str,
    args: &[LlvmValue],
    order: ElementOrder,
) -> Result<LlvmValue, LlvmError> {
    let Some(i) = lookup(name) else {
        return Err(not_implemented(name).map_or(LlvmError::UnknownName, LlvmError::NotImplemented));
    };
    i.call_on(Auto, args, order)
}

impl Intrinsic {
    /// Evaluates the intrinsic on `backend`.
    ///
    /// # Errors
    /// As [`call`] (except the name errors).
    pub fn call_on<B: Backend>(
        &self,
        backend: B,
        args: &[LlvmValue],
        order: ElementOrder,
    ) -> Result<LlvmValue, LlvmError> {
        let (srcs, n, imm) = self.operands(args, order)?;
        let out = self.op.execute(backend, imm, &srcs[..n]);
        // Every registry op given operands of its shape writes a register;
        // a reserved encoding (`Illegal`) is excluded by the immediate checks.
        Ok(LlvmValue::from_lanes(self.ret, out.lanes(), order))
    }

    /// The registry operands (`srcs[..n]`) and immediate the arguments give.
    ///
    /// # Errors
    /// As [`Intrinsic::call_on`].
    pub fn operands(
        &self,
        args: &[LlvmValue],
        order: ElementOrder,
    ) -> Result<([Value; 3], usize, u8), LlvmError> {
        if args.len() != self.params.len() {
            return Err(LlvmError::Arity {
                expected: self.params.len(),
                got: args.len(),
            });
        }
        let gpr = self.op.shape().gpr();
        let mut srcs = [Value::xmm(0); 3];
        let mut n = 0;
        let mut imms = [0u8; 2];
        let mut k = 0;
        // The width of the first scalable operand: the others must match it.
        let mut vl = None;
        for (index, (param, arg)) in self.params.iter().zip(args).enumerate() {
            let same_vl = !param.ty().is_scalable() || *vl.get_or_insert(arg.bits()) == arg.bits();
            if !arg.fits(param.ty()) || !same_vl {
                return Err(LlvmError::Type {
                    index,
                    expected: param.ty(),
                });
            }
            match *param {
                Param::Imm(_, max) => {
                    let value = arg.scalar().unwrap_or(u64::MAX);
                    if value > u64::from(max) {
                        return Err(LlvmError::ImmOutOfRange { index, value, max });
                    }
                    if let Some(slot) = imms.get_mut(k) {
                        *slot = value as u8;
                    }
                    k += 1;
                }
                Param::Reg(t) => {
                    let v = match (arg.scalar(), arg.lanes(order)) {
                        (Some(s), _) if gpr && t == I32 => Value::gpr32(s as u32),
                        (Some(s), _) if gpr => Value::gpr64(s),
                        (Some(s), _) => Value::xmm(u128::from(s)),
                        (None, Some((l, count))) => {
                            Value::from_lanes(&l[..count]).unwrap_or(Value::xmm(0))
                        }
                        (None, None) => Value::xmm(0),
                    };
                    if let Some(slot) = srcs.get_mut(n) {
                        *slot = v;
                    }
                    n += 1;
                }
            }
        }
        let imm = match self.adapter {
            Adapter::Direct => imms[0],
            Adapter::StSix => imms[0] << 4 | imms[1],
        };
        Ok((srcs, n.min(3), imm))
    }
}
