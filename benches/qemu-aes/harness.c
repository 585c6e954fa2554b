/*
 * crypto-insn next to QEMU's own AES helpers, in one process (benches/qemu-aes).
 *
 * run.sh downloads Debian's qemu source package at run time, compiles QEMU's
 * crypto/aes.c (the generic fragments and tables) with this file, whose
 * include path reaches QEMU's include/crypto/aes-round.h and the x86-64 host
 * header (the AES-NI fragments), and links the crypto-insn C ABI. Nothing of
 * QEMU is committed; the TCG-shaped wrappers below are this harness's own.
 *
 * For the ten AES guest instructions (x86 AESENC, AESENCLAST, AESDEC,
 * AESDECLAST, AESIMC, AESKEYGENASSIST; Arm AESE, AESD, AESMC, AESIMC) it
 * measures, each called through a function pointer as a TCG helper is:
 *   qemu-gen    QEMU's fragments with cpuinfo lacking AES (the generic C);
 *   qemu-accel  the same wrappers with cpuinfo reporting AES (QEMU's AES-NI);
 *   export      crypto_insn_<arch>_<op>, the C ABI export (backend auto);
 *   resolved    the native table's function (crypto_insn_table_for("native"));
 *   soft, ct, vperm  those backends' table functions;
 *   raw         a noinline helper written with the intrinsic, same interface.
 * Modes:
 *   harness verify N     all implementations agree on N random inputs per op
 *                        and on the Intel white paper's AESENC example;
 *   harness time R N     R rounds of N calls: dependent-chain latency and
 *                        8-state throughput in core cycles per call (the TSC
 *                        scaled by the core clock measured in the same run on a
 *                        chain of dependent adds), medians over the rounds;
 *   harness count N      N calls of each, with callgrind's counters zeroed
 *                        after a warm-up and dumped per column (run.sh runs it
 *                        under valgrind --tool=callgrind).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <x86intrin.h>

#include <valgrind/callgrind.h>

#include "qemu/osdep.h"
#include "crypto/aes.h"
#include "crypto/aes-round.h"
#include "crypto_insn.h"

/* QEMU's host feature word (util/cpuinfo-i386.c sets it in QEMU). */
unsigned cpuinfo;

/* ---- QEMU: TCG-shaped helpers over QEMU's fragments ---------------------- */

typedef void (*q2)(AESState *, const AESState *, const AESState *);
typedef void (*q1)(AESState *, const AESState *);
typedef void (*qi)(AESState *, const AESState *, uint8_t);

#define NOINLINE __attribute__((noinline))

NOINLINE static void q_aesenc(AESState *d, const AESState *s, const AESState *k) { aesenc_SB_SR_MC_AK(d, s, k, false); }
NOINLINE static void q_aesenclast(AESState *d, const AESState *s, const AESState *k) { aesenc_SB_SR_AK(d, s, k, false); }
NOINLINE static void q_aesdec(AESState *d, const AESState *s, const AESState *k) { aesdec_ISB_ISR_IMC_AK(d, s, k, false); }
NOINLINE static void q_aesdeclast(AESState *d, const AESState *s, const AESState *k) { aesdec_ISB_ISR_AK(d, s, k, false); }
NOINLINE static void q_aesimc(AESState *d, const AESState *s) { aesdec_IMC(d, s, false); }
/* AESKEYGENASSIST from the SDM with QEMU's S-box table (QEMU has no
 * accelerated form of it: both QEMU columns run this). */
NOINLINE static void q_aeskeygenassist(AESState *d, const AESState *s, uint8_t rcon) {
    uint32_t x1 = s->w[1], x3 = s->w[3];
    uint32_t s1 = (uint32_t)AES_sbox[x1 & 0xff] | (uint32_t)AES_sbox[(x1 >> 8) & 0xff] << 8 |
                  (uint32_t)AES_sbox[(x1 >> 16) & 0xff] << 16 | (uint32_t)AES_sbox[x1 >> 24] << 24;
    uint32_t s3 = (uint32_t)AES_sbox[x3 & 0xff] | (uint32_t)AES_sbox[(x3 >> 8) & 0xff] << 8 |
                  (uint32_t)AES_sbox[(x3 >> 16) & 0xff] << 16 | (uint32_t)AES_sbox[x3 >> 24] << 24;
    d->w[0] = s1;
    d->w[1] = ((s1 >> 8) | (s1 << 24)) ^ rcon;
    d->w[2] = s3;
    d->w[3] = ((s3 >> 8) | (s3 << 24)) ^ rcon;
}
/* Arm AESE/AESD: AddRoundKey first, then QEMU's fragment with a zero key (how
 * QEMU's Arm helpers use it). */
