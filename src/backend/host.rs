//! The keys of the host-instruction table ([`super::Backend::host`]).
//!
//! Each key names an instruction of a *host* CPU that a native backend may
//! execute as is, with the operands it reads. The seam holds no meaning for
//! them: a guest helper whose instruction has exactly the host instruction's
//! semantics asks for it and computes its own portable definition when the
//! backend answers `None` (a software backend, another host architecture, or a
//! CPU without the feature). Which native backend answers which key is the
//! table in that backend's `host` method.

/// A host instruction a native backend may provide. Operands are passed as
/// `(a, b, c, imm)`; each variant says which it reads (the others are ignored).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HostInsn {
    /// x86-64 SHA-NI `SHA1RNDS4 a, b, imm` (imm bits 1:0).
    X86Sha1rnds4,
    /// x86-64 SHA-NI `SHA1NEXTE a, b`.
    X86Sha1nexte,
    /// x86-64 SHA-NI `SHA1MSG1 a, b`.
    X86Sha1msg1,
    /// x86-64 SHA-NI `SHA1MSG2 a, b`.
    X86Sha1msg2,
    /// x86-64 SHA-NI `SHA256RNDS2 a, b, c` (`c` is the implicit XMM0).
    X86Sha256rnds2,
    /// x86-64 SHA-NI `SHA256MSG1 a, b`.
    X86Sha256msg1,
    /// x86-64 SHA-NI `SHA256MSG2 a, b`.
    X86Sha256msg2,
    /// x86-64 GFNI `GF2P8AFFINEQB a, b, imm`: `a` the bytes, `b` the matrix
    /// qwords. A native backend without GFNI may answer with an equivalent
    /// constant-time sequence (SSSE3 nibble tables).
    X86Gf2p8affineqb,
    /// x86-64 GFNI `GF2P8AFFINEINVQB a, b, imm` (operands as
    /// [`HostInsn::X86Gf2p8affineqb`]).
    X86Gf2p8affineinvqb,
    /// x86-64 GFNI `GF2P8MULB a, b`. A native backend without GFNI may answer
    /// with an equivalent constant-time sequence (SSE2 shift-and-add).
    X86Gf2p8mulb,
    /// x86-64 SHA512 `VSHA512RNDS2 ymm1, ymm2, xmm3` through
    /// [`super::Backend::host_ymm`]: `a` = ymm1 (SRCDEST), `b` = ymm2 (SRC1),
    /// `c` = xmm3 (SRC2).
    X86Sha512rnds2,
    /// x86-64 SHA512 `VSHA512MSG1 ymm1, xmm2` through
    /// [`super::Backend::host_ymm`]: `a` = ymm1, `b[0]` = xmm2.
    X86Sha512msg1,
    /// x86-64 SHA512 `VSHA512MSG2 ymm1, ymm2` through
    /// [`super::Backend::host_ymm`]: `a` = ymm1, `b` = ymm2.
    X86Sha512msg2,
    /// x86-64 SM3 `VSM3MSG1 a, b, c` (SRCDEST, SRC1, SRC2).
    X86Sm3msg1,
    /// x86-64 SM3 `VSM3MSG2 a, b, c` (SRCDEST, SRC1, SRC2).
    X86Sm3msg2,
    /// x86-64 SM3 `VSM3RNDS2 a, b, c, imm` (SRCDEST, SRC1, SRC2, imm8).
    X86Sm3rnds2,
    /// x86-64 SM4 `VSM4KEY4 dest, a, b` (SRC1, SRC2; DEST write-only).
    X86Sm4key4,
    /// x86-64 SM4 `VSM4RNDS4 dest, a, b` (SRC1, SRC2; DEST write-only).
    X86Sm4rnds4,
    /// AArch64 `SHA1C Qa, Sb, Vc.4S` (`b`: bits 31:0 read).
    A64Sha1c,
    /// AArch64 `SHA1P Qa, Sb, Vc.4S`.
    A64Sha1p,
    /// AArch64 `SHA1M Qa, Sb, Vc.4S`.
    A64Sha1m,
    /// AArch64 `SHA1H Sd, Sa` (bits 31:0 of `a` read; the result zero-extended).
    A64Sha1h,
    /// AArch64 `SHA1SU0 Va.4S, Vb.4S, Vc.4S`.
    A64Sha1su0,
    /// AArch64 `SHA1SU1 Va.4S, Vb.4S`.
    A64Sha1su1,
    /// AArch64 `SHA256H Qa, Qb, Vc.4S`.
    A64Sha256h,
    /// AArch64 `SHA256H2 Qa, Qb, Vc.4S`.
    A64Sha256h2,
    /// AArch64 `SHA256SU0 Va.4S, Vb.4S`.
    A64Sha256su0,
    /// AArch64 `SHA256SU1 Va.4S, Vb.4S, Vc.4S`.
    A64Sha256su1,
    /// AArch64 `SHA512H Qa, Qb, Vc.2D`.
    A64Sha512h,
    /// AArch64 `SHA512H2 Qa, Qb, Vc.2D`.
    A64Sha512h2,
    /// AArch64 `SHA512SU0 Va.2D, Vb.2D`.
    A64Sha512su0,
    /// AArch64 `SHA512SU1 Va.2D, Vb.2D, Vc.2D`.
    A64Sha512su1,
    /// AArch64 `EOR3 Vd.16B, Va.16B, Vb.16B, Vc.16B` (`a ^ b ^ c`).
    A64Eor3,
    /// AArch64 `RAX1 Vd.2D, Va.2D, Vb.2D`.
    A64Rax1,
    /// AArch64 `XAR Vd.2D, Va.2D, Vb.2D, #imm` (imm bits 5:0).
    A64Xar,
    /// AArch64 `BCAX Vd.16B, Va.16B, Vb.16B, Vc.16B` (`a ^ (b & !c)`).
    A64Bcax,
    /// AArch64 `SM3SS1 Vd.4S, Va.4S, Vb.4S, Vc.4S`.
    A64Sm3ss1,
    /// AArch64 `SM3TT1A Va.4S, Vb.4S, Vc.S[imm]` (imm bits 1:0).
    A64Sm3tt1a,
    /// AArch64 `SM3TT1B Va.4S, Vb.4S, Vc.S[imm]`.
    A64Sm3tt1b,
    /// AArch64 `SM3TT2A Va.4S, Vb.4S, Vc.S[imm]`.
    A64Sm3tt2a,
    /// AArch64 `SM3TT2B Va.4S, Vb.4S, Vc.S[imm]`.
    A64Sm3tt2b,
    /// AArch64 `SM3PARTW1 Va.4S, Vb.4S, Vc.4S`.
    A64Sm3partw1,
    /// AArch64 `SM3PARTW2 Va.4S, Vb.4S, Vc.4S`.
    A64Sm3partw2,
    /// AArch64 `SM4E Va.4S, Vb.4S`.
    A64Sm4e,
    /// AArch64 `SM4EKEY Vd.4S, Va.4S, Vb.4S`.
    A64Sm4ekey,
}

