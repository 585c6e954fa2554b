//! AArch32 (A32 and T32 encodings) Cryptographic Extension instructions:
//! AESE.8, AESD.8, AESMC.8, AESIMC.8 (FEAT_AES), VMULL.P64 (FEAT_PMULL),
//! SHA1C.32, SHA1P.32, SHA1M.32, SHA1H.32, SHA1SU0.32, SHA1SU1.32 (FEAT_SHA1),
//! SHA256H.32, SHA256H2.32, SHA256SU0.32, SHA256SU1.32 (FEAT_SHA256).
//!
//! Every one computes what its A64 namesake computes (the Arm ARM's AArch32
//! pseudocode calls the same shared functions: `AESSubBytes`, `SHA256hash`,
//! `PolynomialMult` ...), so each helper is the A64 helper of [`crate::arm`]
//! under the AArch32 register view; the doc comments say where the operand
//! conventions differ.
//!
//! # Register view
//! `Q<q>` is the 128-bit register `D<2q+1>:D<2q>` (`Q[d>>1]` in the
//! pseudocode, `d` the `D`-register number the encoding holds, `Vd:D`). A `Q`
//! value is a `u128` whose bit `i` is bit `i` of the register: `D<2q>` is bits
//! 63:0, memory byte `i` (what `VST1.8 {Dd, Dd+1}` stores on a little-endian
//! guest) is bits `8i+7..8i`. A `D` value (VMULL.P64's sources) is a `u64`.
//! The encodings need an even `D` number for `Q` operands (odd is
//! `UNDEFINED`): the emulator's decode. T32 encodings compute the same.
//!
//! # What the emulator still does
//! `CheckCryptoEnabled32()` and `UNDEFINED` without the feature (`ID_ISAR5`,
//! Linux `AT_HWCAP2` `HWCAP2_AES`/`PMULL`/`SHA1`/`SHA2`), the register file
//! and the IT-block / condition (the encodings are unconditional in A32).
//!
//! Vector lines: `crypto-insn check --arch arm32` accepts the mnemonics with or
//! without the data-type suffix (`aese.8`, `sha1c.32`, `vmull.p64`, `aese`,
//! `vmull`); `vmull.p64` takes two 8-byte `D` operands and gives a 16-byte `Q`.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::arm::{Arm32, a32};
//! use crypto_insn::{backend::Soft, reg};
//! let q = |s: &str| reg::parse_mem_hex(s).unwrap(); // what VLD1.8 {Dd, Dd+1} loads
//! // FIPS-197 Appendix B: AESE.8 Q0, Q1 with the input in Q0 and round key 0 in
//! // Q1 gives round 1's ShiftRows output.
//! let (input, k0) = (q("3243f6a8885a308d313198a2e0370734"), q("2b7e151628aed2a6abf7158809cf4f3c"));
//! assert_eq!(a32::aese(input, k0), q("d4bf5d30e0b452aeb84111f11e2798e5"));
//! // Intel CLMUL white paper (rev. 2.02), imm 0x00 example: the same 64 x 64
//! // carry-less product by VMULL.P64 Q0, D2, D3.
//! let p = Arm32(Soft).vmull_p64(0x5b47_7565_726f_6e5d, 0x6374_6f72_5d53_475d);
//! assert_eq!(p, 0x1d4d84c85c3440c0929633d5d36f0451);
//! ```

use super::Arm;
use crate::backend::{Auto, Backend};

/// The AArch32 helpers on a chosen backend: `Arm32(backend).aese(qd, qm)`.
///
/// The methods have the same semantics as the free functions of
/// [`crate::arm::a32`], which use [`Auto`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Arm32<B = Auto>(pub B);

impl<B: Backend> Arm32<B> {
    /// AESE.8 Qd, Qm on this backend; see [`aese`].
    #[inline]
    #[must_use]
    pub fn aese(self, qd: u128, qm: u128) -> u128 {
        Arm(self.0).aese(qd, qm)
    }

    /// AESD.8 Qd, Qm on this backend; see [`aesd`].
    #[inline]
    #[must_use]
    pub fn aesd(self, qd: u128, qm: u128) -> u128 {
        Arm(self.0).aesd(qd, qm)
    }