NOINLINE static void q_aese(AESState *d, const AESState *s, const AESState *k) {
    AESState t, z = {.d = {0, 0}};
    t.v = s->v ^ k->v;
    aesenc_SB_SR_AK(d, &t, &z, false);
}
NOINLINE static void q_aesd(AESState *d, const AESState *s, const AESState *k) {
    AESState t, z = {.d = {0, 0}};
    t.v = s->v ^ k->v;
    aesdec_ISB_ISR_AK(d, &t, &z, false);
}
NOINLINE static void q_aesmc(AESState *d, const AESState *s) { aesenc_MC(d, s, false); }

/* ---- the raw intrinsic, same interface --------------------------------------- */

#define RAW __attribute__((noinline, target("aes,ssse3")))
#define LD(p) _mm_loadu_si128((const __m128i *)(p))
#define ST(p, v) _mm_storeu_si128((__m128i *)(p), v)
RAW static int r_aesenc(uint8_t *d, const uint8_t *s, const uint8_t *k) { ST(d, _mm_aesenc_si128(LD(s), LD(k))); return 0; }
RAW static int r_aesenclast(uint8_t *d, const uint8_t *s, const uint8_t *k) { ST(d, _mm_aesenclast_si128(LD(s), LD(k))); return 0; }
RAW static int r_aesdec(uint8_t *d, const uint8_t *s, const uint8_t *k) { ST(d, _mm_aesdec_si128(LD(s), LD(k))); return 0; }
RAW static int r_aesdeclast(uint8_t *d, const uint8_t *s, const uint8_t *k) { ST(d, _mm_aesdeclast_si128(LD(s), LD(k))); return 0; }
RAW static int r_aesimc(uint8_t *d, const uint8_t *s) { ST(d, _mm_aesimc_si128(LD(s))); return 0; }
RAW static int r_aeskeygenassist(uint8_t *d, const uint8_t *s, uint8_t imm) {
    /* The intrinsic wants a constant: a switch over the immediate, as a JIT
     * would not need (it encodes imm8); the ops measured use 0x01. */
    switch (imm) {
    case 0x01: ST(d, _mm_aeskeygenassist_si128(LD(s), 0x01)); return 0;
    default: ST(d, _mm_aeskeygenassist_si128(LD(s), 0x00)); return imm ? -1 : 0;
    }
}
/* The same with imm8 fixed, as a JIT emits it (the immediate is known when the
 * guest instruction is translated): what crypto_insn_resolve_imm's function
 * is measured against. */
RAW static int r_aeskeygenassist_imm(uint8_t *d, const uint8_t *s) {
    ST(d, _mm_aeskeygenassist_si128(LD(s), 0x01));
    return 0;
}
RAW static int r_aese(uint8_t *d, const uint8_t *s, const uint8_t *k) {
    ST(d, _mm_aesenclast_si128(_mm_xor_si128(LD(s), LD(k)), _mm_setzero_si128()));
    return 0;
}
RAW static int r_aesd(uint8_t *d, const uint8_t *s, const uint8_t *k) {
    ST(d, _mm_aesdeclast_si128(_mm_xor_si128(LD(s), LD(k)), _mm_setzero_si128()));
    return 0;
}
RAW static int r_aesmc(uint8_t *d, const uint8_t *s) {
    /* MixColumns alone: AESDECLAST with a zero key undoes SubBytes/ShiftRows of AESENC. */
    __m128i z = _mm_setzero_si128();
    ST(d, _mm_aesenc_si128(_mm_aesdeclast_si128(LD(s), z), z));
    return 0;
}

/* ---- the table of implementations ---------------------------------------------- */

typedef int (*c2)(uint8_t *, const uint8_t *, const uint8_t *);
typedef int (*c1)(uint8_t *, const uint8_t *);
typedef int (*ci)(uint8_t *, const uint8_t *, uint8_t);

/* SK: AESKEYGENASSIST with imm8 = 0x01 fixed: (d, s) on our side, QEMU's
 * helper still takes the immediate. */
enum sig { S2, S1, SI, SK };
enum col { QGEN, QACC, EXPORT, RESOLVED, SOFT, CT, VPERM, RAWC, NCOLS };
static const char *COLS[NCOLS] = {"qemu-gen", "qemu-accel", "export", "resolved", "soft", "ct", "vperm", "raw"};

