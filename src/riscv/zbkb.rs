//! Zbkb: bit-manipulation for cryptography (RISC-V Cryptography Extensions
//! Volume I v1.0.1, section 2.1 and the instruction pages of chapter 3:
//! `andn`, `orn`, `xnor`, `rol`, `ror`, `rori`, `rolw`, `rorw`, `roriw`,
//! `pack`, `packh`, `packw`, `rev8`, `brev8`, `zip`, `unzip`).
//!
//! Rotations use the low `log2(XLEN)` bits of `rs2` (5 for the `w` forms);
//! `rori` on RV32 with `shamt[5] = 1` is a reserved encoding.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::riscv::{Illegal, Xlen, zbkb};
//! // Register text as sd stores it (memory order) -> the register value.
//! let x = |s: &str| u64::from_str_radix(s, 16).unwrap().swap_bytes();
//! // vectors/riscv-rv64-scalar.txt line 690: rev8 efcdab8967452301 -> 0123456789abcdef
//! assert_eq!(zbkb::rev8(Xlen::X64, x("efcdab8967452301")), x("0123456789abcdef"));
//! // line 722: brev8 efcdab8967452301 -> f7b3d591e6a2c480
//! assert_eq!(zbkb::brev8(Xlen::X64, x("efcdab8967452301")), x("f7b3d591e6a2c480"));
//! // line 594: pack efcdab8967452301 1032547698badcfe -> efcdab8910325476
//! let packed = zbkb::pack(Xlen::X64, x("efcdab8967452301"), x("1032547698badcfe"));
//! assert_eq!(packed, x("efcdab8910325476"));
//! // rori with shamt[5] = 1 is a reserved encoding on RV32.
//! assert_eq!(zbkb::rori(Xlen::X32, 1, 32), Err(Illegal::Immediate { value: 32, max: 31 }));
//! ```

use super::{Illegal, Rv32, Rv64, Xlen, forward, imm, sext32};
use crate::backend::{Auto, Backend};

mod imp {
    use super::*;

    pub(super) fn andn<B: Backend>(_: B, x: Xlen, rs1: u64, rs2: u64) -> u64 {
        x.fit(rs1 & !rs2)
    }
    pub(super) fn orn<B: Backend>(_: B, x: Xlen, rs1: u64, rs2: u64) -> u64 {
        x.fit(rs1 | !rs2)
    }
    pub(super) fn xnor<B: Backend>(_: B, x: Xlen, rs1: u64, rs2: u64) -> u64 {
        x.fit(!(rs1 ^ rs2))
    }
    fn rotate_right(x: Xlen, v: u64, n: u64) -> u64 {
        match x {
            Xlen::X32 => u64::from((v as u32).rotate_right((n & 31) as u32)),
            Xlen::X64 => v.rotate_right((n & 63) as u32),
        }
    }
    pub(super) fn rol<B: Backend>(_: B, x: Xlen, rs1: u64, rs2: u64) -> u64 {
        // rol by n = ror by XLEN - n (mod XLEN).
        rotate_right(
            x,
            rs1,
            u64::from(x.bits()) - (rs2 & u64::from(x.bits() - 1)),
        )
    }
    pub(super) fn ror<B: Backend>(_: B, x: Xlen, rs1: u64, rs2: u64) -> u64 {
        rotate_right(x, rs1, rs2)
    }
    pub(super) fn rori<B: Backend>(_: B, x: Xlen, rs1: u64, shamt: u8) -> Result<u64, Illegal> {
        let shamt = imm(shamt, (x.bits() - 1) as u8)?;
        Ok(rotate_right(x, rs1, u64::from(shamt)))
    }
    pub(super) fn pack<B: Backend>(_: B, x: Xlen, rs1: u64, rs2: u64) -> u64 {
        let half = x.bits() / 2;
        let lo = rs1 & ((1u64 << half) - 1);
        x.fit(lo | (rs2 << half))
    }
    pub(super) fn packh<B: Backend>(_: B, _: Xlen, rs1: u64, rs2: u64) -> u64 {
        (rs1 & 0xff) | ((rs2 & 0xff) << 8)
    }
    pub(super) fn rev8<B: Backend>(_: B, x: Xlen, rs1: u64) -> u64 {
        match x {
            Xlen::X32 => u64::from((rs1 as u32).swap_bytes()),
            Xlen::X64 => rs1.swap_bytes(),
        }
    }
    pub(super) fn brev8<B: Backend>(_: B, x: Xlen, rs1: u64) -> u64 {
        // Reversing the bits of the whole register reverses the bits of each
        // byte and the byte order; undo the byte order.
        x.fit(rs1.reverse_bits().swap_bytes())
    }
}

