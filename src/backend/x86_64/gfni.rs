//! GFNI on x86-64: the instructions themselves when the CPU has them, and a
//! constant-time SSSE3 replacement for GF2P8AFFINEQB and GF2P8MULB when it does
//! not (every CPU with AES-NI, the native backend's baseline, has SSSE3).
//!
//! Written as inline assembly: the GFNI intrinsics and the `gfni` target
//! feature are stable only from Rust 1.89, and this crate supports 1.85. The
//! immediate of the affine instructions is an instruction byte, encoded at
//! every width (a 256-way match on the run-time byte, `with_imm!`, so the
//! helper's result is the instruction's with nothing after it).
//!
//! Every width runs on the legacy SSE encodings (`gf2p8affineqb xmm1, xmm2,
//! imm8`), one instruction per 128-bit lane on the XMM registers the lanes are
//! held in: every GFNI operation works on each qword (the affine forms) or
//! byte (GF2P8MULB) by itself, so the VEX.256 and EVEX.512 results are their
//! lanes' 128-bit results, and the helpers' `[u128; N]` lanes are separate XMM
//! registers anyway. The lane instructions of one call sit in one assembly
//! block, the immediate encoded once for all of them, and run in parallel.
//! Measured on Zen 5 (criterion group `x86 gfni native`, latency chains): the
//! 256-bit helper this way is 1.00x the raw VEX.256 instruction held in a YMM
//! register, and the 512-bit helper 1.05x the raw EVEX.512 one in a ZMM; the
//! earlier shape (the lanes joined with VINSERTI128/VINSERTI32X4 into one
//! YMM/ZMM register, one wide instruction, split again with VEXTRACTI*) was
//! 2.5x and 4.3x, the joins and splits being on the dependency chain. So the
//! wide forms need GFNI only (no AVX2, AVX-512 or OS-enabled YMM/ZMM state).

use core::arch::asm;
use core::arch::x86_64::{
    __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_set1_epi8, _mm_setzero_si128, _mm_shuffle_epi8,
    _mm_srli_epi16, _mm_unpackhi_epi64, _mm_unpacklo_epi64, _mm_xor_si128,
};

use super::aes::{V, from_v, to_v};
use crate::backend::HostInsn;

/// The three GFNI operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GfOp {
    /// GF2P8AFFINEQB (with imm8 = 0).
    Affine,
    /// GF2P8AFFINEINVQB (with imm8 = 0).
    AffineInv,
    /// GF2P8MULB.
    Mul,
}

/// `imm` in every byte.
#[inline(always)]
fn splat(imm: u8) -> u128 {
    u128::from_le_bytes([imm; 16])
}

/// The three GFNI operations through `$m!((mnemonic, operand tail), IMM)`:
/// the affine forms with their immediate encoded (`with_imm!`), GF2P8MULB
/// with no immediate (`$m!((mnemonic, ""))`). `$v` is the mnemonic's prefix
/// (`""` for the legacy SSE encoding, `"v"` for VEX/EVEX).
macro_rules! each_op {
    ($op:expr, $imm:expr, $m:ident, $v:literal) => {
        match $op {
            GfOp::Affine => with_imm!($imm, $m, (concat!($v, "gf2p8affineqb"), ", {i}")),
            GfOp::AffineInv => with_imm!($imm, $m, (concat!($v, "gf2p8affineinvqb"), ", {i}")),
            GfOp::Mul => $m!((concat!($v, "gf2p8mulb"), "")),
        }
    };
}

/// One 128-bit GFNI instruction (legacy SSE encoding) with the immediate
/// encoded: the result is the instruction's, with no XOR after it.
///
/// # Safety
/// The CPU must have GFNI.
#[inline]
pub(crate) unsafe fn op128(op: GfOp, x: V, a: V, imm: u8) -> V {
    let mut r = x;
    // SAFETY (every block): register operands only, no memory, no stack; the
    // caller guarantees GFNI.
    unsafe {
        macro_rules! one {
            (($insn:expr, $tail:literal) $(, $i:expr)?) => {
                asm!(
                    concat!($insn, " {r}, {a}", $tail),
                    r = inout(xmm_reg) r, a = in(xmm_reg) a, $(i = const $i,)?
                    options(pure, nomem, nostack, preserves_flags)
                )
            };
        }
        each_op!(op, imm, one, "")
    }
    r
}

