//! What the EVEX encodings add around an instruction's result: write-masking
//! with an opmask register `k` (`{k}` merging, `{k}{z}` zeroing) and the
//! embedded broadcast of a memory operand (`m64bcst`).
//!
//! Of the instructions this crate evaluates only the EVEX forms of the GFNI
//! instructions take `{k}{z}` ([`super::gf2p8affineqb`],
//! [`super::gf2p8affineinvqb`], [`super::gf2p8mulb`]), at byte granularity:
//! Intel SDM Vol. 2, GF2P8AFFINEQB "Operation" (EVEX encoded version):
//!
//! ```text
//! FOR j := 0 TO KL-1:            ; KL = VL/8 bytes
//!     IF k1[j] OR *no writemask*:
//!         DEST.byte[j] := result byte j
//!     ELSE IF *zeroing*:
//!         DEST.byte[j] := 0
//!     ELSE:
//!         DEST.byte[j] remains unchanged
//! DEST[MAX_VL-1:VL] := 0
//! ```
//!
//! So the emulator computes the unmasked result with the helper and applies
//! [`mask_bytes`]; bits above VL are zeroed by the emulator, as for every VEX
//! and EVEX form. `k0` as the mask register means "no writemask": pass
//! `k = u64::MAX` (or skip the call).
//!
//! The `m64bcst` form of GF2P8AFFINEQB/GF2P8AFFINEINVQB (`EVEX.b = 1` with a
//! memory source) reads one qword and uses it as the matrix of every qword
//! lane (`IF (EVEX.b == 1) AND SRC2 *is memory*: tsrc2qw := SRC2.qword[0]`):
//! the emulator loads that qword and passes [`broadcast_qword`] of it as the
//! second source.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::x86::{self, evex};
//! // VGF2P8AFFINEINVQB zmm1{k1}{z}, zmm2, m64bcst, 0x63: the AES S-box matrix
//! // (see x86::gf2p8affineinvqb) read once from memory and broadcast.
//! let matrix = evex::broadcast_qword::<4>(0xf1e3_c78f_1f3e_7cf8);
//! let zmm2 = [0x53u128; 4]; // byte 0 of every lane is 0x53, the others 0
//! let r = x86::gf2p8affineinvqb(zmm2, matrix, 0x63);
//! // FIPS-197 5.1.1: S(0x53) = 0xed; S(0x00) = 0x63.
//! assert_eq!(r[0] & 0xffff, 0x63ed);
//! // k1 = 1: only byte 0 of lane 0 is written; {z} zeroes every other byte ...
//! let old = [u128::MAX; 4];
//! assert_eq!(evex::mask_bytes(old, r, 0x1, true), [0xed, 0, 0, 0]);
//! // ... and merging ({k1} alone) keeps them.
//! assert_eq!(evex::mask_bytes(old, r, 0x1, false)[0], u128::MAX << 8 | 0xed);
//! ```

/// EVEX byte write-masking of an `N`-lane (128-bit lanes) result: byte `j` of
/// the register (lane `j / 16`, byte `j % 16`, memory order) is `result`'s byte
/// when bit `j` of `k` is set, else `old`'s byte (merging, `zeroing = false`)
/// or zero (`{z}`, `zeroing = true`). Bits of `k` from `16 * N` up are ignored.
///
/// Branch-free: every byte is selected with a mask, so the time does not
/// depend on `k` or the data.
#[must_use]
pub fn mask_bytes<const N: usize>(
    old: [u128; N],
    result: [u128; N],
    k: u64,
    zeroing: bool,
) -> [u128; N] {
    let keep = u128::from(!zeroing).wrapping_neg(); // all ones when merging
    core::array::from_fn(|lane| {
        let bits = if lane < 4 {
            (k >> (16 * lane)) as u16
        } else {
            0
        };
        let sel = byte_mask(bits);
        (result[lane] & sel) | (old[lane] & !sel & keep)
    })
}

/// `0xff` in byte `j` where bit `j` of `bits` is set.
#[inline]
fn byte_mask(bits: u16) -> u128 {
    let mut m = 0u128;
    for j in 0..16 {
        let bit = u128::from((bits >> j) & 1);
        m |= bit.wrapping_neg() & (0xffu128 << (8 * j));
    }
    m
}

/// The `m64bcst` source of an `N`-lane EVEX instruction: the qword `q` in
/// every qword (`SRC2.qword[0]` read once from memory, Intel SDM embedded
/// broadcast).
#[must_use]
pub fn broadcast_qword<const N: usize>(q: u64) -> [u128; N] {
    [u128::from(q) | (u128::from(q) << 64); N]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_selects_bytes() {
        let old = [0x1111_1111_1111_1111_1111_1111_1111_1111u128; 4];
        let new = [0xeeee_eeee_eeee_eeee_eeee_eeee_eeee_eeeeu128; 4];
        // Bit 0: byte 0 of lane 0; bit 17: byte 1 of lane 1; bit 63: byte 15 of lane 3.
        let k = 1 | (1 << 17) | (1 << 63);
        let m = mask_bytes(old, new, k, false);
        assert_eq!(m[0], (old[0] & !0xff) | 0xee);
        assert_eq!(m[1], (old[1] & !0xff00) | 0xee00);
        assert_eq!(m[2], old[2]);
        assert_eq!(m[3], (old[3] & !(0xffu128 << 120)) | (0xeeu128 << 120));
        let z = mask_bytes(old, new, k, true);
        assert_eq!(z, [0xee, 0xee00, 0, 0xeeu128 << 120]);
        assert_eq!(mask_bytes(old, new, u64::MAX, false), new);
        assert_eq!(mask_bytes(old, new, 0, false), old);
        assert_eq!(mask_bytes(old, new, 0, true), [0; 4]);
        // A 128-bit register uses bits 15:0 only.
        assert_eq!(mask_bytes([old[0]], [new[0]], 0xffff_0000, false), [old[0]]);
        // `k` has 64 bits, one per byte of four lanes: a fifth lane (no EVEX
        // register has one, but `N` is generic) has no mask bits, so it is
        // never written.
        let (old5, new5) = ([old[0]; 5], [new[0]; 5]);
        assert_eq!(
            mask_bytes(old5, new5, u64::MAX, false),
            [new[0], new[0], new[0], new[0], old[0]]
        );
        assert_eq!(
            mask_bytes(old5, new5, u64::MAX, true),
            [new[0], new[0], new[0], new[0], 0]
        );
        assert_eq!(
            broadcast_qword::<2>(0x0102_0408_1020_4080),
            [0x0102_0408_1020_4080_0102_0408_1020_4080; 2]
        );
    }
}
