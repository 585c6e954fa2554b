//! Four SM4 rounds ([`Backend::sm4_rounds`](crate::backend::Backend::sm4_rounds))
//! on x86-64 with SSSE3 and AES-NI, constant-time, never leaving the vector
//! registers.
//!
//! The S-box is `τ(t) = outer(inv(inner(t)))` byte by byte
//! ([`SboxAffine::SM4`]); AESENCLAST with a zero key computes `A(inv(y))` (`A`
//! the AES S-box's affine map) on every byte, and ShiftRows moves nothing
//! because every word here is broadcast to all four dwords of its register.
//! The chain runs in the *inner domain*: the register holds `Y[i] =
//! inner(t[i])`, the next round's S-box input already mapped, so that between
//! two AESENCLASTs there is one batch of PSHUFB lookups and an XOR tree:
//!
//! ```text
//! t[i+1] = t[i] ^ X[i] ^ X[i+1] ^ k[i] ^ k[i+1] ^ lin(s[i]),  s[i] = τ(t[i])
//! Y[i+1] = Y[i] ^ Mi(d[i]) ^ Mi(lin(s[i]))                    (Mi: inner's matrix)
//! Mi(lin(s)) byte b = κ ^ XOR over o = 0..3 of G[o](z byte b - o)
//! ```
//!
//! where `z = A(inv(Y))` is AESENCLAST's result, `d[i] = X[i] ^ X[i+1] ^ k[i]
//! ^ k[i+1]` (ready before the round), `G[o] = Mi ∘ lin[o] ∘ Ma` (`Ma` the
//! matrix of `outer ∘ A^-1`, `lin[o]` the part of `lin` that takes a byte to
//! the byte `o` places up: `lin` is made of dword rotations, so it commutes
//! with byte rotations) and `κ` the constants' image. Each `G[o]` is a pair of
//! PSHUFB nibble tables; the rotation by `o` bytes is one PALIGNR of the
//! lookup's result (the register holds one dword four times). The outputs
//! `X[i+4] = X[i] ^ lin(s[i]) = X[i] ^ Mi^-1(P[i]) ^ λ` (`P[i]` the XOR of the
//! lookups, `λ = lin` of the constants) are gathered into one register and
//! mapped back with one more nibble-table pair, off the chain; the last round
//! uses `lin[o] ∘ Ma` tables instead (its result leaves the inner domain).
//!
//! Dependent operations per round: AESENCLAST, the nibble split (two), the
//! lookup, the XOR of its halves, the rotation, and three XORs. On Zen 5,
//! where these vector operations take two cycles each, that is about 20
//! cycles a round; the S-box table in general registers (`soft`) takes about
//! 18. Measured in `benches/benches/ext.rs` ("arm sm4e").
//!
//! With GFNI (`sm4_rounds_gfni`) the same inner-domain chain needs no
//! nibble split and no AESENCLAST: GF2P8AFFINEINVQB computes `G(inv(Y))` for
//! any matrix `G` on every byte, so the four lookups `G[o] ∘ outer ∘ inv` of a
//! round are four GF2P8AFFINEINVQBs of `Y` (with `G[o] = Mi ∘ lin[o] ∘ Mo`,
//! `Mo` the outer map's matrix; the constants go into `κ` and `λ` as above),
//! and the dependent operations per round are that instruction, the
//! rotation and three XORs. Outputs are mapped back with one GF2P8AFFINEQB
//! by `Mi^-1`.

use core::arch::x86_64::{
    _mm_aesenclast_si128, _mm_alignr_epi8, _mm_and_si128, _mm_loadu_si128, _mm_set1_epi8,
    _mm_set1_epi32, _mm_set1_epi64x, _mm_setr_epi32, _mm_setzero_si128, _mm_shuffle_epi8,
    _mm_shuffle_epi32, _mm_srli_epi16, _mm_srli_si128, _mm_unpacklo_epi32, _mm_unpacklo_epi64,
    _mm_xor_si128,
};

use super::aes::V;
use super::sbox::nibble_map;
use crate::backend::{SboxAffine, Sm4Linear};
use crate::math::gf::{Affine, affine_byte, matrix_from_columns};
use crate::math::sm4::{l, l_prime};

/// The S-box's affine pair and its derived maps.
const M: SboxAffine = SboxAffine::SM4;

/// `Mi`, the linear part of the inner map.
const fn inner_lin(x: u8) -> u8 {
    affine_byte(M.inner.matrix, x)
}

