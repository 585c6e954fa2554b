//! The instruction table of the vector format, derived from the registry
//! ([`crate::registry`]): every mnemonic, its operand signature, and how to
//! evaluate it with the library's helpers.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::vector::{Arch, Lookup, Value, lookup};
//! // Mnemonics are looked up per architecture, case-insensitively.
//! let Lookup::Supported(op, sig) = lookup(Arch::X86, "AESENC") else { panic!("known") };
//! assert_eq!((sig.imm, sig.sources), (false, 2));
//! // Intel AES-NI white paper (Gueron, rev. 3.0), AESENC example.
//! let srcs = [
//!     Value::xmm(0x7b5b54657374566563746f725d53475d),
//!     Value::xmm(0x48692853686179295b477565726f6e5d),
//! ];
//! assert_eq!(op.execute(Soft, 0, &srcs), Value::xmm(0xa8311c2f9fdba3c58b104b58ded7e595));
//! // Not a crypto instruction of this architecture.
//! assert_eq!(lookup(Arch::X86, "paddb"), Lookup::Unknown);
//! ```

use super::value::{MAX_LANES, Value, Width};
use crate::arm::{Arm, Arm32};
use crate::backend::Backend;
use crate::ppc::Ppc64;
use crate::registry::{INSTRUCTIONS, Shape};
use crate::riscv::v::{Lmul, Sew, VConfig, VInsn, VOp};
use crate::riscv::{Illegal, Rv32, Rv64, Rvv};
use crate::x86::X86;

pub use crate::registry::{
    Arch, Arm32Op, ArmOp, Op, Ppc64Op, RegisterOrder, Rv32Op, Rv64Op, UnknownArch, X86Op,
};

/// What an instruction's text operands are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signature {
    /// Whether an immediate follows the mnemonic.
    pub imm: bool,
    /// The largest immediate the instruction's field holds (255 for an 8-bit
    /// immediate; see [`Op::imm_max`]).
    pub imm_max: u8,
    /// How many register sources follow (in the manual's operand order).
    pub sources: usize,
    /// Whether the register width (128, 256 or 512 bits) follows from the
    /// operands (VEX/EVEX forms); otherwise every register has the fixed width
    /// of [`Signature::shape`] (128 bits, or 256 for the YMM operands of the
    /// SHA512 shapes).
    pub wide: bool,
    /// The operand shape, which gives each operand's width
    /// ([`Shape::operand`]).
    pub shape: Shape,
}

