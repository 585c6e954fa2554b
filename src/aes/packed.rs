//! Column arithmetic on a whole state at once, by shifts and masks.
//!
//! These compute MixColumns and InvMixColumns on all 16 bytes in parallel with
//! no table and no data-dependent branch or index, so both the table-driven
//! `soft` backend and the constant-time backend use them.
//!
//! Each 32-bit column word holds rows 0..3 in bytes 0..3 (row 0 lowest), so
//! "the byte one row down" is a rotation of each column word by 8 bits.

/// `0x01` in every byte.
const LSB: u128 = 0x0101_0101_0101_0101_0101_0101_0101_0101;

/// Multiplies each of the 16 bytes by `x` in GF(2^8) (a parallel `xtime`).
///
/// Shift every byte left by one within its byte, then add `0x1b` to the bytes
/// whose top bit fell out. `h * 0x1b = h ^ h<<1 ^ h<<3 ^ h<<4` for the 0/1 bytes
/// `h`, written as right shifts of the top bits so that nothing crosses a byte.
#[inline(always)]
#[must_use]
pub const fn xtime16(x: u128) -> u128 {
    let top = x & (LSB << 7);
    let shifted = (x & !(LSB << 7)) << 1;
    shifted ^ (top >> 7) ^ (top >> 6) ^ (top >> 4) ^ (top >> 3)
}

/// Rotates every 32-bit column word right by 8 bits: row `r` receives the byte
/// of row `r + 1` (mod 4) of the same column.
#[inline(always)]
#[must_use]
pub const fn rows_up_1(x: u128) -> u128 {
    const LOW3: u128 = 0x00ff_ffff_00ff_ffff_00ff_ffff_00ff_ffff;
    ((x >> 8) & LOW3) | ((x << 24) & !LOW3)
}

/// Rotates every 32-bit column word by 16 bits: row `r` receives row `r + 2`.
#[inline(always)]
#[must_use]
pub const fn rows_up_2(x: u128) -> u128 {
    const LOW2: u128 = 0x0000_ffff_0000_ffff_0000_ffff_0000_ffff;
    ((x >> 16) & LOW2) | ((x << 16) & !LOW2)
}

/// MixColumns on all four columns.
///
/// Row `r` of a column becomes `2 s_r + 3 s_(r+1) + s_(r+2) + s_(r+3)`
/// `= 2 (s_r + s_(r+1)) + s_(r+1) + (s_(r+2) + s_(r+3))`. With `t = s + up1(s)`
/// (which holds `s_r + s_(r+1)` in row `r`), that is `xtime(t) + up1(s) + up2(t)`.
#[inline(always)]
#[must_use]
pub const fn mix_columns(s: u128) -> u128 {
    let up1 = rows_up_1(s);
    let t = s ^ up1;
    xtime16(t) ^ up1 ^ rows_up_2(t)
}

/// InvMixColumns on all four columns.
///
/// The InvMixColumns matrix (first row `[0e 0b 0d 09]`) is the MixColumns matrix
/// times the circulant with first row `[05 00 04 00]` (circulants commute), so
/// `InvMixColumns(s) = MixColumns(u)` with `u_r = 5 s_r + 4 s_(r+2)`
/// `= s_r + 4 (s_r + s_(r+2))`.
#[inline(always)]
#[must_use]
pub const fn inv_mix_columns(s: u128) -> u128 {
    let u = s ^ xtime16(xtime16(s ^ rows_up_2(s)));
    mix_columns(u)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aes::gf;
    use crate::aes::steps;

    #[test]
    fn xtime16_is_bytewise_xtime() {
        for b in 0..=255u8 {
            let x = u128::from(b) * LSB;
            assert_eq!(xtime16(x), u128::from(gf::xtime(b)) * LSB);
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
