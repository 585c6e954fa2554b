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
}
