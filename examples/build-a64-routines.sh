#!/bin/sh
# Builds examples/a64-routines.c with the AArch64 cross gcc (-O2
# -march=armv8-a+crypto) and writes the machine code of its three leaf
# functions (the whole .text section, no relocations) as
# examples/a64-routines.hex, with a header naming each function's entry offset,
# the compiler and the command. examples/a64_interp.rs and tests/interp_a64.rs
# read the .hex; nothing is cross-compiled at test time.
# Before writing it, the same object is linked with examples/a64-routines-check.c
# and run under qemu-aarch64 (when present): the routines must give the
# FIPS-197, GCM-spec and FIPS 180-4 values natively too.
# On a fresh Debian bookworm machine it installs the cross toolchain and QEMU.
set -eu
cd "$(dirname "$0")"
CC=aarch64-linux-gnu-gcc
if ! command -v $CC >/dev/null || ! command -v aarch64-linux-gnu-objcopy >/dev/null; then
	apt-get update && apt-get install -y gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu
fi
CFLAGS="-O2 -march=armv8-a+crypto -fno-asynchronous-unwind-tables -fno-unwind-tables"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086
$CC $CFLAGS -c a64-routines.c -o "$tmp/r.o"
if [ -n "$(aarch64-linux-gnu-objdump -r "$tmp/r.o" | grep -v '^$' | grep -v 'file format' || true)" ]; then
	echo "the routines need relocations" >&2
	exit 1
fi
if command -v qemu-aarch64 >/dev/null; then
	# shellcheck disable=SC2086
	$CC $CFLAGS -static -Wall -Wextra a64-routines-check.c "$tmp/r.o" -o "$tmp/check"
	qemu-aarch64 "$tmp/check"
	checked="run by a64-routines-check.c under $(qemu-aarch64 --version | head -n 1): FIPS-197 B, C.1, GCM Test Case 2, FIPS 180-4 \"abc\" ok"
else
	echo "qemu-aarch64 not found: the routines were not run natively" >&2
	checked="not run natively (no qemu-aarch64)"
fi
aarch64-linux-gnu-objcopy -O binary --only-section=.text "$tmp/r.o" "$tmp/r.bin"
{
	echo "# Machine code of examples/a64-routines.c (AArch64, little-endian):"
	aarch64-linux-gnu-nm "$tmp/r.o" | awk '$2 == "T" { printf "# Entry: %s 0x%s\n", $3, $1 }'
	echo "# Compiler: $($CC --version | head -n 1)"
	echo "# Command: $CC $CFLAGS -c a64-routines.c; aarch64-linux-gnu-objcopy -O binary --only-section=.text"
	echo "# Bytes: $(wc -c <"$tmp/r.bin"), sha256 $(sha256sum "$tmp/r.bin" | cut -d' ' -f1)"
	echo "# Checked: $checked"
	echo "# Regenerate: sh examples/build-a64-routines.sh"
	od -An -v -tx1 "$tmp/r.bin" | tr -s ' ' | sed 's/^ //'
} >a64-routines.hex
echo "wrote examples/a64-routines.hex"
