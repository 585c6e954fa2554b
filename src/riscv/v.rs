//! A vector register-file executor for the RISC-V vector cryptography
//! instructions (Zvbb, Zvkb, Zvbc, Zvkg, Zvkned, Zvknha/b, Zvksed, Zvksh):
//! [`execute`] applies one instruction to a whole vector register file under
//! a `vtype`/`vl`/`vstart` configuration, with the element-group rules of
//! the RISC-V Cryptography Extensions Volume II v1.0 and the V extension
//! v1.0 rules for masks, tails, prestart elements and register groups.
//!
//! # Register file
//! `vregs` is the whole file: 32 registers of VLEN/8 bytes each, register
//! `n` at bytes `n·VLEN/8 ..`, element 0 of a register at its lowest address
//! and every element little-endian (what `vse8.v` of the register stores).
//! `v0` holds the mask (bit `i` = bit `i % 8` of byte `i / 8`). VLEN is a
//! power of two from 128 to 65536.
//!
//! # What it does
//! - Body elements (`vstart <= i < vl`, element groups likewise) are written;
//!   with `vm = false`, only those whose mask bit is 1 (the Zvk element-group
//!   instructions are not maskable: `vm = false` is [`Illegal::Unmaskable`]).
//! - Prestart elements (`i < vstart`) are undisturbed. With `vstart >= vl`
//!   nothing is written.
//! - Tail and masked-off elements are left undisturbed under both policies:
//!   the V specification allows an agnostic element to keep its value, and
//!   QEMU does so by default (`rvv_ta_all_1s`/`rvv_ma_all_1s` off). `vta` and
//!   `vma` are accepted and recorded but do not change the result.
//! - On `Ok`, the caller sets `vstart` to 0 (as every vector instruction does
//!   on completion) and retires the instruction; on `Err`, the register file
//!   is unchanged and the emulator raises illegal-instruction.
//!
//! # Reserved configurations ([`Illegal`])
//! Checked before anything is written: a SEW the instruction does not allow,
//! a fractional LMUL below SEW/ELEN (ELEN = 64), `vl > VLMAX`, register
//! groups not aligned to their EMUL, `vm = false` with the destination group
//! holding `v0`; for the element-group instructions `vl` or `vstart` not a
//! multiple of EGS, EGW > VLEN x LMUL, and the overlaps the specification
//! reserves: `.vs` forms (`vd` group vs the `vs2` register), `vsha2*` (`vd`
//! vs `vs1` and `vs2`), `vsm3me`/`vsm3c` (`vd` vs `vs2`). `vwsll` (EEW 2·SEW)
//! reserves SEW 64 and LMUL 8, and a destination overlapping a source except
//! as the source being the highest-numbered half of the destination group at
//! LMUL >= 1.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::reg;
//! use crypto_insn::riscv::v::{self, Lmul, Sew, VConfig, VInsn, VOp};
//! const VLEN: usize = 128;
//! let mut vregs = [0u8; 32 * VLEN / 8]; // v0 .. v31, 16 bytes each
//! let mut load = |n: usize, hex: &str| reg::parse_mem_bytes(hex, &mut vregs[16 * n..16 * n + 16]);
//! // FIPS-197 Appendix B: the state at the start of round 1 (v1, as vle8.v
//! // loads it) and round key 1 (v2).
//! load(1, "193de3bea0f4e22b9ac68d2ae9f84808").unwrap();
//! load(2, "a0fafe1788542cb123a339392a6c7605").unwrap();
//! // vsetivli zero, 4, e32, m1; vaesem.vv v1, v2
//! let cfg = VConfig::vlmax(Sew::E32, Lmul::M1, VLEN);
//! v::execute(&mut vregs, VLEN, VInsn::new(VOp::VaesemVv, 1, 2, 0), cfg).unwrap();
//! // The state at the start of round 2.
//! let mut want = [0u8; 16];
//! reg::parse_mem_bytes("a49c7ff2689f352b6b5bea43026a5049", &mut want).unwrap();
//! assert_eq!(vregs[16..32], want);
//! // SEW = 64 is reserved for vaesem: an error, the file untouched.
//! let cfg64 = VConfig::vlmax(Sew::E64, Lmul::M1, VLEN);
//! let err = v::execute(&mut vregs, VLEN, VInsn::new(VOp::VaesemVv, 1, 2, 0), cfg64);
//! assert_eq!(err, Err(crypto_insn::riscv::Illegal::Sew));
//! ```

