#!/usr/bin/env bash
# The long random walk for release checks: cptt-walk in the AddressSanitizer +
# UBSan build of the app (preset sanitize-app), under Xvfb with the xcb platform, several seeds.
# Any crash, ASan or UBSan report fails it; the seed and the last actions are printed, and every
# action is in build/sanitize-app/walk-SEED.log.
# usage: scripts/random-walk.sh [ACTIONS] [SEED...]     (default 10000 actions, seeds 1 2 3 4 5)
#        CPTT_WALK_BUILD=default uses the default build instead (no sanitizers, faster).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
actions="${1:-10000}"
shift || true
seeds=("$@")
((${#seeds[@]})) || seeds=(1 2 3 4 5)
preset="${CPTT_WALK_BUILD:-sanitize-app}"

if [ "$preset" = sanitize-app ]; then
  cmake --preset sanitize-app >/dev/null
  cmake --build --preset sanitize-app
else
  cmake --build --preset "$preset" --target cptt-walk
fi
build="$root/build/$preset"
walker="$build/tests/window/cptt-walk"

# detect_leaks=0: Qt's own caches and singletons are never freed at exit and would read as leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=xcb
export XDG_CONFIG_HOME="$build/home/config" XDG_DATA_HOME="$build/home/data"

failed=()
total=0
for seed in "${seeds[@]}"; do
  start=$(date +%s)
  if xvfb-run -a -s "-screen 0 1600x1000x24" \
      "$walker" --seed "$seed" --actions "$actions" --log "$build/walk-$seed.log"; then
    total=$((total + actions))
    echo "cptt-walk: seed $seed: $actions actions in $(( $(date +%s) - start )) s"
  else
    failed+=("$seed")
    echo "cptt-walk: seed $seed FAILED (log: $build/walk-$seed.log)"
  fi
done
echo "cptt-walk: $total actions without a crash (seeds ${seeds[*]}; failed: ${failed[*]:-none})"
((${#failed[@]} == 0))
