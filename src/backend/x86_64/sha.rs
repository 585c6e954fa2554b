//! The SHA extensions on x86-64 (SHA-NI).

use core::arch::x86_64::{
    _mm_sha1msg1_epu32, _mm_sha1msg2_epu32, _mm_sha1nexte_epu32, _mm_sha1rnds4_epu32,
    _mm_sha256msg1_epu32, _mm_sha256msg2_epu32, _mm_sha256rnds2_epu32,
};

use super::aes::V;
use crate::backend::HostInsn;

macro_rules! sha_fn {
    ($(#[$doc:meta])* $name:ident, |$($a:ident),*| $body:expr) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// The CPU must have SHA-NI.
        // See `aes::fragment!` on `extern "C"` with vectors.
        #[allow(improper_ctypes_definitions)]
        #[inline]
        #[target_feature(enable = "sha")]
        pub(crate) unsafe extern "C" fn $name($($a: V),*) -> V {
            // SAFETY: the caller guarantees SHA-NI. (Rust before 1.87 requires the
            // block for intrinsics; later ones do not.)
            #[allow(unused_unsafe)]
            unsafe {
                $body
            }
        }
    };
}

/// SHA1RNDS4 with a run-time immediate (bits 1:0; the intrinsic wants a constant).
///
/// # Safety
/// The CPU must have SHA-NI.
#[allow(improper_ctypes_definitions)]
#[inline]
#[target_feature(enable = "sha")]
pub(crate) unsafe extern "C" fn sha1rnds4(a: V, b: V, imm: u8) -> V {
    // SAFETY: the caller guarantees SHA-NI (the block is for Rust before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        match imm & 3 {
            0 => _mm_sha1rnds4_epu32::<0>(a, b),
            1 => _mm_sha1rnds4_epu32::<1>(a, b),
            2 => _mm_sha1rnds4_epu32::<2>(a, b),
            _ => _mm_sha1rnds4_epu32::<3>(a, b),
        }
    }
}

sha_fn!(
    /// SHA1NEXTE.
    sha1nexte, |a, b| _mm_sha1nexte_epu32(a, b)
);
sha_fn!(
    /// SHA1MSG1.
    sha1msg1, |a, b| _mm_sha1msg1_epu32(a, b)
);
sha_fn!(
    /// SHA1MSG2.
    sha1msg2, |a, b| _mm_sha1msg2_epu32(a, b)
);
sha_fn!(
    /// SHA256RNDS2 with the implicit XMM0 as `wk`.
    sha256rnds2, |a, b, wk| _mm_sha256rnds2_epu32(a, b, wk)
);
sha_fn!(
    /// SHA256MSG1.
    sha256msg1, |a, b| _mm_sha256msg1_epu32(a, b)
);
sha_fn!(
    /// SHA256MSG2.
    sha256msg2, |a, b| _mm_sha256msg2_epu32(a, b)
);

/// The SHA-NI part of the host-instruction table: the keys answered here.
///
/// # Safety
/// The CPU must have SHA-NI.
#[inline(always)]
pub(crate) unsafe fn host(insn: HostInsn, a: V, b: V, c: V, imm: u8) -> Option<V> {
    use HostInsn::*;
    // SAFETY (every arm): the caller guarantees SHA-NI.
    Some(unsafe {
        match insn {
            X86Sha1rnds4 => sha1rnds4(a, b, imm),
            X86Sha1nexte => sha1nexte(a, b),
            X86Sha1msg1 => sha1msg1(a, b),
            X86Sha1msg2 => sha1msg2(a, b),
            X86Sha256rnds2 => sha256rnds2(a, b, c),
            X86Sha256msg1 => sha256msg1(a, b),
            X86Sha256msg2 => sha256msg2(a, b),
            _ => return None,
        }
    })
}
