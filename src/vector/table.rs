//! The instruction table of the vector format, derived from the registry
//! ([`crate::registry`]): every mnemonic, its operand signature, and how to
//! evaluate it with the library's helpers.

use super::value::{Value, Width};
use crate::arm::Arm;
use crate::backend::Backend;
use crate::registry::{INSTRUCTIONS, Shape};
use crate::x86::X86;

pub use crate::registry::{Arch, ArmOp, Op, UnknownArch, X86Op};

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

impl Signature {
    /// The text signature of an operand shape.
    #[must_use]
    pub const fn of(shape: Shape) -> Signature {
        Signature {
            imm: shape.imm(),
            sources: shape.sources(),
            wide: shape.wide(),
        }
    }
}

/// How a mnemonic is known to this build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// Implemented: the op and its text signature.
    Supported(Op, Signature),
    /// A real instruction of the architecture that this build does not evaluate
    /// (a planned registry row).
    Unsupported,
    /// Not a crypto instruction of this architecture.
    Unknown,
}

/// Looks a mnemonic up (ASCII case-insensitive) for `arch`.
#[must_use]
pub fn lookup(arch: Arch, mnemonic: &str) -> Lookup {
    match INSTRUCTIONS
        .iter()
        .find(|i| i.arch == arch && i.mnemonic.eq_ignore_ascii_case(mnemonic))
    {
        Some(i) => match i.op {
            Some(op) => Lookup::Supported(op, Signature::of(i.shape)),
            None => Lookup::Unsupported,
        },
        None => Lookup::Unknown,
    }
}

/// Every supported op of an architecture with its mnemonic, in registry order.
pub fn ops(arch: Arch) -> impl Iterator<Item = (&'static str, Op, Signature)> {
    INSTRUCTIONS
        .iter()
        .filter(move |i| i.arch == arch)
        .filter_map(|i| i.op.map(|op| (i.mnemonic, op, Signature::of(i.shape))))
}

impl Op {
    /// The operand signature.
    #[must_use]
    pub const fn signature(self) -> Signature {
        Signature::of(self.shape())
    }

    /// Evaluates the op on `backend`. `srcs` are the register sources in operand
    /// order (extra entries are ignored; missing ones read as zero) and `imm`
    /// the immediate (ignored by ops without one). Wide ops work at the width of
    /// their first source; every other op reads and writes 128 bits.
    #[must_use]
    pub fn execute<B: Backend>(self, backend: B, imm: u8, srcs: &[Value]) -> Value {
        macro_rules! execute {
            ($(
                arch $arch:ident $Arch:ident $Op:ident $archname:literal $order:ident {
                    $(ext $ext:ident $title:literal $feature:literal {
                        $(($name:ident $Var:ident $shape:ident ($($operand:ident),*)
                            [$($host:ident $hfeat:literal),*] $summary:literal))*
                    })*
                    planned { $($planned:tt)* }
                }
            )*) => {
                match self {
                    $($($(
                        Op::$Arch($Op::$Var) => execute!(@$shape $Arch(backend).$name, imm, srcs),
                    )*)*)*
                }
            };
            (@R1 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr) => {
                Value::xmm($w($b).$f(src($s, 0)))
            };
            (@R1I $w:ident($b:expr).$f:ident, $imm:expr, $s:expr) => {
                Value::xmm($w($b).$f(src($s, 0), $imm))
            };
            (@R2 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr) => {
                Value::xmm($w($b).$f(src($s, 0), src($s, 1)))
            };
            (@R2I $w:ident($b:expr).$f:ident, $imm:expr, $s:expr) => {
                Value::xmm($w($b).$f(src($s, 0), src($s, 1), $imm))
            };
            (@R3 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr) => {
                Value::xmm($w($b).$f(src($s, 0), src($s, 1), src($s, 2)))
            };
            (@R3I $w:ident($b:expr).$f:ident, $imm:expr, $s:expr) => {
                Value::xmm($w($b).$f(src($s, 0), src($s, 1), src($s, 2), $imm))
            };
            (@W2 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr) => {
                wide($s, |a, b| match (a, b) {
                    (Lanes::One(a), Lanes::One(b)) => Value::from_lanes(&$w($b).$f(a, b)),
                    (Lanes::Two(a), Lanes::Two(b)) => Value::from_lanes(&$w($b).$f(a, b)),
                    (Lanes::Four(a), Lanes::Four(b)) => Value::from_lanes(&$w($b).$f(a, b)),
                    _ => None,
                })
            };
            (@W2I $w:ident($b:expr).$f:ident, $imm:expr, $s:expr) => {
                wide($s, |a, b| match (a, b) {
                    (Lanes::One(a), Lanes::One(b)) => Value::from_lanes(&$w($b).$f(a, b, $imm)),
                    (Lanes::Two(a), Lanes::Two(b)) => Value::from_lanes(&$w($b).$f(a, b, $imm)),
                    (Lanes::Four(a), Lanes::Four(b)) => Value::from_lanes(&$w($b).$f(a, b, $imm)),
                    _ => None,
                })
            };
        }
        crate::for_each_instruction!(execute)
    }
}

/// Source `i` (lane 0), zero when missing.
fn src(srcs: &[Value], i: usize) -> u128 {
    srcs.get(i).map_or(0, |v| v.lane(0))
}

/// A wide operand as a lane array of its width.
enum Lanes {
    One([u128; 1]),
    Two([u128; 2]),
    Four([u128; 4]),
}

impl Lanes {
    fn of(v: Value, width: Width) -> Lanes {
        match width {
            Width::W128 => Lanes::One([v.lane(0)]),
            Width::W256 => Lanes::Two(core::array::from_fn(|i| v.lane(i))),
            Width::W512 => Lanes::Four(core::array::from_fn(|i| v.lane(i))),
        }
    }
}

/// A two-source wide op at the width of its first source (a missing source
/// reads as zero at that width).
fn wide(srcs: &[Value], f: impl Fn(Lanes, Lanes) -> Option<Value>) -> Value {
    let first = srcs.first().copied().unwrap_or(Value::xmm(0));
    let second = srcs.get(1).copied().unwrap_or(Value::xmm(0));
    let w = first.width();
    f(Lanes::of(first, w), Lanes::of(second, w)).unwrap_or(Value::xmm(0))
}
