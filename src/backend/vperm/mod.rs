//! The `vperm` backend: constant-time AES fragments from 16-byte table lookups
//! held in vector registers (x86-64 SSSE3 `pshufb`, AArch64 AdvSIMD `tbl`), for
//! hosts with byte shuffles but without AES instructions.
//!
//! The method is Hamburg's ("Accelerating AES with Vector Permute
//! Instructions", CHES 2009): the GF(2^8) inverse computed in a tower field
//! GF((2^4)^2), where every GF(2^4) operation is a lookup of a 16-entry table
//! indexed by a nibble. The tables and basis changes here are derived below
//! from the field arithmetic of [`crate::math::gf`] (const fns, checked by the
//! tests against [`gf::inv`] on all 256 bytes), not taken from any
//! implementation.
//!
//! # The tower field, inside the AES field
//!
//! - `GF(16)` is the subfield `{y : y^16 = y}` of the AES field; `ω = 0x03^17`
//!   has order 15 there, and a nibble `n` stands for `Σ n_b ω^b` (`elem`).
//! - `t` is the first byte with `t^16 = t + 1`: then `t` and its conjugate
//!   `t̄ = t^16 = t + 1` are the roots of `X^2 + X + ν` with `ν = t·t̄ = t^17` in
//!   `GF(16)`, and `{t, t̄}` is a normal basis of `GF(256)` over `GF(16)`.
//! - A byte `x = i·t + j·t̄` is held as the *tower byte* `i << 4 | k` with
//!   `k = i + j` (so `x = k·t + j`): `POLY_TO_TOWER` is that GF(2)-linear map.
//!
//! # The inverse in five lookups
//!
//! With `N = x·x̄ = ν k^2 + i j` (the norm, in `GF(16)`), `x^-1 = x̄ / N =
//! (j/N)·t + (i/N)·t̄`. With `a = 1/ν`:
//!
//! - `io = j + 1/(1/i + a/k) = N / (ν k + i)`,
//! - `jo = i + 1/(1/j + a/k) = N / (ν k + j)`
//!
//! (expand `1/(1/i + a/k) = i k / (k + a i)` and use `k (i + j) = k^2`). Then
//! `u = 1/io` and `w = 1/jo` are `GF(16)`-linear in `(i/N, j/N)` with the
//! matrix `[[ν+1, ν], [ν, ν+1]]`, its own inverse (determinant 1), which gives
//! `x^-1 = u·(t + ν + 1) + w·(t + ν)`. So the result byte, through any linear
//! map `L`, is `lo[io] ^ hi[jo]`: two lookups of tables that contain the
//! `GF(16)` inverse, the multiplication by `t + ν (+ 1)` and `L` (`out`).
//!
//! Zeros are handled the projective way, by the lookup instruction itself: the
//! inverse tables map `0` to `0x80` ("infinity"), an index with bit 7 set reads
//! `0` on both hosts (`pshufb` zeroes it, `tbl` sees it out of range), and
//! XOR keeps bit 7 set, so `1/0 = ∞`, `∞ + y = ∞`, `1/∞ = 0`. The test
//! `inverse_model_is_the_field_inverse` checks all 256 inputs, `0` included.
//!
//! # One instruction per call
//!
//! A guest instruction is one round with its round key in a guest register, so
//! every call changes basis twice: in, by nibble lookups of the input bytes
//! (`POLY_TO_TOWER` composed with the map before the inverse: identity for
//! SubBytes, the inverse affine map for InvSubBytes; three pairs of lookups
//! side by side, one per nibble the inverse reads), and out, folded into
//! the output tables (the AES affine map, and the MixColumns/InvMixColumns
//! multiples `2`, `9`, `b`, `d`, `e`, each one more pair of lookups). ShiftRows
//! and the MixColumns rotations are byte permutations (one lookup each, and
//! one for both where a round has the two: the composition is one table);
//! `mc`/`imc` alone use nibble tables of the multiplications. No memory access
//! depends on data (the tables are whole registers), and nothing branches on
//! it.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::{Backend, Choice, Vperm};
//! use crypto_insn::x86::X86;
//! // Intel AES-NI white paper (Gueron, rev. 3.0), AESENC example.
//! let (state, rk) = (0x7b5b54657374566563746f725d53475d, 0x48692853686179295b477565726f6e5d);
//! match Vperm::detect() {
//!     Ok(v) => {
//!         assert_eq!(v.name(), "vperm");
//!         assert_eq!(X86(v).aesenc(state, rk), 0xa8311c2f9fdba3c58b104b58ded7e595);
//!     }
//!     // No SSSE3 / AdvSIMD here: a reasoned error, no fallback.
//!     Err(e) => assert_eq!(e.choice, Choice::Vperm),
//! }
//! ```

