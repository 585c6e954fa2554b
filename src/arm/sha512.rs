//! ARMv8.2 SHA-512 instructions: SHA512H, SHA512H2, SHA512SU0, SHA512SU1
//! (FEAT_SHA512: `ID_AA64ISAR0_EL1.SHA2 == 0b0010`, Linux `HWCAP_SHA512`).
//!
//! # Doubleword order
//! Every operand is `.2D`: element 0 is bits 63:0 (`lo` below), element 1 bits
//! 127:64 (`hi`). One SHA512H + SHA512H2 pair computes two rounds `t`, `t+1`;
//! with the state held as `AB = {a, b}`, `CD = {c, d}`, `EF = {e, f}`,
//! `GH = {g, h}` (first word in element 0) the operands are (see
//! [`crate::compose::sha512`], which drives them this way):
//!
//! - SHA512H `Qd = {g + K[t+1] + W[t+1], h + K[t] + W[t]}`, `Qn = {f, g}`,
//!   `Vm = {d, e}`; result `{T1[t+1], T1[t]}`;
//! - SHA512H2 `Qd` = that result, `Qn = {c, _}` (only element 0 is read),
//!   `Vm = {a, b}`; result `{a[t+2], a[t+1]}`.
//!
//! The functions in `portable` are the semantics, transcribed from the Arm
//! Architecture Reference Manual's pseudocode (section C7.2, SHA512H, SHA512H2,
//! SHA512SU0, SHA512SU1) over [`crate::math::sha512`]; on an AArch64 host with
//! FEAT_SHA512 the native backend runs the instructions ([`HostInsn`]).

use super::Arm;
use crate::backend::{Auto, Backend, HostInsn, host_or};

/// The semantics in portable Rust (used whenever the backend has no SHA-512
/// instruction to run).
mod portable {
    use crate::math::sha512::{big_sigma0, big_sigma1, ch, maj, small_sigma0, small_sigma1};
    use crate::reg::{from_halves, to_halves};

    /// SHA512H, pseudocode order (`X = V[n]`, `Y = V[m]`, `W = V[d]`):
    /// ```text
    /// MSigma1 = Σ1(Y<127:64>)
    /// Vtmp<127:64> = Ch(Y<127:64>, X<63:0>, X<127:64>) + MSigma1 + W<127:64>
    /// tmp = Vtmp<127:64> + Y<63:0>
    /// MSigma1 = Σ1(tmp)
    /// Vtmp<63:0> = Ch(tmp, Y<127:64>, X<63:0>) + MSigma1 + W<63:0>
    /// ```
    pub(super) fn sha512h(d: u128, n: u128, m: u128) -> u128 {
        let [x0, x1] = to_halves(n);
        let [y0, y1] = to_halves(m);
        let [w0, w1] = to_halves(d);
        let hi = ch(y1, x0, x1).wrapping_add(big_sigma1(y1)).wrapping_add(w1);
        let tmp = hi.wrapping_add(y0);
        let lo = ch(tmp, y1, x0)
            .wrapping_add(big_sigma1(tmp))
            .wrapping_add(w0);
        from_halves([lo, hi])
    }

    /// SHA512H2, pseudocode order (`X = V[n]`, `Y = V[m]`, `W = V[d]`):
    /// ```text
    /// NSigma0 = Σ0(Y<63:0>)
    /// Vtmp<127:64> = Maj(X<63:0>, Y<127:64>, Y<63:0>) + NSigma0 + W<127:64>
    /// NSigma0 = Σ0(Vtmp<127:64>)
    /// Vtmp<63:0> = Maj(Vtmp<127:64>, Y<63:0>, Y<127:64>) + NSigma0 + W<63:0>
    /// ```
    /// (The manual writes Maj as the three ANDs joined by EOR; it is
    /// symmetric in its arguments.)
    pub(super) fn sha512h2(d: u128, n: u128, m: u128) -> u128 {
        let x0 = n as u64;
        let [y0, y1] = to_halves(m);
        let [w0, w1] = to_halves(d);
        let hi = maj(x0, y1, y0)
            .wrapping_add(big_sigma0(y0))
            .wrapping_add(w1);
        let lo = maj(hi, y0, y1)
            .wrapping_add(big_sigma0(hi))
            .wrapping_add(w0);
        from_halves([lo, hi])
    }

    /// SHA512SU0 (`X = V[n]`, `W = V[d]`):
    /// `Vtmp<63:0> = W<63:0> + σ0(W<127:64>)`, then
    /// `Vtmp<127:64> = W<127:64> + σ0(X<63:0>)`, with
    /// `σ0(x) = ROR(x, 1) EOR ROR(x, 8) EOR LSR(x, 7)`.
    pub(super) fn sha512su0(d: u128, n: u128) -> u128 {
        let [w0, w1] = to_halves(d);
        let x0 = n as u64;
        from_halves([
            w0.wrapping_add(small_sigma0(w1)),
            w1.wrapping_add(small_sigma0(x0)),
        ])
    }

    /// SHA512SU1 (`X = V[n]`, `Y = V[m]`, `W = V[d]`):
    /// `Vtmp<127:64> = W<127:64> + σ1(X<127:64>) + Y<127:64>`, then
    /// `Vtmp<63:0> = W<63:0> + σ1(X<63:0>) + Y<63:0>`, with
    /// `σ1(x) = ROR(x, 19) EOR ROR(x, 61) EOR LSR(x, 6)`.
    pub(super) fn sha512su1(d: u128, n: u128, m: u128) -> u128 {
        let [w0, w1] = to_halves(d);
        let [x0, x1] = to_halves(n);
        let [y0, y1] = to_halves(m);
        from_halves([
            w0.wrapping_add(small_sigma1(x0)).wrapping_add(y0),
            w1.wrapping_add(small_sigma1(x1)).wrapping_add(y1),
        ])
    }
}

