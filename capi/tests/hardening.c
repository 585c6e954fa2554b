/*
 * Misuse and concurrency checks of the C ABI, built by .ci/run with
 * -fsanitize=address,undefined and also run under valgrind:
 *  - every function of the header (from its X-macro) rejects a NULL dst and
 *    each NULL source with CRYPTO_INSN_ERR_NULL and writes nothing;
 *  - lane counts 0, 3, 5 and SIZE_MAX are CRYPTO_INSN_ERR_ARG, nothing written;
 *  - unknown or empty backend names are CRYPTO_INSN_ERR_UNKNOWN;
 *  - unaligned buffers and dst equal to a source give the aligned result;
 *  - four threads call instructions while a fifth switches the backend: every
 *    result is right (a switch applies to the calls that start after it; a call
 *    in flight finishes on the backend it started with; all backends agree).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abi_table.h"

/* Calls op with dst d and sources a, b, c (any may be NULL), lanes n. */
static int call(const struct op *op, uint8_t *d, const uint8_t *a, const uint8_t *b, const uint8_t *c, size_t n) {
    switch (op->kind) {
    case K_R1: return ((f1)op->fn)(d, a);
    case K_R1I: return ((f1i)op->fn)(d, a, 1);
    case K_R2: case K_YX: case K_Y2: return ((f2)op->fn)(d, a, b);
    case K_R2I: return ((f2i)op->fn)(d, a, b, 1);
    case K_R3: case K_Y2X: return ((f3)op->fn)(d, a, b, c);
    case K_R3I: return ((f3i)op->fn)(d, a, b, c, 1);
    case K_W2: case K_V2: return ((fw)op->fn)(d, a, b, n);
    case K_W2I: return ((fwi)op->fn)(d, a, b, n, 1);
    case K_Z1: return ((fz1)op->fn)(d, a, n);
    case K_Z2: return ((fz2)op->fn)(d, a, b, n);
    case K_D2: return ((f2)op->fn)(d, a, b);
    /* GPR forms: registers by value, only rd is a pointer. The RV32 ones take
     * uint32_t: passing uint64_t through the same register is what the ABI
     * does for the low half on x86-64 and AArch64, and the test only checks
     * the NULL rejection with them. */
    case K_X1: return ((g1_64)op->fn)((uint64_t *)(void *)d, 1);
    case K_X1I: return ((g1i_64)op->fn)((uint64_t *)(void *)d, 1, 1);
    case K_X2: return ((g2_64)op->fn)((uint64_t *)(void *)d, 1, 2);
    /* RISC-V vector: vd, vs2, vs1, rs1, imm, vd_bytes (n groups of 16), sew (default), vl 1, vstart 0. */
    case K_V: return ((fv)op->fn)(d, a, b, 1, 1, 16 * n, 0, 1, 0);
    default: return ((g2i_64)op->fn)((uint64_t *)(void *)d, 1, 2, 1);
    }
}

static int sources(enum kind k) {
    if (is_gpr(k) || k == K_V) return 0;
    if (k == K_R1 || k == K_R1I || k == K_Z1) return 1;
    return k == K_R3 || k == K_R3I || k == K_Y2X ? 3 : 2;
}
static int wide(enum kind k) { return k == K_W2 || k == K_W2I || k == K_V2; }
static int sve(enum kind k) { return k == K_Z1 || k == K_Z2; }

static void nulls_and_lanes(const struct op *ops, const char *via) {
    static uint8_t a[64], b[64], c[64], d[64];
    int n = 0;
    for (const struct op *op = ops; op->name; op++, n++) {
        memset(d, 0xa5, sizeof d);
        CHECK(call(op, NULL, a, b, c, 1) == CRYPTO_INSN_ERR_NULL, "%s %s: NULL dst", op->arch, op->name);
        for (int s = 0; s < sources(op->kind); s++) {
            const uint8_t *x = s == 0 ? NULL : a, *y = s == 1 ? NULL : b, *z = s == 2 ? NULL : c;
            CHECK(call(op, d, x, y, z, 1) == CRYPTO_INSN_ERR_NULL, "%s %s: NULL source %d", op->arch, op->name, s);
        }
        if (op->kind == K_V) {
            CHECK(call(op, d, NULL, b, c, 1) == CRYPTO_INSN_ERR_NULL, "%s %s: NULL vs2", op->arch, op->name);
            CHECK(call(op, d, a, b, c, 3) == CRYPTO_INSN_ERR_ARG, "%s %s: 48-byte group accepted", op->arch, op->name);
            CHECK(call(op, d, a, b, c, 0) == CRYPTO_INSN_ERR_ARG, "%s %s: empty group accepted", op->arch, op->name);
        }
        if (sve(op->kind)) {
            size_t bad[] = {0, 17, (size_t)-1};
            for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
                CHECK(call(op, d, a, b, c, bad[i]) == CRYPTO_INSN_ERR_ARG, "%s %s: %zu segments accepted", op->arch,
                      op->name, bad[i]);
        }
        if (wide(op->kind)) {
            size_t bad[] = {0, 3, 5, 8, (size_t)-1};
            for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
                CHECK(call(op, d, a, b, c, bad[i]) == CRYPTO_INSN_ERR_ARG, "%s %s: %zu lanes accepted", op->arch,
                      op->name, bad[i]);
            if (op->kind == K_V2)
                CHECK(call(op, d, a, b, c, 4) == CRYPTO_INSN_ERR_ARG, "%s %s: 4 lanes on a VEX-only op", op->arch,
                      op->name);
        }
        for (size_t i = 0; i < sizeof d; i++) CHECK(d[i] == 0xa5, "%s %s: a rejected call wrote dst", op->arch, op->name);
    }
    printf("%d functions (%s): NULL and lane-count misuse rejected\n", n, via);
}