/// An AArch64 SVE2 crypto instruction a native backend may run on whole `Z`
/// registers ([`crate::backend::Backend::sve_segments`]). Every one works on
/// each 128-bit segment independently (or each 64-bit element, RAX1), so a
/// backend may run any number of segments in chunks of its own vector length.
/// Operands `(a, b)` as the instruction reads them; one-source forms ignore `b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SveInsn {
    /// `AESE Zdn.B, Zdn.B, Zm.B` (`a` = Zdn, `b` = Zm).
    Aese,
    /// `AESD Zdn.B, Zdn.B, Zm.B`.
    Aesd,
    /// `AESMC Zdn.B, Zdn.B`.
    Aesmc,
    /// `AESIMC Zdn.B, Zdn.B`.
    Aesimc,
    /// `PMULLB Zd.Q, Zn.D, Zm.D` (`a` = Zn, `b` = Zm).
    Pmullb,
    /// `PMULLT Zd.Q, Zn.D, Zm.D`.
    Pmullt,
    /// `RAX1 Zd.D, Zn.D, Zm.D`.
    Rax1,
    /// `SM4E Zdn.S, Zdn.S, Zm.S` (`a` = Zdn, `b` = Zm).
    Sm4e,
    /// `SM4EKEY Zd.S, Zn.S, Zm.S`.
    Sm4ekey,
}
