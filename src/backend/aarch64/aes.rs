//! AES fragments on the ARMv8 Cryptographic Extension (FEAT_AES).
//!
//! Each function is `#[target_feature(enable = "aes")]`: callers must have
//! checked the CPU (the [`super::Native`] token is that proof).
//!
//! The x86 fragments map onto Arm's instructions with a zero key:
//! `AESE(s, 0) = ShiftRows(SubBytes(s))`, `AESD(s, 0) = InvSubBytes(InvShiftRows(s))`,
//! then AESMC/AESIMC and an EOR with the round key where the fragment has one.

use core::arch::aarch64::{
    uint8x16_t, vaesdq_u8, vaeseq_u8, vaesimcq_u8, vaesmcq_u8, vdupq_n_u8, veorq_u8, vld1q_u8,
    vqtbl1q_u8, vst1q_u8,
};

/// The vector type of this backend.
pub(crate) type V = uint8x16_t;

/// `u128` register value to a vector (lane `i` = memory byte `i`).
#[inline(always)]
pub(crate) fn to_v(v: u128) -> V {
    let b = v.to_le_bytes();
    // SAFETY: `b` is 16 readable bytes; NEON is part of the aarch64 baseline.
    // vld1q_u8 puts memory byte i in lane i on either endianness.
    unsafe { vld1q_u8(b.as_ptr()) }
}

/// Vector to `u128` register value.
#[inline(always)]
pub(crate) fn from_v(v: V) -> u128 {
    let mut b = [0u8; 16];
    // SAFETY: `b` is 16 writable bytes; NEON is part of the aarch64 baseline.
    unsafe { vst1q_u8(b.as_mut_ptr(), v) };
    u128::from_le_bytes(b)
}

/// Defines one vector-level fragment: an `extern "C"` `#[target_feature]`
/// function on `uint8x16_t` (passed in `v` registers by the C ABI).
macro_rules! fragment {
    ($(#[$doc:meta])* $name:ident, |$($a:ident),*| $body:expr) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// The CPU must have FEAT_AES.
        // Both sides are this crate's Rust code with NEON (the AArch64 baseline),
        // so the lint's concern (a foreign caller's ABI) does not apply.
        #[allow(improper_ctypes_definitions)]
        #[inline]
        #[target_feature(enable = "aes")]
        pub(crate) unsafe extern "C" fn $name($($a: V),*) -> V {
            // SAFETY: the caller guarantees FEAT_AES. (Rust before 1.87 requires the
            // block for intrinsics; later ones do not.)
            #[allow(unused_unsafe)]
            unsafe {
                $body
            }
        }
    };
}

/// Where ShiftRows moves state byte `j`: byte `s[r,c']` (index `r + 4c'`) goes
/// to column `c' - r`, so to index `r + 4((c' - r) mod 4)`.
const fn shift_rows_dest(j: usize) -> usize {
    let (r, c) = (j % 4, j / 4);
    r + 4 * ((c + 4 - r) % 4)
}

/// TBL indices for InvShiftRows (result byte `i` = source byte `ISR[i]`):
/// InvShiftRows sets `s'[r,c] = s[r, c - r]`, and index `r + 4((c - r) mod 4)` is
/// exactly `shift_rows_dest(r + 4c)`.
const ISR: [u8; 16] = {
    let mut t = [0u8; 16];
    let mut j = 0;
    while j < 16 {
        t[j] = shift_rows_dest(j) as u8;
        j += 1;
    }
    t
};

/// TBL indices that turn `AESE(src, 0) = ShiftRows(SubBytes(src))` into the
/// AESKEYGENASSIST layout: dword 0 = SubWord(X1) = SubBytes bytes 4..7, dword 1 =
/// RotWord of it = bytes 5,6,7,4; dwords 2 and 3 likewise from bytes 12..15.
/// SubBytes byte `j` sits at `shift_rows_dest(j)` of the AESE result.
const KGA: [u8; 16] = {
    let want = [4, 5, 6, 7, 5, 6, 7, 4, 12, 13, 14, 15, 13, 14, 15, 12];
    let mut t = [0u8; 16];
    let mut i = 0;
    while i < 16 {
        t[i] = shift_rows_dest(want[i]) as u8;
        i += 1;
    }
    t
};

fragment!(
    /// `SR(SB(s)) ^ k` = AESE(s, 0) ^ k.
    sb_sr_ak, |s, k| veorq_u8(vaeseq_u8(s, vdupq_n_u8(0)), k)
);
fragment!(
    /// `MC(SR(SB(s))) ^ k` = AESMC(AESE(s, 0)) ^ k.
    sb_sr_mc_ak, |s, k| veorq_u8(vaesmcq_u8(vaeseq_u8(s, vdupq_n_u8(0))), k)
);
fragment!(
    /// `ISB(ISR(s)) ^ k` = AESD(s, 0) ^ k.
    isb_isr_ak, |s, k| veorq_u8(vaesdq_u8(s, vdupq_n_u8(0)), k)
);
fragment!(
    /// `IMC(ISB(ISR(s))) ^ k` = AESIMC(AESD(s, 0)) ^ k.
    isb_isr_imc_ak, |s, k| veorq_u8(vaesimcq_u8(vaesdq_u8(s, vdupq_n_u8(0))), k)
);
fragment!(
    /// `IMC(ISB(ISR(s)) ^ k)` = AESIMC(AESD(s, 0) ^ k).
    isb_isr_ak_imc, |s, k| vaesimcq_u8(veorq_u8(vaesdq_u8(s, vdupq_n_u8(0)), k))
);
fragment!(
    /// `SR(SB(s ^ k))`: the AESE instruction itself.
    ak_sb_sr, |s, k| vaeseq_u8(s, k)
);
fragment!(
    /// `ISB(ISR(s ^ k))`: the AESD instruction itself.
    ak_isb_isr, |s, k| vaesdq_u8(s, k)
);
fragment!(
    /// MixColumns: AESMC.
    mc, |s| vaesmcq_u8(s)
);
fragment!(
    /// InvMixColumns: AESIMC.
    imc, |s| vaesimcq_u8(s)
);
fragment!(
    /// SubBytes alone: AESE(InvShiftRows(s), 0), InvShiftRows by TBL.
    sb, |s| {
        // SAFETY: `ISR` is 16 readable bytes.
        let idx = unsafe { vld1q_u8(ISR.as_ptr()) };
        vaeseq_u8(vqtbl1q_u8(s, idx), vdupq_n_u8(0))
    }
);
fragment!(
    /// x86 AESKEYGENASSIST, with `rc = RCON << 32 | RCON << 96`: AESE(src, 0), one
    /// TBL to gather SubWord(X1), RotWord(SubWord(X1)), SubWord(X3),
    /// RotWord(SubWord(X3)), and an EOR of the round constant.
    aeskeygenassist, |src, rc| {
        // SAFETY: `KGA` is 16 readable bytes.
        let idx = unsafe { vld1q_u8(KGA.as_ptr()) };
        veorq_u8(vqtbl1q_u8(vaeseq_u8(src, vdupq_n_u8(0)), idx), rc)
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffle_tables() {
        assert_eq!(ISR, [0, 13, 10, 7, 4, 1, 14, 11, 8, 5, 2, 15, 12, 9, 6, 3]);
        assert_eq!(KGA, [4, 1, 14, 11, 1, 14, 11, 4, 12, 9, 6, 3, 9, 6, 3, 12]);
    }
}