use super::{Backend, Choice, SboxAffine, Unavailable};
use crate::math::gf::{self, Affine};

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
mod none;
#[cfg(target_arch = "x86_64")]
mod x86_64;

#[cfg(target_arch = "aarch64")]
use aarch64 as arch;
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
use none as arch;
#[cfg(target_arch = "x86_64")]
use x86_64 as arch;

use arch::{Cpu, V, and, load, shr4, tbl, xor};

/// The vector-permute backend: constant-time, from byte shuffles (SSSE3 on
/// x86-64, AdvSIMD on AArch64). A value exists only on a CPU that has them; get
/// one from [`Vperm::detect`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Vperm(Cpu);

impl Vperm {
    /// The vperm backend, if this CPU has the byte shuffle it needs.
    ///
    /// # Errors
    /// [`Unavailable`] on a CPU without SSSE3 (x86-64), in a `no_std` x86-64
    /// build without `-C target-feature=+ssse3` (no run-time detection there),
    /// or on a host architecture without a port.
    pub fn detect() -> Result<Vperm, Unavailable> {
        Self::cached().ok_or(Unavailable {
            choice: Choice::Vperm,
            reason: arch::MISSING,
        })
    }

    /// The vperm backend without the check, for code that checked once and
    /// keeps the result (a table of resolved functions: the C ABI's
    /// `crypto_insn_table_for("vperm")`), so that a call pays no detection.
    ///
    /// # Safety
    /// [`Vperm::detect`] returned `Ok` in this process (or the build enables
    /// SSSE3 on x86-64; AArch64 always has AdvSIMD). On a host without a vperm
    /// port `detect` never succeeds, so this must not be called there.
    #[inline(always)]
    #[must_use]
    pub const unsafe fn assume_detected() -> Vperm {
        // SAFETY: the caller's contract is `arch::assume`'s.
        Vperm(unsafe { arch::assume() })
    }

    /// The check (a constant, or std's cached CPU detection).
    #[inline(always)]
    pub(crate) fn cached() -> Option<Vperm> {
        arch::detect().map(Vperm)
    }
}

macro_rules! vperm_methods {
    ($(($f:ident, $($a:ident)*))*) => {
        impl Backend for Vperm {
            #[inline]
            fn name(self) -> &'static str {
                "vperm"
            }
            // `always`: a caller compiled with the byte shuffle (the C ABI's
            // vperm table) then gets the fragment's instructions, not a call
            // passing the registers in general-purpose pairs.
            $(
                #[inline(always)]
                fn $f(self, $($a: u128),*) -> u128 {
                    arch::$f(self.0, $($a),*)
                }
            )*
            #[inline(always)]
            fn sbox_affine(self, x: u128, maps: &SboxAffine) -> u128 {
                arch::sbox_affine(self.0, x, maps)
            }
            #[inline(always)]
            fn aeskeygenassist(self, src: u128, rcon: u8) -> u128 {
                arch::aeskeygenassist(self.0, src, rcon)
            }
            #[inline]
            fn clmul(self, a: u128, b: u128, imm: u8) -> u128 {
                arch::clmul(self.0, a, b, imm)
            }
        }
    };
}
super::for_each_fragment!(vperm_methods);

// ---------------------------------------------------------------------------
// The tables, derived from the field arithmetic.

/// A nibble-indexed table: `t[n]`.
type Table = [u8; 16];

/// A byte map by nibbles: `map(x) = t[0][x & 15] ^ t[1][x >> 4]`.
type Nibbles = [Table; 2];

/// `ω = 0x03^17`: `0x03` generates the AES field's multiplicative group (order
/// 255), so `ω` has order 15 and generates the subfield `GF(16)`.
const OMEGA: u8 = gf::pow(0x03, 17);

/// The subfield element a nibble stands for: `Σ n_b ω^b` (basis `1, ω, ω^2,
/// ω^3` of `GF(16)` over `GF(2)`).
const fn elem(n: u8) -> u8 {
    let mut e = 0;
    let mut b = 0;
    while b < 4 {
        if (n >> b) & 1 == 1 {
            e ^= gf::pow(OMEGA, b);
        }
        b += 1;
    }
    e
}

/// The nibble of a subfield element (the inverse of [`elem`]); panics (at
/// compile time, where it is used) if `e` is not in `GF(16)`.
const fn nib(e: u8) -> u8 {
    let mut n = 0;
    while n < 16 {
        if elem(n) == e {
            return n;
        }
        n += 1;
    }
    panic!("not in the subfield GF(16)")
}

