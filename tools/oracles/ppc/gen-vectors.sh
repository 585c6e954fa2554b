#!/usr/bin/env bash
# Regenerates vectors/ppc-crypto.txt: installs (on Debian bookworm) the
# powerpc64le cross compiler, QEMU 10 from bookworm-backports and QEMU 7.2
# (qemu-user-static 1:7.2+dfsg-7+deb12u18+b3 extracted to /opt/qemu72), then
# runs gen.py, which builds oracle.c and runs it under both QEMUs with
# -cpu power8, power9 and power10.
set -euo pipefail
cd "$(dirname "$0")"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
need=()
command -v powerpc64le-linux-gnu-gcc >/dev/null || need+=(gcc-powerpc64le-linux-gnu)
[ -e /usr/powerpc64le-linux-gnu/include/stdio.h ] || need+=(libc6-dev-ppc64el-cross)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
    $sudo apt-get update
    $sudo apt-get install -y "${need[@]}"
fi
if ! /usr/bin/qemu-ppc64le --version 2>/dev/null | grep -q 'version 10\.'; then
    # bookworm-backports must be on the Suites line of /etc/apt/sources.list.d/debian.sources.
    if ! grep -q bookworm-backports /etc/apt/sources.list.d/debian.sources; then
        $sudo sed -i 's/^Suites: bookworm bookworm-updates$/Suites: bookworm bookworm-updates bookworm-backports/' \
            /etc/apt/sources.list.d/debian.sources
    fi
    $sudo apt-get update
    $sudo apt-get install -y -t bookworm-backports qemu-user
fi
if [ ! -x /opt/qemu72/usr/bin/qemu-ppc64le-static ]; then
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download 'qemu-user-static=1:7.2+dfsg-7+deb12u18+b3')
    $sudo dpkg -x "$tmp"/qemu-user-static_*.deb /opt/qemu72
    rm -rf "$tmp"
fi
exec python3 gen.py
