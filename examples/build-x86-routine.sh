#!/bin/sh
# Builds examples/x86-routine.c with gcc -O2 -maes and writes the machine code
# of aes128_encrypt (the whole .text section: a leaf function, no relocations)
# as examples/x86-routine.hex, with a header naming the compiler and command.
# examples/x86_interp.rs and tests/interp_x86.rs read the .hex; nothing is
# compiled at test time. On a fresh Debian bookworm machine it installs gcc.
set -eu
cd "$(dirname "$0")"
if ! command -v gcc >/dev/null || ! command -v objcopy >/dev/null; then
	apt-get update && apt-get install -y gcc binutils
fi
CFLAGS="-O2 -maes -fno-asynchronous-unwind-tables -fcf-protection=none -fno-stack-protector"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086
gcc $CFLAGS -c x86-routine.c -o "$tmp/r.o"
if [ -n "$(objdump -r "$tmp/r.o" | grep -v '^$' | grep -v 'file format' || true)" ]; then
	echo "the routine needs relocations" >&2
	exit 1
fi
objcopy -O binary --only-section=.text "$tmp/r.o" "$tmp/r.bin"
{
	echo "# Machine code of aes128_encrypt(key rdi, in rsi, out rdx) from examples/x86-routine.c."
	echo "# Compiler: $(gcc --version | head -n 1)"
	echo "# Command: gcc $CFLAGS -c x86-routine.c; objcopy -O binary --only-section=.text"
	echo "# Bytes: $(wc -c <"$tmp/r.bin"), sha256 $(sha256sum "$tmp/r.bin" | cut -d' ' -f1)"
	echo "# Regenerate: sh examples/build-x86-routine.sh"
	od -An -v -tx1 "$tmp/r.bin" | tr -s ' ' | sed 's/^ //'
} >x86-routine.hex
echo "wrote examples/x86-routine.hex"
