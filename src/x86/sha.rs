//! The x86 SHA extensions (SHA-NI): SHA1RNDS4, SHA1NEXTE, SHA1MSG1, SHA1MSG2,
//! SHA256RNDS2, SHA256MSG1, SHA256MSG2. Needs `CPUID.(EAX=07H,ECX=0):EBX.SHA[bit 29]`.
//!
//! # Dword order
//! Intel numbers the SHA state words from the **top** of the register: in
//! SHA1RNDS4's source 1, `A` is `SRC1[127:96]` and `D` is `SRC1[31:0]`; message
//! dwords likewise put the earliest word `W0` in `[127:96]`. With
//! [`crate::reg::to_dwords`] (dword 0 = bits 31:0) that is `[D, C, B, A]`. Arm's
//! SHA instructions use the opposite order (`a` in bits 31:0), see
//! [`crate::arm`].
//!
//! The functions in `portable` are the semantics, transcribed from the Intel SDM
//! "Operation" sections and built from [`crate::math::sha1`] and
//! [`crate::math::sha256`]; on a host with SHA-NI the native backend runs the
//! instruction itself ([`HostInsn`]).

use super::X86;
use crate::backend::{Auto, Backend, HostInsn, host_or};

/// The semantics in portable Rust, built from the math layer (used whenever the
/// backend has no SHA-NI to run).
mod portable {
    use crate::math::sha1::{SHA1_K, parity};
    use crate::math::sha256::{big_sigma0, big_sigma1, ch, maj, small_sigma0, small_sigma1};
    use crate::reg::{from_dwords, to_dwords};

    /// SHA1RNDS4: four SHA-1 rounds; `imm8[1:0]` picks `f` and `K` (0: Ch, K0;
    /// 1: Parity, K1; 2: Maj, K2; 3: Parity, K3). Other immediate bits are ignored.
    pub(super) fn sha1rnds4(src1: u128, src2: u128, imm8: u8) -> u128 {
        // A = SRC1[127:96], ..., D = SRC1[31:0]; W0E = SRC2[127:96] (W0 + E, from
        // SHA1NEXTE), W1, W2, W3 below it.
        let [d, c, b, a] = to_dwords(src1);
        let [w3, w2, w1, w0e] = to_dwords(src2);
        let sel = usize::from(imm8 & 3);
        let f = [ch, parity, maj, parity][sel];
        let k = SHA1_K[sel];
        let (mut a, mut b, mut c, mut d, mut e) = (a, b, c, d, 0u32);
        // Round 0 adds no E (it is inside W0E); rounds 1-3 add E_i = D_(i-1).
        for w in [w0e, w1, w2, w3] {
            let t = f(b, c, d)
                .wrapping_add(a.rotate_left(5))
                .wrapping_add(w)
                .wrapping_add(e)
                .wrapping_add(k);
            (a, b, c, d, e) = (t, a, b.rotate_left(30), c, d);
        }
        from_dwords([d, c, b, a])
    }

    /// SHA1NEXTE: `DEST[127:96] = SRC2[127:96] + (SRC1[127:96] ROL 30)`, the rest of
    /// SRC2 unchanged (the next E, folded into the next round's first word).
    pub(super) fn sha1nexte(src1: u128, src2: u128) -> u128 {
        let e = to_dwords(src1)[3].rotate_left(30);
        let mut w = to_dwords(src2);
        w[3] = w[3].wrapping_add(e);
        from_dwords(w)
    }

    /// SHA1MSG1: `W0..W3 = SRC1` (top first), `W4, W5 = SRC2[127:64]`;
    /// `DEST = {W2^W0, W3^W1, W4^W2, W5^W3}` (top first).
    pub(super) fn sha1msg1(src1: u128, src2: u128) -> u128 {
        let [w3, w2, w1, w0] = to_dwords(src1);
        let [_, _, w5, w4] = to_dwords(src2);
        from_dwords([w5 ^ w3, w4 ^ w2, w3 ^ w1, w2 ^ w0])
    }

    /// SHA1MSG2: `W13, W14, W15 = SRC2[95:0]` (top first);
    /// `W16 = (SRC1[127:96] ^ W13) ROL 1`, `W17 = (SRC1[95:64] ^ W14) ROL 1`,
    /// `W18 = (SRC1[63:32] ^ W15) ROL 1`, `W19 = (SRC1[31:0] ^ W16) ROL 1`;
    /// `DEST = {W16, W17, W18, W19}` (top first).
    pub(super) fn sha1msg2(src1: u128, src2: u128) -> u128 {
        let [s0, s1, s2, s3] = to_dwords(src1);
        let [w15, w14, w13, _] = to_dwords(src2);
        let w16 = (s3 ^ w13).rotate_left(1);
        let w17 = (s2 ^ w14).rotate_left(1);
        let w18 = (s1 ^ w15).rotate_left(1);
        let w19 = (s0 ^ w16).rotate_left(1);
        from_dwords([w19, w18, w17, w16])
    }