impl Signature {
    /// The text signature of an operand shape (an 8-bit immediate if any; an
    /// op's own [`Op::signature`] narrows it).
    #[must_use]
    pub const fn of(shape: Shape) -> Signature {
        Signature {
            imm: shape.imm(),
            imm_max: u8::MAX,
            sources: shape.sources(),
            wide: shape.wide(),
            shape,
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

/// The x86 extensions whose rows are named without the `V` of their VEX/EVEX
/// spelling (`gf2p8affineqb` for VGF2P8AFFINEQB, `sha512rnds2` for
/// VSHA512RNDS2): the `V` spelling is accepted as an alias.
const V_ALIASED: &[&str] = &["gfni", "sha512", "sm3", "sm4"];

/// The prefix of the Arm registry rows of the SVE2 forms (`sve_aese`).
const SVE_PREFIX: &str = "sve_";

/// The AArch32 data-type suffix of an arm32 row's mnemonic (`aese.8`,
/// `sha1c.32`, `vmull.p64`), by extension.
fn arm32_suffix(extension: &str) -> &'static str {
    match extension {
        "aes" => "8",
        "pmull" => "p64",
        _ => "32",
    }
}

/// Looks a mnemonic up (ASCII case-insensitive) for `arch`. On x86 the
/// `V`-prefixed spelling of a GFNI, SHA512, SM3 or SM4 mnemonic is an alias.
/// On Arm an SVE2 row (`sve_pmullb`) may be written without its `sve_` prefix
/// when no A64 instruction has that name (`pmullb`); see [`sve_form`] for
/// `aese` with wide operands. On arm32 the data-type suffix is optional
/// (`aese.8` or `aese`, `vmull.p64` or `vmull`).
#[must_use]
pub fn lookup(arch: Arch, mnemonic: &str) -> Lookup {
    let find = |m: &str| {
        INSTRUCTIONS
            .iter()
            .find(|i| i.arch == arch && i.mnemonic.eq_ignore_ascii_case(m))
    };
    let alias = || {
        let rest = mnemonic
            .strip_prefix('v')
            .or_else(|| mnemonic.strip_prefix('V'))?;
        find(rest).filter(|i| arch == Arch::X86 && V_ALIASED.contains(&i.extension))
    };
    let sve = || {
        if arch != Arch::Arm {
            return None;
        }
        INSTRUCTIONS.iter().find(|i| {
            i.arch == arch
                && i.mnemonic
                    .strip_prefix(SVE_PREFIX)
                    .is_some_and(|m| m.eq_ignore_ascii_case(mnemonic))
        })
    };
    let a32 = || {
        if arch != Arch::Arm32 {
            return None;
        }
        let (base, suffix) = match mnemonic.rsplit_once('.') {
            Some((b, s)) => (b, Some(s)),
            None => (mnemonic, None),
        };
        INSTRUCTIONS.iter().find(|i| {
            let name = i.mnemonic.strip_suffix("_p64").unwrap_or(i.mnemonic);
            i.arch == arch
                && name.eq_ignore_ascii_case(base)
                && suffix.is_none_or(|s| s.eq_ignore_ascii_case(arm32_suffix(i.extension)))
        })
    };
    match find(mnemonic).or_else(alias).or_else(sve).or_else(a32) {
        Some(i) => match i.op {
            Some(op) => Lookup::Supported(op, op.signature()),
            None => Lookup::Unsupported,
        },
        None => Lookup::Unknown,
    }
}

/// The SVE2 form of an A64 op that has one (`aese` -> `sve_aese`): a vector
/// line with that mnemonic and operands wider than 128 bits is the SVE
/// instruction.
#[must_use]
pub fn sve_form(op: Op) -> Option<(Op, Signature)> {
    if op.arch() != Arch::Arm || op.shape().sve() {
        return None;
    }
    let m = op.mnemonic();
    INSTRUCTIONS
        .iter()
        .filter(|i| i.arch == Arch::Arm)
        .find(|i| i.mnemonic.strip_prefix(SVE_PREFIX) == Some(m))
        .and_then(|i| i.op)
        .map(|o| (o, o.signature()))
}

/// Every supported op of an architecture with its mnemonic, in registry order.
pub fn ops(arch: Arch) -> impl Iterator<Item = (&'static str, Op, Signature)> {
    INSTRUCTIONS
        .iter()
        .filter(move |i| i.arch == arch)
        .filter_map(|i| i.op.map(|op| (i.mnemonic, op, op.signature())))
}

impl Op {
    /// The operand signature.
    #[must_use]
    pub const fn signature(self) -> Signature {
        let base = Signature::of(self.shape());
        Signature {
            imm_max: self.imm_max(),
            imm: match self.vop() {
                Some(v) => v.has_imm(),
                None => base.imm,
            },
            sources: self.sources(),
            ..base
        }
    }

    /// Evaluates the op on `backend`. `srcs` are the register sources in operand
    /// order (extra entries are ignored; missing ones read as zero) and `imm`
    /// the immediate (ignored by ops without one). Wide ops work at the width of
    /// their first source (a VEX-only op given 512 bits returns zero); the
    /// SHA512 ops read their YMM operands' two lanes and write 256 bits; RISC-V
    /// scalar ops read the low XLEN bits of each source's lane 0 and return an
    /// XLEN-bit value or [`Value::illegal`]; every other op reads and writes 128
    /// bits. RISC-V vector ops ([`Shape::V`]) run with the default
    /// [`VOptions`] (see [`Op::execute_with`]).
    #[must_use]
    pub fn execute<B: Backend>(self, backend: B, imm: u8, srcs: &[Value]) -> Value {
        self.execute_with(backend, imm, srcs, &VOptions::DEFAULT)
    }

    /// [`Op::execute`] with the `sew=`/`vl=`/`vstart=` options of a RISC-V
    /// vector op ([`Shape::V`]; other ops ignore them). The sources are `vd`,
    /// `vs2` and `vs1`/`rs1` ([`Op::sources`]); the result is `vd`'s group after
    /// the instruction, or [`Value::illegal`] for a reserved configuration
    /// (a SEW the op does not allow, `vl` or `vstart` breaking the element-group
    /// rules, `vl` beyond VLMAX, ...; see [`crate::riscv::v`]).
    #[must_use]
    pub fn execute_with<B: Backend>(
        self,
        backend: B,
        imm: u8,
        srcs: &[Value],
        opts: &VOptions,
    ) -> Value {
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
                        Op::$Arch($Op::$Var) => execute!(@$shape $Arch(backend).$name, imm, srcs, opts, $Var),
                    )*)*)*
                }
            };
            (@V $w:ident($b:expr).$f:ident, $imm:expr, $s:expr, $o:expr, $v:ident) => {
                v_execute($b, Arch::$w, crate::riscv::v::VOp::$v, $imm, $s, $o)
            };
            (@R1 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                Value::xmm($w($b).$f(src($s, 0)))
            };
            (@R1I $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                Value::xmm($w($b).$f(src($s, 0), $imm))
            };
            (@R2 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                Value::xmm($w($b).$f(src($s, 0), src($s, 1)))
            };
            (@R2I $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                Value::xmm($w($b).$f(src($s, 0), src($s, 1), $imm))
            };
            (@R3 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                Value::xmm($w($b).$f(src($s, 0), src($s, 1), src($s, 2)))
            };
            (@X1 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                GprResult::into_value($w($b).$f(gpr($s, 0)))
            };
            (@X1I $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                GprResult::into_value($w($b).$f(gpr($s, 0), $imm))
            };
            (@X2 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                GprResult::into_value($w($b).$f(gpr($s, 0), gpr($s, 1)))
            };
            (@X2I $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                GprResult::into_value($w($b).$f(gpr($s, 0), gpr($s, 1), $imm))
            };
            (@W2 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                wide($s, |a, b| match (a, b) {
                    (Lanes::One(a), Lanes::One(b)) => Value::from_lanes(&$w($b).$f(a, b)),
                    (Lanes::Two(a), Lanes::Two(b)) => Value::from_lanes(&$w($b).$f(a, b)),
                    (Lanes::Four(a), Lanes::Four(b)) => Value::from_lanes(&$w($b).$f(a, b)),
                    _ => None,
                })
            };
            (@R3I $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                Value::xmm($w($b).$f(src($s, 0), src($s, 1), src($s, 2), $imm))
            };
            (@Y2X $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                ymm_value($w($b).$f(ymm($s, 0), ymm($s, 1), src($s, 2)))
            };
            (@YX $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                ymm_value($w($b).$f(ymm($s, 0), src($s, 1)))
            };
            (@Y2 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                ymm_value($w($b).$f(ymm($s, 0), ymm($s, 1)))
            };
            (@V2 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                wide($s, |a, b| match (a, b) {
                    (Lanes::One(a), Lanes::One(b)) => Value::from_lanes(&$w($b).$f(a, b)),
                    (Lanes::Two(a), Lanes::Two(b)) => Value::from_lanes(&$w($b).$f(a, b)),
                    _ => None,
                })
            };
            (@Z1 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                sve($s, |a, _, out| $w($b).$f(a, out))
            };
            (@Z2 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                sve($s, |a, b, out| $w($b).$f(a, b, out))
            };
            (@D2 $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
                Value::xmm($w($b).$f(src($s, 0) as u64, src($s, 1) as u64))
            };
            (@W2I $w:ident($b:expr).$f:ident, $imm:expr, $s:expr $(, $rest:tt)*) => {
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

/// A general-purpose register type of a RISC-V helper (`u32` on RV32, `u64`
/// on RV64).
trait Gpr {
    fn from_lane(v: u128) -> Self;
}

impl Gpr for u32 {
    fn from_lane(v: u128) -> Self {
        v as u32
    }
}

impl Gpr for u64 {
    fn from_lane(v: u128) -> Self {
        v as u64
    }
}

/// GPR source `i` (the low XLEN bits of lane 0), zero when missing.
fn gpr<T: Gpr>(srcs: &[Value], i: usize) -> T {
    T::from_lane(src(srcs, i))
}

/// What a RISC-V scalar helper returns, as a vector-format value.
trait GprResult {
    fn into_value(self) -> Value;
}

impl GprResult for u32 {
    fn into_value(self) -> Value {
        Value::gpr32(self)
    }
}

impl GprResult for u64 {
    fn into_value(self) -> Value {
        Value::gpr64(self)
    }
}

impl<T: GprResult> GprResult for Result<T, Illegal> {
    fn into_value(self) -> Value {
        self.map_or_else(|_| Value::illegal(), GprResult::into_value)
    }
}

/// Source `i` as a 256-bit register (lanes beyond its width read as zero).
fn ymm(srcs: &[Value], i: usize) -> [u128; 2] {
    srcs.get(i).map_or([0; 2], |v| [v.lane(0), v.lane(1)])
}

/// A 256-bit result as a [`Value`].
fn ymm_value(y: [u128; 2]) -> Value {
    Value::from_lanes(&y).unwrap_or(Value::xmm(0))
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
            Width::W128 | Width::X32 | Width::X64 | Width::Illegal | Width::Sve(_) => {
                Lanes::One([v.lane(0)])
            }
            Width::W256 => Lanes::Two(core::array::from_fn(|i| v.lane(i))),
            Width::W512 | Width::W1024 => Lanes::Four(core::array::from_fn(|i| v.lane(i))),
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

/// An SVE op at the segment count of its first source (a missing or narrower
/// source reads as zero segments); a first source that is not an SVE value
/// counts as one segment.
fn sve(
    srcs: &[Value],
    f: impl Fn(&[u128], &[u128], &mut [u128]) -> Result<(), crate::arm::sve::SegmentMismatch>,
) -> Value {
    use crate::arm::sve::MAX_SEGMENTS;
    let n = srcs
        .first()
        .map_or(1, |v| v.width().lanes())
        .clamp(1, MAX_SEGMENTS);
    let seg = |i: usize| -> [u128; MAX_SEGMENTS] {
        core::array::from_fn(|s| srcs.get(i).map_or(0, |v| v.lane(s)))
    };
    let (a, b) = (seg(0), seg(1));
    let mut out = [0u128; MAX_SEGMENTS];
    match f(&a[..n], &b[..n], &mut out[..n]) {
        Ok(()) => Value::sve(&out[..n]).unwrap_or(Value::xmm(0)),
        Err(_) => Value::xmm(0),
    }
}

/// The `key=value` options of a RISC-V vector line ([`Shape::V`]), each
/// optional: `sew=` (default: 64 for `vclmul`/`vclmulh`, which allow only 64,
/// else 32), `vl=` (default VLMAX for the group width and SEW) and `vstart=`
/// (default 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct VOptions {
    /// `sew=`, in bits as written (a width other than 8, 16, 32, 64, or one the
    /// op does not allow, is a reserved configuration: `illegal`).
    pub sew: Option<u32>,
    /// `vl=`, in elements.
    pub vl: Option<u32>,
    /// `vstart=`, in elements.
    pub vstart: Option<u32>,
}

impl VOptions {
    /// No option given: every default.
    pub const DEFAULT: VOptions = VOptions {
        sew: None,
        vl: None,
        vstart: None,
    };

    /// Whether no option is given.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.sew.is_none() && self.vl.is_none() && self.vstart.is_none()
    }
}

