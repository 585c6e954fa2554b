/* Generated from the instruction registry (src/registry.rs) by
 *   cargo run -q -p crypto-insn-tools -- header > include/crypto_insn.h
 * Do not edit: CI fails when this file differs from the generator's output. */
/*
 * crypto_insn.h -- the C ABI of crypto-insn: bit-exact CPU cryptography
 * instructions for emulators written in C or C++.
 *
 * Link with libcrypto_insn_capi.a (and -lpthread -ldl -lm) or
 * libcrypto_insn_capi.so, built by `cargo build --release -p crypto-insn-capi`.
 *
 * Registers are 16-byte arrays in MEMORY ORDER: byte i is bits 8i+7..8i of the
 * register, exactly what _mm_storeu_si128 / vst1q_u8 store. Wide x86 operations
 * take 16*lanes bytes, lane 0 (bits 127:0) first. POWER (crypto_insn_ppc_*)
 * registers are 16 bytes in ISA BYTE ORDER instead: byte 0 is the ISA's byte 0,
 * the most significant (what a big-endian stvx / stxvb16x stores); an emulator
 * holding the little-endian host layout (QEMU's ppc_avr_t on x86) reverses the
 * 16 bytes first.
 *
 * Contract, for every function returning int:
 *  - all sources are read before dst is written, so dst may be the same array
 *    as any source (full aliasing is allowed; partial overlap is not);
 *  - a NULL pointer returns CRYPTO_INSN_ERR_NULL and writes nothing; other
 *    pointers must be valid for the sizes above (not checkable);
 *  - a lane count other than 1, 2 or 4 returns CRYPTO_INSN_ERR_ARG;
 *  - the result is the destination register at the operation width; what
 *    happens to wider bits (SSE keeps, VEX/EVEX zero) is the emulator's part;
 *  - the functions are thread-safe.
 */
#ifndef CRYPTO_INSN_H
#define CRYPTO_INSN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes. */
#define CRYPTO_INSN_OK 0
#define CRYPTO_INSN_ERR_NULL (-1)        /* a pointer was NULL; nothing written */
#define CRYPTO_INSN_ERR_ARG (-2)         /* lane count not 1, 2 or 4 */
#define CRYPTO_INSN_ERR_UNAVAILABLE (-3) /* backend not available on this CPU/build */
#define CRYPTO_INSN_ERR_UNKNOWN (-4)     /* not a backend name */

/* The library version ("0.1.0"), a static string. */
const char *crypto_insn_version(void);

/* Selects the backend for all later calls in the process: "auto" (default:
 * native when the CPU has it, else soft), "soft" (table-driven), "ct"
 * (constant-time software) or "native". Returns a status; "native" on a CPU
 * without the instructions is CRYPTO_INSN_ERR_UNAVAILABLE (never a silent
 * fallback). */
int crypto_insn_set_backend(const char *name);

/* The backend calls run on now: "soft", "ct" or "native" (static string). */
const char *crypto_insn_backend(void);

/* x86 AES-NI (CPUID.01H:ECX.AES[bit 25]). */
int crypto_insn_x86_aesenc(uint8_t *dst, const uint8_t *state, const uint8_t *round_key); /* SubBytes, ShiftRows, MixColumns, AddRoundKey */
int crypto_insn_x86_aesenclast(uint8_t *dst, const uint8_t *state, const uint8_t *round_key); /* SubBytes, ShiftRows, AddRoundKey */
int crypto_insn_x86_aesdec(uint8_t *dst, const uint8_t *state, const uint8_t *round_key); /* InvShiftRows, InvSubBytes, InvMixColumns, AddRoundKey */
int crypto_insn_x86_aesdeclast(uint8_t *dst, const uint8_t *state, const uint8_t *round_key); /* InvShiftRows, InvSubBytes, AddRoundKey */
int crypto_insn_x86_aesimc(uint8_t *dst, const uint8_t *src); /* InvMixColumns */
int crypto_insn_x86_aeskeygenassist(uint8_t *dst, const uint8_t *src, uint8_t imm8); /* SubWord, RotWord, XOR RCON on dwords 1 and 3 */

/* x86 PCLMULQDQ (CPUID.01H:ECX.PCLMULQDQ[bit 1]). */
int crypto_insn_x86_pclmulqdq(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, uint8_t imm8); /* 64x64 carry-less multiply of the qwords imm8 bits 0 and 4 pick */

