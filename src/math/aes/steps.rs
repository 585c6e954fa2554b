//! The AES steps exactly as FIPS-197 defines them, one function per step, each
//! with its inverse, written for reading rather than speed.
//!
//! The state is a register value (`u128`); state byte `i` in FIPS-197's
//! column-major order (`s[r,c]` is byte `r + 4c`) is register byte `i`, bits
//! `8i+7..8i`. The fast fused forms live in [`super::fragments`] and are tested
//! against compositions of these.

use super::gf;
use super::tables::{INV_SBOX, SBOX};
use crate::reg;

/// Index of state byte `s[r,c]` (FIPS-197 section 3.4: `s[r,c] = in[r + 4c]`).
const fn at(r: usize, c: usize) -> usize {
    r + 4 * c
}

fn map_bytes(state: u128, table: &[u8; 256]) -> u128 {
    let mut b = reg::to_bytes(state);
    for x in b.iter_mut() {
        *x = table[usize::from(*x)];
    }
    reg::from_bytes(b)
}

/// SubBytes (FIPS-197 section 5.1.1): every state byte goes through the S-box.
#[must_use]
pub fn sub_bytes(state: u128) -> u128 {
    map_bytes(state, &SBOX)
}

/// InvSubBytes (FIPS-197 section 5.3.2): every state byte goes through the inverse S-box.
#[must_use]
pub fn inv_sub_bytes(state: u128) -> u128 {
    map_bytes(state, &INV_SBOX)
}

/// ShiftRows (FIPS-197 section 5.1.2): row `r` rotates left by `r` columns,
/// `s'[r,c] = s[r, (c + r) mod 4]`.
#[must_use]
pub fn shift_rows(state: u128) -> u128 {
    let s = reg::to_bytes(state);
    let mut out = [0u8; 16];
    for r in 0..4 {
        for c in 0..4 {
            out[at(r, c)] = s[at(r, (c + r) % 4)];
        }
    }
    reg::from_bytes(out)
}

/// InvShiftRows (FIPS-197 section 5.3.1): row `r` rotates right by `r` columns,
/// `s'[r, (c + r) mod 4] = s[r,c]`.
#[must_use]
pub fn inv_shift_rows(state: u128) -> u128 {
    let s = reg::to_bytes(state);
    let mut out = [0u8; 16];
    for r in 0..4 {
        for c in 0..4 {
            out[at(r, (c + r) % 4)] = s[at(r, c)];
        }
    }
    reg::from_bytes(out)
}

/// Multiplies every column by a circulant matrix whose first row is `m`.
fn mix_with(state: u128, m: [u8; 4]) -> u128 {
    let s = reg::to_bytes(state);
    let mut out = [0u8; 16];
    for c in 0..4 {
        for r in 0..4 {
            let mut acc = 0u8;
            for k in 0..4 {
                // Row r of a circulant matrix is row 0 rotated right by r.
                acc ^= gf::mul(m[(k + 4 - r) % 4], s[at(k, c)]);
            }
            out[at(r, c)] = acc;
        }
    }
    reg::from_bytes(out)
}

/// MixColumns (FIPS-197 section 5.1.3): each column is multiplied by the matrix
/// with first row `[02 03 01 01]` (the polynomial `{03}x^3 + {01}x^2 + {01}x + {02}`).
#[must_use]
pub fn mix_columns(state: u128) -> u128 {
    mix_with(state, [0x02, 0x03, 0x01, 0x01])
}

/// InvMixColumns (FIPS-197 section 5.3.3): each column is multiplied by the
/// matrix with first row `[0e 0b 0d 09]`.
#[must_use]
pub fn inv_mix_columns(state: u128) -> u128 {
    mix_with(state, [0x0e, 0x0b, 0x0d, 0x09])
}

/// AddRoundKey (FIPS-197 section 5.1.4): XOR of the state with the round key.
/// It is its own inverse.
#[must_use]
pub const fn add_round_key(state: u128, round_key: u128) -> u128 {
    state ^ round_key
}

/// SubWord (FIPS-197 section 5.2): the S-box applied to each byte of a word.
///
/// Words use the register-dword convention: FIPS byte `a0` (the first, leftmost
/// byte of `[a0,a1,a2,a3]`) is in bits 7:0, as when the dword is read from a
/// register or loaded little-endian from memory.
#[must_use]
pub fn sub_word(word: u32) -> u32 {
    let b = word.to_le_bytes();
    u32::from_le_bytes([
        SBOX[usize::from(b[0])],
        SBOX[usize::from(b[1])],
        SBOX[usize::from(b[2])],
        SBOX[usize::from(b[3])],
    ])
}

/// The inverse of [`sub_word`] (the inverse S-box on each byte).
#[must_use]
pub fn inv_sub_word(word: u32) -> u32 {
    let b = word.to_le_bytes();
    u32::from_le_bytes([
        INV_SBOX[usize::from(b[0])],
        INV_SBOX[usize::from(b[1])],
        INV_SBOX[usize::from(b[2])],
        INV_SBOX[usize::from(b[3])],
    ])
}

/// RotWord (FIPS-197 section 5.2): `[a0,a1,a2,a3] -> [a1,a2,a3,a0]`.
///
/// In the register-dword convention (`a0` in bits 7:0) that is
/// `word.rotate_right(8)`, the same "ROR 8" as Intel's RotWord.
#[must_use]
pub const fn rot_word(word: u32) -> u32 {
    word.rotate_right(8)
}

/// The inverse of [`rot_word`]: `word.rotate_left(8)`.
#[must_use]
pub const fn inv_rot_word(word: u32) -> u32 {
    word.rotate_left(8)
}

const fn build_rcon() -> [u32; 10] {
    let mut t = [0u32; 10];
    let mut x = 1u8;
    let mut i = 0;
    while i < 10 {
        t[i] = x as u32;
        x = gf::xtime(x);
        i += 1;
    }
    t
}

/// The round constants `Rcon[i]` for `i = 1..=10` at index `i - 1` (FIPS-197
/// section 5.2): `[x^(i-1), 0, 0, 0]`, in the register-dword convention, so
/// FIPS's `01000000` is `0x01` and the last one, `36000000`, is `0x36`.
pub const RCON: [u32; 10] = build_rcon();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rcon_values() {
        assert_eq!(
            RCON,
            [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1b, 0x36]
        );
    }

    #[test]
    fn shift_rows_moves_bytes_as_figure_8() {
        // State byte i holds value i; after ShiftRows row r is rotated left by r.
        let s = reg::from_bytes(core::array::from_fn(|i| i as u8));
        let out = reg::to_bytes(shift_rows(s));
        assert_eq!(out, [0, 5, 10, 15, 4, 9, 14, 3, 8, 13, 2, 7, 12, 1, 6, 11]);
        assert_eq!(inv_shift_rows(shift_rows(s)), s);
    }
}