    /// SHA256RNDS2: two SHA-256 rounds.
    ///
    /// `SRC1 = {C, D, G, H}` and `SRC2 = {A, B, E, F}` (each top first); the
    /// implicit `XMM0` holds `WK0` in `[31:0]` and `WK1` in `[63:32]`; the result
    /// is the new `{A, B, E, F}`.
    pub(super) fn sha256rnds2(cdgh: u128, abef: u128, wk: u128) -> u128 {
        let [h, g, d, c] = to_dwords(cdgh);
        let [f, e, b, a] = to_dwords(abef);
        let [wk0, wk1, _, _] = to_dwords(wk);
        let (mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h) = (a, b, c, d, e, f, g, h);
        for w in [wk0, wk1] {
            let t1 = ch(e, f, g)
                .wrapping_add(big_sigma1(e))
                .wrapping_add(w)
                .wrapping_add(h);
            let t2 = maj(a, b, c).wrapping_add(big_sigma0(a));
            (h, g, f, e) = (g, f, e, t1.wrapping_add(d));
            (d, c, b, a) = (c, b, a, t1.wrapping_add(t2));
        }
        from_dwords([f, e, b, a])
    }

    /// SHA256MSG1: `W0..W3 = SRC1` (`W0` in `[31:0]`), `W4 = SRC2[31:0]`;
    /// `DEST[32i+31:32i] = W_i + σ0(W_(i+1))`.
    pub(super) fn sha256msg1(src1: u128, src2: u128) -> u128 {
        let w = to_dwords(src1);
        let w4 = to_dwords(src2)[0];
        let next = [w[1], w[2], w[3], w4];
        from_dwords(core::array::from_fn(|i| {
            w[i].wrapping_add(small_sigma0(next[i]))
        }))
    }

    /// SHA256MSG2: `W14 = SRC2[95:64]`, `W15 = SRC2[127:96]`;
    /// `W16 = SRC1[31:0] + σ1(W14)`, `W17 = SRC1[63:32] + σ1(W15)`,
    /// `W18 = SRC1[95:64] + σ1(W16)`, `W19 = SRC1[127:96] + σ1(W17)`;
    /// `DEST = {W19, W18, W17, W16}` (top first).
    pub(super) fn sha256msg2(src1: u128, src2: u128) -> u128 {
        let s = to_dwords(src1);
        let [_, _, w14, w15] = to_dwords(src2);
        let w16 = s[0].wrapping_add(small_sigma1(w14));
        let w17 = s[1].wrapping_add(small_sigma1(w15));
        let w18 = s[2].wrapping_add(small_sigma1(w16));
        let w19 = s[3].wrapping_add(small_sigma1(w17));
        from_dwords([w16, w17, w18, w19])
    }
}

impl<B: Backend> X86<B> {
    /// SHA1RNDS4 on this backend; see [`sha1rnds4`].
    #[inline]
    #[must_use]
    pub fn sha1rnds4(self, src1: u128, src2: u128, imm8: u8) -> u128 {
        host_or!(self.0, HostInsn::X86Sha1rnds4, (src1, src2, 0, imm8), portable::sha1rnds4, (src1: u128, src2: u128, imm8: u8))
    }

    /// SHA1NEXTE on this backend; see [`sha1nexte`].
    #[inline]
    #[must_use]
    pub fn sha1nexte(self, src1: u128, src2: u128) -> u128 {
        host_or!(self.0, HostInsn::X86Sha1nexte, (src1, src2, 0, 0), portable::sha1nexte, (src1: u128, src2: u128))
    }

    /// SHA1MSG1 on this backend; see [`sha1msg1`].
    #[inline]
    #[must_use]
    pub fn sha1msg1(self, src1: u128, src2: u128) -> u128 {
        host_or!(self.0, HostInsn::X86Sha1msg1, (src1, src2, 0, 0), portable::sha1msg1, (src1: u128, src2: u128))
    }

