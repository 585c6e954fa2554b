//! RISC-V guest instructions: the scalar cryptography extensions (Zbkb, Zbkc,
//! Zbkx, Zkne, Zknd, Zknh, Zksed, Zksh; RISC-V Cryptography Extensions Volume I,
//! v1.0.1) for RV32 and RV64, and the vector cryptography element-group
//! helpers (Volume II).
//!
//! # Register values
//! A general-purpose register is a `u64` (RV64) or `u32` (RV32) whose bit `i`
//! is bit `i` of `x[n]`; memory byte `i` (what `sd`/`sw` store, little-endian)
//! is bits `8i+7..8i`. The free functions of the extension modules take an
//! explicit [`Xlen`] and `u64` register values: on [`Xlen::X32`] they read the
//! low 32 bits of each source and return a value whose upper 32 bits are zero.
//! Instructions that exist for one XLEN only (`aes64*`, `rolw`, `zip`,
//! `sha512sig0h`, ...) take no `Xlen`: their names or docs fix it, and
//! [`Rv32`] / [`Rv64`] only have the methods of their XLEN, so using one on
//! the other XLEN does not compile (and in the vector format it is an unknown
//! mnemonic).
//!
//! On RV64, a 32-bit operation's result is sign-extended from bit 31 to 64
//! bits (`X(rd) = EXTS(result)` in the specification's pseudocode): `rolw`,
//! `rorw`, `roriw`, `packw`, `sha256*`, `sm3p*`, `sm4*`.
//!
//! # What the emulator still does
//! - Decoding, `x0` as a destination (the write is dropped), and raising the
//!   illegal-instruction exception when the extension is absent
//!   (`misa`/`-march`; Linux `hwprobe` `RISCV_HWPROBE_EXT_ZBKB` etc.) or when
//!   a helper returns [`Illegal`] (a reserved encoding: `aes64ks1i` with
//!   `rnum > 10`, `rori` with `shamt[5] = 1` on RV32).
//!
//! # Choosing a backend
//! The free functions run on [`crate::backend::Auto`]; [`Rv32`] / [`Rv64`]
//! pin one: `Rv64(crypto_insn::backend::Soft).aes64esm(rs1, rs2)`. The AES
//! instructions run on the backend's AES fragments (a native backend uses the
//! host's AES instructions), the carry-less multiplies on
//! [`crate::backend::Backend::clmul`], the SM4 S-box on
//! [`crate::backend::Backend::sbox_affine`].
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::riscv::{Illegal, Rv32, Rv64, Xlen, zknh};
//! // Register text as sd stores it (memory order) -> the register value.
//! let x = |s: &str| u64::from_str_radix(s, 16).unwrap().swap_bytes();
//! let rs1 = x("463b3c1bf3b9afb4");
//! // vectors/riscv-rv64-scalar.txt line 1144: sha256sig0 463b3c1bf3b9afb4 -> d1798081ffffffff
//! // (the 32-bit result sign-extended on RV64).
//! assert_eq!(Rv64(Soft).sha256sig0(rs1), x("d1798081ffffffff"));
//! assert_eq!(zknh::sha256sig0(Xlen::X64, rs1), x("d1798081ffffffff"));
//! // On RV32 the register is the low 32 bits.
//! assert_eq!(Rv32(Soft).sha256sig0(rs1 as u32), 0x8180_79d1);
//! // A reserved encoding is an error for the emulator to raise.
//! assert_eq!(Rv64(Soft).aes64ks1i(0, 11), Err(Illegal::Immediate { value: 11, max: 10 }));
//! ```

use core::fmt;

use crate::backend::Auto;

pub mod zbkb;
pub mod zbkc;
pub mod zbkx;
pub mod zkn_aes;
pub mod zknh;
pub mod zksed;
pub mod zksh;

pub mod v;
pub mod zvbb;
pub mod zvbc;
pub mod zvkg;
pub mod zvkned;
pub mod zvknh;
pub mod zvksed;
pub mod zvksh;

/// The register width a scalar instruction executes at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Xlen {
    /// RV32: 32-bit registers (values are the low 32 bits of a `u64`).
    X32,
    /// RV64: 64-bit registers.
    X64,
}

