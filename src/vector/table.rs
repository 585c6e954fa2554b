//! The instruction table: every mnemonic the vector format knows, its operand
//! signature, and how to evaluate it with the library's helpers.

use core::fmt;
use core::str::FromStr;

use super::value::{Value, Width};
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
    /// x86 PCLMULQDQ.
    Pclmulqdq,
    /// x86 SHA1RNDS4.
    Sha1rnds4,
    /// x86 SHA1NEXTE.
    Sha1nexte,
    /// x86 SHA1MSG1.
    Sha1msg1,
    /// x86 SHA1MSG2.
    Sha1msg2,
    /// x86 SHA256RNDS2 (sources: xmm1, xmm2, the implicit XMM0).
    Sha256rnds2,
    /// x86 SHA256MSG1.
    Sha256msg1,
    /// x86 SHA256MSG2.
    Sha256msg2,
    /// x86 VAESENC (128, 256 or 512 bits).
    Vaesenc,
    /// x86 VAESENCLAST.
    Vaesenclast,
    /// x86 VAESDEC.
    Vaesdec,
    /// x86 VAESDECLAST.
    Vaesdeclast,
    /// x86 VPCLMULQDQ (128, 256 or 512 bits).
    Vpclmulqdq,
    /// Arm PMULL (1Q).
    Pmull,
    /// Arm PMULL2 (1Q).
    Pmull2,
    /// Arm SHA1C.
    Sha1c,
    /// Arm SHA1P.
    Sha1p,
    /// Arm SHA1M.
    Sha1m,
    /// Arm SHA1H.
    Sha1h,
    /// Arm SHA1SU0.
    Sha1su0,
    /// Arm SHA1SU1.
    Sha1su1,
    /// Arm SHA256H.
    Sha256h,
    /// Arm SHA256H2.
    Sha256h2,
    /// Arm SHA256SU0.
    Sha256su0,
    /// Arm SHA256SU1.
    Sha256su1,
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

/// An entry whose registers may be 128, 256 or 512 bits wide (VEX/EVEX forms).
const fn wide(mnemonic: &'static str, op: Op, imm: bool, sources: usize) -> Entry {
    Entry {
        arch: Arch::X86,
        mnemonic,
        op,
        sig: Signature {
            imm,
            sources,
            wide: true,
        },
    }
}

/// The table. Operand order is the manual's, listing only registers the
/// instruction reads: x86 `xmm1` (state / SRC1) before `xmm2/m128`, then the
/// implicit XMM0 of SHA256RNDS2; Arm `Vd` (when read) before `Vn` before `Vm`.
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
    entry(Arch::X86, "pclmulqdq", Op::Pclmulqdq, true, 2),
    entry(Arch::X86, "sha1rnds4", Op::Sha1rnds4, true, 2),
    entry(Arch::X86, "sha1nexte", Op::Sha1nexte, false, 2),
    entry(Arch::X86, "sha1msg1", Op::Sha1msg1, false, 2),
    entry(Arch::X86, "sha1msg2", Op::Sha1msg2, false, 2),
    entry(Arch::X86, "sha256rnds2", Op::Sha256rnds2, false, 3),
    entry(Arch::X86, "sha256msg1", Op::Sha256msg1, false, 2),
    entry(Arch::X86, "sha256msg2", Op::Sha256msg2, false, 2),
    wide("vaesenc", Op::Vaesenc, false, 2),
    wide("vaesenclast", Op::Vaesenclast, false, 2),
    wide("vaesdec", Op::Vaesdec, false, 2),
    wide("vaesdeclast", Op::Vaesdeclast, false, 2),
    wide("vpclmulqdq", Op::Vpclmulqdq, true, 2),
    entry(Arch::Arm, "pmull", Op::Pmull, false, 2),
    entry(Arch::Arm, "pmull2", Op::Pmull2, false, 2),
    entry(Arch::Arm, "sha1c", Op::Sha1c, false, 3),
    entry(Arch::Arm, "sha1p", Op::Sha1p, false, 3),
    entry(Arch::Arm, "sha1m", Op::Sha1m, false, 3),
    entry(Arch::Arm, "sha1h", Op::Sha1h, false, 1),
    entry(Arch::Arm, "sha1su0", Op::Sha1su0, false, 3),
    entry(Arch::Arm, "sha1su1", Op::Sha1su1, false, 2),
    entry(Arch::Arm, "sha256h", Op::Sha256h, false, 3),
    entry(Arch::Arm, "sha256h2", Op::Sha256h2, false, 3),
    entry(Arch::Arm, "sha256su0", Op::Sha256su0, false, 2),
    entry(Arch::Arm, "sha256su1", Op::Sha256su1, false, 3),
];

