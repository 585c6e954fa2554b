//! ARMv8 Cryptographic Extension SHA-1 instructions: SHA1C, SHA1P, SHA1M, SHA1H,
//! SHA1SU0, SHA1SU1 (FEAT_SHA1, Linux `HWCAP_SHA1`).
//!
//! # Word order
//! Arm keeps the SHA state with `a` in element 0 (bits 31:0): `Qd` of SHA1C is
//! `{a, b, c, d}` from the bottom, the opposite of x86 (see [`crate::x86`]).
//! `Vm.4S` holds the four `W + K` words, element 0 first.
//!
//! # Scalar operands
//! `SHA1C Qd, Sn, Vm.4S` reads only `Sn` = bits 31:0 of `Vn` (the SHA-1 `e`);
//! SHA1H writes only `Sd`, and a scalar write zeroes the rest of the vector
//! register, so its result is `ZeroExtend(ROL(Vn[31:0], 30), 128)`. The helpers
//! take and return whole registers.
//!
//! The functions in `portable` are the semantics, transcribed from the Arm
//! Architecture Reference Manual's pseudocode (`SHA1hashupdate`-style loops with
//! `SHAchoose`, `SHAparity`, `SHAmajority`, and the `ROL(Y:X, 32)` rotation of
//! the concatenated state) over [`crate::math::sha1`]; on an AArch64 host with
//! the instructions the native backend runs them ([`HostInsn`]).

use super::Arm;
use crate::backend::{Auto, Backend, HostInsn, host_or};

/// The semantics in portable Rust, built from the math layer (used whenever the
/// backend has no Arm SHA instruction to run).
mod portable {
    use crate::math::sha1::{ch, maj, parity};
    use crate::reg::{from_dwords, to_dwords};

    /// The SHA1C/SHA1P/SHA1M loop with hash function `f`:
    /// ```text
    /// X = Vd; Y = Vn[31:0]; W = Vm
    /// for e = 0..3: t = f(X[63:32], X[95:64], X[127:96])
    ///               Y = Y + ROL(X[31:0], 5) + t + W[e]
    ///               X[63:32] = ROL(X[63:32], 30)
    ///               Y:X = ROL(Y:X, 32)      // 160-bit rotation
    /// Vd = X
    /// ```
    fn sha1_rounds(x: u128, y: u128, w: u128, f: fn(u32, u32, u32) -> u32) -> u128 {
        let [mut x0, mut x1, mut x2, mut x3] = to_dwords(x);
        let mut y = to_dwords(y)[0];
        for we in to_dwords(w) {
            let t = f(x1, x2, x3);
            y = y
                .wrapping_add(x0.rotate_left(5))
                .wrapping_add(t)
                .wrapping_add(we);
            x1 = x1.rotate_left(30);
            // Y:X = [y, x3, x2, x1, x0] rotated left by one word.
            (y, x3, x2, x1, x0) = (x3, x2, x1, x0, y);
        }
        from_dwords([x0, x1, x2, x3])
    }

    /// SHA1C: the rounds with `SHAchoose` (Ch).
    pub(super) fn sha1c(d: u128, n: u128, m: u128) -> u128 {
        sha1_rounds(d, n, m, ch)
    }

    /// SHA1P: the rounds with `SHAparity`.
    pub(super) fn sha1p(d: u128, n: u128, m: u128) -> u128 {
        sha1_rounds(d, n, m, parity)
    }

    /// SHA1M: the rounds with `SHAmajority` (Maj).
    pub(super) fn sha1m(d: u128, n: u128, m: u128) -> u128 {
        sha1_rounds(d, n, m, maj)
    }

    /// SHA1H: `Vd = ZeroExtend(ROL(Vn[31:0], 30), 128)`.
    pub(super) fn sha1h(n: u128) -> u128 {
        u128::from((n as u32).rotate_left(30))
    }

    /// SHA1SU0: `result = Vn[63:0]:Vd[127:64]; Vd = result ^ Vd ^ Vm`.
    pub(super) fn sha1su0(d: u128, n: u128, m: u128) -> u128 {
        let t = (u128::from(n as u64) << 64) | (d >> 64);
        t ^ d ^ m
    }

    /// SHA1SU1: `T = Vd ^ LSR(Vn, 32)`; each element `ROL(T[e], 1)`, and the top
    /// element also XORs `ROL(T[0], 2)`.
    pub(super) fn sha1su1(d: u128, n: u128) -> u128 {
        let t = to_dwords(d ^ (n >> 32));
        from_dwords([
            t[0].rotate_left(1),
            t[1].rotate_left(1),
            t[2].rotate_left(1),
            t[3].rotate_left(1) ^ t[0].rotate_left(2),
        ])
    }
}

