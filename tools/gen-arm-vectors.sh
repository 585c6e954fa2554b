#!/usr/bin/env bash
# Regenerates vectors/arm-aes.txt and vectors/arm-ext.txt by executing the real ARMv8
# crypto instructions (AES, PMULL, SHA1, SHA256) under
# qemu-aarch64 -cpu max. Needs the cross route of DEVELOPERS.md ("Cross lanes"):
# /usr/bin/cargo (rustc-web) with libstd-rust-web-dev:arm64, gcc-aarch64-linux-gnu, qemu-user.
set -euo pipefail
cd "$(dirname "$0")/.."
target=aarch64-unknown-linux-gnu
RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc CARGO_TARGET_DIR=target/cross /usr/bin/cargo build --release --target "$target" -p crypto-insn-tools --bin gen-vectors
origin="$(qemu-aarch64 --version | head -n 1) with -cpu max (TCG; FEAT_AES, FEAT_PMULL, FEAT_SHA1, FEAT_SHA256)"
for kind in aes ext; do
    mode=arm
    [ "$kind" = ext ] && mode=arm-ext
    qemu-aarch64 -cpu max -L / "target/cross/$target/release/gen-vectors" "$mode" --origin "$origin" > "vectors/arm-$kind.txt"
    echo "wrote vectors/arm-$kind.txt ($(grep -vc '^#' "vectors/arm-$kind.txt") lines)"
done
