/*
 * The oracle protocol shared by the programs in tools/oracles/ (see
 * tools/src/oracle.rs, `crypto-insn diff --oracle`): one request per line on
 * stdin, `<mnemonic> [0xII] <src>...`, registers as memory-order hex (byte 0
 * first) at full width; one answer per line on stdout, the result in
 * memory-order hex or `ERR <why>`. Written for the project, independent of the
 * library: each oracle executes the real instructions.
 */
#ifndef ORACLE_COMMON_H
#define ORACLE_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SRCS 4
#define MAX_BYTES 256

struct request {
    const char *mnemonic;
    int has_imm;
    unsigned imm;
    int nsrc;
    int len[MAX_SRCS]; /* bytes */
    uint8_t src[MAX_SRCS][MAX_BYTES];
};

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Parses a request line in place; 0 on success, else sets *why. */
static int parse_request(char *line, struct request *r, const char **why) {
    char *save = NULL;
    char *tok = strtok_r(line, " \t\r\n", &save);
    memset(r, 0, sizeof *r);
    if (!tok) {
        *why = "empty request";
        return -1;
    }
    r->mnemonic = tok;
    while ((tok = strtok_r(NULL, " \t\r\n", &save))) {
        if (tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X') && !r->has_imm && r->nsrc == 0) {
            r->has_imm = 1;
            r->imm = (unsigned)strtoul(tok, NULL, 16);
            continue;
        }
        size_t n = strlen(tok);
        if (r->nsrc >= MAX_SRCS || n % 2 || n / 2 > MAX_BYTES) {
            *why = "bad operand";
            return -1;
        }
        for (size_t i = 0; i < n / 2; i++) {
            int hi = hexval(tok[2 * i]), lo = hexval(tok[2 * i + 1]);
            if (hi < 0 || lo < 0) {
                *why = "bad hex digit";
                return -1;
            }
            r->src[r->nsrc][i] = (uint8_t)(hi << 4 | lo);
        }
        r->len[r->nsrc++] = (int)(n / 2);
    }
    return 0;
}

static void put_hex(const uint8_t *b, int n) {
    static const char d[] = "0123456789abcdef";
    char buf[2 * MAX_BYTES + 2];
    for (int i = 0; i < n; i++) {
        buf[2 * i] = d[b[i] >> 4];
        buf[2 * i + 1] = d[b[i] & 15];
    }
    buf[2 * n] = '\n';
    fwrite(buf, 1, (size_t)(2 * n + 1), stdout);
}

/* 256 cases of an immediate that must be a compile-time constant. */
#define ORACLE_C4(F, b) F(b) F(b + 1) F(b + 2) F(b + 3)
#define ORACLE_C16(F, b) ORACLE_C4(F, b) ORACLE_C4(F, b + 4) ORACLE_C4(F, b + 8) ORACLE_C4(F, b + 12)
#define ORACLE_C64(F, b) ORACLE_C16(F, b) ORACLE_C16(F, b + 16) ORACLE_C16(F, b + 32) ORACLE_C16(F, b + 48)
#define ORACLE_C256(F) ORACLE_C64(F, 0) ORACLE_C64(F, 64) ORACLE_C64(F, 128) ORACLE_C64(F, 192)

/* Reads requests until EOF; `exec` returns the result length or -1 with *why. */
static int oracle_main(int (*exec)(const struct request *, uint8_t *, const char **)) {
    char *line = NULL;
    size_t cap = 0;
    static uint8_t out[MAX_BYTES];
    while (getline(&line, &cap, stdin) > 0) {
        struct request r;
        const char *why = "unknown";
        int n = parse_request(line, &r, &why) == 0 ? exec(&r, out, &why) : -1;
        if (n < 0)
            printf("ERR %s\n", why);
        else
            put_hex(out, n);
    }
    free(line);
    return fflush(stdout) == 0 ? 0 : 1;
}

#endif
