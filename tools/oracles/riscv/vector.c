/* RISC-V vector crypto oracle (Zvbb, Zvbc, Zvkg, Zvkned, Zvknhb, Zvksed, Zvksh)
 * at VLEN = 128: the generator of tools/gen-riscv-vector-vectors.sh, or, built
 * with -DORACLE_PROTOCOL, a `crypto-insn diff --oracle` oracle (see the
 * protocol section at the end).
 *
 * Freestanding RV64 or RV32 (own _start, raw Linux ecalls). Binutils 2.40 has no
 * vector crypto mnemonics, so each instruction is a `.word` built by the
 * assembler from the specification's encoding fields (funct6, vm, vs2, vs1 /
 * uimm / rs1, funct3, vd, opcode: OP-V 0x57 for Zvbb/Zvbc, OP-VE 0x77 for
 * Zvk*), one stub per op and immediate. Fixed registers: vd = v8, vs2 = v16,
 * vs1 = v24, rs1 = a0.
 *
 * Each case: whole-register loads (vl8re8.v) of v8, v16, v24, vsetvl with
 * vtype = SEW/LMUL, tu, mu, csrw vstart, the instruction, vs8r.v of v8.
 * A SIGILL handler (rt_sigaction, SA_SIGINFO) steps over a trapping
 * instruction and the case is printed with `-> illegal`.
 *
 * Prints '<mnemonic> [imm] sew=N vl=N vstart=N <vd> <vs2> [<vs1>|<rs1>] -> <vd after>'
 * with register groups in memory order (vse8.v order), rs1 XLEN/4 hex digits
 * in sd/sw order. */

#ifdef ORACLE_PROTOCOL
/* The generator's output helpers are partly unused in protocol mode. */
#pragma GCC diagnostic ignored "-Wunused-function"
#endif

typedef unsigned long xreg; /* XLEN bits */
typedef unsigned char u8;

#include "rt.h"

static void put_bytes(const u8 *p, unsigned n) {
    static const char hex[] = "0123456789abcdef";
    for (unsigned i = 0; i < n; i++) put(hex[p[i] >> 4]), put(hex[p[i] & 15]);
}
static void put_hex(const u8 *p, unsigned n) {
    put(' ');
    put_bytes(p, n);
}

/* ---- SIGILL: step over the instruction -------------------------------- */
static volatile int trapped;
/* Linux ucontext: uc_flags, uc_link, uc_stack, uc_sigmask (128 bytes with
 * its padding), then uc_mcontext (pc first) aligned to 16: offset 176 on
 * riscv64, 160 on riscv32. */
#if __riscv_xlen == 64
#define MCONTEXT 176
#else
#define MCONTEXT 160
#endif
static void on_sigill(int sig, void *info, void *uc) {
    (void)sig, (void)info;
    xreg *pc = (xreg *)((char *)uc + MCONTEXT);
    *pc += 4;
    trapped = 1;
}
/* The kernel's struct sigaction (no sa_restorer on RISC-V); the mask is the
 * 64-bit kernel sigset on both XLENs. */
struct ksigaction { void *handler; xreg flags; unsigned long long mask; };
static void install(void) {
    struct ksigaction sa = {(void *)on_sigill, 4 /* SA_SIGINFO */ | 0x40000000 /* SA_NODEFER */, 0};
    if (sys4(134 /* rt_sigaction */, 4 /* SIGILL */, (long)&sa, 0, 8) != 0) sys4(93, 3, 0, 0, 0);
}

