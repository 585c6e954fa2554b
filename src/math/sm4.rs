//! The SM4 block cipher (GB/T 32907-2016, "Information security technology —
//! SM4 block cipher algorithm"; also ISO/IEC 18033-3:2010/Amd 1 and
//! draft-ribose-cfrg-sm4-10), as the pieces that SM4 instructions compute.
//!
//! Words are big-endian as in the standard: a 128-bit block or key
//! `b0 b1 ... b15` is `[u32; 4]` with word 0 = `b0 b1 b2 b3` (so
//! `u32::from_be_bytes`). The pieces, bottom up:
//!
//! - [`SBOX`] and [`tau`] (τ, the S-box on each byte), [`l`] and [`l_prime`]
//!   (the linear transformations L and L'), [`t`] = L∘τ and [`t_prime`] = L'∘τ;
//! - [`FK`], [`CK`] and [`key_round`] / [`expand_key`] (key expansion);
//! - [`round`] (the round function F), [`encrypt_block`], [`decrypt_block`];
//! - [`SBOX_INNER`] and [`SBOX_OUTER`]: the S-box as
//!   `gf::affine_inv_affine(x, SBOX_INNER, SBOX_OUTER)`, an affine map, the AES
//!   field's inverse and another affine map, the shape GFNI (GF2P8AFFINEQB,
//!   GF2P8AFFINEINVQB) and AES-round hardware compute.
//!
//! [`tau`] reads [`SBOX`] at secret indices (fine for an emulator's reference
//! value, not a constant-time cipher); `affine_inv_affine` with the two maps is
//! the branch-free, index-free form of the same bytes.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::sm4::{decrypt_block, encrypt_block, expand_key};
//! // GB/T 32907-2016 Appendix A.1: key = plaintext = 0123456789abcdeffedcba9876543210.
//! let key = [0x0123_4567, 0x89ab_cdef, 0xfedc_ba98, 0x7654_3210];
//! let rk = expand_key(key);
//! assert_eq!((rk[0], rk[1], rk[31]), (0xf121_86f9, 0x4166_2b61, 0x9124_a012));
//! let ct = encrypt_block(&rk, key);
//! assert_eq!(ct, [0x681e_df34, 0xd206_965e, 0x86b3_e94f, 0x536e_4246]);
//! assert_eq!(decrypt_block(&rk, ct), key);
//! ```

use super::gf;

