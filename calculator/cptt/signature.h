#pragma once
// Signed reports and reviews: an enveloped XML Signature (W3C XML-DSig: RSA-SHA256, exclusive
// C14N, one Reference URI="" with the enveloped-signature transform) over the whole document, made
// and checked by libxmlsec1 with its OpenSSL back end. The signer's key and certificate come from a
// PKCS#12 file or from a PKCS#11 token (a USB token, through OpenSSL's pkcs11 engine); the verifier
// checks the certificate chain against a folder of PEM certificates (or the system's trust store),
// its validity at the signing time the signature covers (a report's <exported>, a review's
// <signing-time>) and, when given, a CRL.
//
// Against signature wrapping the verifier accepts one shape only: exactly one ds:Signature in the
// document, the root's last child, with exactly one Reference, URI="" (the whole document), its
// transforms enveloped-signature and exclusive C14N, and no ds:Object.
#include "cptt/text.h"

#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace cptt {

inline constexpr const char* dsig_namespace = "http://www.w3.org/2000/09/xmldsig#";
// The signature element as the report's readers see it (pugixml keeps the prefix).
inline constexpr const char* signature_element = "ds:Signature";

enum class SignatureStatus {
  valid,     // the signature verifies and the certificate chains to a trusted root
  invalid,   // the signature does not verify, or its shape is refused (wrapping)
  untrusted, // it verifies, but the certificate does not chain to a trusted root, or is revoked
  expired,   // it verifies, but a certificate was not valid at the signing time
  none       // the document is not signed
};
std::string_view to_id(SignatureStatus status); // "valid", "invalid", …

struct SignerSubject {
  std::string organisation; // O
  std::string common_name;  // CN
};

struct SignatureCheck {
  SignatureStatus status = SignatureStatus::none;
  SignerSubject subject; // of the signing certificate, when one was found
  std::string signed_at; // the signing time the signature covers (a report's export time)
  Text reason;           // why not valid; empty when valid or none
};

struct SignatureTrust {
  std::string trust_dir; // PEM certificates (*.pem, *.crt, *.cer); empty: the system trust store
  std::string crl_file;  // PEM or DER; empty: no revocation check
};

struct SignOutcome {
  std::string text; // the signed document
  Text error;       // empty on success
};

// Where the signer's key and certificate are, and what opens them. The one difference between a
// key file and a token: signing itself is the same.
struct SigningKey {
  // A PKCS#12 file's path, or an RFC 7512 URI naming a token's key and certificate:
  // "pkcs11:token=…;object=…" (or id=…), with an optional pin-value and, in the query,
  // ?module-path=… for a token whose PKCS#11 module p11-kit does not know.
  std::string source;
  std::string password; // the PKCS#12 file's password, or the token's PIN
};
// The source starts with "pkcs11:".
bool is_pkcs11_uri(std::string_view source);
// The source as messages show it: a URI's pin-value hidden.
std::string key_label(const SigningKey& key);

// Signs the XML text of an exported report or of a review (which must hold its signing time) with
// the key and certificate the SigningKey names.
SignOutcome sign_document_text(std::string_view text, const SigningKey& key);
// Verifies the signature of a report's or a review's XML text (the same bytes its reader reads).
SignatureCheck verify_document_signature(std::string_view text, const SignatureTrust& trust);

// For the report and review readers: empty when `root` has no ds:Signature child or has one in
// the one place and form allowed (the last child, declaring the XML-DSig namespace); else the
// message.
Text signature_placement_error(pugi::xml_node root);

} // namespace cptt
