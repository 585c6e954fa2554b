/* RISC-V vector crypto oracle (Zvbb, Zvbc, Zvkg, Zvkned, Zvknhb, Zvksed, Zvksh)
 * at VLEN = 128, for tools/gen-riscv-vector-vectors.sh.
 *
 * Freestanding RV64 (own _start, raw Linux ecalls). Binutils 2.40 has no
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
 * with register groups in memory order (vse8.v order). */

typedef unsigned long u64;
typedef unsigned char u8;

__asm__(".section .text._start\n"
        ".globl _start\n"
        "_start:\n"
        ".option push\n.option norelax\n"
        "  la gp, __global_pointer$\n"
        ".option pop\n"
        "  call main\n"
        "  li a7, 93\n"
        "  ecall\n");

static long sys4(long n, long a, long b, long c, long d) {
    register long a0 __asm__("a0") = a;
    register long a1 __asm__("a1") = b;
    register long a2 __asm__("a2") = c;
    register long a3 __asm__("a3") = d;
    register long a7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a3), "r"(a7) : "memory");
    return a0;
}

static char out[1 << 16];
static unsigned long out_len;
static void flush(void) {
    unsigned long off = 0;
    while (off < out_len) {
        long n = sys4(64, 1, (long)(out + off), (long)(out_len - off), 0);
        if (n <= 0) sys4(93, 2, 0, 0, 0);
        off += (unsigned long)n;
    }
    out_len = 0;
}
static void put(char c) {
    if (out_len == sizeof out) flush();
    out[out_len++] = c;
}
static void puts_(const char *s) {
    while (*s) put(*s++);
}
static void put_dec(unsigned v) {
    char b[12];
    int n = 0;
    do b[n++] = (char)('0' + v % 10), v /= 10; while (v);
    while (n) put(b[--n]);
}
static void put_hex(const u8 *p, unsigned n) {
    static const char hex[] = "0123456789abcdef";
    put(' ');
    for (unsigned i = 0; i < n; i++) put(hex[p[i] >> 4]), put(hex[p[i] & 15]);
}

/* ---- SIGILL: step over the instruction -------------------------------- */
static volatile int trapped;
static void on_sigill(int sig, void *info, void *uc) {
    (void)sig, (void)info;
    /* riscv64 Linux ucontext: uc_mcontext (pc first) at offset 176. */
    u64 *pc = (u64 *)((char *)uc + 176);
    *pc += 4;
    trapped = 1;
}
struct ksigaction { void *handler; u64 flags; u64 mask; };
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

static u64 rng = 0x9e3779b97f4a7c15ul;
static u64 next(void) {
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return rng;
}

static u8 bd[128], b2[128], b1[128], res[128];

/* Runs `stub` with vtype (SEW, LMUL, tu, mu), avl, vstart and rs1; returns
 * vl, or -1 on SIGILL. */
static long run(char *stub, unsigned sew, unsigned lmul, u64 avl, u64 vstart, u64 rs1) {
    unsigned vsew = sew == 8 ? 0 : sew == 16 ? 1 : sew == 32 ? 2 : 3;
    unsigned vlmul = lmul == 1 ? 0 : lmul == 2 ? 1 : lmul == 4 ? 2 : 3;
    u64 vtype = (vsew << 3) | vlmul;
    u64 vl;
    trapped = 0;
    register u64 a0 __asm__("a0") = rs1;
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

static void line(const struct op *o, int imm, unsigned sew, unsigned lmul, u64 avl, u64 vstart,
                 int expect_illegal) {
    for (int i = 0; i < 128; i++) bd[i] = (u8)next(), b2[i] = (u8)next(), b1[i] = (u8)next();
    u64 rs1 = next();
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
    if (o->kind == VX || o->kind == WVX) put_hex((const u8 *)&rs1, 8);
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
                u64 vlmax = 128 * lmul / sew;
                u64 egs = (u64)o->egs;
                if (egs * sew > 128 * lmul) continue; /* EGW > VLEN x LMUL: below */
                /* VLMAX, then a random vl and vstart (multiples of EGS). */
                for (int t = 0; t < 3; t++) {
                    u64 vl = vlmax, vs = 0;
                    if (t > 0) {
                        vl = egs * (1 + next() % (vlmax / egs));
                        vs = egs * (next() % (vl / egs + 1));
                        if (t == 2) vs = 0;
                    }
                    int imm = (int)(next() % (u64)nimm);
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
