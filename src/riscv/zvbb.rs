//! Zvbb: vector basic bit-manipulation (RISC-V Cryptography Extensions Volume
//! II v1.0, "Zvbb" and its subset "Zvkb"), one element at a time.
//!
//! Zvkb (vector cryptography bit-manipulation) is `vandn`, `vbrev8`, `vrev8`,
//! `vrol`, `vror`; Zvbb adds `vbrev`, `vclz`, `vctz`, `vcpop`, `vwsll`. All
//! are maskable, at SEW 8, 16, 32 or 64 (`vwsll`: SEW 8-32, it writes 2·SEW).
//!
//! An element is a `u64` holding SEW bits (higher bits of an argument are
//! ignored, results have them clear); a shift or rotate amount is the low
//! `log2(SEW)` bits (`vwsll`: `log2(2·SEW)`) of the `vs1` element, of `rs1`
//! or of the immediate. Register-group handling (masks, vl, vstart) is
//! [`super::v::execute`]'s.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::riscv::{v::Sew, zvbb};
//! // One SEW = 32 element from its 4 bytes as vse8.v stores them.
//! let e = |s: &str| u64::from(u32::from_str_radix(s, 16).unwrap().swap_bytes());
//! // vectors/riscv-vector.txt line 187 (vrev8.v sew=32), element 0: aa9ecd5a -> 5acd9eaa.
//! assert_eq!(zvbb::vrev8(Sew::E32, e("aa9ecd5a")), e("5acd9eaa"));
//! // Line 43 (vandn.vv sew=32), element 0: vs2 9864ec93, vs1 61f2d322 -> 98042c91.
//! assert_eq!(zvbb::vandn(Sew::E32, e("9864ec93"), e("61f2d322")), e("98042c91"));
//! // Rotations use the low log2(SEW) bits of the amount.
//! assert_eq!(zvbb::vror(Sew::E32, 0x8000_0001, 33), 0xc000_0000);
//! ```

use super::v::Sew;

/// `x` cut to SEW bits.
#[inline]
const fn fit(sew: Sew, x: u64) -> u64 {
    x & sew.mask()
}

/// `vandn.vv` / `vandn.vx` (Zvkb): `vs2 & !vs1` (`.vx`: `!rs1`).
#[must_use]
pub const fn vandn(sew: Sew, vs2: u64, vs1: u64) -> u64 {
    fit(sew, vs2 & !vs1)
}

/// `vbrev8.v` (Zvkb): the bits of every byte reversed, bytes in place.
#[must_use]
pub const fn vbrev8(sew: Sew, vs2: u64) -> u64 {
    fit(sew, vs2.reverse_bits().swap_bytes())
}

/// `vrev8.v` (Zvkb): the element's bytes reversed.
#[must_use]
pub const fn vrev8(sew: Sew, vs2: u64) -> u64 {
    fit(sew, vs2).swap_bytes() >> (64 - sew.bits())
}

/// `vbrev.v` (Zvbb): the element's bits reversed.
#[must_use]
pub const fn vbrev(sew: Sew, vs2: u64) -> u64 {
    fit(sew, vs2).reverse_bits() >> (64 - sew.bits())
}

/// `vclz.v` (Zvbb): leading zero bits of the SEW-bit element (SEW for zero).
#[must_use]
pub const fn vclz(sew: Sew, vs2: u64) -> u64 {
    (fit(sew, vs2).leading_zeros() - (64 - sew.bits())) as u64
}

/// `vctz.v` (Zvbb): trailing zero bits of the SEW-bit element (SEW for zero).
///
/// Without a branch on the element (Zvkt asks for data-independent timing):
/// a zero element has 64 trailing zeros as a `u64`, cut to SEW.
#[must_use]
pub const fn vctz(sew: Sew, vs2: u64) -> u64 {
    let t = fit(sew, vs2).trailing_zeros();
    let bits = sew.bits();
    (if t < bits { t } else { bits }) as u64
}

/// `vcpop.v` (Zvbb): set bits of the element.
#[must_use]
pub const fn vcpop(sew: Sew, vs2: u64) -> u64 {
    fit(sew, vs2).count_ones() as u64
}

/// `vrol.vv` / `vrol.vx` (Zvkb): `vs2` rotated left by the low `log2(SEW)`
/// bits of `amount`.
///
/// Without a branch on the amount (Zvkt: data-independent timing): for
/// `n = 0` the right shift is by 0 as well (`(SEW - n) mod SEW`), and
/// `x | x = x`.
#[must_use]
pub const fn vrol(sew: Sew, vs2: u64, amount: u64) -> u64 {
    let bits = sew.bits();
    let n = (amount & (bits as u64 - 1)) as u32;
    let x = fit(sew, vs2);
    fit(sew, (x << n) | (x >> (bits.wrapping_sub(n) & (bits - 1))))
}

/// `vror.vv` / `vror.vx` / `vror.vi` (Zvkb): `vs2` rotated right by the low
/// `log2(SEW)` bits of `amount` (`.vi`: a 6-bit immediate, `i[5]` in
/// instruction bit 26).
#[must_use]
pub const fn vror(sew: Sew, vs2: u64, amount: u64) -> u64 {
    let bits = sew.bits();
    let n = (amount & (bits as u64 - 1)) as u32;
    vrol(sew, vs2, (bits.wrapping_sub(n) & (bits - 1)) as u64)
}

/// `vwsll.vv` / `vwsll.vx` / `vwsll.vi` (Zvbb): the SEW-bit `vs2` element
/// zero-extended to 2·SEW bits and shifted left by the low `log2(2·SEW)` bits
/// of `amount`; a 2·SEW-bit result. SEW = 64 is reserved (the executor
/// rejects it; here the result is cut to 64 bits).
#[must_use]
pub const fn vwsll(sew: Sew, vs2: u64, amount: u64) -> u64 {
    let wide = 2 * sew.bits();
    let n = (amount & (wide as u64 - 1)) as u32;
    let r = (fit(sew, vs2) as u128) << n;
    let mask = if wide >= 128 {
        u128::MAX
    } else {
        (1u128 << wide) - 1
    };
    (r & mask) as u64
}
