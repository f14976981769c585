// The signer's certificate: who it names, and whether it chains to the trust store the reviewer
// gives at the signing time and is not revoked, judged by OpenSSL's X509_verify_cert against
// exactly that store.
#include "cptt/signature_detail.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <cstdint>
#include <filesystem>

namespace cptt::signature_detail {
namespace {

std::string utf8_entry(X509_NAME* name, int nid) {
  const int index = X509_NAME_get_index_by_NID(name, nid, -1);
  if (index < 0)
    return {};
  unsigned char* utf8 = nullptr;
  const int length =
      ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
  if (length < 0)
    return {};
  std::string out(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(length));
  OPENSSL_free(utf8);
  return out;
}

} // namespace

SignerSubject subject_of(X509* cert) {
  X509_NAME* name = X509_get_subject_name(cert);
  return {utf8_entry(name, NID_organizationName), utf8_entry(name, NID_commonName)};
}

// base64 DER.
std::vector<Cert> key_info_certificates(xmlNode* signature) {
  std::vector<Cert> out;
  for (xmlNode* info : element_children(signature)) {
    if (!is_dsig(info, "KeyInfo"))
      continue;
    for (xmlNode* data : element_children(info)) {
      if (!is_dsig(data, "X509Data"))
        continue;
      for (xmlNode* cert : element_children(data)) {
        if (!is_dsig(cert, "X509Certificate"))
          continue;
        xmlChar* content = xmlNodeGetContent(cert);
        std::string base64;
        for (const xmlChar* p = content; p != nullptr && *p != 0; ++p)
          if (*p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
            base64 += static_cast<char>(*p);
        xmlFree(content);
        std::vector<unsigned char> der(base64.size());
        const int decoded =
            EVP_DecodeBlock(der.data(), reinterpret_cast<const unsigned char*>(base64.data()),
                            static_cast<int>(base64.size()));
        if (decoded <= 0)
          continue;
        // EVP_DecodeBlock counts the padding as zero bytes; d2i reads only the DER it needs.
        const unsigned char* p = der.data();
        if (X509* parsed = d2i_X509(nullptr, &p, decoded))
          out.emplace_back(parsed);
      }
    }
  }
  return out;
}

X509* leaf_of(const std::vector<Cert>& certs) {
  X509* leaf = nullptr;
  for (const Cert& candidate : certs) {
    bool issuer = false;
    for (const Cert& other : certs)
      if (other != candidate && X509_check_issued(candidate.get(), other.get()) == X509_V_OK)
        issuer = true;
    if (!issuer) {
      if (leaf)
        return nullptr; // two unrelated certificates: which one signed is not said
      leaf = candidate.get();
    }
  }
  return leaf;
}

namespace {

struct StoreFree {
  void operator()(X509_STORE* s) const { X509_STORE_free(s); }
};
using Store = std::unique_ptr<X509_STORE, StoreFree>;
struct StoreCtxFree {
  void operator()(X509_STORE_CTX* s) const { X509_STORE_CTX_free(s); }
};
struct StackFree {
  void operator()(STACK_OF(X509) * s) const { sk_X509_free(s); }
};

// The trust store: exactly the certificates of `dir`, or the system's when `dir` is empty.
Store trust_store(const std::string& dir, Text& error) {
  Store store(X509_STORE_new());
  if (!store) {
    error = {"OpenSSL: không tạo được kho chứng thư (X509_STORE_new)",
             "OpenSSL: cannot create the certificate store (X509_STORE_new)"};
    return nullptr;
  }
  if (dir.empty()) {
    X509_STORE_set_default_paths(store.get());
    return store;
  }
  std::error_code ec;
  int loaded = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file(ec) || (ext != ".pem" && ext != ".crt" && ext != ".cer"))
      continue;
    if (X509_STORE_load_file(store.get(), entry.path().c_str()) == 1)
      ++loaded;
  }
  if (ec || loaded == 0) {
    error = {"thư mục tin cậy không có chứng thư nào đọc được: " + dir,
             "the trust folder holds no readable certificate: " + dir};
    return nullptr;
  }
  return store;
}

bool add_crl(X509_STORE* store, const std::string& path) {
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_file(path.c_str(), "rb"), &BIO_free);
  if (!bio)
    return false;
  X509_CRL* crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr);
  if (!crl) {
    BIO_reset(bio.get());
    crl = d2i_X509_CRL_bio(bio.get(), nullptr);
  }
  if (!crl)
    return false;
  const int added = X509_STORE_add_crl(store, crl);
  X509_CRL_free(crl);
  return added == 1;
}

