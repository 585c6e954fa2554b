//! The instructions beyond AES, side by side with the raw host intrinsic:
//! PCLMULQDQ (and Arm PMULL, which runs on it here), the x86 SHA extensions,
//! 256-bit VAES / VPCLMULQDQ, the Arm SHA-256 instructions (software only on an
//! x86 host), and SHA-256 of a 4 KiB message through the x86 helpers against the
//! same flow written with SHA-NI intrinsics.
//!
//! Shapes as in `aes.rs` (see `crypto_insn_benches`). `ct` has no rows: the
//! carry-less multiply and SHA code is the same constant-time code in `soft`
//! and `ct`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crypto_insn::arm::Arm;
use crypto_insn::backend::{Auto, Backend, Native, Soft};
use crypto_insn::compose::sha::sha256_x86;
use crypto_insn::x86::X86;
use crypto_insn_benches::{configure, emulator, shapes};

const PCLMULQDQ: usize = 0;
const SHA1RNDS4: usize = 1;
const SHA1MSG2: usize = 2;
const SHA256RNDS2: usize = 3;
const SHA256MSG1: usize = 4;
const PMULL: usize = 5;
const SHA256H: usize = 6;
const SHA256SU1: usize = 7;

const NAMES: [&str; 8] = [
    "x86 pclmulqdq",
    "x86 sha1rnds4",
    "x86 sha1msg2",
    "x86 sha256rnds2",
    "x86 sha256msg1",
    "arm pmull",
    "arm sha256h",
    "arm sha256su1",
];

/// Op `O` of backend `b` with the second operand `k` (and `k` again as the third
/// where there is one: SHA256RNDS2's XMM0, SHA256H's `Vm`).
#[inline(always)]
fn helper<B: Backend, const O: usize>(b: B, s: u128, k: u128) -> u128 {
    let (x, a) = (X86(b), Arm(b));
    match O {
        PCLMULQDQ => x.pclmulqdq(s, k, 0x01),
        SHA1RNDS4 => x.sha1rnds4(s, k, 0x02),
        SHA1MSG2 => x.sha1msg2(s, k),
        SHA256RNDS2 => x.sha256rnds2(s, k, k),
        SHA256MSG1 => x.sha256msg1(s, k),
        PMULL => a.pmull(s, k),
        SHA256H => a.sha256h(s, k, k),
        _ => a.sha256su1(s, k, k),
    }
}

#[inline(never)]
fn emu<B: Backend + Default, const O: usize>(regs: &mut [u128; 32], d: usize, s: usize) {
    regs[d & 31] = helper::<B, O>(B::default(), regs[d & 31], regs[s & 31]);
}

/// The same operations with raw intrinsics (for PMULL on x86, PCLMULQDQ 0x00).
#[cfg(target_arch = "x86_64")]
mod raw {
    use super::*;
    use core::arch::x86_64::*;

    #[inline(always)]
    unsafe fn op<const O: usize>(s: __m128i, k: __m128i) -> __m128i {
        // SAFETY (whole body): callers have the target features and run only after
        // detection.
        unsafe {
            match O {
                PCLMULQDQ => _mm_clmulepi64_si128::<0x01>(s, k),
                SHA1RNDS4 => _mm_sha1rnds4_epu32::<0x02>(s, k),
                SHA1MSG2 => _mm_sha1msg2_epu32(s, k),
                SHA256RNDS2 => _mm_sha256rnds2_epu32(s, k, k),
                SHA256MSG1 => _mm_sha256msg1_epu32(s, k),
                _ => _mm_clmulepi64_si128::<0x00>(s, k),
            }
        }
    }

    crypto_insn_benches::raw_x86_shapes!("pclmulqdq,sha,ssse3");

    pub fn available() -> bool {
        std::is_x86_feature_detected!("pclmulqdq")
            && std::is_x86_feature_detected!("sha")
            && std::is_x86_feature_detected!("ssse3")
    }

