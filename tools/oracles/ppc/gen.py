#!/usr/bin/env python3
"""Builds the POWER Vector Crypto oracle (oracle.c), runs it under QEMU for
every CPU model and QEMU version listed below, checks that all runs agree, and
writes vectors/ppc-crypto.txt.

The cases are generated here (deterministic seed); the results come only from
the real instructions executed by QEMU. Run through gen-vectors.sh, which
installs the cross compiler and both QEMUs on Debian bookworm first.
"""
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "vectors", "ppc-crypto.txt")
CC = "powerpc64le-linux-gnu-gcc"
CFLAGS = ["-O2", "-static", "-mcpu=power8", "-Wall", "-Werror"]
QEMUS = ["/usr/bin/qemu-ppc64le", "/opt/qemu72/usr/bin/qemu-ppc64le-static"]
CPUS = ["power8", "power9", "power10"]
SEED = 0x50574552  # "PWER"

rng = random.Random(SEED)


def r128():
    return rng.getrandbits(128)


def h(v):
    """ISA byte order: byte 0 (the integer's most significant byte) first."""
    return "%032x" % v


def rep(byte):
    return int(("%02x" % byte) * 16, 16)


def from_isa_bytes(bs):
    return int(bytes(bs).hex(), 16)


EDGE = [
    0,
    (1 << 128) - 1,
    from_isa_bytes(range(16)),
    from_isa_bytes(range(15, -1, -1)),
    rep(0x55),
    rep(0xAA),
    rep(0x80),
    rep(0x01),
    1,
    1 << 127,
    (1 << 64) - 1,
    ((1 << 64) - 1) << 64,
    0x80000000_80000000_80000000_80000000,
    0x00000001_00000001_00000001_00000001,
]

# FIPS-197 Appendix B: start of round 1 and round key 1 (AES state byte i is
# ISA byte i), and the Appendix C.1 AES-128 first-round values.
FIPS_B = [
    (0x193DE3BEA0F4E22B9AC68D2AE9F84808, 0xA0FAFE1788542CB123A339392A6C7605),
    (0xA49C7FF2689F352B6B5BEA43026A5049, 0xF2C295F27A96B9435935807A7359F67F),
    (0x00102030405060708090A0B0C0D0E0F0, 0xD6AA74FDD2AF72FADAA678F1D6AB76FE),
]


def cases():
    out = []
    # AES round instructions.
    for m in ["vcipher", "vcipherlast", "vncipher", "vncipherlast"]:
        out.append("# %s VRA(state) VRB(round key)" % m)
        for a, b in FIPS_B:
            out.append((m, None, [a, b]))
        for a in EDGE[:8]:
            out.append((m, None, [a, EDGE[(EDGE.index(a) + 3) % len(EDGE)]]))
        for _ in range(40):
            out.append((m, None, [r128(), r128()]))
    # vsbox: every byte value once, then random.
    out.append("# vsbox VRA (lines 1-16: every byte value)")
    for k in range(16):
        out.append(("vsbox", None, [from_isa_bytes(range(16 * k, 16 * k + 16))]))
    for a in EDGE[:4]:
        out.append(("vsbox", None, [a]))
    for _ in range(20):
        out.append(("vsbox", None, [r128()]))
    # Carry-less multiplies.
    for m in ["vpmsumb", "vpmsumh", "vpmsumw", "vpmsumd"]:
        out.append("# %s VRA VRB" % m)
        for i, a in enumerate(EDGE):
            out.append((m, None, [a, a]))
            out.append((m, None, [a, EDGE[(i + 5) % len(EDGE)]]))
        for _ in range(40):
            out.append((m, None, [r128(), r128()]))
    # SHA sigma functions: every ST<<4 | SIX.
    sha256_iv = 0x6A09E667_BB67AE85_3C6EF372_A54FF53A
    sha512_iv = 0x6A09E667F3BCC908_BB67AE8584CAA73B
    for m, iv in [("vshasigmaw", sha256_iv), ("vshasigmad", sha512_iv)]:
        out.append("# %s IMM(ST<<4 | SIX) VRA: every immediate" % m)
        srcs = [iv, from_isa_bytes(range(16)), 1 << 127 | 1, r128(), r128()]
        for imm in range(32):
            for a in srcs:
                out.append((m, imm, [a]))
        for _ in range(20):
            out.append((m, rng.randrange(32), [r128()]))
    # vpermxor: selector patterns.
    out.append("# vpermxor VRA VRB VRC(selectors: high nibble picks a VRA byte, low nibble a VRB byte)")
    a = from_isa_bytes(range(0x00, 0x10))
    b = from_isa_bytes(range(0xF0, 0x100))
    a2 = from_isa_bytes([0x01 << (i % 8) for i in range(16)])
    b2 = from_isa_bytes([(0x11 * i) ^ 0x5A for i in range(16)])
    sels = [
        0,
        (1 << 128) - 1,
        rep(0x0F),
        rep(0xF0),
        from_isa_bytes([(i << 4) | i for i in range(16)]),
        from_isa_bytes([(i << 4) | (15 - i) for i in range(16)]),
        from_isa_bytes([((15 - i) << 4) | i for i in range(16)]),
        from_isa_bytes([i for i in range(16)]),
        from_isa_bytes([i << 4 for i in range(16)]),
        from_isa_bytes([((i * 7) % 16) << 4 | (i * 11) % 16 for i in range(16)]),
    ]
    for s in sels:
        out.append(("vpermxor", None, [a, b, s]))
        out.append(("vpermxor", None, [a2, b2, s]))
    for _ in range(40):
        out.append(("vpermxor", None, [r128(), r128(), r128()]))
    return out


