//! ARMv8.2 SM3 instructions: SM3SS1, SM3TT1A, SM3TT1B, SM3TT2A, SM3TT2B,
//! SM3PARTW1, SM3PARTW2 (FEAT_SM3: `ID_AA64ISAR0_EL1.SM3 == 0b0001`, Linux
//! `HWCAP_SM3`).
//!
//! # Word order
//! Every operand is `.4S`; element `e` is bits `32e+31..32e`. The SM3 state
//! (GB/T 32905-2016 5.3.3) lives as `Vd = {D, C, B, A}` for the TT1 half and
//! `{H, G, F, E}` for the TT2 half: `A` (`E`) in element 3, bits 127:96.
//! Message words sit in element order, `W[4g+e]` in element `e`.
//!
//! One SM3 round `j` is SM3SS1 (`SS1` in element 3), then SM3TT1A/B and
//! SM3TT2A/B with that `SS1`, `W'[j]` and `W[j]` picked from a register by the
//! element index `imm2` (0 to 3). The `A` forms are rounds 0 to 15 (`FF0`,
//! `GG0`), the `B` forms rounds 16 to 63 (`FF1`, `GG1`). SM3PARTW1 and
//! SM3PARTW2 compute four words of the message expansion. See
//! [`crate::compose::sm3`] for the whole hash.
//!
//! The functions in `portable` are the semantics, transcribed from the Arm
//! Architecture Reference Manual's pseudocode (section C7.2, SM3SS1, SM3TT1A,
//! SM3TT1B, SM3TT2A, SM3TT2B, SM3PARTW1, SM3PARTW2) over [`crate::math::sm3`].

use super::Arm;
use crate::backend::{Auto, Backend, HostInsn, host_or};

/// The semantics in portable Rust.
mod portable {
    use crate::math::sm3::{ff0, ff1, gg0, gg1, p0, p1};
    use crate::reg::{from_dwords, to_dwords};

    /// SM3SS1: `Vd<127:96> = ROL(ROL(Vn<127:96>, 12) + Vm<127:96> + Va<127:96>, 7)`,
    /// `Vd<95:0> = 0`.
    pub(super) fn sm3ss1(n: u128, m: u128, a: u128) -> u128 {
        let (n3, m3, a3) = (to_dwords(n)[3], to_dwords(m)[3], to_dwords(a)[3]);
        let ss1 = n3
            .rotate_left(12)
            .wrapping_add(m3)
            .wrapping_add(a3)
            .rotate_left(7);
        from_dwords([0, 0, 0, ss1])
    }

    /// SM3TT1A (`majority` false) / SM3TT1B:
    /// ```text
    /// WjPrime = Elem[Vm, imm2, 32]
    /// SS2 = Vn<127:96> EOR ROL(Vd<127:96>, 12)
    /// TT1 = FF(Vd<127:96>, Vd<95:64>, Vd<63:32>)      // A: EOR, B: majority
    /// TT1 = TT1 + Vd<31:0> + SS2 + WjPrime
    /// result = {Vd<63:32>, ROL(Vd<95:64>, 9), Vd<127:96>, TT1}   // element 0 first
    /// ```
    pub(super) fn sm3tt1(majority: bool, d: u128, n: u128, m: u128, imm2: u8) -> u128 {
        let [dd, c, b, a] = to_dwords(d);
        let wj_prime = to_dwords(m)[usize::from(imm2 & 3)];
        let ss2 = to_dwords(n)[3] ^ a.rotate_left(12);
        let ff = if majority { ff1(a, b, c) } else { ff0(a, b, c) };
        let tt1 = ff.wrapping_add(dd).wrapping_add(ss2).wrapping_add(wj_prime);
        from_dwords([c, b.rotate_left(9), a, tt1])
    }

