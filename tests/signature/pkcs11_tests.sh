#!/usr/bin/env bash
# Signing with a PKCS#11 token, end to end: a private SoftHSM token (its own SOFTHSM2_CONF in the
# work folder) holds the test PKI's signer key and certificate; `cptt export` and `cptt review
# --review` sign with `--sign 'pkcs11:…'` through OpenSSL's pkcs11 engine and the p11-kit proxy, as
# with a USB token; `cptt verify --trust` checks the result; each failure exits 1 with a message
# naming the URI. One case per ctest (tests/signature/CMakeLists.txt, label cli).
# usage: pkcs11_tests.sh CASE CPTT DATA_DIR WORK_DIR
set -uo pipefail
unset LC_ALL LC_MESSAGES
export LANG=C.UTF-8
case_name="$1" cptt="$2" data="$3" work="$4"
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$work"
mkdir -p "$work/tokens" "$work/noforms"
fail() { echo "FAIL [$case_name]: $*" >&2; exit 1; }
expect_code() { # expected-code command...
  local want="$1"; shift
  "$@" >"$work/out" 2>"$work/err"; local got=$?
  [ "$got" -eq "$want" ] || { cat "$work/out" "$work/err" >&2; fail "exit $got, expected $want: $*"; }
}
contains() { grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "\"$2\" not in $1"; }; }
lacks() { ! grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "\"$2\" unexpectedly in $1"; }; }

# The packages of scripts/debian-packages.txt: softhsm2, opensc (pkcs11-tool), the engine.
module=/usr/lib/softhsm/libsofthsm2.so
for tool in softhsm2-util pkcs11-tool openssl; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/debian-packages.txt)"
done
[ -e "$module" ] || fail "$module is missing (softhsm2)"

# The token, private to this test: SoftHSM reads its folder from SOFTHSM2_CONF.
export SOFTHSM2_CONF="$work/softhsm2.conf"
printf 'directories.tokendir = %s/tokens\nobjectstore.backend = file\nlog.level = ERROR\n' \
  "$work" >"$SOFTHSM2_CONF"
"$here/make_test_pki.sh" "$work/pki" >/dev/null || fail "test PKI"
pki="$work/pki"
pin=246810
printf '%s\n' "$pin" >"$work/pin.txt"
printf '1111\n' >"$work/wrong-pin.txt"
quiet() { "$@" >"$work/setup.log" 2>&1 || { cat "$work/setup.log" >&2; fail "token setup: $*"; }; }
quiet softhsm2-util --init-token --free --label "cptt thử" --so-pin 13579246 --pin "$pin"
token() { pkcs11-tool --module "$module" --token-label "cptt thử" --login --pin "$pin" "$@"; }
# The signer's key and certificate, one id and label as a token's issuer writes them; a second
# key with no certificate.
quiet softhsm2-util --import "$pki/signer.key" --token "cptt thử" --label signer --id 01 --pin "$pin"
quiet openssl x509 -in "$pki/signer.pem" -outform DER -out "$work/signer.der"
quiet token --write-object "$work/signer.der" --type cert --id 01 --label signer
quiet softhsm2-util --import "$pki/stranger.key" --token "cptt thử" --label lonely --id 02 \
  --pin "$pin"

example="$data/examples/case-online-filing.cptt.xml"
uri='pkcs11:token=cptt%20th%E1%BB%AD;object=signer'
lang=() # cptt's language option: (--lang en) for the messages in English
sign() { # code uri output [export options...]
  local code="$1" key="$2" output="$3"; shift 3
  expect_code "$code" "$cptt" "${lang[@]}" export "$example" -o "$output" --sign "$key" "$@"
}

case "$case_name" in
export)
  sign 0 "$uri" "$work/s.report.xml" --password-file "$work/pin.txt"
  contains "$work/s.report.xml" '<ds:Reference URI="">'
  xmllint --noout --schema "$data/schema/report.xsd" "$work/s.report.xml" 2>"$work/xmllint" ||
    { cat "$work/xmllint" >&2; fail "the signed report does not validate against report.xsd"; }
  expect_code 0 "$cptt" verify "$work/s.report.xml" --trust "$pki/trust"
  contains "$work/out" "Ký số bởi Bộ Tư pháp — Nguyễn Văn An lúc "
  expect_code 0 "$cptt" verify "$work/s.report.xml" --trust "$pki/trust" --json
  python3 - "$work/out" <<'PY' || fail "verify --json of a report signed on the token"