/* The same misuse through every backend's table (the resolved path). */
static void tables(void) {
    static struct op ops[NROWS];
    const char *names[] = {"soft", "ct", "vperm", "native"};
    for (int i = 0; i < 4; i++) {
        const struct crypto_insn_table *t = crypto_insn_table_for(names[i]);
        if (!t) {
            CHECK(crypto_insn_set_backend(names[i]) == CRYPTO_INSN_ERR_UNAVAILABLE, "%s: no table", names[i]);
            continue;
        }
        CHECK(!strcmp(t->backend, names[i]), "table_for(%s) is %s", names[i], t->backend);
        table_ops(t, ops);
        nulls_and_lanes(ops, names[i]);
    }
    CHECK(crypto_insn_table_for(NULL) == NULL, "NULL backend has a table");
    CHECK(crypto_insn_table_for("Native") == NULL, "names are case-sensitive");
    CHECK(crypto_insn_resolve("x86", NULL) == NULL, "NULL mnemonic resolved");
    CHECK(crypto_insn_resolve("x86", "aesenc128kl") == NULL, "a planned instruction resolved");
    CHECK(crypto_insn_resolve("rv32", "aes64esm") == NULL, "an RV64-only instruction resolved on rv32");
    /* The immediate-specialised form: misuse and names, then every backend's
     * 256 functions against the export with the immediate (unaligned, and
     * dst == src). */
    CHECK(crypto_insn_resolve_imm(NULL, "aeskeygenassist", 1) == NULL, "NULL arch resolved (imm)");
    CHECK(crypto_insn_resolve_imm("x86", NULL, 1) == NULL, "NULL mnemonic resolved (imm)");
    CHECK(crypto_insn_resolve_imm("x86", "pclmulqdq", 0) == NULL, "an instruction without an imm form resolved");
    CHECK(crypto_insn_resolve_imm("arm", "aeskeygenassist", 1) == NULL, "x86 AESKEYGENASSIST resolved as arm");
    for (int i = 0; i < 4; i++) {
        if (crypto_insn_set_backend(names[i]) != CRYPTO_INSN_OK) continue;
        for (int imm = 0; imm < 256; imm++) {
            int (*f)(uint8_t *, const uint8_t *) =
                (int (*)(uint8_t *, const uint8_t *))crypto_insn_resolve_imm("x86", "aeskeygenassist", (uint8_t)imm);
            CHECK(f != NULL, "%s: aeskeygenassist %#04x not resolved", names[i], imm);
            if (!f) continue;
            uint8_t src[17], want[16], got[17], same[16], keep[16];
            for (int j = 0; j < 16; j++) src[j + 1] = (uint8_t)(imm * 31 + j * 7 + i);
            CHECK(crypto_insn_x86_aeskeygenassist(want, src + 1, (uint8_t)imm) == CRYPTO_INSN_OK, "export");
            CHECK(f(got + 1, src + 1) == CRYPTO_INSN_OK, "%s: imm form %#04x", names[i], imm);
            CHECK(!memcmp(got + 1, want, 16), "%s: imm form %#04x differs from the export", names[i], imm);
            memcpy(same, src + 1, 16);
            CHECK(f(same, same) == CRYPTO_INSN_OK && !memcmp(same, want, 16), "%s: dst == src %#04x", names[i], imm);
            memset(keep, 0xa5, 16);
            CHECK(f(keep, NULL) == CRYPTO_INSN_ERR_NULL && f(NULL, src + 1) == CRYPTO_INSN_ERR_NULL,
                  "%s: NULL accepted (imm form)", names[i]);
            for (int j = 0; j < 16; j++) CHECK(keep[j] == 0xa5, "%s: NULL call wrote dst", names[i]);
        }
    }
    CHECK(crypto_insn_set_backend("auto") == CRYPTO_INSN_OK, "back to auto");
}