use super::{Illegal, Rvv, zvbb};
use crate::backend::{Auto, Backend, LaneOp, aes_up_to_four};

/// Selected element width.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sew {
    /// 8 bits.
    E8,
    /// 16 bits.
    E16,
    /// 32 bits.
    E32,
    /// 64 bits.
    E64,
}

impl Sew {
    /// The width in bits.
    #[must_use]
    pub const fn bits(self) -> u32 {
        match self {
            Sew::E8 => 8,
            Sew::E16 => 16,
            Sew::E32 => 32,
            Sew::E64 => 64,
        }
    }

    /// The width in bytes.
    #[must_use]
    pub const fn bytes(self) -> usize {
        self.bits() as usize / 8
    }

    /// The low SEW bits set.
    #[must_use]
    pub const fn mask(self) -> u64 {
        u64::MAX >> (64 - self.bits())
    }

    /// The SEW of a width in bits (8, 16, 32, 64).
    #[must_use]
    pub const fn from_bits(bits: u32) -> Option<Sew> {
        match bits {
            8 => Some(Sew::E8),
            16 => Some(Sew::E16),
            32 => Some(Sew::E32),
            64 => Some(Sew::E64),
            _ => None,
        }
    }
}

/// Register group multiplier, including the fractional ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lmul {
    /// 1/8.
    Mf8,
    /// 1/4.
    Mf4,
    /// 1/2.
    Mf2,
    /// 1.
    M1,
    /// 2.
    M2,
    /// 4.
    M4,
    /// 8.
    M8,
}

impl Lmul {
    /// `log2(LMUL)`, -3 to 3.
    #[must_use]
    pub const fn log2(self) -> i32 {
        match self {
            Lmul::Mf8 => -3,
            Lmul::Mf4 => -2,
            Lmul::Mf2 => -1,
            Lmul::M1 => 0,
            Lmul::M2 => 1,
            Lmul::M4 => 2,
            Lmul::M8 => 3,
        }
    }

    /// The LMUL of `log2(LMUL)` (-3 to 3).
    #[must_use]
    pub const fn from_log2(l: i32) -> Option<Lmul> {
        Some(match l {
            -3 => Lmul::Mf8,
            -2 => Lmul::Mf4,
            -1 => Lmul::Mf2,
            0 => Lmul::M1,
            1 => Lmul::M2,
            2 => Lmul::M4,
            3 => Lmul::M8,
            _ => return None,
        })
    }

    /// How many registers a group occupies (1 for fractional LMUL).
    #[must_use]
    pub const fn registers(self) -> usize {
        if self.log2() > 0 { 1 << self.log2() } else { 1 }
    }

    /// `VLEN x LMUL` in bits.
    #[must_use]
    pub const fn group_bits(self, vlen_bits: usize) -> usize {
        (vlen_bits << (self.log2() + 3)) >> 3
    }
}

/// The vector configuration an instruction executes under (`vtype`, `vl`,
/// `vstart` and the instruction's `vm` bit).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct VConfig {
    /// `vtype.vsew`.
    pub sew: Sew,
    /// `vtype.vlmul`.
    pub lmul: Lmul,
    /// `vl`, in SEW elements.
    pub vl: usize,
    /// `vstart`, in SEW elements.
    pub vstart: usize,
    /// `vtype.vta` (tail agnostic); treated as undisturbed, see the module docs.
    pub vta: bool,
    /// `vtype.vma` (mask agnostic); treated as undisturbed.
    pub vma: bool,
    /// The instruction's `vm` bit: `true` = unmasked, `false` = masked by `v0.t`.
    pub vm: bool,
}

impl VConfig {
    /// An unmasked configuration with `vl = VLMAX` for `vlen_bits`, `vstart =
    /// 0`, tail and mask undisturbed.
    #[must_use]
    pub const fn vlmax(sew: Sew, lmul: Lmul, vlen_bits: usize) -> VConfig {
        VConfig {
            sew,
            lmul,
            vl: lmul.group_bits(vlen_bits) / sew.bits() as usize,
            vstart: 0,
            vta: false,
            vma: false,
            vm: true,
        }
    }
}

