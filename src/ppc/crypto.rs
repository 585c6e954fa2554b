//! The Vector Crypto facility (Power ISA 2.07 Book I, chapter 5 "Vector
//! Facility", section 5.11 "Vector Cryptographic Instructions"; POWER8 and
//! later): the AES round instructions, `vsbox`, the carry-less multiply-sums,
//! the SHA-2 sigma functions and `vpermxor`.
//!
//! Register values follow the `ppc` convention (the integer's most
//! significant byte is ISA byte 0; see [`crate::ppc`]). The AES state byte `i`
//! of the ISA's pseudocode is ISA byte `i` (column-major, as in FIPS-197), so
//! the crate's AES state value (state byte `i` = bits `8i+7..8i`) is the byte
//! reversal of the register value: the AES helpers run the seam's fragments on
//! `swap_bytes()` of their operands (native AES-NI / FEAT_AES where the backend
//! has them) and reverse the result back.

use super::Ppc64;
use crate::backend::{Auto, Backend};
use crate::math::clmul::{clmul8, clmul16, clmul32};
use crate::math::{sha256, sha512};

/// The crate's AES state value of a `ppc` register value and back (an
/// involution).
#[inline(always)]
const fn state(v: u128) -> u128 {
    v.swap_bytes()
}

impl<B: Backend> Ppc64<B> {
    /// vcipher on this backend; see [`vcipher`].
    #[inline]
    #[must_use]
    pub fn vcipher(self, vra: u128, vrb: u128) -> u128 {
        state(self.0.sb_sr_mc_ak(state(vra), state(vrb)))
    }

    /// vcipherlast on this backend; see [`vcipherlast`].
    #[inline]
    #[must_use]
    pub fn vcipherlast(self, vra: u128, vrb: u128) -> u128 {
        state(self.0.sb_sr_ak(state(vra), state(vrb)))
    }

    /// vncipher on this backend; see [`vncipher`].
    #[inline]
    #[must_use]
    pub fn vncipher(self, vra: u128, vrb: u128) -> u128 {
        state(self.0.isb_isr_ak_imc(state(vra), state(vrb)))
    }

    /// vncipherlast on this backend; see [`vncipherlast`].
    #[inline]
    #[must_use]
    pub fn vncipherlast(self, vra: u128, vrb: u128) -> u128 {
        state(self.0.isb_isr_ak(state(vra), state(vrb)))
    }

    /// vsbox on this backend; see [`vsbox`].
    #[inline]
    #[must_use]
    pub fn vsbox(self, vra: u128) -> u128 {
        // SubBytes is byte-wise: no reversal needed.
        self.0.sb(vra)
    }

    /// vpmsumb on this backend; see [`vpmsumb`].
    #[inline]
    #[must_use]
    pub fn vpmsumb(self, vra: u128, vrb: u128) -> u128 {
        let _ = self;
        let mut r = 0u128;
        // Halfword h (counted from the least significant end, which is ISA
        // halfword 7 - h) holds the products of its own two bytes: the pairing
        // is the same from either end.
        for h in 0..8 {
            let byte = |v: u128, j: u32| (v >> (16 * h + 8 * j)) as u8;
            let p = clmul8(byte(vra, 0), byte(vrb, 0)) ^ clmul8(byte(vra, 1), byte(vrb, 1));
            r |= u128::from(p) << (16 * h);
        }
        r
    }

    /// vpmsumh on this backend; see [`vpmsumh`].
    #[inline]
    #[must_use]
    pub fn vpmsumh(self, vra: u128, vrb: u128) -> u128 {
        let _ = self;
        let mut r = 0u128;
        for w in 0..4 {
            let half = |v: u128, j: u32| (v >> (32 * w + 16 * j)) as u16;
            let p = clmul16(half(vra, 0), half(vrb, 0)) ^ clmul16(half(vra, 1), half(vrb, 1));
            r |= u128::from(p) << (32 * w);
        }
        r
    }

    /// vpmsumw on this backend; see [`vpmsumw`].
    #[inline]
    #[must_use]
    pub fn vpmsumw(self, vra: u128, vrb: u128) -> u128 {
        let _ = self;
        let mut r = 0u128;
        for d in 0..2 {
            let word = |v: u128, j: u32| (v >> (64 * d + 32 * j)) as u32;
            let p = clmul32(word(vra, 0), word(vrb, 0)) ^ clmul32(word(vra, 1), word(vrb, 1));
            r |= u128::from(p) << (64 * d);
        }
        r
    }

