#!/usr/bin/env bash
# clang-tidy with the committed .clang-tidy over the core (calculator/), the documents (render/)
# and the command-line tool (cli/), every warning an error; a step of scripts/test.sh. Uses the
# compile_commands.json of a configured build (default build/default).
# A file is checked again only when what clang-tidy would read changed: its preprocessed text
# (with comments, so a NOLINT counts), its compile command, .clang-tidy and clang-tidy itself;
# the hashes of clean files are kept in BUILD_DIR/tidy-clean. A fresh clone checks every file.
# usage: scripts/tidy.sh [BUILD_DIR] [FILE...]   (default: every .cpp of the three folders)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${1:-build/default}"
shift || true
[ -f "$build/compile_commands.json" ] || { echo "tidy: no $build/compile_commands.json" >&2; exit 2; }
if [ "$#" -eq 0 ]; then
  mapfile -t files < <(git ls-files 'calculator/*.cpp' 'render/*.cpp' 'cli/*.cpp')
else
  files=("$@")
fi
cache="$build/tidy-clean"
mkdir -p "$cache"

# "FILE HASH" for each file not yet known clean.
config_hash="$( (clang-tidy --version; cat .clang-tidy) | sha256sum | cut -c1-64)"
mapfile -t pending < <(python3 - "$build/compile_commands.json" "$config_hash" "$cache" \
  "${CPTT_JOBS:-2}" "${files[@]}" <<'EOF'
import concurrent.futures, hashlib, json, os, shlex, subprocess, sys
database, config, cache, jobs, files = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:]
commands = {os.path.realpath(e["file"]): e for e in json.load(open(database))}

def key(path):
    entry = commands.get(os.path.realpath(path))
    if entry is None:
        return path, None  # not compiled in this build: clang-tidy says so
    args = shlex.split(entry["command"]) if "command" in entry else entry["arguments"]
    if "-o" in args:
        del args[args.index("-o"):args.index("-o") + 2]
    pre = subprocess.run(args + ["-E", "-C", "-P", "-o", "-"], cwd=entry["directory"],
                         capture_output=True)
    if pre.returncode != 0:
        return path, None
    h = hashlib.sha256(config.encode() + " ".join(args).encode() + pre.stdout)
    return path, h.hexdigest()

with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
    for path, digest in pool.map(key, files):
        if digest is None or not os.path.exists(os.path.join(cache, digest)):
            print(path, digest or "-")
EOF
)
echo "tidy: ${#files[@]} files, $((${#files[@]} - ${#pending[@]})) unchanged since their clean run"
# clang-tidy's "N warnings generated" counts (stderr) include the suppressed system headers' ones.
status=0
printf '%s\n' "${pending[@]}" | xargs -r -P "${CPTT_JOBS:-2}" -L 1 sh -c \
  'clang-tidy -p "$0" --quiet "$1" 2>/dev/null && { [ "$2" = - ] || touch "$0/tidy-clean/$2"; }' \
  "$build" || status=$?
[ "$status" -eq 0 ] || { echo "tidy: findings above" >&2; exit 1; }
echo "tidy: ${#files[@]} files clean"
