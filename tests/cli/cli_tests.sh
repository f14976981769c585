#!/usr/bin/env bash
# End-to-end tests of the cptt command-line tool, one case per ctest (tests/cli/CMakeLists.txt).
# usage: cli_tests.sh CASE CPTT DATA_DIR TESTS_DIR WORK_DIR
set -uo pipefail
case_name="$1" cptt="$2" data="$3" here="$4" work="$5"
mkdir -p "$work"
fail() { echo "FAIL [$case_name]: $*" >&2; exit 1; }
expect_code() { # expected-code command...
  local want="$1"; shift
  "$@" >"$work/out" 2>"$work/err"; local got=$?
  [ "$got" -eq "$want" ] || { cat "$work/out" "$work/err" >&2; fail "exit $got, expected $want: $*"; }
}
contains() { grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "\"$2\" not in $1"; }; }

case "$case_name" in
compute-json-golden)
  expect_code 0 "$cptt" compute "$data/examples/case-dossier-total.cptt.xml" --json
  diff -u "$here/expected/case-dossier-total.json" "$work/out" || fail "JSON differs from the golden file"
  ;;
compute-text)
  expect_code 0 "$cptt" compute "$data/examples/case-dossier-total.cptt.xml"
  contains "$work/out" "5.773.000.000"
  contains "$work/out" "41.182.920.000"
  contains "$work/out" "-613,37 %"
  contains "$work/out" "+35.409.920.000 đ/năm"
  contains "$work/out" "Sửa đổi, bổ sung"
  ;;
compute-every-example)
  for f in "$data"/examples/*.cptt.xml; do
    expect_code 0 "$cptt" compute "$f" --json
  done
  expect_code 0 "$cptt" compute "$data/examples/case-one-case.cptt.xml"
  contains "$work/out" "96.496 (1 trường hợp)"
  ;;
validate-clean)
  expect_code 0 "$cptt" validate "$data/examples/forms/tt03-2022-03-complete.cptt.xml"
  contains "$work/err" "0 lỗi"
  ;;
validate-forms)
  # A worked cost case has no assessment form answered: the procedure lacks its form.
  expect_code 1 "$cptt" validate "$data/examples/case-online-filing.cptt.xml"
  contains "$work/out" "case-online-filing.cptt.xml:21:5: error CPTT-E104 [P1"
  # Missing reasons are named by form, section, question number and label.
  expect_code 1 "$cptt" validate "$data/examples/forms/tt03-2022-02-missing-reasons.cptt.xml"
  contains "$work/out" "error CPTT-E10"
  contains "$work/out" "biểu mẫu 02/ĐGTĐ-BHM"
  contains "$work/out" "câu "
  ;;
forms-list)
  expect_code 0 "$cptt" forms list --json
  contains "$work/out" '"generation": "TT03-2022"'
  contains "$work/out" '"verified": true'
  expect_code 0 "$cptt" forms list
  contains "$work/out" "02/ĐGTĐ-BHM"
  ;;
validate-broken)
  expect_code 1 "$cptt" validate "$here/fixtures/broken-hours.cptt.xml"
  contains "$work/out" "broken-hours.cptt.xml:17:11:"
  contains "$work/out" "\"4,5\""
  ;;
compute-broken)
  expect_code 1 "$cptt" compute "$here/fixtures/broken-hours.cptt.xml"
  contains "$work/err" "broken-hours.cptt.xml:17:11:"
  [ ! -s "$work/out" ] || fail "nothing should be printed on stdout"
  ;;
export-report)
  rm -f "$work/report.xml"
  expect_code 0 "$cptt" export "$data/examples/case-dossier-total.cptt.xml" -o "$work/report.xml"
  contains "$work/out" "$work/report.xml"
  xmllint --noout --schema "$data/schema/report.xsd" "$work/report.xml" 2>"$work/xmllint" ||
    { cat "$work/xmllint" >&2; fail "report does not validate against report.xsd"; }
  contains "$work/report.xml" 'net-change="35409920000"'
  contains "$work/report.xml" '<digest algorithm="SHA-256">'
  ;;
export-broken-writes-nothing)
  rm -f "$work/none.xml"
  expect_code 1 "$cptt" export "$here/fixtures/broken-hours.cptt.xml" -o "$work/none.xml"
  [ ! -e "$work/none.xml" ] || fail "a report was written from a broken dossier"
  ;;
usage)
  expect_code 2 "$cptt"
  expect_code 2 "$cptt" frobnicate
  contains "$work/err" "frobnicate"
  expect_code 2 "$cptt" compute
  expect_code 2 "$cptt" export "$data/examples/case-online-filing.cptt.xml"
  expect_code 1 "$cptt" compute "$work/does-not-exist.xml"
  contains "$work/err" "does-not-exist.xml"
  expect_code 0 "$cptt" version
  contains "$work/out" "cptt "
  ;;
*)
  fail "unknown case"
  ;;
esac
echo "ok [$case_name]"
