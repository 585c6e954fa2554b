//! Per-call cost of the emulator shape `regs[d] = op(regs[d], regs[s])` through
//! the public API (run-time detection build), for callgrind (`--toggle-collect`)
//! and a median-of-runs timing.
//!
//! Three kinds of rows: `x86_aesenc` & co. call the default free functions
//! (`Auto`: a cached CPU check per call); `resolved_*` call through a
//! `Native` token the emulator resolved once at start-up (`X86(native)`, the
//! "resolved backend handle" of an emulator generic over its backend); `raw_*`
//! are the same helper written with the intrinsic in a `#[target_feature]`
//! function, the baseline. `resolved_*` and `raw_*` run only on a CPU with
//! AES-NI (this tool is x86-64 only).
#[cfg(feature = "resolved")]
use crypto_insn::backend::Native;
use crypto_insn::{arm, x86};
use std::hint::black_box;
use std::time::Instant;

const N: usize = 1_000_000;

macro_rules! shapes {
    ($list:ident: $($name:ident => |$a:ident, $b:ident| $e:expr;)*) => {
        $(
            #[inline(never)]
            fn $name(regs: &mut [u128; 32], d: usize, s: usize) {
                let ($a, $b) = (regs[d], regs[s]);
                regs[d] = $e;
            }
        )*
        pub(crate) const $list: &[(&str, fn(&mut [u128; 32], usize, usize))] = &[$((stringify!($name), $name)),*];
    };
}

shapes! { ALL:
    x86_aesenc => |a, b| x86::aesenc(a, b);
    x86_aesenclast => |a, b| x86::aesenclast(a, b);
    x86_aesdec => |a, b| x86::aesdec(a, b);
    x86_aesdeclast => |a, b| x86::aesdeclast(a, b);
    x86_aesimc => |a, b| x86::aesimc(a ^ b);
    x86_aeskeygenassist => |a, b| x86::aeskeygenassist(a, b as u8);
    arm_aese => |a, b| arm::aese(a, b);
    arm_aesd => |a, b| arm::aesd(a, b);
    arm_aesmc => |a, b| arm::aesmc(a ^ b);
    arm_aesimc => |a, b| arm::aesimc(a ^ b);
    x86_pclmulqdq => |a, b| x86::pclmulqdq(a, b, 0x11);
    x86_sha256rnds2 => |a, b| x86::sha256rnds2(a, b, a ^ b);
    x86_sha1rnds4 => |a, b| x86::sha1rnds4(a, b, 2);
    arm_sha256h => |a, b| arm::sha256h(a, b, a ^ b);
    arm_pmull => |a, b| arm::pmull(a, b);
    arm_sm4e => |a, b| arm::sm4e(a, b);
    arm_sm4ekey => |a, b| arm::sm4ekey(a, b);
    soft_arm_sm4e => |a, b| arm::Arm(crypto_insn::backend::Soft).sm4e(a, b);
}

/// The rows that need this checkout's API (`Native::assume_detected`), so
/// `compare.sh` (which builds this file against older checkouts too) leaves
/// them out: `resolved.sh` builds them (`--features resolved`).
#[cfg(feature = "resolved")]
mod resolved {
    use super::*;

    shapes! { RESOLVED:
    resolved_x86_aesenc => |a, b| x86::X86(native()).aesenc(a, b);
        resolved_x86_aesenclast => |a, b| x86::X86(native()).aesenclast(a, b);
        resolved_x86_aesdec => |a, b| x86::X86(native()).aesdec(a, b);
        resolved_x86_aesdeclast => |a, b| x86::X86(native()).aesdeclast(a, b);
        resolved_x86_aesimc => |a, b| x86::X86(native()).aesimc(a ^ b);
        resolved_x86_aeskeygenassist => |a, b| x86::X86(native()).aeskeygenassist(a, b as u8);
        resolved_arm_aese => |a, b| arm::Arm(native()).aese(a, b);
        resolved_arm_aesd => |a, b| arm::Arm(native()).aesd(a, b);
        resolved_arm_aesmc => |a, b| arm::Arm(native()).aesmc(a ^ b);
        resolved_arm_aesimc => |a, b| arm::Arm(native()).aesimc(a ^ b);
    }

    /// The token `main` checked once: what an emulator generic over its backend
    /// carries (a zero-sized value).
    #[inline(always)]
    fn native() -> Native {
        // SAFETY: `main` runs the `resolved_*` rows only after `Native::detect`
        // succeeded.
        unsafe { Native::assume_detected() }
    }