/// Two 128-bit GFNI instructions (legacy SSE encoding) in one block, one per
/// lane, the immediate encoded once for both: the 256-bit form's result (every
/// GFNI operation works on each qword, or byte, by itself, so a VEX.256
/// instruction is its two 128-bit lanes' instructions). The lanes stay in the
/// XMM registers the caller holds them in and the two instructions run in
/// parallel: no joining into a YMM register and no split after it.
///
/// # Safety
/// The CPU must have GFNI.
#[inline]
pub(crate) unsafe fn pair128(op: GfOp, x: [V; 2], a: [V; 2], imm: u8) -> [V; 2] {
    let ([mut r0, mut r1], [a0, a1]) = (x, a);
    // SAFETY (every block): register operands only, no memory, no stack; the
    // caller guarantees GFNI.
    unsafe {
        macro_rules! two {
            (($insn:expr, $tail:literal) $(, $i:expr)?) => {
                asm!(
                    concat!($insn, " {r0}, {a0}", $tail),
                    concat!($insn, " {r1}, {a1}", $tail),
                    $(i = const $i,)?
                    r0 = inout(xmm_reg) r0, r1 = inout(xmm_reg) r1,
                    a0 = in(xmm_reg) a0, a1 = in(xmm_reg) a1,
                    options(pure, nomem, nostack, preserves_flags)
                )
            };
        }
        each_op!(op, imm, two, "")
    }
    [r0, r1]
}

/// Four 128-bit GFNI instructions in one block, one per lane, as
/// [`pair128`]: the 512-bit form's result.
///
/// # Safety
/// The CPU must have GFNI.
#[inline]
pub(crate) unsafe fn quad128(op: GfOp, x: [V; 4], a: [V; 4], imm: u8) -> [V; 4] {
    let ([mut r0, mut r1, mut r2, mut r3], [a0, a1, a2, a3]) = (x, a);
    // SAFETY (every block): register operands only, no memory, no stack; the
    // caller guarantees GFNI.
    unsafe {
        macro_rules! four {
            (($insn:expr, $tail:literal) $(, $i:expr)?) => {
                asm!(
                    concat!($insn, " {r0}, {a0}", $tail),
                    concat!($insn, " {r1}, {a1}", $tail),
                    concat!($insn, " {r2}, {a2}", $tail),
                    concat!($insn, " {r3}, {a3}", $tail),
                    $(i = const $i,)?
                    r0 = inout(xmm_reg) r0, r1 = inout(xmm_reg) r1,
                    r2 = inout(xmm_reg) r2, r3 = inout(xmm_reg) r3,
                    a0 = in(xmm_reg) a0, a1 = in(xmm_reg) a1,
                    a2 = in(xmm_reg) a2, a3 = in(xmm_reg) a3,
                    options(pure, nomem, nostack, preserves_flags)
                )
            };
        }
        each_op!(op, imm, four, "")
    }
    [r0, r1, r2, r3]
}

/// Whether the CPU has GFNI (`CPUID.(EAX=07H,ECX=0):ECX[bit 8]`) and the OS
/// saves XMM state (always on x86-64 Linux; SSE is baseline).
#[cfg(feature = "std")]
pub(crate) fn detect() -> bool {
    // SAFETY: CPUID exists on every x86-64 CPU; leaf 0 gives the highest leaf.
    #[allow(unused_unsafe)]
    let max = unsafe { core::arch::x86_64::__cpuid(0) }.eax;
    if max < 7 {
        return false;
    }
    // SAFETY: leaf 7 exists (checked above).
    #[allow(unused_unsafe)]
    let ecx = unsafe { core::arch::x86_64::__cpuid_count(7, 0) }.ecx;
    ecx & (1 << 8) != 0
}

// ---------------------------------------------------------------------------
// Without GFNI: SSSE3, constant-time
// ---------------------------------------------------------------------------