/* ---- instruction stubs -------------------------------------------------- */
#define VD 8
#define VS2 16
#define VS1 24
#define RS1 10 /* a0 */
/* enc(funct6, vm, vs2, field15, funct3, vd, opcode) */
__asm__(".option push\n.option norvc\n"
        ".macro enc f6, vm, vs2, r1, f3, vd, op\n"
        "  .word (\\f6 << 26) | (\\vm << 25) | (\\vs2 << 20) | (\\r1 << 15) | (\\f3 << 12) | (\\vd << 7) | \\op\n"
        "  ret\n"
        ".endm\n"
        ".macro enc_imm n, f6, f3, op\n"
        "  .set i, 0\n"
        "  .rept \\n\n"
        "    enc (\\f6 | (i >> 5)), 1, 16, (i & 31), \\f3, 8, \\op\n"
        "    .set i, i + 1\n"
        "  .endr\n"
        ".endm\n"
        ".text\n.balign 8\n"
        /* Zvbb / Zvkb / Zvbc (OP-V 0x57): OPIVV 0, OPMVV 2, OPIVI 3, OPIVX 4, OPMVX 6 */
        "s_vandn_vv: enc 0x01, 1, 16, 24, 0, 8, 0x57\n"
        "s_vandn_vx: enc 0x01, 1, 16, 10, 4, 8, 0x57\n"
        "s_vbrev8_v: enc 0x12, 1, 16, 8, 2, 8, 0x57\n"
        "s_vrev8_v:  enc 0x12, 1, 16, 9, 2, 8, 0x57\n"
        "s_vbrev_v:  enc 0x12, 1, 16, 10, 2, 8, 0x57\n"
        "s_vclz_v:   enc 0x12, 1, 16, 12, 2, 8, 0x57\n"
        "s_vctz_v:   enc 0x12, 1, 16, 13, 2, 8, 0x57\n"
        "s_vcpop_v:  enc 0x12, 1, 16, 14, 2, 8, 0x57\n"
        "s_vrol_vv:  enc 0x15, 1, 16, 24, 0, 8, 0x57\n"
        "s_vrol_vx:  enc 0x15, 1, 16, 10, 4, 8, 0x57\n"
        "s_vror_vv:  enc 0x14, 1, 16, 24, 0, 8, 0x57\n"
        "s_vror_vx:  enc 0x14, 1, 16, 10, 4, 8, 0x57\n"
        "s_vror_vi:  enc_imm 64, 0x14, 3, 0x57\n"
        "s_vwsll_vv: enc 0x35, 1, 16, 24, 0, 8, 0x57\n"
        "s_vwsll_vx: enc 0x35, 1, 16, 10, 4, 8, 0x57\n"
        "s_vwsll_vi: enc_imm 32, 0x35, 3, 0x57\n"
        "s_vclmul_vv:  enc 0x0c, 1, 16, 24, 2, 8, 0x57\n"
        "s_vclmul_vx:  enc 0x0c, 1, 16, 10, 6, 8, 0x57\n"
        "s_vclmulh_vv: enc 0x0d, 1, 16, 24, 2, 8, 0x57\n"
        "s_vclmulh_vx: enc 0x0d, 1, 16, 10, 6, 8, 0x57\n"
        /* Zvk* (OP-VE 0x77, OPMVV) */
        "s_vghsh_vv:  enc 0x2c, 1, 16, 24, 2, 8, 0x77\n"
        "s_vgmul_vv:  enc 0x28, 1, 16, 17, 2, 8, 0x77\n"
        "s_vaesdm_vv: enc 0x28, 1, 16, 0, 2, 8, 0x77\n"
        "s_vaesdm_vs: enc 0x29, 1, 16, 0, 2, 8, 0x77\n"
        "s_vaesdf_vv: enc 0x28, 1, 16, 1, 2, 8, 0x77\n"
        "s_vaesdf_vs: enc 0x29, 1, 16, 1, 2, 8, 0x77\n"
        "s_vaesem_vv: enc 0x28, 1, 16, 2, 2, 8, 0x77\n"
        "s_vaesem_vs: enc 0x29, 1, 16, 2, 2, 8, 0x77\n"
        "s_vaesef_vv: enc 0x28, 1, 16, 3, 2, 8, 0x77\n"
        "s_vaesef_vs: enc 0x29, 1, 16, 3, 2, 8, 0x77\n"
        "s_vaesz_vs:  enc 0x29, 1, 16, 7, 2, 8, 0x77\n"
        "s_vsm4r_vv:  enc 0x28, 1, 16, 16, 2, 8, 0x77\n"
        "s_vsm4r_vs:  enc 0x29, 1, 16, 16, 2, 8, 0x77\n"
        "s_vaeskf1_vi: enc_imm 32, 0x22, 2, 0x77\n"
        "s_vaeskf2_vi: enc_imm 32, 0x2a, 2, 0x77\n"
        "s_vsm4k_vi:   enc_imm 32, 0x21, 2, 0x77\n"
        "s_vsm3c_vi:   enc_imm 32, 0x2b, 2, 0x77\n"
        "s_vsm3me_vv: enc 0x20, 1, 16, 24, 2, 8, 0x77\n"
        "s_vsha2ms_vv: enc 0x2d, 1, 16, 24, 2, 8, 0x77\n"
        "s_vsha2ch_vv: enc 0x2e, 1, 16, 24, 2, 8, 0x77\n"
        "s_vsha2cl_vv: enc 0x2f, 1, 16, 24, 2, 8, 0x77\n"
        ".option pop\n");

