//! The SM3 functions and constants of GB/T 32905-2016, named as the standard
//! names them, for the Arm SM3 instruction helpers (`SM3SS1`, `SM3TT1A/B`,
//! `SM3TT2A/B`, `SM3PARTW1/2`), x86's `VSM3MSG1`, `VSM3MSG2` and
//! `VSM3RNDS2`, and for whole-hash compositions.
//!
//! Words are `u32`; `<<<` is a left rotation. `j` is the round index,
//! 0 through 63; the round functions switch form at `j = 16`.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::sm3::{IV, compress, expand_next};
//! // "abc" in one padded 512-bit block (GB/T 32905-2016 5.2).
//! let mut block = [0u8; 64];
//! block[..4].copy_from_slice(b"abc\x80");
//! block[63] = 24; // the message length in bits
//! let mut v = IV;
//! compress(&mut v, &block);
//! // GB/T 32905-2016 Appendix A.1: SM3("abc") = 66c7f0f4 62eeedd9 ... 8f4ba8e0.
//! assert_eq!(v, [0x66c7_f0f4, 0x62ee_edd9, 0xd1f2_d46b, 0xdc10_e4e2,
//!                0x4167_c487, 0x5cf2_f7a2, 0x297d_a02b, 0x8f4b_a8e0]);
//! // The appendix's first expanded word: W16 = P1(W0 ^ W7 ^ (W13 <<< 15)) ^ (W3 <<< 7) ^ W10.
//! assert_eq!(expand_next(0x6162_6380, 0, 0, 0, 0), 0x9092_e200);
//! ```

/// `FF_j` for `0 <= j <= 15`: `X XOR Y XOR Z` (GB/T 32905-2016 4.3).
#[inline(always)]
#[must_use]
pub const fn ff0(x: u32, y: u32, z: u32) -> u32 {
    x ^ y ^ z
}

/// `FF_j` for `16 <= j <= 63`: `(X AND Y) OR (X AND Z) OR (Y AND Z)`
/// (GB/T 32905-2016 4.3).
#[inline(always)]
#[must_use]
pub const fn ff1(x: u32, y: u32, z: u32) -> u32 {
    (x & y) | (x & z) | (y & z)
}

/// `GG_j` for `0 <= j <= 15`: `X XOR Y XOR Z` (GB/T 32905-2016 4.3).
#[inline(always)]
#[must_use]
pub const fn gg0(x: u32, y: u32, z: u32) -> u32 {
    x ^ y ^ z
}

/// `GG_j` for `16 <= j <= 63`: `(X AND Y) OR (NOT X AND Z)`
/// (GB/T 32905-2016 4.3).
#[inline(always)]
#[must_use]
pub const fn gg1(x: u32, y: u32, z: u32) -> u32 {
    (x & y) | (!x & z)
}

/// The Boolean function `FF_j` of round `j` (GB/T 32905-2016 4.3): [`ff0`]
/// for `j < 16`, [`ff1`] from `j = 16` on.
#[inline(always)]
#[must_use]
pub const fn ff(j: u32, x: u32, y: u32, z: u32) -> u32 {
    if j < 16 { ff0(x, y, z) } else { ff1(x, y, z) }
}

/// The Boolean function `GG_j` of round `j` (GB/T 32905-2016 4.3): [`gg0`]
/// for `j < 16`, [`gg1`] from `j = 16` on.
#[inline(always)]
#[must_use]
pub const fn gg(j: u32, x: u32, y: u32, z: u32) -> u32 {
    if j < 16 { gg0(x, y, z) } else { gg1(x, y, z) }
}

/// The permutation `P0(X) = X XOR (X <<< 9) XOR (X <<< 17)`, used in the
/// compression function (GB/T 32905-2016 4.4).
#[inline(always)]
#[must_use]
pub const fn p0(x: u32) -> u32 {
    x ^ x.rotate_left(9) ^ x.rotate_left(17)
}

/// The permutation `P1(X) = X XOR (X <<< 15) XOR (X <<< 23)`, used in the
/// message expansion (GB/T 32905-2016 4.4).
#[inline(always)]
#[must_use]
pub const fn p1(x: u32) -> u32 {
    x ^ x.rotate_left(15) ^ x.rotate_left(23)
}

/// The constant `T_j` of round `j` (GB/T 32905-2016 4.2): `79cc4519` for
/// `j < 16`, `7a879d8a` from `j = 16` on.
#[inline(always)]
#[must_use]
pub const fn t(j: u32) -> u32 {
    if j < 16 { 0x79cc_4519 } else { 0x7a87_9d8a }
}

/// `T_j <<< (j mod 32)`, the rotated constant that enters `SS1` in round `j`
/// (GB/T 32905-2016 5.3.3). Arm code passes it to `SM3SS1` ahead of
/// `SM3TT1A/B` and `SM3TT2A/B`; x86's `VSM3RNDS2` forms it itself from its
/// round-number immediate.
#[inline(always)]
#[must_use]
pub const fn t_rotated(j: u32) -> u32 {
    t(j).rotate_left(j % 32)
}

