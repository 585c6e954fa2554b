//! AES-NI: AESENC, AESENCLAST, AESDEC, AESDECLAST, AESIMC, AESKEYGENASSIST.
//!
//! The step order of each comes from the Intel SDM "Operation" sections
//! (Vol. 2A); the SDM lists ShiftRows before SubBytes, which commute, so the
//! FIPS-197 order is used in names.

use super::X86;
use crate::backend::{Auto, Backend};

impl<B: Backend> X86<B> {
    /// AESENC on this backend; see [`aesenc`].
    #[inline(always)]
    #[must_use]
    pub fn aesenc(self, state: u128, round_key: u128) -> u128 {
        self.0.sb_sr_mc_ak(state, round_key)
    }

    /// AESENCLAST on this backend; see [`aesenclast`].
    #[inline(always)]
    #[must_use]
    pub fn aesenclast(self, state: u128, round_key: u128) -> u128 {
        self.0.sb_sr_ak(state, round_key)
    }

    /// AESDEC on this backend; see [`aesdec`].
    #[inline(always)]
    #[must_use]
    pub fn aesdec(self, state: u128, round_key: u128) -> u128 {
        self.0.isb_isr_imc_ak(state, round_key)
    }

    /// AESDECLAST on this backend; see [`aesdeclast`].
    #[inline(always)]
    #[must_use]
    pub fn aesdeclast(self, state: u128, round_key: u128) -> u128 {
        self.0.isb_isr_ak(state, round_key)
    }

    /// AESIMC on this backend; see [`aesimc`].
    #[inline(always)]
    #[must_use]
    pub fn aesimc(self, src: u128) -> u128 {
        self.0.imc(src)
    }

    /// AESKEYGENASSIST on this backend; see [`aeskeygenassist`].
    #[inline(always)]
    #[must_use]
    pub fn aeskeygenassist(self, src: u128, imm8: u8) -> u128 {
        self.0.aeskeygenassist(src, imm8)
    }

    /// AESKEYGENASSIST with `IMM8` fixed at compile time: the same result as
    /// [`X86::aeskeygenassist`]`(src, IMM8)`. On the x86-64 `native` backend it
    /// is the one instruction with `IMM8` encoded, where the run-time form
    /// computes `AESKEYGENASSIST(src, 0)` and XORs the immediate into dwords 1
    /// and 3 afterwards. [`aeskeygenassist_fn`] picks it by a run-time
    /// immediate, once, for an emulator that translates the guest instruction.
    ///
    /// ```
    /// use crypto_insn::backend::Soft;
    /// use crypto_insn::x86::X86;
    /// let src = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210;
    /// let x = X86(Soft);
    /// assert_eq!(x.aeskeygenassist_const::<0x1b>(src), x.aeskeygenassist(src, 0x1b));
    /// ```
    #[inline(always)]
    #[must_use]
    pub fn aeskeygenassist_const<const IMM8: u8>(self, src: u128) -> u128 {
        self.0.aeskeygenassist_const::<IMM8>(src)
    }
}

/// The AESKEYGENASSIST helper for one immediate, chosen once: a function
/// pointer to [`X86::aeskeygenassist_const`]`::<imm8>` on backend `B` (one of
/// 256). For an emulator that registers a helper per translated instruction
/// (TCG, a JIT): the immediate is known at translation time, so the call does
/// not pass it and, on `native`, runs the instruction with it encoded.
///
/// ```
/// use crypto_insn::backend::Soft;
/// use crypto_insn::x86::{self, X86};
/// // FIPS-197 Appendix A.1 (key 2b7e1516 28aed2a6 abf71588 09cf4f3c), i = 4:
/// // RotWord(SubWord(w3)) ^ Rcon[1] = 8b84eb01, which AESKEYGENASSIST with
/// // imm8 = 0x01 leaves in dword 3 (bytes 12..15).
/// let f = x86::aeskeygenassist_fn::<Soft>(0x01);
/// let key = 0x3c4f_cf09_8815_f7ab_a6d2_ae28_1615_7e2b;
/// let assist = f(X86(Soft), key);
/// assert_eq!(assist.to_le_bytes()[12..], [0x8b, 0x84, 0xeb, 0x01]);
/// assert_eq!(assist, X86(Soft).aeskeygenassist(key, 0x01));
/// ```
#[must_use]
pub fn aeskeygenassist_fn<B: Backend>(imm8: u8) -> fn(X86<B>, u128) -> u128 {
    type Helper<B> = fn(X86<B>, u128) -> u128;
    let table: [[Helper<B>; 16]; 16] = crate::imm8_table!(X86::<B>::aeskeygenassist_const);
    table[usize::from(imm8 >> 4)][usize::from(imm8 & 15)]
}

