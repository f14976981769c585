#!/usr/bin/env bash
# A test PKI made at test time with the openssl CLI, in DIR:
#   root.pem (trusted CA), other-root.pem (a CA the trust folder lacks),
#   signer.p12 (key + certificate from root, O and CN in Vietnamese), stranger.p12 (from other-root),
#   expired.p12 (from root, already expired), revoked.p12 (from root, revoked in crl.pem),
#   ca-as-signer.p12 (root's own key and certificate: keyUsage without digitalSignature),
#   trust/root.pem (the trust folder), password "mật khẩu" in password.txt.
# usage: make_test_pki.sh DIR
set -euo pipefail
dir="$1"
mkdir -p "$dir/trust"
cd "$dir"
password='mật khẩu'
printf '%s\n' "$password" >password.txt
quiet() { "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; "$@"; exit 1; }; }

ca() { # name subject
  quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.pem" -days 3650 \
    -utf8 -subj "$2" -addext "basicConstraints=critical,CA:true" \
    -addext "keyUsage=critical,keyCertSign,cRLSign"
}
cat >leaf.ext <<'X'
basicConstraints=CA:false
keyUsage=critical,digitalSignature,nonRepudiation
X
leaf() { # name ca days subject
  quiet openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -utf8 -subj "$4"
  quiet openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial \
    -days "$3" -extfile leaf.ext -out "$1.pem"
  quiet openssl pkcs12 -export -inkey "$1.key" -in "$1.pem" -out "$1.p12" \
    -passout "pass:$password"
}

ca root "/C=VN/O=Cơ quan chứng thực thử nghiệm/CN=CA gốc thử nghiệm"
ca other-root "/C=VN/O=Tổ chức lạ/CN=CA lạ"
leaf signer root 365 "/C=VN/O=Bộ Tư pháp/CN=Nguyễn Văn An"
leaf stranger other-root 365 "/C=VN/O=Tổ chức lạ/CN=Người lạ"
leaf expired root -1 "/C=VN/O=Bộ Tư pháp/CN=Chứng thư hết hạn"
leaf revoked root 365 "/C=VN/O=Bộ Tư pháp/CN=Chứng thư bị thu hồi"
quiet openssl pkcs12 -export -inkey root.key -in root.pem -out ca-as-signer.p12 \
  -passout "pass:$password"
cp root.pem trust/root.pem

# The CRL of root, revoking revoked.pem.
: >index.txt
echo 01 >crlnumber
cat >ca.cnf <<X
[ca]
default_ca = test
[test]
database = $dir/index.txt
crlnumber = $dir/crlnumber
default_md = sha256
default_crl_days = 30
X
quiet openssl ca -config ca.cnf -keyfile root.key -cert root.pem -revoke revoked.pem
quiet openssl ca -config ca.cnf -keyfile root.key -cert root.pem -gencrl -out crl.pem
