#!/usr/bin/env bash
# Regenerates the app screenshots shown in the README (docs/screenshots/*.png): builds cptt-app,
# starts it offscreen on the worked example (with its example review) and on its exported report
# with --screenshot, at 1280x800 (docs/screenshots/app-NAME.png, shown in the README) and at
# 1920x1080 (app-NAME-1920x1080.png, linked from it), and copies the PNGs. The report is shot with
# the example review as well: the reviewer mode in that review's second round (app-review-round);
# and a revised report (a task's hours, a task renamed) in that round, on its changes tab
# (app-review-changes).
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
# The reviewer's screen: the same example exported as a report.
"$build/cli/cptt" export "$example" -o "$home/example.report.xml" >/dev/null
# The drafter's revision of it, for the changes of round 2.
sed -e '0,/<hours>2<\/hours>/s//<hours>3<\/hours>/' \
  -e 's#<name>Nhận kết quả</name>#<name>Nhận kết quả qua bưu điện</name>#' "$example" >"$home/revised.cptt.xml"
"$build/cli/cptt" export "$home/revised.cptt.xml" -o "$home/revised.report.xml" >/dev/null

mkdir -p "$out"
for size in 1280x800 1920x1080; do
  dir="$shots/$size"
  mkdir -p "$dir/report" "$dir/revised"
  shoot --size "$size" --screenshot "$dir" "$example" --review "$review"
  # The report again with the example review: that review's second round on it, too.
  shoot --size "$size" --screenshot "$dir/report" "$home/example.report.xml" --review "$review"
  cp "$dir/report/02-review.png" "$dir/08-review.png"
  cp "$dir/report/03-review-round.png" "$dir/09-review-round.png"
  shoot --size "$size" --screenshot "$dir/revised" "$home/revised.report.xml" --review "$review"
  cp "$dir/revised/04-review-changes.png" "$dir/10-review-changes.png"
  suffix=""
  [ "$size" = 1280x800 ] || suffix="-$size"
  for f in "$dir"/*.png; do
    name="$(basename "$f" .png)"
    cp "$f" "$out/app-${name#??-}$suffix.png"
    echo "$out/app-${name#??-}$suffix.png"
  done
done