struct op {
    const char *name; /* as the C ABI names it, arch_mnemonic */
    enum sig sig;
    void *fn[NCOLS];
};

#define NOPS 11
static struct op OPS[NOPS];

static void fill(const struct crypto_insn_table *tab[NCOLS]) {
#define T(col, m) (tab[col] ? (void *)tab[col]->m : NULL)
#define ROW(i, nm, sg, qf, exp, m, rawf)                                                               \
    OPS[i] = (struct op){nm, sg, {(void *)qf, (void *)qf, (void *)exp, T(RESOLVED, m), T(SOFT, m), T(CT, m), \
                                  T(VPERM, m), (void *)rawf}}
    ROW(0, "x86_aesenc", S2, q_aesenc, crypto_insn_x86_aesenc, x86_aesenc, r_aesenc);
    ROW(1, "x86_aesenclast", S2, q_aesenclast, crypto_insn_x86_aesenclast, x86_aesenclast, r_aesenclast);
    ROW(2, "x86_aesdec", S2, q_aesdec, crypto_insn_x86_aesdec, x86_aesdec, r_aesdec);
    ROW(3, "x86_aesdeclast", S2, q_aesdeclast, crypto_insn_x86_aesdeclast, x86_aesdeclast, r_aesdeclast);
    ROW(4, "x86_aesimc", S1, q_aesimc, crypto_insn_x86_aesimc, x86_aesimc, r_aesimc);
    ROW(5, "x86_aeskeygenassist", SI, q_aeskeygenassist, crypto_insn_x86_aeskeygenassist, x86_aeskeygenassist,
        r_aeskeygenassist);
    ROW(6, "arm_aese", S2, q_aese, crypto_insn_arm_aese, arm_aese, r_aese);
    ROW(7, "arm_aesd", S2, q_aesd, crypto_insn_arm_aesd, arm_aesd, r_aesd);
    ROW(8, "arm_aesmc", S1, q_aesmc, crypto_insn_arm_aesmc, arm_aesmc, r_aesmc);
    ROW(9, "arm_aesimc", S1, q_aesimc, crypto_insn_arm_aesimc, arm_aesimc, r_aesimc);
    /* The immediate-specialised resolved function (native backend) against
     * the raw helper with imm8 encoded; no export or table column. */
    crypto_insn_set_backend("native");
    void *kga = (void *)crypto_insn_resolve_imm("x86", "aeskeygenassist", 0x01);
    crypto_insn_set_backend("auto");
    OPS[10] = (struct op){"x86_aeskeygenassist_imm", SK, {(void *)q_aeskeygenassist, (void *)q_aeskeygenassist,
                                                          NULL, kga, NULL, NULL, NULL, (void *)r_aeskeygenassist_imm}};
#undef ROW
#undef T
}

static void select_col(enum col c) { cpuinfo = CPUINFO_ALWAYS | (c == QGEN ? 0 : CPUINFO_AES); }

/* One call of implementation `c` of `op`: dst, src, key (imm8 0x01 for SI). */
static void call(const struct op *op, enum col c, uint8_t *d, const uint8_t *s, const uint8_t *k) {
    void *f = op->fn[c];
    if (c == QGEN || c == QACC) {
        if (op->sig == S2) ((q2)f)((AESState *)d, (const AESState *)s, (const AESState *)k);
        else if (op->sig == S1) ((q1)f)((AESState *)d, (const AESState *)s);
        else ((qi)f)((AESState *)d, (const AESState *)s, 0x01);
    } else {
        if (op->sig == S2) ((c2)f)(d, s, k);
        else if (op->sig == S1 || op->sig == SK) ((c1)f)(d, s);
        else ((ci)f)(d, s, 0x01);
    }
}

