#!/usr/bin/env bash
# The README's first command: sets everything up on a fresh Debian 12 and starts CPTT.
# With a display it opens the desktop app on a copy of the worked example; without one (a server, CI) it
# prints the example's costs with the command-line tool and writes screenshots of the app.
# usage: scripts/run.sh [DOSSIER]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" default
build="$root/build/default"
example="${1:-$root/data/examples/case-dossier-total.cptt.xml}"

if [ -x "$build/qml/cptt-app" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  if [ $# -eq 0 ]; then
    # The worked example is opened from a copy of the user's, so that Save never writes over
    # the one in data/examples (the start page opens examples as unsaved copies too).
    mine="${XDG_DATA_HOME:-$HOME/.local/share}/CPTT/cptt-app/examples"
    mkdir -p "$mine"
    cp -n "$example" "$mine/"
    example="$mine/$(basename "$example")"
  fi
  exec "$build/qml/cptt-app" "$example"
fi
"$build/cli/cptt" compute "$example"
if [ -x "$build/qml/cptt-app" ]; then
  shots="$build/screenshots"
  QT_QPA_PLATFORM=offscreen "$build/qml/cptt-app" --screenshot "$shots" "$example"
  echo "Không có màn hình: đã chụp các màn hình của ứng dụng vào / no display: app screenshots in $shots"
fi
