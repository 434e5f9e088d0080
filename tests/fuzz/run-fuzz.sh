#!/bin/bash
# run-fuzz.sh TARGET SEEDS SECONDS: fuzzes TARGET (built with libFuzzer) for
# SECONDS, starting from the seed corpus SEEDS plus what earlier runs found
# (kept in the build directory, never written into the source tree). Fails
# on a crash, a hang (>10 s for one input), a leak or >2 GB of memory; the
# input is left as TARGET-crash-* next to the target. Prints the figures:
# runs, executions per second, corpus size, coverage.
set -euo pipefail
target=$1 seeds=$2 seconds=$3
name=$(basename "$target")
work=$(dirname "$target")/$name-corpus
mkdir -p "$work"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
"$target" "$work" "$seeds" -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
  -artifact_prefix="$(dirname "$target")/$name-" >"$log" 2>&1 || status=$?
if (( status != 0 )); then
  tail -n 60 "$log"
  exit "$status"
fi
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
echo "$name: ${seconds}s, $runs runs, $speed exec/s, corpus $(ls "$work" | wc -l) (+$(ls "$seeds" | wc -l) seeds), $cov, no crash"