    /// SM3TT2A (`choose` false) / SM3TT2B:
    /// ```text
    /// Wj = Elem[Vm, imm2, 32]
    /// TT2 = GG(Vd<127:96>, Vd<95:64>, Vd<63:32>)      // A: EOR, B: (E AND F) OR (NOT E AND G)
    /// TT2 = TT2 + Vd<31:0> + Vn<127:96> + Wj
    /// result = {Vd<63:32>, ROL(Vd<95:64>, 19), Vd<127:96>, P0(TT2)}
    /// ```
    pub(super) fn sm3tt2(choose: bool, d: u128, n: u128, m: u128, imm2: u8) -> u128 {
        let [h, g, f, e] = to_dwords(d);
        let wj = to_dwords(m)[usize::from(imm2 & 3)];
        let gg = if choose { gg1(e, f, g) } else { gg0(e, f, g) };
        let tt2 = gg
            .wrapping_add(h)
            .wrapping_add(to_dwords(n)[3])
            .wrapping_add(wj);
        from_dwords([g, f.rotate_left(19), e, p0(tt2)])
    }

    /// SM3PARTW1:
    /// ```text
    /// result<95:0> = (Vd EOR Vn)<95:0> EOR (ROL(Vm<127:96>, 15) : ROL(Vm<95:64>, 15) : ROL(Vm<63:32>, 15))
    /// for i = 0 to 3
    ///     if i == 3 then result<127:96> = (Vd EOR Vn)<127:96> EOR ROL(result<31:0>, 15)
    ///     result[i] = P1(result[i])
    /// ```
    /// (`result<31:0>` in step 3 is already `P1`-mapped by step 0.)
    pub(super) fn sm3partw1(d: u128, n: u128, m: u128) -> u128 {
        let x = to_dwords(d ^ n);
        let m = to_dwords(m);
        let mut r = [0u32; 4];
        for i in 0..3 {
            r[i] = p1(x[i] ^ m[i + 1].rotate_left(15));
        }
        r[3] = p1(x[3] ^ r[0].rotate_left(15));
        from_dwords(r)
    }

    /// SM3PARTW2:
    /// ```text
    /// tmp = Vn EOR (ROL(Vm[3], 7) : ROL(Vm[2], 7) : ROL(Vm[1], 7) : ROL(Vm[0], 7))
    /// result = Vd EOR tmp
    /// tmp2 = ROL(tmp<31:0>, 15)
    /// tmp2 = tmp2 EOR ROL(tmp2, 15) EOR ROL(tmp2, 23)          // P1
    /// result<127:96> = result<127:96> EOR tmp2
    /// ```
    pub(super) fn sm3partw2(d: u128, n: u128, m: u128) -> u128 {
        let (n, m) = (to_dwords(n), to_dwords(m));
        let tmp: [u32; 4] = core::array::from_fn(|i| n[i] ^ m[i].rotate_left(7));
        let mut r = to_dwords(d);
        for i in 0..4 {
            r[i] ^= tmp[i];
        }
        r[3] ^= p1(tmp[0].rotate_left(15));
        from_dwords(r)
    }

    pub(super) fn sm3tt1a(d: u128, n: u128, m: u128, imm2: u8) -> u128 {
        sm3tt1(false, d, n, m, imm2)
    }
    pub(super) fn sm3tt1b(d: u128, n: u128, m: u128, imm2: u8) -> u128 {
        sm3tt1(true, d, n, m, imm2)
    }
    pub(super) fn sm3tt2a(d: u128, n: u128, m: u128, imm2: u8) -> u128 {
        sm3tt2(false, d, n, m, imm2)
    }
    pub(super) fn sm3tt2b(d: u128, n: u128, m: u128, imm2: u8) -> u128 {
        sm3tt2(true, d, n, m, imm2)
    }
}

