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
 *  - a lane count the instruction does not have returns CRYPTO_INSN_ERR_ARG;
 *  - the result is the destination register at the operation width; what
 *    happens to wider bits (SSE keeps, VEX/EVEX zero) is the emulator's part;
 *  - the functions are thread-safe; crypto_insn_set_backend takes effect for
 *    the calls that start after it returns (each call reads the selection
 *    once, so a call in flight finishes on the backend it started with; every
 *    backend gives the same results);
 *  - buffers need no alignment; partially overlapping buffers are undefined
 *    (not checked on the fast path).
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
#define CRYPTO_INSN_ERR_ILLEGAL (-5)     /* a reserved encoding (the guest raises illegal-instruction); nothing written */

/* The library version ("0.1.0"), a static string. */
const char *crypto_insn_version(void);

/* Selects the backend for all later calls in the process (the exports forward
 * through its table; see crypto_insn_table below): "auto" (default:
 * native when the CPU has it, else vperm where the CPU has SSSE3/AdvSIMD, else
 * soft), "soft" (table-driven), "ct" (constant-time software), "vperm"
 * (constant-time vector permutes) or "native". Returns a status; "native" or
 * "vperm" on a CPU without the instructions is CRYPTO_INSN_ERR_UNAVAILABLE
 * (never a silent fallback). */
int crypto_insn_set_backend(const char *name);

/* The backend calls run on now: "soft", "ct", "vperm" or "native" (static
 * string). */
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

/* x86 VAES (CPUID.(EAX=07H,ECX=0):ECX.VAES[bit 9] (+AVX, AVX512F for 512 bits)). Each array is 16*lanes bytes, lanes = 1 (128-bit), 2 (256-bit) or 4 (512-bit). */
int crypto_insn_x86_vaesenc(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes); /* AESENC on each 128-bit lane */
int crypto_insn_x86_vaesenclast(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes); /* AESENCLAST on each 128-bit lane */
int crypto_insn_x86_vaesdec(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes); /* AESDEC on each 128-bit lane */
int crypto_insn_x86_vaesdeclast(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes); /* AESDECLAST on each 128-bit lane */

/* x86 VPCLMULQDQ (CPUID.(EAX=07H,ECX=0):ECX.VPCLMULQDQ[bit 10] (+AVX, AVX512F for 512 bits)). Each array is 16*lanes bytes, lanes = 1 (128-bit), 2 (256-bit) or 4 (512-bit). */
int crypto_insn_x86_vpclmulqdq(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, size_t lanes, uint8_t imm8); /* PCLMULQDQ on each 128-bit lane, one imm8 */

/* x86 GFNI (CPUID.(EAX=07H,ECX=0):ECX.GFNI[bit 8] (+AVX for VEX, AVX512F for EVEX)). Each array is 16*lanes bytes, lanes = 1 (128-bit), 2 (256-bit) or 4 (512-bit). */
int crypto_insn_x86_gf2p8affineqb(uint8_t *dst, const uint8_t *x, const uint8_t *matrix, size_t lanes, uint8_t imm8); /* affine_byte(matrix qword, byte) XOR imm8 on every byte */
int crypto_insn_x86_gf2p8affineinvqb(uint8_t *dst, const uint8_t *x, const uint8_t *matrix, size_t lanes, uint8_t imm8); /* field inverse (mod 0x11b, inv 0 = 0), then affine_byte XOR imm8 */
int crypto_insn_x86_gf2p8mulb(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, size_t lanes); /* GF(2^8) product mod 0x11b of each byte pair */

/* x86 SHA512 (CPUID.(EAX=07H,ECX=1):EAX.SHA512[bit 0]). YMM operands and dst are 32 bytes, XMM ones 16. */
int crypto_insn_x86_sha512rnds2(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1, const uint8_t *src2); /* two SHA-512 rounds: {C,D,G,H} in ymm1, {A,B,E,F} in ymm2, WK in xmm3 */
int crypto_insn_x86_sha512msg1(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1); /* SHA-512 schedule, W + sigma0 */
int crypto_insn_x86_sha512msg2(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1); /* SHA-512 schedule, W16..W19 with sigma1 */

/* x86 SM3 (CPUID.(EAX=07H,ECX=1):EAX.SM3[bit 1]). */
int crypto_insn_x86_sm3msg1(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1, const uint8_t *src2); /* SM3 expansion, P1 part of W16..W19 */
int crypto_insn_x86_sm3msg2(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1, const uint8_t *src2); /* SM3 expansion, W16..W19 */
int crypto_insn_x86_sm3rnds2(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1, const uint8_t *src2, uint8_t imm8); /* two SM3 rounds: {C,D,G,H} in xmm1, {A,B,E,F} in xmm2, round imm8 & 0x3e */

/* x86 SM4 (CPUID.(EAX=07H,ECX=1):EAX.SM4[bit 2]). Each array is 16*lanes bytes, lanes = 1 (VEX.128) or 2 (VEX.256). */
int crypto_insn_x86_sm4key4(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, size_t lanes); /* four SM4 key-expansion rounds on each 128-bit lane */
int crypto_insn_x86_sm4rnds4(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, size_t lanes); /* four SM4 rounds on each 128-bit lane */

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

