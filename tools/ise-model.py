#!/usr/bin/env python3
"""Independent model of the Intel ISE "Operation" sections of VSHA512RNDS2,
VSHA512MSG1, VSHA512MSG2, VSM3MSG1, VSM3MSG2, VSM3RNDS2, VSM4KEY4 and
VSM4RNDS4 (Intel Architecture Instruction Set Extensions Programming
Reference), written directly from that pseudocode. It shares no code with the
crypto-insn library (plain Python 3, standard library only).

It writes vectors/x86-sha512-sm3-sm4.txt:

    python3 tools/ise-model.py > vectors/x86-sha512-sm3-sm4.txt

Before writing, it checks itself: the instructions composed into SHA-512,
SHA-384, SM3 and SM4 must reproduce the FIPS 180-4, GB/T 32905-2016 and
GB/T 32907-2016 examples. The SHA-512 round constants are computed from their
definition (cube roots of the first 80 primes, FIPS 180-4 4.2.3); the SM4
S-box is computed from its published algebraic form (an affine map, the
inverse in GF(2)[z]/(z^8+z^7+z^6+z^5+z^4+z^2+1), the same affine map; matrix
rows 0xa7 rotated, constant 0xd3) and checked against the first row of the
standard's table and its example.
"""

import random
import sys

M64 = (1 << 64) - 1
M32 = (1 << 32) - 1

# ---------------------------------------------------------------- registers
# A register is a list of dwords or qwords, element 0 = bits 31:0 / 63:0.
# Memory-order hex (the vector format): byte 0 first, little-endian elements.


def hex_elems(elems, size):
    return "".join(e.to_bytes(size, "little").hex() for e in elems)


def rand_elems(rng, n, bits):
    kind = rng.randrange(8)
    if kind == 0:
        return [0] * n
    if kind == 1:
        return [(1 << bits) - 1] * n
    return [rng.getrandbits(bits) for _ in range(n)]


# ------------------------------------------------------------------ SHA512
def ROR64(q, n):
    n %= 64
    return ((q >> n) | (q << (64 - n))) & M64


def SHR64(q, n):
    return q >> n


def cap_sigma0(q):
    return ROR64(q, 28) ^ ROR64(q, 34) ^ ROR64(q, 39)


def cap_sigma1(q):
    return ROR64(q, 14) ^ ROR64(q, 18) ^ ROR64(q, 41)


def s0(q):
    return ROR64(q, 1) ^ ROR64(q, 8) ^ SHR64(q, 7)


def s1(q):
    return ROR64(q, 19) ^ ROR64(q, 61) ^ SHR64(q, 6)


def MAJ(a, b, c):
    return (a & b) ^ (a & c) ^ (b & c)


def CH(e, f, g):
    return (e & f) ^ (g & ~e & M64)


def vsha512rnds2(srcdest, src1, src2):
    """srcdest, src1: 4 qwords; src2: 2 qwords (xmm). Returns 4 qwords."""
    A = [src1[3]]
    B = [src1[2]]
    C = [srcdest[3]]
    D = [srcdest[2]]
    E = [src1[1]]
    F = [src1[0]]
    G = [srcdest[1]]
    H = [srcdest[0]]
    WK = [src2[0], src2[1]]
    for i in range(2):
        t = (CH(E[i], F[i], G[i]) + cap_sigma1(E[i]) + WK[i] + H[i]) & M64
        A.append((t + MAJ(A[i], B[i], C[i]) + cap_sigma0(A[i])) & M64)
        B.append(A[i])
        C.append(B[i])
        D.append(C[i])
        E.append((t + D[i]) & M64)
        F.append(E[i])
        G.append(F[i])
        H.append(G[i])
    return [F[2], E[2], B[2], A[2]]


def vsha512msg1(srcdest, src1):
    W = {4: src1[0], 3: srcdest[3], 2: srcdest[2], 1: srcdest[1], 0: srcdest[0]}
    return [(W[i] + s0(W[i + 1])) & M64 for i in range(4)]