/// The SM4 S-box (GB/T 32907-2016, the table of the nonlinear transformation τ;
/// draft-ribose-cfrg-sm4-10 section 6.2.3): `SBOX[x]` for `x = 0x00..=0xff`, row
/// `x >> 4`, column `x & 0xf` of the standard's table.
///
/// The standard defines it by this table, so it is typed in; the tests check it
/// against the published vectors, the `sm4` crate and, exhaustively, the affine
/// decomposition ([`SBOX_INNER`], [`SBOX_OUTER`]).
pub const SBOX: [u8; 256] = [
    0xd6, 0x90, 0xe9, 0xfe, 0xcc, 0xe1, 0x3d, 0xb7, 0x16, 0xb6, 0x14, 0xc2, 0x28, 0xfb, 0x2c, 0x05,
    0x2b, 0x67, 0x9a, 0x76, 0x2a, 0xbe, 0x04, 0xc3, 0xaa, 0x44, 0x13, 0x26, 0x49, 0x86, 0x06, 0x99,
    0x9c, 0x42, 0x50, 0xf4, 0x91, 0xef, 0x98, 0x7a, 0x33, 0x54, 0x0b, 0x43, 0xed, 0xcf, 0xac, 0x62,
    0xe4, 0xb3, 0x1c, 0xa9, 0xc9, 0x08, 0xe8, 0x95, 0x80, 0xdf, 0x94, 0xfa, 0x75, 0x8f, 0x3f, 0xa6,
    0x47, 0x07, 0xa7, 0xfc, 0xf3, 0x73, 0x17, 0xba, 0x83, 0x59, 0x3c, 0x19, 0xe6, 0x85, 0x4f, 0xa8,
    0x68, 0x6b, 0x81, 0xb2, 0x71, 0x64, 0xda, 0x8b, 0xf8, 0xeb, 0x0f, 0x4b, 0x70, 0x56, 0x9d, 0x35,
    0x1e, 0x24, 0x0e, 0x5e, 0x63, 0x58, 0xd1, 0xa2, 0x25, 0x22, 0x7c, 0x3b, 0x01, 0x21, 0x78, 0x87,
    0xd4, 0x00, 0x46, 0x57, 0x9f, 0xd3, 0x27, 0x52, 0x4c, 0x36, 0x02, 0xe7, 0xa0, 0xc4, 0xc8, 0x9e,
    0xea, 0xbf, 0x8a, 0xd2, 0x40, 0xc7, 0x38, 0xb5, 0xa3, 0xf7, 0xf2, 0xce, 0xf9, 0x61, 0x15, 0xa1,
    0xe0, 0xae, 0x5d, 0xa4, 0x9b, 0x34, 0x1a, 0x55, 0xad, 0x93, 0x32, 0x30, 0xf5, 0x8c, 0xb1, 0xe3,
    0x1d, 0xf6, 0xe2, 0x2e, 0x82, 0x66, 0xca, 0x60, 0xc0, 0x29, 0x23, 0xab, 0x0d, 0x53, 0x4e, 0x6f,
    0xd5, 0xdb, 0x37, 0x45, 0xde, 0xfd, 0x8e, 0x2f, 0x03, 0xff, 0x6a, 0x72, 0x6d, 0x6c, 0x5b, 0x51,
    0x8d, 0x1b, 0xaf, 0x92, 0xbb, 0xdd, 0xbc, 0x7f, 0x11, 0xd9, 0x5c, 0x41, 0x1f, 0x10, 0x5a, 0xd8,
    0x0a, 0xc1, 0x31, 0x88, 0xa5, 0xcd, 0x7b, 0xbd, 0x2d, 0x74, 0xd0, 0x12, 0xb8, 0xe5, 0xb4, 0xb0,
    0x89, 0x69, 0x97, 0x4a, 0x0c, 0x96, 0x77, 0x7e, 0x65, 0xb9, 0xf1, 0x09, 0xc5, 0x6e, 0xc6, 0x84,
    0x18, 0xf0, 0x7d, 0xec, 0x3a, 0xdc, 0x4d, 0x20, 0x79, 0xee, 0x5f, 0x3e, 0xd7, 0xcb, 0x39, 0x48,
];

/// The affine map applied before the field inverse in the SM4 S-box:
/// `SBOX[x] == gf::affine_inv_affine(x, SBOX_INNER, SBOX_OUTER)` for all `x`.
///
/// # How the two maps were found
/// The SM4 S-box is known to be affine-equivalent to inversion,
/// `S(x) = A . I(A . x + C) + C` with `A` a circulant matrix and `I` the inverse
/// in a field `GF(2)[z]/(f)` other than the AES one (Liu, Ji, Hu et al.,
/// "Analysis of the SMS4 block cipher", ACISP 2007). A search program (rerun as
/// the test `decomposition_is_derived_from_the_table`) tried every one of the 30
/// irreducible polynomials of degree 8 for `f` and every constant `C`, with `A`
/// a circulant of `0xa7` or of its bit reversal `0xe5`, rotated either way; one
/// candidate alone reproduces all 256 entries of [`SBOX`]:
/// `f = z^8 + z^7 + z^6 + z^5 + z^4 + z^2 + 1` (`0x1f5`), `C = 0xd3`, and `A`
/// the matrix whose row `i` is `0xa7` rotated left by `i` in the
/// [`gf::affine_byte`] convention (GFNI matrix `0xa74f9e3d7af4e9d3`). The field
/// isomorphism `φ: GF(2)[z]/(f) -> GF(2)[x]/(0x11b)` sends `z` to a root `β` of
/// `f` in the AES field; of the eight roots the search takes the smallest,
/// `β = 0x23`, so `φ` is the linear map with columns `β^0, ..., β^7`. Then
/// `I(y) = φ^-1(inv(φ(y)))` and
///
/// - `SBOX_INNER = φ ∘ (A, C)` (matrix `0x4c287db91a22505d`, constant `0x3e`),
/// - `SBOX_OUTER = (A, C) ∘ φ^-1` (matrix `0xf3ab34a974a6b589`, constant `0xd3`).
///
/// The constants below are the search's output, typed in; the tests rerun the
/// derivation and compare, and check the decomposition on all 256 bytes. (The
/// other seven roots, or multiplying the inverse's argument and its result by
/// the same nonzero field element, give other valid pairs.)
pub const SBOX_INNER: gf::Affine = gf::Affine {
    matrix: 0x4c28_7db9_1a22_505d,
    constant: 0x3e,
};