import json, sys
f = json.load(open(sys.argv[1]))["files"][0]
assert f["signature"]["status"] == "valid", f
assert f["signature"]["subject"] == {"organisation": "Bộ Tư pháp", "common_name": "Nguyễn Văn An"}, f
PY
  # By id, the PIN in the URI's query, the module named by module-path (not through p11-kit).
  sign 0 "pkcs11:token=cptt%20th%E1%BB%AD;id=%01?pin-value=$pin&module-path=$module" \
    "$work/i.report.xml"
  expect_code 0 "$cptt" verify "$work/i.report.xml" --trust "$pki/trust"
  # A value changed after signing on the token: caught.
  sed 's/<subjects>10000</<subjects>5000</' "$work/s.report.xml" >"$work/t.report.xml"
  cmp -s "$work/t.report.xml" "$work/s.report.xml" && fail "sed changed nothing"
  expect_code 1 "$cptt" verify "$work/t.report.xml" --trust "$pki/trust"
  ;;
review)
  "$cptt" export "$example" -o "$work/r.report.xml" >/dev/null || fail "export"
  expect_code 0 "$cptt" review "$work/r.report.xml" --review "$work/s.review.xml" --sign "$uri" \
    --password-file "$work/pin.txt" --forms-dir "$work/noforms"
  contains "$work/s.review.xml" "<signing-time>"
  expect_code 0 "$cptt" verify "$work/s.review.xml" --trust "$pki/trust"
  contains "$work/out" "s.review.xml (bản thẩm định): Ký số bởi Bộ Tư pháp — Nguyễn Văn An lúc "
  # A wrong PIN: no review written, the URI named.
  expect_code 1 "$cptt" --lang en review "$work/r.report.xml" --review "$work/w.review.xml" \
    --sign "$uri" --password-file "$work/wrong-pin.txt" --forms-dir "$work/noforms"
  contains "$work/err" "$uri: wrong PIN"
  [ -e "$work/w.review.xml" ] && fail "a review was written with a wrong PIN"
  ;;
errors)
  # Each failure: exit 1, the URI and the reason, no report written.
  lang=(--lang en)
  refused() { # uri message [export options...]
    local key="$1" message="$2"; shift 2
    sign 1 "$key" "$work/w.report.xml" "$@"
    contains "$work/err" "$message"
    [ -e "$work/w.report.xml" ] && fail "a report was written: $key"
    return 0
  }
  refused "$uri" "$uri: wrong PIN" --password-file "$work/wrong-pin.txt"
  refused "pkcs11:token=no-such-token;object=signer" \
    "pkcs11:token=no-such-token;object=signer: no PKCS#11 token matches the URI" \
    --password-file "$work/pin.txt"
  refused "pkcs11:token=cptt%20th%E1%BB%AD;object=nothing" \
    "pkcs11:token=cptt%20th%E1%BB%AD;object=nothing: the token has no private key that matches" \
    --password-file "$work/pin.txt"
  refused "pkcs11:token=cptt%20th%E1%BB%AD;object=lonely" \
    "object=lonely: the token has no X.509 certificate with the key's object/id" \
    --password-file "$work/pin.txt"
  refused "$uri" "$uri: the token needs its PIN"
  refused "$uri;slot-id=1" "not a valid PKCS#11 URI: an attribute that is not supported: slot-id"
  refused "$uri?module-path=$work/none.so" "the PKCS#11 module does not exist: $work/none.so"
  # The PIN of a URI is never printed.
  refused "$uri;pin-value=1111" "$uri;pin-value=***: wrong PIN"
  lacks "$work/err" "1111"
  # Without the engine (OpenSSL looks for it in OPENSSL_ENGINES).
  mkdir -p "$work/no-engines"
  OPENSSL_ENGINES="$work/no-engines" refused "$uri" \
    "$uri: OpenSSL's pkcs11 engine cannot be loaded (libengine-pkcs11-openssl is needed)" \
    --password-file "$work/pin.txt"
  # Nothing from the engine or the module reaches the terminal but our message.
  [ "$(wc -l <"$work/err")" -eq 1 ] || { cat "$work/err" >&2; fail "more than one line on stderr"; }
  ;;
*)
  fail "unknown case"
  ;;
esac
echo "ok [$case_name]"