def run(binary, qemu, cpu, text):
    cmd = [qemu, "-cpu", cpu, binary]
    if cpu != "power8":
        cmd.append("--check-lxvb16x")
    p = subprocess.run(cmd, input=text, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("%s failed (%d): %s" % (" ".join(cmd), p.returncode, p.stderr))
    return p.stdout


def main():
    binary = os.path.join(ROOT, "target", "ppc-oracle")
    os.makedirs(os.path.dirname(binary), exist_ok=True)
    subprocess.run([CC] + CFLAGS + ["-o", binary, os.path.join(HERE, "oracle.c")], check=True)
    cs = cases()
    lines = []
    for c in cs:
        if isinstance(c, str):
            continue
        m, imm, srcs = c
        lines.append(" ".join([m] + ([] if imm is None else ["0x%02x" % imm]) + [h(s) for s in srcs]))
    text = "\n".join(lines) + "\n"
    results = {}
    versions = []
    for q in QEMUS:
        v = subprocess.run([q, "--version"], capture_output=True, text=True, check=True)
        versions.append(v.stdout.splitlines()[0])
        for cpu in CPUS:
            results[(q, cpu)] = run(binary, q, cpu, text).splitlines()
    ref = results[(QEMUS[0], CPUS[0])]
    if len(ref) != len(lines):
        sys.exit("oracle printed %d lines for %d cases" % (len(ref), len(lines)))
    for k, r in results.items():
        for i, (x, y) in enumerate(zip(ref, r)):
            if x != y:
                sys.exit("disagreement on case %d: %s -cpu %s: %s, %s -cpu %s: %s"
                         % (i, QEMUS[0], CPUS[0], x, k[0], k[1], y))
    header = [
        "# POWER Vector Crypto (Power ISA 2.07 Book I 5.11, POWER8 and later): vcipher,",
        "# vcipherlast, vncipher, vncipherlast, vsbox, vpmsumb/h/w/d, vshasigmaw/d, vpermxor.",
        "# Generated by tools/oracles/ppc/gen.py: oracle.c executes the real instructions by",
        "# inline assembly (not through the crypto-insn library), built with",
        "#   %s %s" % (CC, " ".join(CFLAGS)),
        "# (%s), and run with -cpu power8, power9 and power10 under each of:" % subprocess.run(
            [CC, "--version"], capture_output=True, text=True).stdout.splitlines()[0],
    ]
    header += ["#   %s (%s)" % (v, q) for v, q in zip(versions, QEMUS)]
    header += [
        "# All six runs agree on every line (the script fails otherwise); on power9/power10 the",
        "# oracle also re-runs every case with lxvb16x/stxvb16x register I/O and checks it equals",
        "# the lvx/stvx path, and it checks FIPS-197 Appendix B round 1 through vcipher first.",
        "# Cases: deterministic (seed %#x); edge values, FIPS-197 round values, every byte" % SEED,
        "# through vsbox, every vshasigma immediate, vpermxor selector patterns, random.",
        "# Regenerate: tools/oracles/ppc/gen-vectors.sh (installs the cross gcc and QEMUs on",
        "# Debian bookworm, then runs gen.py).",
        "# Format: the vector line format, --arch ppc64: '<mnemonic> [imm] <VRA> [<VRB> [<VRC>]]",
        "#   -> <VRT>'; registers in ISA byte order (byte 0 first, the 128-bit integer's digits);",
        "#   the vshasigma immediate is ST<<4 | SIX.",
        "",
    ]
    body = []
    it = iter(ref)
    for c in cs:
        if isinstance(c, str):
            body.append("")
            body.append(c)
        else:
            body.append(next(it))
    with open(OUT, "w") as f:
        f.write("\n".join(header + body[1:]) + "\n")
    print("wrote %s (%d vectors)" % (os.path.relpath(OUT, ROOT), len(ref)))


if __name__ == "__main__":
    main()
