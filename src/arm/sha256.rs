//! ARMv8 Cryptographic Extension SHA-256 instructions: SHA256H, SHA256H2,
//! SHA256SU0, SHA256SU1 (FEAT_SHA256, Linux `HWCAP_SHA2`).
//!
//! # Word order
//! `Qd` of SHA256H is `{a, b, c, d}` with `a` in element 0 (bits 31:0), `Qn`
//! `{e, f, g, h}`; `Vm.4S` holds the four `W + K` words, element 0 first. x86
//! SHA256RNDS2 uses the opposite order and other groupings (see [`crate::x86`]).
//!
//! The functions in `portable` are the semantics, transcribed from the Arm
//! Architecture Reference Manual's pseudocode (`SHA256hash` and the
//! `ROL(Y:X, 32)` rotation of the concatenated state) over
//! [`crate::math::sha256`]; on an AArch64 host with the instructions the
//! native backend runs them ([`HostInsn`]).

use super::Arm;
use crate::backend::{Auto, Backend, HostInsn, host_or};

/// The semantics in portable Rust, built from the math layer (used whenever the
/// backend has no Arm SHA instruction to run).
mod portable {
    use crate::math::sha256::{big_sigma0, big_sigma1, ch, maj, small_sigma0, small_sigma1};
    use crate::reg::{from_dwords, to_dwords};

    /// `SHA256hash(X, Y, W, part1)`:
    /// ```text
    /// for e = 0..3: chs = SHAchoose(Y[31:0], Y[63:32], Y[95:64])
    ///               maj = SHAmajority(X[31:0], X[63:32], X[95:64])
    ///               t = Y[127:96] + SIGMA1(Y[31:0]) + chs + W[e]
    ///               X[127:96] = t + X[127:96]
    ///               Y[127:96] = t + SIGMA0(X[31:0]) + maj
    ///               Y:X = ROL(Y:X, 32)       // 256-bit rotation
    /// return part1 ? X : Y
    /// ```
    fn sha256_hash(x: u128, y: u128, w: u128, part1: bool) -> u128 {
        let mut x = to_dwords(x);
        let mut y = to_dwords(y);
        for we in to_dwords(w) {
            let chs = ch(y[0], y[1], y[2]);
            let mj = maj(x[0], x[1], x[2]);
            let t = y[3]
                .wrapping_add(big_sigma1(y[0]))
                .wrapping_add(chs)
                .wrapping_add(we);
            x[3] = t.wrapping_add(x[3]);
            y[3] = t.wrapping_add(big_sigma0(x[0])).wrapping_add(mj);
            // Y:X = [y3 y2 y1 y0 x3 x2 x1 x0] rotated left by one word.
            let (top_y, top_x) = (y[3], x[3]);
            y = [top_x, y[0], y[1], y[2]];
            x = [top_y, x[0], x[1], x[2]];
        }
        from_dwords(if part1 { x } else { y })
    }

    /// SHA256H: `Vd = SHA256hash(Vd, Vn, Vm, TRUE)` (`Vd` = `{a,b,c,d}`,
    /// `Vn` = `{e,f,g,h}`).
    pub(super) fn sha256h(d: u128, n: u128, m: u128) -> u128 {
        sha256_hash(d, n, m, true)
    }

    /// SHA256H2: `Vd = SHA256hash(Vn, Vd, Vm, FALSE)` (`Vd` = `{e,f,g,h}`,
    /// `Vn` = `{a,b,c,d}` as it was before SHA256H).
    pub(super) fn sha256h2(d: u128, n: u128, m: u128) -> u128 {
        sha256_hash(n, d, m, false)
    }

    /// SHA256SU0: `T = Vn[31:0]:Vd[127:32]`; element `e` of the result is
    /// `σ0(T[e]) + Vd[e]` with `σ0 = ROR 7 ^ ROR 18 ^ LSR 3`.
    pub(super) fn sha256su0(d: u128, n: u128) -> u128 {
        let t = to_dwords((u128::from(n as u32) << 96) | (d >> 32));
        let d = to_dwords(d);
        from_dwords(core::array::from_fn(|e| {
            small_sigma0(t[e]).wrapping_add(d[e])
        }))
    }

    /// SHA256SU1: `T0 = Vm[31:0]:Vn[127:32]`, `T1 = Vm[127:64]`; elements 0, 1 are
    /// `σ1(T1[e]) + Vd[e] + T0[e]`, then `T1` = those two new elements and
    /// elements 2, 3 are `σ1(T1[e-2]) + Vd[e] + T0[e]` (`σ1 = ROR 17 ^ ROR 19 ^ LSR 10`).
    pub(super) fn sha256su1(d: u128, n: u128, m: u128) -> u128 {
        let t0 = to_dwords((u128::from(m as u32) << 96) | (n >> 32));
        let m = to_dwords(m);
        let d = to_dwords(d);
        let mut r = [0u32; 4];
        for e in 0..2 {
            r[e] = small_sigma1(m[e + 2])
                .wrapping_add(d[e])
                .wrapping_add(t0[e]);
        }
        for e in 2..4 {
            r[e] = small_sigma1(r[e - 2])
                .wrapping_add(d[e])
                .wrapping_add(t0[e]);
        }
        from_dwords(r)
    }
}