/// `Mi` on each byte of a dword.
const fn inner_lin_word(w: u32) -> u32 {
    let b = w.to_le_bytes();
    u32::from_le_bytes([
        inner_lin(b[0]),
        inner_lin(b[1]),
        inner_lin(b[2]),
        inner_lin(b[3]),
    ])
}

/// `L` or `L'`.
const fn lin(key: bool, w: u32) -> u32 {
    if key { l_prime(w) } else { l(w) }
}

/// Byte `o` of `lin(matrix . x)` with `x` in byte 0: the part of the linear
/// map `lin` that takes a byte (after the S-box's output matrix) to the byte
/// `o` places up.
const fn part(key: bool, matrix: u64, o: usize, x: u8) -> u8 {
    (lin(key, affine_byte(matrix, x) as u32) >> (8 * o)) as u8
}

/// The tables of one linear map (`key`: `L'`, else `L`).
struct Tables {
    /// `G[o]` as `[lo, hi]` nibble tables, `o` = 0..3.
    g: [[[u8; 16]; 2]; 4],
    /// `lin[o] ∘ Ma` likewise (`G[o]` without `Mi`): the last round's, whose
    /// result leaves the inner domain.
    g_out: [[[u8; 16]; 2]; 4],
    /// `κ`: `Mi(lin(c))` with `c` the outer map's constant on every byte.
    kappa: u32,
    /// `λ`: `lin(c)`.
    lambda: u32,
}

const fn tables(key: bool) -> Tables {
    let after = M.after_sb;
    let c = after.constant as u32 * 0x0101_0101;
    let mut g = [[[0u8; 16]; 2]; 4];
    let mut g_out = [[[0u8; 16]; 2]; 4];
    let mut o = 0;
    while o < 4 {
        let mut n = 0;
        while n < 16 {
            let mut h = 0;
            while h < 2 {
                // G[o] of the nibble n in the low or high half: byte o of
                // lin(Ma(x)) with x in byte 0, then Mi.
                let b = part(key, after.matrix, o, (n as u8) << (4 * h));
                g[o][h][n] = inner_lin(b);
                g_out[o][h][n] = b;
                h += 1;
            }
            n += 1;
        }
        o += 1;
    }
    Tables {
        g,
        g_out,
        kappa: inner_lin_word(lin(key, c)),
        lambda: lin(key, c),
    }
}

const TABLES_L: Tables = tables(false);
const TABLES_L_PRIME: Tables = tables(true);

/// `Mi^-1`, the inverse of the inner map's linear part.
const INNER_INV_LIN: Affine = match Affine::inverse(Affine {
    matrix: M.inner.matrix,
    constant: 0,
}) {
    Some(a) => a,
    None => panic!("the SM4 S-box's inner map is invertible"),
};

/// `Mi^-1` as `[lo, hi]` nibble tables.
const INNER_INV: [[u8; 16]; 2] = {
    let inv = INNER_INV_LIN;
    let mut t = [[0u8; 16]; 2];
    let mut n = 0;
    while n < 16 {
        t[0][n] = inv.apply(n as u8);
        t[1][n] = inv.apply((n as u8) << 4);
        n += 1;
    }
    t
};

/// `v` unchanged, through an empty `asm!` the optimiser cannot see into: it
/// fixes the shape of an expression (here the balance of an XOR tree).
#[inline(always)]
fn opaque(mut v: V) -> V {
    // SAFETY: the template is empty: no instruction runs, no memory or flag is
    // touched, `v` stays in its register.
    unsafe {
        core::arch::asm!("/* {0} */", inout(xmm_reg) v, options(pure, nomem, nostack, preserves_flags))
    };
    v
}

/// The words both round functions start from: `d[i] = X[i] ^ X[i+1] ^ k[i] ^
/// k[i+1]` in dword `i` (`i` < 3), and `t[0] = X1 ^ X2 ^ X3 ^ k0` in every
/// dword (SSE2 only).
#[inline(always)]
fn window(x: V, k: V) -> (V, V) {
    // SAFETY: SSE2 is part of x86-64 (the block is for Rust before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        let xk = _mm_xor_si128(x, k);
        let d = _mm_xor_si128(xk, _mm_srli_si128::<4>(xk));
        let t0 = _mm_xor_si128(
            _mm_xor_si128(_mm_shuffle_epi32::<0x55>(x), _mm_shuffle_epi32::<0xaa>(x)),
            _mm_xor_si128(_mm_shuffle_epi32::<0xff>(x), _mm_shuffle_epi32::<0x00>(k)),
        );
        (d, t0)
    }
}

