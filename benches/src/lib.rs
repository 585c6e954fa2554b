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
