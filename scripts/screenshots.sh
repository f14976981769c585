#!/usr/bin/env bash
# Regenerates the app screenshots shown in the README (docs/screenshots/*.png): builds cptt-app,
# starts it offscreen on the worked example with --screenshot, and copies the PNGs.
# usage: scripts/screenshots.sh [BUILD_DIR] [DOSSIER]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/app}"
example="${2:-$root/data/examples/case-dossier-total.cptt.xml}"
out="$root/docs/screenshots"

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCPTT_BUILD_BENCHMARKS=OFF
fi
cmake --build "$build" --target cptt-app -j2

shots="$(mktemp -d)"
home="$(mktemp -d)"
trap 'rm -rf "$shots" "$home"' EXIT
# A fresh settings folder, so the start screen shows no one's recent files; Vietnamese, fixed size.
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
  "$build/qml/cptt-app" --language vi --screenshot "$shots" "$example"

mkdir -p "$out"
for f in "$shots"/*.png; do
  name="$(basename "$f")"
  cp "$f" "$out/app-${name#??-}"
  echo "$out/app-${name#??-}"
done
