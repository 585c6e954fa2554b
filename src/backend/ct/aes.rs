//! Constant-time AES fragments (the `ct` backend).
//!
//! No memory access is indexed by, and no branch depends on, state or key data:
//!
//! - SubBytes is a Boolean circuit evaluated on *bit planes*: the 16 state bytes
//!   are transposed so that plane `b` holds bit `b` of every byte (16 bits, one per
//!   byte), the circuit runs once on all 16 bytes at a time, and the planes are
//!   transposed back. The circuit is the 113-gate S-box circuit of Boyar and
//!   Peralta ("A new combinational logic minimization technique with
//!   applications to cryptology", SEA 2010; 32 AND, 77 XOR, 4 XNOR): a linear
//!   top layer `T1..T27`, a non-linear middle `M1..M63` computing the GF(2^8)
//!   inverse in a tower field, and a linear bottom `L0..L29` that also applies the
//!   affine map. Its inputs `U0..U7` and outputs `S0..S7` are bits 7..0.
//! - InvSubBytes reuses it: with `A'(b) = rotl(b,1) ^ rotl(b,3) ^ rotl(b,6) ^ 0x05`
//!   (the inverse affine map), `InvSubBytes = A' . SubBytes . A'`, because
//!   `S(x) = A(x^-1)` gives `x^-1 = A'(S(x))` and `InvS(y) = (A'(y))^-1`.
//! - ShiftRows is four rotations of the whole state with masks; MixColumns and
//!   InvMixColumns are the shift-and-mask forms shared with `soft`.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::ct::aes;
//! use crypto_insn::reg::parse_mem_hex;
//! let s = |hex: &str| parse_mem_hex(hex).unwrap();
//! // FIPS-197 Appendix B, round 1: start, after SubBytes, round key 1, and the
//! // start of round 2.
//! let start = s("193de3bea0f4e22b9ac68d2ae9f84808");
//! assert_eq!(aes::sb(start), s("d42711aee0bf98f1b8b45de51e415230"));
//! let rk1 = s("a0fafe1788542cb123a339392a6c7605");
//! let next = aes::sb_sr_mc_ak(start, rk1);
//! assert_eq!(next, s("a49c7ff2689f352b6b5bea43026a5049"));
//! // MixColumns and InvMixColumns are inverses.
//! assert_eq!(aes::imc(aes::mc(next)), next);
//! ```

use crate::backend::LaneOp;
use crate::math::aes::packed;

/// `0xff` in row `r` of every column.
const fn row_mask(r: u32) -> u128 {
    0x0000_00ff_0000_00ff_0000_00ff_0000_00ff << (8 * r)
}

/// ShiftRows: row `r` of output column `c` comes from column `c + r`, i.e. the
/// whole state rotated down by `r` columns (32 bits each), masked to row `r`.
#[inline(always)]
fn shift_rows(s: u128) -> u128 {
    (s & row_mask(0))
        | (s.rotate_right(32) & row_mask(1))
        | (s.rotate_right(64) & row_mask(2))
        | (s.rotate_right(96) & row_mask(3))
}

/// InvShiftRows: rotations the other way.
#[inline(always)]
fn inv_shift_rows(s: u128) -> u128 {
    (s & row_mask(0))
        | (s.rotate_left(32) & row_mask(1))
        | (s.rotate_left(64) & row_mask(2))
        | (s.rotate_left(96) & row_mask(3))
}

/// Transposes the 8x8 bit matrix held in `x` (byte `r`, bit `c` <-> byte `c`,
/// bit `r`) with three delta swaps (Hacker's Delight, section 7-3).
#[inline(always)]
const fn transpose8x8(mut x: u64) -> u64 {
    let t = (x ^ (x >> 7)) & 0x00aa_00aa_00aa_00aa;
    x ^= t ^ (t << 7);
    let t = (x ^ (x >> 14)) & 0x0000_cccc_0000_cccc;
    x ^= t ^ (t << 14);
    let t = (x ^ (x >> 28)) & 0x0000_0000_f0f0_f0f0;
    x ^= t ^ (t << 28);
    x
}

/// Even bytes of a 64-bit word.
const EVEN: u64 = 0x00ff_00ff_00ff_00ff;

