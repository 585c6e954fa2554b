/*
 * Replays the project's vector files through the C ABI, on every backend, and
 * checks the ABI's contract: aliasing (dst == src), NULL rejection, lane counts,
 * backend selection, the version string.
 *
 *   replay x86:vectors/x86-aes.txt arm:vectors/arm-aes.txt ...
 *
 * Built and run (also under valgrind memcheck) by .ci/run. Exit status 0 only if
 * every line of every file matches on every available backend.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abi_table.h"


/* The largest operand in bytes (an SVE Z register at VL = 2048). */
#define MAXB 256

/* Memory-order hex to bytes; returns the byte count, or -1. */
static int unhex(const char *s, uint8_t *out, size_t max) {
    size_t n = strlen(s);
    if (n % 2 || n / 2 > max) return -1;
    for (size_t i = 0; i < n / 2; i++) {
        unsigned v;
        if (sscanf(s + 2 * i, "%2x", &v) != 1) return -1;
        out[i] = (uint8_t)v;
    }
    return (int)(n / 2);
}

/* Whether a vector line's mnemonic names the row: the rows of shape V write
 * its '.' as '_' (vaesem.vv is vaesem_vv). */
static int same_name(const char *row, const char *text, enum kind k) {
    for (; *row && *text; row++, text++)
        if (*row != *text && !(k == K_V && *row == '_' && *text == '.')) return 0;
    return !*row && !*text;
}

/* The functions the replay calls: the exports (ALL), or a backend table's. */
static const struct op *OPS = ALL;

static const struct op *find(const char *arch, const char *name) {
    for (const struct op *t = OPS; t->name; t++)
        if (!strcmp(t->arch, arch) && same_name(t->name, name, t->kind)) return t;
    return NULL;
}

/* The row a vector line's mnemonic names: on arm an A64 mnemonic with an
 * operand wider than 16 bytes is its SVE form (sve_<name>), and an SVE row may
 * drop its sve_ prefix (pmullb); on arm32 the data-type suffix (.8, .32, .p64)
 * is optional and vmull is vmull_p64. */
static const struct op *lookup(const char *arch, const char *mnemonic, const char *first) {
    char name[64];
    size_t n = strlen(mnemonic);
    if (n >= sizeof name - 8) return NULL;
    for (size_t i = 0; i <= n; i++) name[i] = (char)(mnemonic[i] >= 'A' && mnemonic[i] <= 'Z' ? mnemonic[i] + 32 : mnemonic[i]);
    if (!strcmp(arch, "arm32")) {
        char *dot = strrchr(name, '.');
        if (dot) *dot = 0;
        if (!strcmp(name, "vmull")) strcpy(name, "vmull_p64");
        return find(arch, name);
    }
    if (!strcmp(arch, "arm")) {
        char sve[72];
        snprintf(sve, sizeof sve, "sve_%s", name);
        const char *digits = strncmp(first, "0x", 2) ? first : first + 2;
        if (strlen(digits) > 32 && find(arch, sve)) return find(arch, sve);
        if (!find(arch, name)) return find(arch, sve);
    }
    return find(arch, name);
}

static int ends_with(const char *s, const char *tail) {
    size_t n = strlen(s), m = strlen(tail);
    return n >= m && !strcmp(s + n - m, tail);
}

static uint64_t gpr_of(const uint8_t *b, int len);

/* Replays one RISC-V vector line (tokens after the mnemonic, up to "->"):
 * [imm] [sew=N] [vl=N] [vstart=N] vd vs2 [vs1 | rs1]. Returns 1 when the
 * result matches, 0 otherwise. */
