/*
 * The freestanding runtime the RISC-V oracles share (scalar.c, vector.c): no
 * libc (Debian has none for RV32), so `_start`, raw `ecall` system calls, a
 * buffered stdout and, for the protocol mode, a buffered stdin and the few
 * string helpers the request parsers need. Written for the project.
 */
#ifndef ORACLE_RISCV_RT_H
#define ORACLE_RISCV_RT_H

#define RT_UNUSED __attribute__((unused))

__asm__(".section .text._start\n"
        ".globl _start\n"
        "_start:\n"
        ".option push\n.option norelax\n"
        "  la gp, __global_pointer$\n"
        ".option pop\n"
        "  call main\n"
        "  li a7, 93\n"
        "  ecall\n");

/* A Linux system call with up to four arguments. */
RT_UNUSED static long sys4(long n, long a, long b, long c, long d) {
    register long a0 __asm__("a0") = a;
    register long a1 __asm__("a1") = b;
    register long a2 __asm__("a2") = c;
    register long a3 __asm__("a3") = d;
    register long a7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a3), "r"(a7) : "memory");
    return a0;
}

/* ---- buffered stdout --------------------------------------------------- */
static char out[1 << 16];
static unsigned long out_len;

RT_UNUSED static void flush(void) {
    unsigned long off = 0;
    while (off < out_len) {
        long n = sys4(64 /* write */, 1, (long)(out + off), (long)(out_len - off), 0);
        if (n <= 0) sys4(93 /* exit */, 2, 0, 0, 0);
        off += (unsigned long)n;
    }
    out_len = 0;
}

RT_UNUSED static void put(char c) {
    if (out_len == sizeof out) flush();
    out[out_len++] = c;
}

RT_UNUSED static void puts_(const char *s) {
    while (*s) put(*s++);
}

RT_UNUSED static void put_dec(unsigned v) {
    char b[12];
    int n = 0;
    do { b[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n) put(b[--n]);
}

/* ---- buffered stdin and parsing helpers (protocol mode) ----------------- */
static char in[1 << 16];
static long in_len, in_pos;

/* The next byte of stdin, or -1 at its end. */
RT_UNUSED static int getc_(void) {
    if (in_pos == in_len) {
        in_len = sys4(63 /* read */, 0, (long)in, (long)sizeof in, 0);
        in_pos = 0;
        if (in_len <= 0) return -1;
    }
    return (unsigned char)in[in_pos++];
}

RT_UNUSED static int streq(const char *a, const char *b) {
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

RT_UNUSED static int hexv(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

#endif
