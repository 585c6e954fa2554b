#!/usr/bin/env bash
# Builds the oracle programs of tools/oracles/ (the `crypto-insn diff --oracle`
# protocol, see tools/src/oracle.rs and common.h) into target/oracles/:
#   x86-oracle   native x86-64 (AES-NI, PCLMULQDQ, SHA-NI, VAES, VPCLMULQDQ, GFNI)
#   arm-oracle   static AArch64 (AES, PMULL, SHA1/256/512, SHA3, SM3, SM4), for
#                qemu-aarch64 -cpu max or a real board (`--oracle 'ssh board ./arm-oracle'`)
#   arm-sve-oracle  static AArch64 SVE2 crypto (AESE/AESD/AESMC/AESIMC, PMULLB/PMULLT .Q,
#                RAX1, SM4E/SM4EKEY) at VL 128-2048, for qemu-aarch64 -cpu max
#   arm32-oracle static armhf A32 (AES, SHA1/256, VMULL.P64), for qemu-arm -cpu max
#   rv64-oracle, rv32-oracle   freestanding RISC-V scalar crypto (tools/oracles/riscv/scalar.c
#                in protocol mode), for qemu-riscv64/32 -cpu rv64|rv32,zk=true,zks=true
#   rv64-vector-oracle, rv32-vector-oracle   freestanding RISC-V vector crypto at VLEN = 128
#                (tools/oracles/riscv/vector.c in protocol mode; `diff --vector`), for
#                qemu-riscv64/32 -cpu rv64|rv32,v=true,vlen=128,zvbb=true,zvbc=true,zvkg=true,
#                zvkned=true,zvknhb=true,zvksed=true,zvksh=true
#   ppc-oracle   static ppc64le POWER8 vector crypto (tools/oracles/ppc/oracle.c, which
#                answers in the protocol's echo form), for qemu-ppc64le -cpu power8/9/10
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
# SVE2 crypto at every vector length (prctl(PR_SVE_SET_VL) per request).
aarch64-linux-gnu-gcc -O2 -static -march=armv9-a+sve2-aes+sve2-sha3+sve2-sm4 -Wall -Wextra -Werror \
    -o "$out/arm-sve-oracle" tools/oracles/arm-sve.c
need arm-linux-gnueabihf-gcc gcc-arm-linux-gnueabihf libc6-dev-armhf-cross
arm-linux-gnueabihf-gcc -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -static -marm -march=armv8-a+crypto \
    -mfpu=crypto-neon-fp-armv8 -mfloat-abi=hard -Wall -Wextra -Werror -o "$out/arm32-oracle" tools/oracles/arm32/oracle.c
need riscv64-linux-gnu-gcc gcc-riscv64-linux-gnu
rv=(-O1 -ffreestanding -fno-pic -nostdlib -static -fno-stack-protector -Wall -Werror -DORACLE_PROTOCOL)
riscv64-linux-gnu-gcc -march=rv64gc_zk_zks -mabi=lp64 "${rv[@]}" -o "$out/rv64-oracle" tools/oracles/riscv/scalar.c
riscv64-linux-gnu-gcc -march=rv32gc_zk_zks -mabi=ilp32 "${rv[@]}" -o "$out/rv32-oracle" tools/oracles/riscv/scalar.c
riscv64-linux-gnu-gcc -march=rv64gcv -mabi=lp64 "${rv[@]}" -o "$out/rv64-vector-oracle" tools/oracles/riscv/vector.c
riscv64-linux-gnu-gcc -march=rv32gcv -mabi=ilp32 "${rv[@]}" -o "$out/rv32-vector-oracle" tools/oracles/riscv/vector.c
need powerpc64le-linux-gnu-gcc gcc-powerpc64le-linux-gnu libc6-dev-ppc64el-cross
powerpc64le-linux-gnu-gcc -O2 -static -mcpu=power8 -Wall -o "$out/ppc-oracle" tools/oracles/ppc/oracle.c
ls -l "$out"