// X509_verify_cert of `leaf` (with the other certificates as intermediates); its error code.
int chain_error(X509_STORE* store, X509* leaf, const std::vector<Cert>& certs, unsigned long flags,
                std::time_t at) {
  std::unique_ptr<STACK_OF(X509), StackFree> chain(sk_X509_new_null());
  for (const Cert& cert : certs)
    if (cert.get() != leaf)
      sk_X509_push(chain.get(), cert.get());
  std::unique_ptr<X509_STORE_CTX, StoreCtxFree> context(X509_STORE_CTX_new());
  if (!context || X509_STORE_CTX_init(context.get(), store, leaf, chain.get()) != 1)
    return X509_V_ERR_UNSPECIFIED;
  X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
  X509_VERIFY_PARAM_set_flags(param, flags);
  if ((flags & X509_V_FLAG_NO_CHECK_TIME) == 0)
    X509_VERIFY_PARAM_set_time(param, at);
  return X509_verify_cert(context.get()) == 1 ? X509_V_OK : X509_STORE_CTX_get_error(context.get());
}

} // namespace

void check_certificate(X509* leaf, const std::vector<Cert>& certs, std::time_t signed_at,
                       const SignatureTrust& trust, SignatureCheck& out) {
  // A certificate for other uses (a CA's, a server's) does not sign documents.
  const std::uint32_t usage = X509_get_key_usage(leaf);
  if (usage != UINT32_MAX && (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) == 0) {
    out.status = SignatureStatus::untrusted;
    out.reason = {"chứng thư không dùng để ký (keyUsage)",
                  "the certificate is not for signing (keyUsage)"};
    return;
  }
  Text error;
  Store store = trust_store(trust.trust_dir, error);
  if (!store) {
    out.status = SignatureStatus::untrusted;
    out.reason = error;
    return;
  }
  // Validity at the signing time: a certificate that expired since still proves the signature.
  const int at_signing = chain_error(store.get(), leaf, certs, 0, signed_at);
  if (at_signing == X509_V_ERR_CERT_HAS_EXPIRED || at_signing == X509_V_ERR_CERT_NOT_YET_VALID) {
    out.status = SignatureStatus::expired;
    out.reason = {"chứng thư không còn hoặc chưa có hiệu lực lúc ký (" + out.signed_at + ")",
                  "a certificate was not valid at the signing time (" + out.signed_at + ")"};
    return;
  }
  if (at_signing != X509_V_OK) {
    out.status = SignatureStatus::untrusted;
    const std::string why = X509_verify_cert_error_string(at_signing);
    out.reason = {"chứng thư không thuộc nơi tin cậy: " + why,
                  "the certificate is not trusted: " + why};
    return;
  }
  if (trust.crl_file.empty()) {
    out.status = SignatureStatus::valid;
    return;
  }
  // Revocation by the CRL as it stands now (a CRL is issued after the signature it judges).
  if (!add_crl(store.get(), trust.crl_file)) {
    out.status = SignatureStatus::untrusted;
    out.reason = {"không đọc được danh sách thu hồi: " + trust.crl_file,
                  "cannot read the CRL: " + trust.crl_file};
    return;
  }
  const int revocation =
      chain_error(store.get(), leaf, certs, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_NO_CHECK_TIME, 0);
  if (revocation == X509_V_OK) {
    out.status = SignatureStatus::valid;
    return;
  }
  out.status = SignatureStatus::untrusted;
  const std::string why = X509_verify_cert_error_string(revocation);
  out.reason =
      revocation == X509_V_ERR_CERT_REVOKED
          ? Text{"chứng thư đã bị thu hồi", "the certificate is revoked"}
          : Text{"kiểm tra thu hồi thất bại: " + why, "the revocation check failed: " + why};
}

} // namespace cptt::signature_detail