static uint64_t rng = 0x9e3779b97f4a7c15u;
static uint64_t next(void) {
    rng += 0x9e3779b97f4a7c15u;
    uint64_t z = rng;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static int verify(long n) {
    /* Intel AES-NI white paper, AESENC: state 0x7b5b54657374566563746f725d53475d,
     * round key 0x48692853686179295b477565726f6e5d -> 0xa8311c2f9fdba3c58b104b58ded7e595
     * (memory order below). */
    static const uint8_t S[16] = {0x5d, 0x47, 0x53, 0x5d, 0x72, 0x6f, 0x74, 0x63, 0x65, 0x56, 0x74, 0x73, 0x65, 0x54, 0x5b, 0x7b};
    static const uint8_t K[16] = {0x5d, 0x6e, 0x6f, 0x72, 0x65, 0x75, 0x47, 0x5b, 0x29, 0x79, 0x61, 0x68, 0x53, 0x28, 0x69, 0x48};
    static const uint8_t R[16] = {0x95, 0xe5, 0xd7, 0xde, 0x58, 0x4b, 0x10, 0x8b, 0xc5, 0xa3, 0xdb, 0x9f, 0x2f, 0x1c, 0x31, 0xa8};
    long bad = 0, cases = 0;
    for (int c = 0; c < NCOLS; c++) {
        if (!OPS[0].fn[c]) continue;
        _Alignas(16) uint8_t d[16];
        select_col((enum col)c);
        call(&OPS[0], (enum col)c, d, S, K);
        if (memcmp(d, R, 16)) {
            printf("MISMATCH: %s on the white-paper AESENC example\n", COLS[c]);
            bad++;
        }
    }
    for (int o = 0; o < NOPS; o++) {
        for (long i = 0; i < n; i++) {
            _Alignas(16) uint8_t s[16], k[16], want[16], got[16];
            for (int j = 0; j < 16; j += 8) {
                uint64_t a = next(), b = next();
                memcpy(s + j, &a, 8);
                memcpy(k + j, &b, 8);
            }
            select_col(QGEN);
            call(&OPS[o], QGEN, want, s, k);
            for (int c = 1; c < NCOLS; c++) {
                if (!OPS[o].fn[c]) continue;
                select_col((enum col)c);
                call(&OPS[o], (enum col)c, got, s, k);
                cases++;
                if (memcmp(got, want, 16)) {
                    if (bad < 10) printf("MISMATCH: %s %s disagrees with qemu-gen\n", OPS[o].name, COLS[c]);
                    bad++;
                }
            }
        }
    }
    printf("verify: %ld comparisons (every implementation against QEMU's generic code), %ld mismatches\n", cases, bad);
    return bad ? 1 : 0;
}

/* The loops call through a volatile function pointer of the column's type,
 * one loop per signature, so that every column pays the same indirect call. */
#define LOOPS(T, ...)                                   \
    do {                                                \
        T fp = (T)f;                                    \
        uint64_t t0 = __rdtsc();                        \
        for (long i = 0; i < n; i++) {                  \
            __VA_ARGS__;                                \
        }                                               \
        t = __rdtsc() - t0;                             \
    } while (0)

/* The TSC ticks of `n` dependent-chain calls (dst = src, through memory). */
NOINLINE static uint64_t latency(const struct op *op, enum col c, long n) {
    _Alignas(16) uint8_t s[16] = {1, 2, 3}, k[16] = {4, 5, 6};
    void *f = op->fn[c];
    uint64_t t = 0;
    AESState *qs = (AESState *)s, *qk = (AESState *)k;
    int q = c == QGEN || c == QACC;
    if (q && op->sig == S2) LOOPS(q2, fp(qs, qs, qk));
    else if (q && op->sig == S1) LOOPS(q1, fp(qs, qs));
    else if (q) LOOPS(qi, fp(qs, qs, 0x01));
    else if (op->sig == S2) LOOPS(c2, fp(s, s, k));
    else if (op->sig == S1 || op->sig == SK) LOOPS(c1, fp(s, s));
    else LOOPS(ci, fp(s, s, 0x01));
    __asm__ volatile("" : : "r"(s) : "memory");
    return t;
}

/* The TSC ticks of `n` rounds over 8 independent states. */
NOINLINE static uint64_t throughput(const struct op *op, enum col c, long n) {
    _Alignas(16) uint8_t s[8][16] = {{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}}, k[16] = {4, 5, 6};
    void *f = op->fn[c];
    uint64_t t = 0;
    AESState *qk = (AESState *)k;
#define EIGHT(e) for (int j = 0; j < 8; j++) { e; }
#define QS ((AESState *)s[j])
    int q = c == QGEN || c == QACC;
    if (q && op->sig == S2) LOOPS(q2, EIGHT(fp(QS, QS, qk)));
    else if (q && op->sig == S1) LOOPS(q1, EIGHT(fp(QS, QS)));
    else if (q) LOOPS(qi, EIGHT(fp(QS, QS, 0x01)));
    else if (op->sig == S2) LOOPS(c2, EIGHT(fp(s[j], s[j], k)));
    else if (op->sig == S1 || op->sig == SK) LOOPS(c1, EIGHT(fp(s[j], s[j])));
    else LOOPS(ci, EIGHT(fp(s[j], s[j], 0x01)));
#undef QS
#undef EIGHT
    __asm__ volatile("" : : "r"(s) : "memory");
    return t;
}

/* Core cycles per TSC tick: a chain of 8 dependent 1-cycle adds per iteration.
 * Register-register adds: some cores (Intel Golden Cove class, seen on a
 * Sapphire Rapids-class VM) fold a chain of immediate adds at rename, which
 * made `add $1` read as about 5 adds per cycle there. */
static double core_per_tsc(void) {
    long iters = 20000000;
    uint64_t x = 0, one = 1;
    uint64_t t0 = __rdtsc();
    for (long i = 0; i < iters; i++)
        __asm__ volatile("add %1, %0\n\tadd %1, %0\n\tadd %1, %0\n\tadd %1, %0\n\t"
                         "add %1, %0\n\tadd %1, %0\n\tadd %1, %0\n\tadd %1, %0"
                         : "+r"(x)
                         : "r"(one));
    uint64_t t = __rdtsc() - t0;
    return (double)iters * 8.0 / (double)t;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void timing(int rounds, long n) {
    if (rounds > 64) rounds = 64;
    double clk[64];
    for (int r = 0; r < rounds && r < 5; r++) clk[r] = core_per_tsc();
    double ratio = median(clk, rounds < 5 ? rounds : 5);
    printf("core clock: %.3f core cycles per TSC tick (median of %d chains of dependent adds)\n", ratio,
           rounds < 5 ? rounds : 5);
    printf("\nop,column,latency_cycles,throughput_cycles\n");
    for (int o = 0; o < NOPS; o++) {
        for (int c = 0; c < NCOLS; c++) {
            if (!OPS[o].fn[c]) continue;
            select_col((enum col)c);
            double lat[64], thr[64];
            latency(&OPS[o], (enum col)c, n / 10); /* warm-up */
            for (int r = 0; r < rounds; r++) {
                lat[r] = (double)latency(&OPS[o], (enum col)c, n) * ratio / (double)n;
                thr[r] = (double)throughput(&OPS[o], (enum col)c, n / 8) * ratio / (double)(n / 8 * 8);
            }
            printf("%s,%s,%.2f,%.2f\n", OPS[o].name, COLS[c], median(lat, rounds), median(thr, rounds));
        }
    }
}

/* Under callgrind: N calls of every implementation, one column at a time:
 * counters zeroed after a warm-up, then dumped under the column's name, so
 * each dump holds that column's calls alone. */
static void count(long n) {
    _Alignas(16) uint8_t s[16] = {1, 2, 3}, k[16] = {4, 5, 6};
    for (int c = 0; c < NCOLS; c++) {
        select_col((enum col)c);
        for (int o = 0; o < NOPS; o++)
            if (OPS[o].fn[c]) call(&OPS[o], (enum col)c, s, s, k);
        CALLGRIND_ZERO_STATS;
        for (int o = 0; o < NOPS; o++)
            if (OPS[o].fn[c])
                for (long i = 0; i < n; i++) call(&OPS[o], (enum col)c, s, s, k);
        CALLGRIND_DUMP_STATS_AT(COLS[c]);
    }
    printf("count: %ld calls of each implementation; auto = %s\n", n, crypto_insn_backend());
}

int main(int argc, char **argv) {
    const struct crypto_insn_table *tab[NCOLS] = {0};
    tab[RESOLVED] = crypto_insn_table_for("native");
    tab[SOFT] = crypto_insn_table_for("soft");
    tab[CT] = crypto_insn_table_for("ct");
    tab[VPERM] = crypto_insn_table_for("vperm");
    if (!tab[RESOLVED] || !__builtin_cpu_supports("aes") || !__builtin_cpu_supports("ssse3")) {
        printf("SKIP: this CPU lacks AES-NI/SSSE3 (QEMU's accelerated column and the native backend need them)\n");
        return 0;
    }
    fill(tab);
    if (argc >= 3 && !strcmp(argv[1], "verify")) return verify(atol(argv[2]));
    if (argc >= 4 && !strcmp(argv[1], "time")) {
        timing(atoi(argv[2]), atol(argv[3]));
        return 0;
    }
    if (argc >= 3 && !strcmp(argv[1], "count")) {
        count(atol(argv[2]));
        return 0;
    }
    fprintf(stderr, "usage: %s verify N | time ROUNDS N | count N\n", argv[0]);
    return 2;
}