/// The initial value `IV` = `V(0)` (GB/T 32905-2016 4.1), words `A` through
/// `H`.
pub const IV: [u32; 8] = [
    0x7380_166f,
    0x4914_b2b9,
    0x1724_42d7,
    0xda8a_0600,
    0xa96f_30bc,
    0x1631_38aa,
    0xe38d_ee4d,
    0xb0fb_0e4e,
];

/// One word of the message expansion (GB/T 32905-2016 5.3.2 b), for
/// `16 <= j <= 67`:
/// `W_j = P1(W_{j-16} XOR W_{j-9} XOR (W_{j-3} <<< 15)) XOR (W_{j-13} <<< 7) XOR W_{j-6}`.
#[inline(always)]
#[must_use]
pub const fn expand_next(w_j16: u32, w_j9: u32, w_j3: u32, w_j13: u32, w_j6: u32) -> u32 {
    p1(w_j16 ^ w_j9 ^ w_j3.rotate_left(15)) ^ w_j13.rotate_left(7) ^ w_j6
}

/// Round `j` of the compression function `CF` (GB/T 32905-2016 5.3.3) on the
/// registers `[A, B, C, D, E, F, G, H]`, given `W_j` and `W'_j = W_j XOR W_{j+4}`
/// (additions mod 2^32):
///
/// - `SS1 = ((A <<< 12) + E + (T_j <<< (j mod 32))) <<< 7`
/// - `SS2 = SS1 XOR (A <<< 12)`
/// - `TT1 = FF_j(A, B, C) + D + SS2 + W'_j`
/// - `TT2 = GG_j(E, F, G) + H + SS1 + W_j`
/// - `D = C, C = B <<< 9, B = A, A = TT1, H = G, G = F <<< 19, F = E, E = P0(TT2)`.
#[inline(always)]
#[must_use]
pub const fn round(j: u32, state: [u32; 8], w_j: u32, w_prime_j: u32) -> [u32; 8] {
    let [a, b, c, d, e, f, g, h] = state;
    let a12 = a.rotate_left(12);
    let ss1 = a12
        .wrapping_add(e)
        .wrapping_add(t_rotated(j))
        .rotate_left(7);
    let ss2 = ss1 ^ a12;
    let tt1 = ff(j, a, b, c)
        .wrapping_add(d)
        .wrapping_add(ss2)
        .wrapping_add(w_prime_j);
    let tt2 = gg(j, e, f, g)
        .wrapping_add(h)
        .wrapping_add(ss1)
        .wrapping_add(w_j);
    [
        tt1,
        a,
        b.rotate_left(9),
        c,
        p0(tt2),
        e,
        f.rotate_left(19),
        g,
    ]
}