macro_rules! vops {
    ($($Var:ident $mn:literal $kind:ident,)*) => {
        /// A vector cryptography instruction with its form (`.vv`, `.vx`,
        /// `.vi`, `.vs`, `.v`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum VOp {
            $(#[doc = concat!("`", $mn, "`.")] $Var,)*
        }

        impl VOp {
            /// Every op, in the specification's extension order.
            pub const ALL: &'static [VOp] = &[$(VOp::$Var,)*];

            /// The mnemonic with its form suffix (`vaesem.vv`).
            #[must_use]
            pub const fn mnemonic(self) -> &'static str {
                match self { $(VOp::$Var => $mn,)* }
            }

            /// The op of a mnemonic with its form suffix (ASCII case-insensitive).
            #[must_use]
            pub fn from_mnemonic(m: &str) -> Option<VOp> {
                VOp::ALL.iter().copied().find(|o| o.mnemonic().eq_ignore_ascii_case(m))
            }

            const fn kind(self) -> Kind {
                match self { $(VOp::$Var => Kind::$kind,)* }
            }
        }
    };
}

/// How an op reads its operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Per element, `vs2` and `vs1`.
    Vv,
    /// Per element, `vs2` and `rs1`.
    Vx,
    /// Per element, `vs2` and the immediate.
    Vi,
    /// Per element, `vs2` only.
    V,
    /// Widening per element (`vwsll`), with `vs1` / `rs1` / imm.
    Wvv,
    /// See [`Kind::Wvv`].
    Wvx,
    /// See [`Kind::Wvv`].
    Wvi,
    /// Element group, `vd`, `vs2` (and `vs1`) of the same index.
    Gvv,
    /// Element group, `vd` and `vs2`'s group 0.
    Gvs,
    /// Element group with an immediate.
    Gvi,
}

vops! {
    VandnVv "vandn.vv" Vv,
    VandnVx "vandn.vx" Vx,
    Vbrev8V "vbrev8.v" V,
    Vrev8V "vrev8.v" V,
    VrolVv "vrol.vv" Vv,
    VrolVx "vrol.vx" Vx,
    VrorVv "vror.vv" Vv,
    VrorVx "vror.vx" Vx,
    VrorVi "vror.vi" Vi,
    VbrevV "vbrev.v" V,
    VclzV "vclz.v" V,
    VctzV "vctz.v" V,
    VcpopV "vcpop.v" V,
    VwsllVv "vwsll.vv" Wvv,
    VwsllVx "vwsll.vx" Wvx,
    VwsllVi "vwsll.vi" Wvi,
    VclmulVv "vclmul.vv" Vv,
    VclmulVx "vclmul.vx" Vx,
    VclmulhVv "vclmulh.vv" Vv,
    VclmulhVx "vclmulh.vx" Vx,
    VghshVv "vghsh.vv" Gvv,
    VgmulVv "vgmul.vv" Gvv,
    VaesefVv "vaesef.vv" Gvv,
    VaesefVs "vaesef.vs" Gvs,
    VaesemVv "vaesem.vv" Gvv,
    VaesemVs "vaesem.vs" Gvs,
    VaesdfVv "vaesdf.vv" Gvv,
    VaesdfVs "vaesdf.vs" Gvs,
    VaesdmVv "vaesdm.vv" Gvv,
    VaesdmVs "vaesdm.vs" Gvs,
    Vaeskf1Vi "vaeskf1.vi" Gvi,
    Vaeskf2Vi "vaeskf2.vi" Gvi,
    VaeszVs "vaesz.vs" Gvs,
    Vsha2msVv "vsha2ms.vv" Gvv,
    Vsha2chVv "vsha2ch.vv" Gvv,
    Vsha2clVv "vsha2cl.vv" Gvv,
    Vsm4kVi "vsm4k.vi" Gvi,
    Vsm4rVv "vsm4r.vv" Gvv,
    Vsm4rVs "vsm4r.vs" Gvs,
    Vsm3meVv "vsm3me.vv" Gvv,
    Vsm3cVi "vsm3c.vi" Gvi,
}

impl VOp {
    /// Whether `sew` is allowed (others are reserved).
    #[must_use]
    pub const fn allows(self, sew: Sew) -> bool {
        use VOp::*;
        match self {
            VclmulVv | VclmulVx | VclmulhVv | VclmulhVx => matches!(sew, Sew::E64),
            VwsllVv | VwsllVx | VwsllVi => !matches!(sew, Sew::E64),
            Vsha2msVv | Vsha2chVv | Vsha2clVv => matches!(sew, Sew::E32 | Sew::E64),
            _ if self.is_group() => matches!(sew, Sew::E32),
            _ => true,
        }
    }