/* x86 SHA (CPUID.(EAX=07H,ECX=0):EBX.SHA[bit 29]). */
int crypto_insn_x86_sha1rnds4(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, uint8_t imm8); /* four SHA-1 rounds, f and K from imm8 bits 1:0 */
int crypto_insn_x86_sha1nexte(uint8_t *dst, const uint8_t *src1, const uint8_t *src2); /* SRC2 with (SRC1 dword 3 ROL 30) added into its top dword */
int crypto_insn_x86_sha1msg1(uint8_t *dst, const uint8_t *src1, const uint8_t *src2); /* SHA-1 schedule, XOR part */
int crypto_insn_x86_sha1msg2(uint8_t *dst, const uint8_t *src1, const uint8_t *src2); /* SHA-1 schedule, W16..W19 with ROL 1 */
int crypto_insn_x86_sha256rnds2(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, const uint8_t *xmm0); /* two SHA-256 rounds: {C,D,G,H}, {A,B,E,F}, WK in XMM0 */
int crypto_insn_x86_sha256msg1(uint8_t *dst, const uint8_t *src1, const uint8_t *src2); /* SHA-256 schedule, W + sigma0 */
int crypto_insn_x86_sha256msg2(uint8_t *dst, const uint8_t *src1, const uint8_t *src2); /* SHA-256 schedule, W16..W19 with sigma1 */

/* x86 VAES (CPUID.(EAX=07H,ECX=0):ECX.VAES[bit 9] (+AVX, AVX512F for 512 bits)). Each array is 16*lanes bytes, lanes = 1 (VEX.128), 2 (256-bit) or 4 (512-bit). */
int crypto_insn_x86_vaesenc(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes); /* AESENC on each 128-bit lane */
int crypto_insn_x86_vaesenclast(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes); /* AESENCLAST on each 128-bit lane */
int crypto_insn_x86_vaesdec(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes); /* AESDEC on each 128-bit lane */
int crypto_insn_x86_vaesdeclast(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes); /* AESDECLAST on each 128-bit lane */

/* x86 VPCLMULQDQ (CPUID.(EAX=07H,ECX=0):ECX.VPCLMULQDQ[bit 10] (+AVX, AVX512F for 512 bits)). Each array is 16*lanes bytes, lanes = 1 (VEX.128), 2 (256-bit) or 4 (512-bit). */
int crypto_insn_x86_vpclmulqdq(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, size_t lanes, uint8_t imm8); /* PCLMULQDQ on each 128-bit lane, one imm8 */

/* arm AES (FEAT_AES (ID_AA64ISAR0_EL1.AES >= 0b0001, HWCAP_AES)). */
int crypto_insn_arm_aese(uint8_t *dst, const uint8_t *state, const uint8_t *key); /* AddRoundKey, SubBytes, ShiftRows */
int crypto_insn_arm_aesd(uint8_t *dst, const uint8_t *state, const uint8_t *key); /* AddRoundKey, InvShiftRows, InvSubBytes */
int crypto_insn_arm_aesmc(uint8_t *dst, const uint8_t *src); /* MixColumns */
int crypto_insn_arm_aesimc(uint8_t *dst, const uint8_t *src); /* InvMixColumns */

/* arm PMULL (FEAT_PMULL (ID_AA64ISAR0_EL1.AES == 0b0010, HWCAP_PMULL)). */
int crypto_insn_arm_pmull(uint8_t *dst, const uint8_t *n, const uint8_t *m); /* 64x64 carry-less multiply of the low doublewords */
int crypto_insn_arm_pmull2(uint8_t *dst, const uint8_t *n, const uint8_t *m); /* 64x64 carry-less multiply of the high doublewords */

