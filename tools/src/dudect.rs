//! `crypto-insn dudect`: a dudect-style statistical timing test (Reparaz, Balasch
//! and Verbauwhede, "Dude, is my code constant time?", DATE 2017).
//!
//! Two input classes are interleaved at random: class 0 runs the instruction on a
//! fixed state, class 1 on a fresh random state (same fixed key). Each
//! measurement times a batch of calls with the cycle counter (`rdtsc` on x86-64,
//! `Instant` elsewhere). Welch's t statistic compares the two timing
//! distributions, for the raw data and for data cropped at several percentiles
//! (long tails from interrupts hide small effects). `|t| > 4.5` is the usual
//! "leak detected" threshold; below it no leak was detected at this sample size.

use std::hint::black_box;

use crypto_insn::backend::{Choice, Dynamic};
use crypto_insn::registry::Shape;
use crypto_insn::vector::{Arch, Lookup, Op, Value, lookup};
use crypto_insn_testutil::Rng;

/// Calls per measurement (amortises the counter's own cost).
const BATCH: usize = 8;

/// Fewer measurements than this are refused: the statistic means nothing.
const MIN_SAMPLES: usize = 1000;

/// Below this many measurements a "no difference" is reported as too small
/// a sample to tell.
const CONFIDENT_SAMPLES: usize = 1_000_000;

/// A cycle (or nanosecond) counter.
#[inline(always)]
fn now() -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: LFENCE (SSE2) and RDTSC exist on every x86-64 CPU; the fence
        // keeps earlier instructions from overlapping the counter read.
        #[allow(unused_unsafe)]
        unsafe {
            core::arch::x86_64::_mm_lfence();
            let t = core::arch::x86_64::_rdtsc();
            core::arch::x86_64::_mm_lfence();
            t
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        use std::sync::OnceLock;
        use std::time::Instant;
        static START: OnceLock<Instant> = OnceLock::new();
        START.get_or_init(Instant::now).elapsed().as_nanos() as u64
    }
}

/// Welch's t for two samples.
fn welch_t(a: &[f64], b: &[f64]) -> f64 {
    let stats = |x: &[f64]| {
        let n = x.len() as f64;
        let mean = x.iter().sum::<f64>() / n;
        let var = x.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n - 1.0);
        (n, mean, var)
    };
    let (na, ma, va) = stats(a);
    let (nb, mb, vb) = stats(b);
    (ma - mb) / (va / na + vb / nb).sqrt()
}

/// The result of one test.
pub struct Outcome {
    /// Largest |t| over the crops.
    pub max_t: f64,
    /// (crop percentile, |t|, samples kept).
    pub crops: Vec<(f64, f64, usize)>,
}

/// Measures `samples` batches of `op` on `backend`.
pub fn measure(backend: Dynamic, op: Op, samples: usize, seed: u64) -> Outcome {
    let mut rng = Rng::new(seed);
    let key = Value::xmm(rng.next_u128());
    let fixed = Value::xmm(0);
    let imm = 0x36;
    // All classes and inputs are drawn before measuring, so both classes run
    // exactly the same code between the counter reads.
    let classes: Vec<u8> = (0..samples).map(|_| (rng.next_u64() & 1) as u8).collect();
    let inputs: Vec<[Value; 2]> = classes
        .iter()
        .map(|&c| {
            [
                if c == 0 {
                    fixed
                } else {
                    Value::xmm(rng.next_u128())
                },
                key,
            ]
        })
        .collect();
    // Warm up caches and predictors.
    for srcs in inputs.iter().take(10_000) {
        black_box(op.execute(backend, imm, black_box(srcs)));
    }
    let mut cycles = vec![0u64; samples];
    for (srcs, t) in inputs.iter().zip(cycles.iter_mut()) {
        let t0 = now();
        for _ in 0..BATCH {
            black_box(op.execute(backend, imm, black_box(srcs)));
        }
        *t = now().wrapping_sub(t0);
    }
    let times: Vec<(u8, f64)> = classes
        .iter()
        .zip(&cycles)
        .map(|(&c, &t)| (c, t as f64))
        .collect();
    // Crops by rank, not by value: the counter's values repeat, and a value
    // threshold would keep the same samples for several percentiles.
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by(|&i, &j| times[i].1.total_cmp(&times[j].1).then(i.cmp(&j)));
    let mut crops = Vec::new();
    for pct in [100.0, 99.0, 95.0, 90.0, 75.0, 50.0] {
        let keep = ((order.len() as f64 * pct / 100.0) as usize).clamp(1, order.len());
        let kept = &order[..keep];
        let a: Vec<f64> = kept
            .iter()
            .filter(|&&i| times[i].0 == 0)
            .map(|&i| times[i].1)
            .collect();
        let b: Vec<f64> = kept
            .iter()
            .filter(|&&i| times[i].0 == 1)
            .map(|&i| times[i].1)
            .collect();
        if a.len() > 2 && b.len() > 2 {
            crops.push((pct, welch_t(&a, &b).abs(), a.len() + b.len()));
        }
    }
    let max_t = crops.iter().map(|c| c.1).fold(0.0, f64::max);
    Outcome { max_t, crops }
}

/// Runs the command; returns the exit status (0 no leak detected, 1 leak detected).
pub fn run(arch: Arch, choice: Choice, mnemonic: &str, samples: usize, seed: u64) -> u8 {
    let backend = match choice.resolve() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("crypto-insn: {e}");
            return 2;
        }
    };
    if samples < MIN_SAMPLES {
        eprintln!(
            "crypto-insn: dudect: --samples {samples} is too few (at least {MIN_SAMPLES}; 1,000,000 or more to see small effects)"
        );
        return 2;
    }
    let op = match lookup(arch, mnemonic) {
        Lookup::Supported(op, _)
            if matches!(op.shape(), Shape::R1 | Shape::R1I | Shape::R2 | Shape::R2I) =>
        {
            op
        }
        _ => {
            eprintln!(
                "crypto-insn: dudect: '{mnemonic}' is not a supported 128-bit {arch} instruction"
            );
            return 2;
        }
    };
    let out = measure(backend, op, samples, seed);
    println!(
        "dudect: {arch} {op} on backend {backend}, {samples} measurements of {BATCH} calls, fixed vs random state"
    );
    println!("{:>8} {:>10} {:>10}", "crop %", "kept", "|t|");
    for (pct, t, kept) in &out.crops {
        println!("{pct:>8.0} {kept:>10} {t:>10.2}");
    }
    let verdict = if out.max_t > 4.5 {
        "timing depends on the input (|t| > 4.5): leak detected".to_string()
    } else if samples < CONFIDENT_SAMPLES {
        format!(
            "no timing difference detected (|t| <= 4.5), but {samples} measurements can only show large effects: too few to call it constant-time (use {CONFIDENT_SAMPLES} or more)"
        )
    } else {
        "no timing difference detected (|t| <= 4.5)".to_string()
    };
    println!("max |t| = {:.2}: {verdict}", out.max_t);
    u8::from(out.max_t > 4.5)
}
