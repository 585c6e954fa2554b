//! Carry-less (polynomial) multiplication over GF(2), constant-time.
//!
//! `clmul64(a, b)` multiplies two polynomials of degree < 64 with coefficients
//! in GF(2) (bit `i` is the coefficient of `x^i`) and returns the 127-bit
//! product: what x86 PCLMULQDQ and Arm PMULL compute. GHASH multiplies by a
//! secret, so this software form has no branch and no table index on its
//! operands.
//!
//! # How: integer multiplication with holes
//! An integer multiply adds partial products with carries; a carry-less one XORs
//! them. Keep only every fifth bit of each operand (classes `i = 0..4` of bit
//! positions `p mod 5`): in `(a & M_i) * (b & M_j)` every bit position of class
//! `(i + j) mod 5` receives the *count* of the partial products that land
//! there, and no other class of position receives any. There are at most 13
//! such products (64 bits / 5), a count below 16, so it fits the position and
//! the three positions above it and never reaches the next position of its own
//! class; its lowest bit is the XOR of the partial products. Masking each
//! product's result to class `(i + j) mod 5` and XORing the 25 results gives the
//! carry-less product. The 64x64->128 integer multiply itself is a single
//! constant-time instruction on the hosts this crate targets (x86-64 `MUL`,
//! AArch64 `MUL`/`UMULH`).
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::clmul::{clmul8, clmul64, clmul64_reference};
//! // (x + 1)^2 = x^2 + 1 over GF(2): the cross terms cancel.
//! assert_eq!(clmul8(0b11, 0b11), 0b101);
//! // Intel CLMUL white paper (Gueron/Kounavis, rev. 2.02), PCLMULQDQ imm 0x00
//! // and 0x11: the low and the high qwords of 0x4869... and 0x7b5b....
//! let p = clmul64(0x5b47_7565_726f_6e5d, 0x6374_6f72_5d53_475d);
//! assert_eq!(p, 0x1d4d84c85c3440c0929633d5d36f0451);
//! let p = clmul64(0x4869_2853_6861_7929, 0x7b5b_5465_7374_5665);
//! assert_eq!(p, 0x1d1e1f2c592e7c45d66ee03e410fd4ed);
//! assert_eq!(clmul64_reference(0x4869_2853_6861_7929, 0x7b5b_5465_7374_5665), p);
//! ```

/// Bits at positions `p` with `p mod 5 == i`, for a 64-bit operand.
const fn class64(i: u32) -> u64 {
    let mut m = 0u64;
    let mut p = i;
    while p < 64 {
        m |= 1 << p;
        p += 5;
    }
    m
}

/// Bits at positions `p` with `p mod 5 == i`, for the 128-bit product.
const fn class128(i: u32) -> u128 {
    let mut m = 0u128;
    let mut p = i;
    while p < 128 {
        m |= 1 << p;
        p += 5;
    }
    m
}

const M64: [u64; 5] = [class64(0), class64(1), class64(2), class64(3), class64(4)];
const M128: [u128; 5] = [
    class128(0),
    class128(1),
    class128(2),
    class128(3),
    class128(4),
];

/// The carry-less product of two 64-bit polynomials, constant-time.
#[inline]
#[must_use]
pub fn clmul64(a: u64, b: u64) -> u128 {
    let a: [u128; 5] = core::array::from_fn(|i| u128::from(a & M64[i]));
    let b: [u128; 5] = core::array::from_fn(|i| u128::from(b & M64[i]));
    let mut z = [0u128; 5];
    for (i, ai) in a.iter().enumerate() {
        for (j, bj) in b.iter().enumerate() {
            z[(i + j) % 5] ^= ai.wrapping_mul(*bj);
        }
    }
    (z[0] & M128[0]) | (z[1] & M128[1]) | (z[2] & M128[2]) | (z[3] & M128[3]) | (z[4] & M128[4])
}

/// The textbook shift-and-XOR carry-less product (branch-free, slow); the
/// reference the fast form is tested against.
#[must_use]
pub fn clmul64_reference(a: u64, b: u64) -> u128 {
    let mut r = 0u128;
    for i in 0..64 {
        let bit = u128::from((b >> i) & 1);
        r ^= (u128::from(a) << i) & 0u128.wrapping_sub(bit);
    }
    r
}

// ---------------------------------------------------------------------------
// Narrow lanes: POWER vpmsumb/h/w, RISC-V Zbkc clmul/clmulh (RV32) and Zvbc.
// ---------------------------------------------------------------------------

/// Bits at positions `p` with `p mod 5 == i`, for a 32-bit operand.
const fn class32(i: u32) -> u32 {
    let mut m = 0u32;
    let mut p = i;
    while p < 32 {
        m |= 1 << p;
        p += 5;
    }
    m
}

const M32: [u32; 5] = [class32(0), class32(1), class32(2), class32(3), class32(4)];

/// The carry-less product of two 32-bit polynomials (degree < 63 result),
/// constant-time.
///
/// The holes technique of [`clmul64`] at half width: the 25 products of the
/// five bit classes of each operand are plain `u64` multiplications (a 32x32-bit
/// product never overflows 64 bits), at most 7 partial products land on any one
/// position (32 bits / 5), and the count's low bit is the XOR. No branch and no
/// table index on the operands; loop bounds and indices are fixed.
///
/// RISC-V Zbkc `clmul`/`clmulh` on RV32 are the low and high words of this;
/// POWER `vpmsumw` XORs two of these per doubleword.
#[inline]
#[must_use]
pub const fn clmul32(a: u32, b: u32) -> u64 {
    let mut z = [0u64; 5];
    let mut i = 0;
    while i < 5 {
        let ai = (a & M32[i]) as u64;
        let mut j = 0;
        while j < 5 {
            let bj = (b & M32[j]) as u64;
            z[(i + j) % 5] ^= ai * bj;
            j += 1;
        }
        i += 1;
    }
    // The product has at most 63 bits: the 64-bit classes mask it.
    (z[0] & M64[0]) | (z[1] & M64[1]) | (z[2] & M64[2]) | (z[3] & M64[3]) | (z[4] & M64[4])
}

