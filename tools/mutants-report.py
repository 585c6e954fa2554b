#!/usr/bin/env python3
"""Summarises a cargo-mutants run (mutants.out/outcomes.json) per module for
MUTANTS.md: mutants, caught (killed or timed out), missed, unviable, the
caught share of the viable ones, and the list of survivors.

    tools/mutants-report.py path/to/mutants.out
"""
import collections
import json
import sys


def main():
    out = sys.argv[1]
    d = json.load(open(f"{out}/outcomes.json"))
    per = collections.OrderedDict()
    survivors = collections.defaultdict(list)
    secs = 0.0
    for o in d["outcomes"]:
        secs += sum(p["duration"] for p in o["phase_results"])
        m = o["scenario"].get("Mutant") if isinstance(o["scenario"], dict) else None
        if not m:
            continue
        f = m["file"]
        c = per.setdefault(f, collections.Counter())
        s = o["summary"]
        c["mutants"] += 1
        if s in ("CaughtMutant", "Timeout"):
            c["caught"] += 1
        elif s == "MissedMutant":
            c["missed"] += 1
            survivors[f].append(m["name"])
        elif s == "Unviable":
            c["unviable"] += 1
    print("| module | mutants | caught | missed | unviable | caught / viable |")
    print("|---|---|---|---|---|---|")
    tot = collections.Counter()
    for f, c in per.items():
        viable = c["caught"] + c["missed"]
        share = f"{100 * c['caught'] / viable:.1f}%" if viable else "-"
        print(f"| `{f}` | {c['mutants']} | {c['caught']} | {c['missed']} | {c['unviable']} | {share} |")
        tot.update(c)
    viable = tot["caught"] + tot["missed"]
    if viable:
        print(f"| all | {tot['mutants']} | {tot['caught']} | {tot['missed']} | {tot['unviable']} | {100 * tot['caught'] / viable:.1f}% |")
    print(f"\nbuild and test time: {secs / 60:.0f} min")
    for f, names in survivors.items():
        print(f"\n{f}:")
        for n in names:
            print(f"- {n}")


if __name__ == "__main__":
    main()
