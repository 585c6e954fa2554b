//! The instruction table: every mnemonic the vector format knows, its operand
//! signature, and how to evaluate it with the library's helpers.

use core::fmt;
use core::str::FromStr;

use super::value::Value;
use crate::arm::Arm;
use crate::backend::Backend;
use crate::x86::X86;

/// The guest architecture a vector line is read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arch {
    /// x86 / x86-64.
    X86,
    /// AArch64.
    Arm,
}

impl Arch {
    /// The name used on the command line (`x86`, `arm`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Arch::X86 => "x86",
            Arch::Arm => "arm",
        }
    }
}

impl fmt::Display for Arch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An architecture name other than `x86` or `arm`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownArch;

impl fmt::Display for UnknownArch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown architecture (expected x86 or arm)")
    }
}

impl FromStr for Arch {
    type Err = UnknownArch;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "x86" | "x86_64" | "x86-64" | "amd64" => Ok(Arch::X86),
            "arm" | "aarch64" | "arm64" => Ok(Arch::Arm),
            _ => Err(UnknownArch),
        }
    }
}

/// Every instruction the vector format can evaluate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Op {
    /// x86 AESENC.
    Aesenc,
    /// x86 AESENCLAST.
    Aesenclast,
    /// x86 AESDEC.
    Aesdec,
    /// x86 AESDECLAST.
    Aesdeclast,
    /// x86 AESIMC.
    Aesimc,
    /// x86 AESKEYGENASSIST.
    Aeskeygenassist,
    /// Arm AESE.
    Aese,
    /// Arm AESD.
    Aesd,
    /// Arm AESMC.
    Aesmc,
    /// Arm AESIMC.
    ArmAesimc,
}

/// What an instruction's text operands are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signature {
    /// Whether an immediate follows the mnemonic.
    pub imm: bool,
    /// How many register sources follow (in the manual's operand order).
    pub sources: usize,
    /// Whether the register width (128, 256 or 512 bits) follows from the
    /// operands (VEX/EVEX forms); otherwise every register is 128 bits.
    pub wide: bool,
}

/// One row of the instruction table.
#[derive(Clone, Copy, Debug)]
struct Entry {
    arch: Arch,
    mnemonic: &'static str,
    op: Op,
    sig: Signature,
}

const fn entry(arch: Arch, mnemonic: &'static str, op: Op, imm: bool, sources: usize) -> Entry {
    Entry {
        arch,
        mnemonic,
        op,
        sig: Signature {
            imm,
            sources,
            wide: false,
        },
    }
}

/// The table. Operand order is the manual's: x86 `xmm1` (state) before
/// `xmm2/m128`; Arm `Vd` before `Vn`.
const TABLE: &[Entry] = &[
    entry(Arch::X86, "aesenc", Op::Aesenc, false, 2),
    entry(Arch::X86, "aesenclast", Op::Aesenclast, false, 2),
    entry(Arch::X86, "aesdec", Op::Aesdec, false, 2),
    entry(Arch::X86, "aesdeclast", Op::Aesdeclast, false, 2),
    entry(Arch::X86, "aesimc", Op::Aesimc, false, 1),
    entry(Arch::X86, "aeskeygenassist", Op::Aeskeygenassist, true, 1),
    entry(Arch::Arm, "aese", Op::Aese, false, 2),
    entry(Arch::Arm, "aesd", Op::Aesd, false, 2),
    entry(Arch::Arm, "aesmc", Op::Aesmc, false, 1),
    entry(Arch::Arm, "aesimc", Op::ArmAesimc, false, 1),
];