def vsha512msg2(srcdest, src1):
    W = {14: src1[2], 15: src1[3]}
    W[16] = (srcdest[0] + s1(W[14])) & M64
    W[17] = (srcdest[1] + s1(W[15])) & M64
    W[18] = (srcdest[2] + s1(W[16])) & M64
    W[19] = (srcdest[3] + s1(W[17])) & M64
    return [W[16], W[17], W[18], W[19]]


def primes(n):
    out, c = [], 2
    while len(out) < n:
        if all(c % p for p in out if p * p <= c):
            out.append(c)
        c += 1
    return out


def icbrt(n):
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x ** 3 > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


K512 = [icbrt(p << 192) & M64 for p in primes(80)]
IV512 = [isqrt(p << 128) & M64 for p in primes(8)]
IV384 = [isqrt(p << 128) & M64 for p in primes(16)[8:]]


def md_pad(msg, block, lenbytes):
    m = msg + b"\x80"
    while len(m) % block != block - lenbytes:
        m += b"\x00"
    return m + (8 * len(msg)).to_bytes(lenbytes, "big")


def sha512_with_insns(msg, iv, outlen):
    h = list(iv)
    for off in range(0, len(md_pad(msg, 128, 16)), 128):
        blk = md_pad(msg, 128, 16)[off:off + 128]
        w = [int.from_bytes(blk[8 * t:8 * t + 8], "big") for t in range(16)]
        for t in range(16, 80, 4):
            m1 = vsha512msg1(w[t - 16:t - 12], [w[t - 12], 0])
            m1 = [(m1[i] + w[t - 7 + i]) & M64 for i in range(4)]
            w += vsha512msg2(m1, [0, 0, w[t - 2], w[t - 1]])
        a, b, c, d, e, f, g, hh = h
        abef, cdgh = [f, e, b, a], [hh, g, d, c]
        for t in range(0, 80, 2):
            wk = [(w[t] + K512[t]) & M64, (w[t + 1] + K512[t + 1]) & M64]
            abef, cdgh = vsha512rnds2(cdgh, abef, wk), abef
        f, e, b, a = abef
        hh, g, d, c = cdgh
        h = [(x + y) & M64 for x, y in zip(h, [a, b, c, d, e, f, g, hh])]
    return b"".join(x.to_bytes(8, "big") for x in h)[:outlen]


# --------------------------------------------------------------------- SM3
def ROL32(d, n):
    n %= 32
    return ((d << n) | (d >> (32 - n))) & M32


def P0(d):
    return d ^ ROL32(d, 9) ^ ROL32(d, 17)


def P1(x):
    return x ^ ROL32(x, 15) ^ ROL32(x, 23)


def FF(x, y, z, rnd):
    return (x ^ y ^ z) if rnd < 16 else ((x & y) | (x & z) | (y & z))


def GG(x, y, z, rnd):
    return (x ^ y ^ z) if rnd < 16 else ((x & y) | (~x & M32 & z))


def vsm3msg1(srcdest, src1, src2):
    W = {}
    for i in range(4):
        W[i] = src2[i]
        W[7 + i] = srcdest[i]
    for i in range(3):
        W[13 + i] = src1[i]
    TMP0 = W[7] ^ W[0] ^ ROL32(W[13], 15)
    TMP1 = W[8] ^ W[1] ^ ROL32(W[14], 15)
    TMP2 = W[9] ^ W[2] ^ ROL32(W[15], 15)
    TMP3 = W[10] ^ W[3]
    return [P1(TMP0), P1(TMP1), P1(TMP2), P1(TMP3)]


