/*
 * POWER Vector Crypto oracle (Power ISA 2.07 Book I, section 5.11 "Vector
 * Cryptographic Instructions"): executes the real instructions through inline
 * assembly (not through the crypto-insn library) and prints their results.
 *
 * Input (stdin), one case per line:   <mnemonic> [<imm>] <src>...
 * Output (stdout), one line per case: <mnemonic> [<imm>] <src>... -> <result>
 * Registers are 32 hex digits in ISA byte order (byte 0 first: what a
 * big-endian stvx / stxvb16x stores), which is also the digits of the 128-bit
 * integer whose most significant byte is ISA byte 0. The immediate of
 * vshasigmaw/vshasigmad is ST<<4 | SIX (0-31), printed as 0x%02x.
 *
 * Register I/O: this program runs in little-endian mode (ppc64le), where lvx
 * and stvx move the quadword as one 16-byte little-endian scalar: ISA byte 0
 * of the register is memory byte 15. So a register is loaded from (and stored
 * to) a buffer holding its ISA bytes reversed. With --check-lxvb16x (Power ISA
 * 3.0, -cpu power9 and later) every case is also run with lxvb16x/stxvb16x,
 * which move ISA byte i to/from memory byte i in either mode, and the two
 * results must agree.
 *
 * Build: powerpc64le-linux-gnu-gcc -O2 -static -mcpu=power8 oracle.c
 * (see gen-vectors.sh, which builds it, runs it and writes vectors/ppc-crypto.txt).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef __vector unsigned char vr;

static int use_lxvb16x;

/* ISA bytes -> register, register -> ISA bytes. */
static vr load(const unsigned char isa[16]) {
    vr v;
    if (use_lxvb16x) {
        unsigned char buf[16] __attribute__((aligned(16)));
        memcpy(buf, isa, 16);
        /* "wa": any VSR; the vector registers are VSR 32-63 (%x0 prints
           the VSR number). */
        __asm__ volatile("lxvb16x %x0,0,%1" : "=wa"(v) : "r"(buf) : "memory");
    } else {
        unsigned char buf[16] __attribute__((aligned(16)));
        for (int i = 0; i < 16; i++) buf[i] = isa[15 - i];
        __asm__ volatile("lvx %0,0,%1" : "=v"(v) : "r"(buf) : "memory");
    }
    return v;
}

static void store(vr v, unsigned char isa[16]) {
    unsigned char buf[16] __attribute__((aligned(16)));
    if (use_lxvb16x) {
        __asm__ volatile("stxvb16x %x0,0,%1" : : "wa"(v), "r"(buf) : "memory");
        memcpy(isa, buf, 16);
    } else {
        __asm__ volatile("stvx %0,0,%1" : : "v"(v), "r"(buf) : "memory");
        for (int i = 0; i < 16; i++) isa[i] = buf[15 - i];
    }
}

#define OP2(name)                                                                \
    static vr do_##name(vr a, vr b) {                                            \
        vr t;                                                                    \
        __asm__ volatile(#name " %0,%1,%2" : "=v"(t) : "v"(a), "v"(b));          \
        return t;                                                                \
    }
OP2(vcipher)
OP2(vcipherlast)
OP2(vncipher)
OP2(vncipherlast)
OP2(vpmsumb)
OP2(vpmsumh)
OP2(vpmsumw)
OP2(vpmsumd)

static vr do_vsbox(vr a) {
    vr t;
    __asm__ volatile("vsbox %0,%1" : "=v"(t) : "v"(a));
    return t;
}

static vr do_vpermxor(vr a, vr b, vr c) {
    vr t;
    __asm__ volatile("vpermxor %0,%1,%2,%3" : "=v"(t) : "v"(a), "v"(b), "v"(c));
    return t;
}

/* vshasigmaw/d VRT,VRA,ST,SIX with the immediate ST<<4 | SIX as an
   assemble-time constant: one case per value. */
#define SIGMA_CASE(insn, n)                                                      \
    case n:                                                                      \
        __asm__ volatile(insn " %0,%1,%2,%3" : "=v"(t) : "v"(a), "i"((n) >> 4), \
                         "i"((n) & 15));                                         \
        break;
#define SIGMA_CASES(insn)                                                        \
    SIGMA_CASE(insn, 0) SIGMA_CASE(insn, 1) SIGMA_CASE(insn, 2)                 \
    SIGMA_CASE(insn, 3) SIGMA_CASE(insn, 4) SIGMA_CASE(insn, 5)                 \
    SIGMA_CASE(insn, 6) SIGMA_CASE(insn, 7) SIGMA_CASE(insn, 8)                 \
    SIGMA_CASE(insn, 9) SIGMA_CASE(insn, 10) SIGMA_CASE(insn, 11)               \
    SIGMA_CASE(insn, 12) SIGMA_CASE(insn, 13) SIGMA_CASE(insn, 14)              \
    SIGMA_CASE(insn, 15) SIGMA_CASE(insn, 16) SIGMA_CASE(insn, 17)              \
    SIGMA_CASE(insn, 18) SIGMA_CASE(insn, 19) SIGMA_CASE(insn, 20)              \
    SIGMA_CASE(insn, 21) SIGMA_CASE(insn, 22) SIGMA_CASE(insn, 23)              \
    SIGMA_CASE(insn, 24) SIGMA_CASE(insn, 25) SIGMA_CASE(insn, 26)              \
    SIGMA_CASE(insn, 27) SIGMA_CASE(insn, 28) SIGMA_CASE(insn, 29)              \
    SIGMA_CASE(insn, 30) SIGMA_CASE(insn, 31)