forward! {
    /// `andn rd, rs1, rs2`: `rs1 & ~rs2`. Zbkb (also Zbb).
    andn(rs1, rs2)
}
forward! {
    /// `orn rd, rs1, rs2`: `rs1 | ~rs2`. Zbkb (also Zbb).
    orn(rs1, rs2)
}
forward! {
    /// `xnor rd, rs1, rs2`: `~(rs1 ^ rs2)`. Zbkb (also Zbb).
    xnor(rs1, rs2)
}
forward! {
    /// `rol rd, rs1, rs2`: `rs1` rotated left by `rs2[log2(XLEN)-1:0]`.
    rol(rs1, rs2)
}
forward! {
    /// `ror rd, rs1, rs2`: `rs1` rotated right by `rs2[log2(XLEN)-1:0]`.
    ror(rs1, rs2)
}
forward! {
    /// `rori rd, rs1, shamt`: `rs1` rotated right by `shamt` (0 to XLEN-1;
    /// RV32 `shamt` 32-63 is reserved: [`Illegal`]).
    rori(rs1; shamt) -> Result
}
forward! {
    /// `pack rd, rs1, rs2`: the low halves of `rs1` (low) and `rs2` (high):
    /// `rs2[XLEN/2-1:0] @ rs1[XLEN/2-1:0]`.
    pack(rs1, rs2)
}
forward! {
    /// `packh rd, rs1, rs2`: `zext(rs2[7:0] @ rs1[7:0])`.
    packh(rs1, rs2)
}
forward! {
    /// `rev8 rd, rs1`: the bytes of `rs1` in reverse order.
    rev8(rs1)
}
forward! {
    /// `brev8 rd, rs1`: the bits of each byte of `rs1` reversed, the bytes in
    /// place.
    brev8(rs1)
}

/// `andn rd, rs1, rs2` (both XLENs): `rs1 & ~rs2`.
#[must_use]
pub fn andn(xlen: Xlen, rs1: u64, rs2: u64) -> u64 {
    imp::andn(Auto, xlen, rs1, rs2)
}

/// `orn rd, rs1, rs2` (both XLENs): `rs1 | ~rs2`.
#[must_use]
pub fn orn(xlen: Xlen, rs1: u64, rs2: u64) -> u64 {
    imp::orn(Auto, xlen, rs1, rs2)
}

/// `xnor rd, rs1, rs2` (both XLENs): `~(rs1 ^ rs2)`.
#[must_use]
pub fn xnor(xlen: Xlen, rs1: u64, rs2: u64) -> u64 {
    imp::xnor(Auto, xlen, rs1, rs2)
}

/// `rol rd, rs1, rs2` (both XLENs): rotate left by `rs2 mod XLEN`.
#[must_use]
pub fn rol(xlen: Xlen, rs1: u64, rs2: u64) -> u64 {
    imp::rol(Auto, xlen, rs1, rs2)
}

/// `ror rd, rs1, rs2` (both XLENs): rotate right by `rs2 mod XLEN`.
#[must_use]
pub fn ror(xlen: Xlen, rs1: u64, rs2: u64) -> u64 {
    imp::ror(Auto, xlen, rs1, rs2)
}

