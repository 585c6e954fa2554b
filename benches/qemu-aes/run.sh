#!/bin/sh
# crypto-insn next to QEMU's own AES helpers in one C program (see harness.c).
#
#   sh benches/qemu-aes/run.sh [ROUNDS] [CALLS]     (defaults 15 rounds of 200000 calls)
#
# 1. Fetches Debian's qemu source package at run time: the orig tarball of
#    qemu from bookworm-backports (10.0) when that suite has it, else bookworm
#    (7.2). It uses a private apt source list, written to target/qemu-aes/apt:
#        deb-src http://deb.debian.org/debian bookworm-backports main
#        deb-src http://deb.debian.org/debian bookworm main
#    (the system's apt configuration is not touched; needs network and apt).
#    Only crypto/aes.c, include/crypto/aes.h, include/crypto/aes-round.h and
#    the x86-64 host headers are extracted, into target/qemu-aes/ (never
#    committed). QEMU before 8.1 (so 7.2) has no shared round fragments
#    (include/crypto/aes-round.h): the script then says so and stops.
# 2. Builds the crypto-insn C ABI (release) and compiles QEMU's crypto/aes.c,
#    harness.c and the library into one program with gcc -O2 (no -maes: QEMU's
#    Debian build picks AES-NI at run time, as the harness does).
# 3. Runs `harness verify` (all agree; exit 1 otherwise), `harness time` pinned
#    to one CPU with taskset when present, and `harness count` under
#    valgrind --tool=callgrind; table.py prints BENCHMARKS.md's table.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work="$root/target/qemu-aes"
rounds=${1:-15}
calls=${2:-200000}
mkdir -p "$work/apt/lists/partial"

src=$(ls -d "$work"/qemu-*/ 2>/dev/null | head -n 1 || true)
if [ -z "$src" ] || [ ! -f "$src/crypto/aes.c" ]; then
    printf 'deb-src http://deb.debian.org/debian bookworm-backports main\ndeb-src http://deb.debian.org/debian bookworm main\n' \
        >"$work/apt/sources.list"
    A="-o Dir::Etc::SourceList=$work/apt/sources.list -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists=$work/apt/lists"
    # shellcheck disable=SC2086
    apt-get -qq $A update
    uri=""
    for suite in bookworm-backports bookworm; do
        # shellcheck disable=SC2086
        uri=$(apt-get -qq $A source --print-uris "qemu/$suite" 2>/dev/null | tr ' ' '\n' |
            grep -o "'[^']*\.orig\.tar\.[a-z]*'" | tr -d "'" | head -n 1 || true)
        [ -n "$uri" ] && break
    done
    [ -n "$uri" ] || { echo "run.sh: no qemu source package found through $work/apt/sources.list" >&2; exit 1; }
    echo "qemu source: $uri"
    tarball="$work/$(basename "$uri")"
    [ -f "$tarball" ] || curl -fsSL -o "$tarball" "$uri"
    top=$(tar -tf "$tarball" | head -n 1 | cut -d/ -f1)
    tar -xf "$tarball" -C "$work" --wildcards "$top/crypto/aes.c" "$top/include/crypto/aes.h" \
        "$top/include/crypto/aes-round.h" "$top/host/include/x86_64/*" "$top/host/include/i386/*" \
        "$top/VERSION" 2>/dev/null || true
    src="$work/$top/"
fi
echo "qemu version: $(cat "$src/VERSION" 2>/dev/null || echo unknown) ($src)"
if [ ! -f "$src/include/crypto/aes-round.h" ]; then
    echo "SKIP: this QEMU has no include/crypto/aes-round.h (added in QEMU 8.1): nothing shared to measure"
    exit 0
fi

cd "$root"
cargo build -q --release -p crypto-insn-capi
gcc -O2 -std=gnu11 -Wall -Wextra -I "$here/shim" -I "$src/include" -I "$src" -I "$src/host/include/x86_64" \
    -I "$root/include" "$here/harness.c" "$src/crypto/aes.c" target/release/libcrypto_insn_capi.a \
    -lpthread -ldl -lm -o "$work/harness"
echo "compiler: $(gcc --version | head -n 1)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') (family $(grep -m1 'cpu family' /proc/cpuinfo | cut -d: -f2 | tr -d ' '), model $(grep -m1 '^model\s' /proc/cpuinfo | cut -d: -f2 | tr -d ' '))"

"$work/harness" verify 2000
pin=""
command -v taskset >/dev/null && pin="taskset -c 1"
$pin "$work/harness" time "$rounds" "$calls" >"$work/time.csv"
cat "$work/time.csv" | head -n 1
rm -f "$work"/callgrind.out*
if command -v valgrind >/dev/null; then
    valgrind -q --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$work/harness" count 10000 >/dev/null
fi
python3 "$here/table.py" "$work/time.csv" "$work"/callgrind.out.*
