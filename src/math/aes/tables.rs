//! Lookup tables, every one computed at compile time from [`super::gf`].
//!
//! Word convention (the register-dword convention of this crate): a `u32` column
//! word holds state row `r` in bits `8r+7..8r`, i.e. row 0 in the low byte. A
//! `u128` state holds column `c` in bits `32c+31..32c`.
//!
//! # T-tables
//! One AES round column is a matrix-vector product. With `S = SubBytes(byte)`,
//! the contribution of the state byte in row `r` to an output column is the
//! `r`-th column of the MixColumns matrix times `S`:
//!
//! ```text
//! MixColumns matrix        column 0 = [2,1,1,3]^T  ->  TE[0][x] = {2S, S, S, 3S} (bytes 0..3)
//! [2 3 1 1]                column r = column 0 rotated down r rows
//! [1 2 3 1]                         ->  TE[r][x] = TE[0][x].rotate_left(8 r)
//! [1 1 2 3]
//! [3 1 1 2]
//! ```
//!
//! so an output column is `TE[0][a] ^ TE[1][b] ^ TE[2][c] ^ TE[3][d]`. The inverse
//! tables `TD` do the same with `InvSubBytes` and the InvMixColumns matrix, whose
//! column 0 is `[14, 9, 13, 11]^T`.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::math::aes::tables::{INV_SBOX, SBOX, TE};
//! // FIPS-197 5.1.1 and Figure 7: S({53}) = {ed}; Figure 14: InvS({ed}) = {53}.
//! assert_eq!(SBOX[0x53], 0xed);
//! assert_eq!(INV_SBOX[0xed], 0x53);
//! // FIPS-197 Appendix B, round 1: column 0 after ShiftRows holds start bytes 0,
//! // 5, 10, 15 (19, f4, 8d, 08); SubBytes + MixColumns of it is the first column
//! // of m_col, 04 66 81 e5 (row 0 in the low byte).
//! let col = TE[0][0x19] ^ TE[1][0xf4] ^ TE[2][0x8d] ^ TE[3][0x08];
//! assert_eq!(col, u32::from_le_bytes([0x04, 0x66, 0x81, 0xe5]));
//! ```

use super::gf;

const fn build_sbox() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = gf::sbox(i as u8);
        i += 1;
    }
    t
}

const fn build_inv_sbox() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = gf::inv_sbox(i as u8);
        i += 1;
    }
    t
}

/// The AES S-box (FIPS-197 Figure 7), `SBOX[x] = affine(x^-1)`.
pub static SBOX: [u8; 256] = build_sbox();

/// The AES inverse S-box (FIPS-197 Figure 14).
pub static INV_SBOX: [u8; 256] = build_inv_sbox();

/// Packs four bytes into a column word, row 0 in the low byte.
const fn column(r0: u8, r1: u8, r2: u8, r3: u8) -> u32 {
    (r0 as u32) | ((r1 as u32) << 8) | ((r2 as u32) << 16) | ((r3 as u32) << 24)
}

/// Builds four rotated tables from the row-0 table.
const fn rotations(t0: [u32; 256]) -> [[u32; 256]; 4] {
    let mut t = [[0u32; 256]; 4];
    let mut i = 0;
    while i < 256 {
        t[0][i] = t0[i];
        t[1][i] = t0[i].rotate_left(8);
        t[2][i] = t0[i].rotate_left(16);
        t[3][i] = t0[i].rotate_left(24);
        i += 1;
    }
    t
}

const fn build_te0() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let s = gf::sbox(i as u8);
        t[i] = column(gf::mul(s, 2), s, s, gf::mul(s, 3));
        i += 1;
    }
    t
}

const fn build_td0() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let s = gf::inv_sbox(i as u8);
        t[i] = column(
            gf::mul(s, 14),
            gf::mul(s, 9),
            gf::mul(s, 13),
            gf::mul(s, 11),
        );
        i += 1;
    }
    t
}

