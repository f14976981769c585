#!/usr/bin/env bash
# End-to-end tests of `cptt review`, one case per ctest (tests/review/CMakeLists.txt, label cli).
# usage: review_cli_tests.sh CASE CPTT DATA_DIR TESTS_DIR WORK_DIR
set -uo pipefail
# The default language is the locale's: Vietnamese unless it is en_*. `--lang` chooses.
unset LC_ALL LC_MESSAGES
export LANG=C.UTF-8
case_name="$1" cptt="$2" data="$3" here="$4" work="$5"
rm -rf "$work"
mkdir -p "$work/noforms"
fail() { echo "FAIL [$case_name]: $*" >&2; exit 1; }
expect_code() { # expected-code command...
  local want="$1"; shift
  "$@" >"$work/out" 2>"$work/err"; local got=$?
  [ "$got" -eq "$want" ] || { cat "$work/out" "$work/err" >&2; fail "exit $got, expected $want: $*"; }
}
contains() { grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "\"$2\" not in $1"; }; }
lacks() { ! grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "\"$2\" unexpectedly in $1"; }; }
export_case() { # name -> $work/name.report.xml
  "$cptt" export "$data/examples/$1.cptt.xml" -o "$work/$1.report.xml" >/dev/null ||
    fail "export of $1 failed"
}
# Without form definitions the examples (which hold no assessment answers) have no error.
noforms=(--forms-dir "$work/noforms")

case "$case_name" in
ok)
  export_case case-online-filing
  expect_code 0 "$cptt" review "$work/case-online-filing.report.xml" "${noforms[@]}"
  contains "$work/out" "case-online-filing.report.xml: toàn vẹn: matches, sai lệch: 0; 0 lỗi"
  contains "$work/out" "CPTT-W247"
  contains "$work/err" "1 tệp, 0 có lỗi"
  expect_code 0 "$cptt" --lang en review "$work/case-online-filing.report.xml" "${noforms[@]}"
  contains "$work/out" "case-online-filing.report.xml: integrity: matches, discrepancies: 0; 0 errors"
  contains "$work/err" "1 files, 0 with errors"
  lacks "$work/out" "lỗi"
  lacks "$work/out" "mức thu nhập"
  # With the forms: the missing assessment form is an error.
  expect_code 1 "$cptt" review "$work/case-online-filing.report.xml"
  contains "$work/out" "error CPTT-E104 [P1"
  ;;
tampered)
  export_case case-dossier-total
  sed 's/annual="3750000000"/annual="3750000001"/' "$work/case-dossier-total.report.xml" >"$work/t.report.xml"
  cmp -s "$work/t.report.xml" "$work/case-dossier-total.report.xml" && fail "sed changed nothing"
  expect_code 1 "$cptt" review "$work/t.report.xml" "${noforms[@]}"
  contains "$work/out" "error CPTT-E201"
  contains "$work/out" "error CPTT-E213 [P1 · bảng tính hiện hành] chi phí cả năm: khai báo 3.750.000.001, tính lại 3.750.000.000, chênh lệch +1"
  contains "$work/out" "toàn vẹn: mismatch, sai lệch: 1;"
  expect_code 1 "$cptt" review --lang en "$work/t.report.xml" "${noforms[@]}"
  contains "$work/out" "error CPTT-E213 [P1 · current worksheet] annual cost: declared 3,750,000,001, recomputed 3,750,000,000, difference +1"
  contains "$work/out" "integrity: mismatch, discrepancies: 1;"
  lacks "$work/out" "bảng tính"
  # Re-indenting is not tampering.
  xmllint --format "$work/case-dossier-total.report.xml" | sed 's/^  /\t/' >"$work/r.report.xml"
  cmp -s "$work/r.report.xml" "$work/case-dossier-total.report.xml" && fail "layout unchanged"
  expect_code 0 "$cptt" review "$work/r.report.xml" "${noforms[@]}"
  contains "$work/out" "toàn vẹn: matches, sai lệch: 0"
  ;;
