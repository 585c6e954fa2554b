//! SHA-1 and SHA-256 built only from one architecture's SHA instructions, the
//! way guest software uses them (Intel's SHA-NI flow; the Arm Crypto Extension
//! flow). The only other operations are the glue such code uses: lane-wise
//! 32-bit addition (`PADDD` / `VADD.I32`), `PALIGNR`, XOR, and loading
//! big-endian message words.
//!
//! Padding (FIPS 180-4 5.1.1) is done here in plain Rust.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::compose::sha;
//! let hex = |d: &[u8]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
//! // FIPS 180-4 examples: the digests of "abc".
//! let sha256_abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
//! assert_eq!(hex(&sha::sha256_x86(Soft, b"abc")), sha256_abc); // SHA256RNDS2 & co.
//! assert_eq!(hex(&sha::sha256_arm(Soft, b"abc")), sha256_abc); // SHA256H & co.
//! let sha1_abc = "a9993e364706816aba3e25717850c26c9cd0d89d";
//! assert_eq!(hex(&sha::sha1_x86(Soft, b"abc")), sha1_abc); // SHA1RNDS4 & co.
//! assert_eq!(hex(&sha::sha1_arm(Soft, b"abc")), sha1_abc); // SHA1C & co.
//! ```

use crate::arm::Arm;
use crate::backend::Backend;
use crate::reg::{from_dwords, to_dwords};
use crate::sha::{SHA1_H0, SHA1_K, SHA256_H0, SHA256_K};
use crate::x86::X86;

/// Lane-wise 32-bit addition (x86 `PADDD`, Arm `ADD Vd.4S`).
///
/// Computed on the whole `u128` (SWAR): the low 31 bits of each lane are added
/// with the lanes' top bits cleared, so no carry crosses a lane boundary, and
/// each lane's top bit is then the XOR of the two top bits and the carry into
/// it. The same as four `u32::wrapping_add`s, without taking the register
/// apart (which costs more than the SHA instructions themselves when those
/// are native).
#[inline]
fn add32(a: u128, b: u128) -> u128 {
    const TOPS: u128 = 0x8000_0000_8000_0000_8000_0000_8000_0000;
    ((a & !TOPS) + (b & !TOPS)) ^ ((a ^ b) & TOPS)
}

/// The padded message blocks (FIPS 180-4 5.1.1), each as 16 big-endian words.
fn blocks(msg: &[u8], mut f: impl FnMut(&[u32; 16])) {
    let bits = (msg.len() as u64).wrapping_mul(8);
    let mut chunks = msg.chunks_exact(64);
    let word = |c: &[u8], i: usize| {
        u32::from_be_bytes([c[4 * i], c[4 * i + 1], c[4 * i + 2], c[4 * i + 3]])
    };
    for c in chunks.by_ref() {
        f(&core::array::from_fn(|i| word(c, i)));
    }
    let rest = chunks.remainder();
    let mut tail = [0u8; 128];
    tail[..rest.len()].copy_from_slice(rest);
    tail[rest.len()] = 0x80;
    let len = if rest.len() < 56 { 64 } else { 128 };
    tail[len - 8..len].copy_from_slice(&bits.to_be_bytes());
    for c in tail[..len].chunks_exact(64) {
        f(&core::array::from_fn(|i| word(c, i)));
    }
}

fn digest<const N: usize, const B: usize>(h: [u32; N]) -> [u8; B] {
    let mut out = [0u8; B];
    for (o, w) in out.chunks_exact_mut(4).zip(h) {
        o.copy_from_slice(&w.to_be_bytes());
    }
    out
}