impl<B: Backend> Arm<B> {
    /// SM3SS1 on this backend; see [`sm3ss1`].
    #[inline]
    #[must_use]
    pub fn sm3ss1(self, n: u128, m: u128, a: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sm3ss1, (n, m, a, 0), portable::sm3ss1, (n: u128, m: u128, a: u128))
    }
    /// SM3TT1A on this backend; see [`sm3tt1a`].
    #[inline]
    #[must_use]
    pub fn sm3tt1a(self, d: u128, n: u128, m: u128, imm2: u8) -> u128 {
        host_or!(self.0, HostInsn::A64Sm3tt1a, (d, n, m, imm2 & 3), portable::sm3tt1a, (d: u128, n: u128, m: u128, imm2: u8))
    }
    /// SM3TT1B on this backend; see [`sm3tt1b`].
    #[inline]
    #[must_use]
    pub fn sm3tt1b(self, d: u128, n: u128, m: u128, imm2: u8) -> u128 {
        host_or!(self.0, HostInsn::A64Sm3tt1b, (d, n, m, imm2 & 3), portable::sm3tt1b, (d: u128, n: u128, m: u128, imm2: u8))
    }
    /// SM3TT2A on this backend; see [`sm3tt2a`].
    #[inline]
    #[must_use]
    pub fn sm3tt2a(self, d: u128, n: u128, m: u128, imm2: u8) -> u128 {
        host_or!(self.0, HostInsn::A64Sm3tt2a, (d, n, m, imm2 & 3), portable::sm3tt2a, (d: u128, n: u128, m: u128, imm2: u8))
    }
    /// SM3TT2B on this backend; see [`sm3tt2b`].
    #[inline]
    #[must_use]
    pub fn sm3tt2b(self, d: u128, n: u128, m: u128, imm2: u8) -> u128 {
        host_or!(self.0, HostInsn::A64Sm3tt2b, (d, n, m, imm2 & 3), portable::sm3tt2b, (d: u128, n: u128, m: u128, imm2: u8))
    }
    /// SM3PARTW1 on this backend; see [`sm3partw1`].
    #[inline]
    #[must_use]
    pub fn sm3partw1(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sm3partw1, (d, n, m, 0), portable::sm3partw1, (d: u128, n: u128, m: u128))
    }
    /// SM3PARTW2 on this backend; see [`sm3partw2`].
    #[inline]
    #[must_use]
    pub fn sm3partw2(self, d: u128, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Sm3partw2, (d, n, m, 0), portable::sm3partw2, (d: u128, n: u128, m: u128))
    }
}

/// SM3SS1 Vd.4S, Vn.4S, Vm.4S, Va.4S: the SM3 value `SS1`.
///
/// Arm ARM: `Vd<127:96> = ROL(ROL(Vn<127:96>, 12) + Vm<127:96> + Va<127:96>, 7)`;
/// `Vd<95:0> = Zeros()`. Only element 3 of each source is read; `Vd` is written,
/// not read.
///
/// - `n`: Vn (`A` in element 3); `m`: Vm (`E` in element 3); `a`: Va
///   (`T_j <<< (j mod 32)` in element 3, see [`crate::math::sm3::t_rotated`]).
///   Needs FEAT_SM3 (Linux `HWCAP_SM3`).
#[inline]
#[must_use]
pub fn sm3ss1(n: u128, m: u128, a: u128) -> u128 {
    Arm(Auto).sm3ss1(n, m, a)
}

/// SM3TT1A Vd.4S, Vn.4S, Vm.S\[imm2\]: SM3 round, `A`-`D` half, rounds 0 to 15.
///
/// Arm ARM pseudocode:
/// 1. `WjPrime = Vm.S[imm2]`; `SS2 = Vn<127:96> EOR ROL(Vd<127:96>, 12)`;
/// 2. `TT1 = Vd<63:32> EOR Vd<127:96> EOR Vd<95:64>` (`FF0(A, B, C)`);
/// 3. `TT1 = TT1 + Vd<31:0> + SS2 + WjPrime` (mod 2^32);
/// 4. result `{Vd<63:32>, ROL(Vd<95:64>, 9), Vd<127:96>, TT1}` (element 0 first).
///
/// - `d`: Vd = `{D, C, B, A}`, read and written; `n`: Vn (`SS1` in element 3,
///   from [`sm3ss1`]); `m`: Vm (the `W'` words); `imm2`: the element of `Vm`,
///   0 to 3 (a 2-bit field; `imm2 & 3` is used). Needs FEAT_SM3.
#[inline]
#[must_use]
pub fn sm3tt1a(d: u128, n: u128, m: u128, imm2: u8) -> u128 {
    Arm(Auto).sm3tt1a(d, n, m, imm2)
}

/// SM3TT1B Vd.4S, Vn.4S, Vm.S\[imm2\]: SM3 round, `A`-`D` half, rounds 16 to 63.
///
/// As [`sm3tt1a`] with step 2 the majority `FF1(A, B, C)`:
/// `(Vd<127:96> AND Vd<63:32>) OR (Vd<127:96> AND Vd<95:64>) OR (Vd<63:32> AND Vd<95:64>)`.
///
/// - `d`: Vd = `{D, C, B, A}`, read and written; `n`: Vn (`SS1` in element 3);
///   `m`: Vm (`W'` words); `imm2`: element index 0 to 3. Needs FEAT_SM3.
#[inline]
#[must_use]
pub fn sm3tt1b(d: u128, n: u128, m: u128, imm2: u8) -> u128 {
    Arm(Auto).sm3tt1b(d, n, m, imm2)
}

