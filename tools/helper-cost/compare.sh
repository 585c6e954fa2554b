#!/usr/bin/env bash
# Per-call cost of the emulator shape `regs[d] = op(regs[d], regs[s])` through the
# public API (default build: run-time CPU detection), for two checkouts of the
# library side by side: callgrind instruction counts (deterministic; valgrind
# hides SHA-NI and PCLMULQDQ from CPUID, so those rows count the software path)
# and a median-of-7 timing in one process (noisy on a shared VM).
#
#   tools/helper-cost/compare.sh BEFORE_DIR AFTER_DIR      (two crate roots)
#   e.g. git worktree add /tmp/before fad29aa && tools/helper-cost/compare.sh /tmp/before .
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ops="x86_aesenc x86_aesenclast x86_aesdec x86_aesdeclast x86_aeskeygenassist arm_aese arm_aesd arm_aesmc arm_aesimc x86_pclmulqdq x86_sha256rnds2 x86_sha1rnds4 arm_sha256h arm_pmull arm_sm4e arm_sm4ekey soft_arm_sm4e"
for side in before after; do
    dir=$([ "$side" = before ] && echo "$1" || echo "$2")
    dir=$(cd "$dir" && pwd)
    w=$(mktemp -d)
    mkdir -p "$w/src"
    cp "$here/main.rs" "$w/src/main.rs"
    printf '[package]\nname = "helper-cost"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\ncrypto-insn = { path = "%s" }\n\n[profile.release]\ndebug = 1\n\n[workspace]\n' "$dir" > "$w/Cargo.toml"
    (cd "$w" && cargo build -q --release)
    for op in $ops; do
        valgrind --tool=callgrind --callgrind-out-file="$w/cg.out" --toggle-collect="helper_cost::$op" \
            "$w/target/release/helper-cost" "$op" > /dev/null 2>&1
        ir=$(callgrind_annotate "$w/cg.out" | awk '/PROGRAM TOTALS/ && !f { print $1; f = 1 }' | tr -d ,)
        echo "$side callgrind $op $((ir / 7000000)) instructions/call"
    done
    "$w/target/release/helper-cost" | sed "s/^/$side timing /"
done