    /// SHA-256 of `msg` with SHA-NI intrinsics, in the same flow as
    /// `compose::sha::sha256_x86` (padding included).
    #[target_feature(enable = "sha,ssse3,sse4.1")]
    pub unsafe fn sha256(msg: &[u8]) -> [u8; 32] {
        use crypto_insn::sha::{SHA256_H0, SHA256_K};
        let h = SHA256_H0;
        let mut abef = _mm_set_epi32(h[0] as i32, h[1] as i32, h[4] as i32, h[5] as i32);
        let mut cdgh = _mm_set_epi32(h[2] as i32, h[3] as i32, h[6] as i32, h[7] as i32);
        let swap = _mm_setr_epi8(3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
        let bits = (msg.len() as u64) * 8;
        let mut padded = msg.to_vec();
        padded.push(0x80);
        while padded.len() % 64 != 56 {
            padded.push(0);
        }
        padded.extend_from_slice(&bits.to_be_bytes());
        for block in padded.chunks_exact(64) {
            let (abef0, cdgh0) = (abef, cdgh);
            let mut w = [_mm_setzero_si128(); 16];
            for i in 0..4 {
                // SAFETY: each 16-byte slice of the block is readable.
                w[i] = _mm_shuffle_epi8(
                    unsafe { _mm_loadu_si128(block[16 * i..].as_ptr().cast()) },
                    swap,
                );
            }
            for i in 4..16 {
                let t = _mm_add_epi32(
                    _mm_sha256msg1_epu32(w[i - 4], w[i - 3]),
                    _mm_alignr_epi8::<4>(w[i - 1], w[i - 2]),
                );
                w[i] = _mm_sha256msg2_epu32(t, w[i - 1]);
            }
            for (i, wi) in w.iter().enumerate() {
                // SAFETY: SHA256_K has 64 entries; 4i + 3 < 64.
                let k = unsafe { _mm_loadu_si128(SHA256_K[4 * i..].as_ptr().cast()) };
                let wk = _mm_add_epi32(*wi, k);
                cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
                abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32::<0x0e>(wk));
            }
            abef = _mm_add_epi32(abef, abef0);
            cdgh = _mm_add_epi32(cdgh, cdgh0);
        }
        let d = |v: __m128i, i: i32| match i {
            0 => _mm_extract_epi32::<0>(v),
            1 => _mm_extract_epi32::<1>(v),
            2 => _mm_extract_epi32::<2>(v),
            _ => _mm_extract_epi32::<3>(v),
        } as u32;
        let words = [
            d(abef, 3),
            d(abef, 2),
            d(cdgh, 3),
            d(cdgh, 2),
            d(abef, 1),
            d(abef, 0),
            d(cdgh, 1),
            d(cdgh, 0),
        ];
        let mut out = [0u8; 32];
        for (o, w) in out.chunks_exact_mut(4).zip(words) {
            o.copy_from_slice(&w.to_be_bytes());
        }
        out
    }
}

fn bench_op<const O: usize>(c: &mut Criterion) {
    let mut g = configure(c, NAMES[O]);
    shapes(&mut g, "auto", |s, k| helper::<Auto, O>(Auto, s, k));
    shapes(&mut g, "soft", |s, k| helper::<Soft, O>(Soft, s, k));
    if let Ok(n) = Native::detect() {
        shapes(&mut g, "native", move |s, k| helper::<Native, O>(n, s, k));
    }
    emulator(&mut g, "auto", emu::<Auto, O>);
    emulator(&mut g, "soft", emu::<Soft, O>);
    #[cfg(target_arch = "x86_64")]
    if raw::available() && O != SHA256H && O != SHA256SU1 {
        use crypto_insn_benches::{LANES, S0};
        // SAFETY (three closures): the features were detected just above.
        g.bench_function("latency/intrinsic", |bch| {
            let mut s = black_box(S0);
            bch.iter(|| unsafe { raw::latency::<O>(&mut s) })
        });
        g.bench_function("throughput/intrinsic", |bch| {
            let mut s: [u128; LANES] = black_box(core::array::from_fn(|i| S0 ^ i as u128));
            bch.iter(|| unsafe { raw::throughput::<O>(&mut s) })
        });
        emulator(&mut g, "intrinsic", |r, d, s| unsafe {
            raw::emulator::<O>(r, d, s)
        });
    }
    g.finish();
}

