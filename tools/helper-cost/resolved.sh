#!/usr/bin/env bash
# The Rust emulator shape three ways, this checkout only: the default free
# functions (`Auto`, a cached CPU check per call), a `Native` token resolved
# once (`X86(native)`, what an emulator generic over its backend runs) and the
# raw-intrinsic helper in a `#[target_feature]` function; callgrind
# instructions per call and a median-of-7 timing (noisy on a shared VM).
#
#   tools/helper-cost/resolved.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ops="x86_aesenc x86_aesenclast x86_aesdec x86_aesdeclast x86_aesimc x86_aeskeygenassist arm_aese arm_aesd arm_aesmc arm_aesimc"
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
mkdir -p "$w/src"
cp "$here/main.rs" "$w/src/main.rs"
printf '[package]\nname = "helper-cost"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[features]\nresolved = []\n\n[dependencies]\ncrypto-insn = { path = "%s" }\n\n[profile.release]\ndebug = 1\n\n[workspace]\n' "$root" > "$w/Cargo.toml"
(cd "$w" && cargo build -q --release --features resolved)
for op in $ops; do
    for kind in "" resolved_ raw_; do
        fn="helper_cost::$kind$op"
        [ "$kind" = resolved_ ] && fn="helper_cost::resolved::$kind$op"
        [ "$kind" = raw_ ] && fn="helper_cost::resolved::raw::$kind$op"
        valgrind --tool=callgrind --callgrind-out-file="$w/cg.out" --toggle-collect="$fn" \
            "$w/target/release/helper-cost" "$kind$op" > /dev/null 2>&1
        ir=$(callgrind_annotate "$w/cg.out" | awk '/PROGRAM TOTALS/ && !f { print $1; f = 1 }' | tr -d ,)
        # callgrind_annotate prints "." for a total of 0 (nothing collected).
        case "$ir" in '' | *[!0-9]*) ir=0 ;; esac
        if [ "$ir" -gt 0 ]; then
            echo "callgrind $kind$op $((ir / 7000000)) instructions/call"
        else
            # Two rows with identical bodies (x86 and Arm AESIMC) are one function.
            echo "callgrind $kind$op: no symbol of its own (folded into an identical helper)"
        fi
    done
done
"$w/target/release/helper-cost" | grep -E "^(x86_aes|arm_aes|resolved_|raw_)" | sed "s/^/timing /"