/// The carry-less product of two 16-bit polynomials (degree < 31 result),
/// constant-time: [`clmul32`] on the zero-extended operands, whose product
/// fits the low 31 bits. POWER `vpmsumh` XORs two of these per word.
#[inline]
#[must_use]
pub const fn clmul16(a: u16, b: u16) -> u32 {
    clmul32(a as u32, b as u32) as u32
}

/// The carry-less product of two 8-bit polynomials (degree < 15 result),
/// constant-time: [`clmul32`] on the zero-extended operands. POWER `vpmsumb`
/// XORs two of these per halfword.
#[inline]
#[must_use]
pub const fn clmul8(a: u8, b: u8) -> u16 {
    clmul32(a as u32, b as u32) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_definition() {
        let mut x = 0x0123_4567_89ab_cdefu64;
        let mut y = 0xfedc_ba98_7654_3210u64;
        for _ in 0..20_000 {
            assert_eq!(clmul64(x, y), clmul64_reference(x, y), "{x:#x} {y:#x}");
            x = x.rotate_left(7).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ y;
            y = y.rotate_left(13).wrapping_add(x);
        }
        for (a, b) in [
            (u64::MAX, u64::MAX),
            (0, u64::MAX),
            (1, 1),
            (1 << 63, 1 << 63),
        ] {
            assert_eq!(clmul64(a, b), clmul64_reference(a, b));
        }
        // (x + 1)^2 = x^2 + 1 over GF(2).
        assert_eq!(clmul64(3, 3), 5);
        // Squaring over GF(2) is linear: (sum x^i)^2 = sum x^(2i), the even bits.
        assert_eq!(
            clmul64(u64::MAX, u64::MAX),
            0x5555_5555_5555_5555_5555_5555_5555_5555
        );
    }

    /// The plain bit-by-bit definition, with a branch: bit `i` of `b` set adds
    /// `a * x^i`.
    fn by_bits(a: u64, b: u64, width: u32) -> u128 {
        let mut r = 0u128;
        for i in 0..width {
            if (b >> i) & 1 == 1 {
                r ^= u128::from(a) << i;
            }
        }
        r
    }

    #[test]
    fn narrow_lanes_match_the_definition() {
        // clmul8: every pair.
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let want = by_bits(u64::from(a), u64::from(b), 8);
                assert_eq!(u128::from(clmul8(a, b)), want, "{a:#x} {b:#x}");
            }
        }
        // clmul16 and clmul32: sampled, plus the extremes.
        let mut x = 0x0123_4567_89ab_cdefu64;
        let mut y = 0xfedc_ba98_7654_3210u64;
        for _ in 0..200_000 {
            let (a16, b16) = (x as u16, y as u16);
            let (a32, b32) = ((x >> 16) as u32, (y >> 32) as u32);
            assert_eq!(
                u128::from(clmul16(a16, b16)),
                by_bits(u64::from(a16), u64::from(b16), 16)
            );
            assert_eq!(
                u128::from(clmul32(a32, b32)),
                by_bits(u64::from(a32), u64::from(b32), 32),
                "{a32:#x} {b32:#x}"
            );
            // The wider form restricted to narrow operands agrees too.
            assert_eq!(
                u128::from(clmul32(a32, b32)),
                clmul64(a32.into(), b32.into())
            );
            x = x.rotate_left(7).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ y;
            y = y.rotate_left(13).wrapping_add(x);
        }
        for (a, b) in [
            (u32::MAX, u32::MAX),
            (0, u32::MAX),
            (1, 1),
            (1 << 31, 1 << 31),
        ] {
            assert_eq!(u128::from(clmul32(a, b)), by_bits(a.into(), b.into(), 32));
            let (a16, b16) = (a as u16, b as u16);
            assert_eq!(
                u128::from(clmul16(a16, b16)),
                by_bits(a16.into(), b16.into(), 16)
            );
        }
    }

    #[test]
    fn narrow_lane_facts() {
        // (x + 1)^2 = x^2 + 1 over GF(2).
        assert_eq!(clmul8(3, 3), 5);
        assert_eq!(clmul16(3, 3), 5);
        assert_eq!(clmul32(3, 3), 5);
        // x^7 . x^7 = x^14, x^15 . x^15 = x^30, x^31 . x^31 = x^62: the top bit.
        assert_eq!(clmul8(0x80, 0x80), 1 << 14);
        assert_eq!(clmul16(0x8000, 0x8000), 1 << 30);
        assert_eq!(clmul32(1 << 31, 1 << 31), 1 << 62);
        // Squaring is linear over GF(2): (sum x^i)^2 = sum x^(2i), the even bits.
        assert_eq!(clmul8(0xff, 0xff), 0x5555);
        assert_eq!(clmul16(0xffff, 0xffff), 0x5555_5555);
        assert_eq!(clmul32(u32::MAX, u32::MAX), 0x5555_5555_5555_5555);
        // FIPS-197 4.2: before reduction, {57} . {83} is
        // x^13 + x^11 + x^9 + x^8 + x^6 + x^5 + x^4 + x^3 + 1 = 0x2b79.
        assert_eq!(clmul8(0x57, 0x83), 0x2b79);
    }
}
