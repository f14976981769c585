#!/usr/bin/env bash
# clang-tidy with the committed .clang-tidy over the core (calculator/) and the command-line tool
# (cli/), every warning an error. Needs a configured build for compile_commands.json.
# usage: scripts/tidy.sh [BUILD_DIR] [FILE...]   (default build/default, every .cpp of both)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${1:-build/default}"
shift || true
[ -f "$build/compile_commands.json" ] || { echo "tidy: no $build/compile_commands.json" >&2; exit 2; }
if [ "$#" -eq 0 ]; then
  mapfile -t files < <(git ls-files 'calculator/*.cpp' 'cli/*.cpp')
else
  files=("$@")
fi
# clang-tidy's "N warnings generated" counts (stderr) include the suppressed system headers' ones.
printf '%s\n' "${files[@]}" |
  xargs -P "${CPTT_JOBS:-2}" -n 1 clang-tidy -p "$build" --quiet 2>/dev/null
echo "tidy: ${#files[@]} files clean"