def vsm3msg2(srcdest, src1, src2):
    WTMP = list(srcdest)
    W = {}
    for i in range(4):
        W[3 + i] = src1[i]
        W[10 + i] = src2[i]
    W[16] = ROL32(W[3], 7) ^ W[10] ^ WTMP[0]
    W[17] = ROL32(W[4], 7) ^ W[11] ^ WTMP[1]
    W[18] = ROL32(W[5], 7) ^ W[12] ^ WTMP[2]
    W[19] = ROL32(W[6], 7) ^ W[13] ^ WTMP[3]
    W[19] = W[19] ^ ROL32(W[16], 6) ^ ROL32(W[16], 15) ^ ROL32(W[16], 30)
    return [W[16], W[17], W[18], W[19]]


def vsm3rnds2(srcdest, src1, src2, imm8):
    A = [src1[3]]
    B = [src1[2]]
    C = [srcdest[3]]
    D = [srcdest[2]]
    E = [src1[1]]
    F = [src1[0]]
    G = [srcdest[1]]
    H = [srcdest[0]]
    W = {0: src2[0], 1: src2[1], 4: src2[2], 5: src2[3]}
    C[0] = ROL32(C[0], 9)
    D[0] = ROL32(D[0], 9)
    G[0] = ROL32(G[0], 19)
    H[0] = ROL32(H[0], 19)
    ROUND = imm8 & 0x3E
    CONST = 0x79CC4519 if ROUND < 16 else 0x7A879D8A
    CONST = ROL32(CONST, ROUND)
    for i in range(2):
        S1 = ROL32((ROL32(A[i], 12) + E[i] + CONST) & M32, 7)
        S2 = S1 ^ ROL32(A[i], 12)
        T1 = (FF(A[i], B[i], C[i], ROUND) + D[i] + S2 + (W[i] ^ W[i + 4])) & M32
        T2 = (GG(E[i], F[i], G[i], ROUND) + H[i] + S1 + W[i]) & M32
        D.append(C[i])
        C.append(ROL32(B[i], 9))
        B.append(A[i])
        A.append(T1)
        H.append(G[i])
        G.append(ROL32(F[i], 19))
        F.append(E[i])
        E.append(P0(T2))
        CONST = ROL32(CONST, 1)
    return [F[2], E[2], B[2], A[2]]


SM3_IV = [0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600,
          0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E]


def ROR32(d, n):
    return ROL32(d, 32 - n)


def sm3_with_insns(msg):
    v = list(SM3_IV)
    m = md_pad(msg, 64, 8)
    for off in range(0, len(m), 64):
        blk = m[off:off + 64]
        w = [int.from_bytes(blk[4 * j:4 * j + 4], "big") for j in range(16)]
        for t in range(16, 68, 4):
            m1 = vsm3msg1(w[t - 9:t - 5], [w[t - 3], w[t - 2], w[t - 1], 0], w[t - 16:t - 12])
            w += vsm3msg2(m1, w[t - 13:t - 9], w[t - 6:t - 2])
        a, b, c, d, e, f, g, h = v
        abef = [f, e, b, a]
        cdgh = [ROR32(h, 19), ROR32(g, 19), ROR32(d, 9), ROR32(c, 9)]
        for j in range(0, 64, 2):
            abef, cdgh = vsm3rnds2(cdgh, abef, [w[j], w[j + 1], w[j + 4], w[j + 5]], j), abef
        f, e, b, a = abef
        h, g, d, c = cdgh
        out = [a, b, ROL32(c, 9), ROL32(d, 9), e, f, ROL32(g, 19), ROL32(h, 19)]
        v = [x ^ y for x, y in zip(v, out)]
    return b"".join(x.to_bytes(4, "big") for x in v)


# --------------------------------------------------------------------- SM4
def _gf_mul(a, b, poly=0x1F5):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a <<= 1
        if a & 0x100:
            a ^= poly
        b >>= 1
    return r


def _gf_inv(a):
    if a == 0:
        return 0
    return next(b for b in range(1, 256) if _gf_mul(a, b) == 1)


def _affine(x):
    rows = [((0xA7 << i) | (0xA7 >> (8 - i))) & 0xFF for i in range(8)]
    return sum((bin(rows[i] & x).count("1") & 1) << i for i in range(8)) ^ 0xD3