/// The SEW a vector op runs at without `sew=`: the only one `vclmul` and
/// `vclmulh` allow (64), else 32 (allowed by every other op).
#[must_use]
pub const fn default_sew(op: VOp) -> Sew {
    if op.allows(Sew::E32) {
        Sew::E32
    } else {
        Sew::E64
    }
}

/// The 64-bit `rs1` value [`VInsn`] takes for the XLEN register in the low
/// bits of `lane`: on RV64 those 64 bits; on RV32 the low 32 bits
/// sign-extended. The executor reads the low SEW bits of it, so this is the V
/// extension's rule for a scalar operand: "If XLEN > SEW, the least-significant
/// SEW bits of the x register are used; if XLEN < SEW, the value from the x
/// register is sign-extended to SEW bits" (V 1.0, "Vector Arithmetic
/// Instruction encoding"; the Sail model's `get_scalar`, which every Zvbb/Zvbc `.vx` form uses: `vandn.vx`,
/// `vclmul.vx`, `vclmulh.vx` at SEW 64 on RV32 see the sign-extended value;
/// the rotate and `vwsll` amounts read only low bits).
#[must_use]
pub const fn xlen_rs1(arch: Arch, lane: u128) -> u64 {
    match arch {
        Arch::Rv32 => lane as u32 as i32 as i64 as u64,
        _ => lane as u64,
    }
}

