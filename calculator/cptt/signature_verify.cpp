// Verifying the signature of a report or a review with libxmlsec1 (OpenSSL back end): the shape
// first (against signature wrapping), then the signature with the signing certificate's key and
// only the accepted algorithms, then the certificate (signature_trust.cpp).
#include "cptt/signature_detail.h"

#include <openssl/evp.h>
#include <xmlsec/crypto.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

namespace cptt {
namespace {

using namespace signature_detail;

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

SignatureCheck verify_document_signature(std::string_view text, const SignatureTrust& trust) {
  SignatureCheck out;
  // An element named Signature cannot be spelled otherwise: without the word, nothing to parse.
  if (text.find("Signature") == std::string_view::npos)
    return out;
  if (!initialise())
    return invalid(out, {"không khởi tạo được xmlsec", "xmlsec initialisation failed"});
  Doc doc = parse(text);
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root)
    return invalid(out, {"tài liệu không phải XML hợp lệ", "the document is not well-formed XML"});
  if (doc->intSubset || doc->extSubset)
    return invalid(out, {"tài liệu có DOCTYPE", "the document has a DOCTYPE"});
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
  out.signed_at = signing_time(root);
  std::time_t signed_at = 0;
  if (!parse_utc(out.signed_at, signed_at))
    return invalid(out, {"tài liệu không ghi thời điểm ký (<exported> của báo cáo, <signing-time> "
                         "của bản thẩm định)",
                         "the document has no signing time (a report's <exported>, a review's "
                         "<signing-time>)"});

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
