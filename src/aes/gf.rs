//! Arithmetic in GF(2^8), the field AES is defined over (FIPS-197 section 4).
//!
//! A byte `b7 b6 ... b0` stands for the polynomial `b7 x^7 + ... + b1 x + b0` with
//! coefficients in GF(2). Addition is XOR. Multiplication is polynomial
//! multiplication reduced modulo the AES polynomial
//! `m(x) = x^8 + x^4 + x^3 + x + 1` (`0x11b`).
//!
//! Everything here is a `const fn` so that the S-boxes and lookup tables in
//! [`super::tables`] are computed by the compiler from these definitions rather
//! than typed in.

/// The low eight bits of the AES reduction polynomial `m(x) = x^8 + x^4 + x^3 + x + 1`.
///
/// When a product overflows into `x^8`, `x^8 = x^4 + x^3 + x + 1 (mod m)`, which is
/// `0x1b`.
pub const REDUCTION: u8 = 0x1b;

/// Multiplies `a` by `x` (FIPS-197 section 4.2.1, `xtime()`).
///
/// Shift left by one; if bit 7 fell off, reduce by XORing [`REDUCTION`].
#[inline]
#[must_use]
pub const fn xtime(a: u8) -> u8 {
    // `(a >> 7) * 0x1b` is 0 or 0x1b without a branch.
    (a << 1) ^ ((a >> 7) * REDUCTION)
}

/// Multiplies two field elements (FIPS-197 section 4.2).
///
/// Schoolbook "Russian peasant" method: for every set bit `i` of `b`, add
/// `a * x^i` (obtained by repeated [`xtime`]). Used to build tables and by the
/// readable reference steps; the fast paths never multiply byte by byte.
#[must_use]
pub const fn mul(a: u8, b: u8) -> u8 {
    let mut acc = 0u8;
    let mut a = a;
    let mut b = b;
    let mut i = 0;
    while i < 8 {
        // Add `a` when the current bit of `b` is set (mask is 0x00 or 0xff).
        acc ^= a & (0u8.wrapping_sub(b & 1));
        a = xtime(a);
        b >>= 1;
        i += 1;
    }
    acc
}

/// Raises `a` to the power `e` by square-and-multiply.
#[must_use]
pub const fn pow(a: u8, e: u8) -> u8 {
    let mut result = 1u8;
    let mut base = a;
    let mut e = e;
    while e != 0 {
        if e & 1 == 1 {
            result = mul(result, base);
        }
        base = mul(base, base);
        e >>= 1;
    }
    result
}

/// Multiplicative inverse, with `inv(0) = 0` as FIPS-197 section 5.1.1 specifies.
///
/// The multiplicative group has order 255, so `a^254 = a^-1` for `a != 0`, and
/// `0^254 = 0` gives the required value for zero without a special case.
#[must_use]
pub const fn inv(a: u8) -> u8 {
    pow(a, 254)
}

/// The affine transformation of the S-box (FIPS-197 equation 5.1):
/// `b'_i = b_i + b_(i+4) + b_(i+5) + b_(i+6) + b_(i+7) + c_i` with `c = 0x63`,
/// which as byte rotations is `b ^ rotl(b,1) ^ rotl(b,2) ^ rotl(b,3) ^ rotl(b,4) ^ 0x63`.
#[must_use]
pub const fn affine(b: u8) -> u8 {
    b ^ b.rotate_left(1) ^ b.rotate_left(2) ^ b.rotate_left(3) ^ b.rotate_left(4) ^ 0x63
}

/// The inverse of [`affine`]: `b ^ ... = rotl(b,1) ^ rotl(b,3) ^ rotl(b,6) ^ 0x05`.
#[must_use]
pub const fn inv_affine(b: u8) -> u8 {
    b.rotate_left(1) ^ b.rotate_left(3) ^ b.rotate_left(6) ^ 0x05
}

/// The AES S-box entry for `x`: the affine transformation of the inverse
/// (FIPS-197 section 5.1.1).
#[must_use]
pub const fn sbox(x: u8) -> u8 {
    affine(inv(x))
}

/// The inverse S-box entry for `y`: the inverse of the affine transformation,
/// then the multiplicative inverse (FIPS-197 section 5.3.2).
#[must_use]
pub const fn inv_sbox(y: u8) -> u8 {
    inv(inv_affine(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fips197_section_4_examples() {
        // Section 4.1: {57} + {83} = {d4}.
        assert_eq!(0x57 ^ 0x83, 0xd4);
        // Section 4.2: {57} * {83} = {c1}.
        assert_eq!(mul(0x57, 0x83), 0xc1);
        // Section 4.2.1: xtime chain of {57}: {ae}, {47}, {8e}, {07}; {57}*{13} = {fe}.
        assert_eq!(xtime(0x57), 0xae);
        assert_eq!(xtime(0xae), 0x47);
        assert_eq!(xtime(0x47), 0x8e);
        assert_eq!(xtime(0x8e), 0x07);
        assert_eq!(mul(0x57, 0x13), 0xfe);
    }

    #[test]
    fn inverse_is_inverse() {
        assert_eq!(inv(0), 0);
        for a in 1..=255u8 {
            assert_eq!(mul(a, inv(a)), 1, "a = {a:#04x}");
        }
    }

    #[test]
    fn affine_round_trip() {
        for b in 0..=255u8 {
            assert_eq!(inv_affine(affine(b)), b);
            assert_eq!(affine(inv_affine(b)), b);
        }
    }
}
