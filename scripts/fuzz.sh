#!/usr/bin/env bash
# Long fuzzing runs for release checks (the test command runs each target for a fixed number of
# inputs only). Builds the fuzz preset (clang, libFuzzer, ASan + UBSan) and runs the targets,
# one after the other, each for SECONDS, keeping what they find in build/fuzz/tests/fuzz/NAME/.
# usage: scripts/fuzz.sh [SECONDS [TARGET...]]   targets: dossier report review form reference
#                                                         canonical signature (default: all)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(dossier report review form reference canonical signature)

"$root/scripts/setup.sh" fuzz
for name in "${targets[@]}"; do
  echo "== fuzz_$name for ${seconds} s"
  # The ctest of the target, unlimited in inputs and bounded in time instead.
  CPTT_FUZZ_FLAGS="-runs=-1 -max_total_time=$seconds" ctest --test-dir "$root/build/fuzz" \
    -R "^fuzz\.$name\$" --output-on-failure --timeout $((seconds + 300)) ||
    { echo "fuzz_$name found a problem: see build/fuzz/tests/fuzz/$name/artifacts"; exit 1; }
done