sbox = [_affine(_gf_inv(_affine(x))) for x in range(256)]
# The first row of the S-box table of GB/T 32907-2016 (and of the ISE).
assert sbox[:16] == [0xD6, 0x90, 0xE9, 0xFE, 0xCC, 0xE1, 0x3D, 0xB7,
                     0x16, 0xB6, 0x14, 0xC2, 0x28, 0xFB, 0x2C, 0x05]


def SBOX_BYTE(dword, i):
    return sbox[(dword >> (8 * i)) & 0xFF]


def lower_t(dword):
    return sum(SBOX_BYTE(dword, i) << (8 * i) for i in range(4))


def L_KEY(d):
    return d ^ ROL32(d, 13) ^ ROL32(d, 23)


def L_RND(d):
    return d ^ ROL32(d, 2) ^ ROL32(d, 10) ^ ROL32(d, 18) ^ ROL32(d, 24)


def _four(src1, src2, lin):
    """One 128-bit lane; src1, src2: 4 dwords."""
    P = src1
    F = lambda x0, x1, x2, x3, rk: x0 ^ lin(lower_t(x1 ^ x2 ^ x3 ^ rk))
    C0 = F(P[0], P[1], P[2], P[3], src2[0])
    C1 = F(P[1], P[2], P[3], C0, src2[1])
    C2 = F(P[2], P[3], C0, C1, src2[2])
    C3 = F(P[3], C0, C1, C2, src2[3])
    return [C0, C1, C2, C3]


def vsm4key4(src1, src2):
    """src1, src2: 4 * KL dwords (KL = 1 or 2 lanes)."""
    out = []
    for i in range(0, len(src1), 4):
        out += _four(src1[i:i + 4], src2[i:i + 4], L_KEY)
    return out


def vsm4rnds4(src1, src2):
    out = []
    for i in range(0, len(src1), 4):
        out += _four(src1[i:i + 4], src2[i:i + 4], L_RND)
    return out


FK = [0xA3B1BAC6, 0x56AA3350, 0x677D9197, 0xB27022DC]
CK = [int.from_bytes(bytes(((4 * i + j) * 7) % 256 for j in range(4)), "big") for i in range(32)]


def sm4_with_insns(key, pt):
    k = [int.from_bytes(key[4 * i:4 * i + 4], "big") ^ FK[i] for i in range(4)]
    rks = []
    for i in range(8):
        k = vsm4key4(k, CK[4 * i:4 * i + 4])
        rks.append(k)
    x = [int.from_bytes(pt[4 * i:4 * i + 4], "big") for i in range(4)]
    for rk in rks:
        x = vsm4rnds4(x, rk)
    return b"".join(w.to_bytes(4, "big") for w in reversed(x))