    /// SHA1MSG2 on this backend; see [`sha1msg2`].
    #[inline]
    #[must_use]
    pub fn sha1msg2(self, src1: u128, src2: u128) -> u128 {
        host_or!(self.0, HostInsn::X86Sha1msg2, (src1, src2, 0, 0), portable::sha1msg2, (src1: u128, src2: u128))
    }

    /// SHA256RNDS2 on this backend; see [`sha256rnds2`].
    #[inline]
    #[must_use]
    pub fn sha256rnds2(self, cdgh: u128, abef: u128, wk: u128) -> u128 {
        host_or!(self.0, HostInsn::X86Sha256rnds2, (cdgh, abef, wk, 0), portable::sha256rnds2, (cdgh: u128, abef: u128, wk: u128))
    }

    /// SHA256MSG1 on this backend; see [`sha256msg1`].
    #[inline]
    #[must_use]
    pub fn sha256msg1(self, src1: u128, src2: u128) -> u128 {
        host_or!(self.0, HostInsn::X86Sha256msg1, (src1, src2, 0, 0), portable::sha256msg1, (src1: u128, src2: u128))
    }

    /// SHA256MSG2 on this backend; see [`sha256msg2`].
    #[inline]
    #[must_use]
    pub fn sha256msg2(self, src1: u128, src2: u128) -> u128 {
        host_or!(self.0, HostInsn::X86Sha256msg2, (src1, src2, 0, 0), portable::sha256msg2, (src1: u128, src2: u128))
    }
}

/// SHA1RNDS4 xmm1, xmm2/m128, imm8: four SHA-1 rounds.
///
/// SDM: `A = SRC1[127:96]; B = SRC1[95:64]; C = SRC1[63:32]; D = SRC1[31:0];`
/// `W0E = SRC2[127:96]; W1 = SRC2[95:64]; W2 = SRC2[63:32]; W3 = SRC2[31:0];`
/// round 0: `A1 = f(B,C,D) + (A ROL 5) + W0E + K`, rounds `i = 1..3`:
/// `A(i+1) = f(Bi,Ci,Di) + (Ai ROL 5) + Wi + Ei + K`, with `B(i+1) = Ai`,
/// `C(i+1) = Bi ROL 30`, `D(i+1) = Ci`, `E(i+1) = Di`; `DEST = {A4, B4, C4, D4}`
/// (top first). `imm8[1:0]` selects `f`/`K`: 0 Ch/`5A827999`, 1 Parity/`6ED9EBA1`,
/// 2 Maj/`8F1BBCDC`, 3 Parity/`CA62C1D6`; bits 7:2 are ignored.
///
/// - `src1`: xmm1 (`{A,B,C,D}`, also the destination); `src2`: xmm2/m128
///   (`{W0+E, W1, W2, W3}`).
/// - Needs `CPUID.07H:EBX.SHA[bit 29]`; bits above 127 are the emulator's part.
#[inline]
#[must_use]
pub fn sha1rnds4(src1: u128, src2: u128, imm8: u8) -> u128 {
    X86(Auto).sha1rnds4(src1, src2, imm8)
}

/// SHA1NEXTE xmm1, xmm2/m128: the next round's E, added into `W0`.
///
/// SDM: `TMP = SRC1[127:96] ROL 30; DEST[127:96] = SRC2[127:96] + TMP;
/// DEST[95:0] = SRC2[95:0]`.
///
/// - `src1`: xmm1 (the state whose `A` becomes E four rounds later, and the
///   destination); `src2`: xmm2/m128 (message words).
/// - Needs SHA (`CPUID.07H:EBX[bit 29]`).
#[inline]
#[must_use]
pub fn sha1nexte(src1: u128, src2: u128) -> u128 {
    X86(Auto).sha1nexte(src1, src2)
}

/// SHA1MSG1 xmm1, xmm2/m128: first half of the SHA-1 message schedule.
///
/// SDM: `W0 = SRC1[127:96]; W1 = SRC1[95:64]; W2 = SRC1[63:32]; W3 = SRC1[31:0];
/// W4 = SRC2[127:96]; W5 = SRC2[95:64];` `DEST = {W2^W0, W3^W1, W4^W2, W5^W3}`
/// (top first).
///
/// - `src1`: xmm1 (destination); `src2`: xmm2/m128. Needs SHA.
#[inline]
#[must_use]
pub fn sha1msg1(src1: u128, src2: u128) -> u128 {
    X86(Auto).sha1msg1(src1, src2)
}

