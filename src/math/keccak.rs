//! The `Keccak-f[1600]` permutation of FIPS 202 and its step maps, named as the
//! standard names them, plus the four 64-bit operations of the Arm SHA3
//! extension (FEAT_SHA3: `EOR3`, `RAX1`, `XAR`, `BCAX`) for the guest
//! instruction helpers, which apply them lane-wise.
//!
//! The state is 25 lanes of 64 bits; lane `A[x, y]` is index `x + 5 y` and bit
//! `z` of the lane is bit `z` of the `u64` (FIPS 202 3.1.2 with `w = 64`: the
//! lane's first bit is its least significant, so a lane is the little-endian
//! load of its 8 bytes). The round constants and rotation offsets are
//! computed at compile time from their definitions (3.2.5, 3.2.2).
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::keccak::{RC, keccak_f1600, keccak_f1600_arm};
//! // FIPS 202 3.2.5: the first round constants.
//! assert_eq!(RC[..2], [0x0000_0000_0000_0001, 0x0000_0000_0000_8082]);
//! // Keccak-f[1600] of the all-zero state (the Keccak team's
//! // KeccakF-1600-IntermediateValues.txt): lane A[0, 0] is F1258F7940E1DDE7.
//! let mut a = [0u64; 25];
//! keccak_f1600(&mut a);
//! assert_eq!(a[0], 0xf125_8f79_40e1_dde7);
//! // The same permutation from EOR3, RAX1, XAR and BCAX.
//! let mut b = [0u64; 25];
//! keccak_f1600_arm(&mut b);
//! assert_eq!(a, b);
//! ```

/// Bit `rc(t)` of the round-constant LFSR (FIPS 202 3.2.5, Algorithm 5):
/// the output of an 8-bit LFSR with feedback polynomial
/// `x^8 + x^6 + x^5 + x^4 + 1`, started at `R = 10000000`.
const fn rc_bit(t: u32) -> u64 {
    let t = t % 255;
    // R[i] is bit i of `r`; R = 10000000 has R[0] = 1.
    let mut r: u16 = 1;
    let mut i = 1;
    while i <= t {
        // R = 0 || R, then R[0], R[4], R[5], R[6] ^= R[8], then Trunc8(R).
        r <<= 1;
        // R[8] is 0 or 1, so multiplying the mask of bits 0, 4, 5 and 6 by it
        // selects the feedback.
        let r8 = (r >> 8) & 1;
        r ^= r8 * 0b0111_0001;
        r &= 0xff;
        i += 1;
    }
    (r & 1) as u64
}

/// The round constants `RC` of rounds `i_r = 0 .. 23` of `Keccak-f[1600]`
/// (FIPS 202 3.2.5, Algorithm 6 with `l = 6`): bit `2^j - 1` of `RC[i_r]` is
/// `rc(j + 7 i_r)` for `j = 0 .. 6`, all other bits are 0.
pub const RC: [u64; 24] = {
    let mut out = [0u64; 24];
    let mut ir = 0;
    while ir < 24 {
        let mut j = 0;
        while j <= 6 {
            out[ir] |= rc_bit(j + 7 * ir as u32) << ((1u32 << j) - 1);
            j += 1;
        }
        ir += 1;
    }
    out
};