/// 256-bit VAESENC and VPCLMULQDQ: the helpers (two lanes) in a latency chain.
fn wide(c: &mut Criterion) {
    let mut g = configure(c, "x86 vaesenc 256");
    let k = [crypto_insn_benches::K0, !crypto_insn_benches::K0];
    for (id, f) in [
        (
            "auto",
            (|s, k| X86(Auto).vaesenc(s, k)) as fn([u128; 2], [u128; 2]) -> [u128; 2],
        ),
        ("soft", |s, k| X86(Soft).vaesenc(s, k)),
    ] {
        g.bench_function(format!("latency/{id}"), |bch| {
            let mut s = black_box([crypto_insn_benches::S0, 1]);
            bch.iter(|| {
                for _ in 0..crypto_insn_benches::CHAIN {
                    s = f(s, k);
                }
                s
            })
        });
    }
    g.finish();
}

/// SHA-256 of 4 KiB: the x86 helpers on `soft` and `auto`, and SHA-NI intrinsics.
fn sha256_4k(c: &mut Criterion) {
    let msg: Vec<u8> = (0..4096u32).map(|i| (i * 31 + 7) as u8).collect();
    let mut g = configure(c, "sha256 4KiB");
    g.bench_function("message/soft", |b| {
        b.iter(|| sha256_x86(Soft, black_box(&msg)))
    });
    g.bench_function("message/auto", |b| {
        b.iter(|| sha256_x86(Auto, black_box(&msg)))
    });
    #[cfg(target_arch = "x86_64")]
    if raw::available() && std::is_x86_feature_detected!("sse4.1") {
        // SAFETY: the features were detected just above.
        let want = unsafe { raw::sha256(&msg) };
        assert_eq!(
            sha256_x86(Soft, &msg),
            want,
            "the intrinsic flow and the helpers agree"
        );
        // SAFETY: as above.
        g.bench_function("message/intrinsic", |b| {
            b.iter(|| unsafe { raw::sha256(black_box(&msg)) })
        });
    }
    g.finish();
}

