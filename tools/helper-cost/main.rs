//! Per-call cost of the emulator shape `regs[d] = op(regs[d], regs[s])` through
//! the public API (run-time detection build), for callgrind (`--toggle-collect`)
//! and a median-of-runs timing.
use crypto_insn::{arm, x86};
use std::hint::black_box;
use std::time::Instant;

const N: usize = 1_000_000;

macro_rules! shapes {
    ($($name:ident => |$a:ident, $b:ident| $e:expr;)*) => {
        $(
            #[inline(never)]
            fn $name(regs: &mut [u128; 32], d: usize, s: usize) {
                let ($a, $b) = (regs[d], regs[s]);
                regs[d] = $e;
            }
        )*
        const ALL: &[(&str, fn(&mut [u128; 32], usize, usize))] = &[$((stringify!($name), $name)),*];
    };
}

shapes! {
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
}

fn main() {
    let only = std::env::args().nth(1);
    let mut regs = [0u128; 32];
    for (i, r) in regs.iter_mut().enumerate() {
        *r = (i as u128 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834);
    }
    for (name, f) in ALL {
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
        println!("{name:<22} {:>6.2} ns/call (median of 7 x {N})", times[3]);
    }
    black_box(regs);
}