/// Crypto mnemonics of each architecture that this build recognises but does
/// not evaluate yet; `check` counts them as unsupported instead of rejecting the
/// line as malformed.
const KNOWN_UNSUPPORTED: &[(Arch, &[&str])] = &[
    (
        Arch::X86,
        &[
            "pclmulqdq",
            "vpclmulqdq",
            "vaesenc",
            "vaesenclast",
            "vaesdec",
            "vaesdeclast",
            "sha1rnds4",
            "sha1nexte",
            "sha1msg1",
            "sha1msg2",
            "sha256rnds2",
            "sha256msg1",
            "sha256msg2",
            "sha512rnds2",
            "sha512msg1",
            "sha512msg2",
            "gf2p8affineqb",
            "gf2p8affineinvqb",
            "gf2p8mulb",
            "sm3msg1",
            "sm3msg2",
            "sm3rnds2",
            "sm4key4",
            "sm4rnds4",
            "aesenc128kl",
            "aesdec128kl",
            "aesenc256kl",
            "aesdec256kl",
            "aesencwide128kl",
            "aesdecwide128kl",
            "aesencwide256kl",
            "aesdecwide256kl",
        ],
    ),
    (
        Arch::Arm,
        &[
            "pmull",
            "pmull2",
            "sha1c",
            "sha1p",
            "sha1m",
            "sha1h",
            "sha1su0",
            "sha1su1",
            "sha256h",
            "sha256h2",
            "sha256su0",
            "sha256su1",
            "sha512h",
            "sha512h2",
            "sha512su0",
            "sha512su1",
            "eor3",
            "rax1",
            "xar",
            "bcax",
            "sm3ss1",
            "sm3tt1a",
            "sm3tt1b",
            "sm3tt2a",
            "sm3tt2b",
            "sm3partw1",
            "sm3partw2",
            "sm4e",
            "sm4ekey",
        ],
    ),
];

/// How a mnemonic is known to this build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// Implemented: the op and its text signature.
    Supported(Op, Signature),
    /// A real instruction of the architecture that this build does not evaluate.
    Unsupported,
    /// Not a crypto instruction of this architecture.
    Unknown,
}

/// Looks a mnemonic up (ASCII case-insensitive) for `arch`.
#[must_use]
pub fn lookup(arch: Arch, mnemonic: &str) -> Lookup {
    if let Some(e) = TABLE
        .iter()
        .find(|e| e.arch == arch && e.mnemonic.eq_ignore_ascii_case(mnemonic))
    {
        return Lookup::Supported(e.op, e.sig);
    }
    let unsupported = KNOWN_UNSUPPORTED
        .iter()
        .filter(|(a, _)| *a == arch)
        .any(|(_, names)| names.iter().any(|n| n.eq_ignore_ascii_case(mnemonic)));
    if unsupported {
        Lookup::Unsupported
    } else {
        Lookup::Unknown
    }
}

/// Every supported op of an architecture with its mnemonic, in table order.
pub fn ops(arch: Arch) -> impl Iterator<Item = (&'static str, Op, Signature)> {
    TABLE
        .iter()
        .filter(move |e| e.arch == arch)
        .map(|e| (e.mnemonic, e.op, e.sig))
}

impl Op {
    /// The architecture the op belongs to.
    #[must_use]
    pub fn arch(self) -> Arch {
        TABLE
            .iter()
            .find(|e| e.op == self)
            .map_or(Arch::X86, |e| e.arch)
    }

    /// The lowercase mnemonic.
    #[must_use]
    pub fn mnemonic(self) -> &'static str {
        TABLE
            .iter()
            .find(|e| e.op == self)
            .map_or("?", |e| e.mnemonic)
    }

    /// The operand signature.
    #[must_use]
    pub fn signature(self) -> Signature {
        TABLE.iter().find(|e| e.op == self).map_or(
            Signature {
                imm: false,
                sources: 0,
                wide: false,
            },
            |e| e.sig,
        )
    }

    /// Evaluates the op on `backend`. `srcs` are the register sources in operand
    /// order (extra entries are ignored; missing ones read as zero) and `imm`
    /// the immediate (ignored by ops without one).
    #[must_use]
    pub fn execute<B: Backend>(self, backend: B, imm: u8, srcs: &[Value]) -> Value {
        let src = |i: usize| srcs.get(i).map_or(0, |v| v.lane(0));
        let x86 = X86(backend);
        let arm = Arm(backend);
        let r = match self {
            Op::Aesenc => x86.aesenc(src(0), src(1)),
            Op::Aesenclast => x86.aesenclast(src(0), src(1)),
            Op::Aesdec => x86.aesdec(src(0), src(1)),
            Op::Aesdeclast => x86.aesdeclast(src(0), src(1)),
            Op::Aesimc => x86.aesimc(src(0)),
            Op::Aeskeygenassist => x86.aeskeygenassist(src(0), imm),
            Op::Aese => arm.aese(src(0), src(1)),
            Op::Aesd => arm.aesd(src(0), src(1)),
            Op::Aesmc => arm.aesmc(src(0)),
            Op::ArmAesimc => arm.aesimc(src(0)),
        };
        Value::xmm(r)
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.mnemonic())
    }
}
