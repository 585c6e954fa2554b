/* RISC-V scalar crypto oracle (Zbkb, Zbkc, Zbkx, Zkne, Zknd, Zknh, Zksed, Zksh).
 *
 * Freestanding (no libc: Debian has no RV32 libc): own _start, raw Linux
 * ecalls for write and exit. Built twice from this one source, for RV64
 * (-march=rv64gc_zk_zks -mabi=lp64) and RV32 (-march=rv32gc_zk_zks
 * -mabi=ilp32), by tools/gen-riscv-vectors.sh, and run under QEMU user mode.
 * Prints vector lines `<mnemonic> [imm] <rs1> [<rs2>] -> <rd>` with every GPR
 * in memory byte order (as sw/sd store it: XLEN/4 hex digits, byte 0 first).
 * Built with -DORACLE_PROTOCOL it instead answers `crypto-insn diff --oracle`
 * requests on stdin (see the end of this file; tools/oracles/build.sh).
 *
 * The instructions are written as assembler mnemonics: binutils 2.40 knows
 * all of the scalar crypto extensions (ratified 2021). Immediates are part of
 * the encoding, so each immediate value is its own asm statement (the IMM*
 * macros below expand every value).
 */

#ifdef ORACLE_PROTOCOL
/* The generator's case loops are not used in protocol mode. */
#pragma GCC diagnostic ignored "-Wunused-function"
#endif

typedef unsigned long xreg; /* XLEN bits */
#define XLEN (sizeof(xreg) * 8)

#include "rt.h"

/* A GPR in memory byte order: byte 0 (bits 7:0) first. */
static void put_reg(xreg v) {
    static const char hex[] = "0123456789abcdef";
    for (unsigned i = 0; i < XLEN / 8; i++) {
        unsigned byte = (unsigned)(v >> (8 * i)) & 0xff;
        put(hex[byte >> 4]);
        put(hex[byte & 15]);
    }
}

/* ---- inputs ------------------------------------------------------------- */

static unsigned long long rng_state = 0x9e3779b97f4a7c15ull;

static unsigned long long next64(void) { /* xorshift64: shifts only (RV32 has no 64-bit mul) */
    unsigned long long x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return rng_state = x;
}

static xreg rnd(void) { return (xreg)next64(); }

#define N_EDGE 8
static const unsigned long long edge64[N_EDGE] = {
    0, ~0ull, 0x8000000000000000ull, 0x0000000080000000ull,
    0x0123456789abcdefull, 0xfedcba9876543210ull, 0x00000000ffffffffull, 0xffffffff00000000ull,
};
static xreg edge(unsigned i) {
    unsigned long long e = edge64[i % N_EDGE];
    /* On RV32 keep the interesting low words of the 64-bit patterns. */
    if (XLEN == 32 && (i % N_EDGE) == 7) e = 0x7fffffffull;
    if (XLEN == 32 && (i % N_EDGE) == 2) e = 0x80000001ull;
    return (xreg)e;
}

#define N_RANDOM 24

static void line1(const char *m, int imm, xreg a, xreg r) {
    puts_(m);
    if (imm >= 0) { put(' '); put_dec((unsigned)imm); }
    put(' '); put_reg(a);
    puts_(" -> "); put_reg(r); put('\n');
}

static void line2(const char *m, int imm, xreg a, xreg b, xreg r) {
    puts_(m);
    if (imm >= 0) { put(' '); put_dec((unsigned)imm); }
    put(' '); put_reg(a); put(' '); put_reg(b);
    puts_(" -> "); put_reg(r); put('\n');
}

/* ---- instruction wrappers ---------------------------------------------- */

#define OP1(name) \
    static xreg f_##name(xreg a) { xreg r; __asm__(#name " %0, %1" : "=r"(r) : "r"(a)); return r; }
#define OP2(name) \
    static xreg f_##name(xreg a, xreg b) { xreg r; __asm__(#name " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b)); return r; }

