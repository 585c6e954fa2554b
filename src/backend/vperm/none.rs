//! Hosts without a vperm port: the token type is uninhabited, so no `Vperm`
//! value exists and none of this runs; it keeps `mod.rs` the same everywhere.

/// No value: this host architecture has no vperm port.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Cpu {}

/// A placeholder register.
pub(super) type V = u128;

/// Why there is no token.
pub(super) const MISSING: &str = "no vperm port for this host architecture";

/// Never.
#[inline(always)]
pub(super) fn detect() -> Option<Cpu> {
    None
}

/// Never called: [`detect`] never succeeds here, so the caller of
/// `Vperm::assume_detected` cannot meet its contract.
///
/// # Safety
/// Calling it is undefined behaviour (there is no value to return).
pub(super) const unsafe fn assume() -> Cpu {
    // SAFETY: the caller guarantees `detect` succeeded, which it never does on
    // this host: this point is unreachable.
    unsafe { core::hint::unreachable_unchecked() }
}

/// Unreachable (no `Cpu`).
pub(super) fn load(c: Cpu, _: &[u8; 16]) -> V {
    match c {}
}

/// Unreachable (no `Cpu`).
pub(super) fn tbl(c: Cpu, _: V, _: V) -> V {
    match c {}
}

/// Unreachable (no `Cpu`).
pub(super) fn xor(c: Cpu, _: V, _: V) -> V {
    match c {}
}

/// Unreachable (no `Cpu`).
pub(super) fn and(c: Cpu, _: V, _: V) -> V {
    match c {}
}

/// Unreachable (no `Cpu`).
pub(super) fn shr4(c: Cpu, _: V) -> V {
    match c {}
}

macro_rules! entries {
    ($(($f:ident, $($a:ident)*))*) => {
        $(
            /// Unreachable (no `Cpu`).
            pub(super) fn $f(c: Cpu, $($a: u128),*) -> u128 {
                $(let _ = $a;)*
                match c {}
            }
        )*
    };
}
crate::backend::for_each_fragment!(entries);

/// Unreachable (no `Cpu`).
pub(super) fn sbox_affine(c: Cpu, _: u128, _: &crate::backend::SboxAffine) -> u128 {
    match c {}
}

/// Unreachable (no `Cpu`).
pub(super) fn aeskeygenassist(c: Cpu, _: u128, _: u8) -> u128 {
    match c {}
}

/// Unreachable (no `Cpu`).
pub(super) fn clmul(c: Cpu, _: u128, _: u128, _: u8) -> u128 {
    match c {}
}
