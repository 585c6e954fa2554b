//! Shared shapes for the criterion benchmarks in `benches/benches/`.
//!
//! - `latency`: a dependent chain `s = op(s, k)`, [`CHAIN`] operations per
//!   iteration, the state carried from one iteration to the next (with a fresh
//!   state per iteration the out-of-order core would overlap the chains);
//! - `throughput`: [`LANES`] independent states, [`ROUNDS`] passes per iteration;
//! - `emulator`: an `#[inline(never)]` helper `regs[d] = op(regs[d], regs[s])` on
//!   a `[u128; 32]` register file, [`CHAIN`] calls per iteration.
//!
//! `tools/bench-table.py` divides criterion's time per iteration by these counts.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkGroup, Criterion, measurement::WallTime};

/// Operations per iteration in the latency and emulator shapes.
pub const CHAIN: usize = 64;
/// Independent states in the throughput shape.
pub const LANES: usize = 8;
/// Passes over the states per throughput iteration.
pub const ROUNDS: usize = 16;

/// A state to start from (the Intel white paper's AESENC state).
pub const S0: u128 = 0x7b5b_5465_7374_5665_6374_6f72_5d53_475d;
/// A second operand (the white paper's round key).
pub const K0: u128 = 0x4869_2853_6861_7929_5b47_7565_726f_6e5d;

/// Operand indices for the emulator shape: destination and source registers.
#[must_use]
pub fn operands() -> [(usize, usize); CHAIN] {
    core::array::from_fn(|i| ((i * 5 + 1) % 32, (i * 11 + 7) % 32))
}

/// A register file with distinct values.
#[must_use]
pub fn regfile() -> [u128; 32] {
    core::array::from_fn(|i| S0.rotate_left(i as u32 * 7) ^ K0.wrapping_mul(i as u128 + 1))
}

/// A benchmark group with short warm-up and measurement times (the suite has
/// a few hundred benchmarks).
pub fn configure<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(name);
    g.warm_up_time(Duration::from_millis(300));
    g.measurement_time(Duration::from_millis(900));
    g.sample_size(30);
    g
}

/// The latency and throughput shapes for one implementation `f(s, k)`.
pub fn shapes(
    g: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    f: impl Fn(u128, u128) -> u128 + Copy,
) {
    g.bench_function(format!("latency/{id}"), |bch| {
        let mut s = black_box(S0);
        let k = black_box(K0);
        bch.iter(|| {
            for _ in 0..CHAIN {
                s = f(s, k);
            }
            s
        })
    });
    g.bench_function(format!("throughput/{id}"), |bch| {
        let mut s: [u128; LANES] = black_box(core::array::from_fn(|i| S0 ^ i as u128));
        let k = black_box(K0);
        bch.iter(|| {
            for _ in 0..ROUNDS {
                for x in s.iter_mut() {
                    *x = f(*x, k);
                }
            }
            s[0]
        })
    });
}

/// The emulator shape for a non-inlined helper.
pub fn emulator(
    g: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    helper: fn(&mut [u128; 32], usize, usize),
) {
    let ops = operands();
    g.bench_function(format!("emulator/{id}"), |bch| {
        let mut regs = regfile();
        bch.iter(|| {
            for &(d, s) in &ops {
                helper(black_box(&mut regs), d, s);
            }
        })
    });
}

/// Conversions between register values and `__m128i` for the raw-intrinsic
/// baselines (unaligned 16-byte loads and stores: memory byte i is bits 8i+7..8i).
#[cfg(target_arch = "x86_64")]
pub mod raw_x86 {
    use core::arch::x86_64::{__m128i, _mm_loadu_si128, _mm_storeu_si128};

    /// The register value as an `__m128i`.
    #[inline(always)]
    #[must_use]
    pub fn m(v: u128) -> __m128i {
        let b = v.to_le_bytes();
        // SAFETY: 16 readable bytes, unaligned load (SSE2, baseline on x86_64).
        unsafe { _mm_loadu_si128(b.as_ptr().cast()) }
    }

    /// The `__m128i` as a register value.
    #[inline(always)]
    #[must_use]
    pub fn u(v: __m128i) -> u128 {
        let mut b = [0u8; 16];
        // SAFETY: 16 writable bytes, unaligned store (SSE2, baseline on x86_64).
        unsafe { _mm_storeu_si128(b.as_mut_ptr().cast(), v) };
        u128::from_le_bytes(b)
    }
}

/// Defines the raw-intrinsic `latency`, `throughput` and `emulator` shapes in
/// the invoking module, over that module's
/// `unsafe fn op<const O: usize>(__m128i, __m128i) -> __m128i`, each compiled
/// with the given target features (the caller must have detected them).
#[cfg(target_arch = "x86_64")]
#[macro_export]
macro_rules! raw_x86_shapes {
    ($features:literal) => {
        /// Latency chain, continuing from `*state`.
        #[target_feature(enable = $features)]
        pub unsafe fn latency<const O: usize>(state: &mut u128) {
            use $crate::raw_x86::{m, u};
            let (mut s, k) = (m(*state), m($crate::K0));
            for _ in 0..$crate::CHAIN {
                // SAFETY: this function has the features `op` needs.
                s = unsafe { op::<O>(s, k) };
            }
            *state = u(s);
        }

        /// Independent states, continuing from `*states`.
        #[target_feature(enable = $features)]
        pub unsafe fn throughput<const O: usize>(states: &mut [u128; $crate::LANES]) {
            use $crate::raw_x86::{m, u};
            let mut x: [core::arch::x86_64::__m128i; $crate::LANES] =
                core::array::from_fn(|i| m(states[i]));
            let k = m($crate::K0);
            for _ in 0..$crate::ROUNDS {
                for v in x.iter_mut() {
                    // SAFETY: this function has the features `op` needs.
                    *v = unsafe { op::<O>(*v, k) };
                }
            }
            *states = core::array::from_fn(|i| u(x[i]));
        }

        /// `regs[d] = op(regs[d], regs[s])`, not inlined.
        #[inline(never)]
        #[target_feature(enable = $features)]
        pub unsafe fn emulator<const O: usize>(regs: &mut [u128; 32], d: usize, s: usize) {
            use core::arch::x86_64::{_mm_loadu_si128, _mm_storeu_si128};
            let p = regs.as_mut_ptr();
            // SAFETY: indices are masked into range; loadu/storeu need no
            // alignment; this function has the features `op` needs.
            unsafe {
                let a = _mm_loadu_si128(p.add(d & 31).cast());
                let b = _mm_loadu_si128(p.add(s & 31).cast());
                _mm_storeu_si128(p.add(d & 31).cast(), op::<O>(a, b));
            }
        }
    };
}
