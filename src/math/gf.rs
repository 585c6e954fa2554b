//! Arithmetic in GF(2^8), the field AES is defined over (FIPS-197 section 4).
//!
//! A byte `b7 b6 ... b0` stands for the polynomial `b7 x^7 + ... + b1 x + b0` with
//! coefficients in GF(2). Addition is XOR. Multiplication is polynomial
//! multiplication reduced modulo the AES polynomial
//! `m(x) = x^8 + x^4 + x^3 + x + 1` (`0x11b`).
//!
//! Everything here is a `const fn` so that the S-boxes and lookup tables of the
//! AES module (`aes::tables`) are computed by the compiler from these
//! definitions rather than typed in.
//!
//! The same field is the one of the x86 GFNI instructions (Intel SDM Vol. 2,
//! GF2P8AFFINEQB, GF2P8AFFINEINVQB, GF2P8MULB): [`affine_byte`],
//! [`gf2p8affine_qword`], [`gf2p8affineinv_qword`] and [`gf2p8mul_byte`] are
//! the SDM's pseudocode, and [`Affine`] is an affine map of GF(2)^8 in the
//! SDM's matrix convention, so that [`affine_inv_affine`] (an affine map, the
//! field inverse, another affine map) expresses the AES S-box, GFNI's
//! affine-inverse and any S-box affine-equivalent to inversion (SM4's) alike.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::gf;
//! // FIPS-197 4.2: {57} • {83} = {c1}; 4.2.1: xtime({57}) = {ae} and
//! // {57} • {13} = {fe}.
//! assert_eq!(gf::mul(0x57, 0x83), 0xc1);
//! assert_eq!(gf::xtime(0x57), 0xae);
//! assert_eq!(gf::mul(0x57, 0x13), 0xfe);
//! // The inverse of {53} is {ca} ({53} • {ca} = {01}), and FIPS-197 5.1.1:
//! // S({53}) = {ed}, the affine transformation of that inverse.
//! assert_eq!((gf::inv(0x53), gf::mul(0x53, 0xca)), (0xca, 0x01));
//! assert_eq!(gf::affine(0xca), 0xed);
//! assert_eq!(gf::sbox(0x53), 0xed);
//! assert_eq!(gf::inv_sbox(0xed), 0x53);
//! ```

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

// ---------------------------------------------------------------------------
// GFNI (Intel SDM Vol. 2, GF2P8AFFINEQB / GF2P8AFFINEINVQB / GF2P8MULB)
// ---------------------------------------------------------------------------

/// Row `i` of a GFNI matrix: byte `7 - i` of the qword.
#[inline]
const fn matrix_row(matrix: u64, i: u32) -> u8 {
    (matrix >> (8 * (7 - i))) as u8
}

/// The SDM's `affine_byte(tsrc2qw, src1byte, imm)` before the immediate is
/// added (Intel SDM Vol. 2, GF2P8AFFINEQB, "Operation"): bit `i` of the result is
/// `parity(matrix.byte[7 - i] AND x)`.
///
/// So byte `7 - i` of the qword is row `i` of an 8x8 matrix over GF(2) acting on
/// the column vector `x` (bit `j` = coordinate `j`); `0x0102040810204080` is the
/// identity and `0x8040201008040201` reverses the bits. No branch, no table:
/// constant-time in both operands.
#[inline]
#[must_use]
pub const fn affine_byte(matrix: u64, x: u8) -> u8 {
    let mut out = 0u8;
    let mut i = 0;
    while i < 8 {
        let parity = ((matrix_row(matrix, i) & x).count_ones() & 1) as u8;
        out |= parity << i;
        i += 1;
    }
    out
}

/// One qword lane of GF2P8AFFINEQB (Intel SDM Vol. 2): every byte `b` of `x`
/// becomes `affine_byte(matrix, b) XOR imm`.
///
/// `x` is the lane of the first source (`src1`), `matrix` the same lane of the
/// second source (`src2`, or its broadcast memory qword) and `imm` the imm8.
#[must_use]
pub const fn gf2p8affine_qword(x: u64, matrix: u64, imm: u8) -> u64 {
    let mut out = 0u64;
    let mut b = 0;
    while b < 8 {
        let byte = (x >> (8 * b)) as u8;
        out |= ((affine_byte(matrix, byte) ^ imm) as u64) << (8 * b);
        b += 1;
    }
    out
}

