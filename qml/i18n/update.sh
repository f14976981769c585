#!/bin/sh
# Refreshes the translation catalogues from the sources (the built-in parser: fast, no includes).
# Vietnamese is the source language; fill new English entries in cptt_en.ts (Qt Linguist, or
# i18n/fill_en.py list / apply, which also finishes the Vietnamese ones) and keep both files
# complete: i18n/check.py (ctest i18n.catalogues, i18n.up_to_date) reports what is missing.
set -e
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
SOURCES="bridge/*.cpp main.cpp $(find . -name '*.qml' | sort)"
$LUPDATE -no-obsolete -locations none $SOURCES -source-language vi -target-language vi -ts i18n/cptt_vi.ts
$LUPDATE -no-obsolete -locations none $SOURCES -source-language vi -target-language en -ts i18n/cptt_en.ts