/// `t`: the first byte with `t^16 = t + 1` (trace 1 over `GF(16)`).
const T: u8 = {
    let mut x = 0u8;
    while gf::pow(x, 16) ^ x != 1 {
        x += 1;
    }
    x
};

/// `ν = t · t^16`, the constant term of `t`'s minimal polynomial
/// `X^2 + X + ν` over `GF(16)`.
const NU: u8 = gf::mul(T, gf::pow(T, 16));

/// The tower byte `i << 4 | k` to the AES-field byte `k·t + j`, `j = i + k`:
/// bit `b` of `k` contributes `ω^b (t + 1)`, bit `b` of `i` contributes `ω^b`.
const TOWER_TO_POLY: Affine = {
    let mut columns = [0u8; 8];
    let mut b = 0;
    while b < 4 {
        let g = elem(1 << b);
        columns[b] = g ^ gf::mul(g, T);
        columns[b + 4] = g;
        b += 1;
    }
    Affine {
        matrix: gf::matrix_from_columns(columns),
        constant: 0,
    }
};

/// The AES-field byte to its tower byte.
pub(crate) const POLY_TO_TOWER: Affine = match TOWER_TO_POLY.inverse() {
    Some(a) => a,
    None => panic!("t and t^16 are a basis"),
};

/// "Infinity": the inverse of 0; looking it up (bit 7 set) reads 0.
const INF: u8 = 0x80;

/// `n -> c / elem(n)` as a nibble, `0 -> ∞`.
const fn div_table(c: u8) -> Table {
    let mut t = [INF; 16];
    let mut n = 1;
    while n < 16 {
        t[n] = nib(gf::mul(c, gf::inv(elem(n as u8))));
        n += 1;
    }
    t
}

/// `1/y` in `GF(16)`.
const INV16: Table = div_table(1);
/// `a/y` with `a = 1/ν`.
const A_DIV: Table = div_table(gf::inv(NU));

/// The input map: `a` (an affine map of the AES field) then [`POLY_TO_TOWER`].
const fn input(a: Affine) -> Nibbles {
    super::nibbles(a.then(POLY_TO_TOWER))
}

/// The output tables for the linear map `y -> c · M y` of the inverse `y`
/// (`M` a GFNI-convention matrix): `[lo, hi]` with `lo[n] = L(u·(t + ν + 1))`,
/// `hi[n] = L(w·(t + ν))`, `u`, `w` the `GF(16)` inverses of `io`, `jo`.
const fn out_tables(matrix: u64, c: u8) -> Nibbles {
    let mut t = [[0u8; 16]; 2];
    let mut n = 0;
    while n < 16 {
        let y = gf::inv(elem(n as u8));
        t[0][n] = gf::mul(c, gf::affine_byte(matrix, gf::mul(y, T ^ NU ^ 1)));
        t[1][n] = gf::mul(c, gf::affine_byte(matrix, gf::mul(y, T ^ NU)));
        n += 1;
    }
    t
}

/// Nibble tables of the multiplication by `c` (a linear map).
const fn mul_nibbles(c: u8) -> Nibbles {
    let mut t = [[0u8; 16]; 2];
    let mut n = 0;
    while n < 16 {
        t[0][n] = gf::mul(c, n as u8);
        t[1][n] = gf::mul(c, (n as u8) << 4);
        n += 1;
    }
    t
}

/// An input map as three nibble maps, one for each of the tower byte's
/// nibbles the inverse reads: `i` (high), `k` (low) and `j = i ^ k`. The
/// shift, mask and XOR that would split the tower byte become table entries
/// (shifts and masks distribute over XOR), so the inverse starts one lookup
/// after the input's own nibbles, and the three maps run side by side.
struct Split {
    i: Nibbles,
    k: Nibbles,
    j: Nibbles,
}

/// [`Split`] of the byte map `t` (a map into tower bytes).
const fn split(t: Nibbles) -> Split {
    let mut out = Split {
        i: [[0; 16]; 2],
        k: [[0; 16]; 2],
        j: [[0; 16]; 2],
    };
    let mut h = 0;
    while h < 2 {
        let mut n = 0;
        while n < 16 {
            let z = t[h][n];
            out.i[h][n] = z >> 4;
            out.k[h][n] = z & 15;
            out.j[h][n] = (z >> 4) ^ (z & 15);
            n += 1;
        }
        h += 1;
    }
    out
}

