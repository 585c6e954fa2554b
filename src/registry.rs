//! The instruction registry: one row per guest instruction, the single list
//! from which everything that enumerates instructions is derived.
//!
//! A row gives the instruction's architecture and extension (as the manual
//! names them), its mnemonic (also the helper's name: `x86::aesenc`,
//! `X86(backend).aesenc`), the [`Op`] variant, its operand [`Shape`] and
//! operand names (the manual's roles, the C ABI's parameter names), the CPU
//! feature a guest needs, the host features under which the native backend runs
//! it on each host architecture, and a one-line summary of its steps. Rows of
//! `planned` blocks are real instructions that have no helper yet: the vector
//! format counts them as unsupported instead of rejecting them.
//!
//! Derived from this list (none of them lists instructions itself):
//! - [`INSTRUCTIONS`] and [`Op`] ([`X86Op`], [`ArmOp`], [`Arm32Op`], [`Ppc64Op`]:
//!   per-architecture namespaces) and [`Arch::register_order`] here;
//! - the vector format's parser table, `Op::execute` and the unsupported count
//!   ([`crate::vector`]);
//! - the instruction tables of the crate docs ([`crate::instructions`]);
//! - in the other crates of the workspace: the CLI's `list` and `diff`'s op
//!   lists, the README table (`crypto-insn list --markdown`), the C ABI exports,
//!   `include/crypto_insn.h` and its `CRYPTO_INSN_FOR_EACH_INSTRUCTION` X-macro
//!   (used by `capi/tests/replay.c`), the fuzz programs and `nostd-check`.
//!
//! Those consumers expand [`for_each_instruction!`](crate::for_each_instruction)
//! with a macro of their own, or read [`INSTRUCTIONS`].
//!
//! # Adding an instruction
//! Write the helper (method on `X86<B>` / `Arm<B>` / `Ppc64<B>` plus the free function, with
//! its doc comment) in its extension's file, add its row below, add vectors and
//! tests. Nothing else lists instructions.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::registry::{INSTRUCTIONS, Shape};
//! use crypto_insn::vector::{Arch, Value};
//! let aesenc = INSTRUCTIONS
//!     .iter()
//!     .find(|i| i.arch == Arch::X86 && i.mnemonic == "aesenc")
//!     .unwrap();
//! assert_eq!(aesenc.extension, "aesni");
//! assert_eq!(aesenc.shape, Shape::R2);
//! assert_eq!(aesenc.operands, ["state", "round_key"]);
//! // Execute the row's op: the Intel AES-NI white paper's AESENC example
//! // (sources in operand order, no immediate).
//! let op = aesenc.op.expect("implemented");
//! let srcs = [
//!     Value::xmm(0x7b5b54657374566563746f725d53475d),
//!     Value::xmm(0x48692853686179295b477565726f6e5d),
//! ];
//! assert_eq!(op.execute(Soft, 0, &srcs), Value::xmm(0xa8311c2f9fdba3c58b104b58ded7e595));
//! ```

use core::fmt;
use core::str::FromStr;

/// The guest architecture a vector line is read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arch {
    /// x86 / x86-64.
    X86,
    /// AArch64 (A64, AdvSIMD and SVE2).
    Arm,
    /// AArch32 (A32 and T32 encodings of the Armv8 Cryptographic Extension).
    Arm32,
    /// 64-bit POWER (Power ISA 2.07 and later; either byte order of the
    /// guest: registers are values, see [`crate::ppc`]).
    Ppc64,
    /// RISC-V with XLEN = 32 (RV32).
    Rv32,
    /// RISC-V with XLEN = 64 (RV64).
    Rv64,
}

impl Arch {
    /// Every architecture, in registry order.
    pub const ALL: &'static [Arch] = &[
        Arch::X86,
        Arch::Arm,
        Arch::Arm32,
        Arch::Ppc64,
        Arch::Rv32,
        Arch::Rv64,
    ];

    /// The name used on the command line (`x86`, `arm`, `arm32`, `ppc64`, `rv32`, `rv64`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Arch::X86 => "x86",
            Arch::Arm => "arm",
            Arch::Arm32 => "arm32",
            Arch::Ppc64 => "ppc64",
            Arch::Rv32 => "rv32",
            Arch::Rv64 => "rv64",
        }
    }
}

impl fmt::Display for Arch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An architecture name other than `x86`, `arm`, `arm32`, `ppc64`, `rv32` or `rv64` (and their aliases).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownArch;

impl fmt::Display for UnknownArch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown architecture (expected x86, arm, arm32, ppc64, rv32 or rv64)")
    }
}

impl FromStr for Arch {
    type Err = UnknownArch;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "x86" | "x86_64" | "x86-64" | "amd64" => Ok(Arch::X86),
            "arm" | "aarch64" | "arm64" => Ok(Arch::Arm),
            "arm32" | "aarch32" | "a32" | "armhf" => Ok(Arch::Arm32),
            "ppc64" | "ppc64le" | "power" => Ok(Arch::Ppc64),
            "rv32" | "riscv32" => Ok(Arch::Rv32),
            "rv64" | "riscv64" => Ok(Arch::Rv64),
            _ => Err(UnknownArch),
        }
    }
}

/// Calls `$m!` with the whole registry (optionally after leading tokens):
///
/// ```text
/// arch <module> <Arch variant / wrapper type> <op enum> "<display name>" <le|be> {
///     ext <name> "<title>" "<guest CPU feature>" {
///         (<mnemonic> <OpVariant> <Shape> (<operand>, ...) [<host arch> "<native feature>", ...] "<summary>")
///         ...
///     }
///     ...
///     planned {
///         (<mnemonic> <extension> "<guest CPU feature>")
///         ...
///     }
/// }
/// ```
///
/// `le`/`be` is how the architecture's 16-byte register images are ordered in
/// the vector format and the C ABI: `le` memory order (byte 0 = bits 7:0, the
/// crate-wide convention), `be` the ISA byte order of POWER (byte 0 = the most
/// significant byte). `<Shape>` is a [`Shape`] variant name. A native feature is a name that
/// `Native::features()` of that host reports, or `aes` for the base AES
/// instructions.
#[macro_export]
macro_rules! for_each_instruction {
    ($m:ident $(, $pre:tt)*) => {
        $crate::__registry_riscv_vector_rows! { __registry_with_vector_rows ($m [$($pre)*]) }
    };
}

/// The RISC-V vector rows ([`Shape::V`]), one list for both XLENs: passes them
/// in brackets after `$args` to `$next!`, which places them in the rv32 and
/// the rv64 block. Part of [`for_each_instruction!`], not an interface.
#[doc(hidden)]
#[macro_export]
macro_rules! __registry_riscv_vector_rows {
    ($next:ident ($($args:tt)*)) => {
        $crate::$next! { $($args)* [
            // Vector rows (Shape V): the ident is the mnemonic with `.` as
            // `_` (`vaesem_vv` is `vaesem.vv`; the text comes from
            // `riscv::v::VOp`, checked at compile time); the variant is the
            // `VOp` of the same name. See `Shape::V`.
            ext zvbb "Zvbb" "Zvbb, includes Zvkb (hwprobe RISCV_HWPROBE_EXT_ZVBB)" {
                (vandn_vv VandnVv V (vd, vs2, vs1) [] "vs2 AND NOT vs1 per element")
                (vandn_vx VandnVx V (vd, vs2, rs1) [] "vs2 AND NOT rs1 per element")
                (vbrev8_v Vbrev8V V (vd, vs2) [] "reverse the bits of each byte of each element")
                (vrev8_v Vrev8V V (vd, vs2) [] "reverse the bytes of each element")
                (vrol_vv VrolVv V (vd, vs2, vs1) [] "rotate each element left by vs1 mod SEW")
                (vrol_vx VrolVx V (vd, vs2, rs1) [] "rotate each element left by rs1 mod SEW")
                (vror_vv VrorVv V (vd, vs2, vs1) [] "rotate each element right by vs1 mod SEW")
                (vror_vx VrorVx V (vd, vs2, rs1) [] "rotate each element right by rs1 mod SEW")
                (vror_vi VrorVi V (vd, vs2) [] "rotate each element right by imm (6 bits) mod SEW")
                (vbrev_v VbrevV V (vd, vs2) [] "reverse the bits of each element")
                (vclz_v VclzV V (vd, vs2) [] "count leading zeros of each element")
                (vctz_v VctzV V (vd, vs2) [] "count trailing zeros of each element")
                (vcpop_v VcpopV V (vd, vs2) [] "count set bits of each element")
                (vwsll_vv VwsllVv V (vd, vs2, vs1) [] "widening shift left: 2*SEW zero-extended vs2 << (vs1 mod 2*SEW)")
                (vwsll_vx VwsllVx V (vd, vs2, rs1) [] "widening shift left by rs1 mod 2*SEW")
                (vwsll_vi VwsllVi V (vd, vs2) [] "widening shift left by imm mod 2*SEW")
            }
            ext zvbc "Zvbc" "Zvbc (hwprobe RISCV_HWPROBE_EXT_ZVBC)" {
                (vclmul_vv VclmulVv V (vd, vs2, vs1) [] "low 64 bits of the 64x64 carry-less product per element")
                (vclmul_vx VclmulVx V (vd, vs2, rs1) [] "low 64 bits of the carry-less product with rs1")
                (vclmulh_vv VclmulhVv V (vd, vs2, vs1) [] "high 64 bits of the 64x64 carry-less product per element")
                (vclmulh_vx VclmulhVx V (vd, vs2, rs1) [] "high 64 bits of the carry-less product with rs1")
            }
            ext zvkg "Zvkg" "Zvkg (hwprobe RISCV_HWPROBE_EXT_ZVKG)" {
                (vghsh_vv VghshVv V (vd, vs2, vs1) [] "GHASH step per group: (vd XOR vs1) * H(vs2) in GF(2^128)")
                (vgmul_vv VgmulVv V (vd, vs2) [] "vd * H(vs2) in GF(2^128) per group")
            }
            ext zvkned "Zvkned" "Zvkned (hwprobe RISCV_HWPROBE_EXT_ZVKNED)" {
                (vaesef_vv VaesefVv V (vd, vs2) [] "final encryption round: SubBytes, ShiftRows, AddRoundKey vs2")
                (vaesef_vs VaesefVs V (vd, vs2) [] "final encryption round, one round key for every group")
                (vaesem_vv VaesemVv V (vd, vs2) [] "middle encryption round: SubBytes, ShiftRows, MixColumns, AddRoundKey")
                (vaesem_vs VaesemVs V (vd, vs2) [] "middle encryption round, one round key for every group")
                (vaesdf_vv VaesdfVv V (vd, vs2) [] "final decryption round: InvShiftRows, InvSubBytes, AddRoundKey")
                (vaesdf_vs VaesdfVs V (vd, vs2) [] "final decryption round, one round key for every group")
                (vaesdm_vv VaesdmVv V (vd, vs2) [] "middle decryption round: InvShiftRows, InvSubBytes, AddRoundKey, InvMixColumns")
                (vaesdm_vs VaesdmVs V (vd, vs2) [] "middle decryption round, one round key for every group")
                (vaeskf1_vi Vaeskf1Vi V (vd, vs2) [] "AES-128 next round key from vs2, round imm")
                (vaeskf2_vi Vaeskf2Vi V (vd, vs2) [] "AES-256 next round key from vd and vs2, round imm")
                (vaesz_vs VaeszVs V (vd, vs2) [] "round-zero AddRoundKey: vd XOR vs2's group 0")
            }
            ext zvknh "Zvknh" "Zvknha (SEW 32) / Zvknhb (SEW 32, 64) (hwprobe RISCV_HWPROBE_EXT_ZVKNHA/B)" {
                (vsha2ms_vv Vsha2msVv V (vd, vs2, vs1) [] "SHA-2 message schedule: four new W words")
                (vsha2ch_vv Vsha2chVv V (vd, vs2, vs1) [] "two SHA-2 rounds with the high message-schedule words of vs1")
                (vsha2cl_vv Vsha2clVv V (vd, vs2, vs1) [] "two SHA-2 rounds with the low message-schedule words of vs1")
            }
            ext zvksed "Zvksed" "Zvksed (hwprobe RISCV_HWPROBE_EXT_ZVKSED)" {
                (vsm4k_vi Vsm4kVi V (vd, vs2) [] "four SM4 key-expansion rounds, round group imm")
                (vsm4r_vv Vsm4rVv V (vd, vs2) [] "four SM4 rounds with the round keys of vs2")
                (vsm4r_vs Vsm4rVs V (vd, vs2) [] "four SM4 rounds, one round-key group for every group")
            }
            ext zvksh "Zvksh" "Zvksh (hwprobe RISCV_HWPROBE_EXT_ZVKSH)" {
                (vsm3me_vv Vsm3meVv V (vd, vs2, vs1) [] "SM3 message expansion: eight new W words")
                (vsm3c_vi Vsm3cVi V (vd, vs2) [] "two SM3 compression rounds, round pair imm")
            }
        ] }
    };
}