    /// The raw-intrinsic baselines: the same helper written with `core::arch` in
    /// a `#[target_feature]` function (what the benches' `emulator/intrinsic`
    /// rows are).
    pub(crate) mod raw {
        use core::arch::x86_64::*;

        #[inline(always)]
        fn m(v: u128) -> __m128i {
            // SAFETY: u128 and __m128i are 16 bytes of plain data; x86-64 is
            // little-endian, so the bytes are the register's memory bytes.
            unsafe { core::mem::transmute(v) }
        }
        #[inline(always)]
        fn u(v: __m128i) -> u128 {
            // SAFETY: as in `m`.
            unsafe { core::mem::transmute(v) }
        }
        macro_rules! raw {
            ($($name:ident => |$a:ident, $b:ident| $e:expr;)*) => {
                $(
                    /// # Safety
                    /// The CPU must have AES-NI and SSSE3.
                    #[inline(never)]
                    #[target_feature(enable = "aes,ssse3")]
                    pub unsafe fn $name(regs: &mut [u128; 32], d: usize, s: usize) {
                        let ($a, $b) = (m(regs[d]), m(regs[s]));
                        regs[d] = u($e);
                    }
                )*
                /// Every raw helper by name.
                pub const ALL: &[(&str, unsafe fn(&mut [u128; 32], usize, usize))] =
                    &[$((stringify!($name), $name)),*];
            };
        }
        raw! {
            raw_x86_aesenc => |a, b| _mm_aesenc_si128(a, b);
            raw_x86_aesenclast => |a, b| _mm_aesenclast_si128(a, b);
            raw_x86_aesdec => |a, b| _mm_aesdec_si128(a, b);
            raw_x86_aesdeclast => |a, b| _mm_aesdeclast_si128(a, b);
            raw_x86_aesimc => |a, b| _mm_aesimc_si128(_mm_xor_si128(a, b));
            // The immediate must be a constant here (a JIT encodes it).
            raw_x86_aeskeygenassist => |a, b| { let _ = b; _mm_aeskeygenassist_si128(a, 0x01) };
            raw_arm_aese => |a, b| _mm_aesenclast_si128(_mm_xor_si128(a, b), _mm_setzero_si128());
            raw_arm_aesd => |a, b| _mm_aesdeclast_si128(_mm_xor_si128(a, b), _mm_setzero_si128());
            raw_arm_aesmc => |a, b| {
                let z = _mm_setzero_si128();
                _mm_aesenc_si128(_mm_aesdeclast_si128(_mm_xor_si128(a, b), z), z)
            };
            raw_arm_aesimc => |a, b| _mm_aesimc_si128(_mm_xor_si128(a, b));
        }
    }
}

fn main() {
    let only = std::env::args().nth(1);
    let mut regs = [0u128; 32];
    for (i, r) in regs.iter_mut().enumerate() {
        *r = (i as u128 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834);
    }
    #[cfg(feature = "resolved")]
    let has_aes = Native::detect().is_ok();
    #[cfg(feature = "resolved")]
    let rows = ALL
        .iter()
        .chain(if has_aes { resolved::RESOLVED } else { &[] });
    #[cfg(not(feature = "resolved"))]
    let rows = ALL.iter();
    for (name, f) in rows {
        if only.as_deref().is_some_and(|o| o != *name) {
            continue;
        }
        let mut times = Vec::new();
        for _ in 0..7 {
            let t = Instant::now();
            for i in 0..N {
                f(black_box(&mut regs), i & 7, (i >> 3) & 7);
            }
            times.push(t.elapsed().as_secs_f64() / N as f64 * 1e9);
        }
        times.sort_by(f64::total_cmp);
        println!("{name:<28} {:>6.2} ns/call (median of 7 x {N})", times[3]);
    }
    #[cfg(feature = "resolved")]
    for (name, f) in resolved::raw::ALL {
        if !has_aes || only.as_deref().is_some_and(|o| o != *name) {
            continue;
        }
        let mut times = Vec::new();
        for _ in 0..7 {
            let t = Instant::now();
            for i in 0..N {
                // SAFETY: AES-NI and SSSE3 were detected (`has_aes`: the
                // native backend's token stands for both).
                unsafe { f(black_box(&mut regs), i & 7, (i >> 3) & 7) };
            }
            times.push(t.elapsed().as_secs_f64() / N as f64 * 1e9);
        }
        times.sort_by(f64::total_cmp);
        println!("{name:<28} {:>6.2} ns/call (median of 7 x {N})", times[3]);
    }
    black_box(regs);
}
