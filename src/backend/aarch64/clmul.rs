//! PMULL on AArch64 (FEAT_PMULL; Rust's `aes` target feature).

use core::arch::aarch64::vmull_p64;

/// PCLMULQDQ's operation with PMULL: the qword of `a` picked by `imm` bit 0 times
/// the qword of `b` picked by bit 4 (Arm PMULL is `0x00`, PMULL2 `0x11`).
///
/// # Safety
/// The CPU must have FEAT_PMULL.
#[inline]
#[target_feature(enable = "aes")]
pub(crate) unsafe fn clmul(a: u128, b: u128, imm: u8) -> u128 {
    let x = if imm & 0x01 == 0 {
        a as u64
    } else {
        (a >> 64) as u64
    };
    let y = if imm & 0x10 == 0 {
        b as u64
    } else {
        (b >> 64) as u64
    };
    // SAFETY: the caller guarantees FEAT_PMULL (the block is for Rust before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        vmull_p64(x, y)
    }
}
