/*
 * The C counterpart of examples/x86_interp.rs: a switch-dispatch interpreter
 * loop over already-decoded guest instructions {op, dst, src1, src2, imm} and a
 * register file of 16-byte XMM registers (memory order, as the header wants
 * them), the crypto instructions through include/crypto_insn.h and the data
 * movement in plain C (legacy SSE: the destination is also the first source).
 *
 * The guest program is an AES-128 encryption with the key expansion done by
 * AESKEYGENASSIST, PSHUFD, PSLLDQ and PXOR (each round key is made just before
 * the round that uses it), run on the FIPS-197 Appendix B key and input on
 * every backend this CPU has. Exit status 0 when the output and the last round
 * key are FIPS-197's, 1 otherwise.
 *
 * Build: cargo build --release -p crypto-insn-capi
 *        gcc -std=c11 -Wall -Wextra -Werror -Iinclude capi/examples/switch_loop.c \
 *            target/release/libcrypto_insn_capi.a -lpthread -ldl -lm
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "crypto_insn.h"

enum opcode {
    OP_MOVDQA,          /* dst = src1 */
    OP_PXOR,            /* dst ^= src1 */
    OP_PSLLDQ,          /* dst <<= 8 * imm bits (bytes move up) */
    OP_PSHUFD,          /* dst dword k = src1 dword (imm >> 2k) & 3 */
    OP_AESKEYGENASSIST, /* dst = AESKEYGENASSIST(src1, imm) */
    OP_AESENC,          /* dst = AESENC(dst, src1) */
    OP_AESENCLAST,      /* dst = AESENCLAST(dst, src1) */
    OP_HALT,
};

struct insn {
    enum opcode op;
    uint8_t dst, src1, src2, imm;
};

struct cpu {
    uint8_t xmm[16][16];
    unsigned long steps;
};

/* Runs prog until OP_HALT. Returns 0, or the first nonzero status of the C ABI
 * (or -100 for an opcode the loop does not know). */
static int run(struct cpu *c, const struct insn *prog)
{
    for (const struct insn *i = prog;; i++) {
        uint8_t *d = c->xmm[i->dst];
        const uint8_t *s = c->xmm[i->src1];
        uint8_t t[16];
        int rc = CRYPTO_INSN_OK;
        c->steps++;
        switch (i->op) {
        case OP_MOVDQA:
            memmove(d, s, 16);
            break;
        case OP_PXOR:
            for (int k = 0; k < 16; k++)
                d[k] ^= s[k];
            break;
        case OP_PSLLDQ:
            memset(t, 0, sizeof t);
            if (i->imm < 16)
                memcpy(t + i->imm, d, 16u - i->imm);
            memcpy(d, t, 16);
            break;
        case OP_PSHUFD:
            for (int k = 0; k < 4; k++)
                memcpy(t + 4 * k, s + 4 * ((i->imm >> (2 * k)) & 3), 4);
            memcpy(d, t, 16);
            break;
        case OP_AESKEYGENASSIST:
            rc = crypto_insn_x86_aeskeygenassist(d, s, i->imm);
            break;
        case OP_AESENC:
            rc = crypto_insn_x86_aesenc(d, d, s);
            break;
        case OP_AESENCLAST:
            rc = crypto_insn_x86_aesenclast(d, d, s);
            break;
        case OP_HALT:
            return 0;
        default:
            return -100;
        }
        if (rc != CRYPTO_INSN_OK)
            return rc;
    }
}

/* The guest program: the key in XMM0, the block in XMM1 (the result); XMM2
 * and XMM3 are scratch. */
enum { KEY = 0, STATE = 1, ASSIST = 2, SHIFTED = 3 };

static size_t emit(struct insn *p, size_t n, enum opcode op, int dst, int src1, int imm)
{
    p[n] = (struct insn){op, (uint8_t)dst, (uint8_t)src1, 0, (uint8_t)imm};
    return n + 1;
}

