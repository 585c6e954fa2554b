/*
 * AArch64 SVE2 oracle for `crypto-insn diff --arch arm --oracle`: executes the
 * real SVE2 crypto instructions (FEAT_SVE_AES: AESE, AESD, AESMC, AESIMC;
 * FEAT_SVE_PMULL128: PMULLB, PMULLT .Q; FEAT_SVE_SHA3: RAX1; FEAT_SVE_SM4:
 * SM4E, SM4EKEY) through the ACLE intrinsics, at the vector length each
 * request's operand width gives (16 to 256 bytes: VL 128 to 2048 bits), set
 * with prctl(PR_SVE_SET_VL) before the instruction runs. Requests are the
 * registry's `sve_*` rows (protocol: common.h); every operand of one request
 * has the same width, Z registers in memory order (what STR Zn stores),
 * segment 0 first. Anything else is `ERR`. Run under `qemu-aarch64 -cpu max`
 * (VL up to 2048 bits) or on an SVE2 machine, where a VL the hardware lacks is
 * `ERR`. Built by tools/oracles/build.sh.
 */
#include <arm_sve.h>
#include <sys/prctl.h>

#include "common.h"

#ifndef PR_SVE_SET_VL
#define PR_SVE_SET_VL 50
#define PR_SVE_GET_VL 51
#endif

enum op { AESE, AESD, AESMC, AESIMC, PMULLB, PMULLT, RAX1, SM4E, SM4EKEY, NOPS };
static const char *NAMES[NOPS] = {"sve_aese",   "sve_aesd",   "sve_aesmc", "sve_aesimc", "sve_pmullb",
                                  "sve_pmullt", "sve_rax1",   "sve_sm4e",  "sve_sm4ekey"};

/* The instruction at the current VL; operands and result are VL bytes. No
 * call between the loads and the store: nothing else runs at the new VL. */
__attribute__((noinline)) static void run(enum op op, const uint8_t *a, const uint8_t *b, uint8_t *out) {
    svbool_t all = svptrue_b8();
    svuint8_t x = svld1_u8(all, a), y = svld1_u8(all, b), r;
    switch (op) {
    case AESE: r = svaese_u8(x, y); break;
    case AESD: r = svaesd_u8(x, y); break;
    case AESMC: r = svaesmc_u8(x); break;
    case AESIMC: r = svaesimc_u8(x); break;
    case PMULLB: r = svreinterpret_u8_u64(svpmullb_pair_u64(svreinterpret_u64_u8(x), svreinterpret_u64_u8(y))); break;
    case PMULLT: r = svreinterpret_u8_u64(svpmullt_pair_u64(svreinterpret_u64_u8(x), svreinterpret_u64_u8(y))); break;
    case RAX1: r = svreinterpret_u8_u64(svrax1_u64(svreinterpret_u64_u8(x), svreinterpret_u64_u8(y))); break;
    case SM4E: r = svreinterpret_u8_u32(svsm4e_u32(svreinterpret_u32_u8(x), svreinterpret_u32_u8(y))); break;
    default: r = svreinterpret_u8_u32(svsm4ekey_u32(svreinterpret_u32_u8(x), svreinterpret_u32_u8(y))); break;
    }
    svst1_u8(all, out, r);
}

static int exec(const struct request *q, uint8_t *out, const char **why) {
    int op = 0, n = q->nsrc ? q->len[0] : 0;
    while (op < NOPS && strcmp(q->mnemonic, NAMES[op])) op++;
    if (op == NOPS || q->has_imm || q->nsrc != (op == AESMC || op == AESIMC ? 1 : 2)) {
        *why = "not an SVE2 crypto request this oracle knows";
        return -1;
    }
    for (int i = 0; i < q->nsrc; i++)
        if (q->len[i] != n) {
            *why = "operands of one request have one width";
            return -1;
        }
    if (n < 16 || n > 256 || (n & (n - 1))) {
        /* The architecture's vector lengths: powers of two, 128-2048 bits. */
        *why = "vector length must be a power of two, 16 to 256 bytes";
        return -1;
    }
    /* Only the instruction runs at the request's VL: the C library (whose
     * SVE string and memory routines, under qemu-user 10, misbehave after a
     * VL change) always runs at the VL the process started with. */
    int start = prctl(PR_SVE_GET_VL) & 0xffff;
    int got = prctl(PR_SVE_SET_VL, n);
    if (got < 0 || (got & 0xffff) != n) {
        prctl(PR_SVE_SET_VL, start);
        *why = "this CPU cannot run that vector length";
        return -1;
    }
    run((enum op)op, q->src[0], q->src[1], out);
    prctl(PR_SVE_SET_VL, start);
    return n;
}

int main(void) { return oracle_main(exec); }
