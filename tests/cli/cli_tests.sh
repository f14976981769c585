#!/usr/bin/env bash
# End-to-end tests of the cptt command-line tool, one case per ctest (tests/cli/CMakeLists.txt).
# usage: cli_tests.sh CASE CPTT DATA_DIR TESTS_DIR WORK_DIR
set -uo pipefail
# The default language is the locale's: Vietnamese unless it is en_*. `--lang` chooses.
unset LC_ALL LC_MESSAGES
export LANG=C.UTF-8
case_name="$1" cptt="$2" data="$3" here="$4" work="$5"
mkdir -p "$work"
fail() { echo "FAIL [$case_name]: $*" >&2; exit 1; }
expect_code() { # expected-code command...
  local want="$1"; shift
  "$@" >"$work/out" 2>"$work/err"; local got=$?
  [ "$got" -eq "$want" ] || { cat "$work/out" "$work/err" >&2; fail "exit $got, expected $want: $*"; }
}
contains() { grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "\"$2\" not in $1"; }; }
lacks() { ! grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "\"$2\" unexpectedly in $1"; }; }

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
findings)
  # The catalogue: every code with its severity and both texts.
  expect_code 0 "$cptt" findings --json
  contains "$work/out" '"code": "CPTT-E105"'
  contains "$work/out" '"severity": "warning"'
  contains "$work/out" '"en": "not answered: answer this question"'
  contains "$work/out" 'TT 03/2022 Art. 10'
  expect_code 0 "$cptt" findings
  contains "$work/out" "CPTT-W105#not-necessary"
  contains "$work/out" "  vi: chưa trả lời: trả lời câu hỏi này"
  expect_code 2 "$cptt" findings --bogus
  ;;
