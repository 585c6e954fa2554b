//! SVE2 crypto instructions on whole `Z` registers (FEAT_SVE_AES,
//! FEAT_SVE_PMULL128, FEAT_SVE_SHA3, FEAT_SVE_SM4), for the SVE helpers of any
//! guest vector length.
//!
//! Each instruction works on every 128-bit segment (RAX1: every 64-bit
//! element) on its own, so a guest register of any number of segments runs in
//! chunks of the host's vector length: `whilelo` makes the byte predicate of the
//! chunk (the last one partial, whole segments since both lengths are
//! multiples of 16 bytes), `ld1b` loads the operands in memory order (as
//! `LDR Zn`/`STR Zn` do: segment 0 first), the instruction runs unpredicated
//! on the whole register (inactive segments hold zeros and are not stored),
//! `st1b` stores the active bytes and `incb` steps by the vector length.
//!
//! The SVE registers cannot be `asm!` operands on stable Rust, so the blocks
//! name `z0`/`z1` and `p0` and declare them clobbered (`v0`/`v1` are their low
//! 128 bits; code compiled without SVE keeps nothing in the rest).
//! `#[target_feature(enable = "sve2-aes" | "sve2-sha3" | "sve2-sm4")]` (stable
//! since Rust 1.61) lets the assembler accept the mnemonics.

use core::arch::asm;

use crate::backend::SveInsn;

/// One chunked loop: `$insn` on `z0` (destructive, `z0` = first operand) and
/// `z1` (the second operand; the one-source forms are given `b = a` and do not
/// read it), over `n` bytes at `a`, `b`, `o`.
macro_rules! sve_loop {
    ($insn:literal, $a:ident, $b:ident, $o:ident, $n:ident) => {
        asm!(
            "mov {i}, #0",
            "whilelo p0.b, {i}, {n}",
            "2:",
            "ld1b {{z0.b}}, p0/z, [{a}, {i}]",
            "ld1b {{z1.b}}, p0/z, [{b}, {i}]",
            $insn,
            "st1b {{z0.b}}, p0, [{o}, {i}]",
            "incb {i}",
            "whilelo p0.b, {i}, {n}",
            "b.first 2b",
            i = out(reg) _,
            n = in(reg) $n,
            a = in(reg) $a,
            b = in(reg) $b,
            o = in(reg) $o,
            out("v0") _,
            out("v1") _,
            out("p0") _,
            options(nostack),
        )
    };
}

/// Defines one `#[target_feature]` function per family: `op(insn, a, b, o, n)`
/// for the instructions of that family (`false` for another family's key).
macro_rules! family {
    ($(#[$doc:meta])* $name:ident, $feature:literal, { $($key:ident => $insn:literal,)* }) => {
        $(#[$doc])*
        ///
        /// # Safety
        #[doc = concat!("The CPU must have ", $feature, "; `a`, `b` (`a` again for the one-source forms) and `o` address `n` bytes each, `n` a multiple of 16; `o` may equal `a` or `b`.")]
        #[target_feature(enable = $feature)]
        unsafe fn $name(insn: SveInsn, a: *const u8, b: *const u8, o: *mut u8, n: usize) -> bool {
            // SAFETY: the caller guarantees the feature and the n bytes at each
            // pointer; every access is predicated to them (`whilelo`), and the
            // registers written are declared clobbered.
            unsafe {
                match insn {
                    $(SveInsn::$key => sve_loop!($insn, a, b, o, n),)*
                    _ => return false,
                }
            }
            true
        }
    };
}

family!(
    /// AESE, AESD, AESMC, AESIMC, PMULLB.Q, PMULLT.Q.
    aes, "sve2-aes", {
        Aese => "aese z0.b, z0.b, z1.b",
        Aesd => "aesd z0.b, z0.b, z1.b",
        Aesmc => "aesmc z0.b, z0.b",
        Aesimc => "aesimc z0.b, z0.b",
        Pmullb => "pmullb z0.q, z0.d, z1.d",
        Pmullt => "pmullt z0.q, z0.d, z1.d",
    }
);
family!(
    /// RAX1.
    sha3, "sve2-sha3", {
        Rax1 => "rax1 z0.d, z0.d, z1.d",
    }
);
family!(
    /// SM4E, SM4EKEY.
    sm4, "sve2-sm4", {
        Sm4e => "sm4e z0.s, z0.s, z1.s",
        Sm4ekey => "sm4ekey z0.s, z0.s, z1.s",
    }
);

/// Which family runs `insn` (the native backend checks its feature bit).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// FEAT_SVE_AES and FEAT_SVE_PMULL128.
    Aes,
    /// FEAT_SVE_SHA3.
    Sha3,
    /// FEAT_SVE_SM4.
    Sm4,
}

/// The family of `insn`.
#[inline]
pub(crate) fn family_of(insn: SveInsn) -> Family {
    match insn {
        SveInsn::Rax1 => Family::Sha3,
        SveInsn::Sm4e | SveInsn::Sm4ekey => Family::Sm4,
        _ => Family::Aes,
    }
}

/// Runs `insn` on the segments; `false` (nothing written) for a key this file
/// does not answer.
///
/// # Safety
/// The CPU must have the feature of `family_of(insn)`; the slices have equal
/// lengths (`b` is `a` for the one-source forms, whose instruction does not
/// read it).
#[inline]
pub(crate) unsafe fn run(insn: SveInsn, a: &[u128], b: &[u128], out: &mut [u128]) -> bool {
    debug_assert!(a.len() == out.len() && b.len() == out.len());
    let n = 16 * out.len();
    let (pa, pb, po) = (
        a.as_ptr().cast::<u8>(),
        b.as_ptr().cast::<u8>(),
        out.as_mut_ptr().cast::<u8>(),
    );
    // SAFETY: the caller guarantees the feature; each pointer addresses `n`
    // bytes (16 per segment, equal lengths).
    unsafe {
        match family_of(insn) {
            Family::Aes => aes(insn, pa, pb, po, n),
            Family::Sha3 => sha3(insn, pa, pb, po, n),
            Family::Sm4 => sm4(insn, pa, pb, po, n),
        }
    }
}
