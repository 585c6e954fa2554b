//! The vperm backend's vector operations on AArch64: AdvSIMD `tbl` for the
//! table lookups. AdvSIMD is part of the AArch64 baseline, so the backend is
//! always there and the algorithm (in `mod.rs`) inlines into any caller.

use core::arch::aarch64::{vandq_u8, veorq_u8, vld1q_u8, vqtbl1q_u8, vshrq_n_u8};

pub(super) use crate::backend::aarch64::aes::V;
use crate::backend::aarch64::aes::{from_v, to_v};

/// AdvSIMD is baseline: the token is always available.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct Cpu(());

/// Never used: [`detect`] always succeeds.
pub(super) const MISSING: &str = "no AdvSIMD";

/// The token (AdvSIMD is baseline on AArch64).
#[inline(always)]
pub(super) fn detect() -> Option<Cpu> {
    Some(Cpu(()))
}

/// The token (AdvSIMD is baseline: nothing to assume).
///
/// # Safety
/// None needed; `unsafe` to match the other hosts.
#[inline(always)]
pub(super) const unsafe fn assume() -> Cpu {
    Cpu(())
}

/// 16 bytes into a register (byte `i` = lane `i`).
#[inline(always)]
pub(super) fn load(_: Cpu, t: &[u8; 16]) -> V {
    // SAFETY: `t` is 16 readable bytes; AdvSIMD is baseline. vld1q_u8 puts
    // memory byte i in lane i.
    unsafe { vld1q_u8(t.as_ptr()) }
}

/// `tbl`: byte `n` = `t[i[n]]`, or 0 when `i[n] >= 16`.
#[inline(always)]
pub(super) fn tbl(_: Cpu, t: V, i: V) -> V {
    // SAFETY: AdvSIMD is baseline on AArch64.
    unsafe { vqtbl1q_u8(t, i) }
}

/// `a ^ b`.
#[inline(always)]
pub(super) fn xor(_: Cpu, a: V, b: V) -> V {
    // SAFETY: AdvSIMD is baseline on AArch64.
    unsafe { veorq_u8(a, b) }
}

/// `a & b`.
#[inline(always)]
pub(super) fn and(_: Cpu, a: V, b: V) -> V {
    // SAFETY: AdvSIMD is baseline on AArch64.
    unsafe { vandq_u8(a, b) }
}

/// Each byte shifted right by 4 (its high nibble).
#[inline(always)]
pub(super) fn shr4(_: Cpu, x: V) -> V {
    // SAFETY: AdvSIMD is baseline on AArch64.
    unsafe { vshrq_n_u8::<4>(x) }
}

/// One entry point per fragment.
macro_rules! entries {
    ($(($f:ident, $($a:ident)*))*) => {
        $(
            #[inline]
            pub(super) fn $f(c: Cpu, $($a: u128),*) -> u128 {
                from_v(super::$f(c, $(to_v($a)),*))
            }
        )*
    };
}
crate::backend::for_each_fragment!(entries);

/// The S-box primitive's entry point.
#[inline]
pub(super) fn sbox_affine(c: Cpu, x: u128, maps: &crate::backend::SboxAffine) -> u128 {
    from_v(super::sbox_affine(c, to_v(x), maps))
}

/// AESKEYGENASSIST's entry point.
#[inline]
pub(super) fn aeskeygenassist(c: Cpu, src: u128, rcon: u8) -> u128 {
    from_v(super::aeskeygenassist(c, to_v(src), rcon))
}

/// The carry-less multiply from the baseline `PMULL.8B` (a CPU without FEAT_AES
/// has no FEAT_PMULL either), constant-time.
#[inline]
pub(super) fn clmul(_: Cpu, a: u128, b: u128, imm: u8) -> u128 {
    crate::backend::aarch64::clmul::clmul_p8(a, b, imm)
}