/// Input map of SubBytes (the inverse comes first).
const IN_SB: Nibbles = input(Affine::IDENTITY);
/// Input map of InvSubBytes: the inverse affine map, then the inverse
/// (FIPS-197 section 5.3.2).
const IN_ISB: Nibbles = input(Affine::AES_SBOX_OUT_INV);
/// [`IN_SB`] split into the nibbles the inverse reads.
const SPLIT_SB: Split = split(IN_SB);
/// [`IN_ISB`] split into the nibbles the inverse reads.
const SPLIT_ISB: Split = split(IN_ISB);
/// SubBytes' output: the linear part of the affine map (its constant `0x63`
/// is added afterwards, see [`SBOX_CONSTANT`]).
const OUT_SB: Nibbles = out_tables(Affine::AES_SBOX_OUT.matrix, 1);
/// Twice SubBytes' linear output, for MixColumns.
const OUT_SB2: Nibbles = out_tables(Affine::AES_SBOX_OUT.matrix, 2);
/// InvSubBytes' output (the field inverse) times `c`, for InvMixColumns.
const OUT_ISB: [Nibbles; 4] = [
    out_tables(Affine::IDENTITY.matrix, 0x0e),
    out_tables(Affine::IDENTITY.matrix, 0x0b),
    out_tables(Affine::IDENTITY.matrix, 0x0d),
    out_tables(Affine::IDENTITY.matrix, 0x09),
];
/// InvSubBytes' output alone.
const OUT_ISB1: Nibbles = out_tables(Affine::IDENTITY.matrix, 1);
/// Multiplication by 2 (MixColumns alone).
const MUL2: Nibbles = mul_nibbles(2);
/// InvMixColumns' coefficients `0e, 0b, 0d, 09` (FIPS-197 section 5.3.3).
const IMC_MUL: [Nibbles; 4] = [
    mul_nibbles(0x0e),
    mul_nibbles(0x0b),
    mul_nibbles(0x0d),
    mul_nibbles(0x09),
];

/// The affine constant of SubBytes, in every byte. MixColumns of a column of
/// equal bytes `c` is `(2 + 3 + 1 + 1) c = c`, so it is also the constant of
/// `MixColumns(SubBytes(s))`.
const SBOX_CONSTANT: Table = [Affine::AES_SBOX_OUT.constant; 16];
/// The low-nibble mask.
const LOW: Table = [0x0f; 16];

/// A byte permutation of the state for [`tbl`]: result byte `r + 4c` (row
/// `r`, column `c`) is source byte `r' + 4c'` with `(r', c') = (row(r, c),
/// column(r, c))`, where `row`/`column` are chosen by `kind`.
const fn permutation(kind: Perm) -> Table {
    let mut p = [0u8; 16];
    let mut i = 0;
    while i < 16 {
        let (r, c) = (i % 4, i / 4);
        let (r2, c2) = match kind {
            // FIPS-197 5.1.2: s'[r, c] = s[r, (c + r) mod 4].
            Perm::ShiftRows => (r, (c + r) % 4),
            // FIPS-197 5.3.1: s'[r, (c + r) mod 4] = s[r, c].
            Perm::InvShiftRows => (r, (c + 4 - r) % 4),
            // Within each column: s'[r, c] = s[(r + n) mod 4, c].
            Perm::Rotate(n) => ((r + n) % 4, c),
        };
        p[i] = (r2 + 4 * c2) as u8;
        i += 1;
    }
    p
}

/// The byte permutations the fragments use.
#[derive(Clone, Copy)]
enum Perm {
    ShiftRows,
    InvShiftRows,
    Rotate(usize),
}

/// The permutation `q` after `p`: `permute(permute(x, p), q)` is
/// `permute(x, then(p, q))` (`pshufb`/`tbl`: result byte `n` is source byte
/// `index[n]`).
const fn then(p: Table, q: Table) -> Table {
    let mut t = [0u8; 16];
    let mut n = 0;
    while n < 16 {
        t[n] = p[q[n] as usize];
        n += 1;
    }
    t
}

/// A rotation of MixColumns' shape after a row shift: `[rot_n . shift]` for
/// `n = 0..3`, one lookup each.
const fn shifted_rotations(shift: Table) -> [Table; 4] {
    [
        then(shift, ROTATE[0]),
        then(shift, ROTATE[1]),
        then(shift, ROTATE[2]),
        then(shift, ROTATE[3]),
    ]
}

/// AESKEYGENASSIST's byte gather (SDM): result dwords `X1`, `RotWord(X1)`,
/// `X3`, `RotWord(X3)` of the source dwords `X0..X3`, as source byte indices.
/// SubWord is bytewise, so it can follow the gather.
const KEYGEN_GATHER: Table = {
    let mut t = [0u8; 16];
    let mut n = 0;
    while n < 16 {
        let (dword, byte) = (n / 4, n % 4);
        // X1 for dwords 0 and 1, X3 for 2 and 3; RotWord in dwords 1 and 3
        // (RotWord([a0, a1, a2, a3]) = [a1, a2, a3, a0], FIPS-197 5.2).
        let src = if dword < 2 { 1 } else { 3 };
        let rot = dword % 2;
        t[n] = (4 * src + (byte + rot) % 4) as u8;
        n += 1;
    }
    t
};