/* Operand kinds. */
enum { VV, VX, VI, V1, WVV, WVX, WVI, GVV, GVS, GVI, GV2 /* vgmul: vd, vs2 */ };
struct op { const char *mn; char *stub; int kind, egs, sews; };
#define S(x) extern char s_##x[];
S(vandn_vv) S(vandn_vx) S(vbrev8_v) S(vrev8_v) S(vbrev_v) S(vclz_v) S(vctz_v) S(vcpop_v)
S(vrol_vv) S(vrol_vx) S(vror_vv) S(vror_vx) S(vror_vi) S(vwsll_vv) S(vwsll_vx) S(vwsll_vi)
S(vclmul_vv) S(vclmul_vx) S(vclmulh_vv) S(vclmulh_vx) S(vghsh_vv) S(vgmul_vv)
S(vaesdm_vv) S(vaesdm_vs) S(vaesdf_vv) S(vaesdf_vs) S(vaesem_vv) S(vaesem_vs) S(vaesef_vv)
S(vaesef_vs) S(vaesz_vs) S(vsm4r_vv) S(vsm4r_vs) S(vaeskf1_vi) S(vaeskf2_vi) S(vsm4k_vi)
S(vsm3c_vi) S(vsm3me_vv) S(vsha2ms_vv) S(vsha2ch_vv) S(vsha2cl_vv)
#define ALL 15 /* sews bit mask: 1=8 2=16 4=32 8=64 */
static const struct op ops[] = {
    {"vandn.vv", s_vandn_vv, VV, 1, ALL}, {"vandn.vx", s_vandn_vx, VX, 1, ALL},
    {"vbrev8.v", s_vbrev8_v, V1, 1, ALL}, {"vrev8.v", s_vrev8_v, V1, 1, ALL},
    {"vrol.vv", s_vrol_vv, VV, 1, ALL},   {"vrol.vx", s_vrol_vx, VX, 1, ALL},
    {"vror.vv", s_vror_vv, VV, 1, ALL},   {"vror.vx", s_vror_vx, VX, 1, ALL},
    {"vror.vi", s_vror_vi, VI, 1, ALL},   {"vbrev.v", s_vbrev_v, V1, 1, ALL},
    {"vclz.v", s_vclz_v, V1, 1, ALL},     {"vctz.v", s_vctz_v, V1, 1, ALL},
    {"vcpop.v", s_vcpop_v, V1, 1, ALL},   {"vwsll.vv", s_vwsll_vv, WVV, 1, 7},
    {"vwsll.vx", s_vwsll_vx, WVX, 1, 7},  {"vwsll.vi", s_vwsll_vi, WVI, 1, 7},
    {"vclmul.vv", s_vclmul_vv, VV, 1, 8}, {"vclmul.vx", s_vclmul_vx, VX, 1, 8},
    {"vclmulh.vv", s_vclmulh_vv, VV, 1, 8}, {"vclmulh.vx", s_vclmulh_vx, VX, 1, 8},
    {"vghsh.vv", s_vghsh_vv, GVV, 4, 4},  {"vgmul.vv", s_vgmul_vv, GV2, 4, 4},
    {"vaesef.vv", s_vaesef_vv, GV2, 4, 4}, {"vaesef.vs", s_vaesef_vs, GVS, 4, 4},
    {"vaesem.vv", s_vaesem_vv, GV2, 4, 4}, {"vaesem.vs", s_vaesem_vs, GVS, 4, 4},
    {"vaesdf.vv", s_vaesdf_vv, GV2, 4, 4}, {"vaesdf.vs", s_vaesdf_vs, GVS, 4, 4},
    {"vaesdm.vv", s_vaesdm_vv, GV2, 4, 4}, {"vaesdm.vs", s_vaesdm_vs, GVS, 4, 4},
    {"vaeskf1.vi", s_vaeskf1_vi, GVI, 4, 4}, {"vaeskf2.vi", s_vaeskf2_vi, GVI, 4, 4},
    {"vaesz.vs", s_vaesz_vs, GVS, 4, 4},
    {"vsha2ms.vv", s_vsha2ms_vv, GVV, 4, 12}, {"vsha2ch.vv", s_vsha2ch_vv, GVV, 4, 12},
    {"vsha2cl.vv", s_vsha2cl_vv, GVV, 4, 12},
    {"vsm4k.vi", s_vsm4k_vi, GVI, 4, 4},  {"vsm4r.vv", s_vsm4r_vv, GV2, 4, 4},
    {"vsm4r.vs", s_vsm4r_vs, GVS, 4, 4},
    {"vsm3me.vv", s_vsm3me_vv, GVV, 8, 4}, {"vsm3c.vi", s_vsm3c_vi, GVI, 8, 4},
};

