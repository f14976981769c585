#!/usr/bin/env bash
# End-to-end tests of `cptt diff`, one case per ctest (tests/review/CMakeLists.txt, label cli).
# usage: diff_cli_tests.sh CASE CPTT DATA_DIR WORK_DIR
set -uo pipefail
unset LC_ALL LC_MESSAGES
export LANG=C.UTF-8
case_name="$1" cptt="$2" data="$3" work="$4"
rm -rf "$work"
mkdir -p "$work"
fail() { echo "FAIL [$case_name]: $*" >&2; exit 1; }
expect_code() { # expected-code command...
  local want="$1"; shift
  "$@" >"$work/out" 2>"$work/err"; local got=$?
  [ "$got" -eq "$want" ] || { cat "$work/out" "$work/err" >&2; fail "exit $got, expected $want: $*"; }
}
contains() { grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "\"$2\" not in $1"; }; }
lacks() { ! grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "\"$2\" unexpectedly in $1"; }; }
src="$data/examples/case-dossier-total.cptt.xml"
# old.report.xml, and new.report.xml from the dossier edited by sed "$1".
pair() {
  "$cptt" export "$src" -o "$work/old.report.xml" >/dev/null || fail "export old"
  sed "$1" "$src" >"$work/new.cptt.xml"
  cmp -s "$src" "$work/new.cptt.xml" && fail "sed changed nothing"
  "$cptt" export "$work/new.cptt.xml" -o "$work/new.report.xml" >/dev/null || fail "export new"
}
hours='0,/<hours>2<\/hours>/s//<hours>3<\/hours>/'

case "$case_name" in
text)
  pair "$hours"
  expect_code 3 "$cptt" diff "$work/old.report.xml" "$work/new.report.xml"
  contains "$work/out" "[Dự thảo]"
  contains "$work/out" "  [số liệu] tổng chi phí trước dự thảo: 5.773.000.000 → 6.023.000.000"
  contains "$work/out" "[P1 — Cấp giấy phép hoạt động]"
  contains "$work/out" "  bảng tính hiện hành, công việc 2 · số giờ: 2 → 3"
  contains "$work/out" "  [số liệu] bảng tính hiện hành · chi phí cả năm: 3.750.000.000 → 4.000.000.000"
  contains "$work/out" "  phần của thay đổi ròng: -250.000.000 (100,00 %)"
  contains "$work/out" "Tóm tắt: 1 thay đổi đầu vào, 13 số liệu thay đổi; thay đổi ròng của dự thảo: 35.409.920.000 → 35.159.920.000 (-250.000.000)"
  lacks "$work/out" "[P2"
  expect_code 3 "$cptt" --lang en diff "$work/old.report.xml" "$work/new.report.xml"
  contains "$work/out" "  current worksheet, task 2 · hours: 2 → 3"
  contains "$work/out" "  [figure] current worksheet · annual cost: 3,750,000,000 → 4,000,000,000"
  contains "$work/out" "  share of the net change: -250,000,000 (100.00 %)"
  lacks "$work/out" "bảng tính"
  # A dossier file compares with a report; the same content is no change.
  expect_code 0 "$cptt" diff "$src" "$work/old.report.xml"
  contains "$work/out" "Không có thay đổi."
  ;;
json)
  pair 's#<name>Nhận kết quả</name>#<name>Nhận kết quả qua bưu điện</name>#'
  expect_code 3 "$cptt" --lang en diff "$work/old.report.xml" "$work/new.report.xml" --json
  python3 - "$work/out" <<'PY' || fail "json"
import json, sys
d = json.load(open(sys.argv[1]))
inputs = [c for c in d["changes"] if not c["figure"]]
# Both worksheets of P1 hold "Nhận kết quả": two renames, nothing removed or added, no figure.
assert [(c["procedure"], c["kind"], c["property"], c["worksheet"], c["task"], c["old"], c["new"])
        for c in inputs] == [
    ("P1", "changed", "task.name", "current", 3, "Nhận kết quả", "Nhận kết quả qua bưu điện"),
    ("P1", "changed", "task.name", "proposed", 2, "Nhận kết quả", "Nhận kết quả qua bưu điện")], inputs
assert d["summary"] == {"inputs": 2, "figures": 0}, d["summary"]
assert d["shares"] == [] and d["net_change"]["delta"] == "0", d
PY
  pair "$hours"
  expect_code 3 "$cptt" diff "$work/old.report.xml" "$work/new.report.xml" --json
  python3 - "$work/out" <<'PY' || fail "json figures"
import json, sys
d = json.load(open(sys.argv[1]))
annual = [c for c in d["changes"] if c["figure"] and c["property"] == "annual"]
assert len(annual) == 1 and annual[0]["old_number"] == "3750000000" \
    and annual[0]["new_number"] == "4000000000" and annual[0]["label"] == "chi phí cả năm", annual
assert d["shares"] == [{"procedure": "P1", "name": "Cấp giấy phép hoạt động",
                        "old_net": "-1200000000", "new_net": "-1450000000",
                        "delta": "-250000000", "percent": "100.00"}], d["shares"]
assert d["net_change"] == {"old": "35409920000", "new": "35159920000", "delta": "-250000000"}
PY
  ;;
html)
  pair "$hours"
  expect_code 3 "$cptt" diff "$work/old.report.xml" "$work/new.report.xml" --html "$work/d.html"
  contains "$work/d.html" '<html lang="vi">'
  contains "$work/d.html" "<td>số giờ</td><td>2</td><td>3</td>"
  xmllint --html --noout "$work/d.html" 2>"$work/lint" || { cat "$work/lint" >&2; fail "html"; }
  ;;
usage)
  expect_code 2 "$cptt" diff "$src"
  contains "$work/err" "cptt diff OLD NEW"
  expect_code 2 "$cptt" diff "$src" "$src" --bogus
  expect_code 0 "$cptt" diff --help
  contains "$work/out" "Mã thoát: 0 không có thay đổi, 3 có thay đổi, 1 tệp không đọc được, 2 sai cách dùng"
  expect_code 1 "$cptt" diff "$src" "$work/missing.report.xml"
  # A report edited after export is still compared, with a warning.
  "$cptt" export "$src" -o "$work/old.report.xml" >/dev/null || fail "export"
  sed 's#<hours>2</hours>#<hours>5</hours>#' "$work/old.report.xml" >"$work/t.report.xml"
  expect_code 3 "$cptt" --lang en diff "$work/old.report.xml" "$work/t.report.xml"
  contains "$work/err" "warning: the digest does not match"
  contains "$work/out" "hours: 2 → 5"
  ;;
*) fail "unknown case" ;;
esac
echo "ok [$case_name]"
