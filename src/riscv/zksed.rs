//! Zksed: SM4 block cipher steps (RISC-V Cryptography Extensions Volume I
//! v1.0.1, section 2.7: `sm4ed`, `sm4ks`). Both XLENs.
//!
//! `bs` (0-3) picks byte `bs` of `rs2`; it goes through the SM4 S-box
//! ([`crate::math::sm4::SBOX`], here through [`Backend::sbox_affine`] with the
//! S-box's affine decomposition, constant-time on every backend), then the
//! linear map `L` (`sm4ed`, round function) or `L'` (`sm4ks`, key
//! schedule) of [`crate::math::sm4`], the 32-bit result rotated left by
//! `8·bs` and XORed into `rs1[31:0]`. The result is sign-extended on RV64.
//!
//! # Byte order
//! The instructions treat the register as an SM4 word in little-endian byte
//! order: the standard's word `B = b0 b1 b2 b3` (`b0` most significant) is
//! loaded by `lw` with `b0` in bits 7:0. The specification's per-byte
//! formula (`y = x ^ x << 8 ^ x << 2 ^ x << 18 ^ (x & 0x3f) << 26 ^
//! (x & 0xc0) << 10` for `sm4ed`, likewise for `sm4ks`) is exactly
//! `bswap(L(bswap(x)))` for a byte `x` in bits 7:0, which is how it is
//! computed here (the QEMU vectors of `vectors/riscv-*-scalar.txt` agree on
//! every `bs`). With `L` commuting with rotations, four instructions (`bs`
//! 0-3) XOR `bswap(L(τ(bswap(rs2))))` into `rs1`: one SM4 round (or key
//! round with `L'`) on byte-reversed words.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::sm4;
//! use crypto_insn::riscv::{Xlen, zksed};
//! // Register text as sd stores it (memory order) -> the register value.
//! let x = |s: &str| u64::from_str_radix(s, 16).unwrap().swap_bytes();
//! // vectors/riscv-rv64-scalar.txt line 1392: sm4ed 0 0000000000000000 1032547698badcfe
//! // -> 872bacacffffffff (sign-extended on RV64).
//! let rs2 = x("1032547698badcfe");
//! assert_eq!(zksed::sm4ed(Xlen::X64, 0, rs2, 0), Ok(x("872bacacffffffff")));
//! // bs = 0..3 together XOR one SM4 round's T on the byte-reversed word.
//! let mut rd = 0;
//! for bs in 0..4 {
//!     rd = zksed::sm4ed(Xlen::X32, rd, rs2, bs).unwrap();
//! }
//! let w = rs2 as u32;
//! assert_eq!(rd, u64::from(sm4::t(w.swap_bytes()).swap_bytes()));
//! ```

use super::{Illegal, Xlen, forward, imm};
use crate::backend::{Auto, Backend, SboxAffine};
use crate::math::sm4;

/// SM4 S-box of byte `bs` of `rs2`, zero-extended.
fn sbox_byte<B: Backend>(b: B, rs2: u64, bs: u8) -> u32 {
    let si = (rs2 >> (8 * u32::from(bs))) & 0xff;
    (b.sbox_affine(u128::from(si), &SboxAffine::SM4) & 0xff) as u32
}

/// A linear map of GB/T 32907 (words big-endian: byte 0 is bits 31:24) on
/// a register holding the word in little-endian byte order (byte 0 in bits
/// 7:0, as `lw` loads the standard's byte string): `bswap ∘ f ∘ bswap`. For a
/// lone byte `x` in bits 7:0, `bswap(x) = x << 24`.
fn in_register_order(f: fn(u32) -> u32, x: u32) -> u32 {
    f(x << 24).swap_bytes()
}

mod imp {
    use super::*;

    pub(super) fn sm4ed<B: Backend>(
        b: B,
        x: Xlen,
        rs1: u64,
        rs2: u64,
        bs: u8,
    ) -> Result<u64, Illegal> {
        let bs = imm(bs, 3)?;
        let y = in_register_order(sm4::l, sbox_byte(b, rs2, bs)).rotate_left(8 * u32::from(bs));
        Ok(x.word(y ^ rs1 as u32))
    }
    pub(super) fn sm4ks<B: Backend>(
        b: B,
        x: Xlen,
        rs1: u64,
        rs2: u64,
        bs: u8,
    ) -> Result<u64, Illegal> {
        let bs = imm(bs, 3)?;
        let y =
            in_register_order(sm4::l_prime, sbox_byte(b, rs2, bs)).rotate_left(8 * u32::from(bs));
        Ok(x.word(y ^ rs1 as u32))
    }
}

forward! {
    /// `sm4ed rd, rs1, rs2, bs`: `rs1 ^ rol32(bswap(L(SBox(rs2.byte[bs]) << 24)), 8·bs)`.
    ///
    /// # Errors
    /// [`Illegal::Immediate`] for `bs > 3`.
    sm4ed(rs1, rs2; bs) -> Result
}
forward! {
    /// `sm4ks rd, rs1, rs2, bs`: `rs1 ^ rol32(bswap(L'(SBox(rs2.byte[bs]) << 24)), 8·bs)`.
    ///
    /// # Errors
    /// [`Illegal::Immediate`] for `bs > 3`.
    sm4ks(rs1, rs2; bs) -> Result
}

/// `sm4ed rd, rs1, rs2, bs` (both XLENs): one byte of the SM4 round function
/// `T = L ∘ τ` XORed into `rs1`, on little-endian-loaded words (see the
/// module's "Byte order").
///
/// # Errors
/// [`Illegal::Immediate`] for `bs > 3` (a 2-bit field).
pub fn sm4ed(xlen: Xlen, rs1: u64, rs2: u64, bs: u8) -> Result<u64, Illegal> {
    imp::sm4ed(Auto, xlen, rs1, rs2, bs)
}

/// `sm4ks rd, rs1, rs2, bs` (both XLENs): one byte of the SM4 key schedule's
/// `T' = L' ∘ τ` XORed into `rs1`, on little-endian-loaded words.
///
/// # Errors
/// [`Illegal::Immediate`] for `bs > 3`.
pub fn sm4ks(xlen: Xlen, rs1: u64, rs2: u64, bs: u8) -> Result<u64, Illegal> {
    imp::sm4ks(Auto, xlen, rs1, rs2, bs)
}
