//! Zvknha / Zvknhb: NIST suite vector SHA-2 (RISC-V Cryptography Extensions
//! Volume II v1.0, "Zvknh\[ab\]"): `vsha2ms.vv`, `vsha2ch.vv`, `vsha2cl.vv`.
//!
//! EGS = 4 elements of SEW bits: SEW = 32 is SHA-256 (Zvknha and Zvknhb,
//! EGW = 128, a `u128` group), SEW = 64 is SHA-512 (Zvknhb only, EGW = 256,
//! a `[u64; 4]` group). Element `j` of a group is its word `j` (bits
//! `32j+31..32j` of a `u128`; entry `j` of a `[u64; 4]`). Element values are
//! the standard's words (a big-endian message is byte-swapped into them by
//! the program, e.g. with `vrev8.v`).
//!
//! - `vsha2ms vd, vs2, vs1`: message schedule. `vd = {W0, W1, W2, W3}`, `vs2 =
//!   {W4, W9, W10, W11}`, `vs1 = {W12, W13, W14, W15}` (element 0 first); the
//!   result is `{W16, W17, W18, W19}` with `W[t] = σ1(W[t-2]) + W[t-7] +
//!   σ0(W[t-15]) + W[t-16]` (`W13` is not read).
//! - `vsha2cl` / `vsha2ch vd, vs2, vs1`: two rounds. `vd = {h, g, d, c}`, `vs2
//!   = {f, e, b, a}` (element 0 first), `vs1` = four `W + K` words, of which
//!   `vsha2cl` uses elements 0 and 1 and `vsha2ch` elements 2 and 3. The
//!   result is the new `{f, e, b, a}`; the program keeps the old `vs2` as the
//!   next `{h, g, d, c}`.
//!
//! `vd` must not overlap `vs1` or `vs2` ([`super::v::execute`] checks it).
//!
//! # Examples
//!
//! ```
//! use crypto_insn::{reg, riscv::zvknh};
//! // A SEW = 32 element group: 16 bytes in memory order (vse32.v).
//! let g = |s: &str| reg::parse_mem_hex(s).unwrap();
//! // vectors/riscv-vector.txt line 1403: vsha2ms.vv sew=32 vl=4 <vd> <vs2> <vs1> -> <vd after>.
//! let w16_19 = zvknh::vsha2ms_e32(
//!     g("15bb54ff2e60639013afbfdce3ee3aae"),
//!     g("5b606600be1ed97b73c2222d56d760e1"),
//!     g("4d14be26b98a5c195b337439187210d6"),
//! );
//! assert_eq!(w16_19, g("488f1db20a96ebcc2612a69d0fc90abd"));
//! ```

use crate::math::{sha256, sha512};
use crate::reg;

/// Two SHA-256 rounds in the instruction's operand layout.
fn rounds2_e32(vd: u128, vs2: u128, w0: u32, w1: u32) -> u128 {
    let [h, g, d, c] = reg::to_dwords(vd);
    let [f, e, b, a] = reg::to_dwords(vs2);
    let mut s = [a, b, c, d, e, f, g, h];
    for w in [w0, w1] {
        s = sha256::round(s, w);
    }
    reg::from_dwords([s[5], s[4], s[1], s[0]])
}

/// Two SHA-512 rounds in the instruction's operand layout.
fn rounds2_e64(vd: [u64; 4], vs2: [u64; 4], w0: u64, w1: u64) -> [u64; 4] {
    let [h, g, d, c] = vd;
    let [f, e, b, a] = vs2;
    let mut s = [a, b, c, d, e, f, g, h];
    for w in [w0, w1] {
        s = sha512::round(s, w);
    }
    [s[5], s[4], s[1], s[0]]
}

/// `vsha2ms.vv vd, vs2, vs1` at SEW = 32: four SHA-256 message-schedule
/// words (see the module docs for the operand layout).
#[must_use]
pub fn vsha2ms_e32(vd: u128, vs2: u128, vs1: u128) -> u128 {
    let w = reg::to_dwords(vd);
    let [w4, w9, w10, w11] = reg::to_dwords(vs2);
    let [w12, _w13, w14, w15] = reg::to_dwords(vs1);
    let next = sha256::schedule_next;
    let w16 = next(w14, w9, w[1], w[0]);
    let w17 = next(w15, w10, w[2], w[1]);
    let w18 = next(w16, w11, w[3], w[2]);
    let w19 = next(w17, w12, w4, w[3]);
    reg::from_dwords([w16, w17, w18, w19])
}

/// `vsha2ms.vv vd, vs2, vs1` at SEW = 64 (Zvknhb): four SHA-512
/// message-schedule words.
#[must_use]
pub fn vsha2ms_e64(vd: [u64; 4], vs2: [u64; 4], vs1: [u64; 4]) -> [u64; 4] {
    let w = vd;
    let [w4, w9, w10, w11] = vs2;
    let [w12, _w13, w14, w15] = vs1;
    let w16 = sha512::schedule_next(w14, w9, w[1], w[0]);
    let w17 = sha512::schedule_next(w15, w10, w[2], w[1]);
    let w18 = sha512::schedule_next(w16, w11, w[3], w[2]);
    let w19 = sha512::schedule_next(w17, w12, w4, w[3]);
    [w16, w17, w18, w19]
}

/// `vsha2cl.vv vd, vs2, vs1` at SEW = 32: two SHA-256 rounds with the `W +
/// K` words of elements 0 and 1 of `vs1`.
#[must_use]
pub fn vsha2cl_e32(vd: u128, vs2: u128, vs1: u128) -> u128 {
    let wk = reg::to_dwords(vs1);
    rounds2_e32(vd, vs2, wk[0], wk[1])
}

/// `vsha2ch.vv vd, vs2, vs1` at SEW = 32: two SHA-256 rounds with the `W +
/// K` words of elements 2 and 3 of `vs1`.
#[must_use]
pub fn vsha2ch_e32(vd: u128, vs2: u128, vs1: u128) -> u128 {
    let wk = reg::to_dwords(vs1);
    rounds2_e32(vd, vs2, wk[2], wk[3])
}

/// `vsha2cl.vv vd, vs2, vs1` at SEW = 64 (Zvknhb): two SHA-512 rounds with
/// elements 0 and 1 of `vs1`.
#[must_use]
pub fn vsha2cl_e64(vd: [u64; 4], vs2: [u64; 4], vs1: [u64; 4]) -> [u64; 4] {
    rounds2_e64(vd, vs2, vs1[0], vs1[1])
}

/// `vsha2ch.vv vd, vs2, vs1` at SEW = 64 (Zvknhb): two SHA-512 rounds with
/// elements 2 and 3 of `vs1`.
#[must_use]
pub fn vsha2ch_e64(vd: [u64; 4], vs2: [u64; 4], vs1: [u64; 4]) -> [u64; 4] {
    rounds2_e64(vd, vs2, vs1[2], vs1[3])
}
