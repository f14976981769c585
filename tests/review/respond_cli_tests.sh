#!/usr/bin/env bash
# End-to-end tests of `cptt respond` on the example review and response (data/examples/review),
# one case per ctest (tests/review/CMakeLists.txt, label cli).
# usage: respond_cli_tests.sh CASE CPTT DATA_DIR WORK_DIR
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
review="$work/case-dossier-total.review.xml"
response="$work/case-dossier-total.response.xml"
# The review and the response beside the report the review names (an export of the example).
for f in review response report; do
  cp "$data/examples/review/case-dossier-total.$f.xml" "$work/" || fail "copy $f"
done
# The revised report: the evidence of P1's current task 3 added, as answer 3 says.
revised() {
  python3 - "$src" "$work/new.cptt.xml" <<'PY' || fail "revise"
import sys
text = open(sys.argv[1], encoding="utf-8").read()
at = text.index("</task>", text.index("<name>Nhận kết quả</name>"))
evidence = "<evidence>Khảo sát 30 hồ sơ tại Bộ phận một cửa của Sở, quý III/2026.</evidence>\n        "
open(sys.argv[2], "w", encoding="utf-8").write(text[:at] + evidence + text[at:])
PY
  cmp -s "$src" "$work/new.cptt.xml" && fail "sed changed nothing"
  "$cptt" export "$work/new.cptt.xml" -o "$work/new.report.xml" >/dev/null || fail "export new"
}

case "$case_name" in
text)
  # Every item answered; only the revised report is not named yet (a warning: exit 3).
  expect_code 3 "$cptt" respond "$review" "$response"
  contains "$work/out" "Báo cáo đã thẩm định: $work/case-dossier-total.report.xml"
  # Places by the forms' own titles (review/place_names.h).
  contains "$work/out" "1. [Tiếp thu] ý kiến 1 · Thủ tục P1: Cấp giấy phép hoạt động"
  contains "$work/out" "2. [Tiếp thu] ý kiến 2 · Thủ tục P1: Cấp giấy phép hoạt động · Mẫu 03/ĐGTĐ-QĐCT/SĐBS · I. Căn cứ pháp lý (Nêu rõ điều, khoản, điểm và tên văn bản quy định) · Điều, khoản, điểm và tên văn bản quy định"
  contains "$work/out" "3. [Tiếp thu] ý kiến 3 · Thủ tục P1: Cấp giấy phép hoạt động · Bảng tính hiện hành · công việc 3: Nhận kết quả"
  contains "$work/out" "4. [Giải trình] ý kiến 4 · Thủ tục P1: Cấp giấy phép hoạt động · Bảng tính đề xuất"
  contains "$work/out" "   Vị trí sau khi sửa: Thủ tục P1: Cấp giấy phép hoạt động · Mẫu 03/ĐGTĐ-QĐCT/SĐBS: Biểu mẫu đánh giá tác động"
  contains "$work/out" "   Trả lời: Chi phí dịch vụ giảm vì hồ sơ được nộp trực tuyến"
  contains "$work/out" "7. [Tiếp thu] phát hiện CPTT-E104 · Thủ tục P1: Cấp giấy phép hoạt động · biểu mẫu 03/ĐGTĐ-QĐCT/SĐBS"
  contains "$work/out" "warning CPTT-W303"
  contains "$work/out" "Tóm tắt: 7 mục: 6 tiếp thu, 1 giải trình, 0 chưa trả lời; 0 lỗi, 1 cảnh báo"
  lacks "$work/out" "CPTT-E304"
  expect_code 3 "$cptt" --lang en respond "$review" "$response"
  contains "$work/out" "4. [Explained] comment 4 · Procedure P1: Cấp giấy phép hoạt động · Proposed worksheet"
  contains "$work/out" "2. [Taken in] comment 2 · Procedure P1: Cấp giấy phép hoạt động · Form 03/ĐGTĐ-QĐCT/SĐBS · I. Legal basis"
  contains "$work/out" "Summary: 7 items: 6 taken in, 1 explained, 0 unanswered; 0 errors, 1 warnings"
  lacks "$work/out" "Tóm tắt"
  ;;
revised)
  # Compared with the revised report: comment 3's place changed; the places of the answers taken
  # in that the revision did not touch are flagged (CPTT-W302).
  revised
  expect_code 3 "$cptt" respond "$review" "$response" --report "$work/new.report.xml"
  contains "$work/out" "Báo cáo đã chỉnh sửa: $work/new.report.xml"
  contains "$work/out" "   Vị trí trong báo cáo đã sửa: đã thay đổi (1 thay đổi)"
  contains "$work/out" "warning CPTT-W302"
  python3 - "$work/out" <<'PY' || fail "the changed place"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
item3 = text.split("\n3. ")[1].split("\n4. ")[0]
assert "đã thay đổi (1 thay đổi)" in item3, item3
assert "Khảo sát 30 hồ sơ" in item3, item3
assert "ý kiến 3 ghi là tiếp thu" not in text, text
PY
  # The old report given explicitly must be the one reviewed.
  expect_code 1 "$cptt" respond "$review" "$response" --old "$work/new.report.xml"
  contains "$work/out" "error CPTT-E304"
  ;;
