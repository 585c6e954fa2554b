//! AES fragments on x86-64 AES-NI (plus SSSE3 `pshufb` for SubBytes alone).
//!
//! Each fragment is an always-inlined `extern "C"` function on `__m128i` made
//! of the instruction(s) themselves, written as inline assembly: an intrinsic
//! inlines only into a caller compiled with its target feature, so in a build
//! for the x86-64 baseline with run-time detection every fragment used to cost
//! a direct call (and its frame); an `asm!` block inlines anywhere, and the
//! helper is the instruction after the one-byte check of the cached CPU
//! detection (none at all through a [`super::Native`] token). The conversion
//! between `u128` and `__m128i` (plain SSE2) is inlined with it, so a `u128`
//! loaded from an emulator's register file goes straight into an XMM register.
//!
//! x86-64 is little-endian, so a `u128` and an `__m128i` holding the same register
//! have the same bytes in memory; `transmute` between them is a plain bit copy that
//! keeps bit `i` as bit `i`.

use core::arch::x86_64::{__m128i, _mm_setr_epi8, _mm_xor_si128};

/// The vector type of this backend.
pub(crate) type V = __m128i;

/// `u128` register value to `__m128i` (plain SSE2, inlines anywhere).
#[inline(always)]
pub(crate) fn to_v(v: u128) -> V {
    // SAFETY: both types are 16 bytes of plain data; on little-endian x86-64 the
    // bytes of a u128 are its memory bytes, which is also what the XMM register holds.
    unsafe { core::mem::transmute::<u128, __m128i>(v) }
}

/// `__m128i` to `u128` register value.
#[inline(always)]
pub(crate) fn from_v(v: V) -> u128 {
    // SAFETY: as in `to_v`.
    unsafe { core::mem::transmute::<__m128i, u128>(v) }
}

