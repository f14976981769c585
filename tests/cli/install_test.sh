#!/usr/bin/env bash
# Installs the build into a temporary prefix and runs the installed cptt from another folder: it
# must find share/cptt/{forms,data} beside its bin/, not the source tree it was built from.
# usage: install_test.sh CMAKE BUILD_DIR WORK_DIR WITH_APP(0|1)
set -uo pipefail
unset LC_ALL LC_MESSAGES CPTT_DATA_DIR CPTT_FORMS_DIR
export LANG=C.UTF-8
cmake="$1" build="$2" work="$3" with_app="$4"
prefix="$work/prefix"
fail() { echo "FAIL [install]: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work/elsewhere"
"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log" >&2; fail "cmake --install failed"; }

cptt="$prefix/bin/cptt"
share="$prefix/share/cptt"
[ -x "$cptt" ] || fail "no $cptt"
if [ "$with_app" = 1 ]; then [ -x "$prefix/bin/cptt-app" ] || fail "no $prefix/bin/cptt-app"; fi
for f in forms/form-definition.xsd forms/tt03-2022-02.xml data/reference/income-statistics.xml \
         data/schema/dossier.xsd data/examples/case-dossier-total.cptt.xml; do
  [ -f "$share/$f" ] || fail "not installed: share/cptt/$f"
done

cd "$work/elsewhere" || fail "cannot enter $work/elsewhere"
example="$share/data/examples/case-dossier-total.cptt.xml"
"$cptt" compute "$example" >out 2>err || { cat out err >&2; fail "installed cptt compute failed"; }
grep -qF "41.182.920.000" out || { cat out >&2; fail "installed cptt compute: wrong total"; }

# The forms it loads are the installed ones, every one of them.
"$cptt" forms list --json >forms.json 2>err || { cat err >&2; fail "cptt forms list failed"; }
grep -c '"file":' forms.json >count
[ "$(cat count)" -ge 1 ] || fail "no forms loaded"
if grep '"file":' forms.json | grep -vF "\"$share/forms/"; then
  fail "forms loaded from outside $share/forms"
fi

# The reference data too: without the installed reference folder, the warning names the
# installed data folder (the source tree still has its reference data).
mv "$share/data/reference" "$work/reference-moved"
"$cptt" export "$example" -o report.xml >out 2>err
grep -qF "$share/data" err || { cat out err >&2; fail "cptt export did not look in $share/data"; }
mv "$work/reference-moved" "$share/data/reference"
"$cptt" export "$example" -o report.xml >out 2>err || { cat out err >&2; fail "cptt export failed"; }
[ -s err ] && { cat err >&2; fail "cptt export warned with the installed reference data"; }
exit 0