impl<B: Backend> Arm<B> {
    /// SHA256H on this backend; see [`sha256h`].
    #[inline]
    #[must_use]
    pub fn sha256h(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha256h, (d, n, m, 0), portable::sha256h, (d: u128, n: u128, m: u128))
    }
    /// SHA256H2 on this backend; see [`sha256h2`].
    #[inline]
    #[must_use]
    pub fn sha256h2(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha256h2, (d, n, m, 0), portable::sha256h2, (d: u128, n: u128, m: u128))
    }
    /// SHA256SU0 on this backend; see [`sha256su0`].
    #[inline]
    #[must_use]
    pub fn sha256su0(self, d: u128, n: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha256su0, (d, n, 0, 0), portable::sha256su0, (d: u128, n: u128))
    }
    /// SHA256SU1 on this backend; see [`sha256su1`].
    #[inline]
    #[must_use]
    pub fn sha256su1(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha256su1, (d, n, m, 0), portable::sha256su1, (d: u128, n: u128, m: u128))
    }
}

/// SHA256H Qd, Qn, Vm.4S: SHA-256 hash update, part 1 (the new `{a,b,c,d}`).
///
/// Arm ARM: `V[d] = SHA256hash(V[d], V[n], V[m], TRUE)`, where `SHA256hash`
/// runs four rounds over `X = {a,b,c,d}`, `Y = {e,f,g,h}` and rotates the
/// 256-bit `Y:X` by one word each round (see `portable::sha256_hash`).
///
/// - `d`: Qd = `{a,b,c,d}` (read and written); `n`: Qn = `{e,f,g,h}`;
///   `m`: Vm.4S = `W + K`. Needs FEAT_SHA256 (Linux `HWCAP_SHA2`).
#[inline]
#[must_use]
pub fn sha256h(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sha256h(d, n, m)
}

/// SHA256H2 Qd, Qn, Vm.4S: SHA-256 hash update, part 2 (the new `{e,f,g,h}`).
///
/// Arm ARM: `V[d] = SHA256hash(V[n], V[d], V[m], FALSE)`: the same four rounds
/// with the operands swapped, returning `Y`.
///
/// - `d`: Qd = `{e,f,g,h}` (read and written); `n`: Qn = `{a,b,c,d}` as it was
///   *before* the SHA256H of the same rounds; `m`: Vm.4S = `W + K`.
///   Needs FEAT_SHA256.
#[inline]
#[must_use]
pub fn sha256h2(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sha256h2(d, n, m)
}

/// SHA256SU0 Vd.4S, Vn.4S: SHA-256 schedule update 0.
///
/// Arm ARM: `T = V[n]<31:0> : V[d]<127:32>`; element `e` of the result is
/// `(ROR(T[e], 7) EOR ROR(T[e], 18) EOR LSR(T[e], 3)) + V[d][e]`.
///
/// - `d`: Vd (read and written); `n`: Vn. Needs FEAT_SHA256.
#[inline]
#[must_use]
pub fn sha256su0(d: u128, n: u128) -> u128 {
    Arm(Auto).sha256su0(d, n)
}

/// SHA256SU1 Vd.4S, Vn.4S, Vm.4S: SHA-256 schedule update 1.
///
/// Arm ARM: `T0 = V[m]<31:0> : V[n]<127:32>; T1 = V[m]<127:64>`; elements 0 and 1:
/// `σ1(T1[e]) + V[d][e] + T0[e]`; then `T1` = the new elements 0 and 1, and
/// elements 2 and 3: `σ1(T1[e-2]) + V[d][e] + T0[e]`, with
/// `σ1(x) = ROR(x, 17) EOR ROR(x, 19) EOR LSR(x, 10)`.
///
/// - `d`: Vd (read and written); `n`: Vn; `m`: Vm. Needs FEAT_SHA256.
#[inline]
#[must_use]
pub fn sha256su1(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sha256su1(d, n, m)
}

#[cfg(test)]
mod free_function_tests {
    use super::*;
    use crate::backend::Soft;

    /// The free functions (on `Auto`) compute what the explicit backend's
    /// methods do (`soft`, which the vector files check), on pseudo-random
    /// registers: the dispatch is not a place where results can change.
    #[test]
    fn free_functions_are_the_backend_methods() {
        for (a, b, c) in crate::test_register_triples(64) {
            assert_eq!(sha256h(a, b, c), Arm(Soft).sha256h(a, b, c));
            assert_eq!(sha256h2(a, b, c), Arm(Soft).sha256h2(a, b, c));
            assert_eq!(sha256su0(a, b), Arm(Soft).sha256su0(a, b));
            assert_eq!(sha256su1(a, b, c), Arm(Soft).sha256su1(a, b, c));
        }
    }
}
