//! AES instruction helpers, side by side with the raw host intrinsic and the
//! `aes` crate's hazmat functions, in three shapes:
//!
//! - `latency`: a dependent chain `s = op(s, k)`, 64 operations per iteration;
//! - `throughput`: 8 independent states, 8 x 16 operations per iteration;
//! - `emulator`: an `#[inline(never)]` helper `regs[d] = op(regs[d], regs[s])` on
//!   a `[u128; 32]` register file, 64 calls per iteration.
//!
//! Every benchmark reports time per iteration; `tools/bench-table.py` divides by
//! the operations per iteration and prints the ratio to the raw intrinsic.
//! Helpers are measured per backend (`auto`, `soft`, and any other backend the
//! host has), all in one run.

use std::hint::black_box;

use criterion::{
    BenchmarkGroup, Criterion, criterion_group, criterion_main, measurement::WallTime,
};
use crypto_insn::arm::Arm;
use crypto_insn::backend::{Auto, Backend, Ct, Native, Soft};
use crypto_insn::compose::{Composed, Via};
use crypto_insn::x86::X86;
use crypto_insn_benches::{
    CHAIN, K0, LANES, ROUNDS, S0, configure, emulator, operands, regfile, shapes,
};

/// The ten helpers, as const-generic op numbers so that every benchmark is
/// monomorphised for its op (no run-time match in the measured loop).
const AESENC: usize = 0;
const AESENCLAST: usize = 1;
const AESDEC: usize = 2;
const AESDECLAST: usize = 3;
const AESIMC: usize = 4;
const AESKEYGENASSIST: usize = 5;
const AESE: usize = 6;
const AESD: usize = 7;
const AESMC: usize = 8;
const ARM_AESIMC: usize = 9;

const NAMES: [&str; 10] = [
    "x86 aesenc",
    "x86 aesenclast",
    "x86 aesdec",
    "x86 aesdeclast",
    "x86 aesimc",
    "x86 aeskeygenassist",
    "arm aese",
    "arm aesd",
    "arm aesmc",
    "arm aesimc",
];

/// Calls op `O` of backend `b`.
#[inline(always)]
fn helper<B: Backend, const O: usize>(b: B, s: u128, k: u128) -> u128 {
    match O {
        AESENC => X86(b).aesenc(s, k),
        AESENCLAST => X86(b).aesenclast(s, k),
        AESDEC => X86(b).aesdec(s, k),
        AESDECLAST => X86(b).aesdeclast(s, k),
        AESIMC => X86(b).aesimc(s),
        // The immediate comes from the key so that it is not a constant.
        AESKEYGENASSIST => X86(b).aeskeygenassist(s, k as u8),
        AESE => Arm(b).aese(s, k),
        AESD => Arm(b).aesd(s, k),
        AESMC => Arm(b).aesmc(s),
        _ => Arm(b).aesimc(s),
    }
}

/// The emulator-shape helper: `regs[d] = op(regs[d], regs[s])`, not inlined.
#[inline(never)]
fn emu<B: Backend + Default, const O: usize>(regs: &mut [u128; 32], d: usize, s: usize) {
    regs[d & 31] = helper::<B, O>(B::default(), regs[d & 31], regs[s & 31]);
}

/// Raw AES-NI in each shape: the same operations as the helpers, written with
/// `core::arch` intrinsics (for the Arm ops, the equivalent AES-NI sequence).
#[cfg(target_arch = "x86_64")]
mod raw {
    use super::*;
    use core::arch::x86_64::*;
    use crypto_insn_benches::raw_x86::{m, u};

