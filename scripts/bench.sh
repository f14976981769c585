#!/usr/bin/env bash
# Runs the benchmarks and prints their same-run ratios (see README, Performance).
# usage: scripts/bench.sh   (builds the release preset's benchmark targets first)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" default cptt bench_decimal bench_load
build="$root/build/default"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
big="$work/big.cptt.xml"
python3 "$root/scripts/generate-dossier.py" --procedures 2000 --activities 100000 --seed 1 -o "$big"

echo "== exact decimal vs cpp_dec_float_50"
"$build/tests/bench/bench_decimal" --benchmark_min_time=0.2
echo "== load and compute a 2,000-procedure, 100,000-activity dossier"
"$build/tests/bench/bench_load" "$big" --benchmark_min_time=0.5

echo "== peak memory of cptt compute on that file"
size=$(stat -c %s "$big")
peak_kb=$( { /usr/bin/time -f "%M" "$build/cli/cptt" compute "$big" --json >/dev/null; } 2>&1 | tail -n 1)
awk -v p="$peak_kb" -v s="$size" 'BEGIN { printf "  peak RSS %.1f MB, file %.1f MB, ratio %.2f (goal ≤ 5)\n", p/1024, s/1048576, p*1024/s }'
for extra in bench_forms bench_review; do
  exe=$(find "$build/tests" -name "$extra" -type f -executable 2>/dev/null | head -n 1)
  if [ -n "$exe" ]; then
    echo "== $extra"
    "$exe"
  fi
done