/// The registry with the vector rows `$v` in both RISC-V blocks, given to `$m!`
/// (after `$pre`). Part of [`for_each_instruction!`], not an interface.
#[doc(hidden)]
#[macro_export]
macro_rules! __registry_with_vector_rows {
    ($m:ident [$($pre:tt)*] [$($v:tt)*]) => {
        $m! {
            $($pre)*
            arch x86 X86 X86Op "x86" le {
                ext aesni "AES-NI" "CPUID.01H:ECX.AES[bit 25]" {
                    (aesenc Aesenc R2 (state, round_key) [x86_64 "aes", aarch64 "aes"]
                        "SubBytes, ShiftRows, MixColumns, AddRoundKey")
                    (aesenclast Aesenclast R2 (state, round_key) [x86_64 "aes", aarch64 "aes"]
                        "SubBytes, ShiftRows, AddRoundKey")
                    (aesdec Aesdec R2 (state, round_key) [x86_64 "aes", aarch64 "aes"]
                        "InvShiftRows, InvSubBytes, InvMixColumns, AddRoundKey")
                    (aesdeclast Aesdeclast R2 (state, round_key) [x86_64 "aes", aarch64 "aes"]
                        "InvShiftRows, InvSubBytes, AddRoundKey")
                    (aesimc Aesimc R1 (src) [x86_64 "aes", aarch64 "aes"]
                        "InvMixColumns")
                    (aeskeygenassist Aeskeygenassist R1I (src) [x86_64 "aes", aarch64 "aes"]
                        "SubWord, RotWord, XOR RCON on dwords 1 and 3")
                }
                ext pclmulqdq "PCLMULQDQ" "CPUID.01H:ECX.PCLMULQDQ[bit 1]" {
                    (pclmulqdq Pclmulqdq R2I (src1, src2) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "64x64 carry-less multiply of the qwords imm8 bits 0 and 4 pick")
                }
                ext sha "SHA" "CPUID.(EAX=07H,ECX=0):EBX.SHA[bit 29]" {
                    (sha1rnds4 Sha1rnds4 R2I (src1, src2) [x86_64 "sha"]
                        "four SHA-1 rounds, f and K from imm8 bits 1:0")
                    (sha1nexte Sha1nexte R2 (src1, src2) [x86_64 "sha"]
                        "SRC2 with (SRC1 dword 3 ROL 30) added into its top dword")
                    (sha1msg1 Sha1msg1 R2 (src1, src2) [x86_64 "sha"]
                        "SHA-1 schedule, XOR part")
                    (sha1msg2 Sha1msg2 R2 (src1, src2) [x86_64 "sha"]
                        "SHA-1 schedule, W16..W19 with ROL 1")
                    (sha256rnds2 Sha256rnds2 R3 (src1, src2, xmm0) [x86_64 "sha"]
                        "two SHA-256 rounds: {C,D,G,H}, {A,B,E,F}, WK in XMM0")
                    (sha256msg1 Sha256msg1 R2 (src1, src2) [x86_64 "sha"]
                        "SHA-256 schedule, W + sigma0")
                    (sha256msg2 Sha256msg2 R2 (src1, src2) [x86_64 "sha"]
                        "SHA-256 schedule, W16..W19 with sigma1")
                }
                ext vaes "VAES" "CPUID.(EAX=07H,ECX=0):ECX.VAES[bit 9] (+AVX, AVX512F for 512 bits)" {
                    (vaesenc Vaesenc W2 (state, round_key) [x86_64 "aes", aarch64 "aes"]
                        "AESENC on each 128-bit lane")
                    (vaesenclast Vaesenclast W2 (state, round_key) [x86_64 "aes", aarch64 "aes"]
                        "AESENCLAST on each 128-bit lane")
                    (vaesdec Vaesdec W2 (state, round_key) [x86_64 "aes", aarch64 "aes"]
                        "AESDEC on each 128-bit lane")
                    (vaesdeclast Vaesdeclast W2 (state, round_key) [x86_64 "aes", aarch64 "aes"]
                        "AESDECLAST on each 128-bit lane")
                }
                ext vpclmulqdq "VPCLMULQDQ" "CPUID.(EAX=07H,ECX=0):ECX.VPCLMULQDQ[bit 10] (+AVX, AVX512F for 512 bits)" {
                    (vpclmulqdq Vpclmulqdq W2I (src1, src2) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "PCLMULQDQ on each 128-bit lane, one imm8")
                }
                // EVEX: the GFNI rows' EVEX forms take {k}{z} byte masking and an
                // m64bcst matrix; that is `x86::evex::{mask_bytes, broadcast_qword}`
                // applied by the emulator around the helper, not an instruction.
                ext gfni "GFNI" "CPUID.(EAX=07H,ECX=0):ECX.GFNI[bit 8] (+AVX for VEX, AVX512F for EVEX)" {
                    (gf2p8affineqb Gf2p8affineqb W2I (x, matrix) [x86_64 "gfni"]
                        "affine_byte(matrix qword, byte) XOR imm8 on every byte")
                    (gf2p8affineinvqb Gf2p8affineinvqb W2I (x, matrix) [x86_64 "gfni"]
                        "field inverse (mod 0x11b, inv 0 = 0), then affine_byte XOR imm8")
                    (gf2p8mulb Gf2p8mulb W2 (src1, src2) [x86_64 "gfni"]
                        "GF(2^8) product mod 0x11b of each byte pair")
                }
                ext sha512 "SHA512" "CPUID.(EAX=07H,ECX=1):EAX.SHA512[bit 0]" {
                    (sha512rnds2 Sha512rnds2 Y2X (srcdest, src1, src2) [x86_64 "sha512"]
                        "two SHA-512 rounds: {C,D,G,H} in ymm1, {A,B,E,F} in ymm2, WK in xmm3")
                    (sha512msg1 Sha512msg1 YX (srcdest, src1) [x86_64 "sha512"]
                        "SHA-512 schedule, W + sigma0")
                    (sha512msg2 Sha512msg2 Y2 (srcdest, src1) [x86_64 "sha512"]
                        "SHA-512 schedule, W16..W19 with sigma1")
                }
                ext sm3 "SM3" "CPUID.(EAX=07H,ECX=1):EAX.SM3[bit 1]" {
                    (sm3msg1 Sm3msg1 R3 (srcdest, src1, src2) [x86_64 "sm3"]
                        "SM3 expansion, P1 part of W16..W19")
                    (sm3msg2 Sm3msg2 R3 (srcdest, src1, src2) [x86_64 "sm3"]
                        "SM3 expansion, W16..W19")
                    (sm3rnds2 Sm3rnds2 R3I (srcdest, src1, src2) [x86_64 "sm3"]
                        "two SM3 rounds: {C,D,G,H} in xmm1, {A,B,E,F} in xmm2, round imm8 & 0x3e")
                }
                ext sm4 "SM4" "CPUID.(EAX=07H,ECX=1):EAX.SM4[bit 2]" {
                    (sm4key4 Sm4key4 V2 (src1, src2) [x86_64 "aes", aarch64 "aes"]
                        "four SM4 key-expansion rounds on each 128-bit lane")
                    (sm4rnds4 Sm4rnds4 V2 (src1, src2) [x86_64 "aes", aarch64 "aes"]
                        "four SM4 rounds on each 128-bit lane")
                }
                planned {
                    (aesenc128kl keylocker "CPUID.(EAX=19H,ECX=0):EBX.AESKLE[bit 0]")
                    (aesdec128kl keylocker "CPUID.(EAX=19H,ECX=0):EBX.AESKLE[bit 0]")
                    (aesenc256kl keylocker "CPUID.(EAX=19H,ECX=0):EBX.AESKLE[bit 0]")
                    (aesdec256kl keylocker "CPUID.(EAX=19H,ECX=0):EBX.AESKLE[bit 0]")
                    (aesencwide128kl keylocker "CPUID.(EAX=19H,ECX=0):EBX.WIDE_KL[bit 2]")
                    (aesdecwide128kl keylocker "CPUID.(EAX=19H,ECX=0):EBX.WIDE_KL[bit 2]")
                    (aesencwide256kl keylocker "CPUID.(EAX=19H,ECX=0):EBX.WIDE_KL[bit 2]")
                    (aesdecwide256kl keylocker "CPUID.(EAX=19H,ECX=0):EBX.WIDE_KL[bit 2]")
                }
            }
            arch arm Arm ArmOp "arm" le {
                ext aes "AES" "FEAT_AES (ID_AA64ISAR0_EL1.AES >= 0b0001, HWCAP_AES)" {
                    (aese Aese R2 (state, key) [x86_64 "aes", aarch64 "aes"]
                        "AddRoundKey, SubBytes, ShiftRows")
                    (aesd Aesd R2 (state, key) [x86_64 "aes", aarch64 "aes"]
                        "AddRoundKey, InvShiftRows, InvSubBytes")
                    (aesmc Aesmc R1 (src) [x86_64 "aes", aarch64 "aes"]
                        "MixColumns")
                    (aesimc Aesimc R1 (src) [x86_64 "aes", aarch64 "aes"]
                        "InvMixColumns")
                }
                ext pmull "PMULL" "FEAT_PMULL (ID_AA64ISAR0_EL1.AES == 0b0010, HWCAP_PMULL)" {
                    (pmull Pmull R2 (n, m) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "64x64 carry-less multiply of the low doublewords")
                    (pmull2 Pmull2 R2 (n, m) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "64x64 carry-less multiply of the high doublewords")
                }
                ext sha1 "SHA1" "FEAT_SHA1 (HWCAP_SHA1)" {
                    (sha1c Sha1c R3 (d, n, m) [aarch64 "sha1+sha256"]
                        "four SHA-1 rounds with Choose")
                    (sha1p Sha1p R3 (d, n, m) [aarch64 "sha1+sha256"]
                        "four SHA-1 rounds with Parity")
                    (sha1m Sha1m R3 (d, n, m) [aarch64 "sha1+sha256"]
                        "four SHA-1 rounds with Majority")
                    (sha1h Sha1h R1 (n) [aarch64 "sha1+sha256"]
                        "ROL 30 of bits 31:0, zero-extended")
                    (sha1su0 Sha1su0 R3 (d, n, m) [aarch64 "sha1+sha256"]
                        "SHA-1 schedule update 0")
                    (sha1su1 Sha1su1 R2 (d, n) [aarch64 "sha1+sha256"]
                        "SHA-1 schedule update 1")
                }
                ext sha256 "SHA256" "FEAT_SHA256 (HWCAP_SHA2)" {
                    (sha256h Sha256h R3 (d, n, m) [aarch64 "sha1+sha256"]
                        "four SHA-256 rounds, new {a,b,c,d}")
                    (sha256h2 Sha256h2 R3 (d, n, m) [aarch64 "sha1+sha256"]
                        "four SHA-256 rounds, new {e,f,g,h}")
                    (sha256su0 Sha256su0 R2 (d, n) [aarch64 "sha1+sha256"]
                        "SHA-256 schedule update 0")
                    (sha256su1 Sha256su1 R3 (d, n, m) [aarch64 "sha1+sha256"]
                        "SHA-256 schedule update 1")
                }
                ext sha512 "SHA512" "FEAT_SHA512 (ID_AA64ISAR0_EL1.SHA2 == 0b0010, HWCAP_SHA512)" {
                    (sha512h Sha512h R3 (d, n, m) [aarch64 "sha3"]
                        "two SHA-512 rounds, part 1: the two T1 values")
                    (sha512h2 Sha512h2 R3 (d, n, m) [aarch64 "sha3"]
                        "two SHA-512 rounds, part 2: the two new a values")
                    (sha512su0 Sha512su0 R2 (d, n) [aarch64 "sha3"]
                        "SHA-512 schedule update 0: W + sigma0")
                    (sha512su1 Sha512su1 R3 (d, n, m) [aarch64 "sha3"]
                        "SHA-512 schedule update 1: + sigma1 + W[t-7]")
                }
                ext sha3 "SHA3" "FEAT_SHA3 (ID_AA64ISAR0_EL1.SHA3 == 0b0001, HWCAP_SHA3)" {
                    (eor3 Eor3 R3 (n, m, a) [aarch64 "sha3"]
                        "three-way exclusive OR")
                    (rax1 Rax1 R2 (n, m) [aarch64 "sha3"]
                        "n XOR (m ROL 1) on each 64-bit lane")
                    (xar Xar R2I (n, m) [aarch64 "sha3"]
                        "(n XOR m) ROR imm6 on each 64-bit lane")
                    (bcax Bcax R3 (n, m, a) [aarch64 "sha3"]
                        "n XOR (m AND NOT a)")
                }
                ext sm3 "SM3" "FEAT_SM3 (ID_AA64ISAR0_EL1.SM3 == 0b0001, HWCAP_SM3)" {
                    (sm3ss1 Sm3ss1 R3 (n, m, a) [aarch64 "sm3+sm4"]
                        "SS1 = ((A ROL 12) + E + T) ROL 7 in the top word, zeros below")
                    (sm3tt1a Sm3tt1a R3I (d, n, m) [aarch64 "sm3+sm4"]
                        "SM3 round, A-D half, FF0 (rounds 0-15), W' word imm2")
                    (sm3tt1b Sm3tt1b R3I (d, n, m) [aarch64 "sm3+sm4"]
                        "SM3 round, A-D half, FF1 (rounds 16-63), W' word imm2")
                    (sm3tt2a Sm3tt2a R3I (d, n, m) [aarch64 "sm3+sm4"]
                        "SM3 round, E-H half, GG0 (rounds 0-15), W word imm2")
                    (sm3tt2b Sm3tt2b R3I (d, n, m) [aarch64 "sm3+sm4"]
                        "SM3 round, E-H half, GG1 (rounds 16-63), W word imm2")
                    (sm3partw1 Sm3partw1 R3 (d, n, m) [aarch64 "sm3+sm4"]
                        "SM3 message expansion, part 1 (P1 of the first terms)")
                    (sm3partw2 Sm3partw2 R3 (d, n, m) [aarch64 "sm3+sm4"]
                        "SM3 message expansion, part 2 (the W[j-13], W[j-6] terms)")
                }
                ext sm4 "SM4" "FEAT_SM4 (ID_AA64ISAR0_EL1.SM4 == 0b0001, HWCAP_SM4)" {
                    (sm4e Sm4e R2 (d, n) [x86_64 "aes", aarch64 "sm3+sm4"]
                        "four SM4 rounds, round keys from n")
                    (sm4ekey Sm4ekey R2 (n, m) [x86_64 "aes", aarch64 "sm3+sm4"]
                        "four SM4 key-expansion rounds, constants CK from m")
                }
                // SVE2 crypto (src/arm/sve/): each 128-bit segment of a Z
                // register independently, at any vector length; unpredicated.
                // Vector lines also spell these `aese` ... with operands wider
                // than 128 bits, and `pmullb`/`pmullt`.
                ext sve_aes "SVE AES" "FEAT_SVE_AES (SVE2; ID_AA64ZFR0_EL1.AES >= 0b0001, HWCAP2_SVEAES)" {
                    (sve_aese SveAese Z2 (zdn, zm) [x86_64 "aes", aarch64 "aes"]
                        "AESE on each 128-bit segment")
                    (sve_aesd SveAesd Z2 (zdn, zm) [x86_64 "aes", aarch64 "aes"]
                        "AESD on each 128-bit segment")
                    (sve_aesmc SveAesmc Z1 (zdn) [x86_64 "aes", aarch64 "aes"]
                        "AESMC on each 128-bit segment")
                    (sve_aesimc SveAesimc Z1 (zdn) [x86_64 "aes", aarch64 "aes"]
                        "AESIMC on each 128-bit segment")
                }
                ext sve_pmull128 "SVE PMULL128" "FEAT_SVE_PMULL128 (SVE2; ID_AA64ZFR0_EL1.AES == 0b0010, HWCAP2_SVEPMULL)" {
                    (sve_pmullb SvePmullb Z2 (zn, zm) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "64x64 carry-less multiply of the even doublewords of each segment")
                    (sve_pmullt SvePmullt Z2 (zn, zm) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "64x64 carry-less multiply of the odd doublewords of each segment")
                }
                ext sve_sha3 "SVE SHA3" "FEAT_SVE_SHA3 (SVE2; ID_AA64ZFR0_EL1.SHA3 == 0b0001, HWCAP2_SVESHA3)" {
                    (sve_rax1 SveRax1 Z2 (zn, zm) [aarch64 "sha3"]
                        "n XOR (m ROL 1) on each 64-bit element")
                }
                ext sve_sm4 "SVE SM4" "FEAT_SVE_SM4 (SVE2; ID_AA64ZFR0_EL1.SM4 == 0b0001, HWCAP2_SVESM4)" {
                    (sve_sm4e SveSm4e Z2 (zdn, zm) [x86_64 "aes", aarch64 "sm3+sm4"]
                        "SM4E on each 128-bit segment")
                    (sve_sm4ekey SveSm4ekey Z2 (zn, zm) [x86_64 "aes", aarch64 "sm3+sm4"]
                        "SM4EKEY on each 128-bit segment")
                }
                planned {
                }
            }
            // AArch32 (A32 and T32 encodings; helpers in src/arm/a32.rs, the
            // A64 helpers under the A32 register views).
            arch arm Arm32 Arm32Op "arm32" le {
                ext aes "AES" "FEAT_AES (ID_ISAR5.AES >= 0b0001, Linux AT_HWCAP2 HWCAP2_AES)" {
                    (aese Aese R2 (qd, qm) [x86_64 "aes", aarch64 "aes"]
                        "AddRoundKey, SubBytes, ShiftRows")
                    (aesd Aesd R2 (qd, qm) [x86_64 "aes", aarch64 "aes"]
                        "AddRoundKey, InvShiftRows, InvSubBytes")
                    (aesmc Aesmc R1 (qm) [x86_64 "aes", aarch64 "aes"]
                        "MixColumns")
                    (aesimc Aesimc R1 (qm) [x86_64 "aes", aarch64 "aes"]
                        "InvMixColumns")
                }
                ext pmull "PMULL" "FEAT_PMULL (ID_ISAR5.AES == 0b0010, HWCAP2_PMULL)" {
                    (vmull_p64 VmullP64 D2 (dn, dm) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "64x64 carry-less multiply Dn x Dm into Qd")
                }
                ext sha1 "SHA1" "FEAT_SHA1 (ID_ISAR5.SHA1 == 0b0001, HWCAP2_SHA1)" {
                    (sha1c Sha1c R3 (qd, qn, qm) [aarch64 "sha1+sha256"]
                        "four SHA-1 rounds with Choose, e from Qn element 0")
                    (sha1p Sha1p R3 (qd, qn, qm) [aarch64 "sha1+sha256"]
                        "four SHA-1 rounds with Parity, e from Qn element 0")
                    (sha1m Sha1m R3 (qd, qn, qm) [aarch64 "sha1+sha256"]
                        "four SHA-1 rounds with Majority, e from Qn element 0")
                    (sha1h Sha1h R1 (qm) [aarch64 "sha1+sha256"]
                        "ROL 30 of Qm element 0, zero-extended")
                    (sha1su0 Sha1su0 R3 (qd, qn, qm) [aarch64 "sha1+sha256"]
                        "SHA-1 schedule update 0")
                    (sha1su1 Sha1su1 R2 (qd, qm) [aarch64 "sha1+sha256"]
                        "SHA-1 schedule update 1")
                }
                ext sha256 "SHA256" "FEAT_SHA256 (ID_ISAR5.SHA2 == 0b0001, HWCAP2_SHA2)" {
                    (sha256h Sha256h R3 (qd, qn, qm) [aarch64 "sha1+sha256"]
                        "four SHA-256 rounds, new {a,b,c,d}")
                    (sha256h2 Sha256h2 R3 (qd, qn, qm) [aarch64 "sha1+sha256"]
                        "four SHA-256 rounds, new {e,f,g,h}")
                    (sha256su0 Sha256su0 R2 (qd, qm) [aarch64 "sha1+sha256"]
                        "SHA-256 schedule update 0")
                    (sha256su1 Sha256su1 R3 (qd, qn, qm) [aarch64 "sha1+sha256"]
                        "SHA-256 schedule update 1")
                }
                planned {
                }
            }
            arch ppc Ppc64 Ppc64Op "ppc64" be {
                ext crypto "Vector Crypto" "Power ISA 2.07 Vector Crypto (POWER8; Linux AT_HWCAP2 PPC_FEATURE2_VEC_CRYPTO)" {
                    (vcipher Vcipher R2 (vra, vrb) [x86_64 "aes", aarch64 "aes"]
                        "SubBytes, ShiftRows, MixColumns, AddRoundKey")
                    (vcipherlast Vcipherlast R2 (vra, vrb) [x86_64 "aes", aarch64 "aes"]
                        "SubBytes, ShiftRows, AddRoundKey")
                    (vncipher Vncipher R2 (vra, vrb) [x86_64 "aes", aarch64 "aes"]
                        "InvShiftRows, InvSubBytes, AddRoundKey, InvMixColumns")
                    (vncipherlast Vncipherlast R2 (vra, vrb) [x86_64 "aes", aarch64 "aes"]
                        "InvShiftRows, InvSubBytes, AddRoundKey")
                    (vsbox Vsbox R1 (vra) [x86_64 "aes", aarch64 "aes"]
                        "SubBytes")
                    (vpmsumb Vpmsumb R2 (vra, vrb) []
                        "per halfword: XOR of the two 8x8 carry-less products of its bytes")
                    (vpmsumh Vpmsumh R2 (vra, vrb) []
                        "per word: XOR of the two 16x16 carry-less products of its halfwords")
                    (vpmsumw Vpmsumw R2 (vra, vrb) []
                        "per doubleword: XOR of the two 32x32 carry-less products of its words")
                    (vpmsumd Vpmsumd R2 (vra, vrb) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "XOR of the two 64x64 carry-less products of the doublewords")
                    (vshasigmaw Vshasigmaw R1I (vra) []
                        "SHA-256 sigma0/sigma1/Sigma0/Sigma1 per word, chosen by ST and SIX (imm ST<<4 | SIX)")
                    (vshasigmad Vshasigmad R1I (vra) []
                        "SHA-512 sigma0/sigma1/Sigma0/Sigma1 per doubleword, chosen by ST and SIX (imm ST<<4 | SIX)")
                    (vpermxor Vpermxor R3 (vra, vrb, vrc) []
                        "per byte: VRA byte (VRC high nibble) XOR VRB byte (VRC low nibble)")
                }
                planned {}
            }
            arch riscv Rv32 Rv32Op "rv32" le {
                ext zbkb "Zbkb" "Zbkb (Linux hwprobe RISCV_HWPROBE_EXT_ZBKB)" {
                    (andn Andn X2 (rs1, rs2) []
                        "rs1 AND NOT rs2")
                    (orn Orn X2 (rs1, rs2) []
                        "rs1 OR NOT rs2")
                    (xnor Xnor X2 (rs1, rs2) []
                        "NOT (rs1 XOR rs2)")
                    (rol Rol X2 (rs1, rs2) []
                        "rotate left by rs2 mod XLEN")
                    (ror Ror X2 (rs1, rs2) []
                        "rotate right by rs2 mod XLEN")
                    (rori Rori X1I (rs1) []
                        "rotate right by shamt (0 to XLEN-1)")
                    (pack Pack X2 (rs1, rs2) []
                        "low halves of rs1 (low) and rs2 (high)")
                    (packh Packh X2 (rs1, rs2) []
                        "low bytes of rs1 and rs2, zero-extended")
                    (rev8 Rev8 X1 (rs1) []
                        "byte reversal")
                    (brev8 Brev8 X1 (rs1) []
                        "bit reversal in each byte")
                    (zip Zip X1 (rs1) []
                        "interleave the bits of the two halves")
                    (unzip Unzip X1 (rs1) []
                        "deinterleave even and odd bits into the halves")
                }
                ext zbkc "Zbkc" "Zbkc (hwprobe RISCV_HWPROBE_EXT_ZBKC)" {
                    (clmul Clmul X2 (rs1, rs2) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "low XLEN bits of the carry-less product")
                    (clmulh Clmulh X2 (rs1, rs2) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "high XLEN bits of the carry-less product")
                }
                ext zbkx "Zbkx" "Zbkx (hwprobe RISCV_HWPROBE_EXT_ZBKX)" {
                    (xperm4 Xperm4 X2 (rs1, rs2) []
                        "nibble lookup of rs2's nibbles in rs1")
                    (xperm8 Xperm8 X2 (rs1, rs2) []
                        "byte lookup of rs2's bytes in rs1")
                }
                ext zkne "Zkne" "Zkne (hwprobe RISCV_HWPROBE_EXT_ZKNE)" {
                    (aes32esi Aes32esi X2I (rs1, rs2) [x86_64 "aes", aarch64 "aes"]
                        "SubBytes of byte bs of rs2, rotated into rs1")
                    (aes32esmi Aes32esmi X2I (rs1, rs2) [x86_64 "aes", aarch64 "aes"]
                        "SubBytes and one MixColumns column of byte bs of rs2, rotated into rs1")
                }
                ext zknd "Zknd" "Zknd (hwprobe RISCV_HWPROBE_EXT_ZKND)" {
                    (aes32dsi Aes32dsi X2I (rs1, rs2) [x86_64 "aes", aarch64 "aes"]
                        "InvSubBytes of byte bs of rs2, rotated into rs1")
                    (aes32dsmi Aes32dsmi X2I (rs1, rs2) [x86_64 "aes", aarch64 "aes"]
                        "InvSubBytes and one InvMixColumns column of byte bs of rs2, rotated into rs1")
                }
                ext zknh "Zknh" "Zknh (hwprobe RISCV_HWPROBE_EXT_ZKNH)" {
                    (sha256sig0 Sha256sig0 X1 (rs1) []
                        "SHA-256 sigma0 of bits 31:0 of rs1")
                    (sha256sig1 Sha256sig1 X1 (rs1) []
                        "SHA-256 sigma1 of bits 31:0 of rs1")
                    (sha256sum0 Sha256sum0 X1 (rs1) []
                        "SHA-256 Sigma0 of bits 31:0 of rs1")
                    (sha256sum1 Sha256sum1 X1 (rs1) []
                        "SHA-256 Sigma1 of bits 31:0 of rs1")
                    (sha512sig0h Sha512sig0h X2 (rs1, rs2) []
                        "high half of SHA-512 sigma0 of rs1:rs2")
                    (sha512sig0l Sha512sig0l X2 (rs1, rs2) []
                        "low half of SHA-512 sigma0 of rs2:rs1")
                    (sha512sig1h Sha512sig1h X2 (rs1, rs2) []
                        "high half of SHA-512 sigma1 of rs1:rs2")
                    (sha512sig1l Sha512sig1l X2 (rs1, rs2) []
                        "low half of SHA-512 sigma1 of rs2:rs1")
                    (sha512sum0r Sha512sum0r X2 (rs1, rs2) []
                        "low half of SHA-512 Sigma0 of rs2:rs1")
                    (sha512sum1r Sha512sum1r X2 (rs1, rs2) []
                        "low half of SHA-512 Sigma1 of rs2:rs1")
                }
                ext zksed "Zksed" "Zksed (hwprobe RISCV_HWPROBE_EXT_ZKSED)" {
                    (sm4ed Sm4ed X2I (rs1, rs2) []
                        "SM4 S-box and L of byte bs of rs2, rotated into rs1")
                    (sm4ks Sm4ks X2I (rs1, rs2) []
                        "SM4 S-box and L' of byte bs of rs2, rotated into rs1")
                }
                ext zksh "Zksh" "Zksh (hwprobe RISCV_HWPROBE_EXT_ZKSH)" {
                    (sm3p0 Sm3p0 X1 (rs1) []
                        "SM3 P0 of bits 31:0 of rs1")
                    (sm3p1 Sm3p1 X1 (rs1) []
                        "SM3 P1 of bits 31:0 of rs1")
                }
                $($v)*
                planned {
                }
            }
            arch riscv Rv64 Rv64Op "rv64" le {
                ext zbkb "Zbkb" "Zbkb (Linux hwprobe RISCV_HWPROBE_EXT_ZBKB)" {
                    (andn Andn X2 (rs1, rs2) []
                        "rs1 AND NOT rs2")
                    (orn Orn X2 (rs1, rs2) []
                        "rs1 OR NOT rs2")
                    (xnor Xnor X2 (rs1, rs2) []
                        "NOT (rs1 XOR rs2)")
                    (rol Rol X2 (rs1, rs2) []
                        "rotate left by rs2 mod XLEN")
                    (ror Ror X2 (rs1, rs2) []
                        "rotate right by rs2 mod XLEN")
                    (rori Rori X1I (rs1) []
                        "rotate right by shamt (0 to XLEN-1)")
                    (rolw Rolw X2 (rs1, rs2) []
                        "32-bit rotate left, sign-extended")
                    (rorw Rorw X2 (rs1, rs2) []
                        "32-bit rotate right, sign-extended")
                    (roriw Roriw X1I (rs1) []
                        "32-bit rotate right by shamt (0-31), sign-extended")
                    (pack Pack X2 (rs1, rs2) []
                        "low halves of rs1 (low) and rs2 (high)")
                    (packh Packh X2 (rs1, rs2) []
                        "low bytes of rs1 and rs2, zero-extended")
                    (packw Packw X2 (rs1, rs2) []
                        "low 16 bits of rs1 and rs2, sign-extended")
                    (rev8 Rev8 X1 (rs1) []
                        "byte reversal")
                    (brev8 Brev8 X1 (rs1) []
                        "bit reversal in each byte")
                }
                ext zbkc "Zbkc" "Zbkc (hwprobe RISCV_HWPROBE_EXT_ZBKC)" {
                    (clmul Clmul X2 (rs1, rs2) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "low XLEN bits of the carry-less product")
                    (clmulh Clmulh X2 (rs1, rs2) [x86_64 "pclmulqdq", aarch64 "pmull"]
                        "high XLEN bits of the carry-less product")
                }
                ext zbkx "Zbkx" "Zbkx (hwprobe RISCV_HWPROBE_EXT_ZBKX)" {
                    (xperm4 Xperm4 X2 (rs1, rs2) []
                        "nibble lookup of rs2's nibbles in rs1")
                    (xperm8 Xperm8 X2 (rs1, rs2) []
                        "byte lookup of rs2's bytes in rs1")
                }
                ext zkne "Zkne" "Zkne (hwprobe RISCV_HWPROBE_EXT_ZKNE)" {
                    (aes64es Aes64es X2 (rs1, rs2) [x86_64 "aes", aarch64 "aes"]
                        "ShiftRows, SubBytes of rs2:rs1, low 64 bits")
                    (aes64esm Aes64esm X2 (rs1, rs2) [x86_64 "aes", aarch64 "aes"]
                        "ShiftRows, SubBytes, MixColumns of rs2:rs1, low 64 bits")
                    (aes64ks1i Aes64ks1i X1I (rs1) [x86_64 "aes", aarch64 "aes"]
                        "RotWord, SubWord, Rcon(rnum) of bits 63:32 of rs1 (rnum 0-10)")
                    (aes64ks2 Aes64ks2 X2 (rs1, rs2) []
                        "key schedule XOR step")
                }
                ext zknd "Zknd" "Zknd (hwprobe RISCV_HWPROBE_EXT_ZKND)" {
                    (aes64ds Aes64ds X2 (rs1, rs2) [x86_64 "aes", aarch64 "aes"]
                        "InvShiftRows, InvSubBytes of rs2:rs1, low 64 bits")
                    (aes64dsm Aes64dsm X2 (rs1, rs2) [x86_64 "aes", aarch64 "aes"]
                        "InvShiftRows, InvSubBytes, InvMixColumns of rs2:rs1, low 64 bits")
                    (aes64im Aes64im X1 (rs1) [x86_64 "aes", aarch64 "aes"]
                        "InvMixColumns of both columns")
                }
                ext zknh "Zknh" "Zknh (hwprobe RISCV_HWPROBE_EXT_ZKNH)" {
                    (sha256sig0 Sha256sig0 X1 (rs1) []
                        "SHA-256 sigma0 of bits 31:0 of rs1")
                    (sha256sig1 Sha256sig1 X1 (rs1) []
                        "SHA-256 sigma1 of bits 31:0 of rs1")
                    (sha256sum0 Sha256sum0 X1 (rs1) []
                        "SHA-256 Sigma0 of bits 31:0 of rs1")
                    (sha256sum1 Sha256sum1 X1 (rs1) []
                        "SHA-256 Sigma1 of bits 31:0 of rs1")
                    (sha512sig0 Sha512sig0 X1 (rs1) []
                        "SHA-512 sigma0")
                    (sha512sig1 Sha512sig1 X1 (rs1) []
                        "SHA-512 sigma1")
                    (sha512sum0 Sha512sum0 X1 (rs1) []
                        "SHA-512 Sigma0")
                    (sha512sum1 Sha512sum1 X1 (rs1) []
                        "SHA-512 Sigma1")
                }
                ext zksed "Zksed" "Zksed (hwprobe RISCV_HWPROBE_EXT_ZKSED)" {
                    (sm4ed Sm4ed X2I (rs1, rs2) []
                        "SM4 S-box and L of byte bs of rs2, rotated into rs1")
                    (sm4ks Sm4ks X2I (rs1, rs2) []
                        "SM4 S-box and L' of byte bs of rs2, rotated into rs1")
                }
                ext zksh "Zksh" "Zksh (hwprobe RISCV_HWPROBE_EXT_ZKSH)" {
                    (sm3p0 Sm3p0 X1 (rs1) []
                        "SM3 P0 of bits 31:0 of rs1")
                    (sm3p1 Sm3p1 X1 (rs1) []
                        "SM3 P1 of bits 31:0 of rs1")
                }
                $($v)*
                planned {
                }
            }
        }
    };
}

