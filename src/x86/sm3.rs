//! The x86 SM3 extension: VSM3MSG1, VSM3MSG2, VSM3RNDS2 (VEX.128). Needs
//! `CPUID.(EAX=07H,ECX=1):EAX.SM3[bit 1]` and AVX.
//!
//! The semantics are the "Operation" sections of the Intel Architecture
//! Instruction Set Extensions Programming Reference (ISE), built from
//! [`crate::math::sm3`] (GB/T 32905-2016). `dword[i]` is bits `32i+31..32i`
//! ([`crate::reg::to_dwords`] index `i`).
//!
//! # Operand roles (ISE, read from the Operation text)
//! Intel writes `VSM3RNDS2 SRCDEST, SRC1, SRC2, IMM8` for `VSM3RNDS2 xmm1, xmm2,
//! xmm3/m128, imm8`: `(C, D, G, H)` is in **xmm1** (`C[0] := SRCDEST.dword[3]`,
//! `D[0] := SRCDEST.dword[2]`, `G[0] := SRCDEST.dword[1]`, `H[0] :=
//! SRCDEST.dword[0]`), **unrotated** (the instruction applies `C <<< 9`, `D <<<
//! 9`, `G <<< 19`, `H <<< 19` itself); `(A, B, E, F)` in **xmm2** (`A[0] :=
//! SRC1.dword[3]`, `B[0] := SRC1.dword[2]`, `E[0] := SRC1.dword[1]`, `F[0] :=
//! SRC1.dword[0]`); the message words in **xmm3** (`W[0] := SRC2.dword[0]`,
//! `W[1] := SRC2.dword[1]`, `W[4] := SRC2.dword[2]`, `W[5] := SRC2.dword[3]`).
//! The new `(A, B, E, F)` goes to xmm1. For VSM3MSG1 `SRCDEST` (xmm1) holds
//! `W[7..10]`, `SRC1` (xmm2) `W[13..15]` and `SRC2` (xmm3) `W[0..3]`; for
//! VSM3MSG2 `SRCDEST` holds MSG1's result, `SRC1` `W[3..6]`, `SRC2` `W[10..13]`.
//! (Clang's header documentation names the operands differently; the ISE text
//! is what is implemented.)
//!
//! On the native x86-64 backend the helpers run the instructions themselves
//! when the CPU has SM3 ([`Backend::host`]; the backend enables them only
//! after a known-answer self-check against this file's portable code, see
//! `backend/x86_64/sha512_sm3_sm4.rs`). No CPU this crate was developed on has
//! SM3, so there the portable code below is what runs.

use super::X86;
use crate::backend::{Auto, Backend, HostInsn, host_or};
/// The ISE "Operation" sections in portable Rust (what runs unless the
/// backend has the instructions).
mod portable {
    use crate::math::sm3::{p1, round};
    use crate::reg::{from_dwords, to_dwords};

    /// VSM3MSG1.
    pub(super) fn sm3msg1(srcdest: u128, src1: u128, src2: u128) -> u128 {
        let [w0, w1, w2, w3] = to_dwords(src2);
        let [w7, w8, w9, w10] = to_dwords(srcdest);
        let [w13, w14, w15, _] = to_dwords(src1);
        from_dwords([
            p1(w7 ^ w0 ^ w13.rotate_left(15)),
            p1(w8 ^ w1 ^ w14.rotate_left(15)),
            p1(w9 ^ w2 ^ w15.rotate_left(15)),
            p1(w10 ^ w3),
        ])
    }

    /// VSM3MSG2.
    pub(super) fn sm3msg2(srcdest: u128, src1: u128, src2: u128) -> u128 {
        let wtmp = to_dwords(srcdest);
        let [w3, w4, w5, w6] = to_dwords(src1);
        let [w10, w11, w12, w13] = to_dwords(src2);
        let w16 = w3.rotate_left(7) ^ w10 ^ wtmp[0];
        let w17 = w4.rotate_left(7) ^ w11 ^ wtmp[1];
        let w18 = w5.rotate_left(7) ^ w12 ^ wtmp[2];
        let w19 = w6.rotate_left(7) ^ w13 ^ wtmp[3];
        let w19 = w19 ^ w16.rotate_left(6) ^ w16.rotate_left(15) ^ w16.rotate_left(30);
        from_dwords([w16, w17, w18, w19])
    }