const SHIFT_ROWS: Table = permutation(Perm::ShiftRows);
const INV_SHIFT_ROWS: Table = permutation(Perm::InvShiftRows);
const ROTATE: [Table; 4] = [
    permutation(Perm::Rotate(0)),
    permutation(Perm::Rotate(1)),
    permutation(Perm::Rotate(2)),
    permutation(Perm::Rotate(3)),
];
/// MixColumns' rotations after ShiftRows.
const SR_ROTATE: [Table; 4] = shifted_rotations(SHIFT_ROWS);
/// InvMixColumns' rotations after InvShiftRows.
const ISR_ROTATE: [Table; 4] = shifted_rotations(INV_SHIFT_ROWS);

// ---------------------------------------------------------------------------
// The fragments on vectors. Each arch file wraps them in its entry points (on
// x86-64 a `#[target_feature(enable = "ssse3")]` function into which all of
// this inlines).

/// `t[0][x & 15] ^ t[1][x >> 4]` on each byte.
#[inline(always)]
fn nibble_map(c: Cpu, x: V, t: &Nibbles) -> V {
    let lo = tbl(c, load(c, &t[0]), and(c, x, load(c, &LOW)));
    xor(c, lo, tbl(c, load(c, &t[1]), shr4(c, x)))
}

/// The bytes of `x` permuted by `p`.
#[inline(always)]
fn permute(c: Cpu, x: V, p: &Table) -> V {
    tbl(c, x, load(c, p))
}

/// The basis change in: the input map `t` of each byte of `x`, as the tower
/// byte's nibbles `(i, k, j)`. Two nibble extractions of `x`, then six
/// independent lookups and three XORs (one step deep after the lookups).
#[inline(always)]
fn tower(c: Cpu, x: V, t: &Split) -> (V, V, V) {
    let lo = and(c, x, load(c, &LOW));
    let hi = shr4(c, x);
    let map = |m: &Nibbles| xor(c, tbl(c, load(c, &m[0]), lo), tbl(c, load(c, &m[1]), hi));
    (map(&t.i), map(&t.k), map(&t.j))
}

/// The inverse in the tower field: from the tower byte's nibbles `(i, k, j)`
/// (see [`tower`]) to `(io, jo)`, which [`out`] turns into `L(z^-1)`.
#[inline(always)]
fn invert(c: Cpu, (i, k, j): (V, V, V)) -> (V, V) {
    let inv = load(c, &INV16);
    let a_k = tbl(c, load(c, &A_DIV), k);
    let iak = xor(c, tbl(c, inv, i), a_k);
    let jak = xor(c, tbl(c, inv, j), a_k);
    (xor(c, tbl(c, inv, iak), j), xor(c, tbl(c, inv, jak), i))
}

/// The output basis change: `t[0][io] ^ t[1][jo]`.
#[inline(always)]
fn out(c: Cpu, (io, jo): (V, V), t: &Nibbles) -> V {
    xor(c, tbl(c, load(c, &t[0]), io), tbl(c, load(c, &t[1]), jo))
}

/// A column map `p[0] + p[1]·rot1 + p[2]·rot2 + p[3]·rot3`: byte `r` of each
/// column gets `p0[r] ^ p1[r + 1] ^ p2[r + 2] ^ p3[r + 3]` (indices mod 4),
/// the shape of MixColumns (`p = 2s, 3s, s, s`) and InvMixColumns (`p = 0e·s,
/// 0b·s, 0d·s, 09·s`), FIPS-197 5.1.3 and 5.3.3.
#[inline(always)]
fn mix(c: Cpu, p: [V; 4]) -> V {
    let a = xor(c, p[0], permute(c, p[1], &ROTATE[1]));
    let b = xor(
        c,
        permute(c, p[2], &ROTATE[2]),
        permute(c, p[3], &ROTATE[3]),
    );
    xor(c, a, b)
}

/// SubBytes.
#[inline(always)]
fn sb(c: Cpu, s: V) -> V {
    let q = invert(c, tower(c, s, &SPLIT_SB));
    xor(c, out(c, q, &OUT_SB), load(c, &SBOX_CONSTANT))
}

/// InvSubBytes.
#[inline(always)]
fn isb(c: Cpu, s: V) -> V {
    out(c, invert(c, tower(c, s, &SPLIT_ISB)), &OUT_ISB1)
}

