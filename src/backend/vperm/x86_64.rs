//! The vperm backend's vector operations on x86-64: SSSE3 `pshufb` for the
//! table lookups, SSE2 (the x86-64 baseline) for the rest.
//!
//! The algorithm (in `mod.rs`) is written once on these `#[inline(always)]`
//! operations; each fragment's entry point here is an `extern "C"`
//! `#[target_feature(enable = "ssse3")]` function on `__m128i` into which it
//! all inlines (the C ABI keeps the operands in XMM registers, see
//! `x86_64/aes.rs`). Built with `-C target-feature=+ssse3` everything inlines
//! into the caller; otherwise each fragment is one direct call after std's
//! cached CPUID check.

use core::arch::x86_64::{
    _mm_and_si128, _mm_loadu_si128, _mm_set1_epi8, _mm_shuffle_epi8, _mm_srli_epi16, _mm_xor_si128,
};

pub(super) use crate::backend::x86_64::aes::V;
use crate::backend::x86_64::aes::{from_v, to_v};

/// Proof that the CPU has SSSE3: built only by [`detect`] (and inside the
/// `ssse3` entry points, whose callers guarantee it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct Cpu(());

/// Why [`detect`] failed.
pub(super) const MISSING: &str = if cfg!(feature = "std") {
    "this CPU lacks SSSE3"
} else {
    "no_std build without -C target-feature=+ssse3 (no run-time detection)"
};

/// The token, if this CPU has SSSE3 (a constant when the build enables it).
#[inline(always)]
pub(super) fn detect() -> Option<Cpu> {
    if cfg!(target_feature = "ssse3") {
        return Some(Cpu(()));
    }
    #[cfg(feature = "std")]
    if std::is_x86_feature_detected!("ssse3") {
        return Some(Cpu(()));
    }
    None
}

/// The token without the check.
///
/// # Safety
/// The CPU has SSSE3 (the caller checked with [`detect`]).
#[inline(always)]
pub(super) const unsafe fn assume() -> Cpu {
    Cpu(())
}

/// 16 bytes into a register (byte `i` = lane `i`).
#[inline(always)]
pub(super) fn load(_: Cpu, t: &[u8; 16]) -> V {
    // SAFETY: `t` is 16 readable bytes, loadu has no alignment requirement, and
    // SSE2 is the x86-64 baseline.
    unsafe { _mm_loadu_si128(t.as_ptr().cast()) }
}

/// `pshufb`: byte `n` = `t[i[n] & 15]`, or 0 when bit 7 of `i[n]` is set.
#[inline(always)]
pub(super) fn tbl(_: Cpu, t: V, i: V) -> V {
    // SAFETY: a `Cpu` exists only on a CPU with SSSE3.
    unsafe { _mm_shuffle_epi8(t, i) }
}

/// `a ^ b`.
#[inline(always)]
pub(super) fn xor(_: Cpu, a: V, b: V) -> V {
    // SAFETY: SSE2 is the x86-64 baseline.
    unsafe { _mm_xor_si128(a, b) }
}

/// `a & b`.
#[inline(always)]
pub(super) fn and(_: Cpu, a: V, b: V) -> V {
    // SAFETY: SSE2 is the x86-64 baseline.
    unsafe { _mm_and_si128(a, b) }
}

/// Each byte shifted right by 4 (its high nibble).
#[inline(always)]
pub(super) fn shr4(_: Cpu, x: V) -> V {
    // SAFETY: SSE2 is the x86-64 baseline. The 16-bit shift moves bits across
    // bytes; the mask keeps each byte's own high nibble.
    unsafe { _mm_and_si128(_mm_srli_epi16::<4>(x), _mm_set1_epi8(0x0f)) }
}

/// One entry point per fragment: the safe wrapper (the token is the proof)
/// around the `ssse3` function on vectors.
macro_rules! entries {
    ($(($f:ident, $($a:ident)*))*) => {
        $(
            #[inline(always)]
            pub(super) fn $f(c: Cpu, $($a: u128),*) -> u128 {
                /// The fragment on vectors, compiled with SSSE3.
                ///
                /// # Safety
                /// The CPU must have SSSE3.
                // `__m128i` in `extern "C"`: see `x86_64/aes.rs`.
                #[allow(improper_ctypes_definitions)]
                #[inline]
                #[target_feature(enable = "ssse3")]
                unsafe extern "C" fn on_v($($a: V),*) -> V {
                    // The caller guarantees SSSE3: the token's condition.
                    super::$f(Cpu(()), $($a),*)
                }
                let _ = c;
                // SAFETY: a `Cpu` exists only on a CPU with SSSE3.
                from_v(unsafe { on_v($(to_v($a)),*) })
            }
        )*
    };
}
crate::backend::for_each_fragment!(entries);

/// The S-box primitive's entry point.
#[inline(always)]
pub(super) fn sbox_affine(c: Cpu, x: u128, maps: &crate::backend::SboxAffine) -> u128 {
    /// # Safety
    /// The CPU must have SSSE3.
    #[allow(improper_ctypes_definitions)]
    #[inline]
    #[target_feature(enable = "ssse3")]
    unsafe extern "C" fn on_v(x: V, maps: &crate::backend::SboxAffine) -> V {
        super::sbox_affine(Cpu(()), x, maps)
    }
    let _ = c;
    // SAFETY: a `Cpu` exists only on a CPU with SSSE3.
    from_v(unsafe { on_v(to_v(x), maps) })
}

/// AESKEYGENASSIST's entry point (the immediate is a run-time argument).
#[inline(always)]
pub(super) fn aeskeygenassist(c: Cpu, src: u128, rcon: u8) -> u128 {
    /// # Safety
    /// The CPU must have SSSE3.
    #[allow(improper_ctypes_definitions)]
    #[inline]
    #[target_feature(enable = "ssse3")]
    unsafe extern "C" fn on_v(src: V, rcon: u8) -> V {
        super::aeskeygenassist(Cpu(()), src, rcon)
    }
    let _ = c;
    // SAFETY: a `Cpu` exists only on a CPU with SSSE3.
    from_v(unsafe { on_v(to_v(src), rcon) })
}

/// The carry-less multiply: the portable constant-time code (a CPU without
/// AES-NI rarely has PCLMULQDQ, and the native backend takes it when present).
#[inline]
pub(super) fn clmul(_: Cpu, a: u128, b: u128, imm: u8) -> u128 {
    crate::backend::portable_clmul(a, b, imm)
}