impl Xlen {
    /// The width in bits (32 or 64).
    #[must_use]
    pub const fn bits(self) -> u32 {
        match self {
            Xlen::X32 => 32,
            Xlen::X64 => 64,
        }
    }

    /// `v` cut to XLEN bits (the upper 32 bits cleared on RV32).
    #[inline]
    #[must_use]
    pub const fn fit(self, v: u64) -> u64 {
        match self {
            Xlen::X32 => v & 0xffff_ffff,
            Xlen::X64 => v,
        }
    }

    /// A 32-bit result written to a register: as is on RV32, sign-extended from
    /// bit 31 on RV64 (`EXTS`).
    #[inline]
    #[must_use]
    pub const fn word(self, v: u32) -> u64 {
        match self {
            Xlen::X32 => v as u64,
            Xlen::X64 => sext32(v),
        }
    }
}

/// `v` sign-extended from bit 31 to 64 bits.
#[inline]
#[must_use]
pub const fn sext32(v: u32) -> u64 {
    v as i32 as i64 as u64
}

/// A reserved encoding: the instruction raises the illegal-instruction
/// exception instead of writing a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Illegal {
    /// An immediate outside the range the instruction defines (`aes64ks1i`
    /// `rnum` 11-15, `rori` `shamt` 32-63 on RV32, a byte select above 3).
    Immediate {
        /// The immediate given.
        value: u8,
        /// The largest valid value.
        max: u8,
    },
    /// A vector register file that is not 32 registers of a valid VLEN (a
    /// power of two from 128 to 65536 bits); an emulator bug, not a guest
    /// encoding.
    RegisterFile,
    /// A register number above 31.
    Register,
    /// A SEW the instruction does not allow (Zvk element-group instructions:
    /// SEW 32, or 32/64 for `vsha2*`; `vclmul*`: 64; `vwsll`: 8-32).
    Sew,
    /// A reserved LMUL: a fractional LMUL below SEW/ELEN (ELEN = 64), or a
    /// widening instruction at LMUL 8.
    Lmul,
    /// `vl` above VLMAX (no `vset{i}vl{i}` produces it).
    VlTooLarge,
    /// `vl` not a multiple of the element group size EGS.
    VlNotGroupMultiple,
    /// `vstart` not a multiple of the element group size EGS.
    VstartNotGroupMultiple,
    /// The element group width EGW is larger than VLEN x LMUL.
    GroupWidth,
    /// A register group number not a multiple of its EMUL.
    Alignment,
    /// A destination register group overlapping a source it must not
    /// overlap (the `.vs` forms' `vs2`, `vsha2*`'s `vs1`/`vs2`, `vsm3*`'s
    /// `vs2`, a widening source outside the highest part of the destination,
    /// `v0` in a masked instruction).
    Overlap,
    /// `vm = 0` (masked) on an instruction that is not maskable (the Zvk
    /// element-group instructions).
    Unmaskable,
}

impl fmt::Display for Illegal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Illegal::Immediate { value, max } => {
                write!(f, "reserved immediate {value} (valid: 0 to {max})")
            }
            Illegal::RegisterFile => {
                f.write_str("register file is not 32 registers of a VLEN from 128 to 65536")
            }
            Illegal::Register => f.write_str("register number above 31"),
            Illegal::Sew => f.write_str("SEW not allowed for this instruction"),
            Illegal::Lmul => f.write_str("reserved LMUL for this SEW or instruction"),
            Illegal::VlTooLarge => f.write_str("vl above VLMAX"),
            Illegal::VlNotGroupMultiple => f.write_str("vl not a multiple of EGS"),
            Illegal::VstartNotGroupMultiple => f.write_str("vstart not a multiple of EGS"),
            Illegal::GroupWidth => f.write_str("EGW larger than VLEN x LMUL"),
            Illegal::Alignment => f.write_str("register group not aligned to its EMUL"),
            Illegal::Overlap => f.write_str("forbidden register group overlap"),
            Illegal::Unmaskable => f.write_str("vm = 0 on an instruction that is not maskable"),
        }
    }
}

