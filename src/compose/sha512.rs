//! SHA-512 and SHA-384 built only from the Arm SHA-512 instructions (SHA512H,
//! SHA512H2, SHA512SU0, SHA512SU1), the way Arm guest code drives them. The
//! only other operations are the glue such code uses: lane-wise 64-bit
//! addition (`ADD Vd.2D`), `EXT #8` (the doubleword swap / pair shift) and
//! loading big-endian message words (`LD1` + `REV64`).
//!
//! # The register flow (derived from the instructions' pseudocode)
//! The state lives as four pairs `AB = {a, b}`, `CD = {c, d}`, `EF = {e, f}`,
//! `GH = {g, h}` (first word in element 0); message registers `M[i] = {W[2i],
//! W[2i+1]}`. Two rounds `t = 2i, t+1`:
//!
//! ```text
//! KW  = M[i] + {K[t], K[t+1]}
//! H1  = SHA512H(GH + EXT(KW, KW, 8), EXT(EF, GH, 8), EXT(CD, EF, 8))
//!     = SHA512H({g + KW[t+1], h + KW[t]}, {f, g}, {d, e}) = {T1[t+1], T1[t]}
//! H2  = SHA512H2(H1, CD, AB)                              = {a[t+2], a[t+1]}
//! (AB, CD, EF, GH) = (H2, AB, CD + H1, EF)
//! ```
//!
//! (`CD + H1 = {c + T1[t+1], d + T1[t]}` are the new `e`, `f`; the old `a, b`
//! become `c, d`, the old `e, f` become `g, h`.) The schedule, two words at a
//! time: `M[i] = SHA512SU1(SHA512SU0(M[i-8], M[i-7]), M[i-1], EXT(M[i-4],
//! M[i-3], 8))`.
//!
//! Padding (FIPS 180-4 5.1.2) is done here in plain Rust.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::compose::sha512::{sha384_arm, sha512_arm};
//! let hex = |d: &[u8]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
//! // FIPS 180-4 examples: SHA-512 and SHA-384 of "abc".
//! assert_eq!(
//!     hex(&sha512_arm(Soft, b"abc")),
//!     "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
//!      2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
//! );
//! assert_eq!(
//!     hex(&sha384_arm(Soft, b"abc")),
//!     "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed\
//!      8086072ba1e7cc2358baeca134c825a7"
//! );
//! ```

use crate::arm::Arm;
use crate::backend::Backend;
use crate::math::sha512::{IV_384, IV_512, K};
use crate::reg::{from_halves, to_halves};

/// Lane-wise 64-bit addition (Arm `ADD Vd.2D`).
#[inline(always)]
fn add64(a: u128, b: u128) -> u128 {
    let ([a0, a1], [b0, b1]) = (to_halves(a), to_halves(b));
    from_halves([a0.wrapping_add(b0), a1.wrapping_add(b1)])
}

/// `EXT Vd.16B, Vn.16B, Vm.16B, #8`: `{n[1], m[0]}`.
#[inline(always)]
fn ext8(n: u128, m: u128) -> u128 {
    (n >> 64) | (m << 64)
}

/// The padded message blocks (FIPS 180-4 5.1.2: a 128-bit length), each as 16
/// big-endian words.
fn blocks(msg: &[u8], mut f: impl FnMut(&[u64; 16])) {
    let bits = (msg.len() as u128).wrapping_mul(8);
    let word = |c: &[u8], i: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&c[8 * i..8 * i + 8]);
        u64::from_be_bytes(b)
    };
    let mut chunks = msg.chunks_exact(128);
    for c in chunks.by_ref() {
        f(&core::array::from_fn(|i| word(c, i)));
    }
    let rest = chunks.remainder();
    let mut tail = [0u8; 256];
    tail[..rest.len()].copy_from_slice(rest);
    tail[rest.len()] = 0x80;
    let len = if rest.len() < 112 { 128 } else { 256 };
    tail[len - 16..len].copy_from_slice(&bits.to_be_bytes());
    for c in tail[..len].chunks_exact(128) {
        f(&core::array::from_fn(|i| word(c, i)));
    }
}

/// The SHA-512 compression of every padded block of `msg` from `iv`.
fn hash<B: Backend>(backend: B, iv: [u64; 8], msg: &[u8]) -> [u64; 8] {
    let arm = Arm(backend);
    let mut state = [
        from_halves([iv[0], iv[1]]),
        from_halves([iv[2], iv[3]]),
        from_halves([iv[4], iv[5]]),
        from_halves([iv[6], iv[7]]),
    ];
    blocks(msg, |w| {
        let mut m = [0u128; 40];
        for i in 0..8 {
            m[i] = from_halves([w[2 * i], w[2 * i + 1]]);
        }
        for i in 8..40 {
            let s0 = arm.sha512su0(m[i - 8], m[i - 7]);
            m[i] = arm.sha512su1(s0, m[i - 1], ext8(m[i - 4], m[i - 3]));
        }
        let [mut ab, mut cd, mut ef, mut gh] = state;
        for (i, mi) in m.iter().enumerate() {
            let kw = add64(*mi, from_halves([K[2 * i], K[2 * i + 1]]));
            let h1 = arm.sha512h(add64(gh, ext8(kw, kw)), ext8(ef, gh), ext8(cd, ef));
            let h2 = arm.sha512h2(h1, cd, ab);
            (ab, cd, ef, gh) = (h2, ab, add64(cd, h1), ef);
        }
        for (s, v) in state.iter_mut().zip([ab, cd, ef, gh]) {
            *s = add64(*s, v);
        }
    });
    let mut out = [0u64; 8];
    for (i, s) in state.iter().enumerate() {
        [out[2 * i], out[2 * i + 1]] = to_halves(*s);
    }
    out
}

fn digest<const B: usize>(h: [u64; 8]) -> [u8; B] {
    let mut out = [0u8; B];
    for (o, w) in out.chunks_mut(8).zip(h) {
        o.copy_from_slice(&w.to_be_bytes()[..o.len()]);
    }
    out
}

/// SHA-512 (FIPS 180-4 6.4) with Arm SHA512H, SHA512H2, SHA512SU0, SHA512SU1.
#[must_use]
pub fn sha512_arm<B: Backend>(backend: B, msg: &[u8]) -> [u8; 64] {
    digest(hash(backend, IV_512, msg))
}

/// SHA-384 (FIPS 180-4 6.5): SHA-512 from its own IV, truncated to 384 bits.
#[must_use]
pub fn sha384_arm<B: Backend>(backend: B, msg: &[u8]) -> [u8; 48] {
    digest(hash(backend, IV_384, msg))
}
