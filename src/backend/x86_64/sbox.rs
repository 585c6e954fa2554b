//! The S-box primitive ([`Backend::sbox_affine`](crate::backend::Backend::sbox_affine))
//! on x86-64: `outer(inv(inner(x)))` on each of the 16 bytes with SSSE3 and
//! AES-NI, constant-time (no table indexed by data outside a register).
//!
//! - `inner`: two PSHUFB nibble lookups (`lo[x & 15] ^ hi[x >> 4]`, the tables
//!   of [`SboxAffine::inner_nibbles`], constant folded into `hi`);
//! - `inv` composed with the AES S-box's affine map: SubBytes alone, which is
//!   AESENCLAST with a zero round key after undoing its ShiftRows (a PSHUFB
//!   with the InvShiftRows permutation; SubBytes is byte-wise, so it commutes
//!   with the permutation);
//! - `outer . AES_SBOX_OUT^-1`: two more nibble lookups
//!   ([`SboxAffine::after_sb_nibbles`]).
//!
//! SM4's S-box (the Arm SM4E/SM4EKEY helpers) takes this path on x86-64.

use core::arch::x86_64::{
    _mm_aesenclast_si128, _mm_and_si128, _mm_loadu_si128, _mm_set1_epi8, _mm_setr_epi8,
    _mm_setzero_si128, _mm_shuffle_epi8, _mm_srli_epi16, _mm_xor_si128,
};

use super::aes::V;
use crate::backend::SboxAffine;

/// The map `t[0][x & 15] ^ t[1][x >> 4]` on each byte of `x`.
///
/// # Safety
/// The CPU must have SSSE3.
#[inline]
#[target_feature(enable = "ssse3")]
pub(crate) unsafe fn nibble_map(x: V, t: &[[u8; 16]; 2]) -> V {
    // SAFETY: the caller guarantees SSSE3 (the block is for Rust before 1.87);
    // each table is 16 readable bytes and loadu has no alignment requirement.
    #[allow(unused_unsafe)]
    unsafe {
        let mask = _mm_set1_epi8(0x0f);
        let lo = _mm_loadu_si128(t[0].as_ptr().cast());
        let hi = _mm_loadu_si128(t[1].as_ptr().cast());
        let xl = _mm_and_si128(x, mask);
        // A 16-bit shift moves bits across bytes; the mask keeps each byte's own
        // high nibble.
        let xh = _mm_and_si128(_mm_srli_epi16::<4>(x), mask);
        _mm_xor_si128(_mm_shuffle_epi8(lo, xl), _mm_shuffle_epi8(hi, xh))
    }
}

/// `outer(inv(inner(x)))` on each byte.
///
/// # Safety
/// The CPU must have AES-NI and SSSE3.
// See `aes::fragment!` on `extern "C"` with vectors.
#[allow(improper_ctypes_definitions)]
#[inline]
#[target_feature(enable = "aes,ssse3")]
pub(crate) unsafe extern "C" fn sbox_affine(x: V, maps: &SboxAffine) -> V {
    // SAFETY: the caller guarantees AES-NI and SSSE3 (the block is for Rust
    // before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        let y = nibble_map(x, &maps.inner_nibbles);
        // Result byte i = source byte isr[i]: InvShiftRows, which AESENCLAST's
        // ShiftRows then undoes.
        let isr = _mm_setr_epi8(0, 13, 10, 7, 4, 1, 14, 11, 8, 5, 2, 15, 12, 9, 6, 3);
        let sb = _mm_aesenclast_si128(_mm_shuffle_epi8(y, isr), _mm_setzero_si128());
        nibble_map(sb, &maps.after_sb_nibbles)
    }
}