/// The columns of a GFNI matrix: `col[j]` = the image of the byte `1 << j`,
/// i.e. bit `i` of `col[j]` is bit `j` of row `i` = byte `7 - i` of the matrix
/// (Intel SDM `affine_byte`). An 8x8 bit transpose by three delta swaps (no
/// branch, no table: constant-time in the matrix).
#[inline]
fn columns(matrix: u64) -> u64 {
    // Byte i of `m` = row i; bit j of byte i = entry (i, j).
    let mut m = matrix.swap_bytes();
    // Transpose: swap entry (i, j) with (j, i) in 1x1, 2x2, 4x4 blocks.
    let t = (m ^ (m >> 7)) & 0x00aa_00aa_00aa_00aa;
    m ^= t ^ (t << 7);
    let t = (m ^ (m >> 14)) & 0x0000_cccc_0000_cccc;
    m ^= t ^ (t << 14);
    let t = (m ^ (m >> 28)) & 0x0000_0000_f0f0_f0f0;
    m ^= t ^ (t << 28);
    // Now byte j of `m` has bit i = entry (i, j): column j.
    m
}

/// The nibble tables of the linear map of `matrix`: `lo[n]` = image of `n`,
/// `hi[n]` = image of `n << 4` (linearity: XORs of columns; indices public).
#[inline]
fn nibble_tables(matrix: u64) -> ([u8; 16], [u8; 16]) {
    let col = columns(matrix).to_le_bytes();
    let mut lo = [0u8; 16];
    let mut hi = [0u8; 16];
    for n in 1..16usize {
        let low_bit = n.trailing_zeros() as usize;
        lo[n] = lo[n & (n - 1)] ^ col[low_bit];
        hi[n] = hi[n & (n - 1)] ^ col[4 + low_bit];
    }
    (lo, hi)
}

/// GF2P8AFFINEQB on one 128-bit lane with SSSE3 `pshufb`: each qword's matrix
/// becomes two 16-entry nibble tables; every byte is `lo[x & 15] ^ hi[x >> 4]`
/// of its own qword's tables, then XOR imm8. Constant-time: the tables are
/// looked up by `pshufb` (no data-dependent address) and built without
/// branches.
///
/// # Safety
/// The CPU must have SSSE3.
#[target_feature(enable = "ssse3")]
#[doc(hidden)]
pub unsafe fn gf2p8affineqb_ssse3(x: u128, matrix: u128, imm: u8) -> u128 {
    let [m0, m1] = [matrix as u64, (matrix >> 64) as u64];
    let (lo0, hi0) = nibble_tables(m0);
    let (lo1, hi1) = nibble_tables(m1);
    let v = to_v(x);
    // SAFETY: SSE2/SSSE3 intrinsics on values; the caller guarantees SSSE3.
    #[allow(unused_unsafe)]
    let r = unsafe {
        let mask = _mm_set1_epi8(0x0f);
        let xl = _mm_and_si128(v, mask);
        let xh = _mm_and_si128(_mm_srli_epi16(v, 4), mask);
        let t = |b: [u8; 16]| to_v(u128::from_le_bytes(b));
        let r0 = _mm_xor_si128(_mm_shuffle_epi8(t(lo0), xl), _mm_shuffle_epi8(t(hi0), xh));
        let r1 = _mm_xor_si128(_mm_shuffle_epi8(t(lo1), xl), _mm_shuffle_epi8(t(hi1), xh));
        // Low qword from qword 0's tables, high qword from qword 1's.
        _mm_unpackhi_epi64(_mm_unpacklo_epi64(r0, r0), r1)
    };
    from_v(r) ^ splat(imm)
}

/// GF2P8MULB on one 128-bit lane with SSE2/SSSE3 and no table: the schoolbook
/// product, eight steps of "add `a` where bit `i` of `b` is set, then `a =
/// xtime(a)`" on all 16 bytes at once, each step's selection a byte mask from a
/// compare (FIPS-197 4.2.1's `xtime`, reduction `0x1b`). Constant-time in both
/// operands.
///
/// # Safety
/// The CPU must have SSSE3.
#[target_feature(enable = "ssse3")]
#[doc(hidden)]
pub unsafe fn gf2p8mulb_ssse3(a: u128, b: u128) -> u128 {
    // SAFETY: SSE2 intrinsics on values; the caller guarantees SSSE3.
    #[allow(unused_unsafe)]
    let r = unsafe {
        let mut a = to_v(a);
        let b = to_v(b);
        let mut acc = _mm_setzero_si128();
        let red = _mm_set1_epi8(0x1b);
        let mut i = 0;
        while i < 8 {
            let bit = _mm_set1_epi8((1u8 << i) as i8);
            // 0xff where bit i of b is set.
            let sel = _mm_cmpeq_epi8(_mm_and_si128(b, bit), bit);
            acc = _mm_xor_si128(acc, _mm_and_si128(a, sel));
            // xtime: a << 1 per byte, XOR 0x1b where bit 7 was set.
            let top = _mm_cmpeq_epi8(_mm_and_si128(a, _mm_set1_epi8(-128)), _mm_set1_epi8(-128));
            a = _mm_xor_si128(add_bytes(a), _mm_and_si128(top, red));
            i += 1;
        }
        acc
    };
    from_v(r)
}