/// `rori rd, rs1, shamt` (both XLENs): rotate right by `shamt`.
///
/// # Errors
/// [`Illegal::Immediate`] for `shamt >= XLEN` (on RV32 the encodings with
/// `shamt[5] = 1` are reserved; no encoding has `shamt > 63`).
pub fn rori(xlen: Xlen, rs1: u64, shamt: u8) -> Result<u64, Illegal> {
    imp::rori(Auto, xlen, rs1, shamt)
}

/// `pack rd, rs1, rs2` (both XLENs): `rs2[XLEN/2-1:0] @ rs1[XLEN/2-1:0]`.
#[must_use]
pub fn pack(xlen: Xlen, rs1: u64, rs2: u64) -> u64 {
    imp::pack(Auto, xlen, rs1, rs2)
}

/// `packh rd, rs1, rs2` (both XLENs): `zext(rs2[7:0] @ rs1[7:0])`.
#[must_use]
pub fn packh(xlen: Xlen, rs1: u64, rs2: u64) -> u64 {
    imp::packh(Auto, xlen, rs1, rs2)
}

/// `rev8 rd, rs1` (both XLENs; RV32 and RV64 encode it differently): byte
/// reversal of the XLEN-bit register.
#[must_use]
pub fn rev8(xlen: Xlen, rs1: u64) -> u64 {
    imp::rev8(Auto, xlen, rs1)
}

/// `brev8 rd, rs1` (both XLENs): bit reversal within each byte.
#[must_use]
pub fn brev8(xlen: Xlen, rs1: u64) -> u64 {
    imp::brev8(Auto, xlen, rs1)
}

/// `rolw rd, rs1, rs2` (RV64 only): `EXTS(rs1[31:0] rol rs2[4:0])`.
#[must_use]
pub fn rolw(rs1: u64, rs2: u64) -> u64 {
    sext32((rs1 as u32).rotate_left((rs2 & 31) as u32))
}

/// `rorw rd, rs1, rs2` (RV64 only): `EXTS(rs1[31:0] ror rs2[4:0])`.
#[must_use]
pub fn rorw(rs1: u64, rs2: u64) -> u64 {
    sext32((rs1 as u32).rotate_right((rs2 & 31) as u32))
}

/// `roriw rd, rs1, shamt` (RV64 only): `EXTS(rs1[31:0] ror shamt)`.
///
/// # Errors
/// [`Illegal::Immediate`] for `shamt > 31` (no such encoding).
pub fn roriw(rs1: u64, shamt: u8) -> Result<u64, Illegal> {
    let shamt = imm(shamt, 31)?;
    Ok(sext32((rs1 as u32).rotate_right(u32::from(shamt))))
}

/// `packw rd, rs1, rs2` (RV64 only): `EXTS(rs2[15:0] @ rs1[15:0])`.
#[must_use]
pub fn packw(rs1: u64, rs2: u64) -> u64 {
    sext32(((rs2 as u32) << 16) | (rs1 as u32 & 0xffff))
}

/// `zip rd, rs1` (RV32 only): interleave the halves; `rd[2i] = rs1[i]`,
/// `rd[2i+1] = rs1[i+16]` for `i` in 0..16.
#[must_use]
pub fn zip(rs1: u32) -> u32 {
    let mut r = 0;
    for i in 0..16 {
        r |= ((rs1 >> i) & 1) << (2 * i);
        r |= ((rs1 >> (i + 16)) & 1) << (2 * i + 1);
    }
    r
}

/// `unzip rd, rs1` (RV32 only): the inverse of [`zip`]; `rd[i] = rs1[2i]`,
/// `rd[i+16] = rs1[2i+1]`.
#[must_use]
pub fn unzip(rs1: u32) -> u32 {
    let mut r = 0;
    for i in 0..16 {
        r |= ((rs1 >> (2 * i)) & 1) << i;
        r |= ((rs1 >> (2 * i + 1)) & 1) << (i + 16);
    }
    r
}

