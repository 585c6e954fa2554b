//! The SHA-384, SHA-512, SHA-512/224 and SHA-512/256 functions and constants
//! of FIPS 180-4, named as the standard names them, for the Arm SHA-512
//! instruction helpers (`SHA512H`, `SHA512H2`, `SHA512SU0`, `SHA512SU1`) and
//! for whole-hash compositions.
//!
//! Words are `u64`. Every constant is computed at compile time from its
//! definition: `K` from the cube roots of the first 80 primes (4.2.3), the
//! SHA-512 and SHA-384 initial hash values from square roots of primes (5.3.4,
//! 5.3.5), and the SHA-512/t initial hash values by running the SHA-512/t IV
//! generation function of 5.3.6 through [`compress`].
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::sha512::{IV_384, IV_512, compress};
//! // "abc" in one padded 1024-bit block (FIPS 180-4 5.1.2).
//! let mut block = [0u8; 128];
//! block[..4].copy_from_slice(b"abc\x80");
//! block[127] = 24; // the message length in bits
//! let mut h = IV_512;
//! compress(&mut h, &block);
//! // FIPS 180-4 example: SHA-512("abc") = ddaf35a193617aba ... a54ca49f.
//! assert_eq!(h, [0xddaf35a193617aba, 0xcc417349ae204131, 0x12e6fa4e89a97ea2, 0x0a9eeee64b55d39a,
//!                0x2192992a274fc1a8, 0x36ba3c23a3feebbd, 0x454d4423643ce80e, 0x2a9ac94fa54ca49f]);
//! // SHA-384 is the same compression from its own IV, truncated to 6 words.
//! let mut h = IV_384;
//! compress(&mut h, &block);
//! assert_eq!(h[0], 0xcb00753f45a35e8b); // SHA-384("abc") = cb00753f45a35e8b ...
//! ```

/// `Ch(x, y, z) = (x AND y) XOR (NOT x AND z)` on 64-bit words (FIPS 180-4
/// 4.1.3, (4.8)).
#[inline(always)]
#[must_use]
pub const fn ch(x: u64, y: u64, z: u64) -> u64 {
    (x & y) ^ (!x & z)
}

/// `Maj(x, y, z) = (x AND y) XOR (x AND z) XOR (y AND z)` on 64-bit words
/// (FIPS 180-4 4.1.3, (4.9)).
#[inline(always)]
#[must_use]
pub const fn maj(x: u64, y: u64, z: u64) -> u64 {
    (x & y) ^ (x & z) ^ (y & z)
}

/// SHA-512 `Σ0(x) = ROTR^28(x) XOR ROTR^34(x) XOR ROTR^39(x)` (FIPS 180-4
/// 4.1.3, (4.10)).
#[inline(always)]
#[must_use]
pub const fn big_sigma0(x: u64) -> u64 {
    x.rotate_right(28) ^ x.rotate_right(34) ^ x.rotate_right(39)
}

/// SHA-512 `Σ1(x) = ROTR^14(x) XOR ROTR^18(x) XOR ROTR^41(x)` (FIPS 180-4
/// 4.1.3, (4.11)).
#[inline(always)]
#[must_use]
pub const fn big_sigma1(x: u64) -> u64 {
    x.rotate_right(14) ^ x.rotate_right(18) ^ x.rotate_right(41)
}

/// SHA-512 `σ0(x) = ROTR^1(x) XOR ROTR^8(x) XOR SHR^7(x)` (FIPS 180-4 4.1.3,
/// (4.12)).
#[inline(always)]
#[must_use]
pub const fn small_sigma0(x: u64) -> u64 {
    x.rotate_right(1) ^ x.rotate_right(8) ^ (x >> 7)
}

/// SHA-512 `σ1(x) = ROTR^19(x) XOR ROTR^61(x) XOR SHR^6(x)` (FIPS 180-4 4.1.3,
/// (4.13)).
#[inline(always)]
#[must_use]
pub const fn small_sigma1(x: u64) -> u64 {
    x.rotate_right(19) ^ x.rotate_right(61) ^ (x >> 6)
}

/// A 256-bit integer as four 64-bit limbs, least significant first (compile
/// time only: the constants below need `cbrt(p * 2^192)`).
type Wide = [u64; 4];