/// Dwords 0, 1 and 2 of `e`, each in every dword of its register (SSE2 only).
#[inline(always)]
fn broadcast3(e: V) -> [V; 3] {
    // SAFETY: SSE2 is part of x86-64 (the block is for Rust before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        [
            _mm_shuffle_epi32::<0x00>(e),
            _mm_shuffle_epi32::<0x55>(e),
            _mm_shuffle_epi32::<0xaa>(e),
        ]
    }
}

/// Dword 0 of `p0`, `p1` and `p2` in dwords 0, 1 and 2, and 0 in dword 3
/// (SSE2 only).
#[inline(always)]
fn gather3(p0: V, p1: V, p2: V) -> V {
    // SAFETY: SSE2 is part of x86-64 (the block is for Rust before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        _mm_unpacklo_epi64(
            _mm_unpacklo_epi32(p0, p1),
            _mm_unpacklo_epi32(p2, _mm_setzero_si128()),
        )
    }
}

/// The outputs `X[4..8]`: `X[i] ^ first[i] ^ λ` for `i` < 3 (`first` =
/// `Mi^-1` of the gathered `P[0..3]`) and `X[3] ^ P[3]` in dword 3, where
/// the last round's `P[3]` is `lin(s[3]) ^ λ` already (SSE2 only).
#[inline(always)]
fn merge(x: V, first: V, p3: V, lambda: u32) -> V {
    // SAFETY: SSE2 is part of x86-64 (the block is for Rust before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        let ready = _mm_xor_si128(_mm_xor_si128(x, _mm_set1_epi32(lambda as i32)), first);
        let dword3 = _mm_setr_epi32(0, 0, 0, -1);
        _mm_xor_si128(ready, _mm_and_si128(p3, dword3))
    }
}

/// A 16-byte table as a register.
///
/// # Safety
/// None beyond SSE2 (every x86-64 CPU).
#[inline]
#[target_feature(enable = "sse2")]
unsafe fn load(t: &[u8; 16]) -> V {
    // SAFETY: 16 readable bytes; loadu has no alignment requirement (the block
    // is for Rust before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        _mm_loadu_si128(t.as_ptr().cast())
    }
}

/// Four SM4 rounds on the words of `x` (X0 in dword 0) with the words of `k`.
///
/// # Safety
/// The CPU must have AES-NI and SSSE3.
// `extern "C"` moves the vectors in XMM registers: see `aes::fragment!`.
#[allow(improper_ctypes_definitions)]
#[inline]
#[target_feature(enable = "aes,ssse3")]
pub(crate) unsafe extern "C" fn sm4_rounds(x: V, k: V, lin: Sm4Linear) -> V {
    // SAFETY: the caller guarantees AES-NI and SSSE3 (the block is for Rust
    // before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        let t = match lin {
            Sm4Linear::L => &TABLES_L,
            Sm4Linear::LPrime => &TABLES_L_PRIME,
        };
        let mask = _mm_set1_epi8(0x0f);
        let zero = _mm_setzero_si128();
        let (d, t0) = window(x, k);
        // Mi(d[i]) ^ κ, each in every dword.
        let e = broadcast3(_mm_xor_si128(
            nibble_map(d, &M.inner_nibbles),
            // The inner map's constant came with its tables: take it back out.
            _mm_xor_si128(
                _mm_set1_epi8(M.inner.constant as i8),
                _mm_set1_epi32(t.kappa as i32),
            ),
        ));
        // Y[0] = inner(t[0]).
        let mut y = nibble_map(t0, &M.inner_nibbles);
        let mut p = [zero; 4];
        for i in 0..4 {
            let z = _mm_aesenclast_si128(y, zero);
            let lo = _mm_and_si128(z, mask);
            let hi = _mm_and_si128(_mm_srli_epi16::<4>(z), mask);
            // G[o] of each byte, then rotated o bytes up within its dword: the
            // register holds one dword four times, so rotating the whole
            // register by 16 - o bytes (PALIGNR) rotates each dword by o bytes.
            let g = if i < 3 { &t.g } else { &t.g_out };
            let at: [V; 4] = core::array::from_fn(|o| {
                _mm_xor_si128(
                    _mm_shuffle_epi8(load(&g[o][0]), lo),
                    _mm_shuffle_epi8(load(&g[o][1]), hi),
                )
            });
            // A balanced XOR tree; `opaque` keeps the compiler from
            // re-associating it into a chain.
            let lo_sum = opaque(_mm_xor_si128(at[0], _mm_alignr_epi8::<15>(at[1], at[1])));
            let hi_sum = opaque(_mm_xor_si128(
                _mm_alignr_epi8::<14>(at[2], at[2]),
                _mm_alignr_epi8::<13>(at[3], at[3]),
            ));
            p[i] = _mm_xor_si128(lo_sum, hi_sum);
            if i < 3 {
                let ready = opaque(_mm_xor_si128(y, e[i]));
                y = _mm_xor_si128(opaque(_mm_xor_si128(ready, lo_sum)), hi_sum);
            }
        }
        // X[i+4] = X[i] ^ Mi^-1(P[i]) ^ λ for i < 3, P[i] from dword i of its
        // register; the last round's P[3] is lin(s[3]) ^ λ already.
        let first = nibble_map(gather3(p[0], p[1], p[2]), &INNER_INV);
        merge(x, first, p[3], t.lambda)
    }
}