static unsigned long long rng = 0x9e3779b97f4a7c15ull;
static xreg next(void) { /* xorshift64: shifts only (RV32 has no 64-bit mul) */
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return (xreg)rng;
}

static u8 bd[128], b2[128], b1[128], res[128];

/* Runs `stub` with vtype (SEW, LMUL, tu, mu), avl, vstart and rs1; returns
 * vl, or -1 on SIGILL. */
static long run_vtype(char *stub, xreg vtype, xreg avl, xreg vstart, xreg rs1) {
    xreg vl;
    trapped = 0;
    register xreg a0 __asm__("a0") = rs1;
    __asm__ volatile(
        "vl8re8.v v8, (%[d])\n"
        "vl8re8.v v16, (%[s2])\n"
        "vl8re8.v v24, (%[s1])\n"
        "vsetvl %[vl], %[avl], %[vt]\n"
        "csrw vstart, %[vs]\n"
        "jalr %[fn]\n"
        "vs8r.v v8, (%[r])\n"
        : [vl] "=&r"(vl)
        : [d] "r"(bd), [s2] "r"(b2), [s1] "r"(b1), [r] "r"(res), [avl] "r"(avl), [vt] "r"(vtype),
          [vs] "r"(vstart), [fn] "r"(stub), "r"(a0)
        : "ra", "memory");
    return trapped ? -1 : (long)vl;
}

static long run(char *stub, unsigned sew, unsigned lmul, xreg avl, xreg vstart, xreg rs1) {
    unsigned vsew = sew == 8 ? 0 : sew == 16 ? 1 : sew == 32 ? 2 : 3;
    unsigned vlmul = lmul == 1 ? 0 : lmul == 2 ? 1 : lmul == 4 ? 2 : 3;
    return run_vtype(stub, (vsew << 3) | vlmul, avl, vstart, rs1);
}