/// GF2P8MULB, GF2P8AFFINEQB and GF2P8AFFINEINVQB at 128 bits on a host
/// without GFNI (the x86 issue's targets): the forced fallbacks of the native
/// backend (SSSE3 shift-and-add and nibble tables; AES-NI through
/// `sbox_affine`) against the portable code (`soft`), and AESENC on the
/// native backend for the "<= 8x AESENC" target, each in a latency chain.
#[cfg(target_arch = "x86_64")]
fn gfni_fallbacks(c: &mut Criterion) {
    use crypto_insn::backend::SboxAffine;
    use crypto_insn::backend::x86_64::gfni::{gf2p8affineqb_ssse3, gf2p8mulb_ssse3};
    let Ok(native) = Native::detect() else {
        return;
    };
    let k = crypto_insn_benches::K0;
    // The AES S-box matrix in one qword, the identity in the other.
    let m = 0xf1e3_c78f_1f3e_7cf8_0102_0408_1020_4080u128;
    let mut g = configure(c, "x86 gfni without gfni");
    type Row = (&'static str, Box<dyn Fn(u128) -> u128>);
    let rows: [Row; 7] = [
        ("aesenc/native", Box::new(move |x| X86(native).aesenc(x, k))),
        (
            "mulb/portable",
            Box::new(move |x| X86(Soft).gf2p8mulb([x], [k])[0]),
        ),
        // SAFETY: a `Native` exists, so the CPU has SSSE3.
        (
            "mulb/ssse3",
            Box::new(move |x| unsafe { gf2p8mulb_ssse3(x, k) }),
        ),
        (
            "affine/portable",
            Box::new(move |x| X86(Soft).gf2p8affineqb([x], [m], 0x63)[0]),
        ),
        // SAFETY: as above.
        (
            "affine/ssse3",
            Box::new(move |x| unsafe { gf2p8affineqb_ssse3(x, m, 0x63) }),
        ),
        (
            "affineinv/portable",
            Box::new(move |x| X86(Soft).gf2p8affineinvqb([x], [m], 0x63)[0]),
        ),
        // What a host without GFNI runs: the inverse on AES-NI, then the
        // SSSE3 affine step (on this host the helper's affine step would be
        // the GFNI instruction itself).
        (
            "affineinv/aes-ni",
            Box::new(move |x| {
                let inv = native.sbox_affine(x, &SboxAffine::INVERSE);
                // SAFETY: as above.
                unsafe { gf2p8affineqb_ssse3(inv, m, 0x63) }
            }),
        ),
    ];
    for (id, f) in &rows {
        g.bench_function(format!("latency/{id}"), |bch| {
            let mut x = black_box(crypto_insn_benches::S0);
            bch.iter(|| {
                for _ in 0..crypto_insn_benches::CHAIN {
                    x = f(x);
                }
                x
            })
        });
    }
    g.finish();
}

/// The native GFNI helpers (128 bits) against the raw instruction in the same
/// latency chain (`asm!`, the immediate encoded), for the x86 issue's "native
/// helper <= 1.25x raw" target. Skipped without GFNI.
#[cfg(target_arch = "x86_64")]
fn gfni_native(c: &mut Criterion) {
    let Ok(native) = Native::detect() else {
        return;
    };
    if !native.features().any(|f| f == "gfni") {
        return;
    }
    let k = crypto_insn_benches::K0;
    let m = 0xf1e3_c78f_1f3e_7cf8_0102_0408_1020_4080u128;
    let mut g = configure(c, "x86 gfni native");
    // Each row inlined into its own chain (no boxed closure: the call would
    // cost more than the instruction).
    fn chain(
        g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
        id: &str,
        f: impl Fn(u128) -> u128,
    ) {
        g.bench_function(format!("latency/{id}"), |bch| {
            let mut x = black_box(crypto_insn_benches::S0);
            bch.iter(|| {
                for _ in 0..crypto_insn_benches::CHAIN {
                    x = f(x);
                }
                x
            })
        });
    }
    chain(&mut g, "affine-helper", |x| {
        X86(native).gf2p8affineqb([x], [m], 0x63)[0]
    });
    chain(&mut g, "affine-raw", |x| raw_gfni::affine(x, m));
    chain(&mut g, "affineinv-helper", |x| {
        X86(native).gf2p8affineinvqb([x], [m], 0x63)[0]
    });
    chain(&mut g, "affineinv-raw", |x| raw_gfni::affineinv(x, m));
    chain(&mut g, "mulb-helper", |x| {
        X86(native).gf2p8mulb([x], [k])[0]
    });
    chain(&mut g, "mulb-raw", |x| raw_gfni::mulb(x, k));
    if std::is_x86_feature_detected!("avx2") {
        // VEX.256: the helper on two lanes, and the raw instruction in a chain
        // kept in a YMM register (an AVX function running the whole chain).
        g.bench_function("latency/affine256-helper", |bch| {
            let mut x = black_box([crypto_insn_benches::S0, crypto_insn_benches::K0]);
            bch.iter(|| {
                for _ in 0..crypto_insn_benches::CHAIN {
                    x = X86(native).gf2p8affineqb(x, [m, m], 0x63);
                }
                x
            })
        });
        if std::is_x86_feature_detected!("avx512f") && std::is_x86_feature_detected!("avx512bw") {
            g.bench_function("latency/affine512-helper", |bch| {
                let mut x = black_box([crypto_insn_benches::S0, crypto_insn_benches::K0, 1, 2]);
                bch.iter(|| {
                    for _ in 0..crypto_insn_benches::CHAIN {
                        x = X86(native).gf2p8affineqb(x, [m; 4], 0x63);
                    }
                    x
                })
            });
            g.bench_function("latency/affine512-raw", |bch| {
                let mut x = black_box([crypto_insn_benches::S0, crypto_insn_benches::K0, 1, 2]);
                // SAFETY: the native backend reported 512-bit GFNI (GFNI, AVX512F/BW, ZMM state).
                bch.iter(|| unsafe { raw_gfni::affine512_chain(&mut x, m) })
            });
        }
        g.bench_function("latency/affine256-raw", |bch| {
            let mut x = black_box([crypto_insn_benches::S0, crypto_insn_benches::K0]);
            // SAFETY: the native backend reported 256-bit GFNI (GFNI and AVX2).
            bch.iter(|| unsafe { raw_gfni::affine256_chain(&mut x, m) })
        });
    }
    g.finish();
}

/// The raw GFNI instructions (legacy SSE encoding, imm8 0x63) on `u128`s.
#[cfg(target_arch = "x86_64")]
mod raw_gfni {
    use core::arch::asm;
    use core::arch::x86_64::__m128i;

    macro_rules! raw {
        ($name:ident, $insn:literal) => {
            #[inline(always)]
            pub fn $name(x: u128, a: u128) -> u128 {
                // SAFETY: u128 and __m128i are 16 bytes of plain data.
                let (mut r, a) = unsafe {
                    (
                        core::mem::transmute::<u128, __m128i>(x),
                        core::mem::transmute::<u128, __m128i>(a),
                    )
                };
                // SAFETY: register operands only; the caller's row exists only
                // after the native backend reported GFNI.
                unsafe { asm!($insn, r = inout(xmm_reg) r, a = in(xmm_reg) a, options(pure, nomem, nostack, preserves_flags)) };
                // SAFETY: as above.
                unsafe { core::mem::transmute::<__m128i, u128>(r) }
            }
        };
    }
    /// `CHAIN` dependent VGF2P8AFFINEQB ymm (imm8 0x63) on `x`, in a register.
    ///
    /// # Safety
    /// The CPU must have GFNI and AVX2.
    #[target_feature(enable = "avx2")]
    pub unsafe fn affine256_chain(x: &mut [u128; 2], m: u128) {
        use core::arch::x86_64::{_mm256_loadu_si256, _mm256_set_m128i, _mm256_storeu_si256};
        // SAFETY: `x` is 32 readable and writable bytes; the caller guarantees
        // GFNI and AVX2; the assembly uses register operands only.
        unsafe {
            let mut r = _mm256_loadu_si256(x.as_ptr().cast());
            let mv = core::mem::transmute::<u128, __m128i>(m);
            let a = _mm256_set_m128i(mv, mv);
            for _ in 0..crypto_insn_benches::CHAIN {
                asm!("vgf2p8affineqb {r}, {r}, {a}, 0x63", r = inout(ymm_reg) r, a = in(ymm_reg) a,
                    options(pure, nomem, nostack, preserves_flags));
            }
            _mm256_storeu_si256(x.as_mut_ptr().cast(), r);
        }
    }
    /// `CHAIN` dependent VGF2P8AFFINEQB zmm (imm8 0x63) on `x`, in a register
    /// (the load, chain and store in one assembly block: ZMM registers are
    /// not `asm!` operands on Rust 1.85).
    ///
    /// # Safety
    /// The CPU must have GFNI, AVX512F and AVX512BW, with the ZMM state enabled.
    pub unsafe fn affine512_chain(x: &mut [u128; 4], m: u128) {
        // SAFETY: `x` is 64 readable and writable bytes, `m` 16 readable
        // bytes; zmm0/zmm1 are declared clobbered (through xmm0/xmm1, and
        // `vzeroupper` clears the upper parts); the caller guarantees the CPU
        // features.
        unsafe {
            asm!(
                "vmovdqu64 zmm0, [{x}]",
                "vbroadcasti32x4 zmm1, [{m}]",
                "2:",
                "vgf2p8affineqb zmm0, zmm0, zmm1, 0x63",
                "dec {n}",
                "jnz 2b",
                "vmovdqu64 [{x}], zmm0",
                "vzeroupper",
                x = in(reg) x.as_mut_ptr(), m = in(reg) &m, n = inout(reg) crypto_insn_benches::CHAIN => _,
                out("xmm0") _, out("xmm1") _,
                options(nostack)
            );
        }
    }
    raw!(affine, "gf2p8affineqb {r}, {a}, 0x63");
    raw!(affineinv, "gf2p8affineinvqb {r}, {a}, 0x63");
    raw!(mulb, "gf2p8mulb {r}, {a}");
}

/// The Arm v8.2 speed targets on this host. SM4E: the helper on each
/// backend (`soft` is the S-box table, `native` the AES-NI path in vector
/// registers), the earlier AES-NI shape (one S-box primitive call per round,
/// crossing between general and vector registers) and, for whole blocks, the
/// RustCrypto `sm4` crate (table-driven) against eight SM4E calls. SHA-512 of
/// 4 KiB through the Arm SHA512 helpers against `sha2` forced to its portable
/// backend (`force-soft`).
fn armv82(c: &mut Criterion) {
    use crypto_insn::backend::{Ct, SboxAffine, Sm4Linear, Vperm};
    use crypto_insn::compose::sha512::sha512_arm;
    use crypto_insn::compose::sm4::Sm4Arm;
    use crypto_insn::reg::{from_dwords, to_dwords};
    let mut g = configure(c, "arm sm4e");
    shapes(&mut g, "soft", |s, k| Arm(Soft).sm4e(s, k));
    shapes(&mut g, "ct", |s, k| Arm(Ct).sm4e(s, k));
    if let Ok(v) = Vperm::detect() {
        shapes(&mut g, "vperm", move |s, k| Arm(v).sm4e(s, k));
    }
    if let Ok(n) = Native::detect() {
        shapes(&mut g, "native", move |s, k| Arm(n).sm4e(s, k));
        // The shape before the seam had `sm4_rounds`: four S-box calls.
        shapes(&mut g, "sbox-per-round", move |s, k| {
            let mut w = to_dwords(s);
            for key in to_dwords(k) {
                let t = n.sbox_affine(u128::from(w[1] ^ w[2] ^ w[3] ^ key), &SboxAffine::SM4);
                w = [w[1], w[2], w[3], w[0] ^ (Sm4Linear::L.function())(t as u32)];
            }
            from_dwords(w)
        });
    }
    g.finish();

    let key: [u8; 16] = core::array::from_fn(|i| (i * 17 + 3) as u8);
    let block: [u8; 16] = core::array::from_fn(|i| (i * 29 + 1) as u8);
    let mut g = configure(c, "sm4 block");
    {
        use sm4::cipher::{BlockEncrypt, KeyInit};
        let peer = sm4::Sm4::new(&key.into());
        let ours = Sm4Arm::new(Soft, key);
        let mut b = block.into();
        peer.encrypt_block(&mut b);
        assert_eq!(
            <[u8; 16]>::from(b),
            ours.encrypt(Soft, block),
            "sm4 and SM4E agree"
        );
        g.bench_function("latency/sm4-crate", |bch| {
            let mut b = black_box(block).into();
            bch.iter(|| {
                for _ in 0..crypto_insn_benches::CHAIN {
                    peer.encrypt_block(&mut b);
                }
                b
            })
        });
    }
    let ours = Sm4Arm::new(Soft, key);
    let mut rows: Vec<(&str, crypto_insn::backend::Dynamic)> =
        vec![("soft", crypto_insn::backend::Dynamic::Soft)];
    if let Ok(n) = Native::detect() {
        rows.push(("native", crypto_insn::backend::Dynamic::Native(n)));
    }
    for (id, b) in rows {
        g.bench_function(format!("latency/{id}"), |bch| {
            let mut x = black_box(block);
            bch.iter(|| {
                for _ in 0..crypto_insn_benches::CHAIN {
                    x = ours.encrypt(b, x);
                }
                x
            })
        });
    }
    g.finish();

    let msg: Vec<u8> = (0..4096u32).map(|i| (i * 31 + 7) as u8).collect();
    let mut g = configure(c, "sha512 4KiB");
    {
        use sha2::Digest;
        let want: [u8; 64] = sha2::Sha512::digest(&msg).into();
        assert_eq!(
            sha512_arm(Soft, &msg),
            want,
            "sha2 and the SHA512 helpers agree"
        );
        g.bench_function("message/sha2-force-soft", |b| {
            b.iter(|| sha2::Sha512::digest(black_box(&msg)))
        });
    }
    g.bench_function("message/soft", |b| {
        b.iter(|| sha512_arm(Soft, black_box(&msg)))
    });
    g.bench_function("message/auto", |b| {
        b.iter(|| sha512_arm(Auto, black_box(&msg)))
    });
    g.finish();
}

fn all(c: &mut Criterion) {
    #[cfg(target_arch = "x86_64")]
    gfni_fallbacks(c);
    #[cfg(target_arch = "x86_64")]
    gfni_native(c);
    armv82(c);
    bench_op::<PCLMULQDQ>(c);
    bench_op::<SHA1RNDS4>(c);
    bench_op::<SHA1MSG2>(c);
    bench_op::<SHA256RNDS2>(c);
    bench_op::<SHA256MSG1>(c);
    bench_op::<PMULL>(c);
    bench_op::<SHA256H>(c);
    bench_op::<SHA256SU1>(c);
    wide(c);
    sha256_4k(c);
}

criterion_group!(benches, all);
criterion_main!(benches);
