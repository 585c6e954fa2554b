#!/usr/bin/env python3
"""Checks a known-oracle-errata file (vectors/oracle-errata-*.txt).

Each instruction line is a vector line, `<request> -> <result the manual
gives>`, followed by a comment that is either `# <oracle-name>: <answer>` (an
erratum: that oracle gives this other answer) or `# agrees` (a control: the
oracle gives the manual's result). The check passes when all of:
  1. `crypto-insn check --arch A FILE` passes: the library computes the
     manual's results;
  2. the oracle under test (--oracle CMD, named --name) answers exactly the
     recorded answer on every erratum line and the manual's result on every
     control line: exactly the recorded lines differ, and each still does;
  3. with --reference CMD (real hardware), the reference answers the manual's
     result on every line.

    errata.py --arch x86 --cli target/release/crypto-insn --name qemu-7.2 \\
        --oracle 'qemu-x86_64-static -cpu max target/oracles/x86-oracle' \\
        [--reference target/oracles/x86-oracle] vectors/oracle-errata-x86.txt
"""
import argparse
import re
import subprocess
import sys


def entries(path):
    out = []
    for n, line in enumerate(open(path), 1):
        body, _, comment = line.partition("#")
        if not body.strip():
            continue
        request, arrow, result = body.partition("->")
        if not arrow:
            sys.exit(f"{path}:{n}: no `->`")
        comment = comment.strip()
        out.append((n, request.strip(), result.strip(), comment))
    if not out:
        sys.exit(f"{path}: no instruction lines")
    return out


def ask(cmd, requests):
    """The oracle's answer to each request (the result, or `ERR ...`)."""
    p = subprocess.run(["sh", "-c", cmd], input="".join(r + "\n" for r in requests),
                       capture_output=True, text=True, timeout=120)
    answers = p.stdout.splitlines()
    if len(answers) != len(requests):
        sys.exit(f"oracle {cmd!r} gave {len(answers)} answers to {len(requests)} requests: {p.stderr.strip()}")
    return [a.split("->")[-1].strip() if not a.startswith("ERR") else a.strip() for a in answers]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--oracle", required=True)
    ap.add_argument("--name", required=True)
    ap.add_argument("--reference")
    ap.add_argument("file")
    a = ap.parse_args()
    rows = entries(a.file)
    bad = 0
    lib = subprocess.run([a.cli, "check", "--arch", a.arch, a.file], capture_output=True, text=True)
    if lib.returncode != 0:
        print(f"the library disagrees with the file's manual results:\n{lib.stdout}{lib.stderr}")
        bad += 1
    got = ask(a.oracle, [r[1] for r in rows])
    errata = controls = 0
    for (n, req, want, comment), answer in zip(rows, got):
        m = re.match(r"^" + re.escape(a.name) + r":\s*(\S+)$", comment)
        if m:
            errata += 1
            if answer != m.group(1):
                print(f"{a.file}:{n}: erratum no longer reproduces: {a.name} answered {answer}, recorded {m.group(1)}")
                bad += 1
            elif answer == want:
                print(f"{a.file}:{n}: recorded erratum equals the manual's result")
                bad += 1
        elif comment == "agrees" or re.match(r"^\S+:\s*\S+$", comment):
            # A control, or another oracle's erratum: this oracle must give the
            # manual's result.
            controls += 1
            if answer != want:
                print(f"{a.file}:{n}: {a.name} differs on a control line: {answer}, manual {want}")
                bad += 1
        else:
            print(f"{a.file}:{n}: comment must be `<oracle>: <answer>` or `agrees`: {comment!r}")
            bad += 1
    if a.reference:
        for (n, req, want, _), answer in zip(rows, ask(a.reference, [r[1] for r in rows])):
            if answer != want:
                print(f"{a.file}:{n}: the reference {a.reference!r} answered {answer}, the file says {want}")
                bad += 1
    print(f"{a.file}: {errata} errata reproduce on {a.name}, {controls} controls agree"
          + (", the reference agrees on all" if a.reference else "") + f"; {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
