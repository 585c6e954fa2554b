#!/usr/bin/env python3
"""Prints BENCHMARKS.md's QEMU side-by-side table from benches/qemu-aes/run.sh's
outputs: the timing CSV of `harness time` and the callgrind dumps of
`harness count` (one per column group, named by the client request that
dumped it).

    table.py time.csv [callgrind.out.N ...]

Cycles are core cycles per call (medians over the rounds); `Ir` is callgrind's
instructions per call, inclusive of everything the called function runs (its
own `ret` included, the caller's `call` not). Ratios are to QEMU's columns as
the performance issue states its targets.
"""
import csv
import math
import re
import subprocess
import sys

COLS = ["qemu-gen", "qemu-accel", "export", "resolved", "soft", "ct", "vperm", "raw"]
CALLS = 10000  # harness count N, as run.sh passes it


def read_time(path):
    lat, thr = {}, {}
    with open(path) as f:
        rows = [l for l in f if "," in l and not l.startswith("op,")]
    for r in csv.reader(rows):
        op, col, l, t = r
        lat[(op, col)] = float(l)
        thr[(op, col)] = float(t)
    return lat, thr


def function_of(op, col):
    """The symbol callgrind reports for one implementation of one op."""
    mnemonic = op.split("_", 1)[1]
    if col in ("qemu-gen", "qemu-accel"):
        return "q_" + mnemonic.removesuffix("_imm")
    if col == "raw":
        return "r_" + mnemonic
    if mnemonic.endswith("_imm"):
        # crypto_insn_resolve_imm's function (native backend).
        return "crypto_insn_capi::imm_forms::native::" + mnemonic.removesuffix("_imm")
    if col == "export":
        return "crypto_insn_" + op
    arch = {"x86": "X86Op", "arm": "ArmOp"}[op.split("_", 1)[0]]
    backend = {"resolved": "native"}.get(col, col)
    return f"crypto_insn_capi::{arch}::{backend}::{mnemonic}"


def inclusive(dump):
    """Inclusive Ir per function name of one callgrind dump."""
    out = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", dump],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    costs = {}
    for line in out.splitlines():
        m = re.match(r"^\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(?:[^\s:]+:(?!:))?(\S.*?)(?:\s+\[.*\])?\s*$", line)
        if m:
            name = m.group(2)
            name = re.sub(r"::h[0-9a-f]{16}$", "", name)
            costs[name] = costs.get(name, 0) + int(m.group(1).replace(",", ""))
    return costs


def main():
    lat, thr = read_time(sys.argv[1])
    ops = []
    for op, _ in lat:
        if op not in ops:
            ops.append(op)
    ir = {}
    for dump in sys.argv[2:]:
        head = open(dump, errors="replace").read(4000)
        m = re.search(r"^desc: Trigger: Client Request: (\S+)", head, re.M)
        if not m or m.group(1) not in COLS:
            continue
        col = m.group(1)
        costs = inclusive(dump)
        for op in ops:
            fn = function_of(op, col)
            # q_aesimc serves both x86 AESIMC and Arm AESIMC.
            users = sum(1 for o in ops if function_of(o, col) == fn)
            if fn in costs:
                ir[(op, col)] = costs[fn] / (CALLS * users)
    shown = ["qemu-gen", "qemu-accel", "soft", "ct", "vperm", "export", "resolved", "raw"]
    print("Latency (dependent chain), core cycles per call; callgrind instructions per call in brackets:\n")
    print("| op | " + " | ".join(shown) + " |")
    print("|---|" + "---|" * len(shown))
    for op in ops:
        cells = []
        for col in shown:
            v = lat.get((op, col))
            i = ir.get((op, col))
            cells.append("-" if v is None else f"{v:.1f}" + (f" [{i:.0f}]" if i is not None else ""))
        print(f"| {op} | " + " | ".join(cells) + " |")
    print("\nThroughput (8 independent states), core cycles per call:\n")
    print("| op | " + " | ".join(shown) + " |")
    print("|---|" + "---|" * len(shown))
    for op in ops:
        print(f"| {op} | " + " | ".join("-" if thr.get((op, c)) is None else f"{thr[(op, c)]:.1f}" for c in shown) + " |")

    def counted(o, ref):
        # The `_imm` row (AESKEYGENASSIST through crypto_insn_resolve_imm) is
        # the same instruction again: only its resolved / raw ratio counts.
        return ref == "raw" or not o.endswith("_imm")

    def gmean(col, ref):
        r = [lat[(o, col)] / lat[(o, ref)] for o in ops if (o, col) in lat and (o, ref) in lat and counted(o, ref)]
        return math.exp(sum(math.log(x) for x in r) / len(r)) if r else float("nan")

    print("\nRatios (latency; geometric mean over the ops, then the worst op):\n")
    print("| ratio | geometric mean | worst op |")
    print("|---|---|---|")
    for col, ref in [
        ("soft", "qemu-gen"),
        ("vperm", "qemu-gen"),
        ("ct", "qemu-gen"),
        ("export", "qemu-accel"),
        ("resolved", "qemu-accel"),
        ("resolved", "raw"),
    ]:
        worst = max(
            ((lat[(o, col)] / lat[(o, ref)], o) for o in ops if (o, col) in lat and (o, ref) in lat and counted(o, ref)),
            default=None,
        )
        w = f"{worst[0]:.2f}x ({worst[1]})" if worst else "-"
        print(f"| {col} / {ref} | {gmean(col, ref):.2f}x | {w} |")
    for o in ops:
        if o.endswith("_imm") and (o, "resolved") in lat and (o, "raw") in lat:
            i = ir.get((o, "resolved")), ir.get((o, "raw"))
            n = f" [{i[0]:.0f} / {i[1]:.0f} instructions]" if None not in i else ""
            print(
                f"\n{o.removesuffix('_imm')} with imm8 fixed (crypto_insn_resolve_imm, native) / raw with imm8 encoded: "
                f"{lat[(o, 'resolved')]:.1f} / {lat[(o, 'raw')]:.1f} cycles = {lat[(o, 'resolved')] / lat[(o, 'raw')]:.2f}x{n}."
            )
    if ir:
        worst = max((ir[(o, "export")], o) for o in ops if (o, "export") in ir)
        print(f"\nexport: at most {worst[0]:.0f} instructions per call ({worst[1]}).")


if __name__ == "__main__":
    main()