/// The affine map applied after the field inverse in the SM4 S-box; see
/// [`SBOX_INNER`] for how it was found.
pub const SBOX_OUTER: gf::Affine = gf::Affine {
    matrix: 0xf3ab_34a9_74a6_b589,
    constant: 0xd3,
};

/// The nonlinear transformation τ (GB/T 32907-2016): the S-box on each of the
/// four bytes of `a`, `τ(a0, a1, a2, a3) = (S(a0), S(a1), S(a2), S(a3))` with
/// `a0` the most significant byte.
#[inline]
#[must_use]
pub const fn tau(a: u32) -> u32 {
    let [a0, a1, a2, a3] = a.to_be_bytes();
    u32::from_be_bytes([
        SBOX[a0 as usize],
        SBOX[a1 as usize],
        SBOX[a2 as usize],
        SBOX[a3 as usize],
    ])
}

/// The linear transformation L of the round function (GB/T 32907-2016):
/// `L(B) = B ^ (B <<< 2) ^ (B <<< 10) ^ (B <<< 18) ^ (B <<< 24)`.
#[inline]
#[must_use]
pub const fn l(b: u32) -> u32 {
    b ^ b.rotate_left(2) ^ b.rotate_left(10) ^ b.rotate_left(18) ^ b.rotate_left(24)
}

/// The linear transformation L' of the key expansion (GB/T 32907-2016):
/// `L'(B) = B ^ (B <<< 13) ^ (B <<< 23)`.
#[inline]
#[must_use]
pub const fn l_prime(b: u32) -> u32 {
    b ^ b.rotate_left(13) ^ b.rotate_left(23)
}

/// The mixer-substitution T of the round function: `T(x) = L(τ(x))`.
#[inline]
#[must_use]
pub const fn t(x: u32) -> u32 {
    l(tau(x))
}

/// The key-expansion transformation T': `T'(x) = L'(τ(x))`.
#[inline]
#[must_use]
pub const fn t_prime(x: u32) -> u32 {
    l_prime(tau(x))
}

/// The system parameter FK (GB/T 32907-2016, key expansion;
/// draft-ribose-cfrg-sm4-10 section 7.3.1).
pub const FK: [u32; 4] = [0xa3b1_bac6, 0x56aa_3350, 0x677d_9197, 0xb270_22dc];

/// Builds [`CK`] from its definition.
const fn build_ck() -> [u32; 32] {
    let mut ck = [0u32; 32];
    let mut i = 0;
    while i < 32 {
        let mut bytes = [0u8; 4];
        let mut j = 0;
        while j < 4 {
            bytes[j] = ((4 * i + j) * 7 % 256) as u8;
            j += 1;
        }
        ck[i] = u32::from_be_bytes(bytes);
        i += 1;
    }
    ck
}

/// The fixed parameters CK (GB/T 32907-2016, key expansion;
/// draft-ribose-cfrg-sm4-10 section 7.3.2), computed from the definition:
/// byte `j` (most significant first) of `CK[i]` is `ck_{i,j} = (4i + j) * 7 mod 256`.
pub const CK: [u32; 32] = build_ck();

