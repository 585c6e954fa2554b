//! GFNI on x86-64: the instructions themselves when the CPU has them, and a
//! constant-time SSSE3 replacement for GF2P8AFFINEQB and GF2P8MULB when it does
//! not (every CPU with AES-NI, the native backend's baseline, has SSSE3).
//!
//! Written as inline assembly: the GFNI intrinsics and the `gfni` target
//! feature are stable only from Rust 1.89, and this crate supports 1.85. The
//! immediate of the affine instructions is an instruction byte, so the
//! assembly always uses imm8 = 0 and XORs the run-time immediate into every
//! byte afterwards: the SDM's `affine_byte(A, x, imm8)` is
//! `parity-matrix(A, x) XOR imm8`, so the two are the same function.
//!
//! - 128 bits: the legacy SSE encodings (`gf2p8affineqb xmm1, xmm2, imm8`) on
//!   XMM registers the compiler allocates.
//! - 256 bits: VEX.256 on `ymm0`/`ymm1`, loaded from and stored to memory, then
//!   `vzeroupper` (as `vaes.rs` does).
//! - 512 bits: EVEX.512 on `zmm0`/`zmm1` when the CPU has AVX512F and AVX512BW
//!   and the OS saves the ZMM state; otherwise two 256-bit halves.
//!
//! Only `xmm0`/`xmm1` are declared clobbered for the wide forms: code compiled
//! without AVX keeps nothing in the upper parts of the vector registers, and
//! `vzeroupper` clears them before returning.

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

/// One 128-bit GFNI instruction (legacy SSE encoding), `imm` XORed in after.
///
/// # Safety
/// The CPU must have GFNI.
#[inline]
pub(crate) unsafe fn op128(op: GfOp, x: V, a: V, imm: u8) -> V {
    let mut r = x;
    // SAFETY (every block): register operands only, no memory, no stack; the
    // caller guarantees GFNI.
    unsafe {
        match op {
            GfOp::Affine => asm!(
                "gf2p8affineqb {r}, {a}, 0",
                r = inout(xmm_reg) r, a = in(xmm_reg) a,
                options(pure, nomem, nostack, preserves_flags)
            ),
            GfOp::AffineInv => asm!(
                "gf2p8affineinvqb {r}, {a}, 0",
                r = inout(xmm_reg) r, a = in(xmm_reg) a,
                options(pure, nomem, nostack, preserves_flags)
            ),
            GfOp::Mul => asm!(
                "gf2p8mulb {r}, {a}",
                r = inout(xmm_reg) r, a = in(xmm_reg) a,
                options(pure, nomem, nostack, preserves_flags)
            ),
        }
    }
    match op {
        GfOp::Mul => r,
        _ => to_v(from_v(r) ^ splat(imm)),
    }
}

/// One wide GFNI instruction on memory operands: `$mov` loads `{x}` and
/// `{a}` into register 0 and 1 of the `$r` width (`ymm`/`zmm`), `$insn`
/// computes into register 0 (`$tail`: the immediate, if any), `$mov` stores
/// it to `{o}`.
macro_rules! wide_asm {
    ($mov:literal, $r:literal, $insn:literal, $tail:literal, $x:ident, $a:ident, $o:ident) => {
        asm!(
            concat!($mov, " ", $r, "0, [{x}]"),
            concat!($mov, " ", $r, "1, [{a}]"),
            concat!($insn, " ", $r, "0, ", $r, "0, ", $r, "1", $tail),
            concat!($mov, " [{o}], ", $r, "0"),
            "vzeroupper",
            x = in(reg) $x,
            a = in(reg) $a,
            o = in(reg) $o,
            out("xmm0") _,
            out("xmm1") _,
            options(nostack, preserves_flags),
        )
    };
}