/// One qword lane of GF2P8AFFINEINVQB (Intel SDM Vol. 2,
/// `affine_inverse_byte`): every byte `b` of `x` becomes
/// `affine_byte(matrix, inv(b)) XOR imm`, the inverse taken in the AES field
/// (`0x11b`) with `inv(0) = 0` ([`inv`]).
#[must_use]
pub const fn gf2p8affineinv_qword(x: u64, matrix: u64, imm: u8) -> u64 {
    let mut out = 0u64;
    let mut b = 0;
    while b < 8 {
        let byte = (x >> (8 * b)) as u8;
        out |= ((affine_byte(matrix, inv(byte)) ^ imm) as u64) << (8 * b);
        b += 1;
    }
    out
}

/// The SDM's `gf2p8mul_byte(src1byte, src2byte)` (Intel SDM Vol. 2, GF2P8MULB):
/// the carry-less product of the two bytes, then reduction by
/// `x^8 + x^4 + x^3 + x + 1` (`0x11b`) from bit 14 down to bit 8.
///
/// The same product as [`mul`] (FIPS-197 4.2), computed the SDM's way; the tests
/// check the two against each other on all 65536 pairs. Branch-free.
#[must_use]
pub const fn gf2p8mul_byte(a: u8, b: u8) -> u8 {
    let mut t = 0u16;
    let mut i = 0;
    while i < 8 {
        // Add `a << i` when bit i of `b` is set (mask 0x0000 or 0xffff).
        t ^= ((a as u16) << i) & 0u16.wrapping_sub(((b >> i) & 1) as u16);
        i += 1;
    }
    let mut i = 14;
    while i >= 8 {
        // Clear bit i when set by adding 0x11b * x^(i - 8).
        t ^= (0x11b << (i - 8)) & 0u16.wrapping_sub((t >> i) & 1);
        i -= 1;
    }
    t as u8
}

/// The GFNI matrix (convention of [`affine_byte`]) of the GF(2)-linear map that
/// sends the byte `1 << j` to `columns[j]`.
///
/// `affine_byte(matrix_from_columns(c), 1 << j) == c[j]` for every `j`: column `j`
/// of the matrix is the image of coordinate `j`, and row `i` (byte `7 - i`)
/// collects bit `i` of every column.
#[must_use]
pub const fn matrix_from_columns(columns: [u8; 8]) -> u64 {
    let mut matrix = 0u64;
    let mut i = 0;
    while i < 8 {
        let mut row = 0u8;
        let mut j = 0;
        while j < 8 {
            row |= ((columns[j] >> i) & 1) << j;
            j += 1;
        }
        matrix |= (row as u64) << (8 * (7 - i));
        i += 1;
    }
    matrix
}

/// An affine map of GF(2)^8, `x -> matrix . x + constant`, with the matrix in the
/// GFNI convention of [`affine_byte`] (byte `7 - i` = row `i`).
///
/// A GF2P8AFFINEQB qword and its imm8 are an `Affine` as they stand:
/// `Affine { matrix, constant: imm }.apply(b)` is the instruction's result byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Affine {
    /// The linear part: byte `7 - i` is row `i` (Intel SDM `tsrc2qw`).
    pub matrix: u64,
    /// The constant added after the matrix (GFNI's imm8).
    pub constant: u8,
}

/// The columns of the linear part of FIPS-197's S-box affine transformation
/// ([`affine`], equation 5.1): `affine(1 << j) + affine(0)`.
const fn aes_affine_columns() -> [u8; 8] {
    let mut columns = [0u8; 8];
    let mut j = 0;
    while j < 8 {
        columns[j] = affine(1 << j) ^ affine(0);
        j += 1;
    }
    columns
}

impl Affine {
    /// The identity map: GFNI matrix `0x0102040810204080`, constant 0.
    pub const IDENTITY: Affine = Affine {
        matrix: 0x0102_0408_1020_4080,
        constant: 0,
    };

    /// The affine transformation of the AES S-box (FIPS-197 section 5.1.1,
    /// equation 5.1), so that `S(x) = AES_SBOX_OUT.apply(inv(x))`.
    ///
    /// Computed from [`affine`]; in GFNI terms it is matrix `0xf1e3c78f1f3e7cf8`
    /// with imm8 `0x63` (tested), the operands of the one-instruction AES
    /// SubBytes `GF2P8AFFINEINVQB x, 0xf1e3c78f1f3e7cf8, 0x63`.
    pub const AES_SBOX_OUT: Affine = Affine {
        matrix: matrix_from_columns(aes_affine_columns()),
        constant: affine(0),
    };

