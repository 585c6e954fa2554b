//! The ARMv8.2 SM3 and SM4 instructions (FEAT_SM3, FEAT_SM4; Rust's `sm4`
//! target feature and `is_aarch64_feature_detected!("sm4")` cover both).
//!
//! Their NEON intrinsics are not stable in Rust, so each instruction is one
//! `asm!` block with the instruction word from the Arm ARM's encoding tables
//! (`.inst`, checked against binutils 2.40's disassembler), on fixed registers:
//! `Vd = v0`, `Vn = v1`, `Vm = v2`, `Va = v3`. A `.inst` word needs no
//! assembler support; the caller guarantees the CPU has the instruction.
//!
//! Operands are `uint32x4_t` with element `e` = word `e` of the register.

use core::arch::aarch64::{uint32x4_t, vld1q_u32, vst1q_u32};
use core::arch::asm;

use crate::backend::HostInsn;
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

/// One instruction `$word` reading `v0` (when `$d` is read), `v1`, `v2`,
/// `v3` and writing `v0`.
macro_rules! inst {
    ($word:literal, $d:expr, $n:expr, $m:expr, $a:expr) => {{
        let mut d: uint32x4_t = $d;
        // SAFETY: the caller of the enclosing function guarantees the CPU has
        // the instruction; it reads only v0-v3 and writes only v0, touches no
        // memory, stack or flags.
        unsafe {
            asm!(
                concat!(".inst ", $word),
                inout("v0") d,
                in("v1") $n,
                in("v2") $m,
                in("v3") $a,
                options(pure, nomem, nostack, preserves_flags)
            );
        }
        d
    }};
}

/// The SM3 and SM4 instructions by host key, operands in instruction order
/// (`Vd` first when read); `imm` is SM3TT*'s element index (bits 1:0). `None`
/// for other keys.
///
/// # Safety
/// The CPU must have FEAT_SM3 and FEAT_SM4.
#[inline]
pub(crate) unsafe fn sm(insn: HostInsn, a: u128, b: u128, c: u128, imm: u8) -> Option<u128> {
    use HostInsn::*;
    let (a, b, c) = (v(a), v(b), v(c));
    let z = v(0);
    Some(u(match (insn, imm & 3) {
        // SM3SS1 v0, v1, v2, v3: Vn = a, Vm = b, Va = c.
        (A64Sm3ss1, _) => inst!("0xce420c20", z, a, b, c),
        (A64Sm3tt1a, 0) => inst!("0xce428020", a, b, c, z),
        (A64Sm3tt1a, 1) => inst!("0xce429020", a, b, c, z),
        (A64Sm3tt1a, 2) => inst!("0xce42a020", a, b, c, z),
        (A64Sm3tt1a, _) => inst!("0xce42b020", a, b, c, z),
        (A64Sm3tt1b, 0) => inst!("0xce428420", a, b, c, z),
        (A64Sm3tt1b, 1) => inst!("0xce429420", a, b, c, z),
        (A64Sm3tt1b, 2) => inst!("0xce42a420", a, b, c, z),
        (A64Sm3tt1b, _) => inst!("0xce42b420", a, b, c, z),
        (A64Sm3tt2a, 0) => inst!("0xce428820", a, b, c, z),
        (A64Sm3tt2a, 1) => inst!("0xce429820", a, b, c, z),
        (A64Sm3tt2a, 2) => inst!("0xce42a820", a, b, c, z),
        (A64Sm3tt2a, _) => inst!("0xce42b820", a, b, c, z),
        (A64Sm3tt2b, 0) => inst!("0xce428c20", a, b, c, z),
        (A64Sm3tt2b, 1) => inst!("0xce429c20", a, b, c, z),
        (A64Sm3tt2b, 2) => inst!("0xce42ac20", a, b, c, z),
        (A64Sm3tt2b, _) => inst!("0xce42bc20", a, b, c, z),
        (A64Sm3partw1, _) => inst!("0xce62c020", a, b, c, z),
        (A64Sm3partw2, _) => inst!("0xce62c420", a, b, c, z),
        // SM4E v0, v1: Vd = a, Vn = b.
        (A64Sm4e, _) => inst!("0xcec08420", a, b, z, z),
        // SM4EKEY v0, v1, v2: Vn = a, Vm = b (Vd not read).
        (A64Sm4ekey, _) => inst!("0xce62c820", z, a, b, z),
        _ => return None,
    }))
}