no-digest)
  # A report without its digest (and unsigned) proves nothing: an error, unless the reviewer
  # accepts it, then a warning. A second digest or another algorithm is refused.
  export_case case-online-filing
  sed '/<digest /d' "$work/case-online-filing.report.xml" >"$work/n.report.xml"
  cmp -s "$work/n.report.xml" "$work/case-online-filing.report.xml" && fail "sed changed nothing"
  expect_code 1 "$cptt" --lang en review "$work/n.report.xml" "${noforms[@]}"
  contains "$work/out" "error CPTT-E203"
  expect_code 0 "$cptt" --lang en review "$work/n.report.xml" --accept-without-digest "${noforms[@]}"
  contains "$work/out" "warning CPTT-W201"
  lacks "$work/out" "CPTT-E203"
  sed 's/algorithm="SHA-256"/algorithm="MD5"/' "$work/case-online-filing.report.xml" >"$work/m.report.xml"
  expect_code 1 "$cptt" --lang en review "$work/m.report.xml" "${noforms[@]}"
  contains "$work/out" "error CPTT-E202"
  sed 's@\(<digest [^>]*>[0-9a-f]*</digest>\)@\1\1@' "$work/case-online-filing.report.xml" >"$work/d.report.xml"
  expect_code 1 "$cptt" --lang en review "$work/d.report.xml" "${noforms[@]}"
  contains "$work/out" "a second <digest> in <report>"
  ;;
broken-continues)
  export_case case-online-filing
  export_case case-derived-rate
  printf '<report xmlns="urn:cptt" format-version="1">\n<metadata>' >"$work/cut.report.xml"
  expect_code 1 "$cptt" review "$work/case-online-filing.report.xml" "$work/missing.report.xml" \
    "$work/cut.report.xml" "$work/case-derived-rate.report.xml" "${noforms[@]}"
  grep -F ': toàn vẹn: ' "$work/out" | head -1 | grep -qF case-online-filing || fail "order"
  contains "$work/out" "missing.report.xml: error CPTT-E200"
  contains "$work/out" "missing.report.xml: không đọc được; 1 lỗi"
  contains "$work/out" "cut.report.xml:2:"
  contains "$work/out" "cut.report.xml: không đọc được"
  contains "$work/out" "case-derived-rate.report.xml: toàn vẹn: matches"
  [ "$(grep -c '; [0-9]* lỗi, ' "$work/out")" -eq 4 ] || fail "expected 4 summary lines"
  contains "$work/err" "4 tệp, 2 có lỗi"
  ;;
json)
  export_case case-dossier-total
  sed 's/<hours>4<\/hours>/<hours>5<\/hours>/' "$work/case-dossier-total.report.xml" >"$work/t.report.xml"
  expect_code 1 "$cptt" review "$work/case-dossier-total.report.xml" "$work/t.report.xml" --json "${noforms[@]}"
  python3 - "$work/out" <<'PY' || fail "JSON content"
import json, sys
j = json.load(open(sys.argv[1]))
files = j["files"]
assert len(files) == 2 and j["summary"] == {"files": 2, "with_errors": 1}, j["summary"]
assert files[0]["file"].endswith("case-dossier-total.report.xml")
assert files[0]["integrity"]["digest"] == "matches" and files[0]["discrepancies"] == []
t = files[1]
assert t["integrity"]["digest"] == "mismatch"
d = t["discrepancies"][0]
assert (d["code"], d["procedure"], d["worksheet"], d["task"], d["field"]) == ("CPTT-E211", "P1", "current", 1, "time-cost"), d
assert (d["declared"], d["recomputed"], d["difference"]) == ("100000", "125000", "-25000"), d
assert any(f["check"] == "plausibility" and f["code"] == "CPTT-W247" for f in t["findings"])
assert t["counts"]["error"] == 1 + len(t["discrepancies"])
PY
  ;;
csv)
  export_case case-online-filing
  expect_code 0 "$cptt" review "$work/case-online-filing.report.xml" --csv "$work/out.csv" "${noforms[@]}"
  head -1 "$work/out.csv" | grep -qx 'file,check,severity,code,procedure,place,line,column,message' || fail "header"
  python3 - "$work/out.csv" <<'PY' || fail "CSV content"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert rows, "no rows"
assert all(r["file"].endswith("case-online-filing.report.xml") for r in rows)
assert any(r["code"] == "CPTT-W247" and r["check"] == "plausibility" for r in rows)
assert any("," in r["place"] or "," in r["message"] for r in rows)  # quoted fields survive
PY
  ;;
