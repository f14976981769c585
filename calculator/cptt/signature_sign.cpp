// Signing a report or a review with libxmlsec1 (OpenSSL back end): the key and certificate of a
// PKCS#12 file or of a PKCS#11 token (signature_pkcs11.cpp), an enveloped signature of the one
// accepted shape as the root's last child.
#include "cptt/signature_detail.h"

#include "cptt/file_read.h"

#include <openssl/pkcs12.h>
#include <xmlsec/app.h>
#include <xmlsec/crypto.h>
#include <xmlsec/templates.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

namespace cptt {
namespace {

using namespace signature_detail;

// The bytes are PKCS#12 and the password opens them. Checked by OpenSSL before xmlsec loads the
// key: xmlsec 1.2.37 leaks memory when the password is wrong.
bool pkcs12_opens(const FileBytes& bytes, const std::string& password) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data.get());
  std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(
      d2i_PKCS12(nullptr, &p, static_cast<long>(bytes.size)), &PKCS12_free);
  return p12 && PKCS12_verify_mac(p12.get(), password.c_str(), -1) == 1;
}

} // namespace

namespace signature_detail {

LoadedKey load_pkcs12_key(const SigningKey& source) {
  LoadedKey out;
  const std::string& path = source.source;
  // Read once, as every reader does (why it cannot be opened is said); OpenSSL and xmlsec both
  // parse these same bytes.
  constexpr std::size_t max_key_bytes = std::size_t{1024} * 1024;
  const FileBytes key_bytes = read_regular_file(path, max_key_bytes);
  if (!key_bytes) {
    out.error =
        Text{"không đọc được khoá PKCS#12: ", "cannot read the PKCS#12 key: "} + key_bytes.message;
    return out;
  }
  if (pkcs12_opens(key_bytes, source.password))
    out.key.reset(xmlSecCryptoAppPkcs12LoadMemory(
        reinterpret_cast<const xmlSecByte*>(key_bytes.data.get()),
        static_cast<xmlSecSize>(key_bytes.size), source.password.c_str(), nullptr, nullptr));
  if (!out.key)
    out.error = {"không đọc được khoá PKCS#12 (tệp hoặc mật khẩu sai): " + path,
                 "cannot read the PKCS#12 key (wrong file or password): " + path};
  return out;
}

} // namespace signature_detail

SignOutcome sign_document_text(std::string_view text, const SigningKey& source) {
  SignOutcome out;
  if (!initialise()) {
    out.error = {"không khởi tạo được xmlsec", "xmlsec initialisation failed"};
    return out;
  }
  Doc doc = parse(text);
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) {
    out.error = {"tài liệu không phải XML hợp lệ", "the document is not well-formed XML"};
    return out;
  }
  if (!all_signatures(root).empty()) {
    out.error = {"tài liệu đã được ký", "the document is already signed"};
    return out;
  }
  // The verifier judges the certificate at the signing time the signature covers: without one in
  // the document, the signature could never be checked.
  std::time_t at = 0;
  if (!parse_utc(signing_time(root), at)) {
    out.error = {"tài liệu không ghi thời điểm ký", "the document has no signing time"};
    return out;
  }
  // Declared before the signing context: what the key works through outlives it.
  LoadedKey key = is_pkcs11_uri(source.source) ? load_pkcs11_key(source) : load_pkcs12_key(source);
  if (!key.key) {
    out.error = key.error;
    return out;
  }
  xmlNode* signature = xmlSecTmplSignatureCreateNsPref(
      doc.get(), xmlSecTransformExclC14NId, xmlSecTransformRsaSha256Id, nullptr, x("ds"));
  if (!signature || !xmlAddChild(root, signature)) {
    out.error = {"không tạo được chữ ký", "cannot create the signature"};
    return out;
  }
  xmlNode* reference =
      xmlSecTmplSignatureAddReference(signature, xmlSecTransformSha256Id, nullptr, x(""), nullptr);
  xmlNode* key_info = xmlSecTmplSignatureEnsureKeyInfo(signature, nullptr);
  xmlNode* x509 = key_info ? xmlSecTmplKeyInfoAddX509Data(key_info) : nullptr;
  if (!reference || !xmlSecTmplReferenceAddTransform(reference, xmlSecTransformEnvelopedId) ||
      !xmlSecTmplReferenceAddTransform(reference, xmlSecTransformExclC14NId) || !x509 ||
      !xmlSecTmplX509DataAddCertificate(x509)) {
    out.error = {"không tạo được chữ ký", "cannot create the signature"};
    return out;
  }
  DsigCtx ctx(xmlSecDSigCtxCreate(nullptr));
  if (!ctx) {
    out.error = {"không tạo được chữ ký", "cannot create the signature"};
    return out;
  }
  ctx->signKey = key.key.release(); // the context owns the key now
  if (xmlSecDSigCtxSign(ctx.get(), signature) < 0) {
    out.error = {"ký thất bại (khoá RSA và chứng thư X.509 cần đi cùng nhau): " + key_label(source),
                 "signing failed (an RSA key with its X.509 certificate is needed): " +
                     key_label(source)};
    return out;
  }
  xmlChar* bytes = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc.get(), &bytes, &size, "UTF-8");
  if (!bytes) {
    out.error = {"không ghi được tài liệu đã ký", "cannot write the signed document"};
    return out;
  }
  out.text.assign(c(bytes), static_cast<std::size_t>(size));
  xmlFree(bytes);
  // A token's key signs through its own module: the result is checked against the certificate
  // (whatever the trust in it) before anyone relies on it.
  if (is_pkcs11_uri(source.source) &&
      verify_document_signature(out.text, {}).status == SignatureStatus::invalid) {
    out.text.clear();
    out.error = {"chữ ký của token không khớp với chứng thư: " + key_label(source),
                 "the token's signature does not verify with its certificate: " +
                     key_label(source)};
  }
  return out;
}

} // namespace cptt
