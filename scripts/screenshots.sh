#!/usr/bin/env bash
# Regenerates the app screenshots shown in the README (docs/screenshots/*.png): builds cptt-app,
# starts it offscreen on the worked example (with its example review) and on its exported report
# with --screenshot, and copies the PNGs.
# usage: scripts/screenshots.sh [BUILD_DIR] [DOSSIER REVIEW]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/app}"
example="${2:-$root/data/examples/case-dossier-total.cptt.xml}"
review="${3:-$root/data/examples/review/case-dossier-total.review.xml}"
out="$root/docs/screenshots"

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCPTT_BUILD_BENCHMARKS=OFF
fi
cmake --build "$build" --target cptt-app cptt -j2

shots="$(mktemp -d)"
home="$(mktemp -d)"
trap 'rm -rf "$shots" "$home"' EXIT
# A fresh settings folder, so the start screen shows no one's recent files; Vietnamese, fixed size.
shoot() {
  QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    "$build/qml/cptt-app" --language vi "$@"
}
shoot --screenshot "$shots" "$example" --review "$review"
# The reviewer's screen: the same example exported as a report.
"$build/cli/cptt" export "$example" -o "$home/example.report.xml" >/dev/null
mkdir -p "$shots/report"
shoot --screenshot "$shots/report" "$home/example.report.xml"
cp "$shots/report/02-review.png" "$shots/08-review.png"

mkdir -p "$out"
for f in "$shots"/*.png; do
  name="$(basename "$f")"
  cp "$f" "$out/app-${name#??-}"
  echo "$out/app-${name#??-}"
done