/// Defines `op256`/`op512`: `out = op(x, a)` on `$lanes` lanes (imm8 = 0; the
/// caller XORs the immediate), the same code at the two widths.
macro_rules! wide_op {
    ($(#[$doc:meta])* $name:ident, $lanes:literal, $mov:literal, $r:literal, $needs:literal) => {
        $(#[$doc])*
        ///
        /// # Safety
        #[doc = concat!("The CPU must have ", $needs, ".")]
        #[inline]
        pub(crate) unsafe fn $name(op: GfOp, x: &[u128], a: &[u128], out: &mut [u128]) {
            assert!(x.len() >= $lanes && a.len() >= $lanes && out.len() >= $lanes);
            let (x, a, o) = (x.as_ptr(), a.as_ptr(), out.as_mut_ptr());
            // SAFETY: the three pointers each address at least 16 bytes per
            // lane (checked above); the caller guarantees the CPU features
            // and the OS's register state.
            unsafe {
                match op {
                    GfOp::Affine => wide_asm!($mov, $r, "vgf2p8affineqb", ", 0", x, a, o),
                    GfOp::AffineInv => wide_asm!($mov, $r, "vgf2p8affineinvqb", ", 0", x, a, o),
                    GfOp::Mul => wide_asm!($mov, $r, "vgf2p8mulb", "", x, a, o),
                }
            }
        }
    };
}

wide_op!(
    /// `out = op(x, a)` on two lanes with VEX.256 GFNI.
    op256, 2, "vmovdqu", "ymm", "GFNI and AVX (the OS must have enabled YMM state)"
);
wide_op!(
    /// `out = op(x, a)` on four lanes with EVEX.512 GFNI (no masking).
    op512, 4, "vmovdqu64", "zmm", "GFNI, AVX512F and AVX512BW, and the OS must have enabled the ZMM state"
);

/// XORs `imm` into every byte of every lane (the affine forms' immediate).
#[inline]
pub(crate) fn xor_imm(lanes: &mut [u128], imm: u8) {
    for l in lanes {
        *l ^= splat(imm);
    }
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

/// Whether GFNI's VEX.256 forms run: GFNI and usable AVX2 (OS-enabled YMM).
#[cfg(feature = "std")]
pub(crate) fn detect256() -> bool {
    detect() && std::is_x86_feature_detected!("avx2")
}

/// Whether GFNI's EVEX.512 forms run: GFNI, AVX512F, AVX512BW
/// (`CPUID.(EAX=07H,ECX=0):EBX[bits 16, 30]`) and XCR0 bits 1, 2, 5, 6, 7 (the
/// OS saves SSE, AVX, opmask and both ZMM parts).
#[cfg(feature = "std")]
pub(crate) fn detect512() -> bool {
    if !detect256() {
        return false;
    }
    // SAFETY: leaf 7 exists (detect() checked it).
    #[allow(unused_unsafe)]
    let ebx = unsafe { core::arch::x86_64::__cpuid_count(7, 0) }.ebx;
    if ebx & (1 << 16) == 0 || ebx & (1 << 30) == 0 {
        return false;
    }
    // SAFETY: leaf 1 exists on every x86-64 CPU.
    #[allow(unused_unsafe)]
    let ecx1 = unsafe { core::arch::x86_64::__cpuid(1) }.ecx;
    if ecx1 & (1 << 27) == 0 {
        return false; // no OSXSAVE: XGETBV would fault
    }
    let (lo, _hi): (u32, u32);
    // SAFETY: OSXSAVE is set, so XGETBV with ECX = 0 is defined.
    unsafe {
        asm!("xgetbv", in("ecx") 0u32, out("eax") lo, out("edx") _hi,
            options(nomem, nostack, preserves_flags));
    }
    lo & 0xe6 == 0xe6
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
/// GFNI when `has_gfni`, else (affine and multiply) on SSSE3.
///
/// # Safety
/// The CPU must have SSSE3, and GFNI when `has_gfni`.
#[inline(always)]
pub(crate) unsafe fn host(insn: HostInsn, a: V, b: V, imm: u8, has_gfni: bool) -> Option<V> {
    use HostInsn::*;
    // SAFETY (every arm): the caller guarantees GFNI where `has_gfni`, SSSE3 always.
    Some(unsafe {
        match insn {
            X86Gf2p8affineqb if has_gfni => op128(GfOp::Affine, a, b, imm),
            X86Gf2p8affineinvqb if has_gfni => op128(GfOp::AffineInv, a, b, imm),
            X86Gf2p8mulb if has_gfni => op128(GfOp::Mul, a, b, 0),
            X86Gf2p8affineqb => to_v(gf2p8affineqb_ssse3(from_v(a), from_v(b), imm)),
            X86Gf2p8mulb => to_v(gf2p8mulb_ssse3(from_v(a), from_v(b))),
            _ => return None,
        }
    })
}
