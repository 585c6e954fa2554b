//! Speed figures for the GFNI helpers (no assertions): the host GFNI path, the
//! SSSE3 / AES-NI fallbacks a host without GFNI takes (forced here), the
//! portable math layer, native AESENC, and the raw instruction. Each figure is
//! a chained latency (the output feeds the next input), best of five runs.
//!
//! `cargo run --release -p crypto-insn-tools --bin gfni-speed` (x86-64 with
//! AES-NI; the GFNI lines need a CPU with GFNI).

#[cfg(target_arch = "x86_64")]
use std::hint::black_box;
#[cfg(target_arch = "x86_64")]
use std::time::Instant;

#[cfg(target_arch = "x86_64")]
use crypto_insn::backend::{Ct, Native, Soft};
#[cfg(target_arch = "x86_64")]
use crypto_insn::x86::{self, X86};

#[cfg(not(target_arch = "x86_64"))]
fn main() {
    eprintln!("gfni-speed: x86-64 only");
}

#[cfg(target_arch = "x86_64")]
fn time(name: &str, n: u64, mut f: impl FnMut(u128) -> u128) {
    let mut x = black_box(0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128);
    for _ in 0..n / 10 {
        x = f(x);
    }
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        for _ in 0..n {
            x = f(x);
        }
        best = best.min(t.elapsed().as_nanos() as f64 / n as f64);
    }
    black_box(x);
    println!("{name:55} {best:8.2} ns/op (chained)");
}

#[cfg(target_arch = "x86_64")]
fn main() {
    let Ok(n) = Native::detect() else {
        eprintln!("gfni-speed: no AES-NI");
        return;
    };
    if !n.features().any(|f| f == "gfni") {
        eprintln!("gfni-speed: this CPU lacks GFNI");
        return;
    }
    let m = black_box(0xf1e3_c78f_1f3e_7cf8_0102_0408_1020_4080u128);
    let k = black_box(0x1111_2222_3333_4444_5555_6666_7777_8888u128);
    const N: u64 = 2_000_000;
    time("raw GF2P8AFFINEQB xmm (asm, latency)", N, |x| {
        use core::arch::x86_64::__m128i;
        // SAFETY: u128 and __m128i are 16 plain bytes (little-endian host).
        let (mut r, a) = unsafe {
            (
                core::mem::transmute::<u128, __m128i>(x),
                core::mem::transmute::<u128, __m128i>(m),
            )
        };
        // SAFETY: GFNI checked above; registers only.
        unsafe {
            core::arch::asm!("gf2p8affineqb {r}, {a}, 0x63", r = inout(xmm_reg) r, a = in(xmm_reg) a, options(pure, nomem, nostack))
        };
        // SAFETY: as above.
        unsafe { core::mem::transmute::<__m128i, u128>(r) }
    });
    time("X86(Native).gf2p8affineqb [1] (host GFNI)", N, |x| {
        X86(n).gf2p8affineqb([x], [m], 0x63)[0]
    });
    time("x86::gf2p8affineqb [1] (Auto)", N, |x| {
        x86::gf2p8affineqb([x], [m], 0x63)[0]
    });
    time("SSSE3 fallback gf2p8affineqb_ssse3 (128)", N, |x| {
        // SAFETY: `Native` exists, so the CPU has SSSE3.
        unsafe { crypto_insn::backend::x86_64::gfni::gf2p8affineqb_ssse3(x, m, 0x63) }
    });
    time(
        "portable (Soft) gf2p8affineqb [1] (math layer)",
        N / 10,
        |x| X86(Soft).gf2p8affineqb([x], [m], 0x63)[0],
    );
    time("X86(Native).gf2p8affineinvqb [1] (host GFNI)", N, |x| {
        X86(n).gf2p8affineinvqb([x], [m], 0x63)[0]
    });
    time(
        "AES-NI fallback gf2p8affineinvqb (sbox_affine, 128)",
        N / 10,
        |x| x86::gf2p8affineinvqb_via_sbox_affine(n, [x], [m], 0x63)[0],
    );
    time("portable (Ct) gf2p8affineinvqb [1]", N / 100, |x| {
        X86(Ct).gf2p8affineinvqb([x], [m], 0x63)[0]
    });
    time("X86(Native).gf2p8mulb [1] (host GFNI)", N, |x| {
        X86(n).gf2p8mulb([x], [k])[0]
    });
    time("SSSE3 fallback gf2p8mulb_ssse3 (128)", N, |x| {
        // SAFETY: `Native` exists, so the CPU has SSSE3.
        unsafe { crypto_insn::backend::x86_64::gfni::gf2p8mulb_ssse3(x, k) }
    });
    time("portable (Soft) gf2p8mulb [1]", N / 10, |x| {
        X86(Soft).gf2p8mulb([x], [k])[0]
    });
    time("native AESENC (X86(Native).aesenc)", N, |x| {
        X86(n).aesenc(x, k)
    });
    time(
        "X86(Native).gf2p8affineqb [2] (the 256-bit form), per call",
        N,
        |x| X86(n).gf2p8affineqb([x, x ^ 1], [m, m], 0x63)[1],
    );
    time(
        "X86(Native).gf2p8affineqb [4] (the 512-bit form), per call",
        N,
        |x| X86(n).gf2p8affineqb([x, x ^ 1, x ^ 2, x ^ 3], [m; 4], 0x63)[3],
    );
    time("sm4rnds4 [1] (Native, AES-NI S-box)", N / 10, |x| {
        X86(n).sm4rnds4([x], [k])[0]
    });
    time("sm4rnds4 [1] (Soft)", N / 10, |x| {
        X86(Soft).sm4rnds4([x], [k])[0]
    });
    time("sha512rnds2 (portable)", N / 10, |x| {
        X86(n).sha512rnds2([x, k], [k, x], x)[0]
    });
    time("sm3rnds2 (portable)", N / 10, |x| {
        X86(n).sm3rnds2(x, k, x, 8)
    });
}