/// SHA1MSG2 xmm1, xmm2/m128: second half of the SHA-1 message schedule.
///
/// SDM: `W13 = SRC2[95:64]; W14 = SRC2[63:32]; W15 = SRC2[31:0];`
/// `W16 = (SRC1[127:96] ^ W13) ROL 1; W17 = (SRC1[95:64] ^ W14) ROL 1;`
/// `W18 = (SRC1[63:32] ^ W15) ROL 1; W19 = (SRC1[31:0] ^ W16) ROL 1;`
/// `DEST = {W16, W17, W18, W19}` (top first).
///
/// - `src1`: xmm1 (destination); `src2`: xmm2/m128. Needs SHA.
#[inline]
#[must_use]
pub fn sha1msg2(src1: u128, src2: u128) -> u128 {
    X86(Auto).sha1msg2(src1, src2)
}

/// SHA256RNDS2 xmm1, xmm2/m128, \<XMM0\>: two SHA-256 rounds.
///
/// SDM: `A0 = SRC2[127:96]; B0 = SRC2[95:64]; C0 = SRC1[127:96]; D0 = SRC1[95:64];`
/// `E0 = SRC2[63:32]; F0 = SRC2[31:0]; G0 = SRC1[63:32]; H0 = SRC1[31:0];`
/// `WK0 = XMM0[31:0]; WK1 = XMM0[63:32];` for `i = 0, 1`:
/// `A(i+1) = Ch(Ei,Fi,Gi) + Σ1(Ei) + WKi + Hi + Maj(Ai,Bi,Ci) + Σ0(Ai)`,
/// `E(i+1) = Ch(Ei,Fi,Gi) + Σ1(Ei) + WKi + Hi + Di`, the others shifted;
/// `DEST = {A2, B2, E2, F2}` (top first).
///
/// - `cdgh`: xmm1 = `{C, D, G, H}` (top first, the destination);
///   `abef`: xmm2/m128 = `{A, B, E, F}`; `wk`: the implicit XMM0, given here as a
///   third parameter (only its low 64 bits are read: `W+K` of the two rounds).
/// - Needs SHA (`CPUID.07H:EBX[bit 29]`).
#[inline]
#[must_use]
pub fn sha256rnds2(cdgh: u128, abef: u128, wk: u128) -> u128 {
    X86(Auto).sha256rnds2(cdgh, abef, wk)
}

/// SHA256MSG1 xmm1, xmm2/m128: first half of the SHA-256 message schedule.
///
/// SDM: `W4 = SRC2[31:0]; W3 = SRC1[127:96]; W2 = SRC1[95:64]; W1 = SRC1[63:32];
/// W0 = SRC1[31:0];` `DEST[127:96] = W3 + σ0(W4); DEST[95:64] = W2 + σ0(W3);
/// DEST[63:32] = W1 + σ0(W2); DEST[31:0] = W0 + σ0(W1)`.
///
/// - `src1`: xmm1 (destination); `src2`: xmm2/m128. Needs SHA.
#[inline]
#[must_use]
pub fn sha256msg1(src1: u128, src2: u128) -> u128 {
    X86(Auto).sha256msg1(src1, src2)
}

/// SHA256MSG2 xmm1, xmm2/m128: second half of the SHA-256 message schedule.
///
/// SDM: `W14 = SRC2[95:64]; W15 = SRC2[127:96]; W16 = SRC1[31:0] + σ1(W14);
/// W17 = SRC1[63:32] + σ1(W15); W18 = SRC1[95:64] + σ1(W16);
/// W19 = SRC1[127:96] + σ1(W17);` `DEST = {W19, W18, W17, W16}` (top first).
///
/// - `src1`: xmm1 (destination); `src2`: xmm2/m128. Needs SHA.
#[inline]
#[must_use]
pub fn sha256msg2(src1: u128, src2: u128) -> u128 {
    X86(Auto).sha256msg2(src1, src2)
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
            let imm = (a as u8) & 3;
            assert_eq!(sha1rnds4(a, b, imm), X86(Soft).sha1rnds4(a, b, imm));
            assert_eq!(sha1nexte(a, b), X86(Soft).sha1nexte(a, b));
            assert_eq!(sha1msg1(a, b), X86(Soft).sha1msg1(a, b));
            assert_eq!(sha1msg2(a, b), X86(Soft).sha1msg2(a, b));
            assert_eq!(sha256rnds2(a, b, c), X86(Soft).sha256rnds2(a, b, c));
            assert_eq!(sha256msg1(a, b), X86(Soft).sha256msg1(a, b));
            assert_eq!(sha256msg2(a, b), X86(Soft).sha256msg2(a, b));
        }
    }
}