/// The operand shape of an instruction: what it reads and writes, which fixes
/// the helper's signature, the vector line's operands and the C prototype.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// One 128-bit source: `fn(a: u128) -> u128`.
    R1,
    /// One 128-bit source and an 8-bit immediate: `fn(a: u128, imm8: u8) -> u128`.
    R1I,
    /// Two 128-bit sources.
    R2,
    /// Two 128-bit sources and an immediate.
    R2I,
    /// Three 128-bit sources.
    R3,
    /// Three 128-bit sources and an immediate: `fn(a: u128, b: u128, c: u128,
    /// imm8: u8) -> u128` (Arm SM3TT1A: `Vd`, `Vn`, `Vm` and the element index
    /// `imm2`; x86 VSM3RNDS2).
    R3I,
    /// Two sources of 1, 2 or 4 128-bit lanes (VEX.128, 256, 512): `fn(a:
    /// [u128; N], b: [u128; N]) -> [u128; N]`.
    W2,
    /// [`Shape::W2`] and an immediate.
    W2I,
    /// One general-purpose register source (RISC-V `rs1`): `fn(rs1) -> rd`
    /// over `u32` (RV32) or `u64` (RV64) register values.
    X1,
    /// Two general-purpose register sources (`rs1`, `rs2`).
    X2,
    /// One general-purpose register and an immediate (`rori`, `aes64ks1i`);
    /// the helper returns `Result` (a reserved immediate is illegal).
    X1I,
    /// Two general-purpose registers and an immediate (`aes32esi`, `sm4ed`:
    /// `bs`); the helper returns `Result`.
    X2I,
    /// Two 256-bit sources and a 128-bit one (VSHA512RNDS2): `fn(a: [u128; 2],
    /// b: [u128; 2], c: u128) -> [u128; 2]`.
    Y2X,
    /// A 256-bit and a 128-bit source (VSHA512MSG1): `fn(a: [u128; 2], b: u128)
    /// -> [u128; 2]`.
    YX,
    /// Two 256-bit sources (VSHA512MSG2): `fn(a: [u128; 2], b: [u128; 2]) ->
    /// [u128; 2]`.
    Y2,
    /// Two sources of 1 or 2 128-bit lanes (VEX.128 or VEX.256 only): `fn(a:
    /// [u128; N], b: [u128; N]) -> [u128; N]`, `N` 1 or 2.
    V2,
    /// One SVE `Z` register source of 1 to 16 128-bit segments (VL 128 to
    /// 2048 bits, from the operand): `fn(zdn: &[u128], out: &mut [u128]) ->
    /// Result<(), SegmentMismatch>` (see [`crate::arm::sve`]).
    Z1,
    /// Two SVE `Z` register sources of one width (1 to 16 segments): `fn(a:
    /// &[u128], b: &[u128], out: &mut [u128]) -> Result<(), SegmentMismatch>`.
    Z2,
    /// Two 64-bit sources (AArch32 `D` registers) and a 128-bit result (`Q`):
    /// `fn(dn: u64, dm: u64) -> u128` (VMULL.P64).
    D2,
    /// A RISC-V vector instruction on register groups (Zvbb, Zvbc, Zvk*):
    /// the operands are `vd` (read too: tail and prestart elements stay), `vs2`,
    /// and `vs1` or `rs1` for the forms that read one (the row's operand
    /// names say which). It runs through [`crate::riscv::v::execute`] under a
    /// `vtype`/`vl`/`vstart` configuration at VLEN = 128: a group is LMUL x 16
    /// bytes, LMUL given by `vd`'s width (`vwsll`: `vd` is 2 x LMUL); `.vs`
    /// forms' `vs2` is one 16-byte element group; `rs1` is an XLEN register
    /// (RV32 and RV64 have the same rows; see [`crate::vector::table::xlen_rs1`]).
    /// The `.vi` forms take an immediate ([`crate::riscv::v::VOp::has_imm`]).
    /// The result is `vd`'s group after the instruction or `illegal` (a
    /// reserved configuration). The row's ident is the mnemonic with `.` as
    /// `_` and its variant the [`crate::riscv::v::VOp`] of that name, whose
    /// [`mnemonic`](crate::riscv::v::VOp::mnemonic) is the row's text.
    V,
}