    /// Whether the op works on element groups (the Zvk instructions; not
    /// maskable) rather than single elements (Zvbb, Zvkb, Zvbc; maskable).
    #[must_use]
    pub const fn is_group(self) -> bool {
        matches!(self.kind(), Kind::Gvv | Kind::Gvs | Kind::Gvi)
    }

    /// Whether the op reads `vs1` (the `.vv` forms with two sources).
    #[must_use]
    pub const fn reads_vs1(self) -> bool {
        match self.kind() {
            Kind::Vv | Kind::Wvv => true,
            Kind::Gvv => matches!(
                self,
                VOp::VghshVv | VOp::Vsha2msVv | VOp::Vsha2chVv | VOp::Vsha2clVv | VOp::Vsm3meVv
            ),
            _ => false,
        }
    }

    /// Whether the op reads the scalar `rs1` (the `.vx` forms).
    #[must_use]
    pub const fn reads_rs1(self) -> bool {
        matches!(self.kind(), Kind::Vx | Kind::Wvx)
    }

    /// Whether the op has an immediate (the `.vi` forms).
    #[must_use]
    pub const fn has_imm(self) -> bool {
        matches!(self.kind(), Kind::Vi | Kind::Wvi | Kind::Gvi)
    }

    /// The largest immediate: 63 for `vror.vi` (6 bits), 31 otherwise.
    #[must_use]
    pub const fn imm_max(self) -> u8 {
        if matches!(self, VOp::VrorVi) { 63 } else { 31 }
    }

    /// Whether `vs2` is a single element group (the `.vs` forms).
    #[must_use]
    pub const fn is_vs(self) -> bool {
        matches!(self.kind(), Kind::Gvs)
    }

    /// Whether the destination has EEW 2·SEW (`vwsll`).
    #[must_use]
    pub const fn is_widening(self) -> bool {
        matches!(self.kind(), Kind::Wvv | Kind::Wvx | Kind::Wvi)
    }

    /// Element group size EGS for `sew` (0 for element-wise ops).
    #[must_use]
    pub const fn egs(self) -> usize {
        if !self.is_group() {
            0
        } else if matches!(self, VOp::Vsm3meVv | VOp::Vsm3cVi) {
            8
        } else {
            4
        }
    }

    /// Element group width EGW in bits at `sew` (0 for element-wise ops).
    #[must_use]
    pub const fn egw(self, sew: Sew) -> usize {
        self.egs() * sew.bits() as usize
    }

    /// The register overlaps the specification reserves for `vd`: (`vs2`,
    /// `vs1`) as registers it must not share with the `vd` group.
    const fn no_overlap(self) -> (bool, bool) {
        match self {
            VOp::Vsha2msVv | VOp::Vsha2chVv | VOp::Vsha2clVv => (true, true),
            VOp::Vsm3meVv | VOp::Vsm3cVi => (true, false),
            _ => (self.is_vs(), false),
        }
    }
}

impl core::fmt::Display for VOp {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.mnemonic())
    }
}

/// One vector instruction: the op and its operand fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct VInsn {
    /// The operation.
    pub op: VOp,
    /// Destination register number (0-31).
    pub vd: u8,
    /// `vs1` register number (ignored unless [`VOp::reads_vs1`]).
    pub vs1: u8,
    /// `vs2` register number.
    pub vs2: u8,
    /// The XLEN value of `rs1` as 64 bits (`.vx` forms read its low SEW bits).
    /// RV32 callers pass the 32-bit register sign-extended: the low SEW bits
    /// are then the register's own at SEW <= 32 and its sign extension at SEW
    /// 64, the V extension's rule for a scalar operand when XLEN < SEW (see
    /// [`crate::vector::table::xlen_rs1`]).
    pub rs1: u64,
    /// The immediate (`.vi` forms: 5 bits, `vror.vi` 6 bits).
    pub imm: u8,
}

impl VInsn {
    /// An instruction with every field zero but the op and `vd`, `vs2`, `vs1`.
    #[must_use]
    pub const fn new(op: VOp, vd: u8, vs2: u8, vs1: u8) -> VInsn {
        VInsn {
            op,
            vd,
            vs1,
            vs2,
            rs1: 0,
            imm: 0,
        }
    }
}