/// One round of the cipher (GB/T 32907-2016, round function F):
/// `X4 = F(X0, X1, X2, X3, rk) = X0 ^ T(X1 ^ X2 ^ X3 ^ rk)`.
#[inline]
#[must_use]
pub const fn round(x0: u32, x1: u32, x2: u32, x3: u32, rk: u32) -> u32 {
    x0 ^ t(x1 ^ x2 ^ x3 ^ rk)
}

/// One step of the key expansion (GB/T 32907-2016): the next round key
/// `rk_i = K_{i+4} = K_i ^ T'(K_{i+1} ^ K_{i+2} ^ K_{i+3} ^ CK_i)`.
#[inline]
#[must_use]
pub const fn key_round(k0: u32, k1: u32, k2: u32, k3: u32, ck: u32) -> u32 {
    k0 ^ t_prime(k1 ^ k2 ^ k3 ^ ck)
}

/// The key expansion (GB/T 32907-2016): `(K0, K1, K2, K3) = MK ^ FK`, then the 32
/// round keys `rk_i = key_round(K_i, K_{i+1}, K_{i+2}, K_{i+3}, CK_i)`.
#[must_use]
pub const fn expand_key(key: [u32; 4]) -> [u32; 32] {
    let mut k = [
        key[0] ^ FK[0],
        key[1] ^ FK[1],
        key[2] ^ FK[2],
        key[3] ^ FK[3],
    ];
    let mut rk = [0u32; 32];
    let mut i = 0;
    while i < 32 {
        let next = key_round(k[0], k[1], k[2], k[3], CK[i]);
        rk[i] = next;
        k = [k[1], k[2], k[3], next];
        i += 1;
    }
    rk
}

/// 32 rounds with the round keys in the order `rk[0], rk[1], ...` (`reverse`
/// false) or `rk[31], rk[30], ...`, then the reverse transformation R.
const fn crypt(rk: &[u32; 32], block: [u32; 4], reverse: bool) -> [u32; 4] {
    let mut x = block;
    let mut i = 0;
    while i < 32 {
        let key = if reverse { rk[31 - i] } else { rk[i] };
        let next = round(x[0], x[1], x[2], x[3], key);
        x = [x[1], x[2], x[3], next];
        i += 1;
    }
    // R(X32, X33, X34, X35) = (X35, X34, X33, X32).
    [x[3], x[2], x[1], x[0]]
}

/// Encrypts one block (GB/T 32907-2016, encryption): `X_{i+4} = F(X_i, ..., rk_i)`
/// for `i = 0..32`, output `(X35, X34, X33, X32)`.
#[must_use]
pub const fn encrypt_block(rk: &[u32; 32], block: [u32; 4]) -> [u32; 4] {
    crypt(rk, block, false)
}