/// Bit planes of a state: `p[b]` bit `i` = bit `b` of state byte `i`.
///
/// After transposing each half, byte `b` of `lo` holds plane `b` for state
/// bytes 0-7 and byte `b` of `hi` for bytes 8-15. Interleaving the bytes of the
/// two gives the planes as 16-bit lanes: `even` = planes 0, 2, 4, 6 and `odd` =
/// planes 1, 3, 5, 7.
#[inline(always)]
fn to_planes(s: u128) -> [u16; 8] {
    let lo = transpose8x8(s as u64);
    let hi = transpose8x8((s >> 64) as u64);
    let even = (lo & EVEN) | ((hi & EVEN) << 8);
    let odd = ((lo >> 8) & EVEN) | (hi & !EVEN);
    [
        even as u16,
        odd as u16,
        (even >> 16) as u16,
        (odd >> 16) as u16,
        (even >> 32) as u16,
        (odd >> 32) as u16,
        (even >> 48) as u16,
        (odd >> 48) as u16,
    ]
}

/// The inverse of [`to_planes`].
#[inline(always)]
fn from_planes(p: [u16; 8]) -> u128 {
    let lane = |v: u16, i: u32| u64::from(v) << (16 * i);
    let even = lane(p[0], 0) | lane(p[2], 1) | lane(p[4], 2) | lane(p[6], 3);
    let odd = lane(p[1], 0) | lane(p[3], 1) | lane(p[5], 2) | lane(p[7], 3);
    let lo = (even & EVEN) | ((odd & EVEN) << 8);
    let hi = ((even >> 8) & EVEN) | (odd & !EVEN);
    u128::from(transpose8x8(lo)) | (u128::from(transpose8x8(hi)) << 64)
}

/// A word of bit planes: 16 bits per state (one state in a `u16`, up to four
/// side by side in a `u64`); the circuit only XORs, ANDs and complements them.
trait Plane:
    Copy
    + core::ops::BitXor<Output = Self>
    + core::ops::BitAnd<Output = Self>
    + core::ops::Not<Output = Self>
{
}
impl Plane for u16 {}
impl Plane for u64 {}