const fn build_im0() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let x = i as u8;
        t[i] = column(
            gf::mul(x, 14),
            gf::mul(x, 9),
            gf::mul(x, 13),
            gf::mul(x, 11),
        );
        i += 1;
    }
    t
}

const fn build_mc0() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let x = i as u8;
        t[i] = column(gf::mul(x, 2), x, x, gf::mul(x, 3));
        i += 1;
    }
    t
}

/// MixColumns tables: `MC[r][x]` is the column contributed by byte `x` in row
/// `r` (column `r` of the MixColumns matrix times `x`).
pub static MC: [[u32; 256]; 4] = rotations(build_mc0());

/// InvMixColumns tables: `IM[r][x]` is the column contributed by byte `x` in row
/// `r` (column `r` of the InvMixColumns matrix times `x`), so InvMixColumns of
/// a column is `IM[0][a] ^ IM[1][b] ^ IM[2][c] ^ IM[3][d]`.
pub static IM: [[u32; 256]; 4] = rotations(build_im0());

/// Widens an S-box to a row-0 column word table (the byte in row 0, zeros above).
const fn widen(sbox: [u8; 256]) -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = sbox[i] as u32;
        i += 1;
    }
    t
}

/// S-box by row: `SB[r][x]` is `SBOX[x]` in row `r` of a column word (byte `r`,
/// the other three bytes zero), so SubBytes of a column is `SB[0][a] ^ SB[1][b] ^
/// SB[2][c] ^ SB[3][d]`: a last round costs the same lookups as a full one.
pub static SB: [[u32; 256]; 4] = rotations(widen(build_sbox()));

/// Inverse S-box by row: `ISB[r][x]` is `INV_SBOX[x]` in row `r` of a column word.
pub static ISB: [[u32; 256]; 4] = rotations(widen(build_inv_sbox()));

/// Encryption T-tables: `TE[r][x]` is the column contributed by byte `x` in row `r`
/// after SubBytes and MixColumns (see the module docs).
pub static TE: [[u32; 256]; 4] = rotations(build_te0());

/// Decryption T-tables: `TD[r][x]` is the column contributed by byte `x` in row `r`
/// after InvSubBytes and InvMixColumns.
pub static TD: [[u32; 256]; 4] = rotations(build_td0());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn t_tables_match_their_definition() {
        for x in 0..256usize {
            let s = SBOX[x];
            let is = INV_SBOX[x];
            assert_eq!(TE[0][x].to_le_bytes(), [gf::mul(s, 2), s, s, gf::mul(s, 3)]);
            assert_eq!(
                TD[0][x].to_le_bytes(),
                [
                    gf::mul(is, 14),
                    gf::mul(is, 9),
                    gf::mul(is, 13),
                    gf::mul(is, 11)
                ]
            );
            let b = x as u8;
            assert_eq!(MC[0][x].to_le_bytes(), [gf::mul(b, 2), b, b, gf::mul(b, 3)]);
            assert_eq!(
                IM[0][x].to_le_bytes(),
                [
                    gf::mul(b, 14),
                    gf::mul(b, 9),
                    gf::mul(b, 13),
                    gf::mul(b, 11)
                ]
            );
            assert_eq!(SB[0][x], u32::from(s));
            assert_eq!(ISB[0][x], u32::from(is));
            for r in 1..4 {
                assert_eq!(SB[r][x], u32::from(s) << (8 * r));
                assert_eq!(ISB[r][x], u32::from(is) << (8 * r));
                assert_eq!(IM[r][x], IM[0][x].rotate_left(8 * r as u32));
                assert_eq!(MC[r][x], MC[0][x].rotate_left(8 * r as u32));
                assert_eq!(TE[r][x], TE[0][x].rotate_left(8 * r as u32));
                assert_eq!(TD[r][x], TD[0][x].rotate_left(8 * r as u32));
            }
        }
    }
}
