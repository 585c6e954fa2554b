//! The SHA-1 functions and constants of FIPS 180-4 (sections 4.1.1, 4.2.1,
//! 5.3.1). `Ch` and `Maj` are the same functions as SHA-256's
//! ([`super::sha256`]).
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::sha1::{SHA1_H0, SHA1_K, ch, maj, parity};
//! // SHA-1 of "abc" (one padded block, FIPS 180-4 6.1.2) from these pieces.
//! let mut w = [0u32; 80];
//! (w[0], w[15]) = (0x6162_6380, 24); // "abc", the 1 bit, the bit length
//! for t in 16..80 {
//!     w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotate_left(1);
//! }
//! let [mut a, mut b, mut c, mut d, mut e] = SHA1_H0;
//! for t in 0..80 {
//!     let f = [ch, parity, maj, parity][t / 20](b, c, d);
//!     let temp = a.rotate_left(5).wrapping_add(f).wrapping_add(e);
//!     let temp = temp.wrapping_add(SHA1_K[t / 20]).wrapping_add(w[t]);
//!     (e, d, c, b, a) = (d, c, b.rotate_left(30), a, temp);
//! }
//! let h: Vec<u32> = [a, b, c, d, e].iter().zip(SHA1_H0).map(|(x, h)| x.wrapping_add(h)).collect();
//! // FIPS 180-4 example: SHA-1("abc") = a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d.
//! assert_eq!(h, [0xa999_3e36, 0x4706_816a, 0xba3e_2571, 0x7850_c26c, 0x9cd0_d89d]);
//! ```

pub use super::sha256::{ch, maj};

/// `Parity(x, y, z) = x XOR y XOR z` (FIPS 180-4 4.1.1).
#[inline(always)]
#[must_use]
pub const fn parity(x: u32, y: u32, z: u32) -> u32 {
    x ^ y ^ z
}

/// SHA-1 round constants (FIPS 180-4 4.2.1): `floor(2^30 sqrt(n))` for
/// `n = 2, 3, 5, 10`, used in rounds 0-19, 20-39, 40-59, 60-79.
pub const SHA1_K: [u32; 4] = {
    let n = [2u128, 3, 5, 10];
    let mut k = [0u32; 4];
    let mut i = 0;
    while i < 4 {
        k[i] = super::sha256::isqrt(n[i] << 60) as u32;
        i += 1;
    }
    k
};

/// SHA-1 initial hash value (FIPS 180-4 5.3.1).
pub const SHA1_H0: [u32; 5] = [
    0x6745_2301,
    0xefcd_ab89,
    0x98ba_dcfe,
    0x1032_5476,
    0xc3d2_e1f0,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_match_fips_180_4() {
        // FIPS 180-4 4.2.1 and 5.3.1.
        assert_eq!(SHA1_K, [0x5a82_7999, 0x6ed9_eba1, 0x8f1b_bcdc, 0xca62_c1d6]);
        assert_eq!(SHA1_H0[0], 0x6745_2301);
        assert_eq!(parity(0xf0f0_f0f0, 0xff00_ff00, 0xffff_0000), 0xf00f_0ff0);
    }
}