/// The Boyar-Peralta S-box circuit on bit planes (`p[b]` = bit `b`), on one
/// state (`u16` planes) or up to four at once (`u64`).
#[inline(always)]
#[allow(clippy::many_single_char_names)]
fn sbox_planes<T: Plane>(p: [T; 8]) -> [T; 8] {
    // Inputs: U0 is the most significant bit.
    let (u0, u1, u2, u3, u4, u5, u6, u7) = (p[7], p[6], p[5], p[4], p[3], p[2], p[1], p[0]);

    // Top linear layer.
    let t1 = u0 ^ u3;
    let t2 = u0 ^ u5;
    let t3 = u0 ^ u6;
    let t4 = u3 ^ u5;
    let t5 = u4 ^ u6;
    let t6 = t1 ^ t5;
    let t7 = u1 ^ u2;
    let t8 = u7 ^ t6;
    let t9 = u7 ^ t7;
    let t10 = t6 ^ t7;
    let t11 = u1 ^ u5;
    let t12 = u2 ^ u5;
    let t13 = t3 ^ t4;
    let t14 = t6 ^ t11;
    let t15 = t5 ^ t11;
    let t16 = t5 ^ t12;
    let t17 = t9 ^ t16;
    let t18 = u3 ^ u7;
    let t19 = t7 ^ t18;
    let t20 = t1 ^ t19;
    let t21 = u6 ^ u7;
    let t22 = t7 ^ t21;
    let t23 = t2 ^ t22;
    let t24 = t2 ^ t10;
    let t25 = t20 ^ t17;
    let t26 = t3 ^ t16;
    let t27 = t1 ^ t12;

    // Non-linear middle: the inversion.
    let m1 = t13 & t6;
    let m2 = t23 & t8;
    let m3 = t14 ^ m1;
    let m4 = t19 & u7;
    let m5 = m4 ^ m1;
    let m6 = t3 & t16;
    let m7 = t22 & t9;
    let m8 = t26 ^ m6;
    let m9 = t20 & t17;
    let m10 = m9 ^ m6;
    let m11 = t1 & t15;
    let m12 = t4 & t27;
    let m13 = m12 ^ m11;
    let m14 = t2 & t10;
    let m15 = m14 ^ m11;
    let m16 = m3 ^ m2;
    let m17 = m5 ^ t24;
    let m18 = m8 ^ m7;
    let m19 = m10 ^ m15;
    let m20 = m16 ^ m13;
    let m21 = m17 ^ m15;
    let m22 = m18 ^ m13;
    let m23 = m19 ^ t25;
    let m24 = m22 ^ m23;
    let m25 = m22 & m20;
    let m26 = m21 ^ m25;
    let m27 = m20 ^ m21;
    let m28 = m23 ^ m25;
    let m29 = m28 & m27;
    let m30 = m26 & m24;
    let m31 = m20 & m23;
    let m32 = m27 & m31;
    let m33 = m27 ^ m25;
    let m34 = m21 & m22;
    let m35 = m24 & m34;
    let m36 = m24 ^ m25;
    let m37 = m21 ^ m29;
    let m38 = m32 ^ m33;
    let m39 = m23 ^ m30;
    let m40 = m35 ^ m36;
    let m41 = m38 ^ m40;
    let m42 = m37 ^ m39;
    let m43 = m37 ^ m38;
    let m44 = m39 ^ m40;
    let m45 = m42 ^ m41;
    let m46 = m44 & t6;
    let m47 = m40 & t8;
    let m48 = m39 & u7;
    let m49 = m43 & t16;
    let m50 = m38 & t9;
    let m51 = m37 & t17;
    let m52 = m42 & t15;
    let m53 = m45 & t27;
    let m54 = m41 & t10;
    let m55 = m44 & t13;
    let m56 = m40 & t23;
    let m57 = m39 & t19;
    let m58 = m43 & t3;
    let m59 = m38 & t22;
    let m60 = m37 & t20;
    let m61 = m42 & t1;
    let m62 = m45 & t4;
    let m63 = m41 & t2;

    // Bottom linear layer (with the affine map folded in).
    let l0 = m61 ^ m62;
    let l1 = m50 ^ m56;
    let l2 = m46 ^ m48;
    let l3 = m47 ^ m55;
    let l4 = m54 ^ m58;
    let l5 = m49 ^ m61;
    let l6 = m62 ^ l5;
    let l7 = m46 ^ l3;
    let l8 = m51 ^ m59;
    let l9 = m52 ^ m53;
    let l10 = m53 ^ l4;
    let l11 = m60 ^ l2;
    let l12 = m48 ^ m51;
    let l13 = m50 ^ l0;
    let l14 = m52 ^ m61;
    let l15 = m55 ^ l1;
    let l16 = m56 ^ l0;
    let l17 = m57 ^ l1;
    let l18 = m58 ^ l8;
    let l19 = m63 ^ l4;
    let l20 = l0 ^ l1;
    let l21 = l1 ^ l7;
    let l22 = l3 ^ l12;
    let l23 = l18 ^ l2;
    let l24 = l15 ^ l9;
    let l25 = l6 ^ l10;
    let l26 = l7 ^ l9;
    let l27 = l8 ^ l10;
    let l28 = l11 ^ l14;
    let l29 = l11 ^ l17;
    let s0 = l6 ^ l24;
    let s1 = !(l16 ^ l26);
    let s2 = !(l19 ^ l28);
    let s3 = l6 ^ l21;
    let s4 = l20 ^ l22;
    let s5 = l25 ^ l29;
    let s6 = !(l13 ^ l27);
    let s7 = !(l6 ^ l23);

    // Outputs: S0 is the most significant bit.
    [s7, s6, s5, s4, s3, s2, s1, s0]
}

/// The inverse affine map `A'(b) = rotl(b,1) ^ rotl(b,3) ^ rotl(b,6) ^ 0x05` on
/// planes: bit `i` of `rotl(b, k)` is bit `i - k` of `b`; `0x05` flips bits 0, 2.
#[inline(always)]
fn inv_affine_planes<T: Plane>(p: [T; 8]) -> [T; 8] {
    let mut out: [T; 8] =
        core::array::from_fn(|i| p[(i + 7) % 8] ^ p[(i + 5) % 8] ^ p[(i + 2) % 8]);
    out[0] = !out[0];
    out[2] = !out[2];
    out
}

/// SubBytes, constant-time.
#[inline(always)]
fn sub_bytes(s: u128) -> u128 {
    from_planes(sbox_planes(to_planes(s)))
}

/// InvSubBytes, constant-time: `A' . SubBytes . A'`.
#[inline(always)]
fn inv_sub_bytes(s: u128) -> u128 {
    from_planes(inv_affine_planes(sbox_planes(inv_affine_planes(
        to_planes(s),
    ))))
}