# ------------------------------------------------------------- self-checks
def self_check():
    # FIPS 180-4 examples (NIST CSRC example values).
    assert sha512_with_insns(b"abc", IV512, 64).hex() == (
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
    assert sha512_with_insns(b"abc", IV384, 48).hex() == (
        "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
        "8086072ba1e7cc2358baeca134c825a7")
    # GB/T 32905-2016 Appendix A, example 1.
    assert sm3_with_insns(b"abc").hex() == (
        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
    # GB/T 32907-2016 Appendix A, example 1.
    k = bytes.fromhex("0123456789abcdeffedcba9876543210")
    assert sm4_with_insns(k, k).hex() == "681edf34d206965e86b3e94f536e4246"


# ----------------------------------------------------------------- vectors
def main():
    self_check()
    rng = random.Random(0x15E)
    out = sys.stdout
    print("# x86 SHA512 / SM3 / SM4 instruction vectors.")
    print("#")
    print("# Generated by tools/ise-model.py, an independent Python model of the Intel")
    print("# ISE (Architecture Instruction Set Extensions Programming Reference)")
    print("# 'Operation' sections, written from that pseudocode; it shares no code")
    print("# with the library. No CPU available to the project has these instructions,")
    print("# so these are not hardware outputs. The model checks itself first: the")
    print("# instructions composed into SHA-512/384, SM3 and SM4 reproduce the FIPS 180-4,")
    print("# GB/T 32905-2016 and GB/T 32907-2016 examples.")
    print("#")
    print("# Regenerate: python3 tools/ise-model.py > vectors/x86-sha512-sm3-sm4.txt")
    print("# (Python 3, standard library only; deterministic seed.)")
    print("#")
    print("# Operands are the registers each instruction reads, in the ISE operand")
    print("# order (SRCDEST first where it is also a source); ymm = 64 hex digits,")
    print("# xmm = 32; memory order (byte 0 first). The result is the whole")
    print("# destination register.")
    n = 64
    print("\n# VSHA512RNDS2 ymm1(SRCDEST: C,D,G,H), ymm2(SRC1: A,B,E,F), xmm3(SRC2: WK)")
    for _ in range(n):
        a, b, c = rand_elems(rng, 4, 64), rand_elems(rng, 4, 64), rand_elems(rng, 2, 64)
        r = vsha512rnds2(a, b, c)
        out.write(f"sha512rnds2 {hex_elems(a, 8)} {hex_elems(b, 8)} {hex_elems(c, 8)} -> {hex_elems(r, 8)}\n")
    print("\n# VSHA512MSG1 ymm1(SRCDEST), xmm2(SRC1)")
    for _ in range(n):
        a, b = rand_elems(rng, 4, 64), rand_elems(rng, 2, 64)
        out.write(f"sha512msg1 {hex_elems(a, 8)} {hex_elems(b, 8)} -> {hex_elems(vsha512msg1(a, b), 8)}\n")
    print("\n# VSHA512MSG2 ymm1(SRCDEST), ymm2(SRC1)")
    for _ in range(n):
        a, b = rand_elems(rng, 4, 64), rand_elems(rng, 4, 64)
        out.write(f"sha512msg2 {hex_elems(a, 8)} {hex_elems(b, 8)} -> {hex_elems(vsha512msg2(a, b), 8)}\n")
    for name, f in (("sm3msg1", vsm3msg1), ("sm3msg2", vsm3msg2)):
        print(f"\n# V{name.upper()} xmm1(SRCDEST), xmm2(SRC1), xmm3(SRC2)")
        for _ in range(n):
            a, b, c = (rand_elems(rng, 4, 32) for _ in range(3))
            out.write(f"{name} {hex_elems(a, 4)} {hex_elems(b, 4)} {hex_elems(c, 4)} -> {hex_elems(f(a, b, c), 4)}\n")
    print("\n# VSM3RNDS2 imm8, xmm1(SRCDEST: C,D,G,H), xmm2(SRC1: A,B,E,F), xmm3(SRC2: W) - every imm8")
    for imm in range(256):
        a, b, c = (rand_elems(rng, 4, 32) for _ in range(3))
        out.write(f"sm3rnds2 {imm} {hex_elems(a, 4)} {hex_elems(b, 4)} {hex_elems(c, 4)} -> {hex_elems(vsm3rnds2(a, b, c, imm), 4)}\n")
    for name, f in (("sm4key4", vsm4key4), ("sm4rnds4", vsm4rnds4)):
        for lanes in (1, 2):
            print(f"\n# V{name.upper()} {'xmm' if lanes == 1 else 'ymm'}2(SRC1), {'xmm' if lanes == 1 else 'ymm'}3(SRC2); DEST is write-only")
            for _ in range(n):
                a, b = rand_elems(rng, 4 * lanes, 32), rand_elems(rng, 4 * lanes, 32)
                out.write(f"{name} {hex_elems(a, 4)} {hex_elems(b, 4)} -> {hex_elems(f(a, b), 4)}\n")


if __name__ == "__main__":
    main()