/// The width of one register operand (or of the result) of a [`Shape`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegWidth {
    /// 128 bits.
    Xmm,
    /// 256 bits.
    Ymm,
    /// 128, 256 or 512 bits, the same for every operand of the instruction.
    Wide,
    /// 128 or 256 bits, the same for every operand of the instruction.
    Vex,
    /// A general-purpose register, XLEN bits (RISC-V: 32 on RV32, 64 on RV64).
    Gpr,
    /// An SVE `Z` register: 1 to 16 128-bit segments, the same for every
    /// operand of the instruction.
    Sve,
    /// A 64-bit SIMD register (AArch32 `D`).
    D64,
    /// A RISC-V vector register group of [`Shape::V`] (16 to 128 bytes at
    /// VLEN = 128, see there; the `rs1` of a `.vx` form is an XLEN register).
    Group,
}

impl Shape {
    /// How many register sources the instruction reads.
    #[must_use]
    pub const fn sources(self) -> usize {
        match self {
            Shape::R1 | Shape::R1I | Shape::X1 | Shape::X1I | Shape::Z1 => 1,
            Shape::R2
            | Shape::R2I
            | Shape::W2
            | Shape::W2I
            | Shape::YX
            | Shape::Y2
            | Shape::V2
            | Shape::X2
            | Shape::X2I
            | Shape::Z2
            | Shape::D2 => 2,
            Shape::R3 | Shape::R3I | Shape::Y2X => 3,
            // At most: `vd`, `vs2` and `vs1`/`rs1` ([`Op::sources`] is the row's).
            Shape::V => 3,
        }
    }