/// AESENC xmm1, xmm2/m128: one full AES encryption round.
///
/// SDM: `STATE = SRC1; RoundKey = SRC2; STATE = ShiftRows(STATE);`
/// `STATE = SubBytes(STATE); STATE = MixColumns(STATE); DEST[127:0] = STATE XOR RoundKey`.
/// In FIPS-197 order: SubBytes, ShiftRows, MixColumns, AddRoundKey
/// ([`crate::aes::sb_sr_mc_ak`]).
///
/// - `state`: xmm1 (SRC1, also the destination), the AES state.
/// - `round_key`: xmm2/m128 (SRC2).
/// - Returns DEST\[127:0\]. Needs `CPUID.01H:ECX.AES[bit 25]`. Legacy SSE keeps
///   DEST bits above 127, VEX.128 `VAESENC` zeroes them: the emulator's part.
#[inline]
#[must_use]
pub fn aesenc(state: u128, round_key: u128) -> u128 {
    X86(Auto).aesenc(state, round_key)
}

/// AESENCLAST xmm1, xmm2/m128: the last AES encryption round (no MixColumns).
///
/// SDM: `STATE = ShiftRows(SRC1); STATE = SubBytes(STATE); DEST[127:0] = STATE XOR SRC2`.
/// In FIPS-197 order: SubBytes, ShiftRows, AddRoundKey ([`crate::aes::sb_sr_ak`]).
///
/// - `state`: xmm1 (SRC1/DEST); `round_key`: xmm2/m128.
/// - Needs `CPUID.01H:ECX.AES[bit 25]`; bits above 127: the emulator's part.
#[inline]
#[must_use]
pub fn aesenclast(state: u128, round_key: u128) -> u128 {
    X86(Auto).aesenclast(state, round_key)
}

/// AESDEC xmm1, xmm2/m128: one round of the equivalent inverse cipher.
///
/// SDM: `STATE = InvShiftRows(SRC1); STATE = InvSubBytes(STATE);`
/// `STATE = InvMixColumns(STATE); DEST[127:0] = STATE XOR SRC2`
/// ([`crate::aes::isb_isr_imc_ak`]). Because InvMixColumns comes *before*
/// AddRoundKey, the round keys must be the equivalent inverse cipher's, i.e.
/// passed through [`aesimc`] (FIPS-197 section 5.3.5); see
/// [`crate::aes::KeySchedule::equivalent_inverse`].
///
/// - `state`: xmm1 (SRC1/DEST); `round_key`: xmm2/m128.
/// - Needs `CPUID.01H:ECX.AES[bit 25]`; bits above 127: the emulator's part.
#[inline]
#[must_use]
pub fn aesdec(state: u128, round_key: u128) -> u128 {
    X86(Auto).aesdec(state, round_key)
}

/// AESDECLAST xmm1, xmm2/m128: the last decryption round (no InvMixColumns).
///
/// SDM: `STATE = InvShiftRows(SRC1); STATE = InvSubBytes(STATE); DEST[127:0] = STATE XOR SRC2`
/// ([`crate::aes::isb_isr_ak`]).
///
/// - `state`: xmm1 (SRC1/DEST); `round_key`: xmm2/m128.
/// - Needs `CPUID.01H:ECX.AES[bit 25]`; bits above 127: the emulator's part.
#[inline]
#[must_use]
pub fn aesdeclast(state: u128, round_key: u128) -> u128 {
    X86(Auto).aesdeclast(state, round_key)
}