/// Each byte doubled without carry into the next byte (`paddb a, a`).
#[inline(always)]
fn add_bytes(a: __m128i) -> __m128i {
    // SAFETY: SSE2 is baseline on x86-64.
    unsafe { core::arch::x86_64::_mm_add_epi8(a, a) }
}

/// The GFNI part of the host-instruction table: the keys answered here, on
/// GFNI when `has_gfni`, else on SSSE3 (affine, multiply) and AES-NI with SSSE3
/// (affine-inverse): every key gets an answer, so that a caller's portable
/// branch is dead code on this backend and its registers stay vectors.
///
/// # Safety
/// The CPU must have AES-NI and SSSE3 (the `Native` token), and GFNI when
/// `has_gfni`.
#[inline(always)]
pub(crate) unsafe fn host(insn: HostInsn, a: V, b: V, imm: u8, has_gfni: bool) -> Option<V> {
    use HostInsn::*;
    // SAFETY (every arm): the caller guarantees GFNI where `has_gfni`, AES-NI
    // and SSSE3 always.
    Some(unsafe {
        match insn {
            X86Gf2p8affineqb if has_gfni => op128(GfOp::Affine, a, b, imm),
            X86Gf2p8affineinvqb if has_gfni => op128(GfOp::AffineInv, a, b, imm),
            X86Gf2p8mulb if has_gfni => op128(GfOp::Mul, a, b, 0),
            X86Gf2p8affineqb => affine_without_gfni(a, b, imm),
            X86Gf2p8affineinvqb => affine_inv_without_gfni(a, b, imm),
            X86Gf2p8mulb => mulb_without_gfni(a, b),
            _ => return None,
        }
    })
}

// The fallbacks out of line, with the vectors in XMM registers (`extern "C"`,
// see `aes::fragment!`): the hot path's values never take a general-register
// detour for them.

/// [`gf2p8affineqb_ssse3`] on vectors.
///
/// # Safety
/// The CPU must have SSSE3.
#[cold]
#[inline(never)]
#[allow(improper_ctypes_definitions)]
unsafe extern "C" fn affine_without_gfni(x: V, m: V, imm: u8) -> V {
    // SAFETY: the caller guarantees SSSE3.
    to_v(unsafe { gf2p8affineqb_ssse3(from_v(x), from_v(m), imm) })
}

/// GF2P8AFFINEINVQB without GFNI: the field inverse of every byte through the
/// S-box primitive (AES-NI, constant tables), then [`gf2p8affineqb_ssse3`].
///
/// # Safety
/// The CPU must have AES-NI and SSSE3.
#[cold]
#[inline(never)]
#[allow(improper_ctypes_definitions)]
unsafe extern "C" fn affine_inv_without_gfni(x: V, m: V, imm: u8) -> V {
    // SAFETY: the caller guarantees AES-NI and SSSE3.
    unsafe {
        let inv = super::sbox::sbox_affine(x, &crate::backend::SboxAffine::INVERSE);
        to_v(gf2p8affineqb_ssse3(from_v(inv), from_v(m), imm))
    }
}

/// [`gf2p8mulb_ssse3`] on vectors.
///
/// # Safety
/// The CPU must have SSSE3.
#[cold]
#[inline(never)]
#[allow(improper_ctypes_definitions)]
unsafe extern "C" fn mulb_without_gfni(a: V, b: V) -> V {
    // SAFETY: the caller guarantees SSSE3.
    to_v(unsafe { gf2p8mulb_ssse3(from_v(a), from_v(b)) })
}