static void names(void) {
    CHECK(crypto_insn_set_backend("") == CRYPTO_INSN_ERR_UNKNOWN, "empty backend name");
    CHECK(crypto_insn_set_backend("Native") == CRYPTO_INSN_ERR_UNKNOWN, "names are case-sensitive");
    CHECK(crypto_insn_set_backend("native ") == CRYPTO_INSN_ERR_UNKNOWN, "trailing space");
    CHECK(crypto_insn_set_backend("\xff\xfe") == CRYPTO_INSN_ERR_UNKNOWN, "non-UTF-8 name");
    CHECK(crypto_insn_set_backend(NULL) == CRYPTO_INSN_ERR_NULL, "NULL name");
    CHECK(crypto_insn_set_backend("auto") == CRYPTO_INSN_OK, "auto");
}

/* Unaligned buffers and dst == source give the aligned result, every function. */
static void alignment(void) {
    static uint8_t buf[5][80];
    for (const struct op *op = ALL; op->name; op++) {
        if (is_gpr(op->kind) || op->kind == K_V) continue;
        size_t lanes = wide(op->kind) || sve(op->kind) ? 2 : 1;
        uint8_t *a = buf[0], *b = buf[1], *c = buf[2], *want = buf[3];
        for (int i = 0; i < 80; i++) a[i] = (uint8_t)(i * 7 + 1), b[i] = (uint8_t)(i * 13 + 5), c[i] = (uint8_t)(i * 3);
        CHECK(call(op, want, a, b, c, lanes) == CRYPTO_INSN_OK, "%s %s", op->arch, op->name);
        for (int off = 1; off < 4; off++) {
            uint8_t *ua = buf[4] + off;
            memcpy(ua, a, 64);
            CHECK(call(op, ua, ua, b, c, lanes) == CRYPTO_INSN_OK, "%s %s unaligned", op->arch, op->name);
            size_t out = op->kind == K_Y2X || op->kind == K_YX || op->kind == K_Y2 ? 32 : 16 * lanes;
            CHECK(!memcmp(ua, want, out), "%s %s: unaligned dst == src differs", op->arch, op->name);
        }
    }
}

/* FIPS-197 / Intel white paper AESENC example. */
static const uint8_t S[16] = {0x5d, 0x47, 0x53, 0x5d, 0x72, 0x6f, 0x74, 0x63, 0x65, 0x56, 0x74, 0x73, 0x65, 0x54, 0x5b, 0x7b};
static const uint8_t K[16] = {0x5d, 0x6e, 0x6f, 0x72, 0x65, 0x75, 0x47, 0x5b, 0x29, 0x79, 0x61, 0x68, 0x53, 0x28, 0x69, 0x48};
static const uint8_t R[16] = {0x95, 0xe5, 0xd7, 0xde, 0x58, 0x4b, 0x10, 0x8b, 0xc5, 0xa3, 0xdb, 0x9f, 0x2f, 0x1c, 0x31, 0xa8};

static volatile int stop;
static long calls; /* every worker's iterations, updated atomically */
static void *worker(void *arg) {
    long bad = 0, n = 0;
    uint8_t d[16];
    while (!stop) {
        crypto_insn_x86_aesenc(d, S, K);
        bad += memcmp(d, R, 16) != 0;
        /* The resolved path while the backend switches: the table handed out
         * stays valid and keeps its backend. */
        const struct crypto_insn_table *t = crypto_insn_table();
        t->x86_aesenc(d, S, K);
        bad += memcmp(d, R, 16) != 0;
        crypto_insn_arm_aese(d, S, K);
        crypto_insn_arm_aesmc(d, d);
        n++;
        __atomic_fetch_add(&calls, 1, __ATOMIC_RELAXED);
    }
    *(long *)arg = bad ? -bad : n;
    return NULL;
}

static void concurrency(void) {
    pthread_t t[4];
    long res[4];
    stop = 0;
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, &res[i]);
    const char *names[] = {"soft", "ct", "vperm", "native", "auto"};
    /* At least 5000 switches, and on until the workers made 20000 calls in
     * all, so that calls and switches really overlap. */
    int switches = 0;
    while (switches < 5000 || __atomic_load_n(&calls, __ATOMIC_RELAXED) < 20000) {
        crypto_insn_set_backend(names[switches % 5]);
        switches++;
    }
    stop = 1;
    long total = 0;
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        CHECK(res[i] >= 0, "thread %d: %ld wrong results while switching backends", i, -res[i]);
        total += res[i] > 0 ? res[i] : 0;
    }
    crypto_insn_set_backend("auto");
    CHECK(total >= 20000, "only %ld calls overlapped the switches", total);
    printf("4 threads, %d backend switches: %ld calls, all right\n", switches, total);
}

int main(void) {
    nulls_and_lanes(ALL, "exports");
    tables();
    names();
    alignment();
    concurrency();
    printf("%d failures\n", failures);
    return failures ? 1 : 0;
}
