//! PCLMULQDQ on x86-64.

use core::arch::x86_64::_mm_clmulepi64_si128;

use super::aes::V;

/// PCLMULQDQ with a run-time immediate (bits 0 and 4; the intrinsic wants a
/// constant, so the four meaningful values are spelled out).
///
/// # Safety
/// The CPU must have PCLMULQDQ.
// See `aes::fragment!` on `extern "C"` with vectors.
#[allow(improper_ctypes_definitions)]
#[inline]
#[target_feature(enable = "pclmulqdq")]
pub(crate) unsafe extern "C" fn clmul(a: V, b: V, imm: u8) -> V {
    // SAFETY: the caller guarantees PCLMULQDQ. (Rust before 1.87 requires the
    // block for intrinsics; later ones do not.)
    #[allow(unused_unsafe)]
    unsafe {
        match imm & 0x11 {
            0x00 => _mm_clmulepi64_si128::<0x00>(a, b),
            0x01 => _mm_clmulepi64_si128::<0x01>(a, b),
            0x10 => _mm_clmulepi64_si128::<0x10>(a, b),
            _ => _mm_clmulepi64_si128::<0x11>(a, b),
        }
    }
}
