//! Latency of single x86-64 vector instructions on this CPU: a dependent
//! chain of 10^8 of each, timed in one process (what BENCHMARKS.md's
//! "Arm v8.2 on an x86 host" cites). A 1-cycle ADD chain calibrates the clock.
//!
//!     rustc -O tools/op-latency.rs -o /tmp/op-latency && /tmp/op-latency
//!
//! Needs SSSE3 and AES-NI (the program checks); the GFNI rows run where the
//! CPU has GFNI. x86-64 only.
use std::arch::asm;
use std::time::Instant;

const N: u64 = 100_000_000;

fn time(name: &str, f: impl Fn(u64)) {
    let start = Instant::now();
    f(N);
    let ns = start.elapsed().as_secs_f64() * 1e9 / N as f64;
    println!("{name:24} {ns:.3} ns per instruction");
}

/// A chain of `$insn` (four per loop iteration, each reading the last one's
/// result in xmm0) over `n` instructions.
macro_rules! chain {
    ($insn:literal) => {
        |n: u64| {
            // SAFETY: the template uses only xmm0, xmm1 and the counter, all
            // declared as clobbered or operands; no memory is touched. The
            // caller checked the CPU features.
            unsafe {
                asm!(
                    "pxor xmm0, xmm0", "pxor xmm1, xmm1", "2:",
                    $insn, $insn, $insn, $insn,
                    "sub {n}, 4", "jnz 2b",
                    n = inout(reg) n => _, out("xmm0") _, out("xmm1") _,
                    options(nostack, nomem),
                )
            }
        }
    };
}

/// GFNI: `CPUID.(EAX=07H,ECX=0):ECX[bit 8]` (the `gfni` detection string is
/// not stable on every supported Rust).
fn gfni() -> bool {
    use std::arch::x86_64::{__cpuid, __cpuid_count};
    // SAFETY: CPUID exists on every x86-64 CPU; leaf 7 is read only if leaf 0
    // says it exists. (`unused_unsafe`: CPUID is a safe function from Rust 1.87.)
    #[allow(unused_unsafe)]
    unsafe { __cpuid(0).eax >= 7 && __cpuid_count(7, 0).ecx & (1 << 8) != 0 }
}

fn main() {
    if !(std::is_x86_feature_detected!("ssse3") && std::is_x86_feature_detected!("aes")) {
        eprintln!("op-latency: needs SSSE3 and AES-NI");
        std::process::exit(2);
    }
    // Register-register adds: Intel Golden Cove-class cores fold a chain of
    // immediate adds at rename (about 0.07 ns per `add x, 1` at 3.7 GHz).
    time("add r64 (1 cycle)", |n| {
        // SAFETY: general registers only, declared as operands.
        unsafe {
            asm!("2:", "add {x}, {one}", "add {x}, {one}", "add {x}, {one}", "add {x}, {one}", "sub {n}, 4", "jnz 2b",
                n = inout(reg) n => _, x = out(reg) _, one = in(reg) 1u64, options(nostack, nomem))
        }
    });
    time("pxor", chain!("pxor xmm0, xmm1"));
    time("pshufb", chain!("pshufb xmm0, xmm1"));
    time("psrlw", chain!("psrlw xmm0, 4"));
    time("pshufd", chain!("pshufd xmm0, xmm0, 0x55"));
    time("palignr", chain!("palignr xmm0, xmm0, 15"));
    time("pslldq", chain!("pslldq xmm0, 3"));
    time("aesenclast", chain!("aesenclast xmm0, xmm1"));
    if gfni() {
        time("gf2p8affineqb", chain!("gf2p8affineqb xmm0, xmm1, 0"));
        time("gf2p8affineinvqb", chain!("gf2p8affineinvqb xmm0, xmm1, 0"));
    } else {
        println!("gf2p8affine*qb          skipped: no GFNI");
    }
    time("movq r64 <-> xmm (each)", |n| {
        // SAFETY: xmm0 and a general register, declared as operands.
        unsafe {
            asm!("xor {x}, {x}", "2:", "movq xmm0, {x}", "movq {x}, xmm0", "movq xmm0, {x}", "movq {x}, xmm0",
                "sub {n}, 4", "jnz 2b", n = inout(reg) n => _, x = out(reg) _, out("xmm0") _, options(nostack, nomem))
        }
    });
}