/// Executes `insn` on the register file `vregs` (32 x `vlen_bits`/8 bytes) on
/// the [`Auto`] backend; see the module docs.
///
/// # Errors
/// The [`Illegal`] rule the configuration or encoding breaks; `vregs` is then
/// unchanged.
pub fn execute(
    vregs: &mut [u8],
    vlen_bits: usize,
    insn: VInsn,
    cfg: VConfig,
) -> Result<(), Illegal> {
    Rvv(Auto).execute(vregs, vlen_bits, insn, cfg)
}

/// Whether register ranges `[a, a + na)` and `[b, b + nb)` share a register.
const fn overlaps(a: usize, na: usize, b: usize, nb: usize) -> bool {
    a < b + nb && b < a + na
}

/// The VAES round an element-group AES instruction runs on each group:
/// `vaesem` is AESENC's order, `vaesef` AESENCLAST's, `vaesdf` AESDECLAST's,
/// and `vaesdm` AESDECLAST's followed by InvMixColumns; `None` for the others.
const fn aes_lane_op(op: VOp) -> Option<LaneOp> {
    use VOp::*;
    match op {
        VaesemVv | VaesemVs => Some(LaneOp::Enc),
        VaesefVv | VaesefVs => Some(LaneOp::EncLast),
        VaesdfVv | VaesdfVs | VaesdmVv | VaesdmVs => Some(LaneOp::DecLast),
        _ => None,
    }
}

/// Reads `N` bytes at `at`.
fn bytes<const N: usize>(vregs: &[u8], at: usize) -> [u8; N] {
    let mut b = [0u8; N];
    b.copy_from_slice(&vregs[at..at + N]);
    b
}

fn read_elem(vregs: &[u8], at: usize, width: usize) -> u64 {
    let mut b = [0u8; 8];
    b[..width].copy_from_slice(&vregs[at..at + width]);
    u64::from_le_bytes(b)
}

fn write_elem(vregs: &mut [u8], at: usize, width: usize, v: u64) {
    vregs[at..at + width].copy_from_slice(&v.to_le_bytes()[..width]);
}

fn words32<const N: usize>(b: &[u8]) -> [u32; N] {
    core::array::from_fn(|j| {
        u32::from_le_bytes([b[4 * j], b[4 * j + 1], b[4 * j + 2], b[4 * j + 3]])
    })
}

fn words64(b: &[u8]) -> [u64; 4] {
    core::array::from_fn(|j| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[8 * j..8 * j + 8]);
        u64::from_le_bytes(w)
    })
}

impl<B: Backend> Rvv<B> {
    /// Checks every rule before anything is written.
    fn check(
        self,
        vregs: &[u8],
        vlen_bits: usize,
        insn: &VInsn,
        cfg: &VConfig,
    ) -> Result<(), Illegal> {
        let op = insn.op;
        if !vlen_bits.is_power_of_two()
            || !(128..=65536).contains(&vlen_bits)
            || vregs.len() != 32 * vlen_bits / 8
        {
            return Err(Illegal::RegisterFile);
        }
        if insn.vd > 31 || insn.vs1 > 31 || insn.vs2 > 31 {
            return Err(Illegal::Register);
        }
        if op.has_imm() && insn.imm > op.imm_max() {
            return Err(Illegal::Immediate {
                value: insn.imm,
                max: op.imm_max(),
            });
        }
        if !op.allows(cfg.sew) {
            return Err(Illegal::Sew);
        }
        // vtype: SEW <= LMUL x ELEN (ELEN = 64), else vill.
        let l = cfg.lmul.log2();
        if l < 0 && (cfg.sew.bits() << (-l)) > 64 {
            return Err(Illegal::Lmul);
        }
        if op.is_widening() && l == 3 {
            return Err(Illegal::Lmul);
        }
        let vlmax = cfg.lmul.group_bits(vlen_bits) / cfg.sew.bits() as usize;
        if cfg.vl > vlmax {
            return Err(Illegal::VlTooLarge);
        }
        let regs = cfg.lmul.registers();
        let (vd, vs1, vs2) = (
            usize::from(insn.vd),
            usize::from(insn.vs1),
            usize::from(insn.vs2),
        );
        let dregs = if op.is_widening() {
            Lmul::from_log2(l + 1).map_or(8, Lmul::registers)
        } else {
            regs
        };
        if vd % dregs != 0 || (!op.is_vs() && vs2 % regs != 0) {
            return Err(Illegal::Alignment);
        }
        if op.reads_vs1() && vs1 % regs != 0 {
            return Err(Illegal::Alignment);
        }
        if op.is_group() {
            if !cfg.vm {
                return Err(Illegal::Unmaskable);
            }
            let egs = op.egs();
            if cfg.vl % egs != 0 {
                return Err(Illegal::VlNotGroupMultiple);
            }
            if cfg.vstart % egs != 0 {
                return Err(Illegal::VstartNotGroupMultiple);
            }
            let egw = op.egw(cfg.sew);
            if egw > cfg.lmul.group_bits(vlen_bits) {
                return Err(Illegal::GroupWidth);
            }
            let (n2, n1) = op.no_overlap();
            let vs2_regs = if op.is_vs() {
                egw.div_ceil(vlen_bits)
            } else {
                regs
            };
            if (n2 && overlaps(vd, regs, vs2, vs2_regs)) || (n1 && overlaps(vd, regs, vs1, regs)) {
                return Err(Illegal::Overlap);
            }
        } else {
            if !cfg.vm && vd == 0 {
                return Err(Illegal::Overlap);
            }
            if op.is_widening() {
                // A source may only be the highest-numbered half of the
                // destination group, and only at source LMUL >= 1.
                let ok = |s: usize| !overlaps(vd, dregs, s, regs) || (l >= 0 && s == vd + regs);
                if !ok(vs2) || (op.reads_vs1() && !ok(vs1)) {
                    return Err(Illegal::Overlap);
                }
            }
        }
        Ok(())
    }