/// x86 AESENCLAST: `SR(SB(s)) ^ k` (ShiftRows first: SubBytes is bytewise).
#[inline(always)]
fn sb_sr_ak(c: Cpu, s: V, k: V) -> V {
    xor(c, sb(c, permute(c, s, &SHIFT_ROWS)), k)
}

/// Arm AESE: `SR(SB(s ^ k))`.
#[inline(always)]
fn ak_sb_sr(c: Cpu, s: V, k: V) -> V {
    sb(c, permute(c, xor(c, s, k), &SHIFT_ROWS))
}

/// x86 AESENC: `MC(SR(SB(s))) ^ k`. SubBytes runs on the unshifted state
/// (it is bytewise) into the tables of `S` and `2·S` (without the constant,
/// which MixColumns keeps: see [`SBOX_CONSTANT`]); ShiftRows is folded into
/// MixColumns' rotations, so that byte `r` of a column is
/// `2u[r] ^ 3u[r+1] ^ u[r+2] ^ u[r+3]` (FIPS-197 5.1.3) of the shifted `u`,
/// written as five independent lookups of `2u` and `u`, then the key.
#[inline(always)]
fn sb_sr_mc_ak(c: Cpu, s: V, k: V) -> V {
    let q = invert(c, tower(c, s, &SPLIT_SB));
    let u = out(c, q, &OUT_SB);
    let v = out(c, q, &OUT_SB2);
    let key = xor(c, k, load(c, &SBOX_CONSTANT));
    let a = xor(
        c,
        permute(c, v, &SR_ROTATE[0]),
        permute(c, v, &SR_ROTATE[1]),
    );
    let b = xor(
        c,
        permute(c, u, &SR_ROTATE[1]),
        permute(c, u, &SR_ROTATE[2]),
    );
    let d = xor(c, permute(c, u, &SR_ROTATE[3]), key);
    xor(c, xor(c, a, b), d)
}

/// x86 AESDECLAST: `ISB(ISR(s)) ^ k`.
#[inline(always)]
fn isb_isr_ak(c: Cpu, s: V, k: V) -> V {
    xor(c, isb(c, permute(c, s, &INV_SHIFT_ROWS)), k)
}

/// Arm AESD: `ISB(ISR(s ^ k))`.
#[inline(always)]
fn ak_isb_isr(c: Cpu, s: V, k: V) -> V {
    isb(c, permute(c, xor(c, s, k), &INV_SHIFT_ROWS))
}

/// x86 AESDEC: `IMC(ISB(ISR(s))) ^ k`, InvMixColumns from the four multiples
/// `0e, 0b, 0d, 09` of the inverse in the output tables (FIPS-197 5.3.3),
/// InvShiftRows folded into its rotations (InvSubBytes is bytewise).
#[inline(always)]
fn isb_isr_imc_ak(c: Cpu, s: V, k: V) -> V {
    let q = invert(c, tower(c, s, &SPLIT_ISB));
    // Written out: `array::map` would not inline into the `ssse3` function.
    let p0 = permute(c, out(c, q, &OUT_ISB[0]), &ISR_ROTATE[0]);
    let p1 = permute(c, out(c, q, &OUT_ISB[1]), &ISR_ROTATE[1]);
    let p2 = permute(c, out(c, q, &OUT_ISB[2]), &ISR_ROTATE[2]);
    let p3 = permute(c, out(c, q, &OUT_ISB[3]), &ISR_ROTATE[3]);
    xor(c, xor(c, xor(c, p0, k), p1), xor(c, p2, p3))
}

/// x86 AESKEYGENASSIST (SDM): `[SubWord(X1), RotWord(SubWord(X1)) ^ RCON,
/// SubWord(X3), RotWord(SubWord(X3)) ^ RCON]`, as one gather of the source
/// bytes (SubWord is bytewise), SubBytes, and RCON in bytes 4 and 12.
#[inline(always)]
fn aeskeygenassist(c: Cpu, src: V, rcon: u8) -> V {
    let mut r = [0u8; 16];
    r[4] = rcon;
    r[12] = rcon;
    xor(c, sb(c, permute(c, src, &KEYGEN_GATHER)), load(c, &r))
}

/// `IMC(ISB(ISR(s)) ^ k)` (POWER `vncipher`, RISC-V `vaesdm`): the key enters
/// before InvMixColumns.
#[inline(always)]
fn isb_isr_ak_imc(c: Cpu, s: V, k: V) -> V {
    imc(c, isb_isr_ak(c, s, k))
}

/// MixColumns alone: `2·s` by nibble tables, then the rotations.
#[inline(always)]
fn mc(c: Cpu, s: V) -> V {
    let v = nibble_map(c, s, &MUL2);
    mix(c, [v, xor(c, v, s), s, s])
}