static int replay_v(const struct op *op, const char *mn, char **tok, int n, const char *where) {
    int i = 0;
    uint8_t imm = 0;
    uint32_t sew = 0, vl = UINT32_MAX, vstart = 0;
    if (ends_with(mn, ".vi") && i < n) imm = (uint8_t)strtol(tok[i++], NULL, 0);
    for (; i < n && strchr(tok[i], '='); i++) {
        unsigned long v = strtoul(strchr(tok[i], '=') + 1, NULL, 10);
        if (!strncmp(tok[i], "sew=", 4)) sew = (uint32_t)v;
        else if (!strncmp(tok[i], "vl=", 3)) vl = (uint32_t)v;
        else if (!strncmp(tok[i], "vstart=", 7)) vstart = (uint32_t)v;
    }
    uint8_t vd[128] = {0}, vs2[128] = {0}, vs1[128] = {0}, want[128], alias[128];
    uint64_t rs1 = 0;
    int dl = i < n ? unhex(tok[i++], vd, 128) : -1;
    int l2 = i < n ? unhex(tok[i++], vs2, 128) : -1;
    if (i < n && tok[i][0] != '-') {
        uint8_t b[128];
        int l = unhex(tok[i++], b, 128);
        if (ends_with(mn, ".vx") && (l == 8 || l == 4)) rs1 = gpr_of(b, l); /* rv64 sd / rv32 sw order */
        else if (l > 0) memcpy(vs1, b, (size_t)l);
    }
    if (dl <= 0 || l2 <= 0 || i + 1 >= n || strcmp(tok[i], "->")) {
        CHECK(0, "%s: bad vector line", where);
        return 0;
    }
    /* vl defaults to VLMAX at the default SEW (64 for vclmul/vclmulh, else 32). */
    uint32_t esew = sew ? sew : (!strncmp(mn, "vclmul", 6) ? 64 : 32);
    if (vl == UINT32_MAX) vl = (uint32_t)((!strncmp(mn, "vwsll", 5) ? dl / 2 : dl) * 8 / esew);
    int illegal = !strcmp(tok[i + 1], "illegal");
    int wl = illegal ? 0 : unhex(tok[i + 1], want, 128);
    memcpy(alias, vd, sizeof alias);
    int st = ((fv)op->fn)(vd, vs2, vs1, rs1, imm, (size_t)dl, sew, vl, vstart);
    int ok = illegal ? st == CRYPTO_INSN_ERR_ILLEGAL : st == CRYPTO_INSN_OK && wl == dl && !memcmp(vd, want, (size_t)dl);
    CHECK(ok, "%s: %s on %s: result differs (status %d)", where, mn, crypto_insn_backend(), st);
    if (illegal) CHECK(!memcmp(vd, alias, sizeof alias), "%s: illegal %s wrote vd", where, mn);
    return ok;
}

static int is_sve(enum kind k) { return k == K_Z1 || k == K_Z2; }
static int has_imm(enum kind k) {
    return k == K_R1I || k == K_R2I || k == K_R3I || k == K_W2I || k == K_X1I || k == K_X2I;
}
static int is_wide(enum kind k) { return k == K_W2 || k == K_W2I || k == K_V2 || is_sve(k); }
static int is_ymm(enum kind k) { return k == K_Y2X || k == K_YX || k == K_Y2; }

/* A general-purpose register from memory-order bytes (as sw/sd store it). */
static uint64_t gpr_of(const uint8_t *b, int len) {
    uint64_t v = 0;
    for (int i = len - 1; i >= 0; i--) v = v << 8 | b[i];
    return v;
}

static void gpr_bytes(uint64_t v, uint8_t *b, int len) {
    for (int i = 0; i < len; i++) b[i] = (uint8_t)(v >> (8 * i));
}

/* Runs one GPR instruction: returns the result length (4 or 8), 0 for
 * CRYPTO_INSN_ERR_ILLEGAL, -1 for another error. */
static int run_gpr(const struct op *op, uint8_t imm, uint8_t src[3][MAXB], int len, uint8_t *dst) {
    uint64_t a = gpr_of(src[0], len), b = gpr_of(src[1], len);
    int st;
    if (len == 4) {
        uint32_t r = 0;
        switch (op->kind) {
        case K_X1: st = ((g1_32)op->fn)(&r, (uint32_t)a); break;
        case K_X1I: st = ((g1i_32)op->fn)(&r, (uint32_t)a, imm); break;
        case K_X2: st = ((g2_32)op->fn)(&r, (uint32_t)a, (uint32_t)b); break;
        default: st = ((g2i_32)op->fn)(&r, (uint32_t)a, (uint32_t)b, imm); break;
        }
        gpr_bytes(r, dst, 4);
    } else {
        uint64_t r = 0;
        switch (op->kind) {
        case K_X1: st = ((g1_64)op->fn)(&r, a); break;
        case K_X1I: st = ((g1i_64)op->fn)(&r, a, imm); break;
        case K_X2: st = ((g2_64)op->fn)(&r, a, b); break;
        default: st = ((g2i_64)op->fn)(&r, a, b, imm); break;
        }
        gpr_bytes(r, dst, 8);
    }
    return st == CRYPTO_INSN_OK ? len : st == CRYPTO_INSN_ERR_ILLEGAL ? 0 : -1;
}