/// `a * b mod 2^256`, schoolbook with `u128` partial products (compile time
/// only).
const fn wide_mul(a: Wide, b: Wide) -> Wide {
    let mut out = [0u64; 4];
    let mut i = 0;
    while i < 4 {
        let mut carry = 0u128;
        let mut j = 0;
        while i + j < 4 {
            // (2^64 - 1)^2 + 2 (2^64 - 1) = 2^128 - 1: never overflows.
            let t = (a[i] as u128) * (b[j] as u128) + (out[i + j] as u128) + carry;
            out[i + j] = t as u64;
            carry = t >> 64;
            j += 1;
        }
        i += 1;
    }
    out
}

/// `a <= b` (compile time only).
const fn wide_le(a: Wide, b: Wide) -> bool {
    let mut i = 4;
    while i > 0 {
        i -= 1;
        if a[i] != b[i] {
            return a[i] < b[i];
        }
    }
    true
}

/// The first 64 bits of the fractional part of the `n`-th root of `p`
/// (`n` = 2 or 3, `p < 16^n`): `floor(p^(1/n) * 2^64) mod 2^64`, found by
/// bisection as the largest `r` with `r^n <= p * 2^(64 n)` (compile time only).
const fn frac_root(p: u64, n: usize) -> u64 {
    assert!((n == 2 || n == 3) && p < 1 << (4 * n));
    let mut target = [0u64; 4];
    target[n] = p;
    // p^(1/n) < 16, so the root is below 2^68 and its cube below 2^204.
    let (mut lo, mut hi) = (0u128, 1u128 << 68);
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        let m = [mid as u64, (mid >> 64) as u64, 0, 0];
        let mut pow = m;
        let mut k = 1;
        while k < n {
            pow = wide_mul(pow, m);
            k += 1;
        }
        if wide_le(pow, target) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    // The low 64 bits of floor(root * 2^64) are the fraction's first 64 bits.
    lo as u64
}

