#!/bin/sh
# Builds the x86-64 routines that examples/x86_interp.rs interprets and writes
# the machine code of each (the whole .text section: one leaf function at
# offset 0, no relocations, no data sections) as a .hex file whose header
# names the compiler, the exact command, the byte count and the sha256:
#   x86-routine.c -> x86-routine.hex  aes128_encrypt (AESKEYGENASSIST, AESENC)
#   x86-ghash.c   -> x86-ghash.hex    ghash (PCLMULQDQ, PSHUFB)
#   x86-sha256.c  -> x86-sha256.hex   sha256_compress (SHA256RNDS2/MSG1/MSG2)
# examples/x86_interp.rs and tests/interp_x86.rs read the .hex files; nothing
# is compiled at test time. On a fresh Debian bookworm machine it installs gcc.
set -eu
cd "$(dirname "$0")"
if ! command -v gcc >/dev/null || ! command -v objcopy >/dev/null; then
	apt-get update && apt-get install -y gcc binutils
fi
COMMON="-fno-asynchronous-unwind-tables -fcf-protection=none -fno-stack-protector"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# build SOURCE OUTPUT FUNCTION "SIGNATURE" ISA-FLAGS
build() {
	src=$1 out=$2 fn=$3 sig=$4 isa=$5
	cflags="-O2 $isa $COMMON -Wall -Wextra -Werror"
	# shellcheck disable=SC2086
	gcc $cflags -c "$src" -o "$tmp/r.o"
	if [ -n "$(objdump -r "$tmp/r.o" | grep -v '^$' | grep -v 'file format' || true)" ]; then
		echo "$src: the routine needs relocations" >&2
		exit 1
	fi
	# Only .text may hold bytes (no .rodata constants, no .data).
	if objdump -h "$tmp/r.o" | awk '$2 ~ /^\.(rodata|data|bss)/ && $3 != "00000000" { bad = 1 } END { exit !bad }'; then
		echo "$src: the routine has data sections" >&2
		exit 1
	fi
	# Exactly one global function, at offset 0 of .text.
	if [ "$(nm "$tmp/r.o" | grep ' T ')" != "0000000000000000 T $fn" ]; then
		echo "$src: expected only $fn at offset 0, got: $(nm "$tmp/r.o" | grep ' T ')" >&2
		exit 1
	fi
	objcopy -O binary --only-section=.text "$tmp/r.o" "$tmp/r.bin"
	{
		echo "# Machine code of $sig from examples/$src."
		echo "# Entry: $fn at offset 0"
		echo "# Compiler: $(gcc --version | head -n 1)"
		echo "# Command: gcc $cflags -c $src; objcopy -O binary --only-section=.text"
		echo "# Bytes: $(wc -c <"$tmp/r.bin"), sha256 $(sha256sum "$tmp/r.bin" | cut -d' ' -f1)"
		echo "# Regenerate: sh examples/build-x86-routine.sh"
		od -An -v -tx1 "$tmp/r.bin" | tr -s ' ' | sed 's/^ //'
	} >"$out"
	echo "wrote examples/$out"
}

build x86-routine.c x86-routine.hex aes128_encrypt \
	"aes128_encrypt(key rdi, in rsi, out rdx)" "-maes"
build x86-ghash.c x86-ghash.hex ghash \
	"ghash(h rdi, data rsi, nblocks rdx, y rcx)" "-mpclmul -mssse3"
build x86-sha256.c x86-sha256.hex sha256_compress \
	"sha256_compress(state rdi, block rsi, k rdx)" "-msha -mssse3 -msse4.1"
