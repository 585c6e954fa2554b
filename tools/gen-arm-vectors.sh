#!/usr/bin/env bash
# Regenerates the Arm vector files by executing the real instructions under
# qemu-aarch64 -cpu max:
#   aes: vectors/arm-aes.txt (AESE, AESD, AESMC, AESIMC)
#   ext: vectors/arm-ext.txt (PMULL, SHA1*, SHA256*)
#   v82: vectors/arm-v82.txt (SHA512*, EOR3, RAX1, XAR, BCAX, SM3*, SM4E, SM4EKEY),
#        run under QEMU 10 (/usr/bin, bookworm-backports) and QEMU 7.2
#        (/opt/qemu72, extracted from bookworm's qemu-user-static); the two outputs
#        must agree (a disagreement is resolved from the Arm ARM pseudocode and
#        recorded in the file's header by hand).
# Usage: tools/gen-arm-vectors.sh [aes] [ext] [v82]   (default: all three)
# Needs the cross route of DEVELOPERS.md ("Cross lanes"): /usr/bin/cargo (rustc-web)
# with libstd-rust-web-dev:arm64, gcc-aarch64-linux-gnu, libc6-dev-arm64-cross,
# qemu-user; installs what is missing on Debian bookworm.
set -euo pipefail
cd "$(dirname "$0")/.."
kinds=("$@")
[ ${#kinds[@]} -eq 0 ] && kinds=(aes ext v82)
target=aarch64-unknown-linux-gnu
qemu10=/usr/bin/qemu-aarch64
qemu72=/opt/qemu72/usr/bin/qemu-aarch64-static

need() {
    local missing=() p
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if [ ${#missing[@]} -gt 0 ]; then
        if [[ "${missing[*]}" == *:arm64* ]] && ! dpkg --print-foreign-architectures | grep -qx arm64; then
            dpkg --add-architecture arm64
        fi
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}
need rustc-web cargo-web libstd-rust-web-dev:arm64 gcc-aarch64-linux-gnu libc6-dev-arm64-cross
for k in "${kinds[@]}"; do
    if [ "$k" = v82 ]; then
        if ! "$qemu10" --version 2>/dev/null | grep -q 'version 10\.'; then
            # QEMU 10 from bookworm-backports.
            grep -q bookworm-backports /etc/apt/sources.list.d/debian.sources ||
                sed -i 's/^Suites: \(.*\)$/Suites: \1 bookworm-backports/' /etc/apt/sources.list.d/debian.sources
            apt-get update -q
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -t bookworm-backports qemu-user
        fi
        if [ ! -x "$qemu72" ]; then
            # QEMU 7.2 from bookworm, unpacked next to it (not installed).
            tmp=$(mktemp -d)
            (cd "$tmp" && apt-get download qemu-user-static=1:7.2+dfsg-7+deb12u18+b3)
            dpkg -x "$tmp"/qemu-user-static_*.deb /opt/qemu72
            rm -rf "$tmp"
        fi
    fi
done
command -v qemu-aarch64 >/dev/null || need qemu-user

RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc CARGO_TARGET_DIR=target/cross /usr/bin/cargo build --release --target "$target" -p crypto-insn-tools --bin gen-vectors
bin="target/cross/$target/release/gen-vectors"
for kind in "${kinds[@]}"; do
    case "$kind" in
    aes | ext)
        mode=arm
        [ "$kind" = ext ] && mode=arm-ext
        origin="$(qemu-aarch64 --version | head -n 1) with -cpu max (TCG; FEAT_AES, FEAT_PMULL, FEAT_SHA1, FEAT_SHA256)"
        qemu-aarch64 -cpu max -L / "$bin" "$mode" --origin "$origin" > "vectors/arm-$kind.txt"
        ;;
    v82)
        v10="$("$qemu10" --version | head -n 1)"
        v72="$("$qemu72" --version | head -n 1)"
        origin="$v10 ($qemu10 -cpu max -L / gen-vectors arm-v82) and $v72 ($qemu72 -cpu max -L / gen-vectors arm-v82), TCG with FEAT_SHA512, FEAT_SHA3, FEAT_SM3, FEAT_SM4; the two outputs are identical"
        "$qemu10" -cpu max -L / "$bin" arm-v82 --origin "$origin" > vectors/arm-v82.txt
        "$qemu72" -cpu max -L / "$bin" arm-v82 --origin "$origin" > target/cross/arm-v82.qemu72.txt
        if ! cmp -s vectors/arm-v82.txt target/cross/arm-v82.qemu72.txt; then
            echo "QEMU 10 and QEMU 7.2 disagree on arm-v82 (resolve from the Arm ARM pseudocode):" >&2
            diff vectors/arm-v82.txt target/cross/arm-v82.qemu72.txt | head -20 >&2
            exit 1
        fi
        ;;
    *)
        echo "unknown kind '$kind' (aes, ext, v82)" >&2
        exit 2
        ;;
    esac
    echo "wrote vectors/arm-$kind.txt ($(grep -vc '^#' "vectors/arm-$kind.txt") lines)"
done
