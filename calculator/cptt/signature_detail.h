#pragma once
// What the signer and the verifier share (cptt/signature.h): libxml2 and xmlsec set up once, the
// document parsed without network or entities, the one accepted signature shape, and the signing
// time each document kind carries. Internal to the core.
#include "cptt/signature.h"

#include <libxml/tree.h>
#include <openssl/x509.h>
#include <xmlsec/keys.h>
#include <xmlsec/xmldsig.h>

#include <ctime>
#include <memory>
#include <vector>

namespace cptt::signature_detail {

inline const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
inline const char* c(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// xmlsec and its crypto back end, initialised once per process; false when that failed.
bool initialise();

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;
struct X509Free {
  void operator()(X509* cert) const { X509_free(cert); }
};
using Cert = std::unique_ptr<X509, X509Free>;
struct DsigFree {
  void operator()(xmlSecDSigCtx* d) const { xmlSecDSigCtxDestroy(d); }
};
using DsigCtx = std::unique_ptr<xmlSecDSigCtx, DsigFree>;
struct KeyFree {
  void operator()(xmlSecKey* k) const { xmlSecKeyDestroy(k); }
};
using Key = std::unique_ptr<xmlSecKey, KeyFree>;

// The signer's key with its certificate, as xmlsec signs with it. `holder` keeps alive what the
// key works through (a token's engine) until the key is gone: declared first, it is freed last.
struct LoadedKey {
  std::shared_ptr<void> holder;
  Key key;
  Text error; // why there is no key
};
// From a PKCS#12 file (signature_sign.cpp) or a PKCS#11 token (signature_pkcs11.cpp).
LoadedKey load_pkcs12_key(const SigningKey& source);
LoadedKey load_pkcs11_key(const SigningKey& source);

// No network, no entity substitution, no DTD loading; libxml2 keeps its default depth limit.
Doc parse(std::string_view text);

bool is_dsig(const xmlNode* n, const char* name);
std::vector<xmlNode*> element_children(xmlNode* parent);
// Every ds:Signature in the document, walked without recursion.
std::vector<xmlNode*> all_signatures(xmlNode* root);
// The one shape accepted; empty when the signature has it, else the reason.
Text shape_error(xmlNode* root, const std::vector<xmlNode*>& signatures);

// The signing time the signature covers, as its writer put it: a report's
// /report/metadata/exported, a review's /review/signing-time; empty when there is none.
std::string signing_time(xmlNode* root);
// "2026-11-29T16:00:00Z" as a time; false when the text is not of that form.
bool parse_utc(const std::string& text, std::time_t& out);

// The certificates of KeyInfo/X509Data/X509Certificate, in document order.
std::vector<Cert> key_info_certificates(xmlNode* signature);
// The signing certificate: the one that issued none of the others (null when not one such).
X509* leaf_of(const std::vector<Cert>& certs);
SignerSubject subject_of(X509* cert);
// valid, untrusted or expired, by the chain at the signing time and the CRL.
void check_certificate(X509* leaf, const std::vector<Cert>& certs, std::time_t signed_at,
                       const SignatureTrust& trust, SignatureCheck& out);

} // namespace cptt::signature_detail
