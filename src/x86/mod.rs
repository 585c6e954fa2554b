//! x86 guest instructions.
//!
//! Every helper takes the *source register values* the instruction reads and
//! returns the 128-bit value it writes, as `u128` register values (bit `i` of
//! the `u128` is bit `i` of the XMM register; memory byte `i` is bits `8i+7..8i`).
//! Immediates are a run-time `u8`, passed last.
//!
//! # What the emulator still does
//! - **Upper bits.** The legacy SSE encodings (`AESENC xmm1, xmm2/m128`) leave
//!   bits `MAXVL-1:128` of the destination unchanged; the VEX.128 encodings
//!   (`VAESENC xmm1, xmm2, xmm3/m128`) zero them. The helpers return bits 127:0
//!   only: keeping or zeroing the rest is the emulator's part.
//! - **Operands.** `xmm2/m128` may be memory: load the 16 bytes with
//!   [`crate::reg::from_bytes`] (no alignment is required by these instructions).
//!   `dst` may equal a source: every helper reads all inputs before producing its
//!   result.
//! - **Faults.** `#UD` when CPUID says the feature is absent is the emulator's
//!   decision; the CPUID bit each instruction needs is listed below.
//!
//! # Instructions
//!
//! One file per extension, named as the SDM names it: `aesni.rs` (AESENC,
//! AESENCLAST, AESDEC, AESDECLAST, AESIMC, AESKEYGENASSIST), `pclmulqdq.rs`,
//! `sha.rs` (SHA1RNDS4, SHA1NEXTE, SHA1MSG1, SHA1MSG2, SHA256RNDS2, SHA256MSG1,
//! SHA256MSG2), `vaes.rs` (VAESENC & co. and VPCLMULQDQ at 128, 256 and 512
//! bits). The table of every instruction with its helper, steps and CPUID bit
//! is [`crate::instructions`], generated from the registry. The VEX forms
//! additionally need `CPUID.01H:ECX.AVX[bit 28]`.
//!
//! # Choosing a backend
//! The free functions run on [`crate::backend::Auto`]. To pin one, wrap it in
//! [`X86`]: `X86(crypto_insn::backend::Soft).aesenc(s, k)`.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::x86::{self, X86};
//! // Intel AES-NI white paper (Gueron, rev. 3.0): xmm1 = state, xmm2 = round key,
//! // as Intel prints them (128-bit integers).
//! let (xmm1, xmm2) = (0x7b5b54657374566563746f725d53475d, 0x48692853686179295b477565726f6e5d);
//! assert_eq!(x86::aesenc(xmm1, xmm2), 0xa8311c2f9fdba3c58b104b58ded7e595);
//! assert_eq!(x86::aesenclast(xmm1, xmm2), 0xc7fb881e938c5964177ec42553fdc611);
//! // The same on a pinned backend.
//! assert_eq!(X86(Soft).aesdec(xmm1, xmm2), 0x138ac342faea2787b58eb95eb730392a);
//! // Intel CLMUL white paper (Gueron/Kounavis, rev. 2.02): PCLMULQDQ imm 0x00
//! // with SRC1 = 0x4869..., SRC2 = 0x7b5b....
//! assert_eq!(x86::pclmulqdq(xmm2, xmm1, 0x00), 0x1d4d84c85c3440c0929633d5d36f0451);
//! ```

mod aesni;
pub mod evex;
mod gfni;
mod pclmulqdq;
mod sha;
mod sha512;
mod sm3;
mod sm4;
mod vaes;

pub use aesni::{
    aesdec, aesdeclast, aesenc, aesenclast, aesimc, aeskeygenassist, aeskeygenassist_fn,
};
#[doc(hidden)]
pub use gfni::gf2p8affineinvqb_via_sbox_affine;
pub use gfni::{gf2p8affineinvqb, gf2p8affineqb, gf2p8mulb};
pub use pclmulqdq::pclmulqdq;
pub use sha::{sha1msg1, sha1msg2, sha1nexte, sha1rnds4, sha256msg1, sha256msg2, sha256rnds2};
pub use sha512::{sha512msg1, sha512msg2, sha512rnds2};
pub use sm3::{sm3msg1, sm3msg2, sm3rnds2};
pub use sm4::{sm4key4, sm4rnds4};
pub use vaes::{vaesdec, vaesdeclast, vaesenc, vaesenclast, vpclmulqdq};

use crate::backend::Auto;

/// The x86 helpers on a chosen backend: `X86(backend).aesenc(state, key)`.
///
/// The methods have the same semantics as the free functions of this module,
/// which use [`Auto`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct X86<B = Auto>(pub B);