static vr do_vshasigmaw(vr a, int imm) {
    vr t = a;
    switch (imm) { SIGMA_CASES("vshasigmaw") default: abort(); }
    return t;
}

static vr do_vshasigmad(vr a, int imm) {
    vr t = a;
    switch (imm) { SIGMA_CASES("vshasigmad") default: abort(); }
    return t;
}

static int parse_reg(const char *s, unsigned char out[16]) {
    if (strlen(s) != 32) return -1;
    for (int i = 0; i < 16; i++) {
        unsigned v;
        if (sscanf(s + 2 * i, "%2x", &v) != 1) return -1;
        out[i] = (unsigned char)v;
    }
    return 0;
}

static void hex(const unsigned char b[16], char out[33]) {
    for (int i = 0; i < 16; i++) sprintf(out + 2 * i, "%02x", b[i]);
}

/* Runs one case; 0 on success. `src` are the n register operands. */
static int run(const char *m, int imm, int n, unsigned char src[3][16], unsigned char res[16]) {
    vr a = load(src[0]);
    vr b = n > 1 ? load(src[1]) : a;
    vr c = n > 2 ? load(src[2]) : a;
    vr t;
    if (!strcmp(m, "vcipher") && n == 2) t = do_vcipher(a, b);
    else if (!strcmp(m, "vcipherlast") && n == 2) t = do_vcipherlast(a, b);
    else if (!strcmp(m, "vncipher") && n == 2) t = do_vncipher(a, b);
    else if (!strcmp(m, "vncipherlast") && n == 2) t = do_vncipherlast(a, b);
    else if (!strcmp(m, "vpmsumb") && n == 2) t = do_vpmsumb(a, b);
    else if (!strcmp(m, "vpmsumh") && n == 2) t = do_vpmsumh(a, b);
    else if (!strcmp(m, "vpmsumw") && n == 2) t = do_vpmsumw(a, b);
    else if (!strcmp(m, "vpmsumd") && n == 2) t = do_vpmsumd(a, b);
    else if (!strcmp(m, "vsbox") && n == 1) t = do_vsbox(a);
    else if (!strcmp(m, "vpermxor") && n == 3) t = do_vpermxor(a, b, c);
    else if (!strcmp(m, "vshasigmaw") && n == 1 && imm >= 0 && imm < 32) t = do_vshasigmaw(a, imm);
    else if (!strcmp(m, "vshasigmad") && n == 1 && imm >= 0 && imm < 32) t = do_vshasigmad(a, imm);
    else return -1;
    store(t, res);
    return 0;
}

static int has_imm(const char *m) { return !strncmp(m, "vshasigma", 9); }

int main(int argc, char **argv) {
    int check = argc > 1 && !strcmp(argv[1], "--check-lxvb16x");
    char line[512];
    int lineno = 0;

    /* Known vector: FIPS-197 Appendix B, round 1 (start of round 1 state,
       round key 1, start of round 2 state). AES state byte i is ISA byte i. */
    {
        unsigned char src[3][16], want[16], got[16];
        parse_reg("193de3bea0f4e22b9ac68d2ae9f84808", src[0]);
        parse_reg("a0fafe1788542cb123a339392a6c7605", src[1]);
        parse_reg("a49c7ff2689f352b6b5bea43026a5049", want);
        for (int pass = 0; pass <= check; pass++) {
            use_lxvb16x = pass;
            run("vcipher", -1, 2, src, got);
            if (memcmp(got, want, 16)) {
                char h[33];
                hex(got, h);
                fprintf(stderr, "oracle: FIPS-197 Appendix B round 1 via vcipher (%s) gave %s\n",
                        pass ? "lxvb16x" : "lvx", h);
                return 3;
            }
        }
        use_lxvb16x = 0;
    }

    while (fgets(line, sizeof line, stdin)) {
        lineno++;
        char *tok[8];
        int nt = 0;
        for (char *p = strtok(line, " \t\r\n"); p && nt < 8; p = strtok(NULL, " \t\r\n")) tok[nt++] = p;
        if (nt == 0) continue;
        const char *m = tok[0];
        int imm = -1, first = 1;
        if (has_imm(m)) {
            if (nt < 2) goto bad;
            imm = (int)strtol(tok[1], NULL, 0);
            first = 2;
        }
        int n = nt - first;
        if (n < 1 || n > 3) goto bad;
        unsigned char src[3][16], res[16], res2[16];
        memset(src, 0, sizeof src);
        for (int i = 0; i < n; i++)
            if (parse_reg(tok[first + i], src[i])) goto bad;
        use_lxvb16x = 0;
        if (run(m, imm, n, src, res)) goto bad;
        if (check) {
            use_lxvb16x = 1;
            run(m, imm, n, src, res2);
            use_lxvb16x = 0;
            if (memcmp(res, res2, 16)) {
                fprintf(stderr, "oracle: line %d: lvx and lxvb16x paths disagree\n", lineno);
                return 4;
            }
        }
        char h[33];
        fputs(m, stdout);
        if (imm >= 0) printf(" 0x%02x", imm);
        for (int i = 0; i < n; i++) {
            hex(src[i], h);
            printf(" %s", h);
        }
        hex(res, h);
        printf(" -> %s\n", h);
        continue;
    bad:
        fprintf(stderr, "oracle: line %d: cannot parse\n", lineno);
        return 2;
    }
    return 0;
}