language)
  # One language a line: --lang, else the locale (en_* → English, anything else → Vietnamese).
  f="$data/examples/case-online-filing.cptt.xml"
  expect_code 1 "$cptt" --lang en validate "$f"
  contains "$work/out" "error CPTT-E104 [P1 · form 03/ĐGTĐ-QĐCT/SĐBS]"
  contains "$work/out" "has no assessment form"
  contains "$work/err" "1 errors"
  lacks "$work/out" "chưa có"
  lacks "$work/out" "biểu mẫu"
  lacks "$work/err" "lỗi"
  expect_code 1 "$cptt" validate "$f" --lang=vi
  contains "$work/out" "chưa có biểu mẫu đánh giá"
  lacks "$work/out" " / "
  contains "$work/err" "1 lỗi"
  expect_code 1 env LANG=en_GB.UTF-8 "$cptt" validate "$f"
  contains "$work/out" "has no assessment form"
  expect_code 1 env LANG=vi_VN.UTF-8 LC_ALL=en_US.UTF-8 "$cptt" validate "$f"
  contains "$work/out" "has no assessment form"
  expect_code 1 env LANG=de_DE.UTF-8 "$cptt" validate "$f"
  contains "$work/out" "chưa có biểu mẫu đánh giá"
  expect_code 0 "$cptt" --lang en compute "$data/examples/case-dossier-total.cptt.xml"
  contains "$work/out" "+35,409,920,000 VND/year"
  contains "$work/out" "Amended"
  lacks "$work/out" "Sửa đổi"
  expect_code 2 "$cptt" --lang fr version
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
compute-broken-language)
  # An error is printed in the one language of --lang: English has no Vietnamese letters
  # outside the quoted values (the task's name), Vietnamese no English half.
  vietnamese_letters() { # FILE: the first letter with a Vietnamese diacritic outside "quotes"
    sed 's/"[^"]*"//g' "$1" | grep -oP '[\x{C0}-\x{24F}\x{1E00}-\x{1EFF}]' | head -1
  }
  printf 'số "Chuẩn"\n' >"$work/probe"
  [ "$(vietnamese_letters "$work/probe")" = "ố" ] || fail "the Vietnamese letter check finds nothing"
  f="$here/fixtures/broken-hours.cptt.xml"
  expect_code 1 "$cptt" --lang en compute "$f"
  contains "$work/err" "broken-hours.cptt.xml:17:11: hours of task 1"
  contains "$work/err" "commas are not allowed"
  [ -z "$(vietnamese_letters "$work/err")" ] || { cat "$work/err" >&2; fail "Vietnamese in English"; }
  expect_code 1 "$cptt" --lang vi compute "$f"
  contains "$work/err" "broken-hours.cptt.xml:17:11: số giờ của công việc 1"
  contains "$work/err" "dấu phẩy không dùng"
  lacks "$work/err" "hours of"
  lacks "$work/err" "commas"
  lacks "$work/err" " / "
  # A dossier that loads but cannot be computed (the annual cost overflows).
  f="$here/fixtures/overflow.cptt.xml"
  expect_code 1 "$cptt" --lang en compute "$f"
  contains "$work/err" "overflow.cptt.xml: procedure \"P1\": number too large"
  [ -z "$(vietnamese_letters "$work/err")" ] || { cat "$work/err" >&2; fail "Vietnamese in English"; }
  [ ! -s "$work/out" ] || fail "nothing should be printed on stdout"
  expect_code 1 "$cptt" --lang vi compute "$f"
  contains "$work/err" "overflow.cptt.xml: thủ tục \"P1\": số quá lớn"
  lacks "$work/err" "procedure"
  lacks "$work/err" "too large"
  lacks "$work/err" " / "
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
export-password-file)
  # "cannot read the password file" (and the key) says why: missing, not allowed, a folder, a FIFO
  # (which must not block). Run in the work folder so that the messages name the files as given.
  "$here/../signature/make_test_pki.sh" "$work/pki" >/dev/null || fail "test PKI"
  cd "$work" || fail "cd"
  rm -rf folder fifo secret.txt && mkdir folder && mkfifo fifo
  printf 'pw\n' >secret.txt && chmod 000 secret.txt
  # Root reads any file: the permission case runs as nobody.
  as_user=()
  [ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  : >messages
  for f in missing.txt secret.txt folder fifo; do
    run=("$cptt")
    [ "$f" = secret.txt ] && run=("${as_user[@]}" "$cptt")
    for lang in vi en; do
      expect_code 1 "${run[@]}" --lang "$lang" export "$data/examples/case-online-filing.cptt.xml" \
        -o out.report.xml --sign pki/signer.p12 --password-file "$f"
      cat "$work/err" >>messages
    done
    [ -e out.report.xml ] && fail "a report was written without its password ($f)"
  done
  # The key file too.
  expect_code 1 "$cptt" --lang en export "$data/examples/case-online-filing.cptt.xml" \
    -o out.report.xml --sign pki/none.p12
  cat "$work/err" >>messages
  diff -u "$here/expected/export-password-file.txt" messages || fail "messages differ"
  ;;
compute-not-a-file)
  # What cannot be opened as a dossier says why, in each language, at once: missing, a folder,
  # a FIFO (which must not block), a device, not allowed.
  cd "$work" || fail "cd"
  rm -rf folder fifo secret.cptt.xml && mkdir folder && mkfifo fifo
  printf '<x/>' >secret.cptt.xml && chmod 000 secret.cptt.xml
  as_user=()
  [ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  for f in missing.cptt.xml folder fifo /dev/null; do
    expect_code 1 timeout 20 "$cptt" --lang en compute "$f"
    case "$f" in
      missing.cptt.xml) contains "$work/err" "missing.cptt.xml: cannot open the file: it does not exist" ;;
      folder) contains "$work/err" "folder: this is a folder, not a file" ;;
      fifo) contains "$work/err" "fifo: this is a pipe (FIFO), not a regular file" ;;
      /dev/null) contains "$work/err" "/dev/null: this is a device, not a file" ;;
    esac
    lacks "$work/err" "too large"
  done
  expect_code 1 timeout 20 "$cptt" compute fifo
  contains "$work/err" "fifo: đây là một ống dẫn (FIFO), không phải tệp thường"
  expect_code 1 "${as_user[@]}" "$cptt" --lang en compute secret.cptt.xml
  contains "$work/err" "secret.cptt.xml: cannot open the file: permission denied"
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