html)
  export_case case-dossier-total
  expect_code 1 "$cptt" review "$work/case-dossier-total.report.xml" --html "$work/summary.html"
  contains "$work/summary.html" '<html lang="vi">'
  contains "$work/summary.html" '<meta charset="UTF-8">'
  contains "$work/summary.html" "Kết quả thẩm định"
  contains "$work/summary.html" "Cấp giấy phép hoạt động"
  lacks "$work/summary.html" "<script"
  # --lang en: the summary in English, the draft's own names as written.
  expect_code 1 "$cptt" --lang en review "$work/case-dossier-total.report.xml" --html "$work/summary-en.html"
  contains "$work/summary-en.html" '<html lang="en">'
  contains "$work/summary-en.html" "Review of the administrative procedures"
  contains "$work/summary-en.html" "Cấp giấy phép hoạt động"
  lacks "$work/summary-en.html" "Kết quả thẩm định"
  lacks "$work/summary-en.html" "Chưa kết luận"
  ;;
review-xml)
  export_case case-dossier-total
  expect_code 1 "$cptt" review "$work/case-dossier-total.report.xml" --review "$work/total.review.xml"
  xmllint --noout --schema "$data/schema/review.xsd" "$work/total.review.xml" 2>"$work/xmllint" ||
    { cat "$work/xmllint" >&2; fail "review does not validate against review.xsd"; }
  digest=$(sed -n 's/.*<digest algorithm="SHA-256">\([0-9a-f]*\)<.*/\1/p' "$work/case-dossier-total.report.xml")
  [ ${#digest} -eq 64 ] || fail "no digest in the report"
  contains "$work/total.review.xml" "<report digest=\"$digest\">"
  contains "$work/total.review.xml" 'status="open"'
  ;;
usage)
  expect_code 2 "$cptt" review
  expect_code 2 "$cptt" review --json
  expect_code 2 "$cptt" review x.xml --bogus
  expect_code 2 "$cptt" review a.xml b.xml --html out.html
  expect_code 2 "$cptt" review a.xml --jobs 0
  contains "$work/err" "cptt review FILE"
  expect_code 1 "$cptt" review "$work/none.xml" --data-dir "$work/nodata"
  contains "$work/err" "nodata"
  ;;
parallel-order)
  export_case case-dossier-total
  export_case case-one-case
  files=()
  for i in $(seq 1 12); do
    cp "$work/case-dossier-total.report.xml" "$work/a$i.report.xml"
    sed 's/Z<\/exported>/Z <\/exported>/' "$work/case-one-case.report.xml" >"$work/b$i.report.xml"
    files+=("$work/a$i.report.xml" "$work/b$i.report.xml")
  done
  expect_code 1 "$cptt" review "${files[@]}" --jobs 1 "${noforms[@]}"
  cp "$work/out" "$work/serial"
  expect_code 1 "$cptt" review "${files[@]}" --jobs 2 "${noforms[@]}"
  diff -u "$work/serial" "$work/out" || fail "parallel output differs from serial output"
  expect_code 1 "$cptt" review "${files[@]}" "${noforms[@]}"
  diff -u "$work/serial" "$work/out" || fail "default worker count changes the output"
  contains "$work/err" "24 tệp, 12 có lỗi"
  ;;
signed)
  # A test PKI (root CA, signer, stranger, revoked), then `cptt export --sign` and `cptt review --trust`.
  "$here/../signature/make_test_pki.sh" "$work/pki" >/dev/null || fail "test PKI"
  pki="$work/pki"
  sign() { # key output
    "$cptt" export "$data/examples/case-online-filing.cptt.xml" -o "$2" --sign "$pki/$1" \
      --password-file "$pki/password.txt" >"$work/out" 2>"$work/err" ||
      { cat "$work/out" "$work/err" >&2; fail "signed export with $1 failed"; }
  }
  sign signer.p12 "$work/s.report.xml"
  contains "$work/out" "s.report.xml"
  contains "$work/s.report.xml" '<ds:Reference URI="">'
  xmllint --noout --schema "$data/schema/report.xsd" "$work/s.report.xml" 2>"$work/xmllint" ||
    { cat "$work/xmllint" >&2; fail "the signed report does not validate against report.xsd"; }
  expect_code 0 "$cptt" review "$work/s.report.xml" --trust "$pki/trust" "${noforms[@]}"
  contains "$work/out" "CPTT-N204"
  contains "$work/out" "s.report.xml: toàn vẹn: matches, chữ ký: valid (Bộ Tư pháp — Nguyễn Văn An), sai lệch: 0; 0 lỗi"
  expect_code 0 "$cptt" review "$work/s.report.xml" --trust "$pki/trust" --json "${noforms[@]}"
  python3 - "$work/out" <<'PY' || fail "--json signature object"
