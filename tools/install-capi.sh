#!/usr/bin/env bash
# Builds the C ABI and installs it with its header and a pkg-config file:
#   tools/install-capi.sh [PREFIX]     (default /usr/local)
# Installs PREFIX/lib/libcrypto_insn_capi.{a,so.VERSION} with the SONAME link
# libcrypto_insn_capi.so.MAJOR and the development link libcrypto_insn_capi.so,
# PREFIX/include/crypto_insn.h and PREFIX/lib/pkgconfig/crypto_insn.pc, so that
#   cc my_emulator.c $(pkg-config --cflags --libs crypto_insn)
# works (set PKG_CONFIG_PATH=PREFIX/lib/pkgconfig for a non-standard prefix).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(realpath -m "${1:-/usr/local}")
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
major=${version%%.*}
cargo build --release -p crypto-insn-capi
install -d "$prefix/lib/pkgconfig" "$prefix/include"
install -m 644 target/release/libcrypto_insn_capi.a "$prefix/lib/"
install -m 755 target/release/libcrypto_insn_capi.so "$prefix/lib/libcrypto_insn_capi.so.$version"
ln -sf "libcrypto_insn_capi.so.$version" "$prefix/lib/libcrypto_insn_capi.so.$major"
ln -sf "libcrypto_insn_capi.so.$major" "$prefix/lib/libcrypto_insn_capi.so"
install -m 644 include/crypto_insn.h "$prefix/include/"
cat > "$prefix/lib/pkgconfig/crypto_insn.pc" <<PC
prefix=$prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: crypto_insn
Description: Bit-exact emulation of CPU cryptography instructions (C ABI)
Version: $version
Libs: -L\${libdir} -lcrypto_insn_capi
Libs.private: -lpthread -ldl -lm
Cflags: -I\${includedir}
PC
echo "installed crypto_insn $version into $prefix"
