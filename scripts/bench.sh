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
echo "== cptt diff of two exports of that dossier (every 50th task's hours changed), whole process"
# Median of 5 wall-clock runs each, interleaved; the baselines read both reports as well: the diff
# of a report with itself (nothing to report), and cptt verify of both (read and digest).
python3 - "$big" "$work/revised.cptt.xml" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
count = [0]
def bump(m):
    count[0] += 1
    return m.group(0) if count[0] % 50 else "<hours>%s</hours>" % (float(m.group(1)) + 1)
open(sys.argv[2], "w").write(re.sub(r"<hours>([0-9.]+)</hours>", bump, text))
PY
"$build/cli/cptt" export "$big" -o "$work/a.report.xml" >/dev/null
"$build/cli/cptt" export "$work/revised.cptt.xml" -o "$work/b.report.xml" >/dev/null
for i in 1 2 3 4 5; do
  for what in diff same verify; do
    case $what in
      diff) args=(diff "$work/a.report.xml" "$work/b.report.xml") ;;
      same) args=(diff "$work/a.report.xml" "$work/a.report.xml") ;;
      verify) args=(verify "$work/a.report.xml" "$work/b.report.xml") ;;
    esac
    # cptt diff exits 3 when something changed, verify 1 on unsigned reports.
    /usr/bin/time -a -o "$work/diff-times" -f "$what %e" "$build/cli/cptt" "${args[@]}" \
      >/dev/null 2>&1 || true
  done
done
python3 - "$work/diff-times" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):  # time also notes each non-zero exit status on a line of its own
    parts = line.split()
    if len(parts) == 2 and parts[0] in ("diff", "same", "verify"):
        runs.setdefault(parts[0], []).append(float(parts[1]))
m = {k: statistics.median(v) for k, v in runs.items()}
print("  diff %.2f s; ÷ diff of a report with itself %.2f×; ÷ verify of both %.2f×"
      % (m["diff"], m["diff"] / m["same"], m["diff"] / m["verify"]))
PY

for extra in bench_forms bench_review; do
  exe=$(find "$build/tests" -name "$extra" -type f -executable 2>/dev/null | head -n 1)
  if [ -n "$exe" ]; then
    echo "== $extra"
    "$exe"
  fi
done