import json, sys
s = json.load(open(sys.argv[1]))["files"][0]["signature"]
assert s["status"] == "valid", s
assert s["subject"] == {"organisation": "Bộ Tư pháp", "common_name": "Nguyễn Văn An"}, s
PY
  # Without --trust the system's trust store does not know the test CA.
  expect_code 0 "$cptt" --lang en review "$work/s.report.xml" "${noforms[@]}"
  contains "$work/out" "warning CPTT-W204"
  contains "$work/out" "signature: untrusted (Bộ Tư pháp — Nguyễn Văn An)"
  # A changed value: the signature no longer verifies.
  sed 's/<subjects>10000</<subjects>5000</' "$work/s.report.xml" >"$work/t.report.xml"
  cmp -s "$work/t.report.xml" "$work/s.report.xml" && fail "sed changed nothing"
  expect_code 1 "$cptt" review "$work/t.report.xml" --trust "$pki/trust" --json "${noforms[@]}"
  contains "$work/out" '"status": "invalid"'
  contains "$work/out" "CPTT-E204"
  # Revoked by the CRL; an unknown authority.
  sign revoked.p12 "$work/r.report.xml"
  expect_code 0 "$cptt" --lang en review "$work/r.report.xml" --trust "$pki/trust" --crl "$pki/crl.pem" "${noforms[@]}"
  contains "$work/out" "revoked"
  contains "$work/out" "signature: untrusted"
  sign stranger.p12 "$work/u.report.xml"
  expect_code 0 "$cptt" review "$work/u.report.xml" --trust "$pki/trust" --json "${noforms[@]}"
  contains "$work/out" '"status": "untrusted"'
  # Verified on both cores: the same output as one by one.
  export_case case-online-filing
  files=()
  for i in $(seq 1 8); do
    cp "$work/s.report.xml" "$work/s$i.report.xml"
    cp "$work/t.report.xml" "$work/t$i.report.xml"
    files+=("$work/s$i.report.xml" "$work/t$i.report.xml" "$work/case-online-filing.report.xml")
  done
  expect_code 1 "$cptt" review "${files[@]}" --trust "$pki/trust" --jobs 1 "${noforms[@]}"
  cp "$work/out" "$work/serial"
  expect_code 1 "$cptt" review "${files[@]}" --trust "$pki/trust" --jobs 2 "${noforms[@]}"
  diff -u "$work/serial" "$work/out" || fail "parallel verification differs from serial"
  [ "$(grep -c 'chữ ký: valid' "$work/out")" -eq 8 ] || fail "expected 8 valid signatures"
  [ "$(grep -c 'chữ ký: invalid' "$work/out")" -eq 8 ] || fail "expected 8 invalid signatures"
  # An unsigned report: none.
  expect_code 0 "$cptt" review "$work/case-online-filing.report.xml" --trust "$pki/trust" --json "${noforms[@]}"
  contains "$work/out" '"status": "none"'
  # A wrong password, a missing key, --password-file without --sign.
  printf 'sai\n' >"$work/wrong.txt"
  expect_code 1 "$cptt" export "$data/examples/case-online-filing.cptt.xml" -o "$work/w.report.xml" \
    --sign "$pki/signer.p12" --password-file "$work/wrong.txt"
  contains "$work/err" "PKCS#12"
  [ -e "$work/w.report.xml" ] && fail "a report was written with a wrong password"
  expect_code 2 "$cptt" export "$data/examples/case-online-filing.cptt.xml" -o "$work/w.report.xml" \
    --password-file "$work/wrong.txt"
  ;;
signed-review)
  # `cptt review --review OUT --sign KEY`, then `cptt verify` of the review and of the report.
  "$here/../signature/make_test_pki.sh" "$work/pki" >/dev/null || fail "test PKI"
  pki="$work/pki"
  export_case case-online-filing
  report="$work/case-online-filing.report.xml"
  expect_code 0 "$cptt" review "$report" --review "$work/s.review.xml" --sign "$pki/signer.p12" \
    --password-file "$pki/password.txt" "${noforms[@]}"
  contains "$work/s.review.xml" "<signing-time>"
  contains "$work/s.review.xml" '<ds:Reference URI="">'
  xmllint --noout --schema "$data/schema/review.xsd" "$work/s.review.xml" 2>"$work/xmllint" ||
    { cat "$work/xmllint" >&2; fail "the signed review does not validate against review.xsd"; }
  expect_code 0 "$cptt" verify "$work/s.review.xml" --trust "$pki/trust"
  contains "$work/out" "s.review.xml (bản thẩm định): Ký số bởi Bộ Tư pháp — Nguyễn Văn An lúc "
  expect_code 0 "$cptt" verify "$work/s.review.xml" --trust "$pki/trust" --json
  python3 - "$work/out" <<'PY' || fail "verify --json of a signed review"