impl<B: Backend> Arm<B> {
    /// SHA1C on this backend; see [`sha1c`].
    #[inline]
    #[must_use]
    pub fn sha1c(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha1c, (d, n, m, 0), portable::sha1c, (d: u128, n: u128, m: u128))
    }
    /// SHA1P on this backend; see [`sha1p`].
    #[inline]
    #[must_use]
    pub fn sha1p(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha1p, (d, n, m, 0), portable::sha1p, (d: u128, n: u128, m: u128))
    }
    /// SHA1M on this backend; see [`sha1m`].
    #[inline]
    #[must_use]
    pub fn sha1m(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha1m, (d, n, m, 0), portable::sha1m, (d: u128, n: u128, m: u128))
    }
    /// SHA1H on this backend; see [`sha1h`].
    #[inline]
    #[must_use]
    pub fn sha1h(self, n: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha1h, (n, 0, 0, 0), portable::sha1h, (n: u128))
    }
    /// SHA1SU0 on this backend; see [`sha1su0`].
    #[inline]
    #[must_use]
    pub fn sha1su0(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha1su0, (d, n, m, 0), portable::sha1su0, (d: u128, n: u128, m: u128))
    }
    /// SHA1SU1 on this backend; see [`sha1su1`].
    #[inline]
    #[must_use]
    pub fn sha1su1(self, d: u128, n: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sha1su1, (d, n, 0, 0), portable::sha1su1, (d: u128, n: u128))
    }
}

/// SHA1C Qd, Sn, Vm.4S: four SHA-1 rounds with the Choose function (rounds 0-19).
///
/// Arm ARM: `X = V[d]; Y = V[n]<31:0>; W = V[m]; for e = 0..3 { t = SHAchoose(X<63:32>,
/// X<95:64>, X<127:96>); Y = Y + ROL(X<31:0>, 5) + t + Elem[W, e, 32];
/// X<63:32> = ROL(X<63:32>, 30); <Y, X> = ROL(Y:X, 32) }; V[d] = X`.
///
/// - `d`: Qd = `{a, b, c, d}` (a in bits 31:0; read and written); `n`: the whole
///   `Vn` register, of which `Sn` (bits 31:0, the SHA-1 `e`) is read; `m`:
///   Vm.4S = `W + K` for the four rounds.
/// - Needs FEAT_SHA1 (Linux `HWCAP_SHA1`).
#[inline]
#[must_use]
pub fn sha1c(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sha1c(d, n, m)
}

/// SHA1P Qd, Sn, Vm.4S: four SHA-1 rounds with the Parity function (rounds
/// 20-39 and 60-79). Same loop as [`sha1c`] with `SHAparity(x,y,z) = x^y^z`.
///
/// Needs FEAT_SHA1 (Linux `HWCAP_SHA1`).
#[inline]
#[must_use]
pub fn sha1p(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sha1p(d, n, m)
}

/// SHA1M Qd, Sn, Vm.4S: four SHA-1 rounds with the Majority function (rounds
/// 40-59). Same loop as [`sha1c`] with `SHAmajority`.
///
/// Needs FEAT_SHA1 (Linux `HWCAP_SHA1`).
#[inline]
#[must_use]
pub fn sha1m(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sha1m(d, n, m)
}

/// SHA1H Sd, Sn: SHA-1 fixed rotate.
///
/// Arm ARM: `V[d] = ROL(V[n]<31:0>, 30)` written to the scalar `Sd`, which
/// zeroes the rest of the vector register: the result is the rotated word then
/// 96 zero bits.
///
/// - `n`: the whole `Vn` register (bits 31:0 are read). Needs FEAT_SHA1.
#[inline]
#[must_use]
pub fn sha1h(n: u128) -> u128 {
    Arm(Auto).sha1h(n)
}

/// SHA1SU0 Vd.4S, Vn.4S, Vm.4S: SHA-1 schedule update 0.
///
/// Arm ARM: `result = V[n]<63:0> : V[d]<127:64>; result = result EOR V[d] EOR V[m]`.
///
/// - `d`: Vd (read and written); `n`: Vn; `m`: Vm. Needs FEAT_SHA1.
#[inline]
#[must_use]
pub fn sha1su0(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sha1su0(d, n, m)
}

/// SHA1SU1 Vd.4S, Vn.4S: SHA-1 schedule update 1.
///
/// Arm ARM: `T = V[d] EOR LSR(V[n], 32)`; `result<31:0> = ROL(T<31:0>, 1)`, likewise
/// for elements 1 and 2, `result<127:96> = ROL(T<127:96>, 1) EOR ROL(T<31:0>, 2)`.
///
/// - `d`: Vd (read and written); `n`: Vn. Needs FEAT_SHA1.
#[inline]
#[must_use]
pub fn sha1su1(d: u128, n: u128) -> u128 {
    Arm(Auto).sha1su1(d, n)
}