#ifndef ORACLE_PROTOCOL
static void line(const struct op *o, int imm, unsigned sew, unsigned lmul, xreg avl, xreg vstart,
                 int expect_illegal) {
    for (int i = 0; i < 128; i++) bd[i] = (u8)next(), b2[i] = (u8)next(), b1[i] = (u8)next();
    xreg rs1 = next();
    char *stub = o->stub + (o->kind == VI || o->kind == WVI || o->kind == GVI ? 8 * imm : 0);
    long vl = run(stub, sew, lmul, avl, vstart, rs1);
    if ((vl < 0) != expect_illegal) {
        puts_("# UNEXPECTED ");
        puts_(vl < 0 ? "SIGILL " : "success ");
    }
    if (vl < 0) vl = (long)avl;
    unsigned vdb = 16 * lmul, srcb = 16 * lmul;
    if (o->kind == WVV || o->kind == WVX || o->kind == WVI) vdb = 32 * lmul;
    puts_(o->mn);
    if (o->kind == VI || o->kind == WVI || o->kind == GVI) put(' '), put_dec((unsigned)imm);
    puts_(" sew="), put_dec(sew);
    puts_(" vl="), put_dec((unsigned)vl);
    puts_(" vstart="), put_dec((unsigned)vstart);
    put_hex(bd, vdb);
    put_hex(b2, o->kind == GVS ? 16 : srcb);
    if (o->kind == VV || o->kind == WVV || o->kind == GVV) put_hex(b1, srcb);
    if (o->kind == VX || o->kind == WVX) put_hex((const u8 *)&rs1, sizeof rs1);
    puts_(" ->");
    if (trapped) puts_(" illegal");
    else put_hex(res, vdb);
    put('\n');
}

int main(void) {
    install();
    for (unsigned k = 0; k < sizeof ops / sizeof ops[0]; k++) {
        const struct op *o = &ops[k];
        int vi = o->kind == VI || o->kind == WVI || o->kind == GVI;
        int nimm = o->kind == VI ? 64 : 32;
        for (unsigned sew = 8; sew <= 64; sew *= 2) {
            unsigned sbit = sew == 8 ? 1 : sew == 16 ? 2 : sew == 32 ? 4 : 8;
            if (!(o->sews & sbit)) continue;
            for (unsigned lmul = 1; lmul <= 8; lmul *= 2) {
                int wide = o->kind == WVV || o->kind == WVX || o->kind == WVI;
                if (wide && lmul == 8) continue;
                xreg vlmax = 128 * lmul / sew;
                xreg egs = (xreg)o->egs;
                if (egs * sew > 128 * lmul) continue; /* EGW > VLEN x LMUL: below */
                /* VLMAX, then a random vl and vstart (multiples of EGS). */
                for (int t = 0; t < 3; t++) {
                    xreg vl = vlmax, vs = 0;
                    if (t > 0) {
                        vl = egs * (1 + next() % (vlmax / egs));
                        vs = egs * (next() % (vl / egs + 1));
                        if (t == 2) vs = 0;
                    }
                    int imm = (int)(next() % (xreg)nimm);
                    line(o, vi ? imm : 0, sew, lmul, vl, vs, 0);
                }
            }
            if (vi && (sew == 32 || o->kind == VI || o->kind == WVI))
                for (int imm = 0; imm < nimm; imm++)
                    line(o, imm, sew, o->egs == 8 ? 2 : 1, 128 * (o->egs == 8 ? 2 : 1) / sew, 0, 0);
        }
        /* Reserved configurations. */
        if (o->egs > 1) {
            unsigned l = o->egs == 8 ? 2 : 1;
            line(o, 1, 32, l, o->egs == 8 ? 4 : 2, 0, 1);            /* vl % EGS */
            line(o, 1, 32, l, 128 * l / 32, 2, 1);                   /* vstart % EGS */
            if (!(o->sews & 8)) line(o, 1, 64, 2, 4, 0, 1);          /* SEW 64 */
            line(o, 1, 16, 1, 8, 0, 1);                              /* SEW 16 */
            if (o->egs == 8) line(o, 1, 32, 1, 0, 0, 1);             /* EGW 256 > 128 */
            if (o->sews & 8) line(o, 1, 64, 1, 0, 0, 1);             /* SHA-512 at LMUL 1 */
        } else if (o->sews == 8) {
            line(o, 1, 32, 1, 4, 0, 1);                              /* vclmul SEW 32 */
        } else if (o->sews == 7) {
            line(o, 1, 64, 1, 2, 0, 1);                              /* vwsll SEW 64 */
        }
    }
    flush();
    return 0;
}
#endif