    /// The intrinsic sequence for op `O`.
    #[inline(always)]
    unsafe fn op<const O: usize>(s: __m128i, k: __m128i) -> __m128i {
        // SAFETY (whole body): callers have `#[target_feature(enable = "aes")]` and
        // only run after `is_x86_feature_detected!("aes")`.
        unsafe {
            let z = _mm_setzero_si128();
            match O {
                AESENC => _mm_aesenc_si128(s, k),
                AESENCLAST => _mm_aesenclast_si128(s, k),
                AESDEC => _mm_aesdec_si128(s, k),
                AESDECLAST => _mm_aesdeclast_si128(s, k),
                AESIMC => _mm_aesimc_si128(s),
                // A variable immediate is not expressible; 0x01 measures the instruction.
                AESKEYGENASSIST => _mm_aeskeygenassist_si128::<0x01>(s),
                AESE => _mm_aesenclast_si128(_mm_xor_si128(s, k), z),
                AESD => _mm_aesdeclast_si128(_mm_xor_si128(s, k), z),
                AESMC => _mm_aesenc_si128(_mm_aesdeclast_si128(s, z), z),
                _ => _mm_aesimc_si128(s),
            }
        }
    }

    crypto_insn_benches::raw_x86_shapes!("aes");

    /// `blocks` chained AES-128 encryptions with raw AESENC/AESENCLAST.
    #[target_feature(enable = "aes")]
    pub unsafe fn aes128_chain(state: &mut u128, keys: &[u128], blocks: usize) {
        let k: [__m128i; 11] = core::array::from_fn(|i| m(keys[i]));
        let mut s = m(*state);
        for _ in 0..blocks {
            s = _mm_xor_si128(s, k[0]);
            for rk in &k[1..10] {
                s = _mm_aesenc_si128(s, *rk);
            }
            s = _mm_aesenclast_si128(s, k[10]);
        }
        *state = u(s);
    }

    pub fn available() -> bool {
        std::is_x86_feature_detected!("aes")
    }
}

/// The `aes` crate's hazmat round functions where one matches the op.
fn hazmat(o: usize) -> Option<fn(&mut aes::Block, &aes::Block)> {
    use aes::hazmat as hz;
    match o {
        AESENC => Some(hz::cipher_round),
        AESDEC => Some(hz::equiv_inv_cipher_round),
        AESMC => Some(|b, _| hz::mix_columns(b)),
        AESIMC | ARM_AESIMC => Some(|b, _| hz::inv_mix_columns(b)),
        _ => None,
    }
}

fn bench_hazmat(g: &mut BenchmarkGroup<'_, WallTime>, f: fn(&mut aes::Block, &aes::Block)) {
    let k = aes::Block::from(K0.to_le_bytes());
    g.bench_function("latency/aes-hazmat", |bch| {
        let mut s = aes::Block::from(black_box(S0).to_le_bytes());
        bch.iter(|| {
            for _ in 0..CHAIN {
                f(&mut s, &k);
            }
        })
    });
    g.bench_function("throughput/aes-hazmat", |bch| {
        let mut s: [aes::Block; LANES] =
            core::array::from_fn(|i| aes::Block::from((black_box(S0) ^ i as u128).to_le_bytes()));
        bch.iter(|| {
            for _ in 0..ROUNDS {
                for x in s.iter_mut() {
                    f(x, &k);
                }
            }
        })
    });
    let ops = operands();
    g.bench_function("emulator/aes-hazmat", |bch| {
        let mut regs = regfile();
        #[inline(never)]
        fn h(f: fn(&mut aes::Block, &aes::Block), regs: &mut [u128; 32], d: usize, s: usize) {
            let mut b = aes::Block::from(regs[d & 31].to_le_bytes());
            let k = aes::Block::from(regs[s & 31].to_le_bytes());
            f(&mut b, &k);
            regs[d & 31] = u128::from_le_bytes(b.into());
        }
        bch.iter(|| {
            for &(d, s) in &ops {
                h(f, black_box(&mut regs), d, s);
            }
        })
    });
}