    /// vpmsumd on this backend; see [`vpmsumd`].
    #[inline]
    #[must_use]
    pub fn vpmsumd(self, vra: u128, vrb: u128) -> u128 {
        // PCLMULQDQ imm 0x11 multiplies the high halves (ISA doubleword 0),
        // 0x00 the low halves (doubleword 1).
        self.0.clmul(vra, vrb, 0x11) ^ self.0.clmul(vra, vrb, 0x00)
    }

    /// vshasigmaw on this backend; see [`vshasigmaw`].
    #[inline]
    #[must_use]
    pub fn vshasigmaw(self, vra: u128, st_six: u8) -> u128 {
        let _ = self;
        let st = st_six & 0x10 != 0;
        let mut r = 0u128;
        for i in 0..4 {
            let shift = 96 - 32 * i;
            let src = (vra >> shift) as u32;
            // `SIX.bit[i]`: SIX is bits 3:0 of the immediate, its bit 0 the most
            // significant.
            let six_bit = (st_six >> (3 - i)) & 1 != 0;
            let v = match (st, six_bit) {
                (false, false) => sha256::small_sigma0(src),
                (false, true) => sha256::small_sigma1(src),
                (true, false) => sha256::big_sigma0(src),
                (true, true) => sha256::big_sigma1(src),
            };
            r |= u128::from(v) << shift;
        }
        r
    }

    /// vshasigmad on this backend; see [`vshasigmad`].
    #[inline]
    #[must_use]
    pub fn vshasigmad(self, vra: u128, st_six: u8) -> u128 {
        let _ = self;
        let st = st_six & 0x10 != 0;
        let mut r = 0u128;
        for i in 0..2 {
            let shift = 64 - 64 * i;
            let src = (vra >> shift) as u64;
            // SIX.bit[2*i]: SIX bits 0 and 2 (immediate bits 3 and 1).
            let six_bit = (st_six >> (3 - 2 * i)) & 1 != 0;
            let v = match (st, six_bit) {
                (false, false) => sha512::small_sigma0(src),
                (false, true) => sha512::small_sigma1(src),
                (true, false) => sha512::big_sigma0(src),
                (true, true) => sha512::big_sigma1(src),
            };
            r |= u128::from(v) << shift;
        }
        r
    }

    /// vpermxor on this backend; see [`vpermxor`].
    #[inline]
    #[must_use]
    pub fn vpermxor(self, vra: u128, vrb: u128, vrc: u128) -> u128 {
        let _ = self;
        let c = vrc.to_be_bytes();
        // ISA byte j of a register is bits 8(15-j)+7..8(15-j) of the u128:
        // selected by a shift, not an address, so the time does not depend
        // on the selector (it may be secret).
        let byte = |v: u128, j: u8| (v >> (8 * (15 - u32::from(j)))) as u8;
        u128::from_be_bytes(core::array::from_fn(|i| {
            byte(vra, c[i] >> 4) ^ byte(vrb, c[i] & 0x0f)
        }))
    }
}

/// vcipher VRT,VRA,VRB: Vector AES Cipher (one full encryption round).
///
/// Power ISA 2.07 Book I 5.11: `State = VR[VRA]; RoundKey = VR[VRB];`
/// `vtemp1 = SubBytes(State); vtemp2 = ShiftRows(vtemp1);`
/// `vtemp3 = MixColumns(vtemp2); VR[VRT] = vtemp3 ^ RoundKey`.
/// The same round as x86 AESENC on the byte-reversed registers.
///
/// - `vra`: the state; `vrb`: the round key. The result is VRT.
/// - Needs Vector Crypto (POWER8, `PPC_FEATURE2_VEC_CRYPTO`), MSR.VEC = 1.
#[inline]
#[must_use]
pub fn vcipher(vra: u128, vrb: u128) -> u128 {
    Ppc64(Auto).vcipher(vra, vrb)
}

/// vcipherlast VRT,VRA,VRB: Vector AES Cipher Last (the final round).
///
/// Power ISA 2.07 Book I 5.11: `vtemp1 = SubBytes(VR[VRA]); vtemp2 =
/// ShiftRows(vtemp1); VR[VRT] = vtemp2 ^ VR[VRB]`.
///
/// - `vra`: the state; `vrb`: the last round key. Needs Vector Crypto.
#[inline]
#[must_use]
pub fn vcipherlast(vra: u128, vrb: u128) -> u128 {
    Ppc64(Auto).vcipherlast(vra, vrb)
}