    /// AESMC.8 Qd, Qm on this backend; see [`aesmc`].
    #[inline]
    #[must_use]
    pub fn aesmc(self, qm: u128) -> u128 {
        Arm(self.0).aesmc(qm)
    }

    /// AESIMC.8 Qd, Qm on this backend; see [`aesimc`].
    #[inline]
    #[must_use]
    pub fn aesimc(self, qm: u128) -> u128 {
        Arm(self.0).aesimc(qm)
    }

    /// VMULL.P64 Qd, Dn, Dm on this backend; see [`vmull_p64`].
    #[inline]
    #[must_use]
    pub fn vmull_p64(self, dn: u64, dm: u64) -> u128 {
        Arm(self.0).pmull(u128::from(dn), u128::from(dm))
    }

    /// SHA1C.32 Qd, Qn, Qm on this backend; see [`sha1c`].
    #[inline]
    #[must_use]
    pub fn sha1c(self, qd: u128, qn: u128, qm: u128) -> u128 {
        Arm(self.0).sha1c(qd, qn, qm)
    }

    /// SHA1P.32 Qd, Qn, Qm on this backend; see [`sha1p`].
    #[inline]
    #[must_use]
    pub fn sha1p(self, qd: u128, qn: u128, qm: u128) -> u128 {
        Arm(self.0).sha1p(qd, qn, qm)
    }

    /// SHA1M.32 Qd, Qn, Qm on this backend; see [`sha1m`].
    #[inline]
    #[must_use]
    pub fn sha1m(self, qd: u128, qn: u128, qm: u128) -> u128 {
        Arm(self.0).sha1m(qd, qn, qm)
    }

    /// SHA1H.32 Qd, Qm on this backend; see [`sha1h`].
    #[inline]
    #[must_use]
    pub fn sha1h(self, qm: u128) -> u128 {
        Arm(self.0).sha1h(qm)
    }

    /// SHA1SU0.32 Qd, Qn, Qm on this backend; see [`sha1su0`].
    #[inline]
    #[must_use]
    pub fn sha1su0(self, qd: u128, qn: u128, qm: u128) -> u128 {
        Arm(self.0).sha1su0(qd, qn, qm)
    }

    /// SHA1SU1.32 Qd, Qm on this backend; see [`sha1su1`].
    #[inline]
    #[must_use]
    pub fn sha1su1(self, qd: u128, qm: u128) -> u128 {
        Arm(self.0).sha1su1(qd, qm)
    }

    /// SHA256H.32 Qd, Qn, Qm on this backend; see [`sha256h`].
    #[inline]
    #[must_use]
    pub fn sha256h(self, qd: u128, qn: u128, qm: u128) -> u128 {
        Arm(self.0).sha256h(qd, qn, qm)
    }

    /// SHA256H2.32 Qd, Qn, Qm on this backend; see [`sha256h2`].
    #[inline]
    #[must_use]
    pub fn sha256h2(self, qd: u128, qn: u128, qm: u128) -> u128 {
        Arm(self.0).sha256h2(qd, qn, qm)
    }

    /// SHA256SU0.32 Qd, Qm on this backend; see [`sha256su0`].
    #[inline]
    #[must_use]
    pub fn sha256su0(self, qd: u128, qm: u128) -> u128 {
        Arm(self.0).sha256su0(qd, qm)
    }

    /// SHA256SU1.32 Qd, Qn, Qm on this backend; see [`sha256su1`].
    #[inline]
    #[must_use]
    pub fn sha256su1(self, qd: u128, qn: u128, qm: u128) -> u128 {
        Arm(self.0).sha256su1(qd, qn, qm)
    }
}

/// AESE.8 Qd, Qm: AES single round encryption without MixColumns.
///
/// Arm ARM (AArch32 AESE): `Q[d>>1] = AESSubBytes(AESShiftRows(Q[d>>1] EOR
/// Q[m>>1]))`: the A64 [`crate::arm::aese`] with `qd` as `Vd` (the state,
/// read and written) and `qm` as `Vn` (the round key). Needs FEAT_AES
/// (`ID_ISAR5.AES` >= 1, Linux `HWCAP2_AES`).
#[inline]
#[must_use]
pub fn aese(qd: u128, qm: u128) -> u128 {
    Arm32(Auto).aese(qd, qm)
}

