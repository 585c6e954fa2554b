//! The x86 SHA512 extension: VSHA512RNDS2, VSHA512MSG1, VSHA512MSG2. Needs
//! `CPUID.(EAX=07H,ECX=1):EAX.SHA512[bit 0]` and AVX (VEX.256 only).
//!
//! The semantics are the "Operation" sections of the Intel Architecture
//! Instruction Set Extensions Programming Reference (ISE), transcribed step by
//! step below, built from [`crate::math::sha512`] (FIPS 180-4). A YMM register
//! is `[u128; 2]` (lane 0 = bits 127:0); `qword[i]` is bits `64i+63..64i`, so
//! qword 0 is the low half of lane 0 and qword 3 the high half of lane 1.
//!
//! # Operand roles (ISE, read from the Operation text)
//! Intel writes `VSHA512RNDS2 SRCDEST, SRC1, SRC2` for `VSHA512RNDS2 ymm1, ymm2,
//! xmm3`: the state `(C, D, G, H)` is in **ymm1** (`C[0] := SRCDEST.qword[3]`,
//! `D[0] := SRCDEST.qword[2]`, `G[0] := SRCDEST.qword[1]`, `H[0] :=
//! SRCDEST.qword[0]`), `(A, B, E, F)` in **ymm2** (`A[0] := SRC1.qword[3]`,
//! `B[0] := SRC1.qword[2]`, `E[0] := SRC1.qword[1]`, `F[0] := SRC1.qword[0]`),
//! `WK[0] := SRC2.qword[0]`, `WK[1] := SRC2.qword[1]` from xmm3; the new `(A, B,
//! E, F)` is written to ymm1 (`SRCDEST.qword[3] = A[2]`, ..., `SRCDEST.qword[0]
//! = F[2]`), and ymm2 then serves as the next `(C, D, G, H)`. (Clang's header
//! documentation describes the operands differently; the ISE text is what is
//! implemented here.)
//!
//! On the native x86-64 backend the helpers run the instructions themselves
//! when the CPU has SHA512 ([`Backend::host_ymm`]; the backend enables them
//! only after a known-answer self-check against this file's portable code, see
//! `backend/x86_64/sha512_sm3_sm4.rs`). No CPU this crate was developed on has
//! SHA512, so there the portable code below is what runs.

use super::X86;
use crate::backend::{Auto, Backend, HostInsn};
use crate::reg::{from_halves, to_halves};

/// A YMM register's four qwords, qword 0 first.
#[inline]
fn qwords(y: [u128; 2]) -> [u64; 4] {
    let [q0, q1] = to_halves(y[0]);
    let [q2, q3] = to_halves(y[1]);
    [q0, q1, q2, q3]
}

/// Four qwords (qword 0 first) as a YMM register.
#[inline]
fn ymm(q: [u64; 4]) -> [u128; 2] {
    [from_halves([q[0], q[1]]), from_halves([q[2], q[3]])]
}

/// The ISE "Operation" sections in portable Rust (what runs unless the
/// backend has the instructions).
mod portable {
    use super::{qwords, ymm};
    use crate::math::sha512::{round, small_sigma0, small_sigma1};
    use crate::reg::to_halves;

    /// VSHA512RNDS2.
    pub(super) fn sha512rnds2(srcdest: [u128; 2], src1: [u128; 2], src2: u128) -> [u128; 2] {
        let [h, g, d, c] = qwords(srcdest);
        let [f, e, b, a] = qwords(src1);
        let [wk0, wk1] = to_halves(src2);
        let s = round(round([a, b, c, d, e, f, g, h], wk0), wk1);
        let [a2, b2, _, _, e2, f2, _, _] = s;
        ymm([f2, e2, b2, a2])
    }

    /// VSHA512MSG1.
    pub(super) fn sha512msg1(srcdest: [u128; 2], src1: u128) -> [u128; 2] {
        let [w0, w1, w2, w3] = qwords(srcdest);
        let w4 = to_halves(src1)[0];
        ymm([
            w0.wrapping_add(small_sigma0(w1)),
            w1.wrapping_add(small_sigma0(w2)),
            w2.wrapping_add(small_sigma0(w3)),
            w3.wrapping_add(small_sigma0(w4)),
        ])
    }

    /// VSHA512MSG2.
    pub(super) fn sha512msg2(srcdest: [u128; 2], src1: [u128; 2]) -> [u128; 2] {
        let d = qwords(srcdest);
        let s = qwords(src1);
        let (w14, w15) = (s[2], s[3]);
        let w16 = d[0].wrapping_add(small_sigma1(w14));
        let w17 = d[1].wrapping_add(small_sigma1(w15));
        let w18 = d[2].wrapping_add(small_sigma1(w16));
        let w19 = d[3].wrapping_add(small_sigma1(w17));
        ymm([w16, w17, w18, w19])
    }
}

/// `$backend.host_ymm(..)`, or the portable `portable::$f(args)` when it
/// answers `None` (out of line and cold on a backend that may be native).
macro_rules! host_ymm_or {
    ($backend:expr, $insn:ident, ($a:expr, $b:expr, $c:expr), $f:ident($($arg:ident: $t:ty),*)) => {{
        #[cold]
        #[inline(never)]
        fn cold($($arg: $t),*) -> [u128; 2] {
            portable::$f($($arg),*)
        }
        match $backend.host_ymm(HostInsn::$insn, $a, $b, $c) {
            Some(r) => r,
            None if $backend.may_host() => cold($($arg),*),
            None => portable::$f($($arg),*),
        }
    }};
}

