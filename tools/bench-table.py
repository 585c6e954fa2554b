#!/usr/bin/env python3
"""Prints the README benchmark tables from criterion's saved estimates.

Usage: tools/bench-table.py [CRITERION_DIR] [--groups PREFIX...]

Reads <dir>/<group>/<shape>_<impl>/new/estimates.json (criterion's median point
estimate, ns per iteration), divides by the operations each iteration performs
(benches/benches/*.rs: latency and emulator 64, throughput 8 x 16 = 128, unless a
group's name says otherwise via OPS below), and prints one markdown table per
shape: ns per operation and the ratio to the raw intrinsic of the same shape.
"""
import json
import os
import sys

OPS = {"latency": 64, "throughput": 128, "emulator": 64, "message": 1}
# Groups whose iterations hold a different number of operations.
GROUP_OPS = {"aes128 block": {"latency": 16}, "sha256 4KiB": {"message": 1}}


def load(root, groups):
    data = {}
    for group in sorted(os.listdir(root)):
        if group == "report" or not os.path.isdir(os.path.join(root, group)):
            continue
        if groups and not any(group.startswith(g) for g in groups):
            continue
        for bench in os.listdir(os.path.join(root, group)):
            est = os.path.join(root, group, bench, "new", "estimates.json")
            if "_" not in bench or not os.path.exists(est):
                continue
            shape, impl = bench.split("_", 1)
            with open(est) as f:
                ns = json.load(f)["median"]["point_estimate"]
            ops = GROUP_OPS.get(group, {}).get(shape, OPS.get(shape))
            if ops is None:
                continue
            data.setdefault(shape, {}).setdefault(group, {})[impl] = ns / ops
    return data


def main():
    args = sys.argv[1:]
    groups = []
    if "--groups" in args:
        i = args.index("--groups")
        groups = args[i + 1:]
        args = args[:i]
    root = args[0] if args else "target/criterion"
    data = load(root, groups)
    preferred = ["intrinsic", "native", "auto", "soft", "ct", "native-dyn", "ct-dyn", "aes-hazmat"]
    for shape in ["latency", "throughput", "emulator", "message"]:
        rows = data.get(shape)
        if not rows:
            continue
        impls = sorted({i for r in rows.values() for i in r}, key=lambda i: (preferred.index(i) if i in preferred else 99, i))
        print(f"\n{shape} (ns per operation; ratio to the intrinsic)\n")
        print("| op | " + " | ".join(impls) + " |")
        print("|---|" + "---|" * len(impls))
        for group, r in rows.items():
            base = r.get("intrinsic")
            cells = []
            for i in impls:
                if i not in r:
                    cells.append("")
                elif base and i != "intrinsic":
                    cells.append(f"{r[i]:.2f} ({r[i] / base:.2f}x)")
                else:
                    cells.append(f"{r[i]:.2f}")
            print(f"| {group} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