import json, sys
f = json.load(open(sys.argv[1]))["files"][0]
assert f["kind"] == "review" and f["assurance"] == "signed", f
assert f["signature"]["status"] == "valid", f
assert f["signature"]["subject"] == {"organisation": "Bộ Tư pháp", "common_name": "Nguyễn Văn An"}, f
assert f["signature"]["signed_at"].endswith("Z"), f
PY
  # The unsigned report: exit 1, and the statement says the author is not proved.
  expect_code 1 "$cptt" --lang en verify "$report" --trust "$pki/trust"
  contains "$work/out" "(report): Unchanged since export (the digest matches); the report carries no valid digital signature, so who made it is not proved."
  # A finding agreed after signing.
  sed 's/status="open"/status="agreed"/' "$work/s.review.xml" >"$work/t.review.xml"
  cmp -s "$work/t.review.xml" "$work/s.review.xml" && fail "sed changed nothing"
  expect_code 1 "$cptt" --lang en verify "$work/t.review.xml" --trust "$pki/trust" --json
  contains "$work/out" '"status": "invalid"'
  contains "$work/out" '"assurance": "changed"'
  # Signed by a stranger: untrusted, exit 1.
  expect_code 0 "$cptt" review "$report" --review "$work/u.review.xml" --sign "$pki/stranger.p12" \
    --password-file "$pki/password.txt" "${noforms[@]}"
  expect_code 1 "$cptt" --lang en verify "$work/u.review.xml" --trust "$pki/trust"
  contains "$work/out" "Signed as Tổ chức lạ — Người lạ, but the signer is not confirmed"
  # --sign without --review, a missing password file (its reason said), a wrong password.
  expect_code 2 "$cptt" review "$report" --sign "$pki/signer.p12" "${noforms[@]}"
  expect_code 1 "$cptt" --lang en review "$report" --review "$work/m.review.xml" \
    --sign "$pki/signer.p12" --password-file "$work/missing.txt" "${noforms[@]}"
  contains "$work/err" "missing.txt: cannot read the password file: cannot open the file: it does not exist"
  printf 'sai\n' >"$work/wrong.txt"
  expect_code 1 "$cptt" review "$report" --review "$work/w.review.xml" --sign "$pki/signer.p12" \
    --password-file "$work/wrong.txt" "${noforms[@]}"
  contains "$work/err" "PKCS#12"
  [ -e "$work/w.review.xml" ] && fail "a review was written with a wrong password"
  expect_code 2 "$cptt" verify
  ;;
