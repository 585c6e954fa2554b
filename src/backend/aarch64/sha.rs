//! The ARMv8 SHA-1 and SHA-256 instructions (FEAT_SHA1, FEAT_SHA256; Rust's
//! `sha2` target feature covers both).
//!
//! Operands are `uint32x4_t` with element `e` = dword `e` of the register
//! (bits `32e+31..32e`), loaded element-wise so the order holds on either
//! endianness.

use core::arch::aarch64::{
    uint32x4_t, vld1q_u32, vsha1cq_u32, vsha1h_u32, vsha1mq_u32, vsha1pq_u32, vsha1su0q_u32,
    vsha1su1q_u32, vsha256h2q_u32, vsha256hq_u32, vsha256su0q_u32, vsha256su1q_u32, vst1q_u32,
};

use crate::reg::{from_dwords, to_dwords};

#[inline(always)]
fn v(x: u128) -> uint32x4_t {
    let d = to_dwords(x);
    // SAFETY: `d` is 4 readable u32s; NEON is part of the aarch64 baseline.
    unsafe { vld1q_u32(d.as_ptr()) }
}

#[inline(always)]
fn u(x: uint32x4_t) -> u128 {
    let mut d = [0u32; 4];
    // SAFETY: `d` is 4 writable u32s; NEON is part of the aarch64 baseline.
    unsafe { vst1q_u32(d.as_mut_ptr(), x) };
    from_dwords(d)
}

/// SHA1C / SHA1P / SHA1M: `Qd`, `Sn` (bits 31:0 of `n`), `Vm`.
///
/// # Safety
/// The CPU must have FEAT_SHA1.
#[inline]
#[target_feature(enable = "sha2")]
pub(crate) unsafe fn sha1_rounds(kind: u8, d: u128, n: u128, m: u128) -> u128 {
    // SAFETY: the caller guarantees FEAT_SHA1/FEAT_SHA256 (the block is for Rust
    // before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        let (abcd, e, wk) = (v(d), n as u32, v(m));
        u(match kind {
            0 => vsha1cq_u32(abcd, e, wk),
            1 => vsha1pq_u32(abcd, e, wk),
            _ => vsha1mq_u32(abcd, e, wk),
        })
    }
}

/// SHA1H: the rotated word, zero-extended (the scalar write clears the rest).
///
/// # Safety
/// The CPU must have FEAT_SHA1.
#[inline]
#[target_feature(enable = "sha2")]
pub(crate) unsafe fn sha1h(n: u128) -> u128 {
    // SAFETY: the caller guarantees FEAT_SHA1/FEAT_SHA256 (the block is for Rust
    // before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        u128::from(vsha1h_u32(n as u32))
    }
}

/// SHA1SU0.
///
/// # Safety
/// The CPU must have FEAT_SHA1.
#[inline]
#[target_feature(enable = "sha2")]
pub(crate) unsafe fn sha1su0(d: u128, n: u128, m: u128) -> u128 {
    // SAFETY: the caller guarantees FEAT_SHA1/FEAT_SHA256 (the block is for Rust
    // before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        u(vsha1su0q_u32(v(d), v(n), v(m)))
    }
}

/// SHA1SU1.
///
/// # Safety
/// The CPU must have FEAT_SHA1.
#[inline]
#[target_feature(enable = "sha2")]
pub(crate) unsafe fn sha1su1(d: u128, n: u128) -> u128 {
    // SAFETY: the caller guarantees FEAT_SHA1/FEAT_SHA256 (the block is for Rust
    // before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        u(vsha1su1q_u32(v(d), v(n)))
    }
}

/// SHA256H (`part1`) or SHA256H2: `Qd`, `Qn`, `Vm` in instruction order.
///
/// # Safety
/// The CPU must have FEAT_SHA256.
#[inline]
#[target_feature(enable = "sha2")]
pub(crate) unsafe fn sha256h(part1: bool, d: u128, n: u128, m: u128) -> u128 {
    // SAFETY: the caller guarantees FEAT_SHA1/FEAT_SHA256 (the block is for Rust
    // before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        u(if part1 {
            vsha256hq_u32(v(d), v(n), v(m))
        } else {
            vsha256h2q_u32(v(d), v(n), v(m))
        })
    }
}

/// SHA256SU0.
///
/// # Safety
/// The CPU must have FEAT_SHA256.
#[inline]
#[target_feature(enable = "sha2")]
pub(crate) unsafe fn sha256su0(d: u128, n: u128) -> u128 {
    // SAFETY: the caller guarantees FEAT_SHA1/FEAT_SHA256 (the block is for Rust
    // before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        u(vsha256su0q_u32(v(d), v(n)))
    }
}

/// SHA256SU1.
///
/// # Safety
/// The CPU must have FEAT_SHA256.
#[inline]
#[target_feature(enable = "sha2")]
pub(crate) unsafe fn sha256su1(d: u128, n: u128, m: u128) -> u128 {
    // SAFETY: the caller guarantees FEAT_SHA1/FEAT_SHA256 (the block is for Rust
    // before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        u(vsha256su1q_u32(v(d), v(n), v(m)))
    }
}

/// The SHA-1/SHA-256 part of the host-instruction table: the keys answered here.
///
/// # Safety
/// The CPU must have FEAT_SHA1 and FEAT_SHA256.
#[inline(always)]
pub(crate) unsafe fn host(
    insn: crate::backend::HostInsn,
    a: u128,
    b: u128,
    c: u128,
    _imm: u8,
) -> Option<u128> {
    use crate::backend::HostInsn::*;
    // SAFETY (every arm): the caller guarantees FEAT_SHA1 and FEAT_SHA256.
    Some(unsafe {
        match insn {
            A64Sha1c => sha1_rounds(0, a, b, c),
            A64Sha1p => sha1_rounds(1, a, b, c),
            A64Sha1m => sha1_rounds(2, a, b, c),
            A64Sha1h => sha1h(a),
            A64Sha1su0 => sha1su0(a, b, c),
            A64Sha1su1 => sha1su1(a, b),
            A64Sha256h => sha256h(true, a, b, c),
            A64Sha256h2 => sha256h(false, a, b, c),
            A64Sha256su0 => sha256su0(a, b),
            A64Sha256su1 => sha256su1(a, b, c),
            _ => return None,
        }
    })
}