    /// The width of register source `i` (counted from 0).
    #[must_use]
    pub const fn operand(self, i: usize) -> RegWidth {
        match (self, i) {
            (Shape::W2 | Shape::W2I, _) => RegWidth::Wide,
            (Shape::V2, _) => RegWidth::Vex,
            (Shape::Y2X, 0 | 1) | (Shape::YX, 0) | (Shape::Y2, _) => RegWidth::Ymm,
            (Shape::X1 | Shape::X2 | Shape::X1I | Shape::X2I, _) => RegWidth::Gpr,
            (Shape::Z1 | Shape::Z2, _) => RegWidth::Sve,
            (Shape::D2, _) => RegWidth::D64,
            (Shape::V, _) => RegWidth::Group,
            _ => RegWidth::Xmm,
        }
    }

    /// The width of the result ([`RegWidth::Wide`]/[`RegWidth::Vex`]/
    /// [`RegWidth::Sve`]: that of the first source; [`Shape::D2`]: 128 bits).
    #[must_use]
    pub const fn result(self) -> RegWidth {
        match self {
            Shape::D2 => RegWidth::Xmm,
            _ => self.operand(0),
        }
    }

    /// Whether an 8-bit immediate follows the sources (and comes right after
    /// the mnemonic in a vector line). [`Shape::V`]: `false`; whether a V row
    /// has one is its op's ([`crate::vector::Signature`]).
    #[must_use]
    pub const fn imm(self) -> bool {
        matches!(
            self,
            Shape::R1I | Shape::R2I | Shape::W2I | Shape::R3I | Shape::X1I | Shape::X2I
        )
    }

