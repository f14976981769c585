#!/usr/bin/env bash
# Runs one fuzz target for a number of inputs (not a time: the same run everywhere).
#   run_fuzz.sh TARGET CPTT WORK_DIR RUNS DICTIONARY SEED_DIR... ("reports": the worked examples
#   exported as reports by CPTT, made in WORK_DIR)
# New inputs go to WORK_DIR/corpus (the seed folders are only read); a crash to WORK_DIR/artifacts.
# CPTT_FUZZ_FLAGS adds libFuzzer flags (scripts/fuzz.sh: -max_total_time for long runs).
set -euo pipefail
target="$1" cptt="$2" work="$3" runs="$4" dictionary="$5"
shift 5
examples="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../data/examples" && pwd)"
mkdir -p "$work/corpus" "$work/artifacts"
seeds=()
for seed in "$@"; do
  if [ "$seed" = reports ]; then
    mkdir -p "$work/reports"
    for dossier in "$examples"/*.cptt.xml; do
      report="$work/reports/$(basename "$dossier" .cptt.xml).report.xml"
      [ -f "$report" ] || "$cptt" export "$dossier" -o "$report" >/dev/null
    done
    seeds+=("$work/reports")
  else
    seeds+=("$seed")
  fi
done
exec "$target" -runs="$runs" -dict="$dictionary" -max_len=65536 -timeout=30 -rss_limit_mb=4096 \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 ${CPTT_FUZZ_FLAGS:-} \
  "$work/corpus" "${seeds[@]}"