/// The first `N` primes (compile time only).
const fn primes<const N: usize>() -> [u64; N] {
    let mut out = [0u64; N];
    let mut found = 0;
    let mut c = 2u64;
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

/// SHA-384/512 round constants `K_0 .. K_79` (FIPS 180-4 4.2.3): the first 64
/// bits of the fractional parts of the cube roots of the first 80 primes.
pub const K: [u64; 80] = {
    let p = primes::<80>();
    let mut k = [0u64; 80];
    let mut i = 0;
    while i < 80 {
        k[i] = frac_root(p[i], 3);
        i += 1;
    }
    k
};

/// The first 64 bits of the fractional parts of the square roots of primes
/// `first .. first + 8` (0-based), as an initial hash value (compile time only).
const fn sqrt_iv(first: usize) -> [u64; 8] {
    let p = primes::<16>();
    let mut h = [0u64; 8];
    let mut i = 0;
    while i < 8 {
        h[i] = frac_root(p[first + i], 2);
        i += 1;
    }
    h
}

/// SHA-512 initial hash value `H(0)` (FIPS 180-4 5.3.5): the first 64 bits of
/// the fractional parts of the square roots of the first 8 primes.
pub const IV_512: [u64; 8] = sqrt_iv(0);

/// SHA-384 initial hash value `H(0)` (FIPS 180-4 5.3.4): the first 64 bits of
/// the fractional parts of the square roots of the 9th through 16th primes.
pub const IV_384: [u64; 8] = sqrt_iv(8);

/// The SHA-512/t IV generation function (FIPS 180-4 5.3.6): SHA-512 of the
/// ASCII string `name` ("SHA-512/t"), computed from `H(0)''`, the SHA-512
/// initial hash value with every word XORed with `a5a5a5a5a5a5a5a5`.
const fn iv_512_t(name: &[u8]) -> [u64; 8] {
    // One block holds the name, the 1 bit and the 128-bit length (5.1.2).
    assert!(name.len() < 112);
    let mut h = IV_512;
    let mut i = 0;
    while i < 8 {
        h[i] ^= 0xa5a5_a5a5_a5a5_a5a5;
        i += 1;
    }
    let mut block = [0u8; 128];
    i = 0;
    while i < name.len() {
        block[i] = name[i];
        i += 1;
    }
    block[name.len()] = 0x80;
    let bits = ((name.len() as u128) * 8).to_be_bytes();
    i = 0;
    while i < 16 {
        block[112 + i] = bits[i];
        i += 1;
    }
    compress(&mut h, &block);
    h
}

/// SHA-512/256 initial hash value `H(0)` (FIPS 180-4 5.3.6.2): the SHA-512/t
/// IV generation function applied to "SHA-512/256".
pub const IV_512_256: [u64; 8] = iv_512_t(b"SHA-512/256");

/// SHA-512/224 initial hash value `H(0)` (FIPS 180-4 5.3.6.1): the SHA-512/t
/// IV generation function applied to "SHA-512/224".
pub const IV_512_224: [u64; 8] = iv_512_t(b"SHA-512/224");

/// One round of the SHA-512 compression (FIPS 180-4 6.4.2, step 3) on the
/// working variables `[a, b, c, d, e, f, g, h]`, given `wk = W_t + K_t`
/// (mod 2^64):
///
/// `T1 = h + Σ1(e) + Ch(e, f, g) + K_t + W_t`, `T2 = Σ0(a) + Maj(a, b, c)`,
/// then `h = g, g = f, f = e, e = d + T1, d = c, c = b, b = a, a = T1 + T2`.
#[inline(always)]
#[must_use]
pub const fn round(state: [u64; 8], wk: u64) -> [u64; 8] {
    let [a, b, c, d, e, f, g, h] = state;
    let t1 = h
        .wrapping_add(big_sigma1(e))
        .wrapping_add(ch(e, f, g))
        .wrapping_add(wk);
    let t2 = big_sigma0(a).wrapping_add(maj(a, b, c));
    [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g]
}

/// One word of the SHA-512 message schedule (FIPS 180-4 6.4.2, step 1), for
/// `16 <= t <= 79`: `W_t = σ1(W_{t-2}) + W_{t-7} + σ0(W_{t-15}) + W_{t-16}`
/// (mod 2^64).
#[inline(always)]
#[must_use]
pub const fn schedule_next(w_tm2: u64, w_tm7: u64, w_tm15: u64, w_tm16: u64) -> u64 {
    small_sigma1(w_tm2)
        .wrapping_add(w_tm7)
        .wrapping_add(small_sigma0(w_tm15))
        .wrapping_add(w_tm16)
}

/// The SHA-512 compression function (FIPS 180-4 6.4.2, steps 1-4), shared by
/// SHA-384, SHA-512/224 and SHA-512/256 (6.5-6.7): updates the intermediate
/// hash value `H(i-1)` in `state` to `H(i)` with the 1024-bit message block
/// `block`, whose words `M_0 .. M_15` are big-endian (3.1).
#[inline]
pub const fn compress(state: &mut [u64; 8], block: &[u8; 128]) {
    let mut w = [0u64; 80];
    let mut t = 0;
    while t < 16 {
        let mut bytes = [0u8; 8];
        let mut i = 0;
        while i < 8 {
            bytes[i] = block[8 * t + i];
            i += 1;
        }
        w[t] = u64::from_be_bytes(bytes);
        t += 1;
    }
    while t < 80 {
        w[t] = schedule_next(w[t - 2], w[t - 7], w[t - 15], w[t - 16]);
        t += 1;
    }
    let mut v = *state;
    t = 0;
    while t < 80 {
        v = round(v, w[t].wrapping_add(K[t]));
        t += 1;
    }
    let mut i = 0;
    while i < 8 {
        state[i] = state[i].wrapping_add(v[i]);
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::Digest;
    use std::vec::Vec;

    /// A SHA-512-family hash from [`compress`]: padding per FIPS 180-4 5.1.2,
    /// output truncated to `out_len` bytes per 6.5-6.7.
    fn hash(iv: [u64; 8], msg: &[u8], out_len: usize) -> Vec<u8> {
        let mut padded = msg.to_vec();
        padded.push(0x80);
        while padded.len() % 128 != 112 {
            padded.push(0);
        }
        padded.extend_from_slice(&(msg.len() as u128 * 8).to_be_bytes());
        let mut state = iv;
        for block in padded.chunks_exact(128) {
            compress(&mut state, block.try_into().unwrap());
        }
        state
            .iter()
            .flat_map(|w| w.to_be_bytes())
            .take(out_len)
            .collect()
    }

    /// Hex to bytes, ignoring spaces.
    fn hex(s: &str) -> Vec<u8> {
        let digits: Vec<u8> = s.bytes().filter(|b| *b != b' ').collect();
        digits
            .chunks_exact(2)
            .map(|p| u8::from_str_radix(core::str::from_utf8(p).unwrap(), 16).unwrap())
            .collect()
    }

    /// SplitMix64: a small deterministic generator for random cases.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }

        fn bytes(&mut self, n: usize) -> Vec<u8> {
            (0..n).map(|_| self.next() as u8).collect()
        }
    }

    /// The FIPS 180-4 two-block (896-bit) example message.
    const MSG_896: &[u8] = b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn\
hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

    #[test]
    fn ch_and_maj_are_bitwise_choose_and_majority() {
        // FIPS 180-4 4.1.3: Ch picks y where x is 1 and z where x is 0; Maj is
        // the bitwise majority.
        let mut rng = Rng(1);
        for _ in 0..1000 {
            let (x, y, z) = (rng.next(), rng.next(), rng.next());
            for i in 0..64 {
                let (xi, yi, zi) = ((x >> i) & 1, (y >> i) & 1, (z >> i) & 1);
                let choose = if xi == 1 { yi } else { zi };
                assert_eq!((ch(x, y, z) >> i) & 1, choose);
                assert_eq!((maj(x, y, z) >> i) & 1, u64::from(xi + yi + zi >= 2));
            }
        }
    }

    #[test]
    fn sigmas_rotate_and_shift_as_defined() {
        // FIPS 180-4 2.2.2 and (4.10)-(4.13) worked by hand on one set bit:
        // ROTR^n moves bit i to bit (i - n) mod 64, SHR^n drops bits below n.
        let bit = |i: u32| 1u64 << i;
        assert_eq!(big_sigma0(1), bit(36) | bit(30) | bit(25));
        assert_eq!(big_sigma1(1), bit(50) | bit(46) | bit(23));
        assert_eq!(small_sigma0(1), bit(63) | bit(56));
        assert_eq!(small_sigma0(bit(63)), bit(62) | bit(55) | bit(56));
        assert_eq!(small_sigma1(1), bit(45) | bit(3));
        assert_eq!(small_sigma1(bit(63)), bit(44) | bit(2) | bit(57));
    }

    #[test]
    fn constants_match_fips_180_4() {
        // FIPS 180-4 4.2.3: the first, some middle and the last constants.
        assert_eq!(
            K[..4],
            [
                0x428a_2f98_d728_ae22,
                0x7137_4491_23ef_65cd,
                0xb5c0_fbcf_ec4d_3b2f,
                0xe9b5_dba5_8189_dbbc
            ]
        );
        assert_eq!(K[40], 0xa2bf_e8a1_4cf1_0364);
        assert_eq!(K[64], 0xca27_3ece_ea26_619c);
        assert_eq!(
            K[76..],
            [
                0x4cc5_d4be_cb3e_42b6,
                0x597f_299c_fc65_7e2a,
                0x5fcb_6fab_3ad6_faec,
                0x6c44_198c_4a47_5817
            ]
        );
        // FIPS 180-4 5.3.5.
        assert_eq!(
            IV_512,
            [
                0x6a09_e667_f3bc_c908,
                0xbb67_ae85_84ca_a73b,
                0x3c6e_f372_fe94_f82b,
                0xa54f_f53a_5f1d_36f1,
                0x510e_527f_ade6_82d1,
                0x9b05_688c_2b3e_6c1f,
                0x1f83_d9ab_fb41_bd6b,
                0x5be0_cd19_137e_2179
            ]
        );
        // FIPS 180-4 5.3.4.
        assert_eq!(
            IV_384,
            [
                0xcbbb_9d5d_c105_9ed8,
                0x629a_292a_367c_d507,
                0x9159_015a_3070_dd17,
                0x152f_ecd8_f70e_5939,
                0x6733_2667_ffc0_0b31,
                0x8eb4_4a87_6858_1511,
                0xdb0c_2e0d_64f9_8fa7,
                0x47b5_481d_befa_4fa4
            ]
        );
        // FIPS 180-4 5.3.6.1.
        assert_eq!(
            IV_512_224,
            [
                0x8c3d_37c8_1954_4da2,
                0x73e1_9966_89dc_d4d6,
                0x1dfa_b7ae_32ff_9c82,
                0x679d_d514_582f_9fcf,
                0x0f6d_2b69_7bd4_4da8,
                0x77e3_6f73_04c4_8942,
                0x3f9d_85a8_6a1d_36c8,
                0x1112_e6ad_91d6_92a1
            ]
        );
        // FIPS 180-4 5.3.6.2.
        assert_eq!(
            IV_512_256,
            [
                0x2231_2194_fc2b_f72c,
                0x9f55_5fa3_c84c_64c2,
                0x2393_b86b_6f53_b151,
                0x9638_7719_5940_eabd,
                0x9628_3ee2_a88e_ffe3,
                0xbe5e_1e25_5386_3992,
                0x2b01_99fc_2c85_b8aa,
                0x0eb7_2ddc_81c5_2ca2
            ]
        );
    }

    #[test]
    fn fips_180_4_examples() {
        // FIPS 180-4 examples (NIST CSRC "Examples with Intermediate Values",
        // SHA512.pdf): SHA-512 of "abc" (one block) and of the 896-bit
        // message (two blocks).
        assert_eq!(
            hash(IV_512, b"abc", 64),
            hex(
                "ddaf35a193617aba cc417349ae204131 12e6fa4e89a97ea2 0a9eeee64b55d39a \
                 2192992a274fc1a8 36ba3c23a3feebbd 454d4423643ce80e 2a9ac94fa54ca49f"
            )
        );
        assert_eq!(
            hash(IV_512, MSG_896, 64),
            hex(
                "8e959b75dae313da 8cf4f72814fc143f 8f7779c6eb9f7fa1 7299aeadb6889018 \
                 501d289e4900f7e4 331b99dec4b5433a c7d329eeb6dd2654 5e96e55b874be909"
            )
        );
        // SHA384.pdf: SHA-384 of the same two messages.
        assert_eq!(
            hash(IV_384, b"abc", 48),
            hex(
                "cb00753f45a35e8b b5a03d699ac65007 272c32ab0eded163 1a8b605a43ff5bed \
                 8086072ba1e7cc23 58baeca134c825a7"
            )
        );
        assert_eq!(
            hash(IV_384, MSG_896, 48),
            hex(
                "09330c33f71147e8 3d192fc782cd1b47 53111b173b3b05d2 2fa08086e3b0f712 \
                 fcc7c71a557e2db9 66c3e9fa91746039"
            )
        );
        // SHA512_256.pdf and SHA512_224.pdf: "abc".
        assert_eq!(
            hash(IV_512_256, b"abc", 32),
            hex("53048e2681941ef9 9b2e29b76b4c7dab e4c2d0c634fc6d46 e0e2f13107e7af23")
        );
        assert_eq!(
            hash(IV_512_224, b"abc", 28),
            hex("4634270f707b6a54 daae7530460842e2 0e37ed265ceee9a4 3e8924aa")
        );
    }

    #[test]
    fn random_messages_match_sha2() {
        let mut rng = Rng(2);
        // Every length up to 2.5 blocks (the padding boundaries at 111/112 and
        // 239/240 bytes), then longer random lengths.
        let lengths = (0..=320).chain((0..64).map(|_| (rng.next() % 4096) as usize));
        let lengths: Vec<usize> = lengths.collect();
        for len in lengths {
            let msg = rng.bytes(len);
            assert_eq!(
                hash(IV_512, &msg, 64),
                sha2::Sha512::digest(&msg).to_vec(),
                "SHA-512, {len} bytes"
            );
            assert_eq!(
                hash(IV_384, &msg, 48),
                sha2::Sha384::digest(&msg).to_vec(),
                "SHA-384, {len} bytes"
            );
            assert_eq!(
                hash(IV_512_256, &msg, 32),
                sha2::Sha512_256::digest(&msg).to_vec(),
                "SHA-512/256, {len} bytes"
            );
            assert_eq!(
                hash(IV_512_224, &msg, 28),
                sha2::Sha512_224::digest(&msg).to_vec(),
                "SHA-512/224, {len} bytes"
            );
        }
    }

    #[test]
    fn compress_matches_sha2_on_random_chaining_values() {
        let mut rng = Rng(3);
        for _ in 0..2000 {
            let state: [u64; 8] = core::array::from_fn(|_| rng.next());
            let block: [u8; 128] = rng.bytes(128).try_into().unwrap();
            let mut ours = state;
            compress(&mut ours, &block);
            let mut theirs = state;
            sha2::compress512(&mut theirs, &[block.into()]);
            assert_eq!(ours, theirs);
        }
    }
}