/* arm SHA512 (FEAT_SHA512 (ID_AA64ISAR0_EL1.SHA2 == 0b0010, HWCAP_SHA512)). */
int crypto_insn_arm_sha512h(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* two SHA-512 rounds, part 1: the two T1 values */
int crypto_insn_arm_sha512h2(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* two SHA-512 rounds, part 2: the two new a values */
int crypto_insn_arm_sha512su0(uint8_t *dst, const uint8_t *d, const uint8_t *n); /* SHA-512 schedule update 0: W + sigma0 */
int crypto_insn_arm_sha512su1(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* SHA-512 schedule update 1: + sigma1 + W[t-7] */

/* arm SHA3 (FEAT_SHA3 (ID_AA64ISAR0_EL1.SHA3 == 0b0001, HWCAP_SHA3)). */
int crypto_insn_arm_eor3(uint8_t *dst, const uint8_t *n, const uint8_t *m, const uint8_t *a); /* three-way exclusive OR */
int crypto_insn_arm_rax1(uint8_t *dst, const uint8_t *n, const uint8_t *m); /* n XOR (m ROL 1) on each 64-bit lane */
int crypto_insn_arm_xar(uint8_t *dst, const uint8_t *n, const uint8_t *m, uint8_t imm8); /* (n XOR m) ROR imm6 on each 64-bit lane */
int crypto_insn_arm_bcax(uint8_t *dst, const uint8_t *n, const uint8_t *m, const uint8_t *a); /* n XOR (m AND NOT a) */

/* arm SM3 (FEAT_SM3 (ID_AA64ISAR0_EL1.SM3 == 0b0001, HWCAP_SM3)). */
int crypto_insn_arm_sm3ss1(uint8_t *dst, const uint8_t *n, const uint8_t *m, const uint8_t *a); /* SS1 = ((A ROL 12) + E + T) ROL 7 in the top word, zeros below */
int crypto_insn_arm_sm3tt1a(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m, uint8_t imm8); /* SM3 round, A-D half, FF0 (rounds 0-15), W' word imm2 */
int crypto_insn_arm_sm3tt1b(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m, uint8_t imm8); /* SM3 round, A-D half, FF1 (rounds 16-63), W' word imm2 */
int crypto_insn_arm_sm3tt2a(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m, uint8_t imm8); /* SM3 round, E-H half, GG0 (rounds 0-15), W word imm2 */
int crypto_insn_arm_sm3tt2b(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m, uint8_t imm8); /* SM3 round, E-H half, GG1 (rounds 16-63), W word imm2 */
int crypto_insn_arm_sm3partw1(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* SM3 message expansion, part 1 (P1 of the first terms) */
int crypto_insn_arm_sm3partw2(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m); /* SM3 message expansion, part 2 (the W[j-13], W[j-6] terms) */

/* arm SM4 (FEAT_SM4 (ID_AA64ISAR0_EL1.SM4 == 0b0001, HWCAP_SM4)). */
int crypto_insn_arm_sm4e(uint8_t *dst, const uint8_t *d, const uint8_t *n); /* four SM4 rounds, round keys from n */
int crypto_insn_arm_sm4ekey(uint8_t *dst, const uint8_t *n, const uint8_t *m); /* four SM4 key-expansion rounds, constants CK from m */

/* arm SVE AES (FEAT_SVE_AES (SVE2; ID_AA64ZFR0_EL1.AES >= 0b0001, HWCAP2_SVEAES)). SVE Z registers: each array is 16*segments bytes (what STR Zn stores), segments = VL/128 = 1 to 16; unpredicated, every segment independent. */
int crypto_insn_arm_sve_aese(uint8_t *dst, const uint8_t *zdn, const uint8_t *zm, size_t segments); /* AESE on each 128-bit segment */
int crypto_insn_arm_sve_aesd(uint8_t *dst, const uint8_t *zdn, const uint8_t *zm, size_t segments); /* AESD on each 128-bit segment */
int crypto_insn_arm_sve_aesmc(uint8_t *dst, const uint8_t *zdn, size_t segments); /* AESMC on each 128-bit segment */
int crypto_insn_arm_sve_aesimc(uint8_t *dst, const uint8_t *zdn, size_t segments); /* AESIMC on each 128-bit segment */

/* arm SVE PMULL128 (FEAT_SVE_PMULL128 (SVE2; ID_AA64ZFR0_EL1.AES == 0b0010, HWCAP2_SVEPMULL)). SVE Z registers: each array is 16*segments bytes (what STR Zn stores), segments = VL/128 = 1 to 16; unpredicated, every segment independent. */
int crypto_insn_arm_sve_pmullb(uint8_t *dst, const uint8_t *zn, const uint8_t *zm, size_t segments); /* 64x64 carry-less multiply of the even doublewords of each segment */
int crypto_insn_arm_sve_pmullt(uint8_t *dst, const uint8_t *zn, const uint8_t *zm, size_t segments); /* 64x64 carry-less multiply of the odd doublewords of each segment */

/* arm SVE SHA3 (FEAT_SVE_SHA3 (SVE2; ID_AA64ZFR0_EL1.SHA3 == 0b0001, HWCAP2_SVESHA3)). SVE Z registers: each array is 16*segments bytes (what STR Zn stores), segments = VL/128 = 1 to 16; unpredicated, every segment independent. */
int crypto_insn_arm_sve_rax1(uint8_t *dst, const uint8_t *zn, const uint8_t *zm, size_t segments); /* n XOR (m ROL 1) on each 64-bit element */

/* arm SVE SM4 (FEAT_SVE_SM4 (SVE2; ID_AA64ZFR0_EL1.SM4 == 0b0001, HWCAP2_SVESM4)). SVE Z registers: each array is 16*segments bytes (what STR Zn stores), segments = VL/128 = 1 to 16; unpredicated, every segment independent. */
int crypto_insn_arm_sve_sm4e(uint8_t *dst, const uint8_t *zdn, const uint8_t *zm, size_t segments); /* SM4E on each 128-bit segment */
int crypto_insn_arm_sve_sm4ekey(uint8_t *dst, const uint8_t *zn, const uint8_t *zm, size_t segments); /* SM4EKEY on each 128-bit segment */

/* arm32 AES (FEAT_AES (ID_ISAR5.AES >= 0b0001, Linux AT_HWCAP2 HWCAP2_AES)). */
int crypto_insn_arm32_aese(uint8_t *dst, const uint8_t *qd, const uint8_t *qm); /* AddRoundKey, SubBytes, ShiftRows */
int crypto_insn_arm32_aesd(uint8_t *dst, const uint8_t *qd, const uint8_t *qm); /* AddRoundKey, InvShiftRows, InvSubBytes */
int crypto_insn_arm32_aesmc(uint8_t *dst, const uint8_t *qm); /* MixColumns */
int crypto_insn_arm32_aesimc(uint8_t *dst, const uint8_t *qm); /* InvMixColumns */

/* arm32 PMULL (FEAT_PMULL (ID_ISAR5.AES == 0b0010, HWCAP2_PMULL)). dn and dm are 8-byte D registers, dst a 16-byte Q register. */
int crypto_insn_arm32_vmull_p64(uint8_t *dst, const uint8_t *dn, const uint8_t *dm); /* 64x64 carry-less multiply Dn x Dm into Qd */

/* arm32 SHA1 (FEAT_SHA1 (ID_ISAR5.SHA1 == 0b0001, HWCAP2_SHA1)). */
int crypto_insn_arm32_sha1c(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm); /* four SHA-1 rounds with Choose, e from Qn element 0 */
int crypto_insn_arm32_sha1p(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm); /* four SHA-1 rounds with Parity, e from Qn element 0 */
int crypto_insn_arm32_sha1m(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm); /* four SHA-1 rounds with Majority, e from Qn element 0 */
int crypto_insn_arm32_sha1h(uint8_t *dst, const uint8_t *qm); /* ROL 30 of Qm element 0, zero-extended */
int crypto_insn_arm32_sha1su0(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm); /* SHA-1 schedule update 0 */
int crypto_insn_arm32_sha1su1(uint8_t *dst, const uint8_t *qd, const uint8_t *qm); /* SHA-1 schedule update 1 */

/* arm32 SHA256 (FEAT_SHA256 (ID_ISAR5.SHA2 == 0b0001, HWCAP2_SHA2)). */
int crypto_insn_arm32_sha256h(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm); /* four SHA-256 rounds, new {a,b,c,d} */
int crypto_insn_arm32_sha256h2(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm); /* four SHA-256 rounds, new {e,f,g,h} */
int crypto_insn_arm32_sha256su0(uint8_t *dst, const uint8_t *qd, const uint8_t *qm); /* SHA-256 schedule update 0 */
int crypto_insn_arm32_sha256su1(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm); /* SHA-256 schedule update 1 */

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

/* rv32 Zbkb (Zbkb (Linux hwprobe RISCV_HWPROBE_EXT_ZBKB)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv32_andn(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* rs1 AND NOT rs2 */
int crypto_insn_rv32_orn(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* rs1 OR NOT rs2 */
int crypto_insn_rv32_xnor(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* NOT (rs1 XOR rs2) */
int crypto_insn_rv32_rol(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* rotate left by rs2 mod XLEN */
int crypto_insn_rv32_ror(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* rotate right by rs2 mod XLEN */
int crypto_insn_rv32_rori(uint32_t *rd, uint32_t rs1, uint8_t imm); /* rotate right by shamt (0 to XLEN-1) */
int crypto_insn_rv32_pack(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* low halves of rs1 (low) and rs2 (high) */
int crypto_insn_rv32_packh(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* low bytes of rs1 and rs2, zero-extended */
int crypto_insn_rv32_rev8(uint32_t *rd, uint32_t rs1); /* byte reversal */
int crypto_insn_rv32_brev8(uint32_t *rd, uint32_t rs1); /* bit reversal in each byte */
int crypto_insn_rv32_zip(uint32_t *rd, uint32_t rs1); /* interleave the bits of the two halves */
int crypto_insn_rv32_unzip(uint32_t *rd, uint32_t rs1); /* deinterleave even and odd bits into the halves */

/* rv32 Zbkc (Zbkc (hwprobe RISCV_HWPROBE_EXT_ZBKC)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv32_clmul(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* low XLEN bits of the carry-less product */
int crypto_insn_rv32_clmulh(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* high XLEN bits of the carry-less product */

/* rv32 Zbkx (Zbkx (hwprobe RISCV_HWPROBE_EXT_ZBKX)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv32_xperm4(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* nibble lookup of rs2's nibbles in rs1 */
int crypto_insn_rv32_xperm8(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* byte lookup of rs2's bytes in rs1 */

/* rv32 Zkne (Zkne (hwprobe RISCV_HWPROBE_EXT_ZKNE)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv32_aes32esi(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm); /* SubBytes of byte bs of rs2, rotated into rs1 */
int crypto_insn_rv32_aes32esmi(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm); /* SubBytes and one MixColumns column of byte bs of rs2, rotated into rs1 */

/* rv32 Zknd (Zknd (hwprobe RISCV_HWPROBE_EXT_ZKND)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv32_aes32dsi(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm); /* InvSubBytes of byte bs of rs2, rotated into rs1 */
int crypto_insn_rv32_aes32dsmi(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm); /* InvSubBytes and one InvMixColumns column of byte bs of rs2, rotated into rs1 */

/* rv32 Zknh (Zknh (hwprobe RISCV_HWPROBE_EXT_ZKNH)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv32_sha256sig0(uint32_t *rd, uint32_t rs1); /* SHA-256 sigma0 of bits 31:0 of rs1 */
int crypto_insn_rv32_sha256sig1(uint32_t *rd, uint32_t rs1); /* SHA-256 sigma1 of bits 31:0 of rs1 */
int crypto_insn_rv32_sha256sum0(uint32_t *rd, uint32_t rs1); /* SHA-256 Sigma0 of bits 31:0 of rs1 */
int crypto_insn_rv32_sha256sum1(uint32_t *rd, uint32_t rs1); /* SHA-256 Sigma1 of bits 31:0 of rs1 */
int crypto_insn_rv32_sha512sig0h(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* high half of SHA-512 sigma0 of rs1:rs2 */
int crypto_insn_rv32_sha512sig0l(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* low half of SHA-512 sigma0 of rs2:rs1 */
int crypto_insn_rv32_sha512sig1h(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* high half of SHA-512 sigma1 of rs1:rs2 */
int crypto_insn_rv32_sha512sig1l(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* low half of SHA-512 sigma1 of rs2:rs1 */
int crypto_insn_rv32_sha512sum0r(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* low half of SHA-512 Sigma0 of rs2:rs1 */
int crypto_insn_rv32_sha512sum1r(uint32_t *rd, uint32_t rs1, uint32_t rs2); /* low half of SHA-512 Sigma1 of rs2:rs1 */

/* rv32 Zksed (Zksed (hwprobe RISCV_HWPROBE_EXT_ZKSED)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv32_sm4ed(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm); /* SM4 S-box and L of byte bs of rs2, rotated into rs1 */
int crypto_insn_rv32_sm4ks(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm); /* SM4 S-box and L' of byte bs of rs2, rotated into rs1 */

/* rv32 Zksh (Zksh (hwprobe RISCV_HWPROBE_EXT_ZKSH)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv32_sm3p0(uint32_t *rd, uint32_t rs1); /* SM3 P0 of bits 31:0 of rs1 */
int crypto_insn_rv32_sm3p1(uint32_t *rd, uint32_t rs1); /* SM3 P1 of bits 31:0 of rs1 */

/* rv32 Zvbb (Zvbb, includes Zvkb (hwprobe RISCV_HWPROBE_EXT_ZVBB)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv32_vandn_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* vs2 AND NOT vs1 per element */
int crypto_insn_rv32_vandn_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* vs2 AND NOT rs1 per element */
int crypto_insn_rv32_vbrev8_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* reverse the bits of each byte of each element */
int crypto_insn_rv32_vrev8_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* reverse the bytes of each element */
int crypto_insn_rv32_vrol_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* rotate each element left by vs1 mod SEW */
int crypto_insn_rv32_vrol_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* rotate each element left by rs1 mod SEW */
int crypto_insn_rv32_vror_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* rotate each element right by vs1 mod SEW */
int crypto_insn_rv32_vror_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* rotate each element right by rs1 mod SEW */
int crypto_insn_rv32_vror_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* rotate each element right by imm (6 bits) mod SEW */
int crypto_insn_rv32_vbrev_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* reverse the bits of each element */
int crypto_insn_rv32_vclz_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* count leading zeros of each element */
int crypto_insn_rv32_vctz_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* count trailing zeros of each element */
int crypto_insn_rv32_vcpop_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* count set bits of each element */
int crypto_insn_rv32_vwsll_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* widening shift left: 2*SEW zero-extended vs2 << (vs1 mod 2*SEW) */
int crypto_insn_rv32_vwsll_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* widening shift left by rs1 mod 2*SEW */
int crypto_insn_rv32_vwsll_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* widening shift left by imm mod 2*SEW */

/* rv32 Zvbc (Zvbc (hwprobe RISCV_HWPROBE_EXT_ZVBC)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv32_vclmul_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* low 64 bits of the 64x64 carry-less product per element */
int crypto_insn_rv32_vclmul_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* low 64 bits of the carry-less product with rs1 */
int crypto_insn_rv32_vclmulh_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* high 64 bits of the 64x64 carry-less product per element */
int crypto_insn_rv32_vclmulh_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* high 64 bits of the carry-less product with rs1 */

/* rv32 Zvkg (Zvkg (hwprobe RISCV_HWPROBE_EXT_ZVKG)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv32_vghsh_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* GHASH step per group: (vd XOR vs1) * H(vs2) in GF(2^128) */
int crypto_insn_rv32_vgmul_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* vd * H(vs2) in GF(2^128) per group */

/* rv32 Zvkned (Zvkned (hwprobe RISCV_HWPROBE_EXT_ZVKNED)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv32_vaesef_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* final encryption round: SubBytes, ShiftRows, AddRoundKey vs2 */
int crypto_insn_rv32_vaesef_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* final encryption round, one round key for every group */
int crypto_insn_rv32_vaesem_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* middle encryption round: SubBytes, ShiftRows, MixColumns, AddRoundKey */
int crypto_insn_rv32_vaesem_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* middle encryption round, one round key for every group */
int crypto_insn_rv32_vaesdf_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* final decryption round: InvShiftRows, InvSubBytes, AddRoundKey */
int crypto_insn_rv32_vaesdf_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* final decryption round, one round key for every group */
int crypto_insn_rv32_vaesdm_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* middle decryption round: InvShiftRows, InvSubBytes, AddRoundKey, InvMixColumns */
int crypto_insn_rv32_vaesdm_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* middle decryption round, one round key for every group */
int crypto_insn_rv32_vaeskf1_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* AES-128 next round key from vs2, round imm */
int crypto_insn_rv32_vaeskf2_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* AES-256 next round key from vd and vs2, round imm */
int crypto_insn_rv32_vaesz_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* round-zero AddRoundKey: vd XOR vs2's group 0 */

/* rv32 Zvknh (Zvknha (SEW 32) / Zvknhb (SEW 32, 64) (hwprobe RISCV_HWPROBE_EXT_ZVKNHA/B)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv32_vsha2ms_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* SHA-2 message schedule: four new W words */
int crypto_insn_rv32_vsha2ch_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* two SHA-2 rounds with the high message-schedule words of vs1 */
int crypto_insn_rv32_vsha2cl_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* two SHA-2 rounds with the low message-schedule words of vs1 */

/* rv32 Zvksed (Zvksed (hwprobe RISCV_HWPROBE_EXT_ZVKSED)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv32_vsm4k_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* four SM4 key-expansion rounds, round group imm */
int crypto_insn_rv32_vsm4r_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* four SM4 rounds with the round keys of vs2 */
int crypto_insn_rv32_vsm4r_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* four SM4 rounds, one round-key group for every group */

/* rv32 Zvksh (Zvksh (hwprobe RISCV_HWPROBE_EXT_ZVKSH)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv32_vsm3me_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* SM3 message expansion: eight new W words */
int crypto_insn_rv32_vsm3c_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* two SM3 compression rounds, round pair imm */

/* rv64 Zbkb (Zbkb (Linux hwprobe RISCV_HWPROBE_EXT_ZBKB)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv64_andn(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* rs1 AND NOT rs2 */
int crypto_insn_rv64_orn(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* rs1 OR NOT rs2 */
int crypto_insn_rv64_xnor(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* NOT (rs1 XOR rs2) */
int crypto_insn_rv64_rol(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* rotate left by rs2 mod XLEN */
int crypto_insn_rv64_ror(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* rotate right by rs2 mod XLEN */
int crypto_insn_rv64_rori(uint64_t *rd, uint64_t rs1, uint8_t imm); /* rotate right by shamt (0 to XLEN-1) */
int crypto_insn_rv64_rolw(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* 32-bit rotate left, sign-extended */
int crypto_insn_rv64_rorw(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* 32-bit rotate right, sign-extended */
int crypto_insn_rv64_roriw(uint64_t *rd, uint64_t rs1, uint8_t imm); /* 32-bit rotate right by shamt (0-31), sign-extended */
int crypto_insn_rv64_pack(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* low halves of rs1 (low) and rs2 (high) */
int crypto_insn_rv64_packh(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* low bytes of rs1 and rs2, zero-extended */
int crypto_insn_rv64_packw(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* low 16 bits of rs1 and rs2, sign-extended */
int crypto_insn_rv64_rev8(uint64_t *rd, uint64_t rs1); /* byte reversal */
int crypto_insn_rv64_brev8(uint64_t *rd, uint64_t rs1); /* bit reversal in each byte */

/* rv64 Zbkc (Zbkc (hwprobe RISCV_HWPROBE_EXT_ZBKC)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv64_clmul(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* low XLEN bits of the carry-less product */
int crypto_insn_rv64_clmulh(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* high XLEN bits of the carry-less product */

/* rv64 Zbkx (Zbkx (hwprobe RISCV_HWPROBE_EXT_ZBKX)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv64_xperm4(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* nibble lookup of rs2's nibbles in rs1 */
int crypto_insn_rv64_xperm8(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* byte lookup of rs2's bytes in rs1 */

/* rv64 Zkne (Zkne (hwprobe RISCV_HWPROBE_EXT_ZKNE)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv64_aes64es(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* ShiftRows, SubBytes of rs2:rs1, low 64 bits */
int crypto_insn_rv64_aes64esm(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* ShiftRows, SubBytes, MixColumns of rs2:rs1, low 64 bits */
int crypto_insn_rv64_aes64ks1i(uint64_t *rd, uint64_t rs1, uint8_t imm); /* RotWord, SubWord, Rcon(rnum) of bits 63:32 of rs1 (rnum 0-10) */
int crypto_insn_rv64_aes64ks2(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* key schedule XOR step */

/* rv64 Zknd (Zknd (hwprobe RISCV_HWPROBE_EXT_ZKND)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv64_aes64ds(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* InvShiftRows, InvSubBytes of rs2:rs1, low 64 bits */
int crypto_insn_rv64_aes64dsm(uint64_t *rd, uint64_t rs1, uint64_t rs2); /* InvShiftRows, InvSubBytes, InvMixColumns of rs2:rs1, low 64 bits */
int crypto_insn_rv64_aes64im(uint64_t *rd, uint64_t rs1); /* InvMixColumns of both columns */

/* rv64 Zknh (Zknh (hwprobe RISCV_HWPROBE_EXT_ZKNH)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv64_sha256sig0(uint64_t *rd, uint64_t rs1); /* SHA-256 sigma0 of bits 31:0 of rs1 */
int crypto_insn_rv64_sha256sig1(uint64_t *rd, uint64_t rs1); /* SHA-256 sigma1 of bits 31:0 of rs1 */
int crypto_insn_rv64_sha256sum0(uint64_t *rd, uint64_t rs1); /* SHA-256 Sigma0 of bits 31:0 of rs1 */
int crypto_insn_rv64_sha256sum1(uint64_t *rd, uint64_t rs1); /* SHA-256 Sigma1 of bits 31:0 of rs1 */
int crypto_insn_rv64_sha512sig0(uint64_t *rd, uint64_t rs1); /* SHA-512 sigma0 */
int crypto_insn_rv64_sha512sig1(uint64_t *rd, uint64_t rs1); /* SHA-512 sigma1 */
int crypto_insn_rv64_sha512sum0(uint64_t *rd, uint64_t rs1); /* SHA-512 Sigma0 */
int crypto_insn_rv64_sha512sum1(uint64_t *rd, uint64_t rs1); /* SHA-512 Sigma1 */

/* rv64 Zksed (Zksed (hwprobe RISCV_HWPROBE_EXT_ZKSED)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv64_sm4ed(uint64_t *rd, uint64_t rs1, uint64_t rs2, uint8_t imm); /* SM4 S-box and L of byte bs of rs2, rotated into rs1 */
int crypto_insn_rv64_sm4ks(uint64_t *rd, uint64_t rs1, uint64_t rs2, uint8_t imm); /* SM4 S-box and L' of byte bs of rs2, rotated into rs1 */

/* rv64 Zksh (Zksh (hwprobe RISCV_HWPROBE_EXT_ZKSH)). Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL. */
int crypto_insn_rv64_sm3p0(uint64_t *rd, uint64_t rs1); /* SM3 P0 of bits 31:0 of rs1 */
int crypto_insn_rv64_sm3p1(uint64_t *rd, uint64_t rs1); /* SM3 P1 of bits 31:0 of rs1 */

/* rv64 Zvbb (Zvbb, includes Zvkb (hwprobe RISCV_HWPROBE_EXT_ZVBB)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv64_vandn_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* vs2 AND NOT vs1 per element */
int crypto_insn_rv64_vandn_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* vs2 AND NOT rs1 per element */
int crypto_insn_rv64_vbrev8_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* reverse the bits of each byte of each element */
int crypto_insn_rv64_vrev8_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* reverse the bytes of each element */
int crypto_insn_rv64_vrol_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* rotate each element left by vs1 mod SEW */
int crypto_insn_rv64_vrol_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* rotate each element left by rs1 mod SEW */
int crypto_insn_rv64_vror_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* rotate each element right by vs1 mod SEW */
int crypto_insn_rv64_vror_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* rotate each element right by rs1 mod SEW */
int crypto_insn_rv64_vror_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* rotate each element right by imm (6 bits) mod SEW */
int crypto_insn_rv64_vbrev_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* reverse the bits of each element */
int crypto_insn_rv64_vclz_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* count leading zeros of each element */
int crypto_insn_rv64_vctz_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* count trailing zeros of each element */
int crypto_insn_rv64_vcpop_v(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* count set bits of each element */
int crypto_insn_rv64_vwsll_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* widening shift left: 2*SEW zero-extended vs2 << (vs1 mod 2*SEW) */
int crypto_insn_rv64_vwsll_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* widening shift left by rs1 mod 2*SEW */
int crypto_insn_rv64_vwsll_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* widening shift left by imm mod 2*SEW */

/* rv64 Zvbc (Zvbc (hwprobe RISCV_HWPROBE_EXT_ZVBC)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv64_vclmul_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* low 64 bits of the 64x64 carry-less product per element */
int crypto_insn_rv64_vclmul_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* low 64 bits of the carry-less product with rs1 */
int crypto_insn_rv64_vclmulh_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* high 64 bits of the 64x64 carry-less product per element */
int crypto_insn_rv64_vclmulh_vx(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* high 64 bits of the carry-less product with rs1 */

/* rv64 Zvkg (Zvkg (hwprobe RISCV_HWPROBE_EXT_ZVKG)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv64_vghsh_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* GHASH step per group: (vd XOR vs1) * H(vs2) in GF(2^128) */
int crypto_insn_rv64_vgmul_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* vd * H(vs2) in GF(2^128) per group */

/* rv64 Zvkned (Zvkned (hwprobe RISCV_HWPROBE_EXT_ZVKNED)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv64_vaesef_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* final encryption round: SubBytes, ShiftRows, AddRoundKey vs2 */
int crypto_insn_rv64_vaesef_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* final encryption round, one round key for every group */
int crypto_insn_rv64_vaesem_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* middle encryption round: SubBytes, ShiftRows, MixColumns, AddRoundKey */
int crypto_insn_rv64_vaesem_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* middle encryption round, one round key for every group */
int crypto_insn_rv64_vaesdf_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* final decryption round: InvShiftRows, InvSubBytes, AddRoundKey */
int crypto_insn_rv64_vaesdf_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* final decryption round, one round key for every group */
int crypto_insn_rv64_vaesdm_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* middle decryption round: InvShiftRows, InvSubBytes, AddRoundKey, InvMixColumns */
int crypto_insn_rv64_vaesdm_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* middle decryption round, one round key for every group */
int crypto_insn_rv64_vaeskf1_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* AES-128 next round key from vs2, round imm */
int crypto_insn_rv64_vaeskf2_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* AES-256 next round key from vd and vs2, round imm */
int crypto_insn_rv64_vaesz_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* round-zero AddRoundKey: vd XOR vs2's group 0 */

/* rv64 Zvknh (Zvknha (SEW 32) / Zvknhb (SEW 32, 64) (hwprobe RISCV_HWPROBE_EXT_ZVKNHA/B)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv64_vsha2ms_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* SHA-2 message schedule: four new W words */
int crypto_insn_rv64_vsha2ch_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* two SHA-2 rounds with the high message-schedule words of vs1 */
int crypto_insn_rv64_vsha2cl_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* two SHA-2 rounds with the low message-schedule words of vs1 */

/* rv64 Zvksed (Zvksed (hwprobe RISCV_HWPROBE_EXT_ZVKSED)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv64_vsm4k_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* four SM4 key-expansion rounds, round group imm */
int crypto_insn_rv64_vsm4r_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* four SM4 rounds with the round keys of vs2 */
int crypto_insn_rv64_vsm4r_vs(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* four SM4 rounds, one round-key group for every group */

/* rv64 Zvksh (Zvksh (hwprobe RISCV_HWPROBE_EXT_ZVKSH)). RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG. */
int crypto_insn_rv64_vsm3me_vv(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* SM3 message expansion: eight new W words */
int crypto_insn_rv64_vsm3c_vi(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart); /* two SM3 compression rounds, round pair imm */

/* Every instruction as X(arch, mnemonic, shape), in registry order, for
 * tables of function pointers. Shapes (uint8_t arrays unless said):
 *   R1 (dst, a), R1I (dst, a, imm8), R2 (dst, a, b), R2I (dst, a, b, imm8),
 *   R3 (dst, a, b, c), R3I (dst, a, b, c, imm8),
 *   W2 (dst, a, b, lanes), W2I (dst, a, b, lanes, imm8): lanes 1, 2 or 4,
 *   V2 (dst, a, b, lanes): lanes 1 or 2,
 *   Y2X (dst[32], a[32], b[32], c[16]), YX (dst[32], a[32], b[16]), Y2 (dst[32], a[32], b[32]),
 *   X1 (rd*, rs1), X1I (rd*, rs1, imm), X2 (rd*, rs1, rs2), X2I (rd*, rs1, rs2, imm):
 *     XLEN-bit integers (uint32_t on rv32, uint64_t on rv64),
 *   Z1 (dst, a, segments), Z2 (dst, a, b, segments): SVE, 16*segments bytes, segments 1 to 16,
 *   D2 (dst[16], a[8], b[8]),
 *   V (vd, vs2, vs1, rs1, imm, vd_bytes, sew, vl, vstart): RISC-V vector register groups,
 *     the mnemonic with '.' as '_' (vaesem_vv is vaesem.vv). */
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
    X(x86, gf2p8affineqb, W2I) \
    X(x86, gf2p8affineinvqb, W2I) \
    X(x86, gf2p8mulb, W2) \
    X(x86, sha512rnds2, Y2X) \
    X(x86, sha512msg1, YX) \
    X(x86, sha512msg2, Y2) \
    X(x86, sm3msg1, R3) \
    X(x86, sm3msg2, R3) \
    X(x86, sm3rnds2, R3I) \
    X(x86, sm4key4, V2) \
    X(x86, sm4rnds4, V2) \
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
    X(arm, sha512h, R3) \
    X(arm, sha512h2, R3) \
    X(arm, sha512su0, R2) \
    X(arm, sha512su1, R3) \
    X(arm, eor3, R3) \
    X(arm, rax1, R2) \
    X(arm, xar, R2I) \
    X(arm, bcax, R3) \
    X(arm, sm3ss1, R3) \
    X(arm, sm3tt1a, R3I) \
    X(arm, sm3tt1b, R3I) \
    X(arm, sm3tt2a, R3I) \
    X(arm, sm3tt2b, R3I) \
    X(arm, sm3partw1, R3) \
    X(arm, sm3partw2, R3) \
    X(arm, sm4e, R2) \
    X(arm, sm4ekey, R2) \
    X(arm, sve_aese, Z2) \
    X(arm, sve_aesd, Z2) \
    X(arm, sve_aesmc, Z1) \
    X(arm, sve_aesimc, Z1) \
    X(arm, sve_pmullb, Z2) \
    X(arm, sve_pmullt, Z2) \
    X(arm, sve_rax1, Z2) \
    X(arm, sve_sm4e, Z2) \
    X(arm, sve_sm4ekey, Z2) \
    X(arm32, aese, R2) \
    X(arm32, aesd, R2) \
    X(arm32, aesmc, R1) \
    X(arm32, aesimc, R1) \
    X(arm32, vmull_p64, D2) \
    X(arm32, sha1c, R3) \
    X(arm32, sha1p, R3) \
    X(arm32, sha1m, R3) \
    X(arm32, sha1h, R1) \
    X(arm32, sha1su0, R3) \
    X(arm32, sha1su1, R2) \
    X(arm32, sha256h, R3) \
    X(arm32, sha256h2, R3) \
    X(arm32, sha256su0, R2) \
    X(arm32, sha256su1, R3) \
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
    X(ppc64, vpermxor, R3) \
    X(rv32, andn, X2) \
    X(rv32, orn, X2) \
    X(rv32, xnor, X2) \
    X(rv32, rol, X2) \
    X(rv32, ror, X2) \
    X(rv32, rori, X1I) \
    X(rv32, pack, X2) \
    X(rv32, packh, X2) \
    X(rv32, rev8, X1) \
    X(rv32, brev8, X1) \
    X(rv32, zip, X1) \
    X(rv32, unzip, X1) \
    X(rv32, clmul, X2) \
    X(rv32, clmulh, X2) \
    X(rv32, xperm4, X2) \
    X(rv32, xperm8, X2) \
    X(rv32, aes32esi, X2I) \
    X(rv32, aes32esmi, X2I) \
    X(rv32, aes32dsi, X2I) \
    X(rv32, aes32dsmi, X2I) \
    X(rv32, sha256sig0, X1) \
    X(rv32, sha256sig1, X1) \
    X(rv32, sha256sum0, X1) \
    X(rv32, sha256sum1, X1) \
    X(rv32, sha512sig0h, X2) \
    X(rv32, sha512sig0l, X2) \
    X(rv32, sha512sig1h, X2) \
    X(rv32, sha512sig1l, X2) \
    X(rv32, sha512sum0r, X2) \
    X(rv32, sha512sum1r, X2) \
    X(rv32, sm4ed, X2I) \
    X(rv32, sm4ks, X2I) \
    X(rv32, sm3p0, X1) \
    X(rv32, sm3p1, X1) \
    X(rv32, vandn_vv, V) \
    X(rv32, vandn_vx, V) \
    X(rv32, vbrev8_v, V) \
    X(rv32, vrev8_v, V) \
    X(rv32, vrol_vv, V) \
    X(rv32, vrol_vx, V) \
    X(rv32, vror_vv, V) \
    X(rv32, vror_vx, V) \
    X(rv32, vror_vi, V) \
    X(rv32, vbrev_v, V) \
    X(rv32, vclz_v, V) \
    X(rv32, vctz_v, V) \
    X(rv32, vcpop_v, V) \
    X(rv32, vwsll_vv, V) \
    X(rv32, vwsll_vx, V) \
    X(rv32, vwsll_vi, V) \
    X(rv32, vclmul_vv, V) \
    X(rv32, vclmul_vx, V) \
    X(rv32, vclmulh_vv, V) \
    X(rv32, vclmulh_vx, V) \
    X(rv32, vghsh_vv, V) \
    X(rv32, vgmul_vv, V) \
    X(rv32, vaesef_vv, V) \
    X(rv32, vaesef_vs, V) \
    X(rv32, vaesem_vv, V) \
    X(rv32, vaesem_vs, V) \
    X(rv32, vaesdf_vv, V) \
    X(rv32, vaesdf_vs, V) \
    X(rv32, vaesdm_vv, V) \
    X(rv32, vaesdm_vs, V) \
    X(rv32, vaeskf1_vi, V) \
    X(rv32, vaeskf2_vi, V) \
    X(rv32, vaesz_vs, V) \
    X(rv32, vsha2ms_vv, V) \
    X(rv32, vsha2ch_vv, V) \
    X(rv32, vsha2cl_vv, V) \
    X(rv32, vsm4k_vi, V) \
    X(rv32, vsm4r_vv, V) \
    X(rv32, vsm4r_vs, V) \
    X(rv32, vsm3me_vv, V) \
    X(rv32, vsm3c_vi, V) \
    X(rv64, andn, X2) \
    X(rv64, orn, X2) \
    X(rv64, xnor, X2) \
    X(rv64, rol, X2) \
    X(rv64, ror, X2) \
    X(rv64, rori, X1I) \
    X(rv64, rolw, X2) \
    X(rv64, rorw, X2) \
    X(rv64, roriw, X1I) \
    X(rv64, pack, X2) \
    X(rv64, packh, X2) \
    X(rv64, packw, X2) \
    X(rv64, rev8, X1) \
    X(rv64, brev8, X1) \
    X(rv64, clmul, X2) \
    X(rv64, clmulh, X2) \
    X(rv64, xperm4, X2) \
    X(rv64, xperm8, X2) \
    X(rv64, aes64es, X2) \
    X(rv64, aes64esm, X2) \
    X(rv64, aes64ks1i, X1I) \
    X(rv64, aes64ks2, X2) \
    X(rv64, aes64ds, X2) \
    X(rv64, aes64dsm, X2) \
    X(rv64, aes64im, X1) \
    X(rv64, sha256sig0, X1) \
    X(rv64, sha256sig1, X1) \
    X(rv64, sha256sum0, X1) \
    X(rv64, sha256sum1, X1) \
    X(rv64, sha512sig0, X1) \
    X(rv64, sha512sig1, X1) \
    X(rv64, sha512sum0, X1) \
    X(rv64, sha512sum1, X1) \
    X(rv64, sm4ed, X2I) \
    X(rv64, sm4ks, X2I) \
    X(rv64, sm3p0, X1) \
    X(rv64, sm3p1, X1) \
    X(rv64, vandn_vv, V) \
    X(rv64, vandn_vx, V) \
    X(rv64, vbrev8_v, V) \
    X(rv64, vrev8_v, V) \
    X(rv64, vrol_vv, V) \
    X(rv64, vrol_vx, V) \
    X(rv64, vror_vv, V) \
    X(rv64, vror_vx, V) \
    X(rv64, vror_vi, V) \
    X(rv64, vbrev_v, V) \
    X(rv64, vclz_v, V) \
    X(rv64, vctz_v, V) \
    X(rv64, vcpop_v, V) \
    X(rv64, vwsll_vv, V) \
    X(rv64, vwsll_vx, V) \
    X(rv64, vwsll_vi, V) \
    X(rv64, vclmul_vv, V) \
    X(rv64, vclmul_vx, V) \
    X(rv64, vclmulh_vv, V) \
    X(rv64, vclmulh_vx, V) \
    X(rv64, vghsh_vv, V) \
    X(rv64, vgmul_vv, V) \
    X(rv64, vaesef_vv, V) \
    X(rv64, vaesef_vs, V) \
    X(rv64, vaesem_vv, V) \
    X(rv64, vaesem_vs, V) \
    X(rv64, vaesdf_vv, V) \
    X(rv64, vaesdf_vs, V) \
    X(rv64, vaesdm_vv, V) \
    X(rv64, vaesdm_vs, V) \
    X(rv64, vaeskf1_vi, V) \
    X(rv64, vaeskf2_vi, V) \
    X(rv64, vaesz_vs, V) \
    X(rv64, vsha2ms_vv, V) \
    X(rv64, vsha2ch_vv, V) \
    X(rv64, vsha2cl_vv, V) \
    X(rv64, vsm4k_vi, V) \
    X(rv64, vsm4r_vv, V) \
    X(rv64, vsm4r_vs, V) \
    X(rv64, vsm3me_vv, V) \
    X(rv64, vsm3c_vi, V)

/* Resolved functions, for emulators that register helper pointers (TCG
 * helpers, JIT call targets): each backend is a static table holding one
 * function per instruction, compiled for that backend alone (native: with the
 * host's AES target features, the instruction inlined). The exports above
 * forward to the current table's function (a load of the export's slot and
 * an indirect jump); calling a table's function directly skips that forward.
 * Each member has the signature and contract of the export of the same name
 * (crypto_insn_<member>). Tables are static: a pointer
 * stays valid for the life of the process, also after crypto_insn_set_backend
 * (it then keeps computing on the backend it belongs to). */
typedef void (*crypto_insn_fn)(void);

struct crypto_insn_table {
    const char *backend; /* "soft", "ct", "vperm" or "native" */
    int (*x86_aesenc)(uint8_t *dst, const uint8_t *state, const uint8_t *round_key);
    int (*x86_aesenclast)(uint8_t *dst, const uint8_t *state, const uint8_t *round_key);
    int (*x86_aesdec)(uint8_t *dst, const uint8_t *state, const uint8_t *round_key);
    int (*x86_aesdeclast)(uint8_t *dst, const uint8_t *state, const uint8_t *round_key);
    int (*x86_aesimc)(uint8_t *dst, const uint8_t *src);
    int (*x86_aeskeygenassist)(uint8_t *dst, const uint8_t *src, uint8_t imm8);
    int (*x86_pclmulqdq)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, uint8_t imm8);
    int (*x86_sha1rnds4)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, uint8_t imm8);
    int (*x86_sha1nexte)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2);
    int (*x86_sha1msg1)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2);
    int (*x86_sha1msg2)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2);
    int (*x86_sha256rnds2)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, const uint8_t *xmm0);
    int (*x86_sha256msg1)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2);
    int (*x86_sha256msg2)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2);
    int (*x86_vaesenc)(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes);
    int (*x86_vaesenclast)(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes);
    int (*x86_vaesdec)(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes);
    int (*x86_vaesdeclast)(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes);
    int (*x86_vpclmulqdq)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, size_t lanes, uint8_t imm8);
    int (*x86_gf2p8affineqb)(uint8_t *dst, const uint8_t *x, const uint8_t *matrix, size_t lanes, uint8_t imm8);
    int (*x86_gf2p8affineinvqb)(uint8_t *dst, const uint8_t *x, const uint8_t *matrix, size_t lanes, uint8_t imm8);
    int (*x86_gf2p8mulb)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, size_t lanes);
    int (*x86_sha512rnds2)(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1, const uint8_t *src2);
    int (*x86_sha512msg1)(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1);
    int (*x86_sha512msg2)(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1);
    int (*x86_sm3msg1)(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1, const uint8_t *src2);
    int (*x86_sm3msg2)(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1, const uint8_t *src2);
    int (*x86_sm3rnds2)(uint8_t *dst, const uint8_t *srcdest, const uint8_t *src1, const uint8_t *src2, uint8_t imm8);
    int (*x86_sm4key4)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, size_t lanes);
    int (*x86_sm4rnds4)(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, size_t lanes);
    int (*arm_aese)(uint8_t *dst, const uint8_t *state, const uint8_t *key);
    int (*arm_aesd)(uint8_t *dst, const uint8_t *state, const uint8_t *key);
    int (*arm_aesmc)(uint8_t *dst, const uint8_t *src);
    int (*arm_aesimc)(uint8_t *dst, const uint8_t *src);
    int (*arm_pmull)(uint8_t *dst, const uint8_t *n, const uint8_t *m);
    int (*arm_pmull2)(uint8_t *dst, const uint8_t *n, const uint8_t *m);
    int (*arm_sha1c)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_sha1p)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_sha1m)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_sha1h)(uint8_t *dst, const uint8_t *n);
    int (*arm_sha1su0)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_sha1su1)(uint8_t *dst, const uint8_t *d, const uint8_t *n);
    int (*arm_sha256h)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_sha256h2)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_sha256su0)(uint8_t *dst, const uint8_t *d, const uint8_t *n);
    int (*arm_sha256su1)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_sha512h)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_sha512h2)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_sha512su0)(uint8_t *dst, const uint8_t *d, const uint8_t *n);
    int (*arm_sha512su1)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_eor3)(uint8_t *dst, const uint8_t *n, const uint8_t *m, const uint8_t *a);
    int (*arm_rax1)(uint8_t *dst, const uint8_t *n, const uint8_t *m);
    int (*arm_xar)(uint8_t *dst, const uint8_t *n, const uint8_t *m, uint8_t imm8);
    int (*arm_bcax)(uint8_t *dst, const uint8_t *n, const uint8_t *m, const uint8_t *a);
    int (*arm_sm3ss1)(uint8_t *dst, const uint8_t *n, const uint8_t *m, const uint8_t *a);
    int (*arm_sm3tt1a)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m, uint8_t imm8);
    int (*arm_sm3tt1b)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m, uint8_t imm8);
    int (*arm_sm3tt2a)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m, uint8_t imm8);
    int (*arm_sm3tt2b)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m, uint8_t imm8);
    int (*arm_sm3partw1)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_sm3partw2)(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
    int (*arm_sm4e)(uint8_t *dst, const uint8_t *d, const uint8_t *n);
    int (*arm_sm4ekey)(uint8_t *dst, const uint8_t *n, const uint8_t *m);
    int (*arm_sve_aese)(uint8_t *dst, const uint8_t *zdn, const uint8_t *zm, size_t segments);
    int (*arm_sve_aesd)(uint8_t *dst, const uint8_t *zdn, const uint8_t *zm, size_t segments);
    int (*arm_sve_aesmc)(uint8_t *dst, const uint8_t *zdn, size_t segments);
    int (*arm_sve_aesimc)(uint8_t *dst, const uint8_t *zdn, size_t segments);
    int (*arm_sve_pmullb)(uint8_t *dst, const uint8_t *zn, const uint8_t *zm, size_t segments);
    int (*arm_sve_pmullt)(uint8_t *dst, const uint8_t *zn, const uint8_t *zm, size_t segments);
    int (*arm_sve_rax1)(uint8_t *dst, const uint8_t *zn, const uint8_t *zm, size_t segments);
    int (*arm_sve_sm4e)(uint8_t *dst, const uint8_t *zdn, const uint8_t *zm, size_t segments);
    int (*arm_sve_sm4ekey)(uint8_t *dst, const uint8_t *zn, const uint8_t *zm, size_t segments);
    int (*arm32_aese)(uint8_t *dst, const uint8_t *qd, const uint8_t *qm);
    int (*arm32_aesd)(uint8_t *dst, const uint8_t *qd, const uint8_t *qm);
    int (*arm32_aesmc)(uint8_t *dst, const uint8_t *qm);
    int (*arm32_aesimc)(uint8_t *dst, const uint8_t *qm);
    int (*arm32_vmull_p64)(uint8_t *dst, const uint8_t *dn, const uint8_t *dm);
    int (*arm32_sha1c)(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm);
    int (*arm32_sha1p)(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm);
    int (*arm32_sha1m)(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm);
    int (*arm32_sha1h)(uint8_t *dst, const uint8_t *qm);
    int (*arm32_sha1su0)(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm);
    int (*arm32_sha1su1)(uint8_t *dst, const uint8_t *qd, const uint8_t *qm);
    int (*arm32_sha256h)(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm);
    int (*arm32_sha256h2)(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm);
    int (*arm32_sha256su0)(uint8_t *dst, const uint8_t *qd, const uint8_t *qm);
    int (*arm32_sha256su1)(uint8_t *dst, const uint8_t *qd, const uint8_t *qn, const uint8_t *qm);
    int (*ppc64_vcipher)(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb);
    int (*ppc64_vcipherlast)(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb);
    int (*ppc64_vncipher)(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb);
    int (*ppc64_vncipherlast)(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb);
    int (*ppc64_vsbox)(uint8_t *dst, const uint8_t *vra);
    int (*ppc64_vpmsumb)(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb);
    int (*ppc64_vpmsumh)(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb);
    int (*ppc64_vpmsumw)(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb);
    int (*ppc64_vpmsumd)(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb);
    int (*ppc64_vshasigmaw)(uint8_t *dst, const uint8_t *vra, uint8_t imm8);
    int (*ppc64_vshasigmad)(uint8_t *dst, const uint8_t *vra, uint8_t imm8);
    int (*ppc64_vpermxor)(uint8_t *dst, const uint8_t *vra, const uint8_t *vrb, const uint8_t *vrc);
    int (*rv32_andn)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_orn)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_xnor)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_rol)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_ror)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_rori)(uint32_t *rd, uint32_t rs1, uint8_t imm);
    int (*rv32_pack)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_packh)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_rev8)(uint32_t *rd, uint32_t rs1);
    int (*rv32_brev8)(uint32_t *rd, uint32_t rs1);
    int (*rv32_zip)(uint32_t *rd, uint32_t rs1);
    int (*rv32_unzip)(uint32_t *rd, uint32_t rs1);
    int (*rv32_clmul)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_clmulh)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_xperm4)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_xperm8)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_aes32esi)(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm);
    int (*rv32_aes32esmi)(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm);
    int (*rv32_aes32dsi)(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm);
    int (*rv32_aes32dsmi)(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm);
    int (*rv32_sha256sig0)(uint32_t *rd, uint32_t rs1);
    int (*rv32_sha256sig1)(uint32_t *rd, uint32_t rs1);
    int (*rv32_sha256sum0)(uint32_t *rd, uint32_t rs1);
    int (*rv32_sha256sum1)(uint32_t *rd, uint32_t rs1);
    int (*rv32_sha512sig0h)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_sha512sig0l)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_sha512sig1h)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_sha512sig1l)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_sha512sum0r)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_sha512sum1r)(uint32_t *rd, uint32_t rs1, uint32_t rs2);
    int (*rv32_sm4ed)(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm);
    int (*rv32_sm4ks)(uint32_t *rd, uint32_t rs1, uint32_t rs2, uint8_t imm);
    int (*rv32_sm3p0)(uint32_t *rd, uint32_t rs1);
    int (*rv32_sm3p1)(uint32_t *rd, uint32_t rs1);
    int (*rv32_vandn_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vandn_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vbrev8_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vrev8_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vrol_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vrol_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vror_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vror_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vror_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vbrev_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vclz_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vctz_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vcpop_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vwsll_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vwsll_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vwsll_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vclmul_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vclmul_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vclmulh_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vclmulh_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vghsh_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vgmul_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vaesef_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vaesef_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vaesem_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vaesem_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vaesdf_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vaesdf_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vaesdm_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vaesdm_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vaeskf1_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vaeskf2_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vaesz_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vsha2ms_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vsha2ch_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vsha2cl_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vsm4k_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vsm4r_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vsm4r_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vsm3me_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv32_vsm3c_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_andn)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_orn)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_xnor)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_rol)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_ror)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_rori)(uint64_t *rd, uint64_t rs1, uint8_t imm);
    int (*rv64_rolw)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_rorw)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_roriw)(uint64_t *rd, uint64_t rs1, uint8_t imm);
    int (*rv64_pack)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_packh)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_packw)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_rev8)(uint64_t *rd, uint64_t rs1);
    int (*rv64_brev8)(uint64_t *rd, uint64_t rs1);
    int (*rv64_clmul)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_clmulh)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_xperm4)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_xperm8)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_aes64es)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_aes64esm)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_aes64ks1i)(uint64_t *rd, uint64_t rs1, uint8_t imm);
    int (*rv64_aes64ks2)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_aes64ds)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_aes64dsm)(uint64_t *rd, uint64_t rs1, uint64_t rs2);
    int (*rv64_aes64im)(uint64_t *rd, uint64_t rs1);
    int (*rv64_sha256sig0)(uint64_t *rd, uint64_t rs1);
    int (*rv64_sha256sig1)(uint64_t *rd, uint64_t rs1);
    int (*rv64_sha256sum0)(uint64_t *rd, uint64_t rs1);
    int (*rv64_sha256sum1)(uint64_t *rd, uint64_t rs1);
    int (*rv64_sha512sig0)(uint64_t *rd, uint64_t rs1);
    int (*rv64_sha512sig1)(uint64_t *rd, uint64_t rs1);
    int (*rv64_sha512sum0)(uint64_t *rd, uint64_t rs1);
    int (*rv64_sha512sum1)(uint64_t *rd, uint64_t rs1);
    int (*rv64_sm4ed)(uint64_t *rd, uint64_t rs1, uint64_t rs2, uint8_t imm);
    int (*rv64_sm4ks)(uint64_t *rd, uint64_t rs1, uint64_t rs2, uint8_t imm);
    int (*rv64_sm3p0)(uint64_t *rd, uint64_t rs1);
    int (*rv64_sm3p1)(uint64_t *rd, uint64_t rs1);
    int (*rv64_vandn_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vandn_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vbrev8_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vrev8_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vrol_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vrol_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vror_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vror_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vror_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vbrev_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vclz_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vctz_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vcpop_v)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vwsll_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vwsll_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vwsll_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vclmul_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vclmul_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vclmulh_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vclmulh_vx)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vghsh_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vgmul_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vaesef_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vaesef_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vaesem_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vaesem_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vaesdf_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vaesdf_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vaesdm_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vaesdm_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vaeskf1_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vaeskf2_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vaesz_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vsha2ms_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vsha2ch_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vsha2cl_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vsm4k_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vsm4r_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vsm4r_vs)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vsm3me_vv)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
    int (*rv64_vsm3c_vi)(uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart);
};