    /// The inverse of [`Affine::AES_SBOX_OUT`] (FIPS-197 section 5.3.2's
    /// inverse affine transformation), so that
    /// `inv(x) = AES_SBOX_OUT_INV.apply(S(x))`. Computed by [`Affine::inverse`].
    pub const AES_SBOX_OUT_INV: Affine = match Affine::AES_SBOX_OUT.inverse() {
        Some(a) => a,
        None => panic!("FIPS-197's affine transformation is invertible"),
    };

    /// `matrix . x + constant` (GF2P8AFFINEQB on one byte).
    #[inline]
    #[must_use]
    pub const fn apply(self, x: u8) -> u8 {
        affine_byte(self.matrix, x) ^ self.constant
    }

    /// The composition `outer ∘ self`: the map `x -> outer.apply(self.apply(x))`.
    ///
    /// With `self = (M, c)` and `outer = (N, d)` that is `(N M, N c + d)`; column
    /// `j` of `N M` is `N` applied to column `j` of `M`.
    #[must_use]
    pub const fn then(self, outer: Affine) -> Affine {
        let mut columns = [0u8; 8];
        let mut j = 0;
        while j < 8 {
            columns[j] = affine_byte(outer.matrix, affine_byte(self.matrix, 1 << j));
            j += 1;
        }
        Affine {
            matrix: matrix_from_columns(columns),
            constant: outer.apply(self.constant),
        }
    }

    /// The inverse map, or `None` if the matrix is singular over GF(2).
    ///
    /// Gauss-Jordan elimination on the 8x8 system `M x = y`: row `i` of the
    /// system is "parity(`rows[i]` AND x) = parity(`rhs[i]` AND y)", starting from
    /// `rows` = the matrix and `rhs` = the identity; once `rows` is the identity,
    /// `rhs` is `M^-1`. The inverse of `x -> M x + c` is `y -> M^-1 y + M^-1 c`.
    /// Branches on the matrix, which is a public constant (an immediate, a
    /// cipher's definition), never on the data it is applied to.
    #[must_use]
    pub const fn inverse(self) -> Option<Affine> {
        let mut rows = [0u8; 8];
        let mut rhs = [0u8; 8];
        let mut i = 0;
        while i < 8 {
            rows[i] = matrix_row(self.matrix, i as u32);
            rhs[i] = 1 << i;
            i += 1;
        }
        let mut col = 0;
        while col < 8 {
            // A row at or below `col` with coordinate `col` set: the pivot.
            let mut pivot = col;
            while pivot < 8 && (rows[pivot] >> col) & 1 == 0 {
                pivot += 1;
            }
            if pivot == 8 {
                return None;
            }
            let (r, h) = (rows[pivot], rhs[pivot]);
            rows[pivot] = rows[col];
            rhs[pivot] = rhs[col];
            rows[col] = r;
            rhs[col] = h;
            // Clear coordinate `col` from every other row.
            let mut k = 0;
            while k < 8 {
                if k != col && (rows[k] >> col) & 1 == 1 {
                    rows[k] ^= r;
                    rhs[k] ^= h;
                }
                k += 1;
            }
            col += 1;
        }
        let mut matrix = 0u64;
        let mut i = 0;
        while i < 8 {
            matrix |= (rhs[i] as u64) << (8 * (7 - i));
            i += 1;
        }
        Some(Affine {
            matrix,
            constant: affine_byte(matrix, self.constant),
        })
    }
}

