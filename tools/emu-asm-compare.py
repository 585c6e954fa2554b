#!/usr/bin/env python3
"""Compares the machine code of the emulator-shape helpers with the raw-intrinsic baseline.

Usage: tools/emu-asm-compare.py TARGET_DIR [BENCH]

TARGET_DIR is the CARGO_TARGET_DIR a bench build used (for example target/bench-native
after `RUSTFLAGS="-C target-cpu=native" cargo bench ... --bench aes`); BENCH is the bench
binary's name (default `aes`). Disassembles the newest `release/deps/<BENCH>-*` binary with
objdump and, for every `raw::emulator::<O>` body (the same helper written with raw
intrinsics), reports whether some `emu::<B, O>` body (the library helper in the same shape)
is the same instruction sequence. When it is, the two rows of the emulator table run the
same code and any difference between them is measurement noise.
"""
import glob
import os
import re
import subprocess
import sys


def bodies(binary):
    out = subprocess.run(
        ["objdump", "-d", "--no-show-raw-insn", binary], capture_output=True, text=True, check=True
    ).stdout
    funcs, cur = {}, None
    for line in out.splitlines():
        m = re.match(r"^[0-9a-f]+ <(.*)>:", line)
        if m:
            cur = m.group(1)
            funcs[cur] = []
        elif cur and "\t" in line:
            ins = line.split("\t", 1)[1].strip()
            if ins != "int3":  # alignment padding between functions
                funcs[cur].append(re.sub(r"[0-9a-f]{5,} <.*?>", "<target>", ins))
    return funcs


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    bench = sys.argv[2] if len(sys.argv) > 2 else "aes"
    pattern = os.path.join(sys.argv[1], "release", "deps", bench + "-*")
    bins = [p for p in glob.glob(pattern) if not p.endswith(".d")]
    if not bins:
        print(f"no bench binary matches {pattern}", file=sys.stderr)
        return 2
    funcs = bodies(max(bins, key=os.path.getmtime))
    raw = {k: v for k, v in funcs.items() if "3raw8emulator" in k}
    helpers = {tuple(v) for k, v in funcs.items() if re.search(r"3emu17h", k)}
    same = 0
    for body in raw.values():
        if tuple(body) in helpers:
            same += 1
            print("same code:  " + " ; ".join(body))
        else:
            print("different:  " + " ; ".join(body))
    print(f"{same} of {len(raw)} distinct raw-intrinsic emulator bodies have an identical helper body")
    return 0


if __name__ == "__main__":
    sys.exit(main())
