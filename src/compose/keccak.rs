//! Keccak-f\[1600\] and the SHA-3 sponge (FIPS 202) built only from the Arm
//! SHA3 instructions EOR3, RAX1, XAR and BCAX (plus one `EOR` for ι), the way
//! Arm guest code computes them: 25 registers, each holding the same lane of
//! two independent states (state 0 in bits 63:0, state 1 in bits 127:64).
//!
//! Per round (FIPS 202 3.2, steps fused as in
//! [`crate::math::keccak::keccak_f1600_arm`]):
//! - θ: `C[x] = EOR3(EOR3(A[x,0], A[x,1], A[x,2]), A[x,3], A[x,4])`,
//!   `D[x] = RAX1(C[x-1], C[x+1])`;
//! - θ's XOR with ρ and π: `B[y, 2x+3y] = XAR(A[x,y], D[x], (64 - r[x,y]) mod 64)`;
//! - χ: `A[x,y] = BCAX(B[x,y], B[x+2,y], B[x+1,y])`;
//! - ι: `A[0,0] ^= RC[ir]` in both halves.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::compose::keccak::{keccak_f1600_x2, sha3_256_arm};
//! // Two all-zero states, one per 64-bit half of each register. Keccak-f[1600]
//! // of the zero state (the Keccak team's KeccakF-1600-IntermediateValues.txt):
//! // lane A[0, 0] is F1258F7940E1DDE7.
//! let mut a = [0u128; 25];
//! keccak_f1600_x2(Soft, &mut a);
//! assert_eq!(a[0], 0xf1258f7940e1dde7_f1258f7940e1dde7);
//! // FIPS 202 example values (NIST SHA3-256.pdf): SHA3-256 of "abc".
//! let hex = |d: &[u8]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
//! assert_eq!(
//!     hex(&sha3_256_arm(Soft, b"abc")),
//!     "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"
//! );
//! ```

use crate::arm::Arm;
use crate::backend::Backend;
use crate::math::keccak::{RC, RHO};
use crate::reg::from_halves;

/// Keccak-f\[1600\] on two states at once: `a[x + 5y]` holds lane `(x, y)` of
/// state 0 in bits 63:0 and of state 1 in bits 127:64.
pub fn keccak_f1600_x2<B: Backend>(backend: B, a: &mut [u128; 25]) {
    let arm = Arm(backend);
    for rc in RC {
        let c: [u128; 5] = core::array::from_fn(|x| {
            arm.eor3(arm.eor3(a[x], a[x + 5], a[x + 10]), a[x + 15], a[x + 20])
        });
        let d: [u128; 5] = core::array::from_fn(|x| arm.rax1(c[(x + 4) % 5], c[(x + 1) % 5]));
        let mut b = [0u128; 25];
        for (i, lane) in a.iter().enumerate() {
            let (x, y) = (i % 5, i / 5);
            b[y + 5 * ((2 * x + 3 * y) % 5)] = arm.xar(*lane, d[x], ((64 - RHO[i]) % 64) as u8);
        }
        for (i, lane) in a.iter_mut().enumerate() {
            let (x, row) = (i % 5, i - i % 5);
            *lane = arm.bcax(b[i], b[row + (x + 2) % 5], b[row + (x + 1) % 5]);
        }
        a[0] ^= from_halves([rc, rc]);
    }
}

/// The sponge with Keccak-f\[1600\] (FIPS 202 4, 5.1 pad10*1 and 6: the
/// domain suffix bits `suffix`, rate `rate` bytes), on state 0 of
/// [`keccak_f1600_x2`] (state 1 stays zero).
fn sponge<B: Backend>(backend: B, rate: usize, suffix: u8, msg: &[u8], out: &mut [u8]) {
    let mut a = [0u128; 25];
    let absorb = |a: &mut [u128; 25], block: &[u8]| {
        for (i, c) in block.chunks_exact(8).enumerate() {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            a[i] ^= u128::from(u64::from_le_bytes(w));
        }
        keccak_f1600_x2(backend, a);
    };
    let mut chunks = msg.chunks_exact(rate);
    for c in chunks.by_ref() {
        absorb(&mut a, c);
    }
    let rest = chunks.remainder();
    let mut last = [0u8; 200];
    last[..rest.len()].copy_from_slice(rest);
    last[rest.len()] ^= suffix;
    last[rate - 1] ^= 0x80;
    absorb(&mut a, &last[..rate]);
    let mut done = 0;
    loop {
        for (i, o) in out[done..].iter_mut().take(rate).enumerate() {
            *o = (a[i / 8] >> (8 * (i % 8))) as u8;
        }
        done += rate.min(out.len() - done);
        if done == out.len() {
            break;
        }
        keccak_f1600_x2(backend, &mut a);
    }
}

/// SHA3-256 (FIPS 202 6.1: rate 136 bytes, suffix `01`) from the Arm SHA3
/// instructions.
#[must_use]
pub fn sha3_256_arm<B: Backend>(backend: B, msg: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    sponge(backend, 136, 0x06, msg, &mut out);
    out
}

/// SHAKE128 (FIPS 202 6.2: rate 168 bytes, suffix `1111`), `out.len()` bytes of
/// output, from the Arm SHA3 instructions.
pub fn shake128_arm<B: Backend>(backend: B, msg: &[u8], out: &mut [u8]) {
    sponge(backend, 168, 0x1f, msg, out);
}