static size_t build_aes128(struct insn *p)
{
    static const uint8_t rcon[10] = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1b, 0x36};
    size_t n = 0;
    n = emit(p, n, OP_PXOR, STATE, KEY, 0);
    for (int r = 0; r < 10; r++) {
        /* w[4r+4..4r+7] from w[4r..4r+3]: SubWord(RotWord(w3)) ^ rcon
         * (AESKEYGENASSIST dword 3, broadcast), then the running XOR of the
         * previous words (the key ^ key << 32 ^ key << 64 ^ key << 96). */
        n = emit(p, n, OP_AESKEYGENASSIST, ASSIST, KEY, rcon[r]);
        n = emit(p, n, OP_PSHUFD, ASSIST, ASSIST, 0xff);
        n = emit(p, n, OP_MOVDQA, SHIFTED, KEY, 0);
        for (int k = 0; k < 3; k++) {
            n = emit(p, n, OP_PSLLDQ, SHIFTED, 0, 4);
            n = emit(p, n, OP_PXOR, KEY, SHIFTED, 0);
        }
        n = emit(p, n, OP_PXOR, KEY, ASSIST, 0);
        n = emit(p, n, r < 9 ? OP_AESENC : OP_AESENCLAST, STATE, KEY, 0);
    }
    return emit(p, n, OP_HALT, 0, 0, 0);
}

static void hex(const char *label, const uint8_t *b)
{
    printf("%s ", label);
    for (int k = 0; k < 16; k++)
        printf("%02x", b[k]);
    printf("\n");
}

int main(void)
{
    /* FIPS-197 Appendix B: key, input, round 10's key and the output. */
    static const uint8_t key[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
                                    0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};
    static const uint8_t input[16] = {0x32, 0x43, 0xf6, 0xa8, 0x88, 0x5a, 0x30, 0x8d,
                                      0x31, 0x31, 0x98, 0xa2, 0xe0, 0x37, 0x07, 0x34};
    static const uint8_t round10[16] = {0xd0, 0x14, 0xf9, 0xa8, 0xc9, 0xee, 0x25, 0x89,
                                        0xe1, 0x3f, 0x0c, 0xc8, 0xb6, 0x63, 0x0c, 0xa6};
    static const uint8_t output[16] = {0x39, 0x25, 0x84, 0x1d, 0x02, 0xdc, 0x09, 0xfb,
                                       0xdc, 0x11, 0x85, 0x97, 0x19, 0x6a, 0x0b, 0x32};
    static const char *const backends[] = {"soft", "ct", "vperm", "native", "auto"};
    struct insn prog[128];
    size_t len = build_aes128(prog);
    int failed = 0, ran = 0;
    printf("guest program: %zu instructions\n", len);
    for (size_t b = 0; b < sizeof backends / sizeof backends[0]; b++) {
        int rc = crypto_insn_set_backend(backends[b]);
        if (rc == CRYPTO_INSN_ERR_UNAVAILABLE) {
            printf("%-6s not on this CPU\n", backends[b]);
            continue;
        }
        if (rc != CRYPTO_INSN_OK) {
            printf("%-6s crypto_insn_set_backend: %d\n", backends[b], rc);
            failed = 1;
            continue;
        }
        struct cpu c;
        memset(&c, 0, sizeof c);
        memcpy(c.xmm[KEY], key, 16);
        memcpy(c.xmm[STATE], input, 16);
        rc = run(&c, prog);
        int ok = rc == 0 && memcmp(c.xmm[STATE], output, 16) == 0 && memcmp(c.xmm[KEY], round10, 16) == 0;
        printf("%-6s (%s) %lu steps, %s\n", backends[b], crypto_insn_backend(), c.steps,
               ok ? "matches FIPS-197 Appendix B" : "MISMATCH");
        if (!ok) {
            printf("  status %d\n", rc);
            hex("  output", c.xmm[STATE]);
            hex("  key10 ", c.xmm[KEY]);
            failed = 1;
        }
        ran++;
    }
    return failed || ran == 0;
}
