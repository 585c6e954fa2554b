#!/usr/bin/env bash
# Builds the oracle programs of tools/oracles/ (the `crypto-insn diff --oracle`
# protocol, see tools/src/oracle.rs and common.h) into target/oracles/:
#   x86-oracle   native x86-64 (AES-NI, PCLMULQDQ, SHA-NI, VAES, VPCLMULQDQ, GFNI)
#   arm-oracle   static AArch64 (AES, PMULL, SHA1/256/512, SHA3, SM3, SM4), for
#                qemu-aarch64 -cpu max or a real board (`--oracle 'ssh board ./arm-oracle'`)
# Installs the cross compiler on a Debian machine when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/oracles
mkdir -p "$out"
need() {
    command -v "$1" >/dev/null || {
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${@:2}"
    }
}
need gcc gcc
gcc -O2 -Wall -Wextra -Werror -o "$out/x86-oracle" tools/oracles/x86.c
need aarch64-linux-gnu-gcc gcc-aarch64-linux-gnu libc6-dev-arm64-cross
aarch64-linux-gnu-gcc -O2 -static -march=armv8.2-a+crypto+sha3+sm4 -Wall -Wextra -Werror \
    -o "$out/arm-oracle" tools/oracles/arm.c
ls -l "$out"