/// Decrypts one block (GB/T 32907-2016, decryption): the encryption structure
/// with the round keys in reverse order, `rk_31` first.
#[must_use]
pub const fn decrypt_block(rk: &[u32; 32], block: [u32; 4]) -> [u32; 4] {
    crypt(rk, block, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use gf::Affine;
    use sm4::cipher::{BlockDecrypt, BlockEncrypt, KeyInit, generic_array::GenericArray};

    fn words(bytes: [u8; 16]) -> [u32; 4] {
        core::array::from_fn(|i| {
            u32::from_be_bytes([
                bytes[4 * i],
                bytes[4 * i + 1],
                bytes[4 * i + 2],
                bytes[4 * i + 3],
            ])
        })
    }

    fn bytes(words: [u32; 4]) -> [u8; 16] {
        let mut out = [0u8; 16];
        for (i, w) in words.iter().enumerate() {
            out[4 * i..4 * i + 4].copy_from_slice(&w.to_be_bytes());
        }
        out
    }

    /// GB/T 32907-2016 Appendix A: key = plaintext for both examples.
    const EXAMPLE_KEY: [u8; 16] = [
        0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32,
        0x10,
    ];

    #[test]
    fn sbox_cited_entries() {
        // GB/T 32907-2016, the S-box table: first row starts d6 90 e9 fe, last
        // row ends 39 48; entry (7, 1) is the only 00.
        assert_eq!(&SBOX[..4], &[0xd6, 0x90, 0xe9, 0xfe]);
        assert_eq!(&SBOX[0xfe..], &[0x39, 0x48]);
        assert_eq!(SBOX[0x71], 0x00);
        // A permutation.
        let mut seen = [false; 256];
        for &s in &SBOX {
            assert!(!seen[usize::from(s)]);
            seen[usize::from(s)] = true;
        }
    }

    #[test]
    fn ck_from_the_definition_matches_the_published_table() {
        // GB/T 32907-2016 key expansion, the CK table (draft-ribose-cfrg-sm4-10
        // 7.3.2): first row and last entry.
        assert_eq!(
            &CK[..4],
            &[0x0007_0e15, 0x1c23_2a31, 0x383f_464d, 0x545b_6269]
        );
        assert_eq!(CK[8], 0xe0e7_eef5);
        assert_eq!(CK[31], 0x646b_7279);
        // The definition, independently: ck_{i,j} = (4i + j) * 7 mod 256.
        for (i, ck) in CK.iter().enumerate() {
            for (j, b) in ck.to_be_bytes().iter().enumerate() {
                assert_eq!(usize::from(*b), (4 * i + j) * 7 % 256);
            }
        }
    }

    #[test]
    fn linear_transformations_are_the_rotations() {
        // L and L' are linear: a bit-by-bit check that each bit k of B lands on
        // k and k + the rotation amounts (mod 32), nowhere else.
        for k in 0..32 {
            let b = 1u32 << k;
            let expect_l = [0, 2, 10, 18, 24]
                .iter()
                .fold(0, |acc, r| acc ^ (1u32 << ((k + r) % 32)));
            let expect_lp = [0, 13, 23]
                .iter()
                .fold(0, |acc, r| acc ^ (1u32 << ((k + r) % 32)));
            assert_eq!(l(b), expect_l);
            assert_eq!(l_prime(b), expect_lp);
        }
        assert_eq!(t(0x0102_0304), l(tau(0x0102_0304)));
        assert_eq!(
            tau(0x0001_71ff),
            u32::from_be_bytes([SBOX[0x00], SBOX[0x01], SBOX[0x71], SBOX[0xff]])
        );
    }

    #[test]
    fn gbt32907_example_1() {
        // GB/T 32907-2016 Appendix A.1: key = plaintext = 0123456789abcdef
        // fedcba9876543210; ciphertext 681edf34d206965e86b3e94f536e4246. The
        // appendix also lists rk_0 = f12186f9, rk_1 = 41662b61, rk_31 = 9124a012,
        // X_4 = 27fad345, X_5 = a18b4cb2 and X_35 = 681edf34.
        let key = words(EXAMPLE_KEY);
        let rk = expand_key(key);
        assert_eq!(rk[0], 0xf121_86f9);
        assert_eq!(rk[1], 0x4166_2b61);
        assert_eq!(rk[31], 0x9124_a012);
        let x = words(EXAMPLE_KEY);
        let x4 = round(x[0], x[1], x[2], x[3], rk[0]);
        assert_eq!(x4, 0x27fa_d345);
        assert_eq!(round(x[1], x[2], x[3], x4, rk[1]), 0xa18b_4cb2);
        let k = [
            key[0] ^ FK[0],
            key[1] ^ FK[1],
            key[2] ^ FK[2],
            key[3] ^ FK[3],
        ];
        assert_eq!(key_round(k[0], k[1], k[2], k[3], CK[0]), 0xf121_86f9);
        let ct = encrypt_block(&rk, words(EXAMPLE_KEY));
        assert_eq!(ct[0], 0x681e_df34);
        assert_eq!(
            bytes(ct),
            [
                0x68, 0x1e, 0xdf, 0x34, 0xd2, 0x06, 0x96, 0x5e, 0x86, 0xb3, 0xe9, 0x4f, 0x53, 0x6e,
                0x42, 0x46
            ]
        );
        assert_eq!(decrypt_block(&rk, ct), words(EXAMPLE_KEY));
    }

    #[test]
    fn gbt32907_example_2() {
        // GB/T 32907-2016 Appendix A.2: the same key, the plaintext encrypted
        // 1,000,000 times in a row: 595298c7c6fd271f0402f804c33d3f66.
        let rk = expand_key(words(EXAMPLE_KEY));
        let mut x = words(EXAMPLE_KEY);
        for _ in 0..1_000_000 {
            x = encrypt_block(&rk, x);
        }
        assert_eq!(
            bytes(x),
            [
                0x59, 0x52, 0x98, 0xc7, 0xc6, 0xfd, 0x27, 0x1f, 0x04, 0x02, 0xf8, 0x04, 0xc3, 0x3d,
                0x3f, 0x66
            ]
        );
    }

    #[test]
    fn random_blocks_against_the_sm4_crate() {
        let mut s = 0x0123_4567_89ab_cdefu64;
        let mut next = || {
            s ^= s >> 12;
            s ^= s << 25;
            s ^= s >> 27;
            s.wrapping_mul(0x2545_f491_4f6c_dd1d)
        };
        let mut random16 = || {
            let (a, b) = (next(), next());
            let mut out = [0u8; 16];
            out[..8].copy_from_slice(&a.to_le_bytes());
            out[8..].copy_from_slice(&b.to_le_bytes());
            out
        };
        for _ in 0..300 {
            let key = random16();
            let reference = sm4::Sm4::new(GenericArray::from_slice(&key));
            let rk = expand_key(words(key));
            for _ in 0..30 {
                let pt = random16();
                let mut block = GenericArray::clone_from_slice(&pt);
                reference.encrypt_block(&mut block);
                let ct = encrypt_block(&rk, words(pt));
                assert_eq!(bytes(ct), block.as_slice(), "key {key:02x?} pt {pt:02x?}");
                reference.decrypt_block(&mut block);
                assert_eq!(block.as_slice(), pt);
                assert_eq!(decrypt_block(&rk, ct), words(pt), "round trip");
            }
        }
    }

    #[test]
    fn sbox_is_affine_inverse_affine() {
        for x in 0..=255u8 {
            assert_eq!(
                gf::affine_inv_affine(x, SBOX_INNER, SBOX_OUTER),
                SBOX[usize::from(x)],
                "x = {x:#04x}"
            );
        }
        // The same as two GFNI instructions, 8 bytes at a time:
        // GF2P8AFFINEQB with the inner map, then GF2P8AFFINEINVQB with the outer.
        for q in 0..32u64 {
            let x = u64::from_le_bytes(core::array::from_fn(|b| (8 * q) as u8 + b as u8));
            let y = gf::gf2p8affine_qword(x, SBOX_INNER.matrix, SBOX_INNER.constant);
            let s = gf::gf2p8affineinv_qword(y, SBOX_OUTER.matrix, SBOX_OUTER.constant);
            let want: [u8; 8] = core::array::from_fn(|b| SBOX[8 * q as usize + b]);
            assert_eq!(s.to_le_bytes(), want);
        }
        // tau through the decomposition, on whole words.
        for w in [0u32, 0x0123_4567, 0x89ab_cdef, 0xffff_ffff, 0x71d3_0f5a] {
            let via = u32::from_be_bytes(
                w.to_be_bytes()
                    .map(|b| gf::affine_inv_affine(b, SBOX_INNER, SBOX_OUTER)),
            );
            assert_eq!(tau(w), via);
        }
    }

    // ---- the derivation of SBOX_INNER / SBOX_OUTER, rerun ----

    /// Reduces the polynomial `a` (bit k = coefficient of z^k) modulo `m`.
    fn poly_mod(mut a: u32, m: u32) -> u32 {
        let deg = |p: u32| 31 - p.leading_zeros();
        while a != 0 && deg(a) >= deg(m) {
            a ^= m << (deg(a) - deg(m));
        }
        a
    }

    /// The inverse table of GF(2)[z]/(f), by brute force (0 -> 0).
    fn inverse_table(f: u32) -> [u8; 256] {
        let mul = |a: u8, b: u8| {
            let mut p = 0u32;
            for i in 0..8 {
                if (b >> i) & 1 == 1 {
                    p ^= u32::from(a) << i;
                }
            }
            poly_mod(p, f) as u8
        };
        let mut table = [0u8; 256];
        for a in 1..=255u8 {
            table[usize::from(a)] = (1..=255u8).find(|&b| mul(a, b) == 1).unwrap();
        }
        table
    }

    /// The circulant whose row `i` is `base` rotated by `i` (left or right).
    fn circulant(base: u8, left: bool) -> u64 {
        (0..8u32).fold(0, |m, i| {
            let row = if left {
                base.rotate_left(i)
            } else {
                base.rotate_right(i)
            };
            m | u64::from(row) << (8 * (7 - i))
        })
    }

    #[test]
    fn decomposition_is_derived_from_the_table() {
        // The search: A a circulant of 0xa7 or its bit reversal 0xe5, either
        // rotation; every irreducible f of degree 8; every constant C.
        let irreducible: std::vec::Vec<u32> = (0x100u32..0x200)
            .filter(|&p| (2u32..32).all(|q| poly_mod(p, q) != 0))
            .collect();
        assert_eq!(irreducible.len(), 30); // the number of degree-8 irreducibles
        let mut found = std::vec::Vec::new();
        for &f in &irreducible {
            let inv_f = inverse_table(f);
            for (base, left) in [(0xa7, true), (0xa7, false), (0xe5, true), (0xe5, false)] {
                for c in 0..=255u8 {
                    let ac = Affine {
                        matrix: circulant(base, left),
                        constant: c,
                    };
                    if (0..=255u8)
                        .all(|x| ac.apply(inv_f[usize::from(ac.apply(x))]) == SBOX[usize::from(x)])
                    {
                        found.push((f, ac));
                    }
                }
            }
        }
        let a = circulant(0xa7, true);
        assert_eq!(a, 0xa74f_9e3d_7af4_e9d3);
        assert_eq!(
            found,
            [(
                0x1f5,
                Affine {
                    matrix: a,
                    constant: 0xd3
                }
            )]
        );
        let ac = Affine {
            matrix: a,
            constant: 0xd3,
        };
        // The smallest root of f in the AES field, and phi: z^k -> beta^k.
        let f = 0x1f5u32;
        let eval = |beta: u8| {
            let (mut acc, mut power) = (0u8, 1u8);
            for k in 0..=8 {
                if (f >> k) & 1 == 1 {
                    acc ^= power;
                }
                power = gf::mul(power, beta);
            }
            acc
        };
        let roots: std::vec::Vec<u8> = (0..=255u8).filter(|&b| eval(b) == 0).collect();
        assert_eq!(roots.len(), 8); // f splits in GF(2^8)
        let beta = roots[0];
        assert_eq!(beta, 0x23);
        let mut columns = [0u8; 8];
        let mut power = 1u8;
        for col in &mut columns {
            *col = power;
            power = gf::mul(power, beta);
        }
        let phi = Affine {
            matrix: gf::matrix_from_columns(columns),
            constant: 0,
        };
        let phi_inv = phi.inverse().unwrap();
        // phi is a field isomorphism: it carries the inverse of f's field to the
        // AES field's.
        let inv_f = inverse_table(f);
        for y in 0..=255u8 {
            assert_eq!(phi_inv.apply(gf::inv(phi.apply(y))), inv_f[usize::from(y)]);
        }
        assert_eq!(ac.then(phi), SBOX_INNER);
        assert_eq!(phi_inv.then(ac), SBOX_OUTER);
    }
}