/// Checks an immediate against its range.
#[inline]
pub(crate) const fn imm(value: u8, max: u8) -> Result<u8, Illegal> {
    if value <= max {
        Ok(value)
    } else {
        Err(Illegal::Immediate { value, max })
    }
}

/// The RV32 helpers on a chosen backend: `Rv32(backend).aes32esmi(rs1, rs2, bs)`.
///
/// Registers are `u32`. Only instructions that exist on RV32 are methods.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Rv32<B = Auto>(pub B);

/// The RV64 helpers on a chosen backend: `Rv64(backend).aes64esm(rs1, rs2)`.
///
/// Registers are `u64`. Only instructions that exist on RV64 are methods.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Rv64<B = Auto>(pub B);

/// The vector helpers (Volume II, both XLENs) on a chosen backend:
/// `Rvv(crypto_insn::backend::Soft).vaesem(vd, vs2)`; the free functions of
/// [`zvkned`], [`zvkg`], ... and [`v::execute`] run on [`Auto`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Rvv<B = Auto>(pub B);

/// Defines `Rv32`/`Rv64` methods that forward to an XLEN-generic function
/// `imp::name(backend, xlen, rs..., imm)` of the calling module (u32/u64
/// conversions at the boundary; an immediate after `;` is a `u8`).
macro_rules! forward {
    ($(#[$doc:meta])* $name:ident ($($a:ident),* $(; $i:ident)?) $(-> $res:ident)?) => {
        impl<B: $crate::backend::Backend> $crate::riscv::Rv32<B> {
            $(#[$doc])*
            #[inline]
            #[must_use]
            #[allow(clippy::double_must_use)]
            pub fn $name(self, $($a: u32,)* $($i: u8)?) -> forward!(@ty32 $($res)?) {
                let r = imp::$name(self.0, $crate::riscv::Xlen::X32, $(u64::from($a),)* $($i)?);
                forward!(@ret32 r $($res)?)
            }
        }
        impl<B: $crate::backend::Backend> $crate::riscv::Rv64<B> {
            $(#[$doc])*
            #[inline]
            #[must_use]
            #[allow(clippy::double_must_use)]
            pub fn $name(self, $($a: u64,)* $($i: u8)?) -> forward!(@ty64 $($res)?) {
                imp::$name(self.0, $crate::riscv::Xlen::X64, $($a,)* $($i)?)
            }
        }
    };
    (@ty32) => { u32 };
    (@ty64) => { u64 };
    (@ty32 Result) => { Result<u32, $crate::riscv::Illegal> };
    (@ty64 Result) => { Result<u64, $crate::riscv::Illegal> };
    // The helpers clear the upper half on RV32: the cast keeps every bit.
    (@ret32 $r:ident) => { $r as u32 };
    (@ret32 $r:ident Result) => { $r.map(|v| v as u32) };
}
pub(crate) use forward;

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::ToString;

    /// Every reason has its own message (the CLI and the C ABI show it), and
    /// the immediate's names the value and the range.
    #[test]
    fn illegal_reasons_have_distinct_messages() {
        let all = [
            Illegal::Immediate { value: 14, max: 10 },
            Illegal::RegisterFile,
            Illegal::Register,
            Illegal::Sew,
            Illegal::Lmul,
            Illegal::VlTooLarge,
            Illegal::VlNotGroupMultiple,
            Illegal::VstartNotGroupMultiple,
            Illegal::GroupWidth,
            Illegal::Alignment,
            Illegal::Overlap,
            Illegal::Unmaskable,
        ];
        let texts: std::vec::Vec<_> = all.iter().map(ToString::to_string).collect();
        for (i, t) in texts.iter().enumerate() {
            assert!(!t.is_empty(), "{:?}", all[i]);
            assert!(!texts[..i].contains(t), "{t} twice");
        }
        assert_eq!(texts[0], "reserved immediate 14 (valid: 0 to 10)");
        assert_eq!(imm(10, 10), Ok(10));
        assert_eq!(imm(11, 10), Err(Illegal::Immediate { value: 11, max: 10 }));
    }
}