#[cfg(all(test, feature = "std"))]
mod tests {
    use super::*;
    use crate::math::gf;

    /// The portable reference of one 128-bit lane (the SDM's `affine_byte`
    /// per qword; `inv` first for the inverse form).
    fn want(op: GfOp, x: u128, a: u128, imm: u8) -> u128 {
        let q = |v: u128, i: u32| (v >> (64 * i)) as u64;
        let lane = |i: u32| match op {
            GfOp::Affine => gf::gf2p8affine_qword(q(x, i), q(a, i), imm),
            GfOp::AffineInv => gf::gf2p8affineinv_qword(q(x, i), q(a, i), imm),
            GfOp::Mul => {
                let (xb, ab) = (q(x, i).to_le_bytes(), q(a, i).to_le_bytes());
                u64::from_le_bytes(core::array::from_fn(|j| gf::gf2p8mul_byte(xb[j], ab[j])))
            }
        };
        u128::from(lane(0)) | u128::from(lane(1)) << 64
    }

    #[test]
    fn every_immediate_and_the_fallbacks_match_the_sdm() {
        if !(std::is_x86_feature_detected!("aes") && std::is_x86_feature_detected!("ssse3")) {
            std::eprintln!("skip: no AES-NI/SSSE3");
            return;
        }
        let gfni = detect();
        if !gfni {
            std::eprintln!("skip (GFNI half): this CPU has no GFNI");
        }
        // The AES S-box matrix in one qword, an arbitrary one in the other.
        let a = 0x0123_4567_89ab_cdef_f1e3_c78f_1f3e_7cf8u128;
        let x = 0x00ff_1053_e0c1_7a2b_8899_aabb_ccdd_eeffu128;
        for imm in 0..=255u8 {
            for op in [GfOp::Affine, GfOp::AffineInv] {
                if gfni {
                    // SAFETY: GFNI detected just above.
                    let r = from_v(unsafe { op128(op, to_v(x), to_v(a), imm) });
                    assert_eq!(r, want(op, x, a, imm), "{op:?} imm {imm:#04x}");
                }
                // SAFETY: AES-NI and SSSE3 detected above.
                let r = from_v(unsafe {
                    match op {
                        GfOp::Affine => affine_without_gfni(to_v(x), to_v(a), imm),
                        _ => affine_inv_without_gfni(to_v(x), to_v(a), imm),
                    }
                });
                assert_eq!(
                    r,
                    want(op, x, a, imm),
                    "{op:?} without GFNI, imm {imm:#04x}"
                );
            }
        }
        if gfni {
            // The 256- and 512-bit forms: each lane its own 128-bit result.
            let xs = [x, x.rotate_left(40) ^ 0x5a, !x, x.swap_bytes()];
            let as_ = [a, !a, a.rotate_left(8), a.swap_bytes()];
            for imm in 0..=255u8 {
                for op in [GfOp::Affine, GfOp::AffineInv, GfOp::Mul] {
                    let imm = if op == GfOp::Mul { 0 } else { imm };
                    let w: [u128; 4] = core::array::from_fn(|i| want(op, xs[i], as_[i], imm));
                    // SAFETY: GFNI detected above.
                    let r = unsafe {
                        pair128(
                            op,
                            [to_v(xs[0]), to_v(xs[1])],
                            [to_v(as_[0]), to_v(as_[1])],
                            imm,
                        )
                    };
                    assert_eq!(
                        r.map(from_v),
                        [w[0], w[1]],
                        "{op:?} 256-bit, imm {imm:#04x}"
                    );
                    // SAFETY: GFNI detected above.
                    let r = unsafe { quad128(op, xs.map(to_v), as_.map(to_v), imm) };
                    assert_eq!(r.map(from_v), w, "{op:?} 512-bit, imm {imm:#04x}");
                }
            }
        }
        // SAFETY: SSSE3 detected above.
        let r = from_v(unsafe { mulb_without_gfni(to_v(x), to_v(a)) });
        assert_eq!(r, want(GfOp::Mul, x, a, 0));
        if gfni {
            // SAFETY: GFNI detected above.
            let r = from_v(unsafe { op128(GfOp::Mul, to_v(x), to_v(a), 0) });
            assert_eq!(r, want(GfOp::Mul, x, a, 0));
        }
    }
}
