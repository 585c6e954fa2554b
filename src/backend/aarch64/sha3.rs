//! The ARMv8.2 SHA-512 and SHA3 instructions (FEAT_SHA512, FEAT_SHA3; Rust's
//! `sha3` target feature and `is_aarch64_feature_detected!("sha3")` cover
//! both). The NEON intrinsics are stable since Rust 1.79.
//!
//! Operands are `uint64x2_t` with element `e` = doubleword `e` of the register
//! (bits `64e+63..64e`), loaded element-wise so the order holds on either
//! endianness.

use core::arch::aarch64::{
    uint64x2_t, vbcaxq_u64, veor3q_u64, vld1q_u64, vrax1q_u64, vsha512h2q_u64, vsha512hq_u64,
    vsha512su0q_u64, vsha512su1q_u64, vst1q_u64, vxarq_u64,
};

use crate::reg::{from_halves, to_halves};

#[inline(always)]
fn v(x: u128) -> uint64x2_t {
    let d = to_halves(x);
    // SAFETY: `d` is 2 readable u64s; NEON is part of the aarch64 baseline.
    unsafe { vld1q_u64(d.as_ptr()) }
}

#[inline(always)]
fn u(x: uint64x2_t) -> u128 {
    let mut d = [0u64; 2];
    // SAFETY: `d` is 2 writable u64s; NEON is part of the aarch64 baseline.
    unsafe { vst1q_u64(d.as_mut_ptr(), x) };
    from_halves(d)
}

/// The SHA-512/SHA3 part of the host-instruction table: the keys answered here.
///
/// # Safety
/// The CPU must have FEAT_SHA512 and FEAT_SHA3.
#[inline(always)]
pub(crate) unsafe fn host(
    insn: crate::backend::HostInsn,
    a: u128,
    b: u128,
    c: u128,
    imm: u8,
) -> Option<u128> {
    use crate::backend::HostInsn::*;
    match insn {
        // SAFETY: the caller guarantees FEAT_SHA3.
        A64Xar => Some(unsafe { xar(a, b, imm) }),
        A64Sha512h | A64Sha512h2 | A64Sha512su0 | A64Sha512su1 | A64Eor3 | A64Rax1 | A64Bcax => {
            // SAFETY: the caller guarantees FEAT_SHA512 and FEAT_SHA3.
            unsafe { three(insn, a, b, c) }
        }
        _ => None,
    }
}

/// The SHA-512 and SHA3 instructions other than XAR, by host key, operands in
/// instruction order (`Vd` first when read). `None` for other keys.
///
/// # Safety
/// The CPU must have FEAT_SHA512 and FEAT_SHA3.
#[inline]
#[target_feature(enable = "sha3")]
pub(crate) unsafe fn three(
    insn: crate::backend::HostInsn,
    a: u128,
    b: u128,
    c: u128,
) -> Option<u128> {
    use crate::backend::HostInsn::*;
    // SAFETY: the caller guarantees FEAT_SHA512/FEAT_SHA3 (the block is for Rust
    // before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        let (a, b, c) = (v(a), v(b), v(c));
        Some(u(match insn {
            A64Sha512h => vsha512hq_u64(a, b, c),
            A64Sha512h2 => vsha512h2q_u64(a, b, c),
            A64Sha512su0 => vsha512su0q_u64(a, b),
            A64Sha512su1 => vsha512su1q_u64(a, b, c),
            A64Eor3 => veor3q_u64(a, b, c),
            A64Rax1 => vrax1q_u64(a, b),
            A64Bcax => vbcaxq_u64(a, b, c),
            _ => return None,
        }))
    }
}

macro_rules! xar_arms {
    ($imm:expr, $a:expr, $b:expr; $($i:literal)*) => {
        match $imm {
            $($i => vxarq_u64::<$i>($a, $b),)*
            _ => unreachable!("imm6 is masked to 6 bits"),
        }
    };
}

/// XAR with a run-time rotation (the intrinsic takes it as a constant: one
/// arm per value of the 6-bit field).
///
/// # Safety
/// The CPU must have FEAT_SHA3.
#[inline]
#[target_feature(enable = "sha3")]
pub(crate) unsafe fn xar(n: u128, m: u128, imm6: u8) -> u128 {
    // SAFETY: the caller guarantees FEAT_SHA3 (the block is for Rust before
    // 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        let (a, b) = (v(n), v(m));
        u(xar_arms!(imm6 & 63, a, b;
            0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31
            32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60
            61 62 63))
    }
}