/// The ρ rotation offsets (FIPS 202 3.2.2, Algorithm 2 and Table 2, reduced
/// mod 64), indexed like the state: `RHO[x + 5 y]` is the left rotation of
/// lane `A[x, y]`. `A[0, 0]` is not rotated; the others, visited from
/// `(x, y) = (1, 0)` by `(x, y) -> (y, (2x + 3y) mod 5)` at steps
/// `t = 0 .. 23`, rotate by `(t + 1)(t + 2)/2`.
pub const RHO: [u32; 25] = {
    let mut out = [0u32; 25];
    let (mut x, mut y) = (1usize, 0usize);
    let mut t = 0u32;
    while t < 24 {
        out[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
        let next_y = (2 * x + 3 * y) % 5;
        x = y;
        y = next_y;
        t += 1;
    }
    out
};

/// θ (FIPS 202 3.2.1, Algorithm 1): XOR each lane with the parities of two
/// neighbouring columns, `A[x, y] ^= C[x-1] ^ (C[x+1] <<< 1)`, where
/// `C[x] = A[x, 0] ^ .. ^ A[x, 4]`.
#[inline(always)]
#[must_use]
pub const fn theta(a: [u64; 25]) -> [u64; 25] {
    let mut c = [0u64; 5];
    let mut x = 0;
    while x < 5 {
        c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        x += 1;
    }
    // D[x] = C[x-1] ^ (C[x+1] <<< 1), then A[x, y] ^= D[x] for every row y.
    let mut d = [0u64; 5];
    x = 0;
    while x < 5 {
        d[x] = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
        x += 1;
    }
    let mut out = a;
    let mut row = 0;
    while row < 25 {
        x = 0;
        while x < 5 {
            out[row + x] ^= d[x];
            x += 1;
        }
        row += 5;
    }
    out
}

/// ρ (FIPS 202 3.2.2, Algorithm 2): rotate lane `A[x, y]` left by
/// [`RHO`]`[x + 5 y]` bits.
#[inline(always)]
#[must_use]
pub const fn rho(a: [u64; 25]) -> [u64; 25] {
    let mut out = a;
    let mut i = 0;
    while i < 25 {
        out[i] = a[i].rotate_left(RHO[i]);
        i += 1;
    }
    out
}

/// π (FIPS 202 3.2.3, Algorithm 3): rearrange the lanes,
/// `A'[x, y] = A[(x + 3y) mod 5, x]`.
#[inline(always)]
#[must_use]
pub const fn pi(a: [u64; 25]) -> [u64; 25] {
    let mut out = [0u64; 25];
    let mut i = 0;
    while i < 25 {
        let (x, y) = (i % 5, i / 5);
        out[i] = a[(x + 3 * y) % 5 + 5 * x];
        i += 1;
    }
    out
}

/// χ (FIPS 202 3.2.4, Algorithm 4): the nonlinear row map,
/// `A'[x, y] = A[x, y] ^ (NOT A[x+1, y] AND A[x+2, y])`.
#[inline(always)]
#[must_use]
pub const fn chi(a: [u64; 25]) -> [u64; 25] {
    let mut out = [0u64; 25];
    let mut row = 0;
    while row < 25 {
        let mut x = 0;
        while x < 5 {
            out[row + x] = a[row + x] ^ (!a[row + (x + 1) % 5] & a[row + (x + 2) % 5]);
            x += 1;
        }
        row += 5;
    }
    out
}

/// ι (FIPS 202 3.2.5, Algorithm 6): XOR the round constant [`RC`]`[ir]` of
/// round `ir` (0 .. 23) into lane `A[0, 0]`.
#[inline(always)]
#[must_use]
pub const fn iota(a: [u64; 25], ir: usize) -> [u64; 25] {
    let mut out = a;
    out[0] ^= RC[ir];
    out
}

/// `Keccak-f[1600]` = `Keccak-p[1600, 24]` (FIPS 202 3.3, Algorithm 7, and 3.4):
/// rounds `ir = 0 .. 23` of `ι(χ(π(ρ(θ(A)))), ir)`.
#[inline]
pub const fn keccak_f1600(state: &mut [u64; 25]) {
    let mut a = *state;
    let mut ir = 0;
    while ir < 24 {
        a = iota(chi(pi(rho(theta(a)))), ir);
        ir += 1;
    }
    *state = a;
}

/// Arm `EOR3` on one 64-bit lane (FEAT_SHA3): `a XOR b XOR c`.
#[inline(always)]
#[must_use]
pub const fn eor3(a: u64, b: u64, c: u64) -> u64 {
    a ^ b ^ c
}

/// Arm `RAX1` on one 64-bit lane (FEAT_SHA3): `a XOR (b <<< 1)`, θ's
/// `D[x] = C[x-1] ^ (C[x+1] <<< 1)` in one operation.
#[inline(always)]
#[must_use]
pub const fn rax1(a: u64, b: u64) -> u64 {
    a ^ b.rotate_left(1)
}

/// Arm `XAR` on one 64-bit lane (FEAT_SHA3): `(a XOR b) >>> imm6`, a right
/// rotation (θ's XOR and ρ in one operation). The encoding's `imm6` is 6 bits;
/// larger values rotate by `imm6 mod 64`.
#[inline(always)]
#[must_use]
pub const fn xar(a: u64, b: u64, imm6: u32) -> u64 {
    (a ^ b).rotate_right(imm6 % 64)
}

/// Arm `BCAX` on one 64-bit lane (FEAT_SHA3): `a XOR (b AND NOT c)`, χ's
/// `A[x] ^ (A[x+2] AND NOT A[x+1])` in one operation.
#[inline(always)]
#[must_use]
pub const fn bcax(a: u64, b: u64, c: u64) -> u64 {
    a ^ (b & !c)
}

/// `Keccak-f[1600]` built only from [`eor3`], [`rax1`], [`xar`] and [`bcax`]
/// (plus one XOR for ι), as Arm SHA3 code computes it; the same permutation
/// as [`keccak_f1600`]. Per round:
///
/// - θ: `C[x]` with two `EOR3`s per column, `D[x] = RAX1(C[x-1], C[x+1])`;
/// - θ's XOR, ρ and π: `B[y, 2x + 3y] = XAR(A[x, y], D[x], (64 - r[x, y]) mod 64)`;
/// - χ: `A[x, y] = BCAX(B[x, y], B[x+2, y], B[x+1, y])`;
/// - ι: `A[0, 0] ^= RC[ir]`.
#[inline]
pub const fn keccak_f1600_arm(state: &mut [u64; 25]) {
    let mut a = *state;
    let mut ir = 0;
    while ir < 24 {
        let mut c = [0u64; 5];
        let mut x = 0;
        while x < 5 {
            c[x] = eor3(eor3(a[x], a[x + 5], a[x + 10]), a[x + 15], a[x + 20]);
            x += 1;
        }
        let mut d = [0u64; 5];
        x = 0;
        while x < 5 {
            d[x] = rax1(c[(x + 4) % 5], c[(x + 1) % 5]);
            x += 1;
        }
        let mut b = [0u64; 25];
        let mut i = 0;
        while i < 25 {
            let (x, y) = (i % 5, i / 5);
            // The right rotation (64 - r) mod 64, as the low six bits (imm6).
            b[y + 5 * ((2 * x + 3 * y) % 5)] = xar(a[i], d[x], (64 - RHO[i]) & 63);
            i += 1;
        }
        let mut row = 0;
        while row < 25 {
            x = 0;
            while x < 5 {
                a[row + x] = bcax(b[row + x], b[row + (x + 2) % 5], b[row + (x + 1) % 5]);
                x += 1;
            }
            row += 5;
        }
        a[0] ^= RC[ir];
        ir += 1;
    }
    *state = a;
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha3::Digest;
    use sha3::digest::{ExtendableOutput, Update, XofReader};
    use std::vec::Vec;

    /// The Keccak team's round-constant table ("Keccak specifications
    /// summary", keccak.team; the same values FIPS 202 Algorithm 6 defines).
    const PUBLISHED_RC: [u64; 24] = [
        0x0000_0000_0000_0001,
        0x0000_0000_0000_8082,
        0x8000_0000_0000_808a,
        0x8000_0000_8000_8000,
        0x0000_0000_0000_808b,
        0x0000_0000_8000_0001,
        0x8000_0000_8000_8081,
        0x8000_0000_0000_8009,
        0x0000_0000_0000_008a,
        0x0000_0000_0000_0088,
        0x0000_0000_8000_8009,
        0x0000_0000_8000_000a,
        0x0000_0000_8000_808b,
        0x8000_0000_0000_008b,
        0x8000_0000_0000_8089,
        0x8000_0000_0000_8003,
        0x8000_0000_0000_8002,
        0x8000_0000_0000_0080,
        0x0000_0000_0000_800a,
        0x8000_0000_8000_000a,
        0x8000_0000_8000_8081,
        0x8000_0000_0000_8080,
        0x0000_0000_8000_0001,
        0x8000_0000_8000_8008,
    ];

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

        fn state(&mut self) -> [u64; 25] {
            core::array::from_fn(|_| self.next())
        }

        fn bytes(&mut self, n: usize) -> Vec<u8> {
            (0..n).map(|_| self.next() as u8).collect()
        }
    }

    /// Hex to bytes, ignoring spaces.
    fn hex(s: &str) -> Vec<u8> {
        let digits: Vec<u8> = s.bytes().filter(|b| *b != b' ').collect();
        digits
            .chunks_exact(2)
            .map(|p| u8::from_str_radix(core::str::from_utf8(p).unwrap(), 16).unwrap())
            .collect()
    }

    /// The state as FIPS 202 3.1 writes it, one bit per `A[x][y][z]`.
    type Bits = [[[bool; 64]; 5]; 5];

    fn to_bits(a: &[u64; 25]) -> Bits {
        core::array::from_fn(|x| {
            core::array::from_fn(|y| core::array::from_fn(|z| (a[x + 5 * y] >> z) & 1 == 1))
        })
    }

    fn from_bits(b: &Bits) -> [u64; 25] {
        core::array::from_fn(|i| {
            (0..64).fold(0, |lane, z| lane | (u64::from(b[i % 5][i / 5][z]) << z))
        })
    }

    /// FIPS 202 Algorithm 1, bit by bit.
    fn theta_bits(a: &Bits) -> Bits {
        let c: [[bool; 64]; 5] = core::array::from_fn(|x| {
            core::array::from_fn(|z| (0..5).fold(false, |p, y| p ^ a[x][y][z]))
        });
        core::array::from_fn(|x| {
            core::array::from_fn(|y| {
                core::array::from_fn(|z| {
                    a[x][y][z] ^ c[(x + 4) % 5][z] ^ c[(x + 1) % 5][(z + 63) % 64]
                })
            })
        })
    }

    /// FIPS 202 Algorithm 2, bit by bit.
    fn rho_bits(a: &Bits) -> Bits {
        let mut out = *a;
        let (mut x, mut y) = (1, 0);
        for t in 0..24i64 {
            for z in 0..64i64 {
                let src = (z - (t + 1) * (t + 2) / 2).rem_euclid(64);
                out[x][y][z as usize] = a[x][y][src as usize];
            }
            (x, y) = (y, (2 * x + 3 * y) % 5);
        }
        out
    }

    /// FIPS 202 Algorithm 3, bit by bit.
    fn pi_bits(a: &Bits) -> Bits {
        core::array::from_fn(|x| core::array::from_fn(|y| a[(x + 3 * y) % 5][x]))
    }

    /// FIPS 202 Algorithm 4, bit by bit.
    fn chi_bits(a: &Bits) -> Bits {
        core::array::from_fn(|x| {
            core::array::from_fn(|y| {
                core::array::from_fn(|z| {
                    a[x][y][z] ^ (!a[(x + 1) % 5][y][z] & a[(x + 2) % 5][y][z])
                })
            })
        })
    }

    /// A Keccak[c] sponge on bytes (FIPS 202 Algorithm 8 with pad10*1, and the
    /// SHA-3 / SHAKE domain bits of 6.1, 6.2 and B.2: first padding byte
    /// `pad`, last padding byte ORed with 0x80), permuting with
    /// [`keccak_f1600_arm`].
    fn sponge(msg: &[u8], rate: usize, pad: u8, out_len: usize) -> Vec<u8> {
        let mut padded = msg.to_vec();
        padded.push(pad);
        while padded.len() % rate != 0 {
            padded.push(0);
        }
        *padded.last_mut().unwrap() |= 0x80;
        let mut state = [0u64; 25];
        for block in padded.chunks_exact(rate) {
            for (lane, bytes) in state.iter_mut().zip(block.chunks_exact(8)) {
                *lane ^= u64::from_le_bytes(bytes.try_into().unwrap());
            }
            keccak_f1600_arm(&mut state);
        }
        let mut out = Vec::new();
        loop {
            for lane in &state[..rate / 8] {
                out.extend_from_slice(&lane.to_le_bytes());
            }
            if out.len() >= out_len {
                break;
            }
            keccak_f1600_arm(&mut state);
        }
        out.truncate(out_len);
        out
    }

    fn sha3_256(msg: &[u8]) -> Vec<u8> {
        sponge(msg, 136, 0x06, 32)
    }

    fn shake128(msg: &[u8], out_len: usize) -> Vec<u8> {
        sponge(msg, 168, 0x1f, out_len)
    }

    fn shake128_reference(msg: &[u8], out_len: usize) -> Vec<u8> {
        let mut h = sha3::Shake128::default();
        h.update(msg);
        let mut out = std::vec![0u8; out_len];
        h.finalize_xof().read(&mut out);
        out
    }

    #[test]
    fn round_constants_match_published_table() {
        assert_eq!(RC, PUBLISHED_RC);
    }

    #[test]
    fn rc_bit_follows_fips_202_algorithm_5_for_every_t() {
        // Algorithm 5 step 1: t mod 255 = 0 gives 1, whatever t is; 2^32 - 1 is
        // 255 * 16843009. Steps 2-4 for t = 1 .. 8, worked by hand from
        // R = 10000000: the output R[0] is 0 until the first feedback at t = 8.
        assert_eq!(rc_bit(0), 1);
        assert_eq!(rc_bit(255), 1);
        assert_eq!(rc_bit(u32::MAX), 1);
        for t in 1..8 {
            assert_eq!(rc_bit(t), 0, "rc({t})");
        }
        assert_eq!(rc_bit(8), 1);
        // The LFSR has period 255: rc(t) = rc(t mod 255) near the top of u32,
        // where 2^32 - 256 = 255 * 16843008.
        for t in 0..=255 {
            assert_eq!(
                rc_bit(u32::MAX - 255 + t),
                rc_bit(t),
                "rc(2^32 - 256 + {t})"
            );
        }
    }

    #[test]
    fn rho_offsets_match_fips_202_table_2() {
        // FIPS 202 Table 2 as printed: rows y = 2, 1, 0, 4, 3, columns
        // x = 3, 4, 0, 1, 2, offsets not yet reduced mod 64.
        let ys = [2, 1, 0, 4, 3];
        let xs = [3, 4, 0, 1, 2];
        let table = [
            [153, 231, 3, 10, 171],
            [55, 276, 36, 300, 6],
            [28, 91, 0, 1, 190],
            [120, 78, 210, 66, 253],
            [21, 136, 105, 45, 15],
        ];
        for (row, y) in ys.iter().enumerate() {
            for (col, x) in xs.iter().enumerate() {
                assert_eq!(RHO[x + 5 * y], table[row][col] % 64, "r[{x}, {y}]");
            }
        }
    }

    #[test]
    fn step_maps_match_fips_202_bitwise_algorithms() {
        let mut rng = Rng(1);
        for _ in 0..200 {
            let a = rng.state();
            let bits = to_bits(&a);
            assert_eq!(from_bits(&bits), a);
            assert_eq!(theta(a), from_bits(&theta_bits(&bits)), "theta");
            assert_eq!(rho(a), from_bits(&rho_bits(&bits)), "rho");
            assert_eq!(pi(a), from_bits(&pi_bits(&bits)), "pi");
            assert_eq!(chi(a), from_bits(&chi_bits(&bits)), "chi");
            for (ir, rc) in PUBLISHED_RC.iter().enumerate() {
                let mut expected = a;
                expected[0] ^= rc;
                assert_eq!(iota(a, ir), expected, "iota round {ir}");
            }
        }
    }

    #[test]
    fn arm_sha3_operations_match_their_definitions() {
        // The Arm ARM's EOR3, RAX1, XAR and BCAX on one lane, worked by hand.
        assert_eq!(eor3(0b1100, 0b1010, 0b0110), 0b0000);
        assert_eq!(eor3(0b1000, 0b0100, 0b0001), 0b1101);
        // RAX1: the second operand is rotated left by one.
        assert_eq!(rax1(0, 1 << 63), 1);
        assert_eq!(rax1(1, 1), 3);
        // XAR: rotate right by imm6 after the XOR.
        assert_eq!(xar(1, 0, 1), 1 << 63);
        assert_eq!(xar(0b11, 0b01, 2), 1 << 63);
        assert_eq!(xar(0xff, 0x0f, 0), 0xf0);
        // Counts past the 6-bit field rotate by imm6 mod 64 (the doc's contract),
        // up to the largest u32: 2^32 - 1 = 63 mod 64.
        assert_eq!(xar(0b11, 0b01, 66), 1 << 63);
        assert_eq!(xar(1, 0, u32::MAX), 2);
        // BCAX: bits of b that are clear in c flip a.
        assert_eq!(bcax(0, 0b1100, 0b1010), 0b0100);
        assert_eq!(bcax(u64::MAX, u64::MAX, 0), 0);
    }

    #[test]
    fn arm_permutation_equals_step_map_permutation() {
        let mut rng = Rng(2);
        for _ in 0..2000 {
            let a = rng.state();
            let (mut generic, mut arm) = (a, a);
            keccak_f1600(&mut generic);
            keccak_f1600_arm(&mut arm);
            assert_eq!(generic, arm);
        }
        // The all-zero state too (the first permutation of every sponge).
        let (mut generic, mut arm) = ([0u64; 25], [0u64; 25]);
        keccak_f1600(&mut generic);
        keccak_f1600_arm(&mut arm);
        assert_eq!(generic, arm);
    }

    #[test]
    fn fips_202_examples() {
        // FIPS 202 examples (NIST CSRC "Examples with Intermediate Values"):
        // SHA3-256 of the empty message (SHA3-256_Msg0.pdf), of "abc"
        // (SHA3-256.pdf), and of 1600 bits of 0xa3 (SHA3-256_1600.pdf).
        let empty = hex("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
        let abc = hex("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
        let a3 = hex("79f38adec5c20307a98ef76e8324afbfd46cfd81b22e3973c65fa1bd9de31787");
        let msg_a3 = [0xa3u8; 200];
        assert_eq!(sha3_256(b""), empty);
        assert_eq!(sha3_256(b"abc"), abc);
        assert_eq!(sha3_256(&msg_a3), a3);
        assert_eq!(sha3::Sha3_256::digest(b"").to_vec(), empty);
        assert_eq!(sha3::Sha3_256::digest(b"abc").to_vec(), abc);
        assert_eq!(sha3::Sha3_256::digest(msg_a3).to_vec(), a3);
        // SHAKE128 of the empty message, first 256 of the 4096 output bits
        // (SHAKE128_Msg0.pdf), and of 1600 bits of 0xa3 (SHAKE128_1600.pdf).
        let empty = hex("7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26");
        let a3 = hex("131ab8d2b594946b9c81333f9bb6e0ce75c3b93104fa3469d3917457385da037");
        assert_eq!(shake128(b"", 32), empty);
        assert_eq!(shake128(&msg_a3, 32), a3);
        assert_eq!(shake128_reference(b"", 32), empty);
        assert_eq!(shake128_reference(&msg_a3, 32), a3);
        // The full 512-byte outputs against the reference (several squeezes).
        assert_eq!(shake128(b"", 512), shake128_reference(b"", 512));
        assert_eq!(shake128(&msg_a3, 512), shake128_reference(&msg_a3, 512));
    }

    #[test]
    fn random_messages_match_sha3_crate() {
        let mut rng = Rng(3);
        // Every length up to 2.5 SHAKE128 blocks (the boundaries at 135/136
        // for SHA3-256 and 167/168 for SHAKE128), then longer random lengths.
        let lengths: Vec<usize> = (0..=420)
            .chain((0..64).map(|_| (rng.next() % 4096) as usize))
            .collect();
        for len in lengths {
            let msg = rng.bytes(len);
            assert_eq!(
                sha3_256(&msg),
                sha3::Sha3_256::digest(&msg).to_vec(),
                "SHA3-256, {len} bytes"
            );
            let out_len = (rng.next() % 600) as usize;
            assert_eq!(
                shake128(&msg, out_len),
                shake128_reference(&msg, out_len),
                "SHAKE128, {len} bytes, {out_len} out"
            );
        }
    }
}