    /// [`execute`] on this backend.
    ///
    /// # Errors
    /// See [`execute`].
    pub fn execute(
        self,
        vregs: &mut [u8],
        vlen_bits: usize,
        insn: VInsn,
        cfg: VConfig,
    ) -> Result<(), Illegal> {
        self.check(vregs, vlen_bits, &insn, &cfg)?;
        let vlenb = vlen_bits / 8;
        let (vd, vs1, vs2) = (
            usize::from(insn.vd) * vlenb,
            usize::from(insn.vs1) * vlenb,
            usize::from(insn.vs2) * vlenb,
        );
        if insn.op.is_group() {
            self.groups(vregs, insn, &cfg, vd, vs2, vs1)
        } else {
            self.elements(vregs, insn, &cfg, vd, vs2, vs1);
            Ok(())
        }
    }

    fn elements(
        self,
        vregs: &mut [u8],
        insn: VInsn,
        cfg: &VConfig,
        vd: usize,
        vs2: usize,
        vs1: usize,
    ) {
        use VOp::*;
        let sew = cfg.sew;
        let w = sew.bytes();
        let dw = if insn.op.is_widening() { 2 * w } else { w };
        for i in cfg.vstart..cfg.vl {
            if !cfg.vm && (vregs[i / 8] >> (i % 8)) & 1 == 0 {
                continue;
            }
            let a = read_elem(vregs, vs2 + i * w, w);
            let b = match insn.op.kind() {
                Kind::Vv | Kind::Wvv => read_elem(vregs, vs1 + i * w, w),
                Kind::Vx | Kind::Wvx => insn.rs1 & sew.mask(),
                _ => u64::from(insn.imm),
            };
            let r = match insn.op {
                VandnVv | VandnVx => zvbb::vandn(sew, a, b),
                Vbrev8V => zvbb::vbrev8(sew, a),
                Vrev8V => zvbb::vrev8(sew, a),
                VrolVv | VrolVx => zvbb::vrol(sew, a, b),
                VrorVv | VrorVx | VrorVi => zvbb::vror(sew, a, b),
                VbrevV => zvbb::vbrev(sew, a),
                VclzV => zvbb::vclz(sew, a),
                VctzV => zvbb::vctz(sew, a),
                VcpopV => zvbb::vcpop(sew, a),
                VwsllVv | VwsllVx | VwsllVi => zvbb::vwsll(sew, a, b),
                VclmulVv | VclmulVx => self.vclmul(a, b),
                VclmulhVv | VclmulhVx => self.vclmulh(a, b),
                // Group ops never get here (`execute` dispatches on is_group).
                _ => a,
            };
            write_elem(vregs, vd + i * dw, dw, r);
        }
    }