fn bench_op<const O: usize>(c: &mut Criterion) {
    let mut g = configure(c, NAMES[O]);
    // `auto` is whatever this build and host choose: native when the CPU has it
    // (compile-time with target features, else run-time detected).
    shapes(&mut g, "auto", |s, k| helper::<Auto, O>(Auto, s, k));
    shapes(&mut g, "soft", |s, k| helper::<Soft, O>(Soft, s, k));
    shapes(&mut g, "ct", |s, k| helper::<Ct, O>(Ct, s, k));
    if let Ok(n) = Native::detect() {
        shapes(&mut g, "native", move |s, k| helper::<Native, O>(n, s, k));
    }
    emulator(&mut g, "auto", emu::<Auto, O>);
    emulator(&mut g, "soft", emu::<Soft, O>);
    emulator(&mut g, "ct", emu::<Ct, O>);
    #[cfg(target_arch = "x86_64")]
    if raw::available() {
        // SAFETY (three closures): AES-NI was detected just above.
        g.bench_function("latency/intrinsic", |bch| {
            let mut s = black_box(S0);
            bch.iter(|| unsafe { raw::latency::<O>(&mut s) })
        });
        g.bench_function("throughput/intrinsic", |bch| {
            let mut s: [u128; LANES] = black_box(core::array::from_fn(|i| S0 ^ i as u128));
            bch.iter(|| unsafe { raw::throughput::<O>(&mut s) })
        });
        let ops = operands();
        g.bench_function("emulator/intrinsic", |bch| {
            let mut regs = regfile();
            bch.iter(|| {
                for &(d, s) in &ops {
                    // SAFETY: AES-NI was detected just above.
                    unsafe { raw::emulator::<O>(black_box(&mut regs), d, s) };
                }
            })
        });
    }
    if let Some(f) = hazmat(O) {
        bench_hazmat(&mut g, f);
    }
    g.finish();
}

/// Whole AES-128 blocks, a dependent chain (each ciphertext is the next
/// plaintext), expanded key: the x86 helper composition on each backend against
/// ten raw AESENC/AESENCLAST. Reported per block.
fn whole_block(c: &mut Criterion) {
    const BLOCKS: usize = 16;
    let key: [u8; 16] = core::array::from_fn(|i| (i as u8).wrapping_mul(29) ^ 0x5a);
    let mut g = configure(c, "aes128 block");
    fn chain<B: Backend>(g: &mut BenchmarkGroup<'_, WallTime>, id: &str, b: B, key: &[u8]) {
        let aes = Composed::new(Via::X86, b, key).unwrap();
        g.bench_function(format!("latency/{id}"), |bch| {
            let mut s = black_box(S0);
            bch.iter(|| {
                for _ in 0..BLOCKS {
                    s = aes.encrypt(s);
                }
                s
            })
        });
    }
    chain(&mut g, "auto", Auto, &key);
    chain(&mut g, "soft", Soft, &key);
    chain(&mut g, "ct", Ct, &key);
    #[cfg(target_arch = "x86_64")]
    if raw::available() {
        let keys: Vec<u128> = Composed::new(Via::Block, Soft, &key)
            .unwrap()
            .round_keys()
            .to_vec();
        g.bench_function("latency/intrinsic", |bch| {
            let mut s = black_box(S0);
            // SAFETY: AES-NI was detected just above.
            bch.iter(|| unsafe { raw::aes128_chain(&mut s, &keys, BLOCKS) })
        });
    }
    g.finish();
}

fn helpers(c: &mut Criterion) {
    bench_op::<AESENC>(c);
    bench_op::<AESENCLAST>(c);
    bench_op::<AESDEC>(c);
    bench_op::<AESDECLAST>(c);
    bench_op::<AESIMC>(c);
    bench_op::<AESKEYGENASSIST>(c);
    bench_op::<AESE>(c);
    bench_op::<AESD>(c);
    bench_op::<AESMC>(c);
    bench_op::<ARM_AESIMC>(c);
}

criterion_group!(benches, helpers, whole_block);
criterion_main!(benches);
