#!/usr/bin/env bash
# The README's second command: sets everything up on a fresh Debian 12 and runs the whole test
# suite: formatting, clang-tidy, qmllint, every ctest label (unit, cli, qml, e2e, window) in the
# default build, the core tests again under AddressSanitizer + UBSan, a fixed run of every fuzz
# target (libFuzzer, clang, ASan + UBSan), and a short random walk through the real app window
# (Xvfb, xcb) in an AddressSanitizer + UBSan build of the app. Exits non-zero on the first failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jobs="${CPTT_JOBS:-2}"

"$root/scripts/setup.sh" default

echo "== clang-format"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find calculator qml tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run -Werror "${sources[@]}"

echo "== clang-tidy (calculator, render, cli; only files changed since their last clean run)"
"$root/scripts/tidy.sh" build/default

echo "== qmllint (every QML module of the app; Qt 6.4's false positives are off on their lines)"
cmake --build --preset default --target all_qmllint

echo "== ctest (default build)"
ctest --preset default -j "$jobs"

echo "== sanitizer build of the core tests (address, undefined)"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --preset sanitize -L unit -j "$jobs"

echo "== fuzz targets of the readers, the canonicaliser and the verifier (clang, libFuzzer)"
# A fixed number of inputs each (tests/fuzz); scripts/fuzz.sh runs them for long.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz -j "$jobs"

echo "== random walk through the app window under AddressSanitizer + UBSan (Xvfb, xcb)"
# Only the walker (cptt-walk) and what it links are built in this preset. detect_leaks=0: Qt's
# own caches and singletons (fonts, the QML type registry, the xcb connection) are never freed
# at exit and would read as leaks; use-after-free, overflows and undefined behaviour still fail.
cmake --preset sanitize-app >/dev/null
cmake --build --preset sanitize-app
for seed in 1 2; do
  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$root/build/sanitize-app/home/config" \
    XDG_DATA_HOME="$root/build/sanitize-app/home/data" \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$root/build/sanitize-app/tests/window/cptt-walk" --seed "$seed" --actions 300 \
    --log "$root/build/sanitize-app/walk-$seed.log"
done
echo "cptt: all tests passed"