    /// Whether the operands are general-purpose registers (XLEN bits: 8 hex
    /// digits on RV32, 16 on RV64) instead of 128-bit vector registers.
    #[must_use]
    pub const fn gpr(self) -> bool {
        matches!(self, Shape::X1 | Shape::X2 | Shape::X1I | Shape::X2I)
    }

    /// Whether the register width follows from the operands (128, 256 or 512
    /// bits; VEX-only shapes 128 or 256; SVE shapes 1 to 16 segments).
    #[must_use]
    pub const fn wide(self) -> bool {
        matches!(
            self,
            Shape::W2 | Shape::W2I | Shape::V2 | Shape::Z1 | Shape::Z2
        )
    }

    /// Whether the operands are SVE `Z` registers ([`Shape::Z1`], [`Shape::Z2`]).
    #[must_use]
    pub const fn sve(self) -> bool {
        matches!(self, Shape::Z1 | Shape::Z2)
    }

    /// The shape's name as the registry and the C header's X-macro write it.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Shape::R1 => "R1",
            Shape::R1I => "R1I",
            Shape::R2 => "R2",
            Shape::R2I => "R2I",
            Shape::R3 => "R3",
            Shape::R3I => "R3I",
            Shape::W2 => "W2",
            Shape::W2I => "W2I",
            Shape::X1 => "X1",
            Shape::X2 => "X2",
            Shape::X1I => "X1I",
            Shape::X2I => "X2I",
            Shape::Y2X => "Y2X",
            Shape::YX => "YX",
            Shape::Y2 => "Y2",
            Shape::V2 => "V2",
            Shape::Z1 => "Z1",
            Shape::Z2 => "Z2",
            Shape::D2 => "D2",
            Shape::V => "V",
        }
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One row of the registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// The guest architecture.
    pub arch: Arch,
    /// The extension as the manual names it, lowercase (`aesni`, `sha1`, ...);
    /// also the name of the file in `src/<arch>/` that holds the helper.
    pub extension: &'static str,
    /// The extension's title (`AES-NI`).
    pub extension_title: &'static str,
    /// The lowercase mnemonic as a vector line writes it (`aesenc`,
    /// `vaesem.vv`).
    pub mnemonic: &'static str,
    /// The row's identifier: the helper's and the C export's name (the
    /// mnemonic, with `.` written `_` for [`Shape::V`] rows: `vaesem_vv`).
    pub ident: &'static str,
    /// The operation, `None` for a planned row (no helper yet).
    pub op: Option<Op>,
    /// The operand shape (planned rows: [`Shape::R2`], unused).
    pub shape: Shape,
    /// The register operands' names in the manual's order (the C parameter
    /// names); empty for planned rows.
    pub operands: &'static [&'static str],
    /// The CPU feature a guest needs (CPUID bit or FEAT_ name).
    pub feature: &'static str,
    /// Per host architecture (`x86_64`, `aarch64`), the native feature under
    /// which the native backend computes this instruction with host
    /// instructions.
    pub host: &'static [(&'static str, &'static str)],
    /// The steps in the manual's order, one line.
    pub summary: &'static str,
}

impl Instruction {
    /// Whether the library evaluates this instruction (it has a helper).
    #[must_use]
    pub const fn implemented(&self) -> bool {
        self.op.is_some()
    }

    /// The native feature this host needs to compute the instruction with its
    /// own instructions, if any.
    #[must_use]
    pub fn host_feature(&self) -> Option<&'static str> {
        let here = if cfg!(target_arch = "x86_64") {
            "x86_64"
        } else if cfg!(target_arch = "aarch64") {
            "aarch64"
        } else {
            return None;
        };
        self.host.iter().find(|(h, _)| *h == here).map(|(_, f)| *f)
    }
}

