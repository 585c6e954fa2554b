//! PCLMULQDQ on x86-64.

use core::arch::asm;

use super::aes::V;

/// PCLMULQDQ with a run-time immediate (bits 0 and 4, encoded in the
/// instruction: one predicted four-way branch). Inline assembly rather than
/// the intrinsic, so that it inlines into a caller built for the x86-64
/// baseline with run-time detection (see `aes.rs`).
///
/// # Safety
/// The CPU must have PCLMULQDQ.
#[inline(always)]
pub(crate) unsafe fn clmul(mut a: V, b: V, imm: u8) -> V {
    macro_rules! clmul {
        ($i:literal) => {
            asm!(concat!("pclmulqdq {a}, {b}, ", $i), a = inout(xmm_reg) a, b = in(xmm_reg) b,
                options(pure, nomem, nostack, preserves_flags))
        };
    }
    // SAFETY: register operands only, no memory, no stack, no flags; the
    // caller guarantees PCLMULQDQ.
    unsafe {
        match imm & 0x11 {
            0x00 => clmul!(0x00),
            0x01 => clmul!(0x01),
            0x10 => clmul!(0x10),
            _ => clmul!(0x11),
        }
    }
    a
}