impl<B: Backend> Rv64<B> {
    /// `rolw`; see [`rolw`].
    #[inline]
    #[must_use]
    pub fn rolw(self, rs1: u64, rs2: u64) -> u64 {
        rolw(rs1, rs2)
    }
    /// `rorw`; see [`rorw`].
    #[inline]
    #[must_use]
    pub fn rorw(self, rs1: u64, rs2: u64) -> u64 {
        rorw(rs1, rs2)
    }
    /// `roriw`; see [`roriw`].
    ///
    /// # Errors
    /// [`Illegal::Immediate`] for `shamt > 31`.
    #[inline]
    pub fn roriw(self, rs1: u64, shamt: u8) -> Result<u64, Illegal> {
        roriw(rs1, shamt)
    }
    /// `packw`; see [`packw`].
    #[inline]
    #[must_use]
    pub fn packw(self, rs1: u64, rs2: u64) -> u64 {
        packw(rs1, rs2)
    }
}

impl<B: Backend> Rv32<B> {
    /// `zip`; see [`zip`].
    #[inline]
    #[must_use]
    pub fn zip(self, rs1: u32) -> u32 {
        zip(rs1)
    }
    /// `unzip`; see [`unzip`].
    #[inline]
    #[must_use]
    pub fn unzip(self, rs1: u32) -> u32 {
        unzip(rs1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zip_unzip_are_inverse_and_rotations_match_core() {
        // An exhaustive-style sweep against the independent definitions in core.
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..2000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let w = x as u32;
            assert_eq!(unzip(zip(w)), w);
            assert_eq!(zip(unzip(w)), w);
            for n in 0..64u8 {
                assert_eq!(rori(Xlen::X64, x, n), Ok(x.rotate_right(u32::from(n))));
                assert_eq!(rol(Xlen::X64, x, u64::from(n)), x.rotate_left(u32::from(n)));
            }
            assert_eq!(rol(Xlen::X32, x, 33), u64::from(w.rotate_left(1)));
        }
        assert_eq!(
            rori(Xlen::X32, 1, 32),
            Err(Illegal::Immediate { value: 32, max: 31 })
        );
    }

    /// The `Auto` free functions against the specification's definitions
    /// written with `core`'s operators (Zbkb 1.0: `orn`, `xnor`, `ror`,
    /// `pack`, `packh`, `rev8`, `brev8`; on RV32 the result is the low 32
    /// bits). cargo-mutants pass 9: these free functions survived `-> 0` and
    /// `-> 1`, because the vector files reach the instructions through
    /// `Op::execute` with an explicit backend.
    #[test]
    fn free_functions_match_core() {
        for (a, b, _) in crate::test_register_triples(500) {
            let (a, b) = (a as u64, b as u64);
            let (a32, b32) = (a as u32, b as u32);
            assert_eq!(orn(Xlen::X64, a, b), a | !b);
            assert_eq!(orn(Xlen::X32, a, b), u64::from(a32 | !b32));
            assert_eq!(xnor(Xlen::X64, a, b), !(a ^ b));
            assert_eq!(xnor(Xlen::X32, a, b), u64::from(!(a32 ^ b32)));
            assert_eq!(ror(Xlen::X64, a, b), a.rotate_right((b & 63) as u32));
            assert_eq!(ror(Xlen::X32, a, b), u64::from(a32.rotate_right(b32 & 31)));
            assert_eq!(pack(Xlen::X64, a, b), (b << 32) | (a & 0xffff_ffff));
            assert_eq!(
                pack(Xlen::X32, a, b),
                u64::from((b32 << 16) | (a32 & 0xffff))
            );
            let h = ((b & 0xff) << 8) | (a & 0xff);
            assert_eq!(packh(Xlen::X64, a, b), h);
            assert_eq!(packh(Xlen::X32, a, b), h);
            assert_eq!(rev8(Xlen::X64, a), a.swap_bytes());
            assert_eq!(rev8(Xlen::X32, a), u64::from(a32.swap_bytes()));
            let brev = u64::from_le_bytes(a.to_le_bytes().map(u8::reverse_bits));
            assert_eq!(brev8(Xlen::X64, a), brev);
            assert_eq!(brev8(Xlen::X32, a), brev & 0xffff_ffff);
        }
    }
}
