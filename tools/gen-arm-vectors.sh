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
#   sve2: vectors/arm-sve2.txt (SVE AESE, AESD, AESMC, AESIMC, PMULLB/PMULLT .Q, RAX1,
#        SM4E, SM4EKEY) at VL = 128, 256, 512, 1024 and 2048 bits (-cpu
#        max,sveN=on,sve-default-vector-length=N/8: qemu-user starts at 512 bits otherwise),
#        under both QEMU versions, compared like v82.
#   arm32: vectors/arm32.txt (AArch32 AESE.8 ... VMULL.P64) from the C oracle
#        tools/oracles/arm32/oracle.c (arm-linux-gnueabihf-gcc, static) under
#        qemu-arm -cpu max, both QEMU versions, compared like v82.
# Usage: tools/gen-arm-vectors.sh [aes] [ext] [v82] [sve2] [arm32]   (default: all)
# Needs the cross route of DEVELOPERS.md ("Cross lanes"): /usr/bin/cargo (rustc-web)
# with libstd-rust-web-dev:arm64, gcc-aarch64-linux-gnu, libc6-dev-arm64-cross,
# qemu-user; installs what is missing on Debian bookworm.
set -euo pipefail
cd "$(dirname "$0")/.."
kinds=("$@")
[ ${#kinds[@]} -eq 0 ] && kinds=(aes ext v82 sve2 arm32)
target=aarch64-unknown-linux-gnu
qemu10=/usr/bin/qemu-aarch64
qemu72=/opt/qemu72/usr/bin/qemu-aarch64-static
qemu10_arm=/usr/bin/qemu-arm
qemu72_arm=/opt/qemu72/usr/bin/qemu-arm-static

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
    if [ "$k" = arm32 ]; then
        need gcc-arm-linux-gnueabihf libc6-dev-armhf-cross
    fi
    if [ "$k" = v82 ] || [ "$k" = sve2 ] || [ "$k" = arm32 ]; then
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
    sve2)
        v10="$("$qemu10" --version | head -n 1)"
        v72="$("$qemu72" --version | head -n 1)"
        origin="$v10 ($qemu10 -cpu max,sveN=on,sve-default-vector-length=N/8 -L / gen-vectors arm-sve2) and $v72 ($qemu72 -cpu max,sveN=on,sve-default-vector-length=N/8 -L / gen-vectors arm-sve2), TCG with SVE2, FEAT_SVE_AES, FEAT_SVE_PMULL128, FEAT_SVE_SHA3, FEAT_SVE_SM4, N = 128, 256, 512, 1024, 2048; the two outputs are identical at every N"
        "$qemu10" -cpu max,sve128=on -L / "$bin" arm-sve2 --origin "$origin" | sed '/^# ---- VL/,$d' > vectors/arm-sve2.txt
        for vl in 128 256 512 1024 2048; do
            cpu="max,sve$vl=on,sve-default-vector-length=$((vl / 8))"
            "$qemu10" -cpu "$cpu" -L / "$bin" arm-sve2 --body > "target/cross/arm-sve2.$vl.qemu10.txt"
            "$qemu72" -cpu "$cpu" -L / "$bin" arm-sve2 --body > "target/cross/arm-sve2.$vl.qemu72.txt"
            grep -q "^# ---- VL = $vl bits" "target/cross/arm-sve2.$vl.qemu10.txt" || { echo "VL $vl not set" >&2; exit 1; }
            if ! cmp -s "target/cross/arm-sve2.$vl.qemu10.txt" "target/cross/arm-sve2.$vl.qemu72.txt"; then
                echo "QEMU 10 and QEMU 7.2 disagree on arm-sve2 at VL=$vl (resolve from the Arm ARM pseudocode):" >&2
                diff "target/cross/arm-sve2.$vl.qemu10.txt" "target/cross/arm-sve2.$vl.qemu72.txt" | head -20 >&2
                exit 1
            fi
            cat "target/cross/arm-sve2.$vl.qemu10.txt" >> vectors/arm-sve2.txt
        done
        ;;
    arm32)
        # Two builds: A32 (-marm) and T32 (-mthumb) encodings; all four runs must agree.
        for isa in arm thumb; do
            arm-linux-gnueabihf-gcc -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -static -m$isa -march=armv8-a+crypto \
                -mfpu=crypto-neon-fp-armv8 -mfloat-abi=hard -Wall -Wextra -Werror tools/oracles/arm32/oracle.c \
                -o "target/cross/arm32-oracle-$isa"
        done
        v10="$("$qemu10_arm" --version | head -n 1)"
        v72="$("$qemu72_arm" --version | head -n 1)"
        cc="$(arm-linux-gnueabihf-gcc --version | head -n 1)"
        origin="$v10 ($qemu10_arm -cpu max arm32-oracle gen) and $v72 ($qemu72_arm -cpu max arm32-oracle gen), FEAT_AES, FEAT_PMULL, FEAT_SHA1, FEAT_SHA256; oracle built twice by $cc -static -marm / -mthumb -march=armv8-a+crypto -mfpu=crypto-neon-fp-armv8 (A32 and T32 encodings); all four outputs are identical"
        "$qemu10_arm" -cpu max target/cross/arm32-oracle-arm gen "$origin" > vectors/arm32.txt
        for run in "$qemu72_arm:arm" "$qemu10_arm:thumb" "$qemu72_arm:thumb"; do
            "${run%%:*}" -cpu max "target/cross/arm32-oracle-${run##*:}" gen "$origin" > target/cross/arm32.other.txt
            if ! cmp -s vectors/arm32.txt target/cross/arm32.other.txt; then
                echo "arm32: ${run%%:*} with the ${run##*:} build disagrees with QEMU 10 A32 (resolve from the Arm ARM pseudocode):" >&2
                diff vectors/arm32.txt target/cross/arm32.other.txt | head -20 >&2
                exit 1
            fi
        done
        echo "wrote vectors/arm32.txt ($(grep -vc '^#' vectors/arm32.txt) lines)"
        continue
        ;;
    *)
        echo "unknown kind '$kind' (aes, ext, v82, sve2, arm32)" >&2
        exit 2
        ;;
    esac
    echo "wrote vectors/arm-$kind.txt ($(grep -vc '^#' "vectors/arm-$kind.txt") lines)"
done
