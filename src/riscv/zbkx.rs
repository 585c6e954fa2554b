//! Zbkx: crossbar permutations (RISC-V Cryptography Extensions Volume I
//! v1.0.1, section 2.3: `xperm4`, `xperm8`), used for constant-time table
//! lookups of nibbles and bytes.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::riscv::{Xlen, zbkx};
//! // Register text as sd stores it (memory order) -> the register value.
//! let x = |s: &str| u64::from_str_radix(s, 16).unwrap().swap_bytes();
//! // vectors/riscv-rv64-scalar.txt line 818: index nibbles 0, 1, ..., 15 in rs2
//! // select every nibble of rs1 in place.
//! let table = x("efcdab8967452301");
//! assert_eq!(zbkx::xperm4(Xlen::X64, table, x("1032547698badcfe")), table);
//! // Line 851: eight zero byte indices all select byte 0 of rs1 (0x10).
//! assert_eq!(zbkx::xperm8(Xlen::X64, x("1032547698badcfe"), 0), x("1010101010101010"));
//! ```

use super::{Xlen, forward};
use crate::backend::{Auto, Backend};

mod imp {
    use super::*;

    /// Each `w`-bit element `i` of `rs2` indexes an element of `rs1`; an
    /// index at or beyond the element count gives 0.
    /// Without a branch or an address on the indices (Zkt: xperm4/xperm8
    /// have data-independent timing, constant-time code uses them as table
    /// lookups): an out-of-range index selects a wrapped shift whose result
    /// a mask then clears.
    fn xperm(x: Xlen, rs1: u64, rs2: u64, w: u32) -> u64 {
        let n = x.bits() / w;
        let mask = (1u64 << w) - 1;
        let mut r = 0;
        for i in 0..n {
            let index = (rs2 >> (i * w)) & mask;
            let in_range = u64::from(index < u64::from(n)).wrapping_neg();
            let lane = (rs1 >> ((index as u32).wrapping_mul(w) & 63)) & mask & in_range;
            r |= lane << (i * w);
        }
        r
    }
    pub(super) fn xperm4<B: Backend>(_: B, x: Xlen, rs1: u64, rs2: u64) -> u64 {
        xperm(x, rs1, rs2, 4)
    }
    pub(super) fn xperm8<B: Backend>(_: B, x: Xlen, rs1: u64, rs2: u64) -> u64 {
        xperm(x, rs1, rs2, 8)
    }
}

forward! {
    /// `xperm4 rd, rs1, rs2`: nibble `i` of `rd` is nibble `rs2[4i+3:4i]` of
    /// `rs1`, or 0 when that index is `>= XLEN/4`.
    xperm4(rs1, rs2)
}
forward! {
    /// `xperm8 rd, rs1, rs2`: byte `i` of `rd` is byte `rs2[8i+7:8i]` of
    /// `rs1`, or 0 when that index is `>= XLEN/8`.
    xperm8(rs1, rs2)
}

/// `xperm4 rd, rs1, rs2` (both XLENs): nibble lookup of `rs2`'s nibbles in
/// `rs1` (out-of-range indices give 0).
#[must_use]
pub fn xperm4(xlen: Xlen, rs1: u64, rs2: u64) -> u64 {
    imp::xperm4(Auto, xlen, rs1, rs2)
}

/// `xperm8 rd, rs1, rs2` (both XLENs): byte lookup of `rs2`'s bytes in `rs1`
/// (out-of-range indices give 0).
#[must_use]
pub fn xperm8(xlen: Xlen, rs1: u64, rs2: u64) -> u64 {
    imp::xperm8(Auto, xlen, rs1, rs2)
}

#[cfg(test)]
mod boundary_tests {
    use super::*;

    /// The first out-of-range index of each form (the element count itself:
    /// XLEN/8 for xperm8, XLEN/4 for xperm4) selects 0, as the specification's
    /// `xperm` pseudocode says (`if index < XLEN/w ... else 0`); the last
    /// in-range one selects the top element. (cargo-mutants: `<` as `<=`
    /// survived the vector files, which have no index equal to the count.)
    #[test]
    fn the_element_count_is_out_of_range() {
        let rs1 = 0x8877_6655_4433_2211u64;
        // Element 0 of the result only (the other index elements are 0 and
        // select element 0 of rs1).
        let low8 = |v: u64| v & 0xff;
        let low4 = |v: u64| v & 0xf;
        // RV64 xperm8: index 8 -> 0, index 7 -> byte 7 (0x88).
        assert_eq!(low8(xperm8(Xlen::X64, rs1, 8)), 0);
        assert_eq!(low8(xperm8(Xlen::X64, rs1, 7)), 0x88);
        // RV32 xperm8: index 4 -> 0, index 3 -> byte 3 of the low word (0x44).
        assert_eq!(low8(xperm8(Xlen::X32, rs1, 4)), 0);
        assert_eq!(low8(xperm8(Xlen::X32, rs1, 3)), 0x44);
        // RV32 xperm4: index 8 -> 0, index 7 -> nibble 7 of the low word (0x4).
        assert_eq!(low4(xperm4(Xlen::X32, rs1, 8)), 0);
        assert_eq!(low4(xperm4(Xlen::X32, rs1, 7)), 0x4);
        // RV64 xperm4 has 16 nibbles: every 4-bit index is in range; 15 -> 0x8.
        assert_eq!(low4(xperm4(Xlen::X64, rs1, 15)), 0x8);
    }
}
