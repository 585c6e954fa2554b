//! ARMv8 Cryptographic Extension SHA-1 and SHA-256 instructions: SHA1C, SHA1P,
//! SHA1M, SHA1H, SHA1SU0, SHA1SU1 (FEAT_SHA1, Linux `HWCAP_SHA1`) and SHA256H,
//! SHA256H2, SHA256SU0, SHA256SU1 (FEAT_SHA256, Linux `HWCAP_SHA2`).
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
//! `SHAchoose`, `SHAparity`, `SHAmajority`, `SHA256hash`, and the `ROL(Y:X, 32)`
//! rotation of the concatenated state); backends with the instructions
//! override them.

use super::Arm;
use crate::backend::{Auto, Backend};

/// The semantics in portable Rust (the software backends use these).
pub(crate) mod portable {
    use crate::reg::{from_dwords, to_dwords};
    use crate::sha::{big_sigma0, big_sigma1, ch, maj, parity, small_sigma0, small_sigma1};

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
    pub(crate) fn sha1c(d: u128, n: u128, m: u128) -> u128 {
        sha1_rounds(d, n, m, ch)
    }

    /// SHA1P: the rounds with `SHAparity`.
    pub(crate) fn sha1p(d: u128, n: u128, m: u128) -> u128 {
        sha1_rounds(d, n, m, parity)
    }

    /// SHA1M: the rounds with `SHAmajority` (Maj).
    pub(crate) fn sha1m(d: u128, n: u128, m: u128) -> u128 {
        sha1_rounds(d, n, m, maj)
    }

    /// SHA1H: `Vd = ZeroExtend(ROL(Vn[31:0], 30), 128)`.
    pub(crate) fn sha1h(n: u128) -> u128 {
        u128::from((n as u32).rotate_left(30))
    }

    /// SHA1SU0: `result = Vn[63:0]:Vd[127:64]; Vd = result ^ Vd ^ Vm`.
    pub(crate) fn sha1su0(d: u128, n: u128, m: u128) -> u128 {
        let t = (u128::from(n as u64) << 64) | (d >> 64);
        t ^ d ^ m
    }

    /// SHA1SU1: `T = Vd ^ LSR(Vn, 32)`; each element `ROL(T[e], 1)`, and the top
    /// element also XORs `ROL(T[0], 2)`.
    pub(crate) fn sha1su1(d: u128, n: u128) -> u128 {
        let t = to_dwords(d ^ (n >> 32));
        from_dwords([
            t[0].rotate_left(1),
            t[1].rotate_left(1),
            t[2].rotate_left(1),
            t[3].rotate_left(1) ^ t[0].rotate_left(2),
        ])
    }

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
    pub(crate) fn sha256h(d: u128, n: u128, m: u128) -> u128 {
        sha256_hash(d, n, m, true)
    }

    /// SHA256H2: `Vd = SHA256hash(Vn, Vd, Vm, FALSE)` (`Vd` = `{e,f,g,h}`,
    /// `Vn` = `{a,b,c,d}` as it was before SHA256H).
    pub(crate) fn sha256h2(d: u128, n: u128, m: u128) -> u128 {
        sha256_hash(n, d, m, false)
    }

    /// SHA256SU0: `T = Vn[31:0]:Vd[127:32]`; element `e` of the result is
    /// `σ0(T[e]) + Vd[e]` with `σ0 = ROR 7 ^ ROR 18 ^ LSR 3`.
    pub(crate) fn sha256su0(d: u128, n: u128) -> u128 {
        let t = to_dwords((u128::from(n as u32) << 96) | (d >> 32));
        let d = to_dwords(d);
        from_dwords(core::array::from_fn(|e| {
            small_sigma0(t[e]).wrapping_add(d[e])
        }))
    }

    /// SHA256SU1: `T0 = Vm[31:0]:Vn[127:32]`, `T1 = Vm[127:64]`; elements 0, 1 are
    /// `σ1(T1[e]) + Vd[e] + T0[e]`, then `T1` = those two new elements and
    /// elements 2, 3 are `σ1(T1[e-2]) + Vd[e] + T0[e]` (`σ1 = ROR 17 ^ ROR 19 ^ LSR 10`).
    pub(crate) fn sha256su1(d: u128, n: u128, m: u128) -> u128 {
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
    /// SHA1C on this backend; see [`sha1c`].
    #[inline]
    #[must_use]
    pub fn sha1c(self, d: u128, n: u128, m: u128) -> u128 {
        self.0.sha1c(d, n, m)
    }

    /// SHA1P on this backend; see [`sha1p`].
    #[inline]
    #[must_use]
    pub fn sha1p(self, d: u128, n: u128, m: u128) -> u128 {
        self.0.sha1p(d, n, m)
    }

    /// SHA1M on this backend; see [`sha1m`].
    #[inline]
    #[must_use]
    pub fn sha1m(self, d: u128, n: u128, m: u128) -> u128 {
        self.0.sha1m(d, n, m)
    }

    /// SHA1H on this backend; see [`sha1h`].
    #[inline]
    #[must_use]
    pub fn sha1h(self, n: u128) -> u128 {
        self.0.sha1h(n)
    }

    /// SHA1SU0 on this backend; see [`sha1su0`].
    #[inline]
    #[must_use]
    pub fn sha1su0(self, d: u128, n: u128, m: u128) -> u128 {
        self.0.sha1su0(d, n, m)
    }

    /// SHA1SU1 on this backend; see [`sha1su1`].
    #[inline]
    #[must_use]
    pub fn sha1su1(self, d: u128, n: u128) -> u128 {
        self.0.sha1su1(d, n)
    }

    /// SHA256H on this backend; see [`sha256h`].
    #[inline]
    #[must_use]
    pub fn sha256h(self, d: u128, n: u128, m: u128) -> u128 {
        self.0.sha256h(d, n, m)
    }

    /// SHA256H2 on this backend; see [`sha256h2`].
    #[inline]
    #[must_use]
    pub fn sha256h2(self, d: u128, n: u128, m: u128) -> u128 {
        self.0.sha256h2(d, n, m)
    }

    /// SHA256SU0 on this backend; see [`sha256su0`].
    #[inline]
    #[must_use]
    pub fn sha256su0(self, d: u128, n: u128) -> u128 {
        self.0.sha256su0(d, n)
    }

    /// SHA256SU1 on this backend; see [`sha256su1`].
    #[inline]
    #[must_use]
    pub fn sha256su1(self, d: u128, n: u128, m: u128) -> u128 {
        self.0.sha256su1(d, n, m)
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