/* One function per immediate; a table of them indexed by the immediate. */
#define I1(name, i) \
    static xreg f_##name##_##i(xreg a) { xreg r; __asm__(#name " %0, %1, " #i : "=r"(r) : "r"(a)); return r; }
#define I2(name, i) \
    static xreg f_##name##_##i(xreg a, xreg b) { xreg r; __asm__(#name " %0, %1, %2, " #i : "=r"(r) : "r"(a), "r"(b)); return r; }
#define BS(K, name) K(name, 0) K(name, 1) K(name, 2) K(name, 3)
#define BS_T(name) { f_##name##_0, f_##name##_1, f_##name##_2, f_##name##_3 }
/* D10(K, name, h): immediates h0..h9 (decimal; h empty for 0..9). */
#define D10(K, name, h) K(name, h##0) K(name, h##1) K(name, h##2) K(name, h##3) K(name, h##4) \
                        K(name, h##5) K(name, h##6) K(name, h##7) K(name, h##8) K(name, h##9)
#define D10_T(name, h) f_##name##_##h##0, f_##name##_##h##1, f_##name##_##h##2, f_##name##_##h##3, \
                       f_##name##_##h##4, f_##name##_##h##5, f_##name##_##h##6, f_##name##_##h##7, \
                       f_##name##_##h##8, f_##name##_##h##9

typedef xreg (*fn1)(xreg);
typedef xreg (*fn2)(xreg, xreg);

static void run1(const char *m, fn1 f) {
    for (unsigned i = 0; i < N_EDGE; i++) line1(m, -1, edge(i), f(edge(i)));
    for (unsigned i = 0; i < N_RANDOM; i++) { xreg a = rnd(); line1(m, -1, a, f(a)); }
}

static void run2(const char *m, fn2 f) {
    for (unsigned i = 0; i < N_EDGE; i++) {
        xreg a = edge(i), b = edge(i * 3 + 1);
        line2(m, -1, a, b, f(a, b));
    }
    for (unsigned i = 0; i < N_RANDOM; i++) { xreg a = rnd(), b = rnd(); line2(m, -1, a, b, f(a, b)); }
}

/* rol/ror/rolw/rorw: also small shift amounts and amounts with high bits set. */
static void run_shift(const char *m, fn2 f) {
    run2(m, f);
    for (unsigned i = 0; i < 16; i++) {
        xreg a = rnd(), b = (rnd() & ~(xreg)63) | (xreg)(i * 5 % 64);
        line2(m, -1, a, b, f(a, b));
    }
}

static void run1i(const char *m, const fn1 *t, unsigned n, unsigned per) {
    for (unsigned imm = 0; imm < n; imm++)
        for (unsigned k = 0; k < per; k++) {
            xreg a = k == 0 ? edge(imm + 4) : rnd();
            line1(m, (int)imm, a, t[imm](a));
        }
}

static void run2i(const char *m, const fn2 *t, unsigned n, unsigned per) {
    for (unsigned imm = 0; imm < n; imm++)
        for (unsigned k = 0; k < per; k++) {
            xreg a = k == 0 ? edge(imm) : rnd(), b = k == 0 ? edge(imm + 5) : rnd();
            line2(m, (int)imm, a, b, t[imm](a, b));
        }
}

/* Both XLENs. */
OP2(andn) OP2(orn) OP2(xnor) OP2(rol) OP2(ror) OP2(pack) OP2(packh)
OP1(rev8) OP1(brev8)
OP2(clmul) OP2(clmulh) OP2(xperm4) OP2(xperm8)
OP1(sha256sig0) OP1(sha256sig1) OP1(sha256sum0) OP1(sha256sum1)
OP1(sm3p0) OP1(sm3p1)
BS(I2, sm4ed) BS(I2, sm4ks)
D10(I1, rori, ) D10(I1, rori, 1) D10(I1, rori, 2) I1(rori, 30) I1(rori, 31)

#if __riscv_xlen == 64
OP2(rolw) OP2(rorw) OP2(packw)
OP2(aes64es) OP2(aes64esm) OP2(aes64ds) OP2(aes64dsm) OP2(aes64ks2) OP1(aes64im)
OP1(sha512sig0) OP1(sha512sig1) OP1(sha512sum0) OP1(sha512sum1)
I1(rori, 32) I1(rori, 33) I1(rori, 34) I1(rori, 35) I1(rori, 36) I1(rori, 37) I1(rori, 38) I1(rori, 39)
D10(I1, rori, 4) D10(I1, rori, 5) I1(rori, 60) I1(rori, 61) I1(rori, 62) I1(rori, 63)
D10(I1, roriw, ) D10(I1, roriw, 1) D10(I1, roriw, 2) I1(roriw, 30) I1(roriw, 31)
D10(I1, aes64ks1i, ) I1(aes64ks1i, 10)
#else
OP1(zip) OP1(unzip)
OP2(sha512sig0h) OP2(sha512sig0l) OP2(sha512sig1h) OP2(sha512sig1l) OP2(sha512sum0r) OP2(sha512sum1r)
BS(I2, aes32esi) BS(I2, aes32esmi) BS(I2, aes32dsi) BS(I2, aes32dsmi)
#endif

static const fn2 sm4ed_t[4] = BS_T(sm4ed), sm4ks_t[4] = BS_T(sm4ks);
#if __riscv_xlen == 64
static const fn1 rori_t[64] = { D10_T(rori, ), D10_T(rori, 1), D10_T(rori, 2),
    f_rori_30, f_rori_31, f_rori_32, f_rori_33, f_rori_34, f_rori_35, f_rori_36, f_rori_37,
    f_rori_38, f_rori_39, D10_T(rori, 4), D10_T(rori, 5), f_rori_60, f_rori_61, f_rori_62, f_rori_63 };
static const fn1 roriw_t[32] = { D10_T(roriw, ), D10_T(roriw, 1), D10_T(roriw, 2), f_roriw_30, f_roriw_31 };
static const fn1 ks1i_t[11] = { D10_T(aes64ks1i, ), f_aes64ks1i_10 };
#else
static const fn1 rori_t[32] = { D10_T(rori, ), D10_T(rori, 1), D10_T(rori, 2), f_rori_30, f_rori_31 };
static const fn2 aes32esi_t[4] = BS_T(aes32esi), aes32esmi_t[4] = BS_T(aes32esmi);
static const fn2 aes32dsi_t[4] = BS_T(aes32dsi), aes32dsmi_t[4] = BS_T(aes32dsmi);
#endif

#ifndef ORACLE_PROTOCOL
int main(void) {
    /* Zbkb */
    run2("andn", f_andn); run2("orn", f_orn); run2("xnor", f_xnor);
    run_shift("rol", f_rol); run_shift("ror", f_ror);
    run1i("rori", rori_t, XLEN, 3);
#if __riscv_xlen == 64
    run_shift("rolw", f_rolw); run_shift("rorw", f_rorw);
    run1i("roriw", roriw_t, 32, 3);
#endif
    run2("pack", f_pack); run2("packh", f_packh);
#if __riscv_xlen == 64
    run2("packw", f_packw);
#endif
    run1("rev8", f_rev8); run1("brev8", f_brev8);
#if __riscv_xlen == 32
    run1("zip", f_zip); run1("unzip", f_unzip);
#endif
    /* Zbkc, Zbkx */
    run2("clmul", f_clmul); run2("clmulh", f_clmulh);
    run2("xperm4", f_xperm4); run2("xperm8", f_xperm8);
    /* Zkne, Zknd */
#if __riscv_xlen == 64
    run2("aes64es", f_aes64es); run2("aes64esm", f_aes64esm);
    run2("aes64ds", f_aes64ds); run2("aes64dsm", f_aes64dsm);
    run1("aes64im", f_aes64im);
    run1i("aes64ks1i", ks1i_t, 11, 6);
    run2("aes64ks2", f_aes64ks2);
#else
    run2i("aes32esi", aes32esi_t, 4, 8); run2i("aes32esmi", aes32esmi_t, 4, 8);
    run2i("aes32dsi", aes32dsi_t, 4, 8); run2i("aes32dsmi", aes32dsmi_t, 4, 8);
#endif
    /* Zknh */
    run1("sha256sig0", f_sha256sig0); run1("sha256sig1", f_sha256sig1);
    run1("sha256sum0", f_sha256sum0); run1("sha256sum1", f_sha256sum1);
#if __riscv_xlen == 64
    run1("sha512sig0", f_sha512sig0); run1("sha512sig1", f_sha512sig1);
    run1("sha512sum0", f_sha512sum0); run1("sha512sum1", f_sha512sum1);
#else
    run2("sha512sig0h", f_sha512sig0h); run2("sha512sig0l", f_sha512sig0l);
    run2("sha512sig1h", f_sha512sig1h); run2("sha512sig1l", f_sha512sig1l);
    run2("sha512sum0r", f_sha512sum0r); run2("sha512sum1r", f_sha512sum1r);
#endif
    /* Zksed, Zksh */
    run2i("sm4ed", sm4ed_t, 4, 8); run2i("sm4ks", sm4ks_t, 4, 8);
    run1("sm3p0", f_sm3p0); run1("sm3p1", f_sm3p1);
    flush();
    return 0;
}
#endif

#ifdef ORACLE_PROTOCOL
/* ---- `crypto-insn diff --oracle` protocol mode --------------------------
 * Built with -DORACLE_PROTOCOL: reads requests `<mnemonic> [0xII] <rs1> [<rs2>]`
 * (GPRs as XLEN/4 memory-order hex digits) from stdin and answers each with
 * the rd the real instruction computes (same notation), `illegal` for a
 * reserved immediate (its encoding does not exist: the instruction raises
 * illegal-instruction), or `ERR <why>`. */
/* A memory-order GPR (byte 0 first); -1 on a bad token. */
static int parse_reg(const char *t, xreg *v) {
    unsigned n = 0;
    xreg r = 0;
    while (t[n]) n++;
    if (n != XLEN / 4) return -1;
    for (unsigned i = 0; i < n / 2; i++) {
        int hi = hexv(t[2 * i]), lo = hexv(t[2 * i + 1]);
        if (hi < 0 || lo < 0) return -1;
        r |= (xreg)(hi << 4 | lo) << (8 * i);
    }
    *v = r;
    return 0;
}

struct op1 { const char *m; fn1 f; };
struct op2 { const char *m; fn2 f; };
struct op1i { const char *m; const fn1 *t; unsigned n; };
struct op2i { const char *m; const fn2 *t; unsigned n; };

static const struct op1 OPS1[] = {
    {"rev8", f_rev8}, {"brev8", f_brev8}, {"sha256sig0", f_sha256sig0}, {"sha256sig1", f_sha256sig1},
    {"sha256sum0", f_sha256sum0}, {"sha256sum1", f_sha256sum1}, {"sm3p0", f_sm3p0}, {"sm3p1", f_sm3p1},
#if __riscv_xlen == 64
    {"aes64im", f_aes64im}, {"sha512sig0", f_sha512sig0}, {"sha512sig1", f_sha512sig1},
    {"sha512sum0", f_sha512sum0}, {"sha512sum1", f_sha512sum1},
#else
    {"zip", f_zip}, {"unzip", f_unzip},
#endif
    {0, 0}};
static const struct op2 OPS2[] = {
    {"andn", f_andn}, {"orn", f_orn}, {"xnor", f_xnor}, {"rol", f_rol}, {"ror", f_ror}, {"pack", f_pack},
    {"packh", f_packh}, {"clmul", f_clmul}, {"clmulh", f_clmulh}, {"xperm4", f_xperm4}, {"xperm8", f_xperm8},
#if __riscv_xlen == 64
    {"rolw", f_rolw}, {"rorw", f_rorw}, {"packw", f_packw}, {"aes64es", f_aes64es}, {"aes64esm", f_aes64esm},
    {"aes64ds", f_aes64ds}, {"aes64dsm", f_aes64dsm}, {"aes64ks2", f_aes64ks2},
#else
    {"sha512sig0h", f_sha512sig0h}, {"sha512sig0l", f_sha512sig0l}, {"sha512sig1h", f_sha512sig1h},
    {"sha512sig1l", f_sha512sig1l}, {"sha512sum0r", f_sha512sum0r}, {"sha512sum1r", f_sha512sum1r},
#endif
    {0, 0}};
static const struct op1i OPS1I[] = {
    {"rori", rori_t, XLEN},
#if __riscv_xlen == 64
    {"roriw", roriw_t, 32}, {"aes64ks1i", ks1i_t, 11},
#endif
    {0, 0, 0}};
static const struct op2i OPS2I[] = {
    {"sm4ed", sm4ed_t, 4}, {"sm4ks", sm4ks_t, 4},
#if __riscv_xlen == 32
    {"aes32esi", aes32esi_t, 4}, {"aes32esmi", aes32esmi_t, 4}, {"aes32dsi", aes32dsi_t, 4},
    {"aes32dsmi", aes32dsmi_t, 4},
#endif
    {0, 0, 0}};

static void answer(char *tok[], int nt) {
    const char *m = tok[0];
    int imm = -1, first = 1;
    if (nt > 1 && tok[1][0] == '0' && tok[1][1] == 'x') {
        imm = 0;
        for (const char *p = tok[1] + 2; *p; p++) imm = imm * 16 + hexv(*p);
        first = 2;
    }
    xreg a = 0, b = 0;
    int n = nt - first;
    if ((n >= 1 && parse_reg(tok[first], &a)) || (n >= 2 && parse_reg(tok[first + 1], &b))) {
        puts_("ERR bad operand\n");
        return;
    }
    for (const struct op1 *o = OPS1; o->m; o++)
        if (streq(o->m, m) && n == 1 && imm < 0) { put_reg(o->f(a)); put('\n'); return; }
    for (const struct op2 *o = OPS2; o->m; o++)
        if (streq(o->m, m) && n == 2 && imm < 0) { put_reg(o->f(a, b)); put('\n'); return; }
    for (const struct op1i *o = OPS1I; o->m; o++)
        if (streq(o->m, m) && n == 1 && imm >= 0) {
            if ((unsigned)imm >= o->n) puts_("illegal\n");
            else { put_reg(o->t[imm](a)); put('\n'); }
            return;
        }
    for (const struct op2i *o = OPS2I; o->m; o++)
        if (streq(o->m, m) && n == 2 && imm >= 0) {
            if ((unsigned)imm >= o->n) puts_("illegal\n");
            else { put_reg(o->t[imm](a, b)); put('\n'); }
            return;
        }
    puts_("ERR not an instruction of this oracle\n");
}

int main(void) {
    char line[256];
    unsigned len = 0;
    for (;;) {
        int c = getc_();
        if (c < 0 || c == '\n') {
            line[len] = 0;
            char *tok[6];
            int nt = 0;
            char *p = line;
            while (*p && nt < 6) {
                while (*p == ' ' || *p == '\t' || *p == '\r') p++;
                if (!*p) break;
                tok[nt++] = p;
                while (*p && *p != ' ' && *p != '\t' && *p != '\r') p++;
                if (*p) *p++ = 0;
            }
            if (nt) answer(tok, nt);
            len = 0;
            if (c < 0) break;
        } else if (len + 1 < sizeof line) {
            line[len++] = (char)c;
        }
    }
    flush();
    return 0;
}
#endif
