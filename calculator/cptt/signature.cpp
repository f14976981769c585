// Signing and verifying reports with libxmlsec1 (OpenSSL back end). The signature itself is
// computed and checked by xmlsec; the certificate chain, validity at the signing time and the CRL
// by OpenSSL's X509_verify_cert, against exactly the trust store the reviewer gives.
#include "cptt/signature.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <xmlsec/crypto.h>
#include <xmlsec/errors.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/templates.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

#include <cstdint>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

namespace cptt {
namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
const char* c(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// xmlsec and its crypto back end, initialised once per process; their own error printing is
// silenced (each failure is reported by the caller in its own words).
void silent(const char*, int, const char*, const char*, const char*, int, const char*) {}

bool initialise() {
  static const bool ready = [] {
    xmlInitParser();
    if (xmlSecInit() < 0 || xmlSecCheckVersion() != 1)
      return false;
    if (xmlSecCryptoAppInit(nullptr) < 0 || xmlSecCryptoInit() < 0)
      return false;
    xmlSecErrorsSetCallback(silent);
    return true;
  }();
  return ready;
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;
struct DsigFree {
  void operator()(xmlSecDSigCtx* d) const { xmlSecDSigCtxDestroy(d); }
};
using DsigCtx = std::unique_ptr<xmlSecDSigCtx, DsigFree>;
struct KeyFree {
  void operator()(xmlSecKey* k) const { xmlSecKeyDestroy(k); }
};
using Key = std::unique_ptr<xmlSecKey, KeyFree>;
struct X509Free {
  void operator()(X509* cert) const { X509_free(cert); }
};
using Cert = std::unique_ptr<X509, X509Free>;

// No network, no entity substitution, no DTD loading; libxml2 keeps its default depth limit.
Doc parse(std::string_view text) {
  if (text.size() > static_cast<std::size_t>(INT32_MAX))
    return nullptr;
  return Doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "report.xml", nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

bool is_dsig(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
         std::strcmp(c(n->ns->href), dsig_namespace) == 0 && std::strcmp(c(n->name), name) == 0;
}

std::vector<xmlNode*> element_children(xmlNode* parent) {
  std::vector<xmlNode*> out;
  for (xmlNode* n = parent->children; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE)
      out.push_back(n);
  return out;
}

// Every ds:Signature in the document, walked without recursion.
std::vector<xmlNode*> all_signatures(xmlNode* root) {
  std::vector<xmlNode*> found;
  xmlNode* n = root;
  while (n) {
    if (is_dsig(n, "Signature"))
      found.push_back(n);
    if (n->children && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (n && n != root && !n->next)
      n = n->parent;
    if (!n || n == root)
      break;
    n = n->next;
  }
  return found;
}

std::string attribute(xmlNode* n, const char* name) {
  xmlChar* value = xmlGetNoNsProp(n, x(name));
  if (!value)
    return {};
  std::string out = c(value);
  xmlFree(value);
  return out;
}

bool has_attribute(xmlNode* n, const char* name) { return xmlHasNsProp(n, x(name), nullptr); }

// The one shape accepted; empty when the signature has it, else the reason.
Text shape_error(xmlNode* root, const std::vector<xmlNode*>& signatures) {
  if (signatures.size() != 1)
    return {"nhiều hơn một chữ ký", "more than one signature"};
  xmlNode* signature = signatures.front();
  std::vector<xmlNode*> top = element_children(root);
  if (signature->parent != root || top.empty() || top.back() != signature)
    return {"chữ ký không nằm cuối phần tử gốc", "the signature is not the root's last child"};
  std::vector<xmlNode*> parts = element_children(signature);
  if (parts.empty() || !is_dsig(parts.front(), "SignedInfo"))
    return {"chữ ký thiếu SignedInfo", "the signature has no SignedInfo"};
  for (xmlNode* part : parts)
    if (!is_dsig(part, "SignedInfo") && !is_dsig(part, "SignatureValue") &&
        !is_dsig(part, "KeyInfo"))
      return {"chữ ký có phần tử không được phép: " + std::string(c(part->name)),
              "the signature holds a refused element: " + std::string(c(part->name))};
  int references = 0;
  for (xmlNode* n : element_children(parts.front()))
    if (is_dsig(n, "Reference")) {
      ++references;
      if (!has_attribute(n, "URI") || !attribute(n, "URI").empty())
        return {"tham chiếu không phải toàn bộ tài liệu (URI=\"\")",
                "the reference is not the whole document (URI=\"\")"};
    }
  if (references != 1)
    return {"chữ ký phải có đúng một tham chiếu", "the signature must have exactly one reference"};
  return {};
}

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

SignerSubject subject_of(X509* cert) {
  X509_NAME* name = X509_get_subject_name(cert);
  return {utf8_entry(name, NID_organizationName), utf8_entry(name, NID_commonName)};
}

// The certificates of KeyInfo/X509Data/X509Certificate (base64 DER), in document order.
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
        for (const xmlChar* p = content; p && *p; ++p)
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

// The signing certificate: the one that issued none of the others.
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

// The signed export time: /report/metadata/exported, as written by the report writer.
std::string exported_time(xmlNode* root) {
  for (xmlNode* meta : element_children(root)) {
    if (std::strcmp(c(meta->name), "metadata") != 0)
      continue;
    for (xmlNode* n : element_children(meta))
      if (std::strcmp(c(n->name), "exported") == 0) {
        xmlChar* content = xmlNodeGetContent(n);
        std::string out = content ? c(content) : "";
        xmlFree(content);
        return out;
      }
  }
  return {};
}

bool parse_utc(const std::string& text, std::time_t& out) {
  std::tm tm{};
  const char* end = strptime(text.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm);
  if (!end || *end != '\0')
    return false;
  out = timegm(&tm);
  return true;
}

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

// valid, untrusted or expired, by the chain at the signing time and the CRL.
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

// The file is PKCS#12 and the password opens it. Checked by OpenSSL before xmlsec loads the key:
// xmlsec 1.2.37 leaks memory when the password is wrong.
bool pkcs12_opens(const std::string& path, const std::string& password) {
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_file(path.c_str(), "rb"), &BIO_free);
  if (!bio)
    return false;
  std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(d2i_PKCS12_bio(bio.get(), nullptr),
                                                      &PKCS12_free);
  return p12 && PKCS12_verify_mac(p12.get(), password.c_str(), -1) == 1;
}

// Only the algorithms of the accepted shape may run.
bool restrict_transforms(xmlSecDSigCtx* ctx) {
  ctx->enabledReferenceUris = xmlSecTransformUriTypeEmpty;
  return xmlSecDSigCtxEnableReferenceTransform(ctx, xmlSecTransformEnvelopedId) >= 0 &&
         xmlSecDSigCtxEnableReferenceTransform(ctx, xmlSecTransformExclC14NId) >= 0 &&
         xmlSecDSigCtxEnableReferenceTransform(ctx, xmlSecTransformSha256Id) >= 0 &&
         xmlSecDSigCtxEnableSignatureTransform(ctx, xmlSecTransformExclC14NId) >= 0 &&
         xmlSecDSigCtxEnableSignatureTransform(ctx, xmlSecTransformRsaSha256Id) >= 0;
}

SignatureCheck invalid(SignatureCheck out, Text reason) {
  out.status = SignatureStatus::invalid;
  out.reason = std::move(reason);
  return out;
}

} // namespace

std::string_view to_id(SignatureStatus status) {
  switch (status) {
  case SignatureStatus::valid:
    return "valid";
  case SignatureStatus::invalid:
    return "invalid";
  case SignatureStatus::untrusted:
    return "untrusted";
  case SignatureStatus::expired:
    return "expired";
  case SignatureStatus::none:
    return "none";
  }
  return {};
}

Text signature_placement_error(pugi::xml_node root) {
  pugi::xml_node signature = root.child(signature_element);
  if (!signature)
    return {};
  if (signature.next_sibling(signature_element))
    return {"nhiều hơn một chữ ký", "more than one signature"};
  for (pugi::xml_node n = signature.next_sibling(); n; n = n.next_sibling())
    if (n.type() == pugi::node_element)
      return {"chữ ký phải là phần tử cuối", "the signature must be the last element"};
  if (std::strcmp(signature.attribute("xmlns:ds").value(), dsig_namespace) != 0)
    return {std::string("ds:Signature phải khai báo xmlns:ds=\"") + dsig_namespace + "\"",
            std::string("ds:Signature must declare the XML-DSig namespace xmlns:ds=\"") +
                dsig_namespace + "\""};
  return {};
}

SignOutcome sign_report_text(std::string_view report_text, const std::string& pkcs12_path,
                             const std::string& password) {
  SignOutcome out;
  if (!initialise()) {
    out.error = {"không khởi tạo được xmlsec", "xmlsec initialisation failed"};
    return out;
  }
  Doc doc = parse(report_text);
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) {
    out.error = {"báo cáo không phải XML hợp lệ", "the report is not well-formed XML"};
    return out;
  }
  if (!all_signatures(root).empty()) {
    out.error = {"báo cáo đã được ký", "the report is already signed"};
    return out;
  }
  Key key;
  if (pkcs12_opens(pkcs12_path, password))
    key.reset(xmlSecCryptoAppKeyLoad(pkcs12_path.c_str(), xmlSecKeyDataFormatPkcs12,
                                     password.c_str(), nullptr, nullptr));
  if (!key) {
    out.error = {"không đọc được khoá PKCS#12 (tệp hoặc mật khẩu sai): " + pkcs12_path,
                 "cannot read the PKCS#12 key (wrong file or password): " + pkcs12_path};
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
  ctx->signKey = key.release(); // the context owns the key now
  if (xmlSecDSigCtxSign(ctx.get(), signature) < 0) {
    out.error = {"ký thất bại (khoá RSA và chứng thư X.509 cần đi cùng nhau): " + pkcs12_path,
                 "signing failed (an RSA key with its X.509 certificate is needed): " +
                     pkcs12_path};
    return out;
  }
  xmlChar* bytes = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc.get(), &bytes, &size, "UTF-8");
  if (!bytes) {
    out.error = {"không ghi được báo cáo đã ký", "cannot write the signed report"};
    return out;
  }
  out.text.assign(c(bytes), static_cast<std::size_t>(size));
  xmlFree(bytes);
  return out;
}

SignatureCheck verify_report_signature(std::string_view report_text, const SignatureTrust& trust) {
  SignatureCheck out;
  // An element named Signature cannot be spelled otherwise: without the word, nothing to parse.
  if (report_text.find("Signature") == std::string_view::npos)
    return out;
  if (!initialise())
    return invalid(out, {"không khởi tạo được xmlsec", "xmlsec initialisation failed"});
  Doc doc = parse(report_text);
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root)
    return invalid(out, {"báo cáo không phải XML hợp lệ", "the report is not well-formed XML"});
  if (doc->intSubset || doc->extSubset)
    return invalid(out, {"báo cáo có DOCTYPE", "the report has a DOCTYPE"});
  const std::vector<xmlNode*> signatures = all_signatures(root);
  if (signatures.empty())
    return out; // none
  if (Text error = shape_error(root, signatures); !error.empty())
    return invalid(out, error);
  xmlNode* signature = signatures.front();

  const std::vector<Cert> certs = key_info_certificates(signature);
  X509* leaf = leaf_of(certs);
  if (!leaf)
    return invalid(out, {"chữ ký không kèm chứng thư của người ký",
                         "the signature carries no signing certificate"});
  out.subject = subject_of(leaf);
  out.signed_at = exported_time(root);
  std::time_t signed_at = 0;
  if (!parse_utc(out.signed_at, signed_at))
    return invalid(out, {"báo cáo không ghi thời điểm xuất", "the report has no export time"});

  // The key is the signing certificate's; KeyInfo is not consulted again.
  EVP_PKEY* public_key = X509_get_pubkey(leaf);
  xmlSecKeyDataPtr value = public_key ? xmlSecOpenSSLEvpKeyAdopt(public_key) : nullptr;
  if (!value) {
    EVP_PKEY_free(public_key);
    return invalid(out, {"khoá công khai không dùng được", "unusable public key"});
  }
  Key key(xmlSecKeyCreate());
  if (!key || xmlSecKeySetValue(key.get(), value) < 0) {
    xmlSecKeyDataDestroy(value);
    return invalid(out, {"khoá công khai không dùng được", "unusable public key"});
  }
  DsigCtx ctx(xmlSecDSigCtxCreate(nullptr));
  if (!ctx || !restrict_transforms(ctx.get()))
    return invalid(out, {"không tạo được ngữ cảnh kiểm tra", "cannot create the verification"});
  ctx->signKey = key.release();
  if (xmlSecDSigCtxVerify(ctx.get(), signature) < 0 || ctx->status != xmlSecDSigStatusSucceeded ||
      xmlSecPtrListGetSize(&ctx->signedInfoReferences) != 1)
    return invalid(out, {"chữ ký không khớp nội dung", "the signature does not match the content"});

  check_certificate(leaf, certs, signed_at, trust, out);
  return out;
}

} // namespace cptt
