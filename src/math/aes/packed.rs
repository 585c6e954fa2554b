//! Column arithmetic on a whole state at once, by shifts and masks.
//!
//! These compute MixColumns and InvMixColumns on all 16 bytes in parallel with
//! no table and no data-dependent branch or index, so both the table-driven
//! `soft` backend and the constant-time backend use them.
//!
//! Each 32-bit column word holds rows 0..3 in bytes 0..3 (row 0 lowest), so
//! "the byte one row down" is a rotation of each column word by 8 bits.

/// `0x01` in every byte of a 64-bit half.
const LSB: u64 = 0x0101_0101_0101_0101;

/// Applies `f` to both 64-bit halves (two columns each). No column straddles
/// the halves, and working on `u64`s keeps the compiler away from the slow
/// double-width shifts (`shld`/`shrd`) a `u128` shift needs.
#[inline(always)]
fn halves(s: u128, f: impl Fn(u64) -> u64) -> u128 {
    (f(s as u64) as u128) | ((f((s >> 64) as u64) as u128) << 64)
}

/// Multiplies each of the 8 bytes by `x` in GF(2^8) (a parallel `xtime`).
///
/// Shift every byte left by one within its byte, then add `0x1b` to the bytes
/// whose top bit fell out. `h * 0x1b = h ^ h<<1 ^ h<<3 ^ h<<4` for the 0/1 bytes
/// `h`, written as right shifts of the top bits so that nothing crosses a byte.
#[inline(always)]
#[must_use]
pub const fn xtime8(x: u64) -> u64 {
    let top = x & (LSB << 7);
    let shifted = (x & !(LSB << 7)) << 1;
    shifted ^ (top >> 7) ^ (top >> 6) ^ (top >> 4) ^ (top >> 3)
}

/// Rotates every 32-bit column word right by 8 bits: row `r` receives the byte
/// of row `r + 1` (mod 4) of the same column.
#[inline(always)]
#[must_use]
pub const fn rows_up_1(x: u64) -> u64 {
    const LOW3: u64 = 0x00ff_ffff_00ff_ffff;
    ((x >> 8) & LOW3) | ((x << 24) & !LOW3)
}

/// Rotates every 32-bit column word by 16 bits: row `r` receives row `r + 2`.
#[inline(always)]
#[must_use]
pub const fn rows_up_2(x: u64) -> u64 {
    const LOW2: u64 = 0x0000_ffff_0000_ffff;
    ((x >> 16) & LOW2) | ((x << 16) & !LOW2)
}

/// MixColumns on the two columns of a 64-bit half.
///
/// Row `r` of a column becomes `2 s_r + 3 s_(r+1) + s_(r+2) + s_(r+3)`
/// `= 2 (s_r + s_(r+1)) + s_(r+1) + (s_(r+2) + s_(r+3))`. With `t = s + up1(s)`
/// (which holds `s_r + s_(r+1)` in row `r`), that is `xtime(t) + up1(s) + up2(t)`.
#[inline(always)]
#[must_use]
pub const fn mix_columns_64(s: u64) -> u64 {
    let up1 = rows_up_1(s);
    let t = s ^ up1;
    xtime8(t) ^ up1 ^ rows_up_2(t)
}

/// `h * 0x1b` for bytes `h` that are 0 or 1: `h ^ h<<1 ^ h<<3 ^ h<<4`.
#[inline(always)]
const fn times_1b(h: u64) -> u64 {
    h ^ (h << 1) ^ (h << 3) ^ (h << 4)
}

/// Rotates every 32-bit column word left by 8 bits: row `r` receives row `r + 3`
/// (= `r - 1`).
#[inline(always)]
#[must_use]
pub const fn rows_up_3(x: u64) -> u64 {
    const HIGH3: u64 = 0xffff_ff00_ffff_ff00;
    ((x << 8) & HIGH3) | ((x >> 24) & !HIGH3)
}

/// InvMixColumns on the two columns of a 64-bit half.
///
/// Row `r` becomes `14 s_r + 11 s_(r+1) + 13 s_(r+2) + 9 s_(r+3)`. With
/// `x2 = 2s`, `x4 = 4s`, `x8 = 8s`: `14 = 8+4+2`, `11 = 8+2+1`, `13 = 8+4+1`,
/// `9 = 8+1`. The three multiples are computed side by side rather than by
/// repeated `xtime`, to keep the dependency chain short: `k s` for `k = 2, 4, 8`
/// is the bytes shifted left by `log2 k` plus, for each bit shifted out, its power
/// of `x` reduced: bit 7 out of `2s` adds `0x1b`; out of `4s` bits 7, 6 add
/// `0x36`, `0x1b`; out of `8s` bits 7, 6, 5 add `0x6c`, `0x36`, `0x1b`. Each
/// "add `0x1b` where bit `i` is set" is `h * 0x1b` for the 0/1 bytes `h`, which
/// never carries into the next byte.
#[inline(always)]
#[must_use]
pub const fn inv_mix_columns_64(s: u64) -> u64 {
    let r7 = times_1b((s >> 7) & LSB);
    let r6 = times_1b((s >> 6) & LSB);
    let r5 = times_1b((s >> 5) & LSB);
    let x2 = ((s & (0x7f * LSB)) << 1) ^ r7;
    let x4 = ((s & (0x3f * LSB)) << 2) ^ (r7 << 1) ^ r6;
    let x8 = ((s & (0x1f * LSB)) << 3) ^ (r7 << 2) ^ (r6 << 1) ^ r5;
    let e14 = x8 ^ x4 ^ x2;
    let e11 = x8 ^ x2 ^ s;
    let e13 = x8 ^ x4 ^ s;
    let e9 = x8 ^ s;
    (e14 ^ rows_up_1(e11)) ^ (rows_up_2(e13) ^ rows_up_3(e9))
}

/// MixColumns on all four columns.
#[inline(always)]
#[must_use]
pub fn mix_columns(s: u128) -> u128 {
    halves(s, mix_columns_64)
}

/// InvMixColumns on all four columns.
#[inline(always)]
#[must_use]
pub fn inv_mix_columns(s: u128) -> u128 {
    halves(s, inv_mix_columns_64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::aes::steps;
    use crate::math::gf;

    #[test]
    fn xtime8_is_bytewise_xtime() {
        for b in 0..=255u8 {
            let x = u64::from(b) * LSB;
            assert_eq!(xtime8(x), u64::from(gf::xtime(b)) * LSB);
        }
    }

    #[test]
    fn matches_reference_steps() {
        let mut x = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128;
        for _ in 0..1000 {
            assert_eq!(mix_columns(x), steps::mix_columns(x));
            assert_eq!(inv_mix_columns(x), steps::inv_mix_columns(x));
            x = x.wrapping_mul(0x2545_f491_4f6c_dd1d_9e37_79b9_7f4a_7c15) ^ (x >> 61);
        }
    }
}
