/*
 * AArch64 oracle for `crypto-insn diff --arch arm --oracle`: executes the real
 * instructions (FEAT_AES, PMULL, SHA1, SHA256, SHA512, SHA3, SM3, SM4) through
 * the ACLE intrinsics on each request (protocol: common.h). Run natively on an
 * AArch64 machine or under `qemu-aarch64 -cpu max`. Operands are the registers
 * the instruction reads in the Arm ARM's order (Vd first when it is read), as the
 * registry lists them. Immediates wider than their field (XAR's imm6, SM3TT's
 * imm2) cannot be encoded: the field's bits are used, as the library's helpers
 * do. Built by tools/oracles/build.sh.
 */
#include <arm_neon.h>

#include "common.h"

#define U8(p) vld1q_u8(p)
#define U32(p) vreinterpretq_u32_u8(vld1q_u8(p))
#define U64(p) vreinterpretq_u64_u8(vld1q_u8(p))
#define P64(p) vreinterpretq_p64_u8(vld1q_u8(p))

static int exec(const struct request *q, uint8_t *out, const char **why) {
    const char *m = q->mnemonic;
    const uint8_t *a = q->src[0], *b = q->src[1], *c = q->src[2];
    unsigned imm = q->imm & 0xff;
    for (int i = 0; i < q->nsrc; i++)
        if (q->len[i] != 16) {
            *why = "operands are 128-bit registers";
            return -1;
        }
    uint8x16_t r;
    if (!strcmp(m, "aese")) r = vaeseq_u8(U8(a), U8(b));
    else if (!strcmp(m, "aesd")) r = vaesdq_u8(U8(a), U8(b));
    else if (!strcmp(m, "aesmc")) r = vaesmcq_u8(U8(a));
    else if (!strcmp(m, "aesimc")) r = vaesimcq_u8(U8(a));
    else if (!strcmp(m, "pmull")) {
        poly128_t p = vmull_p64(vgetq_lane_p64(P64(a), 0), vgetq_lane_p64(P64(b), 0));
        r = vreinterpretq_u8_p128(p);
    } else if (!strcmp(m, "pmull2")) {
        r = vreinterpretq_u8_p128(vmull_high_p64(P64(a), P64(b)));
    } else if (!strcmp(m, "sha1c")) r = vreinterpretq_u8_u32(vsha1cq_u32(U32(a), vgetq_lane_u32(U32(b), 0), U32(c)));
    else if (!strcmp(m, "sha1p")) r = vreinterpretq_u8_u32(vsha1pq_u32(U32(a), vgetq_lane_u32(U32(b), 0), U32(c)));
    else if (!strcmp(m, "sha1m")) r = vreinterpretq_u8_u32(vsha1mq_u32(U32(a), vgetq_lane_u32(U32(b), 0), U32(c)));
    else if (!strcmp(m, "sha1h")) {
        uint32x4_t z = vdupq_n_u32(0);
        r = vreinterpretq_u8_u32(vsetq_lane_u32(vsha1h_u32(vgetq_lane_u32(U32(a), 0)), z, 0));
    } else if (!strcmp(m, "sha1su0")) r = vreinterpretq_u8_u32(vsha1su0q_u32(U32(a), U32(b), U32(c)));
    else if (!strcmp(m, "sha1su1")) r = vreinterpretq_u8_u32(vsha1su1q_u32(U32(a), U32(b)));
    else if (!strcmp(m, "sha256h")) r = vreinterpretq_u8_u32(vsha256hq_u32(U32(a), U32(b), U32(c)));
    else if (!strcmp(m, "sha256h2")) r = vreinterpretq_u8_u32(vsha256h2q_u32(U32(a), U32(b), U32(c)));
    else if (!strcmp(m, "sha256su0")) r = vreinterpretq_u8_u32(vsha256su0q_u32(U32(a), U32(b)));
    else if (!strcmp(m, "sha256su1")) r = vreinterpretq_u8_u32(vsha256su1q_u32(U32(a), U32(b), U32(c)));
    else if (!strcmp(m, "sha512h")) r = vreinterpretq_u8_u64(vsha512hq_u64(U64(a), U64(b), U64(c)));
    else if (!strcmp(m, "sha512h2")) r = vreinterpretq_u8_u64(vsha512h2q_u64(U64(a), U64(b), U64(c)));
    else if (!strcmp(m, "sha512su0")) r = vreinterpretq_u8_u64(vsha512su0q_u64(U64(a), U64(b)));
    else if (!strcmp(m, "sha512su1")) r = vreinterpretq_u8_u64(vsha512su1q_u64(U64(a), U64(b), U64(c)));
    else if (!strcmp(m, "eor3")) r = veor3q_u8(U8(a), U8(b), U8(c));
    else if (!strcmp(m, "rax1")) r = vreinterpretq_u8_u64(vrax1q_u64(U64(a), U64(b)));
    else if (!strcmp(m, "xar")) {
        uint64x2_t x = U64(a), y = U64(b), z;
        switch (imm & 63) {
#define F(i) case i: z = vxarq_u64(x, y, i); break;
            ORACLE_C64(F, 0)
#undef F
        default: return -1;
        }
        r = vreinterpretq_u8_u64(z);
    } else if (!strcmp(m, "bcax")) r = vbcaxq_u8(U8(a), U8(b), U8(c));
    else if (!strcmp(m, "sm3ss1")) r = vreinterpretq_u8_u32(vsm3ss1q_u32(U32(a), U32(b), U32(c)));
    else if (!strcmp(m, "sm3partw1")) r = vreinterpretq_u8_u32(vsm3partw1q_u32(U32(a), U32(b), U32(c)));
    else if (!strcmp(m, "sm3partw2")) r = vreinterpretq_u8_u32(vsm3partw2q_u32(U32(a), U32(b), U32(c)));
    else if (!strncmp(m, "sm3tt", 5)) {
        uint32x4_t d = U32(a), n = U32(b), w = U32(c), z;
#define TT(fn)                                   \
    switch (imm & 3) {                           \
    case 0: z = fn(d, n, w, 0); break;           \
    case 1: z = fn(d, n, w, 1); break;           \
    case 2: z = fn(d, n, w, 2); break;           \
    default: z = fn(d, n, w, 3); break;          \
    }
        if (!strcmp(m, "sm3tt1a")) { TT(vsm3tt1aq_u32) }
        else if (!strcmp(m, "sm3tt1b")) { TT(vsm3tt1bq_u32) }
        else if (!strcmp(m, "sm3tt2a")) { TT(vsm3tt2aq_u32) }
        else if (!strcmp(m, "sm3tt2b")) { TT(vsm3tt2bq_u32) }
        else {
            *why = "not an instruction of this oracle";
            return -1;
        }
#undef TT
        r = vreinterpretq_u8_u32(z);
    } else if (!strcmp(m, "sm4e")) r = vreinterpretq_u8_u32(vsm4eq_u32(U32(a), U32(b)));
    else if (!strcmp(m, "sm4ekey")) r = vreinterpretq_u8_u32(vsm4ekeyq_u32(U32(a), U32(b)));
    else {
        *why = "not an instruction of this oracle";
        return -1;
    }
    vst1q_u8(out, r);
    return 16;
}

int main(void) { return oracle_main(exec); }