/// The byte order of an architecture's register images in text and at the C
/// ABI ([`Arch::register_order`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegisterOrder {
    /// Memory order (registry `le`): image byte 0 is bits 7:0 of the register
    /// value (x86, Arm).
    Le,
    /// ISA byte order (registry `be`): image byte 0 is the most significant
    /// byte of the register value, so bare hex is the integer's digits (POWER,
    /// see [`crate::ppc`]).
    Be,
}

/// `le`/`be` of a registry arch header as a [`RegisterOrder`].
macro_rules! register_order {
    (le) => {
        RegisterOrder::Le
    };
    (be) => {
        RegisterOrder::Be
    };
}

/// The text mnemonic of a row: its ident, or for a [`Shape::V`] row the
/// dotted mnemonic of its `VOp` (the one place the `_` of a V row's ident
/// becomes `.`; [`same_but_dots`] checks the two agree at compile time).
macro_rules! row_text {
    (V $name:ident $Var:ident) => {{
        const TEXT: &str = crate::riscv::v::VOp::$Var.mnemonic();
        const _: () = assert!(
            same_but_dots(TEXT, stringify!($name)),
            concat!(
                "the ident of a V row is its mnemonic with '.' as '_': ",
                stringify!($name)
            )
        );
        TEXT
    }};
    ($shape:ident $name:ident $Var:ident) => {
        stringify!($name)
    };
}

/// The executor op of a row (`None` but for [`Shape::V`]).
macro_rules! row_vop {
    (V $Var:ident) => {
        Some(crate::riscv::v::VOp::$Var)
    };
    ($shape:ident $Var:ident) => {
        None
    };
}

/// Whether `text` is `ident` with each `_` written `.`.
const fn same_but_dots(text: &str, ident: &str) -> bool {
    let (a, b) = (text.as_bytes(), ident.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        let ok = a[i] == b[i] || (a[i] == b'.' && b[i] == b'_');
        if !ok {
            return false;
        }
        i += 1;
    }
    true
}

macro_rules! define_registry {
    ($(
        arch $arch:ident $Arch:ident $Op:ident $archname:literal $order:ident {
            $(ext $ext:ident $title:literal $feature:literal {
                $(($name:ident $Var:ident $shape:ident ($($operand:ident),*)
                    [$($host:ident $hfeat:literal),*] $summary:literal))*
            })*
            planned {
                $(($pname:ident $pext:ident $pfeature:literal))*
            }
        }
    )*) => {
        $(
            #[doc = concat!("The ", $archname, " instructions the library evaluates (one variant per registry row).")]
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub enum $Op {
                $($(
                    #[doc = concat!($archname, " ", stringify!($name), ": ", $summary, ".")]
                    $Var,
                )*)*
            }

            impl $Op {
                /// Every op of this architecture, in registry order.
                pub const ALL: &'static [$Op] = &[$($($Op::$Var,)*)*];

                /// The lowercase mnemonic as a vector line writes it.
                #[must_use]
                pub const fn mnemonic(self) -> &'static str {
                    match self {
                        $($($Op::$Var => row_text!($shape $name $Var),)*)*
                    }
                }

                /// How many register operands the row has (its operand names).
                #[must_use]
                pub const fn sources(self) -> usize {
                    match self {
                        $($($Op::$Var => [$(stringify!($operand)),*].len(),)*)*
                    }
                }

                /// The vector-executor op of a [`Shape::V`] row.
                #[must_use]
                pub const fn vop(self) -> Option<crate::riscv::v::VOp> {
                    match self {
                        $($($Op::$Var => row_vop!($shape $Var),)*)*
                    }
                }

                /// The operand shape.
                #[must_use]
                pub const fn shape(self) -> Shape {
                    match self {
                        $($($Op::$Var => Shape::$shape,)*)*
                    }
                }
            }
        )*

        /// An instruction the library evaluates: the architecture, then the op.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Op {
            $(
                #[doc = concat!("An ", $archname, " instruction.")]
                $Arch($Op),
            )*
        }

        impl Op {
            /// The architecture the op belongs to.
            #[must_use]
            pub const fn arch(self) -> Arch {
                match self {
                    $(Op::$Arch(_) => Arch::$Arch,)*
                }
            }

            /// The lowercase mnemonic.
            #[must_use]
            pub const fn mnemonic(self) -> &'static str {
                match self {
                    $(Op::$Arch(o) => o.mnemonic(),)*
                }
            }

            /// The operand shape.
            #[must_use]
            pub const fn shape(self) -> Shape {
                match self {
                    $(Op::$Arch(o) => o.shape(),)*
                }
            }

            /// How many register operands the instruction has (its row's
            /// operand names; [`Shape::sources`] except for [`Shape::V`], whose
            /// rows have 2 or 3).
            #[must_use]
            pub const fn sources(self) -> usize {
                match self {
                    $(Op::$Arch(o) => o.sources(),)*
                }
            }

            /// The RISC-V vector-executor op of a [`Shape::V`] row.
            #[must_use]
            pub const fn vop(self) -> Option<crate::riscv::v::VOp> {
                match self {
                    $(Op::$Arch(o) => o.vop(),)*
                }
            }
        }

        impl Arch {
            /// How this architecture's 16-byte register images are ordered in
            /// the vector format and the C ABI (the registry's `le`/`be`).
            #[must_use]
            pub const fn register_order(self) -> RegisterOrder {
                match self {
                    $(Arch::$Arch => register_order!($order),)*
                }
            }
        }

        /// Every row of the registry: the implemented instructions of each
        /// architecture in order, then its planned ones.
        pub const INSTRUCTIONS: &[Instruction] = &[
            $(
                $($(Instruction {
                    arch: Arch::$Arch,
                    extension: stringify!($ext),
                    extension_title: $title,
                    mnemonic: row_text!($shape $name $Var),
                    ident: stringify!($name),
                    op: Some(Op::$Arch($Op::$Var)),
                    shape: Shape::$shape,
                    operands: &[$(stringify!($operand)),*],
                    feature: $feature,
                    host: &[$((stringify!($host), $hfeat)),*],
                    summary: $summary,
                },)*)*
                $(Instruction {
                    arch: Arch::$Arch,
                    extension: stringify!($pext),
                    extension_title: stringify!($pext),
                    mnemonic: stringify!($pname),
                    ident: stringify!($pname),
                    op: None,
                    shape: Shape::R2,
                    operands: &[],
                    feature: $pfeature,
                    host: &[],
                    summary: "not implemented yet",
                },)*
            )*
        ];
    };
}
for_each_instruction!(define_registry);

/// The mnemonic of `arch` closest to `text` (ASCII case-insensitive edit
/// distance at most 2, and less than half the text's length), for "did you
/// mean" hints. Allocation-free.
#[must_use]
pub fn nearest_mnemonic(arch: Arch, text: &str) -> Option<&'static str> {
    let t = text.as_bytes();
    if t.is_empty() || t.len() > 32 {
        return None;
    }
    let mut best: Option<(usize, &'static str)> = None;
    for i in INSTRUCTIONS.iter().filter(|i| i.arch == arch) {
        // The distance is at least the length difference, and only 2 or less
        // is a suggestion: skip the table for the rest (an unknown mnemonic is
        // the parser's most common error, and fuzzers make many).
        if t.len().abs_diff(i.mnemonic.len()) > 2 {
            continue;
        }
        let Some(d) = edit_distance_within(t, i.mnemonic.as_bytes(), 2) else {
            continue;
        };
        if 2 * d < t.len() && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, i.mnemonic));
        }
    }
    best.map(|(_, m)| m)
}

/// Levenshtein distance of two short ASCII strings (case-insensitive), at
/// most 32 bytes each, or `None` once it is known to exceed `max` (longer
/// strings compare as too far apart). A row's smallest entry never decreases
/// in the next row, so the search stops at the first row whose every entry is
/// over `max`.
fn edit_distance_within(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len() > 32 || b.len() > 32 {
        return None;
    }
    let mut prev = [0usize; 33];
    let mut cur = [0usize; 33];
    for (j, p) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *p = j;
    }
    for (i, &x) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, &y) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(!x.eq_ignore_ascii_case(&y));
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > max {
            return None;
        }
        prev = cur;
    }
    Some(prev[b.len()]).filter(|&d| d <= max)
}

impl Op {
    /// The op's position in [`INSTRUCTIONS`] (stable while rows are only
    /// appended; used to derive per-op random streams).
    #[must_use]
    pub fn index(self) -> usize {
        INSTRUCTIONS
            .iter()
            .position(|i| i.op == Some(self))
            .expect("every op has a registry row (both come from the same list)")
    }

    /// The op's registry row.
    #[must_use]
    pub fn instruction(self) -> &'static Instruction {
        &INSTRUCTIONS[self.index()]
    }
}

impl Op {
    /// The largest immediate the instruction encodes: 255 (an 8-bit field)
    /// except where the manual's field is narrower. POWER `vshasigmaw` and
    /// `vshasigmad` take `ST << 4 | SIX` (a 1-bit and a 4-bit field), 0 to 31;
    /// the RISC-V `.vi` forms 31 (5 bits; `vror.vi` 63, 6 bits).
    #[must_use]
    pub const fn imm_max(self) -> u8 {
        match self {
            Op::Ppc64(Ppc64Op::Vshasigmaw | Ppc64Op::Vshasigmad) => 31,
            _ => match self.vop() {
                Some(v) => v.imm_max(),
                None => u8::MAX,
            },
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.mnemonic())
    }
}

/// Every register-shaped, wide (1, 2, 4 lanes) and ymm row's free function
/// (`crate::<arch>::<name>`, on `Auto`) against the same helper on an explicit
/// `soft` backend, derived
/// from the registry so that a new row is covered without an edit: the
/// dispatch must never change a result. (The vector files replay through
/// `Op::execute` on explicit backends, so without this the free functions
/// would be unreached by the library's own tests: cargo-mutants showed it.)
#[cfg(test)]
mod free_function_tests {
    use crate::backend::Soft;

