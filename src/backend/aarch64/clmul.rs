//! PMULL on AArch64 (FEAT_PMULL; Rust's `aes` target feature), and the
//! fallback without it from the baseline `PMULL.8B` ([`clmul_p8`]).

use core::arch::aarch64::{
    poly8x8_t, uint8x16_t, vcreate_p8, vdup_n_p8, vdupq_n_u8, veorq_u8, vext_p8, vextq_u8,
    vmull_p8, vmull_p64, vreinterpretq_u8_p16,
};

/// PCLMULQDQ's operation with PMULL: the qword of `a` picked by `imm` bit 0 times
/// the qword of `b` picked by bit 4 (Arm PMULL is `0x00`, PMULL2 `0x11`).
///
/// # Safety
/// The CPU must have FEAT_PMULL.
#[inline]
#[target_feature(enable = "aes")]
pub(crate) unsafe fn clmul(a: u128, b: u128, imm: u8) -> u128 {
    let x = if imm & 0x01 == 0 {
        a as u64
    } else {
        (a >> 64) as u64
    };
    let y = if imm & 0x10 == 0 {
        b as u64
    } else {
        (b >> 64) as u64
    };
    // SAFETY: the caller guarantees FEAT_PMULL (the block is for Rust before 1.87).
    #[allow(unused_unsafe)]
    unsafe {
        vmull_p64(x, y)
    }
}

/// The operands PCLMULQDQ's immediate selects: bit 0 the qword of `a`, bit 4
/// the qword of `b` (the immediate is public: the branch is on it alone).
#[inline(always)]
fn select(a: u128, b: u128, imm: u8) -> (u64, u64) {
    let x = if imm & 0x01 == 0 { a } else { a >> 64 };
    let y = if imm & 0x10 == 0 { b } else { b >> 64 };
    (x as u64, y as u64)
}

/// `PMULL.8B` (eight 8x8-bit polynomial products, 16 bits each) as bytes.
#[inline(always)]
fn mul8(a: poly8x8_t, b: poly8x8_t) -> uint8x16_t {
    // SAFETY: AdvSIMD (PMULL.8B included) is baseline on AArch64.
    unsafe { vreinterpretq_u8_p16(vmull_p8(a, b)) }
}

/// PCLMULQDQ's operation without FEAT_PMULL: the 64x64-bit carry-less product
/// from the baseline AdvSIMD `PMULL.8B` (`vmull_p8`), constant-time (no branch
/// or index on `a`, `b`).
///
/// With `a = Σ a_i x^(8i)` and `b = Σ b_j x^(8j)` (bytes), the product is
/// `Σ a_i b_j x^(8(i+j))`. Group the 64 byte products by their diagonal
/// `k = |i - j|`: `PMULL.8B(a, b >> 8k)` has lane `i` (bits `16i..16i+15`) =
/// `a_i b_(i+k)`, which belongs at bit `8(2i + k) = 16i + 8k`; so does lane `i`
/// of `PMULL.8B(a >> 8k, b)` = `a_(i+k) b_i`. Hence
///
/// `a · b = PMULL.8B(a, b) + Σ_(k=1..7) (PMULL.8B(a, b >> 8k) + PMULL.8B(a >> 8k, b)) << 8k`
///
/// with the 64-bit operand shifts and the 128-bit result shifts by whole
/// bytes (EXT against zero; the lanes `i + k >= 8` are zero, so nothing falls
/// off the top). 15 `PMULL.8B`, 21 `EXT`, 14 `EOR`.
#[inline]
pub(crate) fn clmul_p8(a: u128, b: u128, imm: u8) -> u128 {
    let (x, y) = select(a, b, imm);
    // SAFETY: AdvSIMD is baseline on AArch64; the intrinsics only move and
    // combine register lanes.
    let acc = unsafe {
        let (a, b) = (vcreate_p8(x), vcreate_p8(y));
        let (z8, z) = (vdup_n_p8(0), vdupq_n_u8(0));
        let mut acc = mul8(a, b);
        macro_rules! diagonal {
            ($($k:literal $top:literal),*) => {$(
                let d = veorq_u8(mul8(a, vext_p8::<$k>(b, z8)), mul8(vext_p8::<$k>(a, z8), b));
                // `EXT #(16 - k)` against zero: `d` shifted up by `k` bytes.
                acc = veorq_u8(acc, vextq_u8::<$top>(z, d));
            )*};
        }
        diagonal!(1 15, 2 14, 3 13, 4 12, 5 11, 6 10, 7 9);
        acc
    };
    super::aes::from_v(acc)
}

#[cfg(test)]
mod tests {
    use crate::math::clmul::clmul64_reference;

    #[test]
    fn pmull8_equals_the_reference_product() {
        let mut x = 0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834u128;
        let edges = [
            0u128,
            1,
            u128::MAX,
            1 << 63,
            1 << 127,
            0x8080_8080_8080_8080_0101_0101_0101_0101,
        ];
        let mut cases = std::vec::Vec::from(edges);
        for _ in 0..5000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            cases.push(x);
        }
        for (n, &a) in cases.iter().enumerate() {
            let b = cases[(n * 31 + 5) % cases.len()];
            for imm in [0x00, 0x01, 0x10, 0x11] {
                let (p, q) = super::select(a, b, imm);
                assert_eq!(
                    super::clmul_p8(a, b, imm),
                    clmul64_reference(p, q),
                    "{a:#x} {b:#x} {imm:#x}"
                );
                assert_eq!(
                    crate::backend::aarch64::clmul_pmull8(a, b, imm),
                    clmul64_reference(p, q)
                );
            }
        }
    }
}