/// `outer.apply(inv(inner.apply(x)))`: an affine map, the AES-field inverse
/// ([`inv`], `inv(0) = 0`), another affine map. The byte primitive of the S-box
/// seam:
///
/// - the AES S-box (FIPS-197 5.1.1) is
///   `affine_inv_affine(x, Affine::IDENTITY, Affine::AES_SBOX_OUT)`;
/// - GF2P8AFFINEINVQB with matrix `A` and imm8 `c` is
///   `affine_inv_affine(x, Affine::IDENTITY, Affine { matrix: A, constant: c })`;
/// - the SM4 S-box is `affine_inv_affine(x, sm4::SBOX_INNER, sm4::SBOX_OUTER)`.
///
/// Constant-time in `x` ([`mul`] and [`affine_byte`] have no data-dependent
/// branch or index).
#[inline]
#[must_use]
pub const fn affine_inv_affine(x: u8, inner: Affine, outer: Affine) -> u8 {
    outer.apply(inv(inner.apply(x)))
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

    /// A tiny deterministic generator for the sampled tests (xorshift64*).
    fn next(state: &mut u64) -> u64 {
        *state ^= *state >> 12;
        *state ^= *state << 25;
        *state ^= *state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// `affine_byte` as an independent reference: the SDM pseudocode's loop
    /// read literally, a bit at a time, with a branch.
    fn affine_byte_by_bits(matrix: u64, x: u8) -> u8 {
        let mut out = 0u8;
        for i in 0..8 {
            let row = matrix.to_be_bytes()[i]; // byte 7 - i of the qword
            let mut p = 0;
            for j in 0..8 {
                if (row >> j) & 1 == 1 && (x >> j) & 1 == 1 {
                    p ^= 1;
                }
            }
            out |= p << i;
        }
        out
    }

    #[test]
    fn gfni_identity_and_bit_reverse_matrices() {
        // Intel SDM / Rust stdarch gfni tests: 0x0102040810204080 is the identity.
        // The well-known GFNI bit-reversal matrix 0x8040201008040201.
        for x in 0..=255u8 {
            assert_eq!(affine_byte(0x0102_0408_1020_4080, x), x);
            assert_eq!(Affine::IDENTITY.apply(x), x);
            assert_eq!(affine_byte(0x8040_2010_0804_0201, x), x.reverse_bits());
        }
        let mut s = 0x0123_4567_89ab_cdefu64;
        for _ in 0..1000 {
            let x = next(&mut s);
            assert_eq!(gf2p8affine_qword(x, 0x0102_0408_1020_4080, 0), x);
            // stdarch: the zero matrix with imm8 0x63 gives 0x63 in every byte.
            assert_eq!(gf2p8affine_qword(x, 0, 0x63), 0x6363_6363_6363_6363);
            // Bit reversal in each byte = reverse the whole qword, then the bytes.
            assert_eq!(
                gf2p8affine_qword(x, 0x8040_2010_0804_0201, 0),
                x.reverse_bits().swap_bytes()
            );
        }
    }

    #[test]
    fn affine_byte_matches_the_pseudocode() {
        let mut s = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..2000 {
            let m = next(&mut s);
            for x in 0..=255u8 {
                assert_eq!(
                    affine_byte(m, x),
                    affine_byte_by_bits(m, x),
                    "{m:#x} {x:#x}"
                );
            }
            // The qword form applies the byte form to every byte, then imm8.
            let x = next(&mut s);
            let imm = (m >> 56) as u8;
            let q = gf2p8affine_qword(x, m, imm);
            let qi = gf2p8affineinv_qword(x, m, imm);
            for b in 0..8 {
                let xb = (x >> (8 * b)) as u8;
                assert_eq!((q >> (8 * b)) as u8, affine_byte_by_bits(m, xb) ^ imm);
                assert_eq!((qi >> (8 * b)) as u8, affine_byte_by_bits(m, inv(xb)) ^ imm);
            }
        }
    }

    #[test]
    fn affineinv_with_the_aes_matrix_is_the_fips197_sbox() {
        // The GFNI operands of SubBytes (Rust stdarch gfni tests: matrix
        // 0xF1_E3_C7_8F_1F_3E_7C_F8, imm8 0x63).
        assert_eq!(Affine::AES_SBOX_OUT.matrix, 0xf1e3_c78f_1f3e_7cf8);
        assert_eq!(Affine::AES_SBOX_OUT.constant, 0x63);
        // FIPS-197 Figure 7 entries and the 5.1.1 example S({53}) = {ed}.
        for (x, s) in [
            (0x00u8, 0x63u8),
            (0x01, 0x7c),
            (0x0f, 0x76),
            (0x10, 0xca),
            (0x20, 0xb7),
            (0x53, 0xed),
            (0x9a, 0xb8),
            (0xf0, 0x8c),
            (0xff, 0x16),
        ] {
            assert_eq!(
                affine_inv_affine(x, Affine::IDENTITY, Affine::AES_SBOX_OUT),
                s
            );
            let lane = gf2p8affineinv_qword(u64::from(x), 0xf1e3_c78f_1f3e_7cf8, 0x63);
            assert_eq!(lane as u8, s);
            // The other seven bytes were 0, and S(0) = {63}.
            assert_eq!(lane >> 8, 0x0063_6363_6363_6363);
        }
        // All 256 against FIPS-197's own formulation (equation 5.1 after inv),
        // the one the AES tables are computed from.
        for x in 0..=255u8 {
            assert_eq!(Affine::AES_SBOX_OUT.apply(x), affine(x));
            assert_eq!(Affine::AES_SBOX_OUT_INV.apply(x), inv_affine(x));
            assert_eq!(
                affine_inv_affine(x, Affine::IDENTITY, Affine::AES_SBOX_OUT),
                sbox(x)
            );
            assert_eq!(Affine::AES_SBOX_OUT_INV.apply(sbox(x)), inv(x));
            assert_eq!(
                inv(Affine::AES_SBOX_OUT_INV.apply(sbox(x))),
                x,
                "InvSubBytes(SubBytes(x))"
            );
        }
    }

    #[test]
    fn gfni_affineinv_properties() {
        // As in the Rust stdarch gfni tests: with the identity matrix AFFINEINV
        // is the field inverse (x . AFFINEINV(x) = 1, 0 for x = 0), and with any
        // matrix it is AFFINE applied to the identity-AFFINEINV result.
        for x in 0..=255u8 {
            let y = gf2p8affineinv_qword(u64::from(x), Affine::IDENTITY.matrix, 0) as u8;
            assert_eq!(gf2p8mul_byte(x, y), u8::from(x != 0));
        }
        let mut s = 0x5555_aaaa_0f0f_f0f0u64;
        for _ in 0..1000 {
            let (m, x) = (next(&mut s), next(&mut s));
            let imm = x as u8 ^ 0x5a;
            let inverted = gf2p8affineinv_qword(x, Affine::IDENTITY.matrix, 0);
            assert_eq!(
                gf2p8affineinv_qword(x, m, imm),
                gf2p8affine_qword(inverted, m, imm)
            );
        }
    }

    #[test]
    fn gf2p8mul_is_the_aes_multiply() {
        // FIPS-197 4.2: {57} . {83} = {c1}; 4.2.1: {57} . {13} = {fe};
        // {53} and {ca} are inverses (the FIPS-197 5.1.1 example's inverse).
        assert_eq!(gf2p8mul_byte(0x57, 0x83), 0xc1);
        assert_eq!(gf2p8mul_byte(0x57, 0x13), 0xfe);
        assert_eq!(gf2p8mul_byte(0x53, 0xca), 0x01);
        assert_eq!(inv(0x53), 0xca);
        // Exhaustively: the SDM's reduce-after form equals the xtime form.
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                assert_eq!(gf2p8mul_byte(a, b), mul(a, b), "{a:#04x} {b:#04x}");
            }
        }
    }

    #[test]
    fn matrix_from_columns_is_the_convention() {
        let mut s = 0x0bad_cafe_dead_beefu64;
        for _ in 0..1000 {
            let m = next(&mut s);
            let columns: [u8; 8] = core::array::from_fn(|j| affine_byte(m, 1 << j));
            assert_eq!(matrix_from_columns(columns), m);
            for (j, c) in columns.iter().enumerate() {
                assert_eq!(
                    affine_byte_by_bits(matrix_from_columns(columns), 1 << j),
                    *c
                );
            }
        }
    }

    #[test]
    fn composition_and_inverse() {
        let mut s = 0x1357_9bdf_2468_ace0u64;
        let mut singular = 0;
        for _ in 0..2000 {
            let a = Affine {
                matrix: next(&mut s),
                constant: next(&mut s) as u8,
            };
            let b = Affine {
                matrix: next(&mut s),
                constant: next(&mut s) as u8,
            };
            let ab = a.then(b);
            for x in 0..=255u8 {
                assert_eq!(ab.apply(x), b.apply(a.apply(x)));
            }
            // A map is invertible exactly when it is a bijection of the bytes.
            let mut seen = [false; 256];
            for x in 0..=255u8 {
                seen[usize::from(a.apply(x))] = true;
            }
            let bijective = seen.iter().all(|&v| v);
            match a.inverse() {
                Some(ai) => {
                    assert!(bijective);
                    assert_eq!(a.then(ai), Affine::IDENTITY);
                    assert_eq!(ai.then(a), Affine::IDENTITY);
                    for x in 0..=255u8 {
                        assert_eq!(ai.apply(a.apply(x)), x);
                    }
                }
                None => {
                    assert!(!bijective);
                    singular += 1;
                }
            }
        }
        // A random 8x8 matrix over GF(2) is invertible with probability
        // (1 - 1/2)(1 - 1/4)...(1 - 1/256) = 0.29: both branches must have run.
        assert!(singular > 0 && singular < 2000);
        assert_eq!(Affine::IDENTITY.inverse(), Some(Affine::IDENTITY));
        assert_eq!(
            Affine {
                matrix: 0,
                constant: 1
            }
            .inverse(),
            None
        );
        // Two equal rows.
        assert_eq!(
            Affine {
                matrix: 0x0101_0408_1020_4080,
                constant: 0
            }
            .inverse(),
            None
        );
    }
}
