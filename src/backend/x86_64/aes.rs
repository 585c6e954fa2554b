//! AES fragments on x86-64 AES-NI (plus SSSE3 `pshufb` for SubBytes alone).
//!
//! Each fragment is an `extern "C"` `#[target_feature]` function on `__m128i`:
//! the instruction(s) themselves. The C ABI passes `__m128i` in XMM registers
//! (SSE2 is baseline on x86-64, so caller and callee agree), where the Rust ABI
//! would go through memory. The conversion between `u128` and `__m128i` (plain
//! SSE2) is inlined into the caller by `super::native`'s wrappers, so a `u128`
//! loaded from an emulator's register file goes straight into an XMM register.
//!
//! Built with `-C target-feature=+aes,+ssse3` (or `target-cpu=native` on such a
//! CPU) everything inlines; otherwise each fragment costs one direct call after
//! a one-byte check of the cached CPU detection.
//!
//! x86-64 is little-endian, so a `u128` and an `__m128i` holding the same register
//! have the same bytes in memory; `transmute` between them is a plain bit copy that
//! keeps bit `i` as bit `i`.

use core::arch::x86_64::{
    __m128i, _mm_aesdec_si128, _mm_aesdeclast_si128, _mm_aesenc_si128, _mm_aesenclast_si128,
    _mm_aesimc_si128, _mm_aeskeygenassist_si128, _mm_setr_epi8, _mm_setzero_si128,
    _mm_shuffle_epi8, _mm_xor_si128,
};

/// The vector type of this backend.
pub(crate) type V = __m128i;

/// `u128` register value to `__m128i` (plain SSE2, inlines anywhere).
#[inline(always)]
pub(crate) fn to_v(v: u128) -> V {
    // SAFETY: both types are 16 bytes of plain data; on little-endian x86-64 the
    // bytes of a u128 are its memory bytes, which is also what the XMM register holds.
    unsafe { core::mem::transmute::<u128, __m128i>(v) }
}

/// `__m128i` to `u128` register value.
#[inline(always)]
pub(crate) fn from_v(v: V) -> u128 {
    // SAFETY: as in `to_v`.
    unsafe { core::mem::transmute::<__m128i, u128>(v) }
}

/// Defines one vector-level fragment: an `extern "C"` `#[target_feature]`
/// function on `__m128i`.
macro_rules! fragment {
    ($(#[$doc:meta])* $name:ident, $features:literal, |$($a:ident),*| $body:expr) => {
        $(#[$doc])*
        ///
        /// # Safety
        #[doc = concat!("The CPU must have ", $features, ".")]
        // `__m128i` in `extern "C"` is what moves the operands in XMM registers:
        // both sides are this crate's Rust code, compiled with SSE2 (the x86-64
        // baseline), so the lint's concern (a foreign caller's ABI) does not apply.
        #[allow(improper_ctypes_definitions)]
        #[inline]
        #[target_feature(enable = $features)]
        pub(crate) unsafe extern "C" fn $name($($a: V),*) -> V {
            // SAFETY: the caller guarantees the CPU features this function enables.
            // (Rust before 1.87 requires the block for intrinsics; later ones do not.)
            #[allow(unused_unsafe)]
            unsafe {
                $body
            }
        }
    };
}

fragment!(
    /// AESENCLAST: `SR(SB(s)) ^ k`.
    sb_sr_ak, "aes", |s, k| _mm_aesenclast_si128(s, k)
);
fragment!(
    /// AESENC: `MC(SR(SB(s))) ^ k`.
    sb_sr_mc_ak, "aes", |s, k| _mm_aesenc_si128(s, k)
);
fragment!(
    /// AESDECLAST: `ISB(ISR(s)) ^ k`.
    isb_isr_ak, "aes", |s, k| _mm_aesdeclast_si128(s, k)
);
fragment!(
    /// AESDEC: `IMC(ISB(ISR(s))) ^ k`.
    isb_isr_imc_ak, "aes", |s, k| _mm_aesdec_si128(s, k)
);
fragment!(
    /// `IMC(ISB(ISR(s)) ^ k)` = AESIMC(AESDECLAST(s, k)).
    isb_isr_ak_imc, "aes", |s, k| _mm_aesimc_si128(_mm_aesdeclast_si128(s, k))
);
fragment!(
    /// Arm AESE's order, `SR(SB(s ^ k))` = AESENCLAST(s ^ k, 0).
    ak_sb_sr, "aes", |s, k| _mm_aesenclast_si128(_mm_xor_si128(s, k), _mm_setzero_si128())
);
fragment!(
    /// Arm AESD's order, `ISB(ISR(s ^ k))` = AESDECLAST(s ^ k, 0).
    ak_isb_isr, "aes", |s, k| _mm_aesdeclast_si128(_mm_xor_si128(s, k), _mm_setzero_si128())
);
fragment!(
    /// MixColumns alone: AESENC(AESDECLAST(s, 0), 0). AESDECLAST undoes SubBytes
    /// and ShiftRows, AESENC redoes them and adds MixColumns.
    mc, "aes", |s| {
        let z = _mm_setzero_si128();
        _mm_aesenc_si128(_mm_aesdeclast_si128(s, z), z)
    }
);
fragment!(
    /// InvMixColumns: AESIMC.
    imc, "aes", |s| _mm_aesimc_si128(s)
);
fragment!(
    /// SubBytes alone: AESENCLAST(InvShiftRows(s), 0), InvShiftRows by `pshufb`
    /// (result byte `i` = source byte `idx[i]`). SubBytes works byte by byte, so it
    /// commutes with the permutation, which AESENCLAST's ShiftRows then undoes.
    sb, "aes,ssse3", |s| {
        let isr = _mm_setr_epi8(0, 13, 10, 7, 4, 1, 14, 11, 8, 5, 2, 15, 12, 9, 6, 3);
        _mm_aesenclast_si128(_mm_shuffle_epi8(s, isr), _mm_setzero_si128())
    }
);
fragment!(
    /// AESKEYGENASSIST with a run-time immediate, given as `rc = RCON << 32 |
    /// RCON << 96`.
    ///
    /// The intrinsic wants the immediate at compile time, but the immediate only
    /// enters as `RCON = ZeroExtend(imm8)` XORed into dwords 1 and 3, so
    /// `AESKEYGENASSIST(s, imm) = AESKEYGENASSIST(s, 0) ^ (imm << 32 | imm << 96)`:
    /// one instruction and one XOR, no branch on the immediate.
    aeskeygenassist, "aes", |src, rc| _mm_xor_si128(_mm_aeskeygenassist_si128::<0>(src), rc)
);