impl<B: Backend> X86<B> {
    /// VSHA512RNDS2 on this backend; see [`sha512rnds2`].
    #[inline]
    #[must_use]
    pub fn sha512rnds2(self, srcdest: [u128; 2], src1: [u128; 2], src2: u128) -> [u128; 2] {
        host_ymm_or!(self.0, X86Sha512rnds2, (srcdest, src1, src2), sha512rnds2(srcdest: [u128; 2], src1: [u128; 2], src2: u128))
    }

    /// VSHA512MSG1 on this backend; see [`sha512msg1`].
    #[inline]
    #[must_use]
    pub fn sha512msg1(self, srcdest: [u128; 2], src1: u128) -> [u128; 2] {
        host_ymm_or!(self.0, X86Sha512msg1, (srcdest, [src1, 0], 0), sha512msg1(srcdest: [u128; 2], src1: u128))
    }

    /// VSHA512MSG2 on this backend; see [`sha512msg2`].
    #[inline]
    #[must_use]
    pub fn sha512msg2(self, srcdest: [u128; 2], src1: [u128; 2]) -> [u128; 2] {
        host_ymm_or!(self.0, X86Sha512msg2, (srcdest, src1, 0), sha512msg2(srcdest: [u128; 2], src1: [u128; 2]))
    }
}

/// VSHA512RNDS2 ymm1, ymm2, xmm3: two SHA-512 rounds (FIPS 180-4 6.4.2 step 3).
///
/// ISE "Operation", in this order:
///
/// ```text
/// A[0] := SRC1.qword[3]    B[0] := SRC1.qword[2]
/// C[0] := SRCDEST.qword[3] D[0] := SRCDEST.qword[2]
/// E[0] := SRC1.qword[1]    F[0] := SRC1.qword[0]
/// G[0] := SRCDEST.qword[1] H[0] := SRCDEST.qword[0]
/// WK[0] := SRC2.qword[0]   WK[1] := SRC2.qword[1]
/// FOR i in 0..1:
///     A[i+1] := CH(E[i], F[i], G[i]) + cap_sigma1(E[i]) + WK[i] + H[i]
///               + MAJ(A[i], B[i], C[i]) + cap_sigma0(A[i])
///     B[i+1] := A[i]; C[i+1] := B[i]; D[i+1] := C[i]
///     E[i+1] := CH(E[i], F[i], G[i]) + cap_sigma1(E[i]) + WK[i] + H[i] + D[i]
///     F[i+1] := E[i]; G[i+1] := F[i]; H[i+1] := G[i]
/// SRCDEST.qword[3] = A[2]; SRCDEST.qword[2] = B[2]
/// SRCDEST.qword[1] = E[2]; SRCDEST.qword[0] = F[2]
/// ```
///
/// - `srcdest`: ymm1, `(C, D, G, H)` as above; the result is its new value,
///   `(A, B, E, F)` after the two rounds.
/// - `src1`: ymm2, `(A, B, E, F)`.
/// - `src2`: xmm3, `WK[0] = W_t + K_t` in qword 0 and `WK[1] = W_(t+1) + K_(t+1)`
///   in qword 1 (the upper 128 bits of the register are not read).
#[inline]
#[must_use]
pub fn sha512rnds2(srcdest: [u128; 2], src1: [u128; 2], src2: u128) -> [u128; 2] {
    X86(Auto).sha512rnds2(srcdest, src1, src2)
}

/// VSHA512MSG1 ymm1, xmm2: the σ0 part of the next four schedule words.
///
/// ISE "Operation":
///
/// ```text
/// W[4] := SRC1.qword[0]
/// W[3] := SRCDEST.qword[3]; W[2] := SRCDEST.qword[2]
/// W[1] := SRCDEST.qword[1]; W[0] := SRCDEST.qword[0]
/// SRCDEST.qword[3] := W[3] + s0(W[4]); SRCDEST.qword[2] := W[2] + s0(W[3])
/// SRCDEST.qword[1] := W[1] + s0(W[2]); SRCDEST.qword[0] := W[0] + s0(W[1])
/// ```
///
/// - `srcdest`: ymm1, `W_t .. W_(t+3)` (qword 0 = `W_t`); the result is its new
///   value, `W_(t+i) + σ0(W_(t+i+1))` in qword `i`.
/// - `src1`: xmm2, `W_(t+4)` in qword 0 (qword 1 is not read).
#[inline]
#[must_use]
pub fn sha512msg1(srcdest: [u128; 2], src1: u128) -> [u128; 2] {
    X86(Auto).sha512msg1(srcdest, src1)
}

/// VSHA512MSG2 ymm1, ymm2: the σ1 part that completes four schedule words.
///
/// ISE "Operation":
///
/// ```text
/// W[14] := SRC1.qword[2]; W[15] := SRC1.qword[3]
/// W[16] := SRCDEST.qword[0] + s1(W[14])
/// W[17] := SRCDEST.qword[1] + s1(W[15])
/// W[18] := SRCDEST.qword[2] + s1(W[16])
/// W[19] := SRCDEST.qword[3] + s1(W[17])
/// SRCDEST.qword[3] := W[19]; ...; SRCDEST.qword[0] := W[16]
/// ```
///
/// - `srcdest`: ymm1, `W_(t-16+i) + σ0(W_(t-15+i)) + W_(t-7+i)` in qword `i`
///   (MSG1's result plus the `W_(t-7)` words, added by the program); the result
///   is `W_t .. W_(t+3)`.
/// - `src1`: ymm2, `W_(t-2)` in qword 2 and `W_(t-1)` in qword 3 (qwords 0 and 1
///   are not read).
#[inline]
#[must_use]
pub fn sha512msg2(srcdest: [u128; 2], src1: [u128; 2]) -> [u128; 2] {
    X86(Auto).sha512msg2(srcdest, src1)
}
