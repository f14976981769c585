#!/usr/bin/env bash
# The README's second command: sets everything up on a fresh Debian 12 and runs the whole test
# suite: formatting, every ctest label (unit, cli, qml, e2e) in the default build, and the core
# tests again under AddressSanitizer + UBSan. Exits non-zero on the first failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jobs="${CPTT_JOBS:-2}"

"$root/scripts/setup.sh" default

echo "== clang-format"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find calculator qml tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run -Werror "${sources[@]}"

echo "== ctest (default build)"
ctest --preset default -j "$jobs"

echo "== sanitizer build of the core tests (address, undefined)"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --preset sanitize -L unit -j "$jobs"
echo "cptt: all tests passed"
