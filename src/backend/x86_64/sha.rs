//! The SHA extensions on x86-64 (SHA-NI).

use core::arch::asm;

use super::aes::V;
use crate::backend::HostInsn;

// Each instruction is an inline-assembly block, not an intrinsic: it inlines
// into a caller built for the x86-64 baseline with run-time detection, where
// an intrinsic's `#[target_feature]` function would stay a call (see
// `aes.rs`).

macro_rules! sha_fn {
    ($(#[$doc:meta])* $name:ident, $insn:literal) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// The CPU must have SHA-NI.
        #[inline(always)]
        pub(crate) unsafe fn $name(mut a: V, b: V) -> V {
            // SAFETY: register operands only, no memory, no stack, no flags;
            // the caller guarantees SHA-NI.
            unsafe {
                asm!(concat!($insn, " {a}, {b}"), a = inout(xmm_reg) a, b = in(xmm_reg) b,
                    options(pure, nomem, nostack, preserves_flags))
            };
            a
        }
    };
}

/// SHA1RNDS4 with a run-time immediate (bits 1:0, encoded in the instruction:
/// one predicted four-way branch).
///
/// # Safety
/// The CPU must have SHA-NI.
#[inline(always)]
pub(crate) unsafe fn sha1rnds4(mut a: V, b: V, imm: u8) -> V {
    macro_rules! rnds4 {
        ($i:literal) => {
            asm!(concat!("sha1rnds4 {a}, {b}, ", $i), a = inout(xmm_reg) a, b = in(xmm_reg) b,
                options(pure, nomem, nostack, preserves_flags))
        };
    }
    // SAFETY: register operands only, no memory, no stack, no flags; the
    // caller guarantees SHA-NI.
    unsafe {
        match imm & 3 {
            0 => rnds4!(0),
            1 => rnds4!(1),
            2 => rnds4!(2),
            _ => rnds4!(3),
        }
    }
    a
}

sha_fn!(
    /// SHA1NEXTE.
    sha1nexte, "sha1nexte"
);
sha_fn!(
    /// SHA1MSG1.
    sha1msg1, "sha1msg1"
);
sha_fn!(
    /// SHA1MSG2.
    sha1msg2, "sha1msg2"
);
sha_fn!(
    /// SHA256MSG1.
    sha256msg1, "sha256msg1"
);
sha_fn!(
    /// SHA256MSG2.
    sha256msg2, "sha256msg2"
);

/// SHA256RNDS2 with `wk` in the implicit XMM0.
///
/// # Safety
/// The CPU must have SHA-NI.
#[inline(always)]
pub(crate) unsafe fn sha256rnds2(mut a: V, b: V, wk: V) -> V {
    // SAFETY: register operands only (`wk` in XMM0, which the other operands
    // therefore cannot use), no memory, no stack, no flags; the caller
    // guarantees SHA-NI.
    unsafe {
        asm!("sha256rnds2 {a}, {b}, xmm0", a = inout(xmm_reg) a, b = in(xmm_reg) b, in("xmm0") wk,
            options(pure, nomem, nostack, preserves_flags))
    };
    a
}

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
