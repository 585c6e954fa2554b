#!/bin/sh
# A long cargo-fuzz campaign: every target (or the ones named) for a fixed number of
# executions, one after another on one core, and one README table row per target.
#
#   sh tools/fuzz-campaign.sh [RUNS] [TARGET...]      (RUNS defaults to 10000000)
#   MAX_SECONDS=600 sh tools/fuzz-campaign.sh ...     (also stop each target after that time)
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz --locked`).
# Each target starts from its corpus in fuzz/corpus/<target>/ (the committed seeds
# plus whatever earlier local runs kept there; only seed-* files are committed).
# The logs go to target/fuzz-campaign/<target>.log; a crash stops that target with
# libFuzzer's non-zero status, its artifact lands in fuzz/artifacts/<target>/, and
# the script exits 1 after the remaining targets have run.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10000000}
[ $# -gt 0 ] && shift
logs="$root/target/fuzz-campaign"
mkdir -p "$logs"
cd "$root/fuzz"
cargo +nightly fuzz build -O >/dev/null 2>&1 || cargo +nightly fuzz build -O
targets=${*:-$(cargo +nightly fuzz list)}
echo "fuzz campaign: $runs executions per target, $(date -u +%Y-%m-%d), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "| target | executions | time | exec/s | \`cov\` | \`ft\` | corpus | crashes |"
echo "|---|---|---|---|---|---|---|---|"
status=0
for t in $targets; do
    log="$logs/$t.log"
    start=$(date +%s)
    rc=0
    cargo +nightly fuzz run -O "$t" -- -runs="$runs" ${MAX_SECONDS:+-max_total_time=$MAX_SECONDS} \
        -print_final_stats=1 >"$log" 2>&1 || rc=$?
    secs=$(($(date +%s) - start))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
    cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
    corp=$(echo "$last" | sed -n 's/.* corp: \([0-9]*\).*/\1/p')
    crashes=0
    if [ "$rc" -ne 0 ]; then
        crashes=1
        status=1
    fi
    echo "| \`$t\` | ${execs:-?} | ${secs} s | ${rate:-?} | ${cov:-?} | ${ft:-?} | ${corp:-?} | $crashes |"
done
exit "$status"