/* The current backend's table (resolving "auto" on first use); never NULL. */
const struct crypto_insn_table *crypto_insn_table(void);

/* The table of the backend named ("auto", "soft", "ct", "vperm", "native"),
 * or NULL for an unknown name or a backend this CPU lacks. Does not change the
 * process-wide backend. */
const struct crypto_insn_table *crypto_insn_table_for(const char *backend);

/* The current backend's function for one instruction, named as in its export
 * (arch "x86", "arm", "arm32", "ppc64", "rv32" or "rv64"; mnemonic "aesenc",
 * "vaesem_vv"), or NULL for an unknown one. Cast it to the export's type:
 *   int (*f)(uint8_t *, const uint8_t *, const uint8_t *) =
 *       (int (*)(uint8_t *, const uint8_t *, const uint8_t *))
 *       crypto_insn_resolve("x86", "aesenc"); */
crypto_insn_fn crypto_insn_resolve(const char *arch, const char *mnemonic);

/* The current backend's function for one instruction with its immediate
 * fixed, for emulators that know it at translation time: the export's
 * signature without the imm8, computing the export with imm8 = imm. NULL for
 * an instruction without such a form (today only x86 "aeskeygenassist" has
 * one: on the native backend it is the instruction with imm8 encoded). Cast:
 *   int (*f)(uint8_t *, const uint8_t *) = (int (*)(uint8_t *, const uint8_t *))
 *       crypto_insn_resolve_imm("x86", "aeskeygenassist", 0x01); */
crypto_insn_fn crypto_insn_resolve_imm(const char *arch, const char *mnemonic, uint8_t imm);

#ifdef __cplusplus
}
#endif

#endif /* CRYPTO_INSN_H */