    /// VSM3RNDS2.
    pub(super) fn sm3rnds2(srcdest: u128, src1: u128, src2: u128, imm8: u8) -> u128 {
        let [h, g, d, c] = to_dwords(srcdest);
        let [f, e, b, a] = to_dwords(src1);
        let [w0, w1, w4, w5] = to_dwords(src2);
        let (c, d, g, h) = (
            c.rotate_left(9),
            d.rotate_left(9),
            g.rotate_left(19),
            h.rotate_left(19),
        );
        let j = u32::from(imm8 & 0x3e);
        let s = round(j, [a, b, c, d, e, f, g, h], w0, w0 ^ w4);
        let [a2, b2, _, _, e2, f2, _, _] = round(j + 1, s, w1, w1 ^ w5);
        from_dwords([f2, e2, b2, a2])
    }
}

impl<B: Backend> X86<B> {
    /// VSM3MSG1 on this backend; see [`sm3msg1`].
    #[inline]
    #[must_use]
    pub fn sm3msg1(self, srcdest: u128, src1: u128, src2: u128) -> u128 {
        host_or!(self.0, HostInsn::X86Sm3msg1, (srcdest, src1, src2, 0), portable::sm3msg1, (srcdest: u128, src1: u128, src2: u128))
    }

    /// VSM3MSG2 on this backend; see [`sm3msg2`].
    #[inline]
    #[must_use]
    pub fn sm3msg2(self, srcdest: u128, src1: u128, src2: u128) -> u128 {
        host_or!(self.0, HostInsn::X86Sm3msg2, (srcdest, src1, src2, 0), portable::sm3msg2, (srcdest: u128, src1: u128, src2: u128))
    }

    /// VSM3RNDS2 on this backend; see [`sm3rnds2`].
    #[inline]
    #[must_use]
    pub fn sm3rnds2(self, srcdest: u128, src1: u128, src2: u128, imm8: u8) -> u128 {
        host_or!(self.0, HostInsn::X86Sm3rnds2, (srcdest, src1, src2, imm8), portable::sm3rnds2, (srcdest: u128, src1: u128, src2: u128, imm8: u8))
    }
}

/// VSM3MSG1 xmm1, xmm2, xmm3/m128: the first half of four SM3 message-expansion
/// steps (GB/T 32905-2016 5.3.2 b), the `P1(...)` part.
///
/// ISE "Operation", in this order:
///
/// ```text
/// W[0] := SRC2.dword[0] ... W[3] := SRC2.dword[3]
/// W[7] := SRCDEST.dword[0] ... W[10] := SRCDEST.dword[3]
/// W[13] := SRC1.dword[0]; W[14] := SRC1.dword[1]; W[15] := SRC1.dword[2]
/// TMP0 := W[7] ^ W[0] ^ ROL32(W[13], 15)
/// TMP1 := W[8] ^ W[1] ^ ROL32(W[14], 15)
/// TMP2 := W[9] ^ W[2] ^ ROL32(W[15], 15)
/// TMP3 := W[10] ^ W[3]
/// SRCDEST.dword[i] := P1(TMPi)   (i = 0..3)
/// ```
///
/// - `srcdest`: xmm1, `W[7..10]` (dword 0 = `W[7]`); the result is its new value.
/// - `src1`: xmm2, `W[13..15]` in dwords 0..2 (dword 3 is not read).
/// - `src2`: xmm3, `W[0..3]`.
///
/// Indices are relative to the first word being computed minus 16
/// (`W[16]` = the next word). Dword 3 lacks the `W[16] <<< 15` term, which
/// VSM3MSG2 adds.
#[inline]
#[must_use]
pub fn sm3msg1(srcdest: u128, src1: u128, src2: u128) -> u128 {
    X86(Auto).sm3msg1(srcdest, src1, src2)
}

