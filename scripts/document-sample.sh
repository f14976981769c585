#!/bin/sh
# Regenerates docs/screenshots/document-page1.png, the first page of the printable assessment
# document of data/examples/case-dossier-total.cptt.xml, shown in the README.
# usage: scripts/document-sample.sh [BUILD_DIR]   (default build/doc; needs poppler-utils)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/doc}
cptt=$build/cli/cptt
if [ ! -x "$cptt" ]; then
  echo "document-sample: no $cptt; build the cptt target first" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$cptt" document \
  "$root/data/examples/case-dossier-total.cptt.xml" -o "$tmp/document.pdf"
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$tmp/document.pdf" "$tmp/page1"
mkdir -p "$root/docs/screenshots"
cp "$tmp/page1.png" "$root/docs/screenshots/document-page1.png"
echo "document-sample: wrote docs/screenshots/document-page1.png"