/// AESD.8 Qd, Qm: AES single round decryption without InvMixColumns.
///
/// Arm ARM: `Q[d>>1] = AESInvSubBytes(AESInvShiftRows(Q[d>>1] EOR Q[m>>1]))`:
/// the A64 [`crate::arm::aesd`] with `qd` = `Vd`, `qm` = `Vn`. Needs FEAT_AES.
#[inline]
#[must_use]
pub fn aesd(qd: u128, qm: u128) -> u128 {
    Arm32(Auto).aesd(qd, qm)
}

/// AESMC.8 Qd, Qm: AES MixColumns.
///
/// Arm ARM: `Q[d>>1] = AESMixColumns(Q[m>>1])`: the A64 [`crate::arm::aesmc`]
/// of `qm` (`Qd` is written, not read). Needs FEAT_AES.
#[inline]
#[must_use]
pub fn aesmc(qm: u128) -> u128 {
    Arm32(Auto).aesmc(qm)
}

/// AESIMC.8 Qd, Qm: AES InvMixColumns.
///
/// Arm ARM: `Q[d>>1] = AESInvMixColumns(Q[m>>1])`: the A64
/// [`crate::arm::aesimc`] of `qm`. Needs FEAT_AES.
#[inline]
#[must_use]
pub fn aesimc(qm: u128) -> u128 {
    Arm32(Auto).aesimc(qm)
}

/// VMULL.P64 Qd, Dn, Dm: polynomial (carry-less) multiply long, 64 x 64 -> 128 bits.
///
/// Arm ARM (AArch32 VMULL, polynomial, `size == 0b10`): `Q[d>>1] =
/// PolynomialMult(Din[n], Din[m])`. The sources are 64-bit `D` registers (not
/// halves of one `Q`), so this is the A64 [`crate::arm::pmull`] with `dn`, `dm`
/// as the low doublewords; both `D` registers may lie anywhere in the register
/// file (`D<2q>` is bits 63:0 of `Q<q>`, `D<2q+1>` bits 127:64: the emulator
/// picks the half). Needs FEAT_PMULL (`ID_ISAR5.AES == 0b0010`, Linux
/// `HWCAP2_PMULL`).
#[inline]
#[must_use]
pub fn vmull_p64(dn: u64, dm: u64) -> u128 {
    Arm32(Auto).vmull_p64(dn, dm)
}

/// SHA1C.32 Qd, Qn, Qm: four SHA-1 rounds with Choose.
///
/// Arm ARM (AArch32 SHA1C): `X = Q[d>>1]; Y = Q[n>>1]<31:0>; W = Q[m>>1]`, then
/// the A64 loop. **Operand view**: A64 names the `e` operand `Sn` (a scalar);
/// A32 encodes a whole `Qn` of which only element 0 (bits 31:0) is read. The
/// helper takes the whole `Qn`, as [`crate::arm::sha1c`] takes the whole `Vn`,
/// so it is that helper unchanged: `qd` = `{a, b, c, d}` (read and written),
/// `qm` = `W + K`. Needs FEAT_SHA1 (`ID_ISAR5.SHA1`, Linux `HWCAP2_SHA1`).
#[inline]
#[must_use]
pub fn sha1c(qd: u128, qn: u128, qm: u128) -> u128 {
    Arm32(Auto).sha1c(qd, qn, qm)
}

/// SHA1P.32 Qd, Qn, Qm: four SHA-1 rounds with Parity.
///
/// As [`sha1c`] (element 0 of `Qn` is `e`) with `SHAparity`: the A64
/// [`crate::arm::sha1p`]. Needs FEAT_SHA1.
#[inline]
#[must_use]
pub fn sha1p(qd: u128, qn: u128, qm: u128) -> u128 {
    Arm32(Auto).sha1p(qd, qn, qm)
}

/// SHA1M.32 Qd, Qn, Qm: four SHA-1 rounds with Majority.
///
/// As [`sha1c`] (element 0 of `Qn` is `e`) with `SHAmajority`: the A64
/// [`crate::arm::sha1m`]. Needs FEAT_SHA1.
#[inline]
#[must_use]
pub fn sha1m(qd: u128, qn: u128, qm: u128) -> u128 {
    Arm32(Auto).sha1m(qd, qn, qm)
}