/// AESIMC xmm1, xmm2/m128: InvMixColumns of the source.
///
/// SDM: `DEST[127:0] = InvMixColumns(SRC)` ([`crate::aes::imc`]). Used to turn
/// encryption round keys 1..Nr-1 into AESDEC round keys.
///
/// - `src`: xmm2/m128; the result goes to xmm1 (which is not read).
/// - Needs `CPUID.01H:ECX.AES[bit 25]`; bits above 127: the emulator's part.
///
/// Beware the Intel AES white paper's AESIMC example: its printed input does not
/// produce its printed output (see `shared/vectors/intel-aesni-whitepaper.txt`).
#[inline]
#[must_use]
pub fn aesimc(src: u128) -> u128 {
    X86(Auto).aesimc(src)
}

/// AESKEYGENASSIST xmm1, xmm2/m128, imm8: the key-expansion helper.
///
/// SDM, with `X1 = SRC[63:32]`, `X3 = SRC[127:96]`, `RCON = ZeroExtend(imm8)`:
/// ```text
/// DEST[31:0]   = SubWord(X1)
/// DEST[63:32]  = RotWord(SubWord(X1)) XOR RCON
/// DEST[95:64]  = SubWord(X3)
/// DEST[127:96] = RotWord(SubWord(X3)) XOR RCON
/// ```
/// RotWord is `ROR 8` on the dword ([`crate::aes::rot_word`]), SubWord the S-box
/// on each byte ([`crate::aes::sub_word`]); dwords 0 and 2 of SRC are ignored.
/// All 256 immediates are valid; the immediate is only XORed in.
///
/// - `src`: xmm2/m128; `imm8`: the round constant. The result goes to xmm1.
/// - Needs `CPUID.01H:ECX.AES[bit 25]`; bits above 127: the emulator's part.
#[inline]
#[must_use]
pub fn aeskeygenassist(src: u128, imm8: u8) -> u128 {
    X86(Auto).aeskeygenassist(src, imm8)
}

#[cfg(test)]
mod free_function_tests {
    use super::*;
    use crate::backend::Soft;

    /// The free functions (on `Auto`) compute what the explicit backend's
    /// methods do (`soft`, which the vector files check), on pseudo-random
    /// registers: the dispatch is not a place where results can change.
    #[test]
    fn free_functions_are_the_backend_methods() {
        for (a, b, c) in crate::test_register_triples(64) {
            let imm = a as u8;
            assert_eq!(aesenc(a, b), X86(Soft).aesenc(a, b));
            assert_eq!(aesenclast(a, b), X86(Soft).aesenclast(a, b));
            assert_eq!(aesdec(a, b), X86(Soft).aesdec(a, b));
            assert_eq!(aesdeclast(a, b), X86(Soft).aesdeclast(a, b));
            assert_eq!(aesimc(c), X86(Soft).aesimc(c));
            assert_eq!(aeskeygenassist(a, imm), X86(Soft).aeskeygenassist(a, imm));
        }
    }

    /// `aeskeygenassist_fn(imm)` is the helper for that very immediate, for
    /// each of the 256 (on `soft` and `ct`; `native` is checked against AES-NI
    /// in tests/native_x86.rs).
    #[test]
    fn aeskeygenassist_fn_is_the_helper_for_its_immediate() {
        use crate::backend::Ct;
        for imm in 0..=255u8 {
            for (s, _, _) in crate::test_register_triples(4) {
                let want = X86(Soft).aeskeygenassist(s, imm);
                assert_eq!(aeskeygenassist_fn(imm)(X86(Soft), s), want, "{imm:#04x}");
                assert_eq!(aeskeygenassist_fn(imm)(X86(Ct), s), want, "{imm:#04x}");
                assert_eq!(aeskeygenassist_fn(imm)(X86(Auto), s), want, "{imm:#04x}");
            }
        }
    }
}
