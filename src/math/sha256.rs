//! The SHA-256 functions and constants of FIPS 180-4 (sections 4.1.2, 4.2.2,
//! 5.3.3), named as the standard names them. Words are `u32`; the constants are
//! computed at compile time from their definitions (square and cube roots of
//! primes), not typed in. `Ch` and `Maj` are shared with SHA-1 (4.1.1).
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::sha256::{SHA256_H0, SHA256_K, round, schedule_next};
//! // SHA-256 of "abc" (one padded block, FIPS 180-4 6.2.2) from these pieces.
//! let mut w = [0u32; 64];
//! (w[0], w[15]) = (0x6162_6380, 24); // "abc", the 1 bit, the bit length
//! for t in 16..64 {
//!     w[t] = schedule_next(w[t - 2], w[t - 7], w[t - 15], w[t - 16]);
//! }
//! let mut s = SHA256_H0;
//! for t in 0..64 {
//!     s = round(s, w[t].wrapping_add(SHA256_K[t]));
//! }
//! let h: Vec<u32> = s.iter().zip(SHA256_H0).map(|(x, h)| x.wrapping_add(h)).collect();
//! // FIPS 180-4 example: SHA-256("abc") = ba7816bf 8f01cfea ... f20015ad.
//! assert_eq!(h, [0xba78_16bf, 0x8f01_cfea, 0x4141_40de, 0x5dae_2223,
//!                0xb003_61a3, 0x9617_7a9c, 0xb410_ff61, 0xf200_15ad]);
//! ```

/// `Ch(x, y, z) = (x AND y) XOR (NOT x AND z)` (FIPS 180-4 4.1.1, 4.1.2); Arm
/// calls it `SHAchoose`.
#[inline(always)]
#[must_use]
pub const fn ch(x: u32, y: u32, z: u32) -> u32 {
    (x & y) ^ (!x & z)
}

/// `Maj(x, y, z) = (x AND y) XOR (x AND z) XOR (y AND z)` (FIPS 180-4 4.1.1,
/// 4.1.2); Arm calls it `SHAmajority`.
#[inline(always)]
#[must_use]
pub const fn maj(x: u32, y: u32, z: u32) -> u32 {
    (x & y) ^ (x & z) ^ (y & z)
}

/// SHA-256 `Σ0(x) = ROTR^2(x) ^ ROTR^13(x) ^ ROTR^22(x)` (Arm `SHAhashSIGMA0`).
#[inline(always)]
#[must_use]
pub const fn big_sigma0(x: u32) -> u32 {
    x.rotate_right(2) ^ x.rotate_right(13) ^ x.rotate_right(22)
}

/// SHA-256 `Σ1(x) = ROTR^6(x) ^ ROTR^11(x) ^ ROTR^25(x)` (Arm `SHAhashSIGMA1`).
#[inline(always)]
#[must_use]
pub const fn big_sigma1(x: u32) -> u32 {
    x.rotate_right(6) ^ x.rotate_right(11) ^ x.rotate_right(25)
}

/// SHA-256 `σ0(x) = ROTR^7(x) ^ ROTR^18(x) ^ SHR^3(x)`.
#[inline(always)]
#[must_use]
pub const fn small_sigma0(x: u32) -> u32 {
    x.rotate_right(7) ^ x.rotate_right(18) ^ (x >> 3)
}

/// SHA-256 `σ1(x) = ROTR^17(x) ^ ROTR^19(x) ^ SHR^10(x)`.
#[inline(always)]
#[must_use]
pub const fn small_sigma1(x: u32) -> u32 {
    x.rotate_right(17) ^ x.rotate_right(19) ^ (x >> 10)
}

/// One SHA-256 round (FIPS 180-4 6.2.2, step 3) on the working variables
/// `[a, b, c, d, e, f, g, h]`, given `wk = W_t + K_t` (mod 2^32):
/// `T1 = h + Σ1(e) + Ch(e, f, g) + wk`, `T2 = Σ0(a) + Maj(a, b, c)`, then
/// `h = g, g = f, f = e, e = d + T1, d = c, c = b, b = a, a = T1 + T2`.
#[inline(always)]
#[must_use]
pub const fn round(state: [u32; 8], wk: u32) -> [u32; 8] {
    let [a, b, c, d, e, f, g, h] = state;
    let t1 = h
        .wrapping_add(big_sigma1(e))
        .wrapping_add(ch(e, f, g))
        .wrapping_add(wk);
    let t2 = big_sigma0(a).wrapping_add(maj(a, b, c));
    [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g]
}

/// One word of the SHA-256 message schedule (FIPS 180-4 6.2.2, step 1), for
/// `16 <= t <= 63`: `W_t = σ1(W_{t-2}) + W_{t-7} + σ0(W_{t-15}) + W_{t-16}`
/// (mod 2^32).
#[inline(always)]
#[must_use]
pub const fn schedule_next(w_tm2: u32, w_tm7: u32, w_tm15: u32, w_tm16: u32) -> u32 {
    small_sigma1(w_tm2)
        .wrapping_add(w_tm7)
        .wrapping_add(small_sigma0(w_tm15))
        .wrapping_add(w_tm16)
}

/// `floor(sqrt(n))` for a `u128`, by bisection (compile time only).
pub(crate) const fn isqrt(n: u128) -> u128 {
    let (mut lo, mut hi) = (0u128, 1u128 << 64);
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        if mid <= n / mid {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

/// `floor(cbrt(n))` for a `u128`, by bisection (compile time only).
pub(crate) const fn icbrt(n: u128) -> u128 {
    let (mut lo, mut hi) = (0u128, 1u128 << 43);
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        if mid * mid <= n / mid {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

/// The first `N` primes.
pub(crate) const fn primes<const N: usize>() -> [u32; N] {
    let mut out = [0u32; N];
    let mut found = 0;
    let mut c = 2u32;
    while found < N {
        let mut d = 2;
        let mut prime = true;
        while d * d <= c {
            if c % d == 0 {
                prime = false;
                break;
            }
            d += 1;
        }
        if prime {
            out[found] = c;
            found += 1;
        }
        c += 1;
    }
    out
}

/// SHA-256 round constants (FIPS 180-4 4.2.2): the first 32 bits of the
/// fractional parts of the cube roots of the first 64 primes.
pub const SHA256_K: [u32; 64] = {
    let p = primes::<64>();
    let mut k = [0u32; 64];
    let mut i = 0;
    while i < 64 {
        // cbrt(p * 2^96) = cbrt(p) * 2^32; the low 32 bits are the fraction's.
        k[i] = icbrt((p[i] as u128) << 96) as u32;
        i += 1;
    }
    k
};

/// SHA-256 initial hash value (FIPS 180-4 5.3.3): the first 32 bits of the
/// fractional parts of the square roots of the first 8 primes.
pub const SHA256_H0: [u32; 8] = {
    let p = primes::<8>();
    let mut h = [0u32; 8];
    let mut i = 0;
    while i < 8 {
        h[i] = isqrt((p[i] as u128) << 64) as u32;
        i += 1;
    }
    h
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_match_fips_180_4() {
        // FIPS 180-4 5.3.3, and the first and last 4.2.2 constants.
        assert_eq!(
            SHA256_H0,
            [
                0x6a09_e667,
                0xbb67_ae85,
                0x3c6e_f372,
                0xa54f_f53a,
                0x510e_527f,
                0x9b05_688c,
                0x1f83_d9ab,
                0x5be0_cd19
            ]
        );
        assert_eq!(
            &SHA256_K[..4],
            &[0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5]
        );
        assert_eq!(
            &SHA256_K[60..],
            &[0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2]
        );
    }
}