/// SHA1H.32 Qd, Qm: SHA-1 fixed rotate.
///
/// Arm ARM: `Q[d>>1] = ZeroExtend(ROL(Q[m>>1]<31:0>, 30), 128)`. A64 SHA1H
/// writes the scalar `Sd` (zeroing the rest of `Vd`); A32 writes the whole `Qd`
/// with the same zero extension, so this is [`crate::arm::sha1h`]. Needs
/// FEAT_SHA1.
#[inline]
#[must_use]
pub fn sha1h(qm: u128) -> u128 {
    Arm32(Auto).sha1h(qm)
}

/// SHA1SU0.32 Qd, Qn, Qm: SHA-1 schedule update 0.
///
/// Arm ARM: `result = Q[n>>1]<63:0> : Q[d>>1]<127:64>; Q[d>>1] = result EOR
/// Q[d>>1] EOR Q[m>>1]`: [`crate::arm::sha1su0`] with `qd`, `qn`, `qm` as `Vd`,
/// `Vn`, `Vm`. Needs FEAT_SHA1.
#[inline]
#[must_use]
pub fn sha1su0(qd: u128, qn: u128, qm: u128) -> u128 {
    Arm32(Auto).sha1su0(qd, qn, qm)
}

/// SHA1SU1.32 Qd, Qm: SHA-1 schedule update 1.
///
/// Arm ARM: `T = Q[d>>1] EOR LSR(Q[m>>1], 32)`, then the A64 rotations: the A32
/// `Qm` is the A64 `Vn` of [`crate::arm::sha1su1`]. Needs FEAT_SHA1.
#[inline]
#[must_use]
pub fn sha1su1(qd: u128, qm: u128) -> u128 {
    Arm32(Auto).sha1su1(qd, qm)
}

/// SHA256H.32 Qd, Qn, Qm: four SHA-256 rounds, part 1.
///
/// Arm ARM: `Q[d>>1] = SHA256hash(Q[d>>1], Q[n>>1], Q[m>>1], TRUE)`:
/// [`crate::arm::sha256h`] (`qd` = `{a,b,c,d}`, `qn` = `{e,f,g,h}`, `qm` = `W +
/// K`). Needs FEAT_SHA256 (`ID_ISAR5.SHA2`, Linux `HWCAP2_SHA2`).
#[inline]
#[must_use]
pub fn sha256h(qd: u128, qn: u128, qm: u128) -> u128 {
    Arm32(Auto).sha256h(qd, qn, qm)
}

/// SHA256H2.32 Qd, Qn, Qm: four SHA-256 rounds, part 2.
///
/// Arm ARM: `Q[d>>1] = SHA256hash(Q[n>>1], Q[d>>1], Q[m>>1], FALSE)`:
/// [`crate::arm::sha256h2`] (`qd` = `{e,f,g,h}`, `qn` = `{a,b,c,d}` before the
/// rounds). Needs FEAT_SHA256.
#[inline]
#[must_use]
pub fn sha256h2(qd: u128, qn: u128, qm: u128) -> u128 {
    Arm32(Auto).sha256h2(qd, qn, qm)
}

/// SHA256SU0.32 Qd, Qm: SHA-256 schedule update 0.
///
/// Arm ARM: the A64 SHA256SU0 with `Q[d>>1]`, `Q[m>>1]`: the A32 `Qm` is the A64
/// `Vn` of [`crate::arm::sha256su0`]. Needs FEAT_SHA256.
#[inline]
#[must_use]
pub fn sha256su0(qd: u128, qm: u128) -> u128 {
    Arm32(Auto).sha256su0(qd, qm)
}

/// SHA256SU1.32 Qd, Qn, Qm: SHA-256 schedule update 1.
///
/// Arm ARM: the A64 SHA256SU1 with `Q[d>>1]`, `Q[n>>1]`, `Q[m>>1]`:
/// [`crate::arm::sha256su1`]. Needs FEAT_SHA256.
#[inline]
#[must_use]
pub fn sha256su1(qd: u128, qn: u128, qm: u128) -> u128 {
    Arm32(Auto).sha256su1(qd, qn, qm)
}