/// SHA-1 with x86 SHA1RNDS4, SHA1NEXTE, SHA1MSG1, SHA1MSG2.
///
/// Registers hold words top first, as Intel's code loads them: the state
/// `{A, B, C, D}` with `A` in bits 127:96, `E` alone in bits 127:96, message
/// words `W[4g]..W[4g+3]` with `W[4g]` on top.
#[must_use]
pub fn sha1_x86<B: Backend>(backend: B, msg: &[u8]) -> [u8; 20] {
    let x = X86(backend);
    let [h0, h1, h2, h3, h4] = SHA1_H0;
    let mut abcd = from_dwords([h3, h2, h1, h0]);
    let mut e = from_dwords([0, 0, 0, h4]);
    blocks(msg, |w| {
        let (abcd0, e0) = (abcd, e);
        let mut m = [0u128; 20];
        for g in 0..4 {
            m[g] = from_dwords([w[4 * g + 3], w[4 * g + 2], w[4 * g + 1], w[4 * g]]);
        }
        for g in 4..20 {
            // W[t] = ROL1(W[t-3] ^ W[t-8] ^ W[t-14] ^ W[t-16]), four at a time.
            m[g] = x.sha1msg2(x.sha1msg1(m[g - 4], m[g - 3]) ^ m[g - 2], m[g - 1]);
        }
        let mut prev = abcd;
        for g in 0..20 {
            // E for this group: the initial E (group 0) or ROL30 of the A from four
            // rounds before, added into the group's first message word.
            let we = if g == 0 {
                add32(e, m[0])
            } else {
                x.sha1nexte(prev, m[g])
            };
            prev = abcd;
            abcd = x.sha1rnds4(abcd, we, (g / 5) as u8);
        }
        abcd = add32(abcd, abcd0);
        e = x.sha1nexte(prev, e0);
    });
    let [d, c, b, a] = to_dwords(abcd);
    digest([a, b, c, d, to_dwords(e)[3]])
}

/// SHA-256 with x86 SHA256RNDS2, SHA256MSG1, SHA256MSG2 (plus `PALIGNR` glue).
///
/// The state lives as `{A, B, E, F}` and `{C, D, G, H}` (top first); message
/// registers hold `W[4g]` in bits 31:0, after Intel's byte shuffle.
#[must_use]
pub fn sha256_x86<B: Backend>(backend: B, msg: &[u8]) -> [u8; 32] {
    let x = X86(backend);
    let [a, b, c, d, e, f, g, h] = SHA256_H0;
    let mut abef = from_dwords([f, e, b, a]);
    let mut cdgh = from_dwords([h, g, d, c]);
    blocks(msg, |w| {
        let (abef0, cdgh0) = (abef, cdgh);
        let mut m = [0u128; 16];
        for i in 0..4 {
            m[i] = from_dwords([w[4 * i], w[4 * i + 1], w[4 * i + 2], w[4 * i + 3]]);
        }
        for i in 4..16 {
            // PALIGNR(m[i-1], m[i-2], 4): W[t-7..t-4].
            let w7 = (m[i - 2] >> 32) | (m[i - 1] << 96);
            m[i] = x.sha256msg2(add32(x.sha256msg1(m[i - 4], m[i - 3]), w7), m[i - 1]);
        }
        for (i, mi) in m.iter().enumerate() {
            let k = from_dwords([
                SHA256_K[4 * i],
                SHA256_K[4 * i + 1],
                SHA256_K[4 * i + 2],
                SHA256_K[4 * i + 3],
            ]);
            let wk = add32(*mi, k);
            // Two rounds with WK0, WK1, then two with WK2, WK3 (shifted down).
            cdgh = x.sha256rnds2(cdgh, abef, wk);
            abef = x.sha256rnds2(abef, cdgh, wk >> 64);
        }
        abef = add32(abef, abef0);
        cdgh = add32(cdgh, cdgh0);
    });
    let [f, e, b, a] = to_dwords(abef);
    let [h, g, d, c] = to_dwords(cdgh);
    digest([a, b, c, d, e, f, g, h])
}