    /// Where each registry arch's free functions live (`Arm32` rows: the A32
    /// helpers of `arm::a32`, not the A64 functions of the same names).
    #[allow(unused_imports, non_snake_case)]
    mod free {
        pub(super) use crate::arm as Arm;
        pub(super) use crate::arm::a32 as Arm32;
        pub(super) use crate::ppc as Ppc64;
        pub(super) use crate::riscv as Rv32;
        pub(super) use crate::riscv as Rv64;
        pub(super) use crate::x86 as X86;
    }

    /// One row's comparison on `a, b, c` (and every immediate for `I`
    /// shapes: 0, 1, the top bit, and 0xff, besides a value from the data).
    macro_rules! check_row {
        (R1 $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            assert_eq!(
                free::$Arch::$name($a),
                crate::$arch::$Arch(Soft).$name($a),
                stringify!($name)
            );
            true
        }};
        (R2 $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            assert_eq!(
                free::$Arch::$name($a, $b),
                crate::$arch::$Arch(Soft).$name($a, $b),
                stringify!($name)
            );
            true
        }};
        (R3 $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            assert_eq!(
                free::$Arch::$name($a, $b, $c),
                crate::$arch::$Arch(Soft).$name($a, $b, $c),
                stringify!($name)
            );
            true
        }};
        (R1I $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            for imm in [0, 1, 0x80, 0xff, $c as u8] {
                assert_eq!(
                    free::$Arch::$name($a, imm),
                    crate::$arch::$Arch(Soft).$name($a, imm),
                    stringify!($name)
                );
            }
            true
        }};
        (R2I $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            for imm in [0, 1, 0x80, 0xff, $c as u8] {
                assert_eq!(
                    free::$Arch::$name($a, $b, imm),
                    crate::$arch::$Arch(Soft).$name($a, $b, imm),
                    stringify!($name)
                );
            }
            true
        }};
        (R3I $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            for imm in [0, 1, 0x80, 0xff, $c as u8] {
                assert_eq!(
                    free::$Arch::$name($a, $b, $c, imm),
                    crate::$arch::$Arch(Soft).$name($a, $b, $c, imm),
                    stringify!($name)
                );
            }
            true
        }};
        // Wide (VAES, VPCLMULQDQ, GFNI) at 1, 2 and 4 lanes; VEX.128/256 at 1
        // and 2; the ymm forms.
        (W2 $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            check_row!(@lanes $arch $Arch $name ($a, $b) {} [1 2 4]);
            true
        }};
        (V2 $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            check_row!(@lanes $arch $Arch $name ($a, $b) {} [1 2]);
            true
        }};
        (W2I $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            for imm in [0, 1, 0x80, 0xff, $c as u8] {
                check_row!(@lanes $arch $Arch $name ($a, $b) {, imm} [1 2 4]);
            }
            true
        }};
        (Y2X $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            let (y1, y2) = ([$a, $b], [$c, $a ^ $b]);
            assert_eq!(free::$Arch::$name(y1, y2, $c), crate::$arch::$Arch(Soft).$name(y1, y2, $c), stringify!($name));
            true
        }};
        (YX $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            let y1 = [$a, $b];
            assert_eq!(free::$Arch::$name(y1, $c), crate::$arch::$Arch(Soft).$name(y1, $c), stringify!($name));
            true
        }};
        (Y2 $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            let (y1, y2) = ([$a, $b], [$c, $a ^ $b]);
            assert_eq!(free::$Arch::$name(y1, y2), crate::$arch::$Arch(Soft).$name(y1, y2), stringify!($name));
            true
        }};
        // `N` lanes built from the registers (lane i of the first source is
        // `a` rotated by i bytes, of the second `b`), for each `N` in turn.
        (@lanes $arch:ident $Arch:ident $name:ident ($a:ident, $b:ident) {$($imm:tt)*} [$n:literal $($rest:literal)*]) => {
            let x: [u128; $n] = core::array::from_fn(|i| $a.rotate_left(8 * i as u32));
            let y: [u128; $n] = core::array::from_fn(|i| $b.rotate_left(8 * i as u32));
            assert_eq!(
                free::$Arch::$name::<$n>(x, y $($imm)*),
                crate::$arch::$Arch(Soft).$name::<$n>(x, y $($imm)*),
                "{} at {} lanes", stringify!($name), $n
            );
            check_row!(@lanes $arch $Arch $name ($a, $b) {$($imm)*} [$($rest)*]);
        };
        (@lanes $arch:ident $Arch:ident $name:ident ($a:ident, $b:ident) {$($imm:tt)*} []) => {};
        // A32 VMULL.P64: two doublewords.
        (D2 $arch:ident $Arch:ident $name:ident $a:ident $b:ident $c:ident) => {{
            let (dn, dm) = ($a as u64, ($b >> 64) as u64);
            assert_eq!(free::$Arch::$name(dn, dm), crate::$arch::$Arch(Soft).$name(dn, dm), stringify!($name));
            true
        }};
        // Other shapes (SVE slices, general-purpose, POWER's and RISC-V's
        // vector groups) have their own free-function tests in their modules.
        ($shape:ident $($rest:tt)*) => {
            false
        };
    }

    macro_rules! all_rows {
        ($(
            arch $arch:ident $Arch:ident $Op:ident $archname:literal $order:ident {
                $(ext $ext:ident $title:literal $feature:literal {
                    $(($name:ident $Var:ident $shape:ident ($($operand:ident),*)
                        [$($host:ident $hfeat:literal),*] $summary:literal))*
                })*
                planned { $($planned:tt)* }
            }
        )*) => {
            #[test]
            fn free_functions_are_the_soft_backend_methods() {
                let mut checked = 0;
                for (a, b, c) in crate::test_register_triples(48) {
                    checked = 0;
                    $($($(
                        checked += usize::from(check_row!($shape $arch $Arch $name a b c));
                    )*)*)*
                }
                // The register-shaped, wide and ymm rows of x86, Arm A64/A32 and
                // POWER (89 on 2026-12-03): a floor, so that a change that
                // drops them fails.
                assert!(checked >= 89, "{checked} rows checked");
            }
        };
    }
    crate::for_each_instruction!(all_rows);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances_are_levenshtein_up_to_the_bound() {
        let d = |a: &str, b: &str, max| edit_distance_within(a.as_bytes(), b.as_bytes(), max);
        assert_eq!(d("kitten", "sitting", 3), Some(3));
        assert_eq!(d("kitten", "sitting", 2), None);
        assert_eq!(d("AESENC", "aesenc", 0), Some(0));
        assert_eq!(d("abc", "", 3), Some(3));
        assert_eq!(d("", "ab", 2), Some(2));
        assert_eq!(d("flaw", "lawn", 2), Some(2));
        // Every row's minimum is over the bound long before the end.
        assert_eq!(d("xxxxxxxx", "aesenc", 2), None);
        assert_eq!(d(&"a".repeat(33), "a", 40), None);
    }

    #[test]
    fn suggestions() {
        assert_eq!(nearest_mnemonic(Arch::X86, "aesencc"), Some("aesenc"));
        assert_eq!(nearest_mnemonic(Arch::X86, "AESDECLST"), Some("aesdeclast"));
        // Two bytes longer or shorter is still within reach; three is not.
        assert_eq!(
            nearest_mnemonic(Arch::X86, "aesdeclastxx"),
            Some("aesdeclast")
        );
        assert_eq!(
            nearest_mnemonic(Arch::X86, "sha256rnd"),
            Some("sha256rnds2")
        );
        assert_eq!(nearest_mnemonic(Arch::X86, "sha1msg"), Some("sha1msg1"));
        assert_eq!(nearest_mnemonic(Arch::X86, "sha"), None);
        assert_eq!(nearest_mnemonic(Arch::X86, "aesdeclastxxx"), None);
        assert_eq!(nearest_mnemonic(Arch::Arm, "aesenc"), Some("aese"));
        assert_eq!(nearest_mnemonic(Arch::Arm, "vcipher"), None);
        assert_eq!(nearest_mnemonic(Arch::X86, "zz"), None);
        assert_eq!(nearest_mnemonic(Arch::X86, ""), None);
    }

    #[test]
    fn every_registry_arch_is_listed() {
        for i in INSTRUCTIONS {
            assert!(Arch::ALL.contains(&i.arch), "{}", i.arch);
            assert_eq!(i.arch.as_str().parse::<Arch>(), Ok(i.arch));
        }
    }

    #[test]
    fn rows_are_unique_and_consistent() {
        for (i, a) in INSTRUCTIONS.iter().enumerate() {
            for b in &INSTRUCTIONS[i + 1..] {
                assert!(
                    !(a.arch == b.arch && a.mnemonic == b.mnemonic),
                    "{} {} twice",
                    a.arch,
                    a.mnemonic
                );
            }
            if let Some(op) = a.op {
                assert_eq!(op.arch(), a.arch);
                assert_eq!(op.mnemonic(), a.mnemonic);
                assert_eq!(op.shape(), a.shape);
                assert_eq!(a.operands.len(), op.sources());
                if a.shape == Shape::V {
                    assert!(op.sources() <= a.shape.sources());
                    assert_eq!(a.ident.replace('_', "."), a.mnemonic);
                } else {
                    assert_eq!(a.operands.len(), a.shape.sources());
                    assert_eq!(a.ident, a.mnemonic);
                }
                assert_eq!(op.instruction(), a);
            }
        }
        assert_eq!(
            X86Op::ALL.len()
                + ArmOp::ALL.len()
                + Arm32Op::ALL.len()
                + Ppc64Op::ALL.len()
                + Rv32Op::ALL.len()
                + Rv64Op::ALL.len(),
            INSTRUCTIONS.iter().filter(|i| i.implemented()).count()
        );
    }
}