/// VSM3MSG2 xmm1, xmm2, xmm3/m128: the second half of four SM3 message-expansion
/// steps, giving `W[16..19]`.
///
/// ISE "Operation":
///
/// ```text
/// WTMP[i] := SRCDEST.dword[i]    (i = 0..3)
/// W[3..6] := SRC1.dword[0..3];  W[10..13] := SRC2.dword[0..3]
/// W[16] := ROL32(W[3], 7) ^ W[10] ^ WTMP[0]
/// W[17] := ROL32(W[4], 7) ^ W[11] ^ WTMP[1]
/// W[18] := ROL32(W[5], 7) ^ W[12] ^ WTMP[2]
/// W[19] := ROL32(W[6], 7) ^ W[13] ^ WTMP[3]
/// W[19] := W[19] ^ ROL32(W[16], 6) ^ ROL32(W[16], 15) ^ ROL32(W[16], 30)
/// SRCDEST.dword[0..3] := W[16..19]
/// ```
///
/// - `srcdest`: xmm1, VSM3MSG1's result; the result is `W[16..19]`.
/// - `src1`: xmm2, `W[3..6]`; `src2`: xmm3, `W[10..13]`.
///
/// The last line is `P1`'s missing `W[16] <<< 15` term expanded:
/// `P1(x ^ y) = P1(x) ^ P1(y)` and `P1(W[16] <<< 15) = (W[16] <<< 15) ^ (W[16]
/// <<< 30) ^ (W[16] <<< 6)`.
#[inline]
#[must_use]
pub fn sm3msg2(srcdest: u128, src1: u128, src2: u128) -> u128 {
    X86(Auto).sm3msg2(srcdest, src1, src2)
}

/// VSM3RNDS2 xmm1, xmm2, xmm3/m128, imm8: two SM3 compression rounds
/// (GB/T 32905-2016 5.3.3), rounds `imm8 & 0x3e` and the next.
///
/// ISE "Operation", in this order:
///
/// ```text
/// A[0] := SRC1.dword[3]    B[0] := SRC1.dword[2]
/// C[0] := SRCDEST.dword[3] D[0] := SRCDEST.dword[2]
/// E[0] := SRC1.dword[1]    F[0] := SRC1.dword[0]
/// G[0] := SRCDEST.dword[1] H[0] := SRCDEST.dword[0]
/// W[0] := SRC2.dword[0]; W[1] := SRC2.dword[1]; W[4] := SRC2.dword[2]; W[5] := SRC2.dword[3]
/// C[0] := ROL32(C[0], 9); D[0] := ROL32(D[0], 9)
/// G[0] := ROL32(G[0], 19); H[0] := ROL32(H[0], 19)
/// ROUND := IMM8 & 0x3E
/// CONST := ROL32(ROUND < 16 ? 0x79cc4519 : 0x7a879d8a, ROUND)
/// FOR i in 0..1:
///     S1 := ROL32((ROL32(A[i], 12) + E[i] + CONST), 7)
///     S2 := S1 ^ ROL32(A[i], 12)
///     T1 := FF(A[i], B[i], C[i], ROUND) + D[i] + S2 + (W[i] ^ W[i+4])
///     T2 := GG(E[i], F[i], G[i], ROUND) + H[i] + S1 + W[i]
///     D[i+1] := C[i]; C[i+1] := ROL32(B[i], 9); B[i+1] := A[i]; A[i+1] := T1
///     H[i+1] := G[i]; G[i+1] := ROL32(F[i], 19); F[i+1] := E[i]; E[i+1] := P0(T2)
///     CONST := ROL32(CONST, 1)
/// SRCDEST.dword[3] := A[2]; SRCDEST.dword[2] := B[2]
/// SRCDEST.dword[1] := E[2]; SRCDEST.dword[0] := F[2]
/// ```
///
/// - `srcdest`: xmm1, `(C, D, G, H)` unrotated; the result is the new `(A, B, E, F)`.
/// - `src1`: xmm2, `(A, B, E, F)`.
/// - `src2`: xmm3, `W_j, W_(j+1), W_(j+4), W_(j+5)` in dwords 0..3.
/// - `imm8`: the even round number `j`; only bits 5:1 are used (`& 0x3e`).
///
/// Rounds `j` and `j + 1` are [`crate::math::sm3::round`]: `ROUND` is even, so
/// `FF`/`GG`/`T` switch at 16 for both alike, and `CONST` rotated once more is
/// `T_(j+1) <<< (j + 1)`.
#[inline]
#[must_use]
pub fn sm3rnds2(srcdest: u128, src1: u128, src2: u128, imm8: u8) -> u128 {
    X86(Auto).sm3rnds2(srcdest, src1, src2, imm8)
}