/// vncipher VRT,VRA,VRB: Vector AES Inverse Cipher (one decryption round of
/// the straightforward inverse cipher, FIPS-197 5.3).
///
/// Power ISA 2.07 Book I 5.11: `State = VR[VRA]; RoundKey = VR[VRB];`
/// `vtemp1 = InvShiftRows(State); vtemp2 = InvSubBytes(vtemp1);`
/// `vtemp3 = vtemp2 ^ RoundKey; VR[VRT] = InvMixColumns(vtemp3)`.
///
/// The round key is added *before* InvMixColumns, unlike x86 AESDEC (which
/// uses the equivalent inverse cipher's order and InvMixColumns-transformed
/// keys): decryption with vncipher uses the encryption round keys as they
/// are, in reverse order.
///
/// - `vra`: the state; `vrb`: the round key. Needs Vector Crypto.
#[inline]
#[must_use]
pub fn vncipher(vra: u128, vrb: u128) -> u128 {
    Ppc64(Auto).vncipher(vra, vrb)
}

/// vncipherlast VRT,VRA,VRB: Vector AES Inverse Cipher Last.
///
/// Power ISA 2.07 Book I 5.11: `vtemp1 = InvShiftRows(VR[VRA]); vtemp2 =
/// InvSubBytes(vtemp1); VR[VRT] = vtemp2 ^ VR[VRB]` (x86 AESDECLAST on the
/// byte-reversed registers).
///
/// - `vra`: the state; `vrb`: the round key (round 0's). Needs Vector Crypto.
#[inline]
#[must_use]
pub fn vncipherlast(vra: u128, vrb: u128) -> u128 {
    Ppc64(Auto).vncipherlast(vra, vrb)
}

/// vsbox VRT,VRA: Vector AES S-Box.
///
/// Power ISA 2.07 Book I 5.11: `VR[VRT] = SubBytes(VR[VRA])`: the AES S-box on each
/// of the 16 bytes. Used for the key schedule's SubWord.
///
/// - `vra`: the source. Needs Vector Crypto.
#[inline]
#[must_use]
pub fn vsbox(vra: u128) -> u128 {
    Ppc64(Auto).vsbox(vra)
}

/// vpmsumb VRT,VRA,VRB: Vector Polynomial Multiply-Sum Byte.
///
/// Power ISA 2.07 Book I 5.11: `do i = 0 to 7: prod0 = VR[VRA].byte[2i] ⊗
/// VR[VRB].byte[2i]; prod1 = VR[VRA].byte[2i+1] ⊗ VR[VRB].byte[2i+1];`
/// `VR[VRT].hword[i] = 0b0 || (prod0 ^ prod1)` (`⊗`: carry-less multiply, a
/// 15-bit product).
///
/// - `vra`, `vrb`: the sources. Needs Vector Crypto.
#[inline]
#[must_use]
pub fn vpmsumb(vra: u128, vrb: u128) -> u128 {
    Ppc64(Auto).vpmsumb(vra, vrb)
}

/// vpmsumh VRT,VRA,VRB: Vector Polynomial Multiply-Sum Halfword.
///
/// Power ISA 2.07 Book I 5.11: `do i = 0 to 3: VR[VRT].word[i] = 0b0 ||
/// (VR[VRA].hword[2i] ⊗ VR[VRB].hword[2i] ^ VR[VRA].hword[2i+1] ⊗
/// VR[VRB].hword[2i+1])` (31-bit products).
///
/// - `vra`, `vrb`: the sources. Needs Vector Crypto.
#[inline]
#[must_use]
pub fn vpmsumh(vra: u128, vrb: u128) -> u128 {
    Ppc64(Auto).vpmsumh(vra, vrb)
}

/// vpmsumw VRT,VRA,VRB: Vector Polynomial Multiply-Sum Word.
///
/// Power ISA 2.07 Book I 5.11: `do i = 0 to 1: VR[VRT].dword[i] = 0b0 ||
/// (VR[VRA].word[2i] ⊗ VR[VRB].word[2i] ^ VR[VRA].word[2i+1] ⊗
/// VR[VRB].word[2i+1])` (63-bit products).
///
/// - `vra`, `vrb`: the sources. Needs Vector Crypto.
#[inline]
#[must_use]
pub fn vpmsumw(vra: u128, vrb: u128) -> u128 {
    Ppc64(Auto).vpmsumw(vra, vrb)
}