    fn groups(
        self,
        vregs: &mut [u8],
        insn: VInsn,
        cfg: &VConfig,
        vd: usize,
        vs2: usize,
        vs1: usize,
    ) -> Result<(), Illegal> {
        use VOp::*;
        let egs = insn.op.egs();
        let gb = insn.op.egw(cfg.sew) / 8;
        let (first, end) = (cfg.vstart / egs, cfg.vl / egs);
        if let Some(op) = aes_lane_op(insn.op) {
            // The AES rounds, four element groups per backend call: `ct`
            // evaluates its S-box circuit once for four states. `vd`'s groups
            // are the states, `vs2`'s the round keys (its group 0 for every
            // state in the `.vs` forms); `vaesdm` is InvMixColumns after the
            // last-round form on each state (the Zvkned pseudocode's order).
            let inverse_mix = matches!(insn.op, VaesdmVv | VaesdmVs);
            let mut g = first;
            while g < end {
                let n = (end - g).min(4);
                let state_at = |i: usize| vd + (g + i) * gb;
                let key_at = |i: usize| {
                    if insn.op.is_vs() {
                        vs2
                    } else {
                        vs2 + (g + i) * gb
                    }
                };
                let read = |at: usize| u128::from_le_bytes(bytes(vregs, at));
                let out = aes_up_to_four(self.0, op, n, |i| read(state_at(i)), |i| read(key_at(i)));
                for (i, r) in out.into_iter().take(n).enumerate() {
                    let r = if inverse_mix { self.0.imc(r) } else { r };
                    vregs[state_at(i)..state_at(i) + 16].copy_from_slice(&r.to_le_bytes());
                }
                g += n;
            }
            return Ok(());
        }
        for g in first..end {
            let d = vd + g * gb;
            let s2 = if insn.op.is_vs() { vs2 } else { vs2 + g * gb };
            let s1 = vs1 + g * gb;
            if gb == 32 {
                if matches!(insn.op, Vsm3meVv | Vsm3cVi) {
                    let x: [u32; 8] = words32(&vregs[d..d + 32]);
                    let y: [u32; 8] = words32(&vregs[s2..s2 + 32]);
                    let r = if insn.op == Vsm3cVi {
                        super::zvksh::vsm3c(x, y, insn.imm)?
                    } else {
                        super::zvksh::vsm3me(y, words32(&vregs[s1..s1 + 32]))
                    };
                    for (j, v) in r.iter().enumerate() {
                        vregs[d + 4 * j..d + 4 * j + 4].copy_from_slice(&v.to_le_bytes());
                    }
                } else {
                    let x = words64(&vregs[d..d + 32]);
                    let y = words64(&vregs[s2..s2 + 32]);
                    let z = words64(&vregs[s1..s1 + 32]);
                    let r = match insn.op {
                        Vsha2msVv => super::zvknh::vsha2ms_e64(x, y, z),
                        Vsha2chVv => super::zvknh::vsha2ch_e64(x, y, z),
                        _ => super::zvknh::vsha2cl_e64(x, y, z),
                    };
                    for (j, v) in r.iter().enumerate() {
                        vregs[d + 8 * j..d + 8 * j + 8].copy_from_slice(&v.to_le_bytes());
                    }
                }
                continue;
            }
            let x = u128::from_le_bytes(bytes(vregs, d));
            let y = u128::from_le_bytes(bytes(vregs, s2));
            let z = if insn.op.reads_vs1() {
                u128::from_le_bytes(bytes(vregs, s1))
            } else {
                0
            };
            let r = match insn.op {
                VghshVv => self.vghsh(x, y, z),
                VgmulVv => self.vgmul(x, y),
                // The AES rounds took the batched path above.
                Vaeskf1Vi => self.vaeskf1(y, insn.imm)?,
                Vaeskf2Vi => self.vaeskf2(x, y, insn.imm)?,
                VaeszVs => super::zvkned::vaesz(x, y),
                Vsha2msVv => super::zvknh::vsha2ms_e32(x, y, z),
                Vsha2chVv => super::zvknh::vsha2ch_e32(x, y, z),
                Vsha2clVv => super::zvknh::vsha2cl_e32(x, y, z),
                Vsm4kVi => self.vsm4k(y, insn.imm)?,
                _ => self.vsm4r(x, y),
            };
            vregs[d..d + 16].copy_from_slice(&r.to_le_bytes());
        }
        Ok(())
    }
}
