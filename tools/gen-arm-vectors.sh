#!/usr/bin/env bash
# Regenerates vectors/arm-aes.txt by executing the real ARMv8 AES instructions under
# qemu-aarch64 -cpu max. Needs Debian's cross route (see tools/cross-aarch64.sh):
# /usr/bin/cargo (rustc-web) with libstd-rust-web-dev:arm64, gcc-aarch64-linux-gnu, qemu-user.
set -euo pipefail
cd "$(dirname "$0")/.."
target=aarch64-unknown-linux-gnu
RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc CARGO_TARGET_DIR=target/cross /usr/bin/cargo build --release --target "$target" -p crypto-insn-tools --bin gen-vectors
origin="$(qemu-aarch64 --version | head -n 1) with -cpu max (TCG; FEAT_AES)"
qemu-aarch64 -cpu max -L / "target/cross/$target/release/gen-vectors" arm --origin "$origin" > vectors/arm-aes.txt
echo "wrote vectors/arm-aes.txt ($(grep -vc '^#' vectors/arm-aes.txt) lines)"