/* Runs one instruction; returns the result length in bytes, or -1. */
static int run(const struct op *op, uint8_t imm, uint8_t src[3][MAXB], int len, uint8_t *dst) {
    int st;
    if (is_gpr(op->kind)) return run_gpr(op, imm, src, len, dst);
    switch (op->kind) {
    case K_R1: st = ((f1)op->fn)(dst, src[0]); break;
    case K_R1I: st = ((f1i)op->fn)(dst, src[0], imm); break;
    case K_R2: st = ((f2)op->fn)(dst, src[0], src[1]); break;
    case K_R2I: st = ((f2i)op->fn)(dst, src[0], src[1], imm); break;
    case K_R3: st = ((f3)op->fn)(dst, src[0], src[1], src[2]); break;
    case K_R3I: st = ((f3i)op->fn)(dst, src[0], src[1], src[2], imm); break;
    case K_Y2X: st = ((f3)op->fn)(dst, src[0], src[1], src[2]); break;
    case K_YX:
    case K_Y2: st = ((f2)op->fn)(dst, src[0], src[1]); break;
    case K_W2:
    case K_V2: st = ((fw)op->fn)(dst, src[0], src[1], (size_t)len / 16); break;
    case K_Z1: st = ((fz1)op->fn)(dst, src[0], (size_t)len / 16); break;
    case K_Z2: st = ((fz2)op->fn)(dst, src[0], src[1], (size_t)len / 16); break;
    case K_D2: st = ((f2)op->fn)(dst, src[0], src[1]); break;
    default: st = ((fwi)op->fn)(dst, src[0], src[1], (size_t)len / 16, imm); break;
    }
    if (st != CRYPTO_INSN_OK) return -1;
    return is_wide(op->kind) ? len : is_ymm(op->kind) ? 32 : 16; /* D2: a 16-byte Q */
}

static int sources(enum kind k) {
    if (k == K_R1 || k == K_R1I || k == K_X1 || k == K_X1I || k == K_Z1) return 1;
    return k == K_R3 || k == K_R3I || k == K_Y2X ? 3 : 2;
}

/* Replays one file; returns the number of lines checked. */
static int replay(const char *arch, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) {
        CHECK(0, "cannot open %s", path);
        return 0;
    }
    char *line = NULL;
    size_t cap = 0;
    int lineno = 0, checked = 0;
    while (getline(&line, &cap, f) > 0) {
        lineno++;
        char *hash = strchr(line, '#');
        if (hash) *hash = 0;
        char *tok[12];
        int n = 0;
        for (char *t = strtok(line, " \t\r\n"); t && n < 12; t = strtok(NULL, " \t\r\n")) tok[n++] = t;
        if (n == 0) continue;
        const struct op *op = lookup(arch, tok[0], n > 1 ? tok[1] : "");
        if (!op) {
            CHECK(0, "%s:%d: unknown mnemonic %s", path, lineno, tok[0]);
            continue;
        }
        if (op->kind == K_V) {
            char where[600];
            snprintf(where, sizeof where, "%s:%d", path, lineno);
            replay_v(op, tok[0], tok + 1, n - 1, where);
            checked++;
            continue;
        }
        int i = 1;
        uint8_t imm = 0;
        if (has_imm(op->kind)) imm = (uint8_t)strtol(tok[i++], NULL, 0);
        uint8_t src[3][MAXB] = {{0}}, want[MAXB], got[MAXB];
        int len = 16;
        for (int s = 0; s < sources(op->kind) && i < n; s++) {
            int l = unhex(tok[i++], src[s], MAXB);
            CHECK(l > 0, "%s:%d: bad operand", path, lineno);
            if (s == 0) len = l;
        }
        CHECK(i + 1 < n && !strcmp(tok[i], "->"), "%s:%d: no result", path, lineno);
        if (i + 1 >= n) continue;
        /* `-> illegal`: the reserved encoding must be rejected, nothing else. */
        int wlen = !strcmp(tok[i + 1], "illegal") ? 0 : unhex(tok[i + 1], want, MAXB);
        int glen = run(op, imm, src, len, got);
        CHECK(glen == wlen && !memcmp(got, want, (size_t)wlen), "%s:%d: %s on %s: result differs", path, lineno,
              op->name, crypto_insn_backend());
        /* Aliasing: the destination is the first source. */
        if (!is_wide(op->kind) && !is_ymm(op->kind) && !is_gpr(op->kind)) {
            uint8_t alias[3][MAXB];
            memcpy(alias, src, sizeof alias);
            run(op, imm, alias, len, alias[0]);
            CHECK(!memcmp(alias[0], want, 16), "%s:%d: %s with dst == src differs", path, lineno, op->name);
        }
        checked++;
    }
    free(line);
    fclose(f);
    return checked;
}

