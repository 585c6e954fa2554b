//! SM3 (GB/T 32905-2016) built only from the Arm SM3 instructions (SM3SS1,
//! SM3TT1A/B, SM3TT2A/B, SM3PARTW1/2), the way Arm guest code drives them. The
//! only other operations are the glue: `EXT` (word shifts across two
//! registers), `EOR`, the rotated round constant in the top word of a register,
//! and loading big-endian message words (`LD1` + `REV32`).
//!
//! # The register flow (derived from the instructions' pseudocode)
//! `ABCD = {D, C, B, A}`, `EFGH = {H, G, F, E}` (element 0 first); message
//! registers `M[g] = {W[4g], ..., W[4g+3]}`, `g = 0..16` (68 words). For
//! `g >= 4`, with `j = 4g`:
//!
//! ```text
//! M[g] = SM3PARTW2(SM3PARTW1(M[g-4], EXT(M[g-3], M[g-2], 12), M[g-1]),
//!                  EXT(M[g-2], M[g-1], 8), EXT(M[g-4], M[g-3], 12))
//! ```
//!
//! (`EXT(x, y, 4k)` = words `k..` of `x` then `y`: `W[j-9..j-6]`,
//! `W[j-6..j-3]`, `W[j-13..j-10]`.) Round `j = 4g + i`:
//!
//! ```text
//! SS1  = SM3SS1(ABCD, EFGH, {0, 0, 0, T_j <<< j})
//! ABCD = SM3TT1x(ABCD, SS1, M[g] EOR M[g+1], i)     // W'[j] = W[j] EOR W[j+4]
//! EFGH = SM3TT2x(EFGH, SS1, M[g], i)
//! ```
//!
//! with `x = A` for `j < 16`, `B` after. Padding (GB/T 32905-2016 5.2) is done
//! here in plain Rust.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::compose::sm3::sm3_arm;
//! let hex = |d: &[u8]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
//! // GB/T 32905-2016 Appendix A.1: SM3 of "abc".
//! assert_eq!(
//!     hex(&sm3_arm(Soft, b"abc")),
//!     "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
//! );
//! ```

use crate::arm::Arm;
use crate::backend::Backend;
use crate::math::sm3::{IV, t_rotated};
use crate::reg::{from_dwords, to_dwords};

/// `EXT Vd.16B, Vn.16B, Vm.16B, #(4k)`: words `k..3` of `n`, then words of `m`.
#[inline(always)]
fn ext(n: u128, m: u128, k: u32) -> u128 {
    (n >> (32 * k)) | (m << (128 - 32 * k))
}

/// SM3 from the Arm SM3 instructions.
#[must_use]
pub fn sm3_arm<B: Backend>(backend: B, msg: &[u8]) -> [u8; 32] {
    let arm = Arm(backend);
    let [a, b, c, d, e, f, g, h] = IV;
    let mut abcd = from_dwords([d, c, b, a]);
    let mut efgh = from_dwords([h, g, f, e]);
    let mut block = |w: &[u32; 16]| {
        let mut m = [0u128; 17];
        for gi in 0..4 {
            m[gi] = from_dwords([w[4 * gi], w[4 * gi + 1], w[4 * gi + 2], w[4 * gi + 3]]);
        }
        for gi in 4..17 {
            let p1 = arm.sm3partw1(m[gi - 4], ext(m[gi - 3], m[gi - 2], 3), m[gi - 1]);
            m[gi] = arm.sm3partw2(
                p1,
                ext(m[gi - 2], m[gi - 1], 2),
                ext(m[gi - 4], m[gi - 3], 3),
            );
        }
        let (abcd0, efgh0) = (abcd, efgh);
        for j in 0..64u32 {
            let (gi, i) = ((j / 4) as usize, (j % 4) as u8);
            let ss1 = arm.sm3ss1(abcd, efgh, u128::from(t_rotated(j)) << 96);
            let wp = m[gi] ^ m[gi + 1];
            if j < 16 {
                abcd = arm.sm3tt1a(abcd, ss1, wp, i);
                efgh = arm.sm3tt2a(efgh, ss1, m[gi], i);
            } else {
                abcd = arm.sm3tt1b(abcd, ss1, wp, i);
                efgh = arm.sm3tt2b(efgh, ss1, m[gi], i);
            }
        }
        abcd ^= abcd0;
        efgh ^= efgh0;
    };
    let word = |c: &[u8], i: usize| {
        u32::from_be_bytes([c[4 * i], c[4 * i + 1], c[4 * i + 2], c[4 * i + 3]])
    };
    let mut chunks = msg.chunks_exact(64);
    for c in chunks.by_ref() {
        block(&core::array::from_fn(|i| word(c, i)));
    }
    let rest = chunks.remainder();
    let mut tail = [0u8; 128];
    tail[..rest.len()].copy_from_slice(rest);
    tail[rest.len()] = 0x80;
    let len = if rest.len() < 56 { 64 } else { 128 };
    let bits = (msg.len() as u64).wrapping_mul(8);
    tail[len - 8..len].copy_from_slice(&bits.to_be_bytes());
    for c in tail[..len].chunks_exact(64) {
        block(&core::array::from_fn(|i| word(c, i)));
    }
    let [d, c, b, a] = to_dwords(abcd);
    let [h, g, f, e] = to_dwords(efgh);
    let mut out = [0u8; 32];
    for (o, w) in out.chunks_exact_mut(4).zip([a, b, c, d, e, f, g, h]) {
        o.copy_from_slice(&w.to_be_bytes());
    }
    out
}
