#!/bin/sh
# Unpacks QEMU 7.2's user-mode emulators (bookworm's qemu-user-static
# 1:7.2+dfsg-7+deb12u18+b3) into a private prefix, default target/qemu72, as a
# second opinion beside QEMU 10 (the two cannot be installed together as
# packages). Prints the prefix's bin directory.
#
#   tools/install-qemu72.sh [PREFIX]
set -eu
prefix=${1:-target/qemu72}
version=1:7.2+dfsg-7+deb12u18+b3
bin="$prefix/usr/bin"
if [ ! -x "$bin/qemu-x86_64-static" ]; then
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download -q "qemu-user-static=$version" >&2)
    mkdir -p "$prefix"
    dpkg -x "$tmp"/qemu-user-static_*.deb "$prefix"
    rm -rf "$tmp"
fi
echo "$bin"
