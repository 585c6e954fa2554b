#!/usr/bin/env python3
"""Checks include/crypto_insn.h against the registry and the built library.

1. The header is exactly what the registry generates (`crypto-insn header`,
   the binary given with --cli, default target/release/crypto-insn): it is
   generated, never edited by hand.
2. With a built library given (`--lib path/to/libcrypto_insn_capi.so`), its
   dynamic symbol table exports exactly the header's functions (the C ABI crate
   expands the same registry, so a difference is a bug in one of the two
   expansions).
Exit status 1 on any difference.
"""
import re
import subprocess
import sys


def header_functions(text):
    return set(re.findall(r"^(?:int|const char \*|const struct crypto_insn_table \*|crypto_insn_fn)\s*(crypto_insn_\w+)\(", text, re.M))


def main():
    args = sys.argv[1:]
    cli = args[args.index("--cli") + 1] if "--cli" in args else "target/release/crypto-insn"
    text = open("include/crypto_insn.h").read()
    bad = 0
    generated = subprocess.run([cli, "header"], capture_output=True, text=True, check=True).stdout
    if generated != text:
        print("include/crypto_insn.h differs from `crypto-insn header` (regenerate it: see its first lines)")
        bad += 1
    header = header_functions(text)
    if "--lib" in args:
        lib = args[args.index("--lib") + 1]
        out = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True, check=True).stdout
        syms = {l.split()[-1] for l in out.splitlines() if l.split() and l.split()[-1].startswith("crypto_insn_")}
        for name in sorted(syms ^ header):
            where = "exported by the library but not in the header" if name in syms else "in the header but not exported"
            print(f"{name}: {where}")
            bad += 1
    print(f"{len(header)} prototypes checked, {bad} differences")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