next-round)
  # Round 2: the revised report reviewed with the example review of round 1 and its response.
  ex="$data/examples/review"
  sed 's/(ví dụ minh họa: tổng hợp hồ sơ)</(ví dụ minh họa: tổng hợp hồ sơ, lần 2)</' \
    "$data/examples/case-dossier-total.cptt.xml" >"$work/revised.cptt.xml"
  cmp -s "$work/revised.cptt.xml" "$data/examples/case-dossier-total.cptt.xml" && fail "sed changed nothing"
  "$cptt" export "$work/revised.cptt.xml" -o "$work/revised.report.xml" >/dev/null || fail "export"
  expect_code 1 "$cptt" review "$work/revised.report.xml" --previous-review "$ex/case-dossier-total.review.xml" \
    --response "$ex/case-dossier-total.response.xml" --review "$work/r2.review.xml"
  contains "$work/err" "cptt review: vòng 2; mục của vòng trước cần xem lại: 7, đã trả lời: 7"
  # Each answer with whether its place changed since the report reviewed (found beside the review):
  # only the draft's title changed, so only the comment on the whole draft was changed at its place.
  contains "$work/err" "  ý kiến 6 · Toàn bộ dự thảo: Tiếp thu · Đã sửa ở chỗ đó"
  contains "$work/err" "  ý kiến 3 · Thủ tục P1: Cấp giấy phép hoạt động · Bảng tính hiện hành · công việc 3: Nhận kết quả: Tiếp thu · Không đổi ở chỗ đó"
  contains "$work/err" "  ý kiến 4 · Thủ tục P1: Cấp giấy phép hoạt động · Bảng tính đề xuất: Giải trình"
  [ "$(grep -c 'Đã sửa ở chỗ đó' "$work/err")" -eq 1 ] || fail "one place changed"
  # Named explicitly, the report reviewed then must read.
  expect_code 1 "$cptt" review "$work/revised.report.xml" --previous-review "$ex/case-dossier-total.review.xml" \
    --response "$ex/case-dossier-total.response.xml" --previous-report "$work/missing.report.xml" \
    --review "$work/r2-missing.review.xml"
  contains "$work/err" "missing.report.xml"
  [ -e "$work/r2-missing.review.xml" ] && fail "a review was written without the report named"
  xmllint --noout --schema "$data/schema/review.xsd" "$work/r2.review.xml" 2>"$work/xmllint" ||
    { cat "$work/xmllint" >&2; fail "round 2 does not validate against review.xsd"; }
  digest=$(sed -n 's/.*<digest algorithm="SHA-256">\([0-9a-f]*\)<.*/\1/p' "$work/revised.report.xml")
  [ "$(sed -n 3p "$work/r2.review.xml")" = "  <report digest=\"$digest\">" ] || fail "round 2 names the new report"
  old=$(sed -n 's/.*<report digest="\([0-9a-f]*\)">.*/\1/p' "$ex/case-dossier-total.review.xml")
  contains "$work/r2.review.xml" "<report digest=\"$old\">"
  contains "$work/r2.review.xml" '<follow-up comment="6" status="open" />'
  contains "$work/r2.review.xml" '<follow-up finding="CPTT-E104" procedure="P1" status="open">'
  contains "$work/r2.review.xml" '<answer comment="4" result="giai-trinh">'
  [ "$(grep -cE '<comment( |>)' "$work/r2.review.xml")" -eq 6 ] || fail "round 1's six comments kept"
  [ "$(grep -c '<verdict ' "$work/r2.review.xml")" -eq 4 ] || fail "round 1's verdicts kept, none new"
  # Round 3 from round 2, not answered yet: two earlier rounds, flat.
  expect_code 1 "$cptt" --lang en review "$work/revised.report.xml" --previous-review "$work/r2.review.xml" \
    --review "$work/r3.review.xml"
  contains "$work/err" "cptt review: round 3; items of the previous round to follow up: 1, answered: 0"
  xmllint --noout --schema "$data/schema/review.xsd" "$work/r3.review.xml" 2>"$work/xmllint" ||
    { cat "$work/xmllint" >&2; fail "round 3 does not validate against review.xsd"; }
  [ "$(grep -c '<round>' "$work/r3.review.xml")" -eq 2 ] || fail "two earlier rounds"
  [ "$(grep -c '<earlier-rounds>' "$work/r3.review.xml")" -eq 1 ] || fail "not flat"
  # A response to another review: CPTT-E305, nothing written.
  expect_code 1 "$cptt" --lang en review "$work/revised.report.xml" --previous-review "$work/r2.review.xml" \
    --response "$ex/case-dossier-total.response.xml" --review "$work/wrong.review.xml"
  contains "$work/err" "case-dossier-total.response.xml: error CPTT-E305"
  contains "$work/err" "the response does not answer the previous round's review"
  [ -e "$work/wrong.review.xml" ] && fail "a review was written with the wrong response"
  # A previous review that cannot be read: its place said, nothing written.
  expect_code 1 "$cptt" review "$work/revised.report.xml" --previous-review "$work/revised.report.xml" \
    --review "$work/bad.review.xml"
  contains "$work/err" "revised.report.xml"
  [ -e "$work/bad.review.xml" ] && fail "a review was written from an unreadable previous review"
  # Usage: a next round needs --review; a response needs the review it answers.
  expect_code 2 "$cptt" review "$work/revised.report.xml" --previous-review "$work/r2.review.xml"
  expect_code 2 "$cptt" review "$work/revised.report.xml" --response "$ex/case-dossier-total.response.xml" \
    --review "$work/x.review.xml"
  contains "$work/err" "--previous-review"
  expect_code 2 "$cptt" review "$work/revised.report.xml" --previous-review "$work/r2.review.xml" \
    --previous-report "$work/revised.report.xml" --review "$work/x.review.xml"
  ;;
*)
  fail "unknown case"
  ;;
esac
echo "ok [$case_name]"