/// vpmsumd VRT,VRA,VRB: Vector Polynomial Multiply-Sum Doubleword.
///
/// Power ISA 2.07 Book I 5.11: `prod0 = VR[VRA].dword[0] ⊗ VR[VRB].dword[0];`
/// `prod1 = VR[VRA].dword[1] ⊗ VR[VRB].dword[1]; VR[VRT] = 0b0 || (prod0 ^
/// prod1)` (127-bit products): PCLMULQDQ imm 0x11 XOR PCLMULQDQ imm 0x00 on
/// the same values (the backend's carry-less multiply, PCLMULQDQ or PMULL on
/// native hosts). GHASH on POWER (OpenSSL's ppc64le GCM) is built on it.
///
/// - `vra`, `vrb`: the sources. Needs Vector Crypto.
#[inline]
#[must_use]
pub fn vpmsumd(vra: u128, vrb: u128) -> u128 {
    Ppc64(Auto).vpmsumd(vra, vrb)
}

/// vshasigmaw VRT,VRA,ST,SIX: Vector SHA-256 Sigma Word.
///
/// Power ISA 2.07 Book I 5.11: `do i = 0 to 3: src = VR[VRA].word[i];`
/// - `ST=0, SIX.bit[i]=0`: `VR[VRT].word[i] = (src >>> 7) ^ (src >>> 18) ^ (src >> 3)` (σ0)
/// - `ST=0, SIX.bit[i]=1`: `(src >>> 17) ^ (src >>> 19) ^ (src >> 10)` (σ1)
/// - `ST=1, SIX.bit[i]=0`: `(src >>> 2) ^ (src >>> 13) ^ (src >>> 22)` (Σ0)
/// - `ST=1, SIX.bit[i]=1`: `(src >>> 6) ^ (src >>> 11) ^ (src >>> 25)` (Σ1)
///
/// (FIPS 180-4 4.1.2, [`crate::math::sha256`].) Word 0 is the most
/// significant word of the value; `SIX.bit[0]` is the most significant bit of
/// the 4-bit SIX field.
///
/// - `vra`: the source; `st_six`: the two fields as one immediate `ST << 4 |
///   SIX` (0-31, the order they follow each other in the encoding; bits 7:5
///   are ignored). `vshasigmaw vt,va,1,0xf` (Σ1 on all four words) is
///   `st_six = 0x1f`. Needs Vector Crypto.
#[inline]
#[must_use]
pub fn vshasigmaw(vra: u128, st_six: u8) -> u128 {
    Ppc64(Auto).vshasigmaw(vra, st_six)
}

/// vshasigmad VRT,VRA,ST,SIX: Vector SHA-512 Sigma Doubleword.
///
/// Power ISA 2.07 Book I 5.11: `do i = 0 to 1: src = VR[VRA].dword[i];`
/// - `ST=0, SIX.bit[2i]=0`: `(src >>> 1) ^ (src >>> 8) ^ (src >> 7)` (σ0)
/// - `ST=0, SIX.bit[2i]=1`: `(src >>> 19) ^ (src >>> 61) ^ (src >> 6)` (σ1)
/// - `ST=1, SIX.bit[2i]=0`: `(src >>> 28) ^ (src >>> 34) ^ (src >>> 39)` (Σ0)
/// - `ST=1, SIX.bit[2i]=1`: `(src >>> 14) ^ (src >>> 18) ^ (src >>> 41)` (Σ1)
///
/// (FIPS 180-4 4.1.3, [`crate::math::sha512`].) Doubleword 0 (the most
/// significant half) follows `SIX.bit[0]` (immediate bit 3), doubleword 1
/// `SIX.bit[2]` (immediate bit 1); SIX bits 1 and 3 are not read.
///
/// - `vra`: the source; `st_six`: `ST << 4 | SIX` (0-31; bits 7:5 ignored).
///   Needs Vector Crypto.
#[inline]
#[must_use]
pub fn vshasigmad(vra: u128, st_six: u8) -> u128 {
    Ppc64(Auto).vshasigmad(vra, st_six)
}

/// vpermxor VRT,VRA,VRB,VRC: Vector Permute and Exclusive-OR.
///
/// Power ISA 2.07 Book I 5.11: `do i = 0 to 15: indexA = VR[VRC].byte[i].bit[0:3];`
/// `indexB = VR[VRC].byte[i].bit[4:7];`
/// `VR[VRT].byte[i] = VR[VRA].byte[indexA] ^ VR[VRB].byte[indexB]`.
/// Byte indices are ISA byte numbers (byte 0 the most significant); the high
/// nibble of each selector byte picks from VRA, the low nibble from VRB.
///
/// - `vra`, `vrb`: the tables; `vrc`: the selectors. Not constant-time in
///   `vrc` (a byte index). Needs Vector Crypto.
#[inline]
#[must_use]
pub fn vpermxor(vra: u128, vrb: u128, vrc: u128) -> u128 {
    Ppc64(Auto).vpermxor(vra, vrb, vrc)
}