// ---------------------------------------------------------------------------
// With GFNI

/// The GFNI matrices of one linear map (`key`: `L'`, else `L`).
struct GfniTables {
    /// `G[o] = Mi ∘ lin[o] ∘ Mo` as GFNI matrices, `o` = 0..3.
    g: [u64; 4],
    /// `lin[o] ∘ Mo`: the last round's, whose result leaves the inner domain.
    g_out: [u64; 4],
    /// `κ = Mi(lin(c))`, `c` the outer map's constant in every byte.
    kappa: u32,
    /// `λ = lin(c)`.
    lambda: u32,
}

const fn gfni_tables(key: bool) -> GfniTables {
    let outer = M.outer;
    let c = outer.constant as u32 * 0x0101_0101;
    let mut g = [0u64; 4];
    let mut g_out = [0u64; 4];
    let mut o = 0;
    while o < 4 {
        let mut cols = [0u8; 8];
        let mut cols_out = [0u8; 8];
        let mut j = 0;
        while j < 8 {
            // Byte o of lin(Mo(1 << j) in byte 0), then Mi.
            let b = part(key, outer.matrix, o, 1 << j);
            cols[j] = inner_lin(b);
            cols_out[j] = b;
            j += 1;
        }
        g[o] = matrix_from_columns(cols);
        g_out[o] = matrix_from_columns(cols_out);
        o += 1;
    }
    GfniTables {
        g,
        g_out,
        kappa: inner_lin_word(lin(key, c)),
        lambda: lin(key, c),
    }
}

const GFNI_L: GfniTables = gfni_tables(false);
const GFNI_L_PRIME: GfniTables = gfni_tables(true);

/// GF2P8AFFINEQB with imm8 = `C`: the matrix in each qword of `m` applied to
/// each byte of `x`, then `C` added.
///
/// # Safety
/// The CPU must have GFNI.
#[inline(always)]
unsafe fn gf_affine_with<const C: u8>(mut x: V, m: V) -> V {
    // SAFETY: register operands only, no memory, no stack, no flags; the
    // caller guarantees GFNI.
    unsafe {
        core::arch::asm!(
            "gf2p8affineqb {x}, {m}, {c}",
            x = inout(xmm_reg) x, m = in(xmm_reg) m, c = const C,
            options(pure, nomem, nostack, preserves_flags)
        )
    };
    x
}

/// GF2P8AFFINEINVQB with imm8 = 0: the matrix in each qword of `m` applied to
/// the GF(2^8) inverse of each byte of `x`.
///
/// # Safety
/// The CPU must have GFNI.
#[inline(always)]
unsafe fn gf_affine_inv(mut x: V, m: V) -> V {
    // SAFETY: register operands only, no memory, no stack, no flags; the
    // caller guarantees GFNI.
    unsafe {
        core::arch::asm!(
            "gf2p8affineinvqb {x}, {m}, 0",
            x = inout(xmm_reg) x, m = in(xmm_reg) m,
            options(pure, nomem, nostack, preserves_flags)
        )
    };
    x
}