static void contract(void) {
    uint8_t a[MAXB] = {1}, b[MAXB] = {2};
    CHECK(crypto_insn_x86_aesenc(NULL, a, b) == CRYPTO_INSN_ERR_NULL, "NULL dst accepted");
    CHECK(crypto_insn_x86_aesenc(a, NULL, b) == CRYPTO_INSN_ERR_NULL, "NULL state accepted");
    CHECK(crypto_insn_arm_sha256su1(a, b, b, NULL) == CRYPTO_INSN_ERR_NULL, "NULL m accepted");
    CHECK(a[0] == 1, "a rejected call wrote dst");
    CHECK(crypto_insn_x86_vaesenc(a, a, b, 3) == CRYPTO_INSN_ERR_ARG, "3 lanes accepted");
    CHECK(crypto_insn_x86_vpclmulqdq(a, a, b, 0, 0x11) == CRYPTO_INSN_ERR_ARG, "0 lanes accepted");
    CHECK(crypto_insn_arm_sve_aese(a, a, b, 0) == CRYPTO_INSN_ERR_ARG, "0 SVE segments accepted");
    CHECK(crypto_insn_arm_sve_pmullb(a, a, b, 17) == CRYPTO_INSN_ERR_ARG, "17 SVE segments accepted");
    CHECK(crypto_insn_arm_sve_aesmc(a, NULL, 1) == CRYPTO_INSN_ERR_NULL, "NULL SVE source accepted");
    CHECK(crypto_insn_arm32_vmull_p64(NULL, a, b) == CRYPTO_INSN_ERR_NULL, "NULL vmull.p64 dst accepted");
    CHECK(crypto_insn_set_backend("turbo") == CRYPTO_INSN_ERR_UNKNOWN, "unknown backend accepted");
    CHECK(crypto_insn_set_backend(NULL) == CRYPTO_INSN_ERR_NULL, "NULL backend accepted");
    CHECK(crypto_insn_version()[0] != 0, "empty version");
    CHECK(crypto_insn_rv64_vaesem_vv(NULL, a, NULL, 0, 0, 16, 0, 4, 0) == CRYPTO_INSN_ERR_NULL, "NULL vd accepted");
    CHECK(crypto_insn_rv64_vghsh_vv(a, b, NULL, 0, 0, 16, 0, 4, 0) == CRYPTO_INSN_ERR_NULL, "NULL vs1 accepted");
    CHECK(crypto_insn_rv64_vaesem_vv(a, b, NULL, 0, 0, 48, 0, 4, 0) == CRYPTO_INSN_ERR_ARG, "48-byte group accepted");
    CHECK(crypto_insn_rv64_vaesem_vv(a, b, NULL, 0, 0, 16, 64, 2, 0) == CRYPTO_INSN_ERR_ILLEGAL, "SEW 64 vaesem accepted");
    CHECK(a[0] == 1, "a rejected vector call wrote vd");
}

int main(int argc, char **argv) {
    const char *backends[] = {"auto", "soft", "ct", "vperm", "native"};
    printf("crypto-insn C ABI %s\n", crypto_insn_version());
    contract();
    for (size_t b = 0; b < sizeof backends / sizeof *backends; b++) {
        int st = crypto_insn_set_backend(backends[b]);
        if (st == CRYPTO_INSN_ERR_UNAVAILABLE) {
            printf("backend %-6s unavailable on this CPU\n", backends[b]);
            continue;
        }
        CHECK(st == CRYPTO_INSN_OK, "set_backend(%s) = %d", backends[b], st);
        /* The resolved path: the current table is this backend's, and every
         * instruction's resolved function is that table's member. */
        const struct crypto_insn_table *cur = crypto_insn_table();
        const struct crypto_insn_table *named = crypto_insn_table_for(backends[b]);
        CHECK(cur != NULL && cur == named, "crypto_insn_table() is not table_for(%s)", backends[b]);
        CHECK(!strcmp(cur->backend, crypto_insn_backend()), "table name %s", cur->backend);
        static struct op tabled[NROWS];
        table_ops(cur, tabled);
        for (size_t k = 0; tabled[k].name; k++)
            CHECK((void *)crypto_insn_resolve(tabled[k].arch, tabled[k].name) == tabled[k].fn,
                  "resolve(%s, %s) is not the table's member", tabled[k].arch, tabled[k].name);
        for (int pass = 0; pass < 2; pass++) {
            OPS = pass ? tabled : ALL;
            int total = 0;
            for (int i = 1; i < argc; i++) {
                char arch[16] = {0};
                const char *colon = strchr(argv[i], ':');
                if (!colon || colon - argv[i] > 15) {
                    CHECK(0, "argument %s is not arch:path", argv[i]);
                    continue;
                }
                memcpy(arch, argv[i], (size_t)(colon - argv[i]));
                total += replay(arch, colon + 1);
            }
            printf("backend %-6s (%s) %s: %d lines replayed\n", backends[b], crypto_insn_backend(),
                   pass ? "through its table" : "through the exports", total);
        }
        OPS = ALL;
    }
    CHECK(crypto_insn_resolve("x86", "nosuch") == NULL, "unknown instruction resolved");
    CHECK(crypto_insn_resolve(NULL, "aesenc") == NULL, "NULL arch resolved");
    CHECK(crypto_insn_table_for("turbo") == NULL, "unknown backend has a table");
    printf("%d failures\n", failures);
    return failures ? 1 : 0;
}