#ifdef ORACLE_PROTOCOL
/* ---- `crypto-insn diff --oracle` protocol mode --------------------------
 * Built with -DORACLE_PROTOCOL: reads requests in the vector line format
 * without a result (tools/src/oracle.rs),
 *   <mnemonic> [0xII] [sew=N] [vl=N] [vstart=N] <vd> <vs2> [<vs1> | <rs1>]
 * register groups as memory-order hex (LMUL x 32 digits, told by vd; vwsll's
 * vd is 2 x LMUL; a .vs form's vs2 is 32 digits), rs1 XLEN/4 digits in sd/sw
 * order; defaults as in the format (SEW 64 for vclmul/vclmulh, else 32; vl =
 * VLMAX; vstart 0). Each request runs the real instruction once: vsetvl with
 * AVL = vl (which must come back as vl: a vl above VLMAX cannot be set and is
 * answered ERR; so is a vstart above 127, which its 7 bits cannot hold), csrw
 * vstart, the instruction. The answer is vd's group after
 * it in memory-order hex, `illegal` when it raised SIGILL, or `ERR <why>` for
 * a request this program cannot express. SEW 128 to 1024 are encoded as the
 * reserved vsew values 4 to 7 (vill); any other SEW is ERR. */
/* Memory-order hex into `b` (at most `cap` bytes); the byte count, or -1. */
static int unhex(const char *t, u8 *b, unsigned cap) {
    unsigned n = 0;
    while (t[n]) n++;
    if (n == 0 || n % 2 || n / 2 > cap) return -1;
    for (unsigned i = 0; i < n / 2; i++) {
        int hi = hexv(t[2 * i]), lo = hexv(t[2 * i + 1]);
        if (hi < 0 || lo < 0) return -1;
        b[i] = (u8)(hi << 4 | lo);
    }
    return (int)(n / 2);
}

/* A decimal option value; -1 on a bad one. */
static long decimal(const char *t) {
    long v = 0;
    if (!*t) return -1;
    for (; *t; t++) {
        if (*t < '0' || *t > '9' || v > 100000000) return -1;
        v = v * 10 + (*t - '0');
    }
    return v;
}

static void err(const char *why) {
    puts_("ERR ");
    puts_(why);
    put('\n');
}

