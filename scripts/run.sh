#!/usr/bin/env bash
# The README's first command: sets everything up on a fresh Debian 12 and starts CPTT.
# With a display it opens the desktop app on the worked example; without one (a server, CI) it
# prints the example's costs with the command-line tool and writes screenshots of the app.
# usage: scripts/run.sh [DOSSIER]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" default
build="$root/build/default"
example="${1:-$root/data/examples/case-dossier-total.cptt.xml}"

if [ -x "$build/qml/cptt-app" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec "$build/qml/cptt-app" "$example"
fi
"$build/calculator/cli/cptt" compute "$example"
if [ -x "$build/qml/cptt-app" ]; then
  shots="$build/screenshots"
  QT_QPA_PLATFORM=offscreen "$build/qml/cptt-app" --screenshot "$shots" "$example"
  echo "Không có màn hình: đã chụp các màn hình của ứng dụng vào / no display: app screenshots in $shots"
fi
