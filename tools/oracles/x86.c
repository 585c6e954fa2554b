/*
 * x86-64 oracle for `crypto-insn diff --arch x86 --oracle`: executes the real
 * instructions of this CPU (AES-NI, PCLMULQDQ, SHA-NI, VAES/VPCLMULQDQ, GFNI) on
 * each request (protocol: common.h). An instruction the CPU lacks is answered
 * `ERR`. 512-bit VAES/VPCLMULQDQ/GFNI run as one EVEX.512 instruction with
 * AVX512F (+AVX512BW for GFNI), else as two 256-bit instructions (the lanes are
 * independent in the SDM's definition). Built by tools/oracles/build.sh.
 */
#include <immintrin.h>

#include "common.h"

static int has_sha, has_clmul, has_vaes, has_vpclmul, has_gfni, has_avx512, has_avx512bw, has_avx2;

#define LD(p) _mm_loadu_si128((const __m128i *)(p))
#define ST(p, v) _mm_storeu_si128((__m128i *)(p), (v))
#define LD2(p) _mm256_loadu_si256((const __m256i *)(p))
#define ST2(p, v) _mm256_storeu_si256((__m256i *)(p), (v))

__attribute__((target("avx512f,avx512bw,vaes,vpclmulqdq,gfni"))) static int wide512(const char *m, unsigned imm,
                                                                                   const uint8_t *a, const uint8_t *b,
                                                                                   uint8_t *out) {
    __m512i x = _mm512_loadu_si512(a), y = _mm512_loadu_si512(b), r;
    if (!strcmp(m, "vaesenc")) r = _mm512_aesenc_epi128(x, y);
    else if (!strcmp(m, "vaesenclast")) r = _mm512_aesenclast_epi128(x, y);
    else if (!strcmp(m, "vaesdec")) r = _mm512_aesdec_epi128(x, y);
    else if (!strcmp(m, "vaesdeclast")) r = _mm512_aesdeclast_epi128(x, y);
    else if (!strcmp(m, "vpclmulqdq")) {
        switch (imm & 0xff) {
#define F(i) case i: r = _mm512_clmulepi64_epi128(x, y, i); break;
            ORACLE_C256(F)
#undef F
        default: return -1;
        }
    } else if (!strcmp(m, "gf2p8mulb")) r = _mm512_gf2p8mul_epi8(x, y);
    else if (!strcmp(m, "gf2p8affineqb")) {
        switch (imm & 0xff) {
#define F(i) case i: r = _mm512_gf2p8affine_epi64_epi8(x, y, i); break;
            ORACLE_C256(F)
#undef F
        default: return -1;
        }
    } else if (!strcmp(m, "gf2p8affineinvqb")) {
        switch (imm & 0xff) {
#define F(i) case i: r = _mm512_gf2p8affineinv_epi64_epi8(x, y, i); break;
            ORACLE_C256(F)
#undef F
        default: return -1;
        }
    } else return -1;
    _mm512_storeu_si512(out, r);
    return 64;
}

__attribute__((target("avx2,vaes,vpclmulqdq,gfni"))) static int wide256(const char *m, unsigned imm,
                                                                         const uint8_t *a, const uint8_t *b,
                                                                         uint8_t *out) {
    __m256i x = LD2(a), y = LD2(b), r;
    if (!strcmp(m, "vaesenc")) r = _mm256_aesenc_epi128(x, y);
    else if (!strcmp(m, "vaesenclast")) r = _mm256_aesenclast_epi128(x, y);
    else if (!strcmp(m, "vaesdec")) r = _mm256_aesdec_epi128(x, y);
    else if (!strcmp(m, "vaesdeclast")) r = _mm256_aesdeclast_epi128(x, y);
    else if (!strcmp(m, "vpclmulqdq")) {
        switch (imm & 0xff) {
#define F(i) case i: r = _mm256_clmulepi64_epi128(x, y, i); break;
            ORACLE_C256(F)
#undef F
        default: return -1;
        }
    } else if (!strcmp(m, "gf2p8mulb")) r = _mm256_gf2p8mul_epi8(x, y);
    else if (!strcmp(m, "gf2p8affineqb")) {
        switch (imm & 0xff) {
#define F(i) case i: r = _mm256_gf2p8affine_epi64_epi8(x, y, i); break;
            ORACLE_C256(F)
#undef F
        default: return -1;
        }
    } else if (!strcmp(m, "gf2p8affineinvqb")) {
        switch (imm & 0xff) {
#define F(i) case i: r = _mm256_gf2p8affineinv_epi64_epi8(x, y, i); break;
            ORACLE_C256(F)
#undef F
        default: return -1;
        }
    } else return -1;
    ST2(out, r);
    return 32;
}

