#!/usr/bin/env bash
# Installs a Rust 1.85 toolchain that builds for s390x-unknown-linux-gnu (big-endian),
# from Debian bookworm's rustc-web 1.85.0+dfsg3-1~deb12u3 packages, into a private
# prefix (they conflict with the installed rustc-web 1.96 packages, so they are
# extracted with `dpkg -x`, not installed), plus the cross gcc, qemu-user and the
# libraries the 1.85 binaries link (libllvm19; libpcre3 for cargo).
#
# Usage: tools/s390x-toolchain.sh [PREFIX]      (default: target/s390x-toolchain)
# Afterwards:
#   PREFIX/rustc and PREFIX/cargo   wrappers that set LD_LIBRARY_PATH and --sysroot;
#   PREFIX/env                      exports RUSTC, CARGO, linker and runner for cargo.
set -euo pipefail
cd "$(dirname "$0")/.."
V=1.85.0+dfsg3-1~deb12u3
PREFIX=$(realpath -m "${1:-target/s390x-toolchain}")
export DEBIAN_FRONTEND=noninteractive
if [ -x "$PREFIX/usr/bin/rustc" ] && [ -x "$PREFIX/usr/bin/cargo" ]; then
    echo "s390x toolchain packages already extracted in $PREFIX"
else
dpkg --print-foreign-architectures | grep -qx s390x || dpkg --add-architecture s390x
    apt-get update -q
    apt-get install -y -q --no-install-recommends gcc-s390x-linux-gnu libc6-dev-s390x-cross qemu-user libllvm19 libpcre3
    mkdir -p "$PREFIX/debs"
    (
        cd "$PREFIX/debs"
        apt-get download -q \
            "rustc-web=$V" "cargo-web=$V" "libstd-rust-web-1.85=$V" "libstd-rust-web-dev=$V" \
            "libstd-rust-web-1.85:s390x=$V" "libstd-rust-web-dev:s390x=$V"
    )
    for deb in "$PREFIX"/debs/*.deb; do
        dpkg -x "$deb" "$PREFIX"
    done
fi

# The wrappers are bash scripts on purpose: dash (Debian's /bin/sh) drops environment
# variables whose names are not shell identifiers, such as the CARGO_BIN_EXE_crypto-insn
# that cargo sets for integration tests, so `exec` through dash would break env!() in them.
cat > "$PREFIX/rustc" <<WRAP
#!/bin/bash
LD_LIBRARY_PATH="$PREFIX/usr/lib/x86_64-linux-gnu\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}" exec "$PREFIX/usr/bin/rustc" --sysroot "$PREFIX/usr" "\$@"
WRAP
cat > "$PREFIX/cargo" <<WRAP
#!/bin/bash
LD_LIBRARY_PATH="$PREFIX/usr/lib/x86_64-linux-gnu\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}" RUSTC="$PREFIX/rustc" exec "$PREFIX/usr/bin/cargo" "\$@"
WRAP
cat > "$PREFIX/env" <<ENV
export RUSTC="$PREFIX/rustc"
export CARGO_TARGET_S390X_UNKNOWN_LINUX_GNU_LINKER=s390x-linux-gnu-gcc
export CARGO_TARGET_S390X_UNKNOWN_LINUX_GNU_RUNNER="qemu-s390x -L /usr/s390x-linux-gnu"
ENV
chmod +x "$PREFIX/rustc" "$PREFIX/cargo"
"$PREFIX/rustc" --version
"$PREFIX/cargo" --version