/// One AES-NI / SSSE3 instruction `insn dst, src` (`dst` read and written) as
/// an inline-assembly block: it inlines into any caller, whatever target
/// features the caller was compiled with (an intrinsic needs a caller with the
/// feature enabled, or else stays a call), so that an emulator's helper built
/// for the x86-64 baseline with run-time detection is the instruction itself.
macro_rules! insn2 {
    ($(#[$doc:meta])* $name:ident, $insn:literal) => {
        $(#[$doc])*
        #[inline(always)]
        fn $name(mut d: V, s: V) -> V {
            // SAFETY: register operands only, no memory, no stack, no flags;
            // the instruction exists on the CPU (every caller is a fragment,
            // whose own caller guarantees the features).
            unsafe {
                core::arch::asm!(concat!($insn, " {d}, {s}"), d = inout(xmm_reg) d, s = in(xmm_reg) s,
                    options(pure, nomem, nostack, preserves_flags))
            };
            d
        }
    };
}
insn2!(
    /// AESENC.
    aesenc, "aesenc"
);
insn2!(
    /// AESENCLAST.
    aesenclast, "aesenclast"
);
insn2!(
    /// AESDEC.
    aesdec, "aesdec"
);
insn2!(
    /// AESDECLAST.
    aesdeclast, "aesdeclast"
);
insn2!(
    /// AESIMC (`d` is written only; its input is ignored).
    aesimc_into, "aesimc"
);
insn2!(
    /// SSSE3 PSHUFB: byte `i` of the result is byte `s[i] & 15` of `d` (zero
    /// where bit 7 of `s[i]` is set).
    pshufb, "pshufb"
);

/// Sixteen zero bytes, 16-byte aligned (a legacy-SSE memory operand must be).
#[repr(C, align(16))]
struct Zero([u8; 16]);

/// The all-zero round key of the `*_zero` instructions.
static ZERO_KEY: Zero = Zero([0; 16]);

/// One AES-NI round instruction with an all-zero round key read from
/// memory, so the zero costs no instruction (a register zero is a PXOR): the
/// Arm AESE/AESD forms, MixColumns alone and SubBytes alone run one
/// instruction fewer.
macro_rules! insn_zero_key {
    ($(#[$doc:meta])* $name:ident, $insn:literal) => {
        $(#[$doc])*
        #[inline(always)]
        fn $name(mut d: V) -> V {
            // SAFETY: reads the 16 aligned bytes of a static and nothing else;
            // no stack, no flags; the instruction exists on the CPU (see
            // `insn2!`).
            unsafe {
                core::arch::asm!(concat!($insn, " {d}, xmmword ptr [rip + {z}]"), d = inout(xmm_reg) d,
                    z = sym ZERO_KEY, options(pure, readonly, nostack, preserves_flags))
            };
            d
        }
    };
}
insn_zero_key!(
    /// AESENCLAST with round key 0: `SR(SB(d))`.
    aesenclast_zero, "aesenclast"
);
insn_zero_key!(
    /// AESDECLAST with round key 0: `ISB(ISR(d))`.
    aesdeclast_zero, "aesdeclast"
);
insn_zero_key!(
    /// AESENC with round key 0: `MC(SR(SB(d)))`.
    aesenc_zero, "aesenc"
);

/// AESIMC.
#[inline(always)]
fn aesimc(s: V) -> V {
    aesimc_into(s, s)
}

/// AESKEYGENASSIST with imm8 = 0.
#[inline(always)]
fn aeskeygenassist0(s: V) -> V {
    let d: V;
    // SAFETY: register operands only, no memory, no stack, no flags; the
    // instruction exists on the CPU (see `insn2!`).
    unsafe {
        core::arch::asm!("aeskeygenassist {d}, {s}, 0", d = lateout(xmm_reg) d, s = in(xmm_reg) s,
            options(pure, nomem, nostack, preserves_flags))
    };
    d
}

/// Defines one vector-level fragment: an `extern "C"` function on `__m128i`
/// made of the inline-assembly instructions above, always inlined.
macro_rules! fragment {
    ($(#[$doc:meta])* $name:ident, $features:literal, |$($a:ident),*| $body:expr) => {
        $(#[$doc])*
        ///
        /// # Safety
        #[doc = concat!("The CPU must have ", $features, ".")]
        // `__m128i` in `extern "C"` is what moves the operands in XMM registers
        // where a fragment is not inlined: both sides are this crate's Rust
        // code, compiled with SSE2 (the x86-64 baseline), so the lint's concern
        // (a foreign caller's ABI) does not apply.
        #[allow(improper_ctypes_definitions)]
        #[inline(always)]
        pub(crate) unsafe extern "C" fn $name($($a: V),*) -> V {
            // SAFETY: SSE2 intrinsics only besides the assembly (baseline on
            // x86-64; Rust before 1.87 requires the block for them).
            #[allow(unused_unsafe)]
            unsafe {
                $body
            }
        }
    };
}

fragment!(
    /// AESENCLAST: `SR(SB(s)) ^ k`.
    sb_sr_ak, "aes", |s, k| aesenclast(s, k)
);
fragment!(
    /// AESENC: `MC(SR(SB(s))) ^ k`.
    sb_sr_mc_ak, "aes", |s, k| aesenc(s, k)
);
fragment!(
    /// AESDECLAST: `ISB(ISR(s)) ^ k`.
    isb_isr_ak, "aes", |s, k| aesdeclast(s, k)
);
fragment!(
    /// AESDEC: `IMC(ISB(ISR(s))) ^ k`.
    isb_isr_imc_ak, "aes", |s, k| aesdec(s, k)
);
fragment!(
    /// `IMC(ISB(ISR(s)) ^ k)` = AESIMC(AESDECLAST(s, k)).
    isb_isr_ak_imc, "aes", |s, k| aesimc(aesdeclast(s, k))
);
fragment!(
    /// Arm AESE's order, `SR(SB(s ^ k))` = AESENCLAST(s ^ k, 0).
    ak_sb_sr, "aes", |s, k| aesenclast_zero(_mm_xor_si128(s, k))
);
fragment!(
    /// Arm AESD's order, `ISB(ISR(s ^ k))` = AESDECLAST(s ^ k, 0).
    ak_isb_isr, "aes", |s, k| aesdeclast_zero(_mm_xor_si128(s, k))
);
fragment!(
    /// MixColumns alone: AESENC(AESDECLAST(s, 0), 0). AESDECLAST undoes SubBytes
    /// and ShiftRows, AESENC redoes them and adds MixColumns.
    mc, "aes", |s| aesenc_zero(aesdeclast_zero(s))
);
fragment!(
    /// InvMixColumns: AESIMC.
    imc, "aes", |s| aesimc(s)
);
fragment!(
    /// SubBytes alone: AESENCLAST(InvShiftRows(s), 0), InvShiftRows by `pshufb`
    /// (result byte `i` = source byte `idx[i]`). SubBytes works byte by byte, so it
    /// commutes with the permutation, which AESENCLAST's ShiftRows then undoes.
    sb, "aes,ssse3", |s| {
        let isr = _mm_setr_epi8(0, 13, 10, 7, 4, 1, 14, 11, 8, 5, 2, 15, 12, 9, 6, 3);
        aesenclast_zero(pshufb(s, isr))
    }
);
fragment!(
    /// AESKEYGENASSIST with a run-time immediate, given as `rc = RCON << 32 |
    /// RCON << 96`.
    ///
    /// The intrinsic wants the immediate at compile time, but the immediate only
    /// enters as `RCON = ZeroExtend(imm8)` XORed into dwords 1 and 3, so
    /// `AESKEYGENASSIST(s, imm) = AESKEYGENASSIST(s, 0) ^ (imm << 32 | imm << 96)`:
    /// one instruction and one XOR, no branch on the immediate.
    aeskeygenassist, "aes", |src, rc| _mm_xor_si128(aeskeygenassist0(src), rc)
);

/// AESKEYGENASSIST with its immediate fixed at compile time: the one
/// instruction, `RCON` encoded as its imm8 (no XOR after it), for emulators
/// that know the immediate when they translate the guest instruction.
///
/// # Safety
/// The CPU must have aes.
// As `fragment!`: `__m128i` in `extern "C"` between this crate's own functions.
#[allow(improper_ctypes_definitions)]
#[inline(always)]
pub(crate) unsafe extern "C" fn aeskeygenassist_const<const RCON: u8>(src: V) -> V {
    let d: V;
    // SAFETY: register operands only, no memory, no stack, no flags; the caller
    // guarantees the instruction exists on the CPU.
    unsafe {
        core::arch::asm!("aeskeygenassist {d}, {s}, {imm}", d = lateout(xmm_reg) d, s = in(xmm_reg) src,
            imm = const RCON, options(pure, nomem, nostack, preserves_flags))
    };
    d
}