__attribute__((target("aes,pclmul,sha,sse4.1,gfni"))) static int narrow(const struct request *q, uint8_t *out,
                                                                          const char **why) {
    const char *m = q->mnemonic;
    unsigned imm = q->imm & 0xff;
    __m128i a = LD(q->src[0]), b = LD(q->src[1]), c = LD(q->src[2]), r;
    int sha = !strncmp(m, "sha", 3), clmul = !strcmp(m, "pclmulqdq") || !strcmp(m, "vpclmulqdq");
    int gf = !strncmp(m, "gf2p8", 5);
    if ((sha && !has_sha) || (clmul && !has_clmul) || (gf && !has_gfni)) {
        *why = "this CPU lacks the instruction";
        return -1;
    }
    if (!strcmp(m, "aesenc") || !strcmp(m, "vaesenc")) r = _mm_aesenc_si128(a, b);
    else if (!strcmp(m, "aesenclast") || !strcmp(m, "vaesenclast")) r = _mm_aesenclast_si128(a, b);
    else if (!strcmp(m, "aesdec") || !strcmp(m, "vaesdec")) r = _mm_aesdec_si128(a, b);
    else if (!strcmp(m, "aesdeclast") || !strcmp(m, "vaesdeclast")) r = _mm_aesdeclast_si128(a, b);
    else if (!strcmp(m, "aesimc")) r = _mm_aesimc_si128(a);
    else if (!strcmp(m, "aeskeygenassist")) {
        switch (imm) {
#define F(i) case i: r = _mm_aeskeygenassist_si128(a, i); break;
            ORACLE_C256(F)
#undef F
        default: return -1;
        }
    } else if (clmul) {
        switch (imm) {
#define F(i) case i: r = _mm_clmulepi64_si128(a, b, i); break;
            ORACLE_C256(F)
#undef F
        default: return -1;
        }
    } else if (!strcmp(m, "sha1rnds4")) {
        switch (imm) {
#define F(i) case i: r = a; __asm__("sha1rnds4 %2, %1, %0" : "+x"(r) : "x"(b), "i"(i)); break;
            ORACLE_C256(F)
#undef F
        default: return -1;
        }
    } else if (!strcmp(m, "sha1nexte")) r = _mm_sha1nexte_epu32(a, b);
    else if (!strcmp(m, "sha1msg1")) r = _mm_sha1msg1_epu32(a, b);
    else if (!strcmp(m, "sha1msg2")) r = _mm_sha1msg2_epu32(a, b);
    else if (!strcmp(m, "sha256rnds2")) r = _mm_sha256rnds2_epu32(a, b, c);
    else if (!strcmp(m, "sha256msg1")) r = _mm_sha256msg1_epu32(a, b);
    else if (!strcmp(m, "sha256msg2")) r = _mm_sha256msg2_epu32(a, b);
    else if (!strcmp(m, "gf2p8mulb")) r = _mm_gf2p8mul_epi8(a, b);
    else if (!strcmp(m, "gf2p8affineqb")) {
        switch (imm) {
#define F(i) case i: r = _mm_gf2p8affine_epi64_epi8(a, b, i); break;
            ORACLE_C256(F)
#undef F
        default: return -1;
        }
    } else if (!strcmp(m, "gf2p8affineinvqb")) {
        switch (imm) {
#define F(i) case i: r = _mm_gf2p8affineinv_epi64_epi8(a, b, i); break;
            ORACLE_C256(F)
#undef F
        default: return -1;
        }
    } else {
        *why = "not an instruction of this oracle";
        return -1;
    }
    ST(out, r);
    return 16;
}

static int is_wide(const char *m) {
    return !strncmp(m, "vaes", 4) || !strcmp(m, "vpclmulqdq") || !strncmp(m, "gf2p8", 5);
}

static int exec(const struct request *q, uint8_t *out, const char **why) {
    const char *m = q->mnemonic;
    int len = q->nsrc ? q->len[0] : 16;
    if (!is_wide(m) || len == 16) {
        if (!strncmp(m, "vaes", 4) && !has_vaes) {
            /* VEX.128 VAESENC is AES-NI's operation; the CPU has AES-NI. */
        }
        return narrow(q, out, why);
    }
    if (q->nsrc < 2 || q->len[1] != len || (len != 32 && len != 64)) {
        *why = "wide operands must both be 32 or 64 bytes";
        return -1;
    }
    int gf = !strncmp(m, "gf2p8", 5);
    int ok256 = has_avx2 && (gf ? has_gfni : (!strcmp(m, "vpclmulqdq") ? has_vpclmul : has_vaes));
    if (!ok256) {
        *why = "this CPU lacks the 256-bit instruction";
        return -1;
    }
    if (len == 64 && has_avx512 && (!gf || has_avx512bw))
        return wide512(m, q->imm, q->src[0], q->src[1], out);
    int n = wide256(m, q->imm, q->src[0], q->src[1], out);
    if (n > 0 && len == 64) n += wide256(m, q->imm, q->src[0] + 32, q->src[1] + 32, out + 32);
    if (n < 0) *why = "not an instruction of this oracle";
    return n == len ? len : -1;
}

int main(void) {
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("aes")) {
        fprintf(stderr, "x86 oracle: this CPU has no AES-NI\n");
        return 2;
    }
    has_sha = __builtin_cpu_supports("sha");
    has_clmul = __builtin_cpu_supports("pclmul");
    has_vaes = __builtin_cpu_supports("vaes");
    has_vpclmul = __builtin_cpu_supports("vpclmulqdq");
    has_gfni = __builtin_cpu_supports("gfni");
    has_avx2 = __builtin_cpu_supports("avx2");
    has_avx512 = __builtin_cpu_supports("avx512f");
    has_avx512bw = __builtin_cpu_supports("avx512bw");
    return oracle_main(exec);
}