json)
  revised
  expect_code 3 "$cptt" --lang en respond "$review" "$response" --report "$work/new.report.xml" --json
  python3 - "$work/out" <<'PY' || fail "json"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["summary"]["items"] == 7 and d["summary"]["tiep_thu"] == 6, d["summary"]
assert d["summary"]["giai_trinh"] == 1 and d["summary"]["unanswered"] == 0, d["summary"]
assert d["summary"]["errors"] == 0, d["findings"]
states = [(i["target"], i["comment"], i["code"], i["state"]) for i in d["items"]]
assert states[3] == ("comment", 4, None, "giai-trinh"), states
assert states[6] == ("finding", None, "CPTT-E104", "tiep-thu"), states
item3 = d["items"][2]
assert item3["place_change"] == "changed" and len(item3["changes"]) == 1, item3
assert item3["changes"][0]["property"] == "task.evidence", item3["changes"]
assert d["items"][3]["place_change"] == "not-compared", d["items"][3]
assert d["items"][1]["place"].startswith(
    "Procedure P1: Cấp giấy phép hoạt động · Form 03/ĐGTĐ-QĐCT/SĐBS · I. Legal basis"), d["items"][1]
assert d["items"][4]["place_now"] == ("Procedure P2: Đăng ký hoạt động tại Ủy ban nhân dân cấp xã"
                                      " · Cost worksheet · task 4: Nhận kết quả qua dịch vụ bưu chính"), d["items"][4]
assert d["review_digest"] == d["response_review_digest"], d
codes = sorted({f["code"] for f in d["findings"]})
assert codes == ["CPTT-W302", "CPTT-W303"], codes
PY
  ;;
table)
  # The printable table, ODT and PDF: title, the comments, the answers and their results.
  expect_code 3 "$cptt" respond "$review" "$response" --table "$work/answers.odt"
  contains "$work/out" "Đã ghi bảng tiếp thu, giải trình: $work/answers.odt"
  unzip -p "$work/answers.odt" content.xml >"$work/content.xml" || fail "not an ODT package"
  for text in "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN THẨM ĐỊNH" "Ý kiến thẩm định" \
      "Bổ sung căn cứ cho số giờ của công việc 4." "Giải trình" "Sở Tư pháp tỉnh X (ví dụ)" \
      "Cơ quan tiếp thu, giải trình: " "ngày 29 tháng 11 năm 2026" \
      "Thủ tục P1: Cấp giấy phép hoạt động · Bảng tính hiện hành · công việc 3: Nhận kết quả" \
      "Vị trí sau khi chỉnh sửa: Thủ tục P1: Cấp giấy phép hoạt động · Mẫu 03/ĐGTĐ-QĐCT/SĐBS · I. Căn cứ pháp lý"; do
    contains "$work/content.xml" "$text"
  done
  expect_code 3 "$cptt" respond "$review" "$response" --table "$work/answers.pdf" --json
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/out" || fail "--json and --table"
  contains "$work/err" "Đã ghi bảng tiếp thu, giải trình: $work/answers.pdf"
  pdftotext -layout "$work/answers.pdf" "$work/answers.txt" || fail "not a PDF"
  contains "$work/answers.txt" "tiếp thu, giải trình"
  contains "$work/answers.txt" "Nêu đủ các văn bản đang"
  expect_code 2 "$cptt" respond "$review" "$response" --table "$work/answers.txt2"
  [ -e "$work/answers.txt2" ] && fail "a table in an unknown format was written"
  ;;
wrong)
  # A response to another review: every item unanswered, the mismatch named (exit 1).
  sed 's#<date>2026-11-29</date>#<date>2026-11-30</date>#' "$review" >"$work/other.review.xml"
  expect_code 1 "$cptt" respond "$work/other.review.xml" "$response"
  contains "$work/out" "error CPTT-E301"
  lacks "$work/out" " 0 chưa trả lời"
  contains "$work/out" "7 chưa trả lời"
  # Files that cannot be read are named, with the place of the fault.
  expect_code 1 "$cptt" respond "$review" "$work/missing.response.xml"
  contains "$work/err" "missing.response.xml"
  printf '<response xmlns="urn:cptt" format-version="1">\n  <bogus/>\n</response>\n' \
    >"$work/broken.response.xml"
  expect_code 1 "$cptt" respond "$review" "$work/broken.response.xml"
  contains "$work/err" "broken.response.xml:2:"
  ;;
usage)
  expect_code 2 "$cptt" respond
  contains "$work/err" "cptt respond REVIEW RESPONSE"
  expect_code 2 "$cptt" respond "$review"
  expect_code 2 "$cptt" respond "$review" "$response" --bogus
  expect_code 0 "$cptt" respond --help
  contains "$work/out" "Mã thoát: 0 đã trả lời đủ"
  expect_code 0 "$cptt" --help
  contains "$work/out" "cptt respond REVIEW RESPONSE"
  ;;
*) fail "unknown case" ;;
esac
echo "ok [$case_name]"