impl<B: Backend> Arm<B> {
    /// SHA512H on this backend; see [`sha512h`].
    #[inline]
    #[must_use]
    pub fn sha512h(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha512h, (d, n, m, 0), portable::sha512h, (d: u128, n: u128, m: u128))
    }
    /// SHA512H2 on this backend; see [`sha512h2`].
    #[inline]
    #[must_use]
    pub fn sha512h2(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha512h2, (d, n, m, 0), portable::sha512h2, (d: u128, n: u128, m: u128))
    }
    /// SHA512SU0 on this backend; see [`sha512su0`].
    #[inline]
    #[must_use]
    pub fn sha512su0(self, d: u128, n: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha512su0, (d, n, 0, 0), portable::sha512su0, (d: u128, n: u128))
    }
    /// SHA512SU1 on this backend; see [`sha512su1`].
    #[inline]
    #[must_use]
    pub fn sha512su1(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha512su1, (d, n, m, 0), portable::sha512su1, (d: u128, n: u128, m: u128))
    }
}

/// SHA512H Qd, Qn, Vm.2D: SHA-512 hash update, part 1 (two rounds' `T1`).
///
/// Arm ARM pseudocode, with `X = V[n]`, `Y = V[m]`, `W = V[d]`:
/// 1. `Vtmp<127:64> = Ch(Y<127:64>, X<63:0>, X<127:64>) + Σ1(Y<127:64>) + W<127:64>`;
/// 2. `tmp = Vtmp<127:64> + Y<63:0>` (the next round's `e`);
/// 3. `Vtmp<63:0> = Ch(tmp, Y<127:64>, X<63:0>) + Σ1(tmp) + W<63:0>`;
///
/// all additions mod 2^64, `Σ1(x) = ROR 14 ^ ROR 18 ^ ROR 41`.
///
/// - `d`: Qd, read and written: `{g + K[t+1] + W[t+1], h + K[t] + W[t]}`;
/// - `n`: Qn = `{f, g}`; `m`: Vm = `{d, e}` (element 0 first).
///
/// Result `{T1[t+1], T1[t]}`. Needs FEAT_SHA512 (Linux `HWCAP_SHA512`).
#[inline]
#[must_use]
pub fn sha512h(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sha512h(d, n, m)
}

/// SHA512H2 Qd, Qn, Vm.2D: SHA-512 hash update, part 2 (two rounds' new `a`).
///
/// Arm ARM pseudocode, with `X = V[n]`, `Y = V[m]`, `W = V[d]`:
/// 1. `Vtmp<127:64> = Maj(X<63:0>, Y<127:64>, Y<63:0>) + Σ0(Y<63:0>) + W<127:64>`;
/// 2. `Vtmp<63:0> = Maj(Vtmp<127:64>, Y<63:0>, Y<127:64>) + Σ0(Vtmp<127:64>) + W<63:0>`;
///
/// all additions mod 2^64, `Σ0(x) = ROR 28 ^ ROR 34 ^ ROR 39`.
///
/// - `d`: Qd, read and written: SHA512H's result `{T1[t+1], T1[t]}`;
/// - `n`: Qn: only element 0 (`c`) is read; `m`: Vm = `{a, b}`.
///
/// Result `{a[t+2], a[t+1]}`. Needs FEAT_SHA512.
#[inline]
#[must_use]
pub fn sha512h2(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sha512h2(d, n, m)
}

/// SHA512SU0 Vd.2D, Vn.2D: SHA-512 schedule update 0.
///
/// Arm ARM pseudocode (`X = V[n]`, `W = V[d]`):
/// 1. `Vtmp<63:0> = W<63:0> + σ0(W<127:64>)`;
/// 2. `Vtmp<127:64> = W<127:64> + σ0(X<63:0>)`;
///
/// `σ0(x) = ROR(x, 1) ^ ROR(x, 8) ^ (x >> 7)`.
///
/// - `d`: Vd, read and written (`{W[t-16], W[t-15]}`); `n`: Vn (only element
///   0, `W[t-14]`, is read). Needs FEAT_SHA512.
#[inline]
#[must_use]
pub fn sha512su0(d: u128, n: u128) -> u128 {
    Arm(Auto).sha512su0(d, n)
}

/// SHA512SU1 Vd.2D, Vn.2D, Vm.2D: SHA-512 schedule update 1.
///
/// Arm ARM pseudocode (`X = V[n]`, `Y = V[m]`, `W = V[d]`):
/// 1. `Vtmp<127:64> = W<127:64> + σ1(X<127:64>) + Y<127:64>`;
/// 2. `Vtmp<63:0> = W<63:0> + σ1(X<63:0>) + Y<63:0>`;
///
/// `σ1(x) = ROR(x, 19) ^ ROR(x, 61) ^ (x >> 6)`. The two lanes are independent.
///
/// - `d`: Vd, read and written (SHA512SU0's result); `n`: Vn =
///   `{W[t-2], W[t-1]}`; `m`: Vm = `{W[t-7], W[t-6]}`. Needs FEAT_SHA512.
#[inline]
#[must_use]
pub fn sha512su1(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sha512su1(d, n, m)
}