/// The registers the operands are placed in (as the QEMU oracle does): `vd`
/// at v8, `vs2` at v16, `vs1` at v24, aligned for every LMUL up to 8.
const V_VD: u8 = 8;
const V_VS2: u8 = 16;
const V_VS1: u8 = 24;
/// VLEN of the vector format, in bits.
const V_VLEN: usize = 128;

/// Runs a RISC-V vector op on a VLEN = 128 register file holding the
/// sources: `vd`'s width gives LMUL (`vwsll`: half of it), a `.vs` form's
/// `vs2` is its first 16 bytes, `rs1` the low XLEN bits of lane 0 (`arch`:
/// [`Arch::Rv32`] or [`Arch::Rv64`]; see [`xlen_rs1`]). A `vd` whose width
/// gives no LMUL from 1 to 8 (a 128-bit `vwsll` destination) is `illegal`
/// (fractional LMUL is not in the vector format).
fn v_execute<B: Backend>(
    backend: B,
    arch: Arch,
    op: VOp,
    imm: u8,
    srcs: &[Value],
    o: &VOptions,
) -> Value {
    let zero = Value::xmm(0);
    let vd = srcs.first().copied().unwrap_or(zero);
    let vs2 = srcs.get(1).copied().unwrap_or(zero);
    let third = srcs.get(2).copied().unwrap_or(zero);
    let d_regs = vd.width().lanes();
    let regs = if op.is_widening() { d_regs / 2 } else { d_regs };
    if regs == 0 {
        return Value::illegal();
    }
    let Some(lmul) = Lmul::from_log2(regs.trailing_zeros() as i32) else {
        return Value::illegal();
    };
    let sew = match o.sew {
        None => default_sew(op),
        Some(bits) => match Sew::from_bits(bits) {
            Some(s) => s,
            None => return Value::illegal(),
        },
    };
    let mut cfg = VConfig::vlmax(sew, lmul, V_VLEN);
    if let Some(vl) = o.vl {
        cfg.vl = vl as usize;
    }
    cfg.vstart = o.vstart.unwrap_or(0) as usize;
    let vlenb = V_VLEN / 8;
    let mut file = [0u8; 32 * V_VLEN / 8];
    let mut put = |reg: u8, v: &Value, n: usize| {
        let at = usize::from(reg) * vlenb;
        for (k, lane) in v.lanes().iter().take(n).enumerate() {
            file[at + 16 * k..at + 16 * k + 16].copy_from_slice(&crate::reg::to_bytes(*lane));
        }
    };
    put(V_VD, &vd, d_regs);
    let s_regs = if op.is_vs() { 1 } else { regs };
    put(V_VS2, &vs2, s_regs);
    let mut rs1 = 0;
    if op.reads_vs1() {
        put(V_VS1, &third, regs);
    } else if op.reads_rs1() {
        rs1 = xlen_rs1(arch, third.lane(0));
    }
    let insn = VInsn {
        op,
        vd: V_VD,
        vs2: V_VS2,
        vs1: V_VS1,
        rs1,
        imm,
    };
    if Rvv(backend).execute(&mut file, V_VLEN, insn, cfg).is_err() {
        return Value::illegal();
    }
    let at = usize::from(V_VD) * vlenb;
    let mut lanes = [0u128; MAX_LANES];
    for (k, lane) in lanes.iter_mut().take(d_regs).enumerate() {
        let mut b = [0u8; 16];
        b.copy_from_slice(&file[at + 16 * k..at + 16 * k + 16]);
        *lane = crate::reg::from_bytes(b);
    }
    Value::from_lanes(&lanes[..d_regs]).unwrap_or(Value::illegal())
}