/// InvMixColumns alone.
#[inline(always)]
fn imc(c: Cpu, s: V) -> V {
    let p = [
        nibble_map(c, s, &IMC_MUL[0]),
        nibble_map(c, s, &IMC_MUL[1]),
        nibble_map(c, s, &IMC_MUL[2]),
        nibble_map(c, s, &IMC_MUL[3]),
    ];
    mix(c, p)
}

/// The S-box primitive `outer(inv(inner(x)))`: the inner map by its nibble
/// tables, SubBytes, then `outer . A^-1` by its nibble tables (the tables of
/// [`SboxAffine`]).
#[inline(always)]
fn sbox_affine(c: Cpu, x: V, maps: &SboxAffine) -> V {
    let y = nibble_map(c, x, &maps.inner_nibbles);
    nibble_map(c, sb(c, y), &maps.after_sb_nibbles)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    /// A 16-entry lookup as both hosts do it on the values the inverse uses
    /// (a nibble, or bit 7 set): bit 7 set reads 0.
    fn look(t: &Table, i: u8) -> u8 {
        if i & 0x80 != 0 {
            0
        } else {
            assert!(i < 16, "index {i:#x} outside the nibble/infinity domain");
            t[usize::from(i)]
        }
    }

    /// The byte model of [`tower`] + [`invert`] + [`out`] with the tables `o`.
    fn model(x: u8, input: &Nibbles, o: &Nibbles) -> u8 {
        let z = input[0][usize::from(x & 15)] ^ input[1][usize::from(x >> 4)];
        let (i, k) = (z >> 4, z & 15);
        let j = i ^ k;
        // The split tables give the same nibbles directly.
        let t = if core::ptr::eq(input, &IN_SB) {
            &SPLIT_SB
        } else {
            &SPLIT_ISB
        };
        let nibble = |m: &Nibbles| m[0][usize::from(x & 15)] ^ m[1][usize::from(x >> 4)];
        assert_eq!((nibble(&t.i), nibble(&t.k), nibble(&t.j)), (i, k, j));
        let a_k = look(&A_DIV, k);
        let io = look(&INV16, look(&INV16, i) ^ a_k) ^ j;
        let jo = look(&INV16, look(&INV16, j) ^ a_k) ^ i;
        look(&o[0], io) ^ look(&o[1], jo)
    }

    #[test]
    fn the_tower_field_is_what_the_derivation_says() {
        // ω has order 15: a generator of GF(16)*.
        assert_eq!(gf::pow(OMEGA, 15), 1);
        assert_ne!(gf::pow(OMEGA, 5), 1);
        assert_ne!(gf::pow(OMEGA, 3), 1);
        // elem/nib: a bijection between nibbles and the subfield.
        let sub: Vec<u8> = (0..=255u8).filter(|&y| gf::pow(y, 16) == y).collect();
        assert_eq!(sub.len(), 16);
        for n in 0..16u8 {
            assert!(sub.contains(&elem(n)));
            assert_eq!(nib(elem(n)), n);
        }
        // t is not in GF(16); t^2 + t = ν, ν in GF(16) and not 1.
        assert!(!sub.contains(&T));
        assert_eq!(gf::mul(T, T) ^ T, NU);
        assert!(sub.contains(&NU) && NU != 1);
        // The basis change round-trips on every byte.
        for x in 0..=255u8 {
            assert_eq!(TOWER_TO_POLY.apply(POLY_TO_TOWER.apply(x)), x);
            let z = POLY_TO_TOWER.apply(x);
            let (i, k) = (elem(z >> 4), elem(z & 15));
            assert_eq!(gf::mul(k, T) ^ i ^ k, x);
        }
    }

    #[test]
    fn inverse_model_is_the_field_inverse() {
        // Every byte, with the projective handling of zeros, against gf::inv,
        // and the S-box outputs against FIPS-197's S-box (gf::sbox/inv_sbox).
        for x in 0..=255u8 {
            let id = out_tables(Affine::IDENTITY.matrix, 1);
            assert_eq!(model(x, &IN_SB, &id), gf::inv(x), "{x:#04x}");
            assert_eq!(model(x, &IN_SB, &OUT_SB) ^ 0x63, gf::sbox(x), "{x:#04x}");
            assert_eq!(model(x, &IN_SB, &OUT_SB2) ^ 0xc6, gf::mul(2, gf::sbox(x)));
            assert_eq!(model(x, &IN_ISB, &OUT_ISB1), gf::inv_sbox(x), "{x:#04x}");
            for (t, m) in OUT_ISB.iter().zip([0x0e, 0x0b, 0x0d, 0x09]) {
                assert_eq!(model(x, &IN_ISB, t), gf::mul(m, gf::inv_sbox(x)));
            }
        }
    }

    #[test]
    fn permutations_and_multiplication_tables() {
        // FIPS-197 5.1.2/5.3.1 as index arithmetic, independently.
        for (i, (&sr, &isr)) in SHIFT_ROWS.iter().zip(&INV_SHIFT_ROWS).enumerate() {
            assert_eq!(usize::from(INV_SHIFT_ROWS[usize::from(sr)]), i);
            assert_eq!(usize::from(SHIFT_ROWS[usize::from(isr)]), i);
        }
        assert_eq!(
            SHIFT_ROWS,
            [0, 5, 10, 15, 4, 9, 14, 3, 8, 13, 2, 7, 12, 1, 6, 11]
        );
        // The composed permutations are the two lookups in a row.
        let apply =
            |x: [u8; 16], p: &Table| core::array::from_fn::<u8, 16, _>(|n| x[usize::from(p[n])]);
        let x: [u8; 16] = core::array::from_fn(|n| n as u8 * 3 + 1);
        for n in 0..4 {
            assert_eq!(
                apply(x, &SR_ROTATE[n]),
                apply(apply(x, &SHIFT_ROWS), &ROTATE[n])
            );
            assert_eq!(
                apply(x, &ISR_ROTATE[n]),
                apply(apply(x, &INV_SHIFT_ROWS), &ROTATE[n])
            );
        }
        // AESKEYGENASSIST's gather, dword by dword (SDM: X1, RotWord(X1), X3, RotWord(X3)).
        assert_eq!(
            KEYGEN_GATHER,
            [4, 5, 6, 7, 5, 6, 7, 4, 12, 13, 14, 15, 13, 14, 15, 12]
        );
        for x in 0..=255u8 {
            for (t, m) in IMC_MUL
                .iter()
                .chain([&MUL2])
                .zip([0x0e, 0x0b, 0x0d, 0x09, 2])
            {
                assert_eq!(
                    t[0][usize::from(x & 15)] ^ t[1][usize::from(x >> 4)],
                    gf::mul(m, x)
                );
            }
        }
    }

    #[test]
    fn every_fragment_equals_soft() {
        let Ok(v) = Vperm::detect() else {
            std::eprintln!("skip: no vperm on this host");
            return;
        };
        let soft = crate::backend::Soft;
        let mut x = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128;
        let edges = [0u128, u128::MAX, 0x6363_6363_6363_6363_6363_6363_6363_6363];
        let mut inputs: Vec<u128> = edges.to_vec();
        // Every byte value in every position.
        for b in 0..=255u8 {
            inputs.push(u128::from_le_bytes(core::array::from_fn(|i| {
                b.wrapping_add(i as u8 * 17)
            })));
        }
        for _ in 0..2000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            inputs.push(x);
        }
        let maps = [
            SboxAffine::new(Affine::IDENTITY, Affine::AES_SBOX_OUT),
            SboxAffine::new(crate::math::sm4::SBOX_INNER, crate::math::sm4::SBOX_OUTER),
        ];
        for (n, &s) in inputs.iter().enumerate() {
            let k = inputs[(n * 7 + 3) % inputs.len()];
            assert_eq!(v.sb_sr_ak(s, k), soft.sb_sr_ak(s, k), "{s:#x}");
            assert_eq!(v.sb_sr_mc_ak(s, k), soft.sb_sr_mc_ak(s, k), "{s:#x}");
            assert_eq!(v.isb_isr_ak(s, k), soft.isb_isr_ak(s, k), "{s:#x}");
            assert_eq!(v.isb_isr_imc_ak(s, k), soft.isb_isr_imc_ak(s, k));
            assert_eq!(v.isb_isr_ak_imc(s, k), soft.isb_isr_ak_imc(s, k));
            assert_eq!(v.ak_sb_sr(s, k), soft.ak_sb_sr(s, k));
            assert_eq!(v.ak_isb_isr(s, k), soft.ak_isb_isr(s, k));
            assert_eq!(v.mc(s), soft.mc(s), "{s:#x}");
            assert_eq!(v.imc(s), soft.imc(s), "{s:#x}");
            assert_eq!(v.sb(s), soft.sb(s), "{s:#x}");
            let rcon = k as u8;
            assert_eq!(v.aeskeygenassist(s, rcon), soft.aeskeygenassist(s, rcon));
            for m in &maps {
                assert_eq!(v.sbox_affine(s, m), soft.sbox_affine(s, m));
            }
        }
    }
}