/// SHA-1 with Arm SHA1C, SHA1P, SHA1M, SHA1H, SHA1SU0, SHA1SU1.
///
/// The state `{a, b, c, d}` has `a` in bits 31:0, `e` is the low word of a
/// register, message registers hold `W[4g]` in bits 31:0 (after `REV32`).
#[must_use]
pub fn sha1_arm<B: Backend>(backend: B, msg: &[u8]) -> [u8; 20] {
    let arm = Arm(backend);
    let [h0, h1, h2, h3, h4] = SHA1_H0;
    let mut abcd = from_dwords([h0, h1, h2, h3]);
    let mut e = u128::from(h4);
    blocks(msg, |w| {
        let (abcd0, e0) = (abcd, e);
        let mut m = [0u128; 20];
        for g in 0..4 {
            m[g] = from_dwords([w[4 * g], w[4 * g + 1], w[4 * g + 2], w[4 * g + 3]]);
        }
        for g in 4..20 {
            m[g] = arm.sha1su1(arm.sha1su0(m[g - 4], m[g - 3], m[g - 2]), m[g - 1]);
        }
        let mut e_cur = e;
        for (g, mg) in m.iter().enumerate() {
            let k = SHA1_K[g / 5];
            let wk = add32(*mg, from_dwords([k; 4]));
            let e_next = arm.sha1h(abcd);
            abcd = match g / 5 {
                0 => arm.sha1c(abcd, e_cur, wk),
                2 => arm.sha1m(abcd, e_cur, wk),
                _ => arm.sha1p(abcd, e_cur, wk),
            };
            e_cur = e_next;
        }
        abcd = add32(abcd, abcd0);
        e = add32(e_cur, e0);
    });
    let [a, b, c, d] = to_dwords(abcd);
    digest([a, b, c, d, e as u32])
}

/// SHA-256 with Arm SHA256H, SHA256H2, SHA256SU0, SHA256SU1.
///
/// `{a, b, c, d}` and `{e, f, g, h}` with the first word in bits 31:0; message
/// registers hold `W[4g]` in bits 31:0.
#[must_use]
pub fn sha256_arm<B: Backend>(backend: B, msg: &[u8]) -> [u8; 32] {
    let arm = Arm(backend);
    let [a, b, c, d, e, f, g, h] = SHA256_H0;
    let mut abcd = from_dwords([a, b, c, d]);
    let mut efgh = from_dwords([e, f, g, h]);
    blocks(msg, |w| {
        let (abcd0, efgh0) = (abcd, efgh);
        let mut m = [0u128; 16];
        for i in 0..4 {
            m[i] = from_dwords([w[4 * i], w[4 * i + 1], w[4 * i + 2], w[4 * i + 3]]);
        }
        for i in 4..16 {
            m[i] = arm.sha256su1(arm.sha256su0(m[i - 4], m[i - 3]), m[i - 2], m[i - 1]);
        }
        for (i, mi) in m.iter().enumerate() {
            let k = from_dwords([
                SHA256_K[4 * i],
                SHA256_K[4 * i + 1],
                SHA256_K[4 * i + 2],
                SHA256_K[4 * i + 3],
            ]);
            let wk = add32(*mi, k);
            let before = abcd;
            abcd = arm.sha256h(abcd, efgh, wk);
            efgh = arm.sha256h2(efgh, before, wk);
        }
        abcd = add32(abcd, abcd0);
        efgh = add32(efgh, efgh0);
    });
    let [a, b, c, d] = to_dwords(abcd);
    let [e, f, g, h] = to_dwords(efgh);
    digest([a, b, c, d, e, f, g, h])
}

#[cfg(test)]
mod tests {
    use super::add32;
    use crate::reg::{from_dwords, to_dwords};

    /// `add32` is four independent `u32::wrapping_add`s: carries out of bit 31
    /// of a lane, into a lane's top bit, and out of bit 127 all stay put.
    #[test]
    fn add32_is_lane_wise() {
        let values = [
            0u32,
            1,
            0x7fff_ffff,
            0x8000_0000,
            0x8000_0001,
            0xffff_ffff,
            0xfffe_0001,
            0x1234_5678,
        ];
        for (i, &x) in values.iter().enumerate() {
            for (j, &y) in values.iter().enumerate() {
                let a = [x, y, values[(i + j) % 8], values[(i + 3 * j + 1) % 8]];
                let b = [y, x, values[(i * j + 5) % 8], values[(2 * i + j) % 8]];
                let want: [u32; 4] = core::array::from_fn(|l| a[l].wrapping_add(b[l]));
                assert_eq!(to_dwords(add32(from_dwords(a), from_dwords(b))), want);
            }
        }
    }
}