/* Answers one request (its words in `w`). */
static void answer(char **w, int n) {
    const struct op *o = 0;
    for (unsigned k = 0; k < sizeof ops / sizeof ops[0]; k++)
        if (streq(w[0], ops[k].mn)) o = &ops[k];
    if (!o) return err("unknown mnemonic");
    int vi = o->kind == VI || o->kind == WVI || o->kind == GVI;
    int wide = o->kind == WVV || o->kind == WVX || o->kind == WVI;
    int i = 1;
    long imm = 0;
    if (vi) {
        if (i >= n || w[i][0] != '0' || w[i][1] != 'x') return err("missing 0xII immediate");
        int hi = hexv(w[i][2]), lo = w[i][2] ? hexv(w[i][3]) : -1;
        if (hi < 0 || lo < 0 || w[i][4]) return err("bad immediate");
        imm = hi << 4 | lo;
        i++;
        if (imm >= (o->kind == VI ? 64 : 32)) return err("immediate beyond the field");
    }
    long sew = o->sews == 8 ? 64 : 32, vl = -1, vstart = 0;
    for (; i < n; i++) {
        long *slot;
        const char *v;
        if (w[i][0] == 's' && w[i][1] == 'e' && w[i][2] == 'w' && w[i][3] == '=') slot = &sew, v = w[i] + 4;
        else if (w[i][0] == 'v' && w[i][1] == 'l' && w[i][2] == '=') slot = &vl, v = w[i] + 3;
        else if (w[i][0] == 'v' && w[i][1] == 's' && w[i][2] == 't' && w[i][3] == 'a' && w[i][4] == 'r' &&
                 w[i][5] == 't' && w[i][6] == '=')
            slot = &vstart, v = w[i] + 7;
        else break;
        if ((*slot = decimal(v)) < 0) return err("bad option value");
    }
    for (unsigned k = 0; k < 128; k++) bd[k] = b2[k] = b1[k] = 0;
    if (i >= n) return err("no vd");
    int vdb = unhex(w[i++], bd, 128);
    if (i >= n) return err("no vs2");
    int s2b = unhex(w[i++], b2, 128);
    int srcb = wide ? vdb / 2 : vdb;
    unsigned regs = (unsigned)srcb / 16;
    if (vdb < 0 || vdb % 16 || regs == 0 || regs > 8 || (regs & (regs - 1)))
        return err("vd is not a group of 1, 2, 4 or 8 registers (vwsll: 2, 4 or 8)");
    if (s2b != (o->kind == GVS ? 16 : srcb)) return err("vs2 width");
    xreg rs1 = 0;
    if (o->kind == VV || o->kind == WVV || o->kind == GVV) {
        if (i >= n || unhex(w[i++], b1, 128) != srcb) return err("vs1 width");
    } else if (o->kind == VX || o->kind == WVX) {
        u8 r[8];
        if (i >= n || unhex(w[i++], r, 8) != (int)sizeof rs1) return err("rs1 is not XLEN/4 digits");
        for (unsigned k = 0; k < sizeof rs1; k++) rs1 |= (xreg)r[k] << (8 * k);
    }
    if (i != n) return err("extra operands");
    unsigned vsew;
    switch (sew) {
    case 8: vsew = 0; break;
    case 16: vsew = 1; break;
    case 32: vsew = 2; break;
    case 64: vsew = 3; break;
    case 128: vsew = 4; break;
    case 256: vsew = 5; break;
    case 512: vsew = 6; break;
    case 1024: vsew = 7; break;
    default: return err("SEW not encodable in vtype");
    }
    unsigned vlmul = regs == 1 ? 0 : regs == 2 ? 1 : regs == 4 ? 2 : 3;
    long vlmax = sew <= 64 ? 128 * (long)regs / sew : 0;
    if (vl < 0) vl = vlmax;
    if (vsew <= 3 && vl > vlmax) return err("vl above VLMAX cannot be set by vsetvl");
    /* vstart holds the largest element index, 7 bits at VLEN = 128 (QEMU keeps
     * the low 7 bits of what csrw writes): a larger one cannot be set. */
    if (vstart > 127) return err("vstart above 127 cannot be set at VLEN = 128");
    char *stub = o->stub + (vi ? 8 * imm : 0);
    long got = run_vtype(stub, (vsew << 3) | vlmul, (xreg)vl, (xreg)vstart, rs1);
    if (got < 0) {
        puts_("illegal\n");
        return;
    }
    if (got != vl) return err("vsetvl did not give the requested vl");
    put_bytes(res, (unsigned)vdb);
    put('\n');
}

int main(void) {
    install();
    char text[1024];
    char *w[16];
    for (;;) {
        int c, len = 0, n = 0, over = 0;
        while ((c = getc_()) >= 0 && c != '\n') {
            if (len < (int)sizeof text - 1) text[len++] = (char)c;
            else over = 1;
        }
        if (c < 0 && len == 0) break;
        text[len] = 0;
        for (char *p = text; *p;) {
            while (*p == ' ' || *p == '\t' || *p == '\r') *p++ = 0;
            if (!*p) break;
            if (n < 16) w[n++] = p;
            else over = 1;
            while (*p && *p != ' ' && *p != '\t' && *p != '\r') p++;
        }
        if (over) err("request too long");
        else if (n == 0) err("empty request");
        else answer(w, n);
        if (in_pos == in_len) flush(); /* answer what was asked before blocking */
        if (c < 0) break;
    }
    flush();
    return 0;
}
#endif