/// [`sm4_rounds`] with GFNI for the S-box and its maps (the chain of the
/// module comment), constant-time.
///
/// # Safety
/// The CPU must have GFNI and SSSE3.
// `extern "C"` moves the vectors in XMM registers: see `aes::fragment!`.
#[allow(improper_ctypes_definitions)]
#[inline]
#[target_feature(enable = "ssse3")]
pub(crate) unsafe extern "C" fn sm4_rounds_gfni(x: V, k: V, lin: Sm4Linear) -> V {
    // SAFETY: the caller guarantees GFNI and SSSE3 (the block is for Rust
    // before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        let t = match lin {
            Sm4Linear::L => &GFNI_L,
            Sm4Linear::LPrime => &GFNI_L_PRIME,
        };
        let zero = _mm_setzero_si128();
        let matrix = |m: u64| _mm_set1_epi64x(m as i64);
        let mi = matrix(M.inner.matrix);
        let (d, t0) = window(x, k);
        // e[i] = Mi(d[i]) ^ κ, each in every dword.
        let e = broadcast3(_mm_xor_si128(
            gf_affine_with::<0>(d, mi),
            _mm_set1_epi32(t.kappa as i32),
        ));
        // Y[0] = inner(t[0]).
        let mut y = gf_affine_with::<{ M.inner.constant }>(t0, mi);
        let g = t.g.map(matrix);
        let g_out = t.g_out.map(matrix);
        let mut p = [zero; 4];
        for i in 0..4 {
            let m = if i < 3 { &g } else { &g_out };
            let at: [V; 4] = core::array::from_fn(|o| gf_affine_inv(y, m[o]));
            // Rotated o bytes up within each dword (PALIGNR, as above). The
            // unrotated lookup is ready one operation before the others, so
            // the tree takes it first: three XORs after the rotations, two
            // of them dependent (`opaque` keeps the shape).
            let r1 = _mm_alignr_epi8::<15>(at[1], at[1]);
            let r2 = _mm_alignr_epi8::<14>(at[2], at[2]);
            let r3 = _mm_alignr_epi8::<13>(at[3], at[3]);
            let mid = opaque(_mm_xor_si128(r1, r2));
            if i < 3 {
                let ready = opaque(_mm_xor_si128(y, e[i]));
                let first = opaque(_mm_xor_si128(ready, at[0]));
                let next = _mm_xor_si128(opaque(_mm_xor_si128(first, r3)), mid);
                // P[i], off the chain.
                p[i] = _mm_xor_si128(next, ready);
                y = next;
            } else {
                p[i] = _mm_xor_si128(opaque(_mm_xor_si128(at[0], r3)), mid);
            }
        }
        // X[i+4] = X[i] ^ Mi^-1(P[i]) ^ λ for i < 3; P[3] is lin(s[3]) ^ λ.
        let first = gf_affine_with::<0>(gather3(p[0], p[1], p[2]), matrix(INNER_INV_LIN.matrix));
        merge(x, first, p[3], t.lambda)
    }
}

#[cfg(all(test, feature = "std"))]
mod tests {
    use super::super::aes::{from_v, to_v};
    use super::{sm4_rounds, sm4_rounds_gfni};
    use crate::backend::{Backend, Sm4Linear, Soft};
    use std::eprintln;

    /// Both x86 paths against the `soft` table rounds (the S-box table and
    /// `L`/`L'` of `math::sm4`), L and L', edge values and 4,096 random pairs.
    #[allow(improper_ctypes_definitions)]
    fn agrees(name: &str, f: unsafe extern "C" fn(super::V, super::V, Sm4Linear) -> super::V) {
        let edges = [
            0u128,
            u128::MAX,
            1,
            1 << 127,
            0x0123_4567_89ab_cdef_fedc_ba98_7654_3210,
        ];
        let pairs = edges
            .iter()
            .flat_map(|&a| edges.iter().map(move |&b| (a, b)))
            .chain(crate::test_register_triples(4096).map(|(a, b, _)| (a, b)));
        for (x, k) in pairs {
            for lin in [Sm4Linear::L, Sm4Linear::LPrime] {
                // SAFETY: the callers checked the CPU features `f` needs.
                let got = from_v(unsafe { f(to_v(x), to_v(k), lin) });
                assert_eq!(
                    got,
                    Soft.sm4_rounds(x, k, lin),
                    "{name} {lin:?} x={x:#034x} k={k:#034x}"
                );
            }
        }
    }

    #[test]
    fn aes_ni_path_is_the_table_rounds() {
        if !(std::is_x86_feature_detected!("aes") && std::is_x86_feature_detected!("ssse3")) {
            eprintln!("skipped: this CPU has no AES-NI/SSSE3");
            return;
        }
        agrees("AES-NI", sm4_rounds);
    }

    #[test]
    fn gfni_path_is_the_table_rounds() {
        if !(super::super::gfni::detect() && std::is_x86_feature_detected!("ssse3")) {
            eprintln!("skipped: this CPU has no GFNI");
            return;
        }
        agrees("GFNI", sm4_rounds_gfni);
    }
}