/// SM3TT2A Vd.4S, Vn.4S, Vm.S\[imm2\]: SM3 round, `E`-`H` half, rounds 0 to 15.
///
/// Arm ARM pseudocode:
/// 1. `Wj = Vm.S[imm2]`;
/// 2. `TT2 = Vd<63:32> EOR Vd<127:96> EOR Vd<95:64>` (`GG0(E, F, G)`);
/// 3. `TT2 = TT2 + Vd<31:0> + Vn<127:96> + Wj` (mod 2^32);
/// 4. result `{Vd<63:32>, ROL(Vd<95:64>, 19), Vd<127:96>, P0(TT2)}` with
///    `P0(x) = x EOR ROL(x, 9) EOR ROL(x, 17)`.
///
/// - `d`: Vd = `{H, G, F, E}`, read and written; `n`: Vn (`SS1` in element 3);
///   `m`: Vm (the `W` words); `imm2`: element index 0 to 3. Needs FEAT_SM3.
#[inline]
#[must_use]
pub fn sm3tt2a(d: u128, n: u128, m: u128, imm2: u8) -> u128 {
    Arm(Auto).sm3tt2a(d, n, m, imm2)
}

/// SM3TT2B Vd.4S, Vn.4S, Vm.S\[imm2\]: SM3 round, `E`-`H` half, rounds 16 to 63.
///
/// As [`sm3tt2a`] with step 2 `GG1(E, F, G)`:
/// `(Vd<127:96> AND Vd<95:64>) OR (NOT(Vd<127:96>) AND Vd<63:32>)`.
///
/// - `d`: Vd = `{H, G, F, E}`, read and written; `n`: Vn (`SS1` in element 3);
///   `m`: Vm (`W` words); `imm2`: element index 0 to 3. Needs FEAT_SM3.
#[inline]
#[must_use]
pub fn sm3tt2b(d: u128, n: u128, m: u128, imm2: u8) -> u128 {
    Arm(Auto).sm3tt2b(d, n, m, imm2)
}

/// SM3PARTW1 Vd.4S, Vn.4S, Vm.4S: SM3 message expansion, part 1.
///
/// Arm ARM pseudocode:
/// 1. `result<95:0> = (Vd EOR Vn)<95:0> EOR (ROL(Vm[3], 15) : ROL(Vm[2], 15) : ROL(Vm[1], 15))`;
/// 2. for `i = 0..3`: at `i == 3` first `result[3] = (Vd EOR Vn)[3] EOR
///    ROL(result[0], 15)` (`result[0]` already mapped), then `result[i] =
///    P1(result[i])`, `P1(x) = x EOR ROL(x, 15) EOR ROL(x, 23)`.
///
/// For words `W[j..j+3]`: `d` = `W[j-16..j-13]`, `n` = `W[j-9..j-6]`, `m` =
/// `W[j-4..j-1]`. All three are read; `Vd` is written. Needs FEAT_SM3.
#[inline]
#[must_use]
pub fn sm3partw1(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sm3partw1(d, n, m)
}

/// SM3PARTW2 Vd.4S, Vn.4S, Vm.4S: SM3 message expansion, part 2.
///
/// Arm ARM pseudocode:
/// 1. `tmp = Vn EOR (ROL(Vm[e], 7) for each element e)`; `result = Vd EOR tmp`;
/// 2. `tmp2 = P1(ROL(tmp[0], 15))`; `result[3] = result[3] EOR tmp2`.
///
/// For words `W[j..j+3]`: `d` = SM3PARTW1's result, `n` = `W[j-6..j-3]`, `m` =
/// `W[j-13..j-10]`. Needs FEAT_SM3.
#[inline]
#[must_use]
pub fn sm3partw2(d: u128, n: u128, m: u128) -> u128 {
    Arm(Auto).sm3partw2(d, n, m)
}