/// Crypto mnemonics of each architecture that this build recognises but does
/// not evaluate yet; `check` counts them as unsupported instead of rejecting the
/// line as malformed.
const KNOWN_UNSUPPORTED: &[(Arch, &[&str])] = &[
    (
        Arch::X86,
        &[
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
    /// the immediate (ignored by ops without one). Wide ops work at the width of
    /// their first source; every other op reads and writes 128 bits.
    #[must_use]
    pub fn execute<B: Backend>(self, backend: B, imm: u8, srcs: &[Value]) -> Value {
        let src = |i: usize| srcs.get(i).map_or(0, |v| v.lane(0));
        let (x86, arm) = (X86(backend), Arm(backend));
        let (a, b, c) = (src(0), src(1), src(2));
        let r = match self {
            Op::Aesenc => x86.aesenc(a, b),
            Op::Aesenclast => x86.aesenclast(a, b),
            Op::Aesdec => x86.aesdec(a, b),
            Op::Aesdeclast => x86.aesdeclast(a, b),
            Op::Aesimc => x86.aesimc(a),
            Op::Aeskeygenassist => x86.aeskeygenassist(a, imm),
            Op::Aese => arm.aese(a, b),
            Op::Aesd => arm.aesd(a, b),
            Op::Aesmc => arm.aesmc(a),
            Op::ArmAesimc => arm.aesimc(a),
            Op::Pclmulqdq => x86.pclmulqdq(a, b, imm),
            Op::Sha1rnds4 => x86.sha1rnds4(a, b, imm),
            Op::Sha1nexte => x86.sha1nexte(a, b),
            Op::Sha1msg1 => x86.sha1msg1(a, b),
            Op::Sha1msg2 => x86.sha1msg2(a, b),
            Op::Sha256rnds2 => x86.sha256rnds2(a, b, c),
            Op::Sha256msg1 => x86.sha256msg1(a, b),
            Op::Sha256msg2 => x86.sha256msg2(a, b),
            Op::Pmull => arm.pmull(a, b),
            Op::Pmull2 => arm.pmull2(a, b),
            Op::Sha1c => arm.sha1c(a, b, c),
            Op::Sha1p => arm.sha1p(a, b, c),
            Op::Sha1m => arm.sha1m(a, b, c),
            Op::Sha1h => arm.sha1h(a),
            Op::Sha1su0 => arm.sha1su0(a, b, c),
            Op::Sha1su1 => arm.sha1su1(a, b),
            Op::Sha256h => arm.sha256h(a, b, c),
            Op::Sha256h2 => arm.sha256h2(a, b, c),
            Op::Sha256su0 => arm.sha256su0(a, b),
            Op::Sha256su1 => arm.sha256su1(a, b, c),
            Op::Vaesenc | Op::Vaesenclast | Op::Vaesdec | Op::Vaesdeclast | Op::Vpclmulqdq => {
                return self.execute_wide(x86, imm, srcs);
            }
        };
        Value::xmm(r)
    }

    /// The VAES / VPCLMULQDQ ops at the width of the first source.
    fn execute_wide<B: Backend>(self, x86: X86<B>, imm: u8, srcs: &[Value]) -> Value {
        let first = srcs.first().copied().unwrap_or(Value::xmm(0));
        let lanes = |i: usize| srcs.get(i).copied().unwrap_or(Value::xmm(0));
        fn run<B: Backend, const N: usize>(
            op: Op,
            x86: X86<B>,
            imm: u8,
            a: Value,
            b: Value,
        ) -> Value {
            let a: [u128; N] = core::array::from_fn(|i| a.lane(i));
            let b: [u128; N] = core::array::from_fn(|i| b.lane(i));
            let r = match op {
                Op::Vaesenc => x86.vaesenc(a, b),
                Op::Vaesenclast => x86.vaesenclast(a, b),
                Op::Vaesdec => x86.vaesdec(a, b),
                Op::Vaesdeclast => x86.vaesdeclast(a, b),
                _ => x86.vpclmulqdq(a, b, imm),
            };
            Value::from_lanes(&r).unwrap_or(Value::xmm(0))
        }
        let (a, b) = (lanes(0), lanes(1));
        match first.width() {
            Width::W128 => run::<B, 1>(self, x86, imm, a, b),
            Width::W256 => run::<B, 2>(self, x86, imm, a, b),
            Width::W512 => run::<B, 4>(self, x86, imm, a, b),
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.mnemonic())
    }
}
