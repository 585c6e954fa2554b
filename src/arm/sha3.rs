//! ARMv8.2 SHA3 instructions: EOR3, RAX1, XAR, BCAX (FEAT_SHA3:
//! `ID_AA64ISAR0_EL1.SHA3 == 0b0001`, Linux `HWCAP_SHA3`).
//!
//! Plain bitwise operations that fuse pairs of Keccak steps (θ's column
//! parities and `D`, θ's XOR with ρ's rotation, χ). RAX1 and XAR work on each
//! 64-bit lane (`.2D`: bits 63:0 and 127:64); EOR3 and BCAX are lane-free
//! (`.16B`). The lane functions are [`crate::math::keccak`]'s `eor3`, `rax1`,
//! `xar`, `bcax`; [`crate::compose::keccak`] builds Keccak-f\[1600\] from these
//! helpers alone. Pseudocode: Arm Architecture Reference Manual, section C7.2
//! (EOR3, RAX1, XAR, BCAX).

use super::Arm;
use crate::backend::{Auto, Backend, HostInsn, host_or};

/// The semantics in portable Rust, lane by lane over [`crate::math::keccak`].
mod portable {
    use crate::math::keccak;
    use crate::reg::{from_halves, to_halves};

    /// `f` on each 64-bit lane of `a` and `b`.
    #[inline(always)]
    fn lanes(a: u128, b: u128, f: impl Fn(u64, u64) -> u64) -> u128 {
        let ([a0, a1], [b0, b1]) = (to_halves(a), to_halves(b));
        from_halves([f(a0, b0), f(a1, b1)])
    }

    /// EOR3: `Vn EOR Vm EOR Va`.
    pub(super) fn eor3(n: u128, m: u128, a: u128) -> u128 {
        let ([n0, n1], [m0, m1], [a0, a1]) = (to_halves(n), to_halves(m), to_halves(a));
        from_halves([keccak::eor3(n0, m0, a0), keccak::eor3(n1, m1, a1)])
    }

    /// RAX1: `Vn EOR ROL(Vm, 1)` per lane.
    pub(super) fn rax1(n: u128, m: u128) -> u128 {
        lanes(n, m, keccak::rax1)
    }

    /// XAR: `ROR(Vn EOR Vm, imm6)` per lane.
    pub(super) fn xar(n: u128, m: u128, imm: u8) -> u128 {
        lanes(n, m, |x, y| keccak::xar(x, y, u32::from(imm & 63)))
    }

    /// BCAX: `Vn EOR (Vm AND NOT Va)`.
    pub(super) fn bcax(n: u128, m: u128, a: u128) -> u128 {
        let ([n0, n1], [m0, m1], [a0, a1]) = (to_halves(n), to_halves(m), to_halves(a));
        from_halves([keccak::bcax(n0, m0, a0), keccak::bcax(n1, m1, a1)])
    }
}

impl<B: Backend> Arm<B> {
    /// EOR3 on this backend; see [`eor3`].
    #[inline]
    #[must_use]
    pub fn eor3(self, n: u128, m: u128, a: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Eor3, (n, m, a, 0), portable::eor3, (n: u128, m: u128, a: u128))
    }
    /// RAX1 on this backend; see [`rax1`].
    #[inline]
    #[must_use]
    pub fn rax1(self, n: u128, m: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Rax1, (n, m, 0, 0), portable::rax1, (n: u128, m: u128))
    }
    /// XAR on this backend; see [`xar`].
    #[inline]
    #[must_use]
    pub fn xar(self, n: u128, m: u128, imm6: u8) -> u128 {
        host_or!(self.0, HostInsn::A64Xar, (n, m, 0, imm6 & 63), portable::xar, (n: u128, m: u128, imm6: u8))
    }
    /// BCAX on this backend; see [`bcax`].
    #[inline]
    #[must_use]
    pub fn bcax(self, n: u128, m: u128, a: u128) -> u128 {
        host_or!(self.0, HostInsn::A64Bcax, (n, m, a, 0), portable::bcax, (n: u128, m: u128, a: u128))
    }
}

/// EOR3 Vd.16B, Vn.16B, Vm.16B, Va.16B: three-way exclusive OR.
///
/// Arm ARM: `V[d] = V[n] EOR V[m] EOR V[a]`. `Vd` is written, not read.
///
/// - `n`: Vn; `m`: Vm; `a`: Va. Needs FEAT_SHA3 (Linux `HWCAP_SHA3`).
#[inline]
#[must_use]
pub fn eor3(n: u128, m: u128, a: u128) -> u128 {
    Arm(Auto).eor3(n, m, a)
}

/// RAX1 Vd.2D, Vn.2D, Vm.2D: rotate and exclusive OR.
///
/// Arm ARM: on each 64-bit lane `e`, `Vd[e] = Vn[e] EOR ROL(Vm[e], 1)`. `Vd` is
/// written, not read.
///
/// - `n`: Vn; `m`: Vm (the rotated operand). Needs FEAT_SHA3.
#[inline]
#[must_use]
pub fn rax1(n: u128, m: u128) -> u128 {
    Arm(Auto).rax1(n, m)
}

/// XAR Vd.2D, Vn.2D, Vm.2D, #imm6: exclusive OR and rotate.
///
/// Arm ARM: on each 64-bit lane `e`, `tmp = Vn[e] EOR Vm[e]`, `Vd[e] =
/// ROR(tmp, UInt(imm6))`. `Vd` is written, not read.
///
/// - `n`: Vn; `m`: Vm; `imm6`: the rotation, 0 to 63 (a 6-bit field of the
///   encoding; this helper uses `imm6 & 63`, so larger values never occur in a
///   decoded instruction and are reduced here). Needs FEAT_SHA3.
#[inline]
#[must_use]
pub fn xar(n: u128, m: u128, imm6: u8) -> u128 {
    Arm(Auto).xar(n, m, imm6)
}

/// BCAX Vd.16B, Vn.16B, Vm.16B, Va.16B: bit clear and exclusive OR.
///
/// Arm ARM: `V[d] = V[n] EOR (V[m] AND NOT(V[a]))`. `Vd` is written, not read.
///
/// - `n`: Vn; `m`: Vm; `a`: Va (the complemented operand). Needs FEAT_SHA3.
#[inline]
#[must_use]
pub fn bcax(n: u128, m: u128, a: u128) -> u128 {
    Arm(Auto).bcax(n, m, a)
}