/* arm SHA1 (FEAT_SHA1 (HWCAP_SHA1)). */
int crypto_insn_arm_sha1c(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* four SHA-1 rounds with Choose */
int crypto_insn_arm_sha1p(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* four SHA-1 rounds with Parity */
int crypto_insn_arm_sha1m(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* four SHA-1 rounds with Majority */
int crypto_insn_arm_sha1h(uint8_t *dst, const uint8_t *n); /* ROL 30 of bits 31:0, zero-extended */
int crypto_insn_arm_sha1su0(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* SHA-1 schedule update 0 */
int crypto_insn_arm_sha1su1(uint8_t *dst, const uint8_t *d, const uint8_t *n); /* SHA-1 schedule update 1 */

/* arm SHA256 (FEAT_SHA256 (HWCAP_SHA2)). */
int crypto_insn_arm_sha256h(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* four SHA-256 rounds, new {a,b,c,d} */
int crypto_insn_arm_sha256h2(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* four SHA-256 rounds, new {e,f,g,h} */
int crypto_insn_arm_sha256su0(uint8_t *dst, const uint8_t *d, const uint8_t *n); /* SHA-256 schedule update 0 */
int crypto_insn_arm_sha256su1(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* SHA-256 schedule update 1 */

/* ppc64 Vector Crypto (Power ISA 2.07 Vector Crypto (POWER8; Linux AT_HWCAP2 PPC_FEATURE2_VEC_CRYPTO)). */
int crypto_insn_ppc64_vcipher(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb); /* SubBytes, ShiftRows, MixColumns, AddRoundKey */
int crypto_insn_ppc64_vcipherlast(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb); /* SubBytes, ShiftRows, AddRoundKey */
int crypto_insn_ppc64_vncipher(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb); /* InvShiftRows, InvSubBytes, AddRoundKey, InvMixColumns */
int crypto_insn_ppc64_vncipherlast(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb); /* InvShiftRows, InvSubBytes, AddRoundKey */
int crypto_insn_ppc64_vsbox(uint8_t *dst, const uint8_t *vra); /* SubBytes */
int crypto_insn_ppc64_vpmsumb(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb); /* per halfword: XOR of the two 8x8 carry-less products of its bytes */
int crypto_insn_ppc64_vpmsumh(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb); /* per word: XOR of the two 16x16 carry-less products of its halfwords */
int crypto_insn_ppc64_vpmsumw(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb); /* per doubleword: XOR of the two 32x32 carry-less products of its words */
int crypto_insn_ppc64_vpmsumd(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb); /* XOR of the two 64x64 carry-less products of the doublewords */
int crypto_insn_ppc64_vshasigmaw(uint8_t *dst, const uint8_t *vra, uint8_t imm8); /* SHA-256 sigma0/sigma1/Sigma0/Sigma1 per word, chosen by ST and SIX (imm ST<<4 | SIX) */
int crypto_insn_ppc64_vshasigmad(uint8_t *dst, const uint8_t *vra, uint8_t imm8); /* SHA-512 sigma0/sigma1/Sigma0/Sigma1 per doubleword, chosen by ST and SIX (imm ST<<4 | SIX) */
int crypto_insn_ppc64_vpermxor(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb, const uint8_t *vrc); /* per byte: VRA byte (VRC high nibble) XOR VRB byte (VRC low nibble) */

/* Every instruction as X(arch, mnemonic, shape), in registry order, for
 * tables of function pointers. Shapes: R1 (dst, a), R1I (dst, a, imm8), R2
 * (dst, a, b), R2I (dst, a, b, imm8), R3 (dst, a, b, c), W2 (dst, a, b,
 * lanes), W2I (dst, a, b, lanes, imm8). */
#define CRYPTO_INSN_FOR_EACH_INSTRUCTION(X) \
    X(x86, aesenc, R2) \
    X(x86, aesenclast, R2) \
    X(x86, aesdec, R2) \
    X(x86, aesdeclast, R2) \
    X(x86, aesimc, R1) \
    X(x86, aeskeygenassist, R1I) \
    X(x86, pclmulqdq, R2I) \
    X(x86, sha1rnds4, R2I) \
    X(x86, sha1nexte, R2) \
    X(x86, sha1msg1, R2) \
    X(x86, sha1msg2, R2) \
    X(x86, sha256rnds2, R3) \
    X(x86, sha256msg1, R2) \
    X(x86, sha256msg2, R2) \
    X(x86, vaesenc, W2) \
    X(x86, vaesenclast, W2) \
    X(x86, vaesdec, W2) \
    X(x86, vaesdeclast, W2) \
    X(x86, vpclmulqdq, W2I) \
    X(arm, aese, R2) \
    X(arm, aesd, R2) \
    X(arm, aesmc, R1) \
    X(arm, aesimc, R1) \
    X(arm, pmull, R2) \
    X(arm, pmull2, R2) \
    X(arm, sha1c, R3) \
    X(arm, sha1p, R3) \
    X(arm, sha1m, R3) \
    X(arm, sha1h, R1) \
    X(arm, sha1su0, R3) \
    X(arm, sha1su1, R2) \
    X(arm, sha256h, R3) \
    X(arm, sha256h2, R3) \
    X(arm, sha256su0, R2) \
    X(arm, sha256su1, R3) \
    X(ppc64, vcipher, R2) \
    X(ppc64, vcipherlast, R2) \
    X(ppc64, vncipher, R2) \
    X(ppc64, vncipherlast, R2) \
    X(ppc64, vsbox, R1) \
    X(ppc64, vpmsumb, R2) \
    X(ppc64, vpmsumh, R2) \
    X(ppc64, vpmsumw, R2) \
    X(ppc64, vpmsumd, R2) \
    X(ppc64, vshasigmaw, R1I) \
    X(ppc64, vshasigmad, R1I) \
    X(ppc64, vpermxor, R3)

#ifdef __cplusplus
}
#endif

#endif /* CRYPTO_INSN_H */