/// SubBytes (or InvSubBytes) of every state, four at a time through one
/// evaluation of the circuit on `u64` planes (state `i` of a group in bits
/// `16i..16i + 15`): what the VAES forms and other multi-lane helpers run,
/// where one state per evaluation would repeat the circuit per lane.
#[inline]
fn sub_bytes_lanes<const N: usize>(s: [u128; N], inverse: bool) -> [u128; N] {
    let mut out = s;
    for (group, dst) in s.chunks(4).zip(out.chunks_mut(4)) {
        let mut w = [0u64; 8];
        for (i, &x) in group.iter().enumerate() {
            let p = to_planes(x);
            for (wb, pb) in w.iter_mut().zip(p) {
                *wb |= u64::from(pb) << (16 * i);
            }
        }
        let w = if inverse {
            inv_affine_planes(sbox_planes(inv_affine_planes(w)))
        } else {
            sbox_planes(w)
        };
        for (i, d) in dst.iter_mut().enumerate() {
            *d = from_planes(core::array::from_fn(|b| (w[b] >> (16 * i)) as u16));
        }
    }
    out
}

/// One of the four VAES rounds on every lane: as the single-lane fragments
/// (ShiftRows first, since SubBytes is bytewise), with the S-box circuit shared
/// by four lanes at a time.
#[inline]
pub fn aes_lanes<const N: usize>(op: LaneOp, s: [u128; N], k: [u128; N]) -> [u128; N] {
    let inverse = matches!(op, LaneOp::Dec | LaneOp::DecLast);
    let shifted = s.map(if inverse { inv_shift_rows } else { shift_rows });
    let sub = sub_bytes_lanes(shifted, inverse);
    core::array::from_fn(|i| {
        let t = match op {
            LaneOp::Enc => packed::mix_columns(sub[i]),
            LaneOp::Dec => packed::inv_mix_columns(sub[i]),
            LaneOp::EncLast | LaneOp::DecLast => sub[i],
        };
        t ^ k[i]
    })
}

/// `SR(SB(s)) ^ k`.
#[inline]
pub fn sb_sr_ak(s: u128, k: u128) -> u128 {
    shift_rows(sub_bytes(s)) ^ k
}

/// `MC(SR(SB(s))) ^ k`.
#[inline]
pub fn sb_sr_mc_ak(s: u128, k: u128) -> u128 {
    packed::mix_columns(shift_rows(sub_bytes(s))) ^ k
}

/// `ISB(ISR(s)) ^ k`.
#[inline]
pub fn isb_isr_ak(s: u128, k: u128) -> u128 {
    inv_sub_bytes(inv_shift_rows(s)) ^ k
}

/// `IMC(ISB(ISR(s))) ^ k`.
#[inline]
pub fn isb_isr_imc_ak(s: u128, k: u128) -> u128 {
    packed::inv_mix_columns(inv_sub_bytes(inv_shift_rows(s))) ^ k
}

/// `IMC(ISB(ISR(s)) ^ k)`.
#[inline]
pub fn isb_isr_ak_imc(s: u128, k: u128) -> u128 {
    packed::inv_mix_columns(inv_sub_bytes(inv_shift_rows(s)) ^ k)
}

/// `MC(s)`.
#[inline]
pub fn mc(s: u128) -> u128 {
    packed::mix_columns(s)
}

/// `IMC(s)`.
#[inline]
pub fn imc(s: u128) -> u128 {
    packed::inv_mix_columns(s)
}

/// `SB(s)`.
#[inline]
pub fn sb(s: u128) -> u128 {
    sub_bytes(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::aes::tables::{INV_SBOX, SBOX};
    use crate::math::aes::{inv_shift_rows as ref_isr, shift_rows as ref_sr};

    /// Every byte value, 16 at a time.
    fn all_bytes() -> impl Iterator<Item = u128> {
        (0..16u8).map(|hi| u128::from_le_bytes(core::array::from_fn(|i| hi * 16 + i as u8)))
    }

    #[test]
    fn planes_round_trip() {
        let s = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128;
        assert_eq!(from_planes(to_planes(s)), s);
        // Plane 0 of a state whose byte i is i: bit i set for odd i.
        assert_eq!(
            to_planes(u128::from_le_bytes(core::array::from_fn(|i| i as u8)))[0],
            0xaaaa
        );
    }

    #[test]
    fn circuit_is_the_sbox() {
        for s in all_bytes() {
            let out = sub_bytes(s).to_le_bytes();
            let inv = inv_sub_bytes(s).to_le_bytes();
            for (i, x) in s.to_le_bytes().into_iter().enumerate() {
                assert_eq!(out[i], SBOX[usize::from(x)], "S({x:#04x})");
                assert_eq!(inv[i], INV_SBOX[usize::from(x)], "InvS({x:#04x})");
            }
        }
    }

    #[test]
    fn shift_rows_match_the_steps() {
        let s = 0x0f0e_0d0c_0b0a_0908_0706_0504_0302_0100u128;
        assert_eq!(shift_rows(s), ref_sr(s));
        assert_eq!(inv_shift_rows(s), ref_isr(s));
    }
}
