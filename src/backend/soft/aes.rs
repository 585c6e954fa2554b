//! Table-driven AES fragments (the `soft` backend).
//!
//! Each full round reads four T-table entries per output column (see
//! [`crate::math::aes::tables`]); the last-round forms read the S-box tables by
//! row (`SB`, `ISB`: the S-box byte already in its row, so a last round costs
//! the same lookups as a full one), and MixColumns / InvMixColumns alone read
//! the `MC` / `IM` tables the same way without a ShiftRows. (A shift-and-mask
//! MixColumns, as `ct` uses, needs about twice the instructions, and on the
//! reference host this code is bound by instruction throughput.)
//! Table lookups are indexed by state bytes, so this backend is not constant-time:
//! use `ct` for secret data on hosts without AES instructions.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::soft::aes;
//! use crypto_insn::reg::parse_mem_hex;
//! let s = |hex: &str| parse_mem_hex(hex).unwrap();
//! // FIPS-197 Appendix B, round 10 (the last): start, round key 10, output.
//! let start = s("eb40f21e592e38848ba113e71bc342d2");
//! let k10 = s("d014f9a8c9ee2589e13f0cc8b6630ca6");
//! let output = aes::sb_sr_ak(start, k10);
//! assert_eq!(output, s("3925841d02dc09fbdc118597196a0b32"));
//! // The inverse last round takes the output back.
//! assert_eq!(aes::isb_isr_ak(output ^ k10, 0), start);
//! ```

use crate::math::aes::tables::{IM, ISB, MC, SB, TD, TE};
use crate::reg::{from_dwords, to_dwords};

/// One table per row: `table[r][x]` is the column word that byte `x` in row `r`
/// contributes.
type Rows = [[u32; 256]; 4];

/// Which input column feeds row `r` of output column `j`:
/// ShiftRows takes it from column `j + r`, InvShiftRows from column `j - r`.
#[inline(always)]
const fn source(j: usize, r: usize, inverse: bool) -> usize {
    if inverse {
        (j + 4 - r) % 4
    } else {
        (j + r) % 4
    }
}

/// One table round: output column `j` is column `j` of `k` XORed with, over
/// rows `r`, `table[r][byte r of input column source(j, r)]`. With `shifted ==
/// false` every row reads its own column (no ShiftRows).
///
/// The state's bytes are read from memory: `black_box` keeps the 16 bytes in a
/// stack slot (or the caller's buffer) instead of two registers, so each byte is
/// one `movzx` load where extracting it from a register takes up to three
/// shift/mask/move instructions (x86-64: 14 fewer per round, and fewer live
/// registers, so no callee-saved ones). It changes no result, only the code.
#[inline(always)]
fn round(s: u128, k: u128, shifted: bool, inverse: bool, table: &Rows) -> u128 {
    let lo = core::hint::black_box((s as u64).to_le_bytes());
    let hi = core::hint::black_box(((s >> 64) as u64).to_le_bytes());
    let kw = to_dwords(k);
    let col = |j: usize, r: usize| {
        let src = if shifted { source(j, r, inverse) } else { j };
        let i = 4 * src + r;
        table[r][usize::from(if i < 8 { lo[i] } else { hi[i - 8] })]
    };
    // A balanced XOR tree keeps the dependency chain after the loads short.
    let out = |j: usize| kw[j] ^ ((col(j, 0) ^ col(j, 1)) ^ (col(j, 2) ^ col(j, 3)));
    from_dwords([out(0), out(1), out(2), out(3)])
}

/// `AddRoundKey(ShiftRows(SubBytes(s)), k)` (the last encryption round).
#[inline]
pub fn sb_sr_ak(s: u128, k: u128) -> u128 {
    round(s, k, true, false, &SB)
}

/// `AddRoundKey(MixColumns(ShiftRows(SubBytes(s))), k)` (a full encryption round).
#[inline]
pub fn sb_sr_mc_ak(s: u128, k: u128) -> u128 {
    round(s, k, true, false, &TE)
}

/// `AddRoundKey(InvSubBytes(InvShiftRows(s)), k)` (the last decryption round).
#[inline]
pub fn isb_isr_ak(s: u128, k: u128) -> u128 {
    round(s, k, true, true, &ISB)
}

/// `AddRoundKey(InvMixColumns(InvSubBytes(InvShiftRows(s))), k)` (an equivalent
/// inverse cipher round, x86 AESDEC).
#[inline]
pub fn isb_isr_imc_ak(s: u128, k: u128) -> u128 {
    round(s, k, true, true, &TD)
}

/// `InvMixColumns(AddRoundKey(InvSubBytes(InvShiftRows(s)), k))`.
///
/// InvMixColumns is linear, so this is `isb_isr_imc_ak(s, InvMixColumns(k))`:
/// the key-side work runs beside the table lookups instead of after them.
#[inline]
pub fn isb_isr_ak_imc(s: u128, k: u128) -> u128 {
    isb_isr_imc_ak(s, imc(k))
}

/// `MixColumns(s)`: one table round without a shift.
#[inline]
pub fn mc(s: u128) -> u128 {
    round(s, 0, false, false, &MC)
}

/// `InvMixColumns(s)`: one table round without a shift (each output column
/// reads its own column's four bytes).
#[inline]
pub fn imc(s: u128) -> u128 {
    round(s, 0, false, false, &IM)
}

/// `SubBytes(s)`.
#[inline]
pub fn sb(s: u128) -> u128 {
    round(s, 0, false, false, &SB)
}
