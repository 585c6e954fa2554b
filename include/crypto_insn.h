/*
 * crypto_insn.h -- the C ABI of crypto-insn: bit-exact CPU cryptography
 * instructions (x86 AES-NI, PCLMULQDQ, SHA-NI, VAES; Arm AES, PMULL, SHA1/SHA256)
 * for emulators written in C or C++.
 *
 * Link with libcrypto_insn_capi.a (and -lpthread -ldl -lm) or
 * libcrypto_insn_capi.so, built by `cargo build --release -p crypto-insn-capi`.
 *
 * Registers are 16-byte arrays in MEMORY ORDER: byte i is bits 8i+7..8i of the
 * register, exactly what _mm_storeu_si128 / vst1q_u8 store. Wide x86 operations
 * take 16*lanes bytes, lane 0 (bits 127:0) first.
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
 *
 * This header is checked against the library's exports by tools/check-header.py.
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

/* x86 AES-NI (CPUID.01H:ECX.AES[25]). state = xmm1, round_key = xmm2/m128. */
int crypto_insn_x86_aesenc(uint8_t *dst, const uint8_t *state, const uint8_t *round_key);
int crypto_insn_x86_aesenclast(uint8_t *dst, const uint8_t *state, const uint8_t *round_key);
int crypto_insn_x86_aesdec(uint8_t *dst, const uint8_t *state, const uint8_t *round_key);
int crypto_insn_x86_aesdeclast(uint8_t *dst, const uint8_t *state, const uint8_t *round_key);
int crypto_insn_x86_aesimc(uint8_t *dst, const uint8_t *src);
int crypto_insn_x86_aeskeygenassist(uint8_t *dst, const uint8_t *src, uint8_t imm8);

/* x86 PCLMULQDQ (CPUID.01H:ECX.PCLMULQDQ[1]): imm8 bit 0 picks the qword of
 * src1, bit 4 that of src2; other bits ignored. */
int crypto_insn_x86_pclmulqdq(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, uint8_t imm8);

/* x86 SHA extensions (CPUID.07H:EBX.SHA[29]). State words run from the top of
 * the register (A in bits 127:96). SHA256RNDS2: src1 = {C,D,G,H}, src2 =
 * {A,B,E,F}, xmm0 = the implicit XMM0 (WK). */
int crypto_insn_x86_sha1rnds4(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, uint8_t imm8);
int crypto_insn_x86_sha1nexte(uint8_t *dst, const uint8_t *src1, const uint8_t *src2);
int crypto_insn_x86_sha1msg1(uint8_t *dst, const uint8_t *src1, const uint8_t *src2);
int crypto_insn_x86_sha1msg2(uint8_t *dst, const uint8_t *src1, const uint8_t *src2);
int crypto_insn_x86_sha256rnds2(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, const uint8_t *xmm0);
int crypto_insn_x86_sha256msg1(uint8_t *dst, const uint8_t *src1, const uint8_t *src2);
int crypto_insn_x86_sha256msg2(uint8_t *dst, const uint8_t *src1, const uint8_t *src2);

/* x86 VAES / VPCLMULQDQ on lanes = 1 (VEX.128), 2 (256-bit) or 4 (512-bit)
 * 128-bit lanes; each array is 16*lanes bytes. */
int crypto_insn_x86_vaesenc(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes);
int crypto_insn_x86_vaesenclast(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes);
int crypto_insn_x86_vaesdec(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes);
int crypto_insn_x86_vaesdeclast(uint8_t *dst, const uint8_t *state, const uint8_t *round_key, size_t lanes);
int crypto_insn_x86_vpclmulqdq(uint8_t *dst, const uint8_t *src1, const uint8_t *src2, size_t lanes, uint8_t imm8);

/* Arm AES (FEAT_AES, HWCAP_AES). state = Vd (read and written), key = Vn. */
int crypto_insn_arm_aese(uint8_t *dst, const uint8_t *state, const uint8_t *key);
int crypto_insn_arm_aesd(uint8_t *dst, const uint8_t *state, const uint8_t *key);
int crypto_insn_arm_aesmc(uint8_t *dst, const uint8_t *src);
int crypto_insn_arm_aesimc(uint8_t *dst, const uint8_t *src);

/* Arm PMULL / PMULL2 (FEAT_PMULL): low / high doublewords of n and m. */
int crypto_insn_arm_pmull(uint8_t *dst, const uint8_t *n, const uint8_t *m);
int crypto_insn_arm_pmull2(uint8_t *dst, const uint8_t *n, const uint8_t *m);

/* Arm SHA-1 (FEAT_SHA1) and SHA-256 (FEAT_SHA256). d = Vd/Qd as read, n = the
 * whole Vn register (SHA1C/P/M and SHA1H read its bits 31:0), m = Vm. State
 * words run from the bottom (a in bits 31:0). SHA1H zero-extends. */
int crypto_insn_arm_sha1c(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
int crypto_insn_arm_sha1p(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
int crypto_insn_arm_sha1m(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
int crypto_insn_arm_sha1h(uint8_t *dst, const uint8_t *n);
int crypto_insn_arm_sha1su0(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
int crypto_insn_arm_sha1su1(uint8_t *dst, const uint8_t *d, const uint8_t *n);
int crypto_insn_arm_sha256h(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
int crypto_insn_arm_sha256h2(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);
int crypto_insn_arm_sha256su0(uint8_t *dst, const uint8_t *d, const uint8_t *n);
int crypto_insn_arm_sha256su1(uint8_t *dst, const uint8_t *d, const uint8_t *n, const uint8_t *m);

#ifdef __cplusplus
}
#endif

#endif /* CRYPTO_INSN_H */