/// The compression function `V(i+1) = CF(V(i), B(i))` (GB/T 32905-2016 5.3.1
/// to 5.3.3): expands the 512-bit block `block` (big-endian words `W_0 ..
/// W_15`) to `W_0 .. W_67` and `W'_0 .. W'_63`, runs the 64 rounds and XORs
/// the result into `state`.
#[inline]
pub const fn compress(state: &mut [u32; 8], block: &[u8; 64]) {
    let mut w = [0u32; 68];
    let mut j = 0;
    while j < 16 {
        w[j] = u32::from_be_bytes([
            block[4 * j],
            block[4 * j + 1],
            block[4 * j + 2],
            block[4 * j + 3],
        ]);
        j += 1;
    }
    while j < 68 {
        w[j] = expand_next(w[j - 16], w[j - 9], w[j - 3], w[j - 13], w[j - 6]);
        j += 1;
    }
    let mut v = *state;
    j = 0;
    while j < 64 {
        v = round(j as u32, v, w[j], w[j] ^ w[j + 4]);
        j += 1;
    }
    let mut i = 0;
    while i < 8 {
        state[i] ^= v[i];
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sm3::Digest;
    use std::vec::Vec;

    /// SM3 from [`compress`], with the padding of GB/T 32905-2016 5.2 and the
    /// output of 5.4 (`V(n)` as big-endian words).
    fn hash(msg: &[u8]) -> Vec<u8> {
        let mut padded = msg.to_vec();
        padded.push(0x80);
        while padded.len() % 64 != 56 {
            padded.push(0);
        }
        padded.extend_from_slice(&(msg.len() as u64 * 8).to_be_bytes());
        let mut state = IV;
        for block in padded.chunks_exact(64) {
            compress(&mut state, block.try_into().unwrap());
        }
        state.iter().flat_map(|w| w.to_be_bytes()).collect()
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

        fn word(&mut self) -> u32 {
            self.next() as u32
        }

        fn bytes(&mut self, n: usize) -> Vec<u8> {
            (0..n).map(|_| self.next() as u8).collect()
        }
    }

    #[test]
    fn constants_match_gbt_32905() {
        // GB/T 32905-2016 4.1.
        assert_eq!(
            IV,
            [
                0x7380_166f,
                0x4914_b2b9,
                0x1724_42d7,
                0xda8a_0600,
                0xa96f_30bc,
                0x1631_38aa,
                0xe38d_ee4d,
                0xb0fb_0e4e
            ]
        );
        // GB/T 32905-2016 4.2: T_j = 79cc4519 for 0..=15, 7a879d8a for 16..=63.
        for j in 0..64 {
            let expected = if j <= 15 { 0x79cc_4519 } else { 0x7a87_9d8a };
            assert_eq!(t(j), expected, "T_{j}");
        }
    }

    #[test]
    fn t_rotated_is_t_rotated_by_j_mod_32() {
        // T_j <<< j of GB/T 32905-2016 5.3.3, worked by hand: a rotation by 1
        // doubles 79cc4519 (its top bit is clear); by 16 it swaps the halves
        // of 7a879d8a; for j >= 32 the rotation is by j - 32.
        assert_eq!(t_rotated(0), 0x79cc_4519);
        assert_eq!(t_rotated(1), 0xf398_8a32);
        assert_eq!(t_rotated(16), 0x9d8a_7a87);
        assert_eq!(t_rotated(32), 0x7a87_9d8a);
        assert_eq!(t_rotated(48), 0x9d8a_7a87);
        // Rounds j and j + 32 share T_j = 7a879d8a for 16 <= j < 32, so they
        // share the rotated constant too.
        for j in 16..32 {
            assert_eq!(t_rotated(j + 32), t_rotated(j), "j = {j}");
        }
    }

    #[test]
    fn boolean_functions_switch_at_16() {
        // GB/T 32905-2016 4.3: FF1 is the bitwise majority, GG1 the bitwise
        // choice (X ? Y : Z), FF0 = GG0 the bitwise parity.
        let mut rng = Rng(1);
        for _ in 0..1000 {
            let (x, y, z) = (rng.word(), rng.word(), rng.word());
            for i in 0..32 {
                let (xi, yi, zi) = ((x >> i) & 1, (y >> i) & 1, (z >> i) & 1);
                assert_eq!((ff0(x, y, z) >> i) & 1, (xi + yi + zi) & 1);
                assert_eq!((gg0(x, y, z) >> i) & 1, (xi + yi + zi) & 1);
                assert_eq!((ff1(x, y, z) >> i) & 1, u32::from(xi + yi + zi >= 2));
                assert_eq!((gg1(x, y, z) >> i) & 1, if xi == 1 { yi } else { zi });
            }
            for j in 0..64 {
                let (f, g) = if j < 16 {
                    (ff0(x, y, z), gg0(x, y, z))
                } else {
                    (ff1(x, y, z), gg1(x, y, z))
                };
                assert_eq!(ff(j, x, y, z), f, "FF_{j}");
                assert_eq!(gg(j, x, y, z), g, "GG_{j}");
            }
        }
    }

    #[test]
    fn permutations_rotate_left() {
        // GB/T 32905-2016 4.4 worked by hand on one set bit: <<< n moves bit i
        // to bit (i + n) mod 32.
        assert_eq!(p0(1), 1 | 1 << 9 | 1 << 17);
        assert_eq!(p0(1 << 31), 1 << 31 | 1 << 8 | 1 << 16);
        assert_eq!(p1(1), 1 | 1 << 15 | 1 << 23);
        assert_eq!(p1(1 << 31), 1 << 31 | 1 << 14 | 1 << 22);
    }

    #[test]
    fn gbt_32905_examples() {
        // GB/T 32905-2016 Appendix A, example 1: the 24-bit message "abc".
        let abc = hex("66c7f0f4 62eeedd9 d1f2d46b dc10e4e2 4167c487 5cf2f7a2 297da02b 8f4ba8e0");
        assert_eq!(hash(b"abc"), abc);
        assert_eq!(sm3::Sm3::digest(b"abc").to_vec(), abc);
        // Appendix A, example 2: the 512-bit message "abcd" repeated 16 times
        // (two blocks after padding).
        let msg = b"abcd".repeat(16);
        let abcd = hex("debe9ff9 2275b8a1 38604889 c18e5a4d 6fdb70e5 387e5765 293dcba3 9c0c5732");
        assert_eq!(hash(&msg), abcd);
        assert_eq!(sm3::Sm3::digest(&msg).to_vec(), abcd);
    }

    #[test]
    fn random_messages_match_sm3_crate() {
        let mut rng = Rng(2);
        // Every length up to 3 blocks (the padding boundaries at 55/56 and
        // 119/120 bytes), then longer random lengths.
        let lengths: Vec<usize> = (0..=192)
            .chain((0..64).map(|_| (rng.next() % 4096) as usize))
            .collect();
        for len in lengths {
            let msg = rng.bytes(len);
            assert_eq!(hash(&msg), sm3::Sm3::digest(&msg).to_vec(), "{len} bytes");
        }
    }
}
