//! VEX.256 VAES and VPCLMULQDQ on two 128-bit lanes at a time.
//!
//! Written as inline assembly because the 256-bit VAES/VPCLMULQDQ intrinsics
//! and their target features are not stable in the Rust this crate supports
//! (1.85). Each block loads both operands from memory into `ymm0`/`ymm1`, runs
//! one instruction, stores the result and clears the upper state (`vzeroupper`,
//! so later SSE code pays no transition penalty). Only `xmm0`/`xmm1` are
//! declared clobbered: code compiled without AVX never keeps anything in the
//! upper halves.
//!
//! The EVEX.512 forms are not used: the host this crate is developed on does
//! not expose AVX-512 (nor does QEMU's TCG), so that path could not be tested;
//! a 512-bit operation runs as two 256-bit ones.

use core::arch::asm;

use crate::backend::LaneOp;

/// `out = op(s, k)` on two lanes with VEX.256 VAES.
///
/// # Safety
/// The CPU must have VAES and AVX (the OS must have enabled YMM state).
#[inline]
pub(crate) unsafe fn aes2(op: LaneOp, s: &[u128], k: &[u128], out: &mut [u128]) {
    assert!(s.len() >= 2 && k.len() >= 2 && out.len() >= 2);
    let (s, k, o) = (s.as_ptr(), k.as_ptr(), out.as_mut_ptr());
    macro_rules! run {
        ($insn:literal) => {
            // SAFETY: the three pointers each address at least 32 bytes (checked
            // above); the caller guarantees VAES and AVX.
            unsafe {
                asm!(
                    "vmovdqu ymm0, [{s}]",
                    "vmovdqu ymm1, [{k}]",
                    concat!($insn, " ymm0, ymm0, ymm1"),
                    "vmovdqu [{o}], ymm0",
                    "vzeroupper",
                    s = in(reg) s,
                    k = in(reg) k,
                    o = in(reg) o,
                    out("xmm0") _,
                    out("xmm1") _,
                    options(nostack, preserves_flags),
                )
            }
        };
    }
    match op {
        LaneOp::Enc => run!("vaesenc"),
        LaneOp::EncLast => run!("vaesenclast"),
        LaneOp::Dec => run!("vaesdec"),
        LaneOp::DecLast => run!("vaesdeclast"),
    }
}

/// `out = clmul(a, b, imm)` on two lanes with VEX.256 VPCLMULQDQ.
///
/// # Safety
/// The CPU must have VPCLMULQDQ and AVX (the OS must have enabled YMM state).
#[inline]
pub(crate) unsafe fn clmul2(a: &[u128], b: &[u128], imm: u8, out: &mut [u128]) {
    assert!(a.len() >= 2 && b.len() >= 2 && out.len() >= 2);
    let (a, b, o) = (a.as_ptr(), b.as_ptr(), out.as_mut_ptr());
    macro_rules! run {
        ($imm:literal) => {
            // SAFETY: the three pointers each address at least 32 bytes (checked
            // above); the caller guarantees VPCLMULQDQ and AVX.
            unsafe {
                asm!(
                    "vmovdqu ymm0, [{a}]",
                    "vmovdqu ymm1, [{b}]",
                    concat!("vpclmulqdq ymm0, ymm0, ymm1, ", $imm),
                    "vmovdqu [{o}], ymm0",
                    "vzeroupper",
                    a = in(reg) a,
                    b = in(reg) b,
                    o = in(reg) o,
                    out("xmm0") _,
                    out("xmm1") _,
                    options(nostack, preserves_flags),
                )
            }
        };
    }
    match imm & 0x11 {
        0x00 => run!("0x00"),
        0x01 => run!("0x01"),
        0x10 => run!("0x10"),
        _ => run!("0x11"),
    }
}

/// Whether the CPU has VAES, VPCLMULQDQ and usable AVX2 (CPUID leaf 7 and the
/// OS-enabled YMM state that `is_x86_feature_detected!("avx2")` checks).
#[cfg(feature = "std")]
pub(crate) fn detect() -> bool {
    if !std::is_x86_feature_detected!("avx2") {
        return false;
    }
    // SAFETY: CPUID exists on every x86-64 CPU; leaf 7 exists when AVX2 is
    // reported (AVX2 itself is a leaf-7 bit).
    #[allow(unused_unsafe)]
    let ecx = unsafe { core::arch::x86_64::__cpuid_count(7, 0) }.ecx;
    // ECX bit 9: VAES; bit 10: VPCLMULQDQ.
    ecx & (1 << 9) != 0 && ecx & (1 << 10) != 0
}
