// The signer's key and certificate on a PKCS#11 token (a USB token, a smart card, SoftHSM), named
// by an RFC 7512 URI, loaded through OpenSSL's pkcs11 engine (libp11, Debian
// libengine-pkcs11-openssl) and handed to xmlsec like a PKCS#12 file's. The engine loads the
// p11-kit proxy, which finds every module registered with p11-kit; ?module-path=… names another.
//
// The engine says little when it fails, so each failure is told apart by what it did: whether it
// asked for the PIN (only when a token matched and needs a login) and what the token answered.

// The ENGINE API is deprecated in OpenSSL 3, but it is what reaches a token on Debian 12: the
// pkcs11 provider that replaces it is not packaged there.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "cptt/signature_detail.h"

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/rsa.h>
#include <openssl/ui.h>
#include <openssl/x509.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/openssl/x509.h>

#include <cstring>
#include <filesystem>

namespace cptt {
namespace {

// PKCS#11 return values the token gives a login (pkcs11t.h, not installed with OpenSSL).
constexpr unsigned long ckr_pin_incorrect = 0xA0;
constexpr unsigned long ckr_pin_invalid = 0xA1;
constexpr unsigned long ckr_pin_len_range = 0xA2;
constexpr unsigned long ckr_pin_expired = 0xA3;
constexpr unsigned long ckr_pin_locked = 0xA4;

struct TokenUri {
  std::string engine_uri;  // what the engine reads: pkcs11: and the token's and object's attributes
  std::string pin;         // pin-value, decoded
  std::string module_path; // ?module-path=, decoded
  Text error;
};

int hex_digit(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// RFC 3986 percent-decoding; false on a broken %XX.
bool decode(std::string_view in, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out += in[i];
      continue;
    }
    const int hi = i + 2 < in.size() ? hex_digit(in[i + 1]) : -1;
    const int lo = i + 2 < in.size() ? hex_digit(in[i + 2]) : -1;
    if (hi < 0 || lo < 0)
      return false;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return true;
}

Text uri_error(const std::string& what_vi, const std::string& what_en) {
  return {"URI PKCS#11 không hợp lệ: " + what_vi, "not a valid PKCS#11 URI: " + what_en};
}

// The attributes the engine matches on pass through as written; the PIN and the module are ours.
TokenUri parse_token_uri(std::string_view uri) {
  TokenUri out;
  out.engine_uri = "pkcs11:";
  std::string_view rest = uri.substr(std::strlen("pkcs11:"));
  const std::size_t question = rest.find('?');
  const std::string_view path = rest.substr(0, question);
  const std::string_view query =
      question == std::string_view::npos ? std::string_view{} : rest.substr(question + 1);
  bool first = true;
  const auto each = [&](std::string_view list, char separator, bool in_query) {
    while (!list.empty() && out.error.empty()) {
      const std::size_t end = list.find(separator);
      const std::string_view attribute = list.substr(0, end);
      list = end == std::string_view::npos ? std::string_view{} : list.substr(end + 1);
      if (attribute.empty())
        continue;
      const std::size_t equals = attribute.find('=');
      const std::string name(attribute.substr(0, equals));
      const std::string_view value =
          equals == std::string_view::npos ? std::string_view{} : attribute.substr(equals + 1);
      if (equals == std::string_view::npos) {
        out.error = uri_error("thuộc tính không có giá trị: " + name,
                              "an attribute without a value: " + name);
      } else if (name == "pin-value") {
        if (!decode(value, out.pin))
          out.error = uri_error("pin-value mã hoá sai", "pin-value is badly percent-encoded");
      } else if (name == "module-path" && in_query) {
        if (!decode(value, out.module_path))
          out.error = uri_error("module-path mã hoá sai", "module-path is badly percent-encoded");
      } else if (!in_query &&
                 (name == "token" || name == "object" || name == "id" || name == "serial" ||
                  name == "manufacturer" || name == "model" || name == "type")) {
        out.engine_uri += (first ? "" : ";") + std::string(attribute);
        first = false;
      } else {
        out.error = uri_error("thuộc tính không được hỗ trợ: " + name,
                              "an attribute that is not supported: " + name);
      }
    }
  };
  each(path, ';', false);
  each(query, '&', true);
  return out;
}

// The PIN the engine asks for through OpenSSL's UI, given from memory: never a terminal prompt.
struct PinRequest {
  const std::string* pin = nullptr;
  bool asked = false; // a token matched and wants a login
  bool given = false; // the PIN was handed over (OpenSSL's UI refuses one of under 4 characters)
};

int read_pin(UI* ui, UI_STRING* request) {
  const UI_string_types type = UI_get_string_type(request);
  if (type != UIT_PROMPT && type != UIT_VERIFY)
    return 1;
  auto* pin = static_cast<PinRequest*>(UI_get0_user_data(ui));
  if (!pin)
    return 0;
  pin->asked = true;
  if (pin->pin->empty())
    return 0;
  pin->given = UI_set_result(ui, request, pin->pin->c_str()) == 0;
  return pin->given ? 1 : 0;
}

struct UiMethodFree {
  void operator()(UI_METHOD* m) const { UI_destroy_method(m); }
};

// Holds the engine for as long as the key signs through it, with the PIN request it keeps a
// pointer to (a key that wants the PIN again for each signature asks it while signing).
struct Engine {
  ENGINE* engine = nullptr;
  bool initialised = false;
  std::string pin;
  PinRequest request{&pin};
  std::unique_ptr<UI_METHOD, UiMethodFree> ui;
  Engine() = default;
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  ~Engine() {
    if (initialised)
      ENGINE_finish(engine);
    if (engine)
      ENGINE_free(engine);
    OPENSSL_cleanse(pin.data(), pin.size());
  }
};

bool is_pin_refusal(unsigned long reason) {
  return reason == ckr_pin_incorrect || reason == ckr_pin_invalid || reason == ckr_pin_len_range ||
         reason == ckr_pin_expired || reason == ckr_pin_locked;
}

// The token's refusal of the PIN among OpenSSL's errors (0 when none), then the queue emptied so
// that what follows starts clean.
unsigned long pin_refusal() {
  unsigned long found = 0;
  while (const unsigned long code = ERR_get_error()) {
    const auto reason = static_cast<unsigned long>(ERR_GET_REASON(code));
    if (found == 0 && is_pin_refusal(reason))
      found = reason;
  }
  return found;
}

Text pin_error(unsigned long reason) {
  if (reason == ckr_pin_locked)
    return {"mã PIN của token đã bị khoá", "the token's PIN is locked"};
  if (reason == ckr_pin_expired)
    return {"mã PIN của token đã hết hạn", "the token's PIN has expired"};
  return {"mã PIN sai", "wrong PIN"};
}

// xmlsec 1.2.37 on OpenSSL 3 takes an RSA key for a private one only when it can read the private
// exponent, which a token never shows (a TODO in xmlsec's evp.c). A placeholder exponent passes
// that test; the engine's RSA method signs on the token and never reads it, and the signature is
// verified with the certificate before it is used (sign_document_text).
bool mark_private(EVP_PKEY* pkey) {
  RSA* rsa = EVP_PKEY_get1_RSA(pkey);
  if (!rsa)
    return false;
  bool ok = RSA_get0_d(rsa) != nullptr;
  if (!ok) {
    BIGNUM* placeholder = BN_dup(BN_value_one());
    ok = placeholder != nullptr && RSA_set0_key(rsa, nullptr, nullptr, placeholder) == 1;
    if (!ok)
      BN_free(placeholder);
  }
  RSA_free(rsa);
  return ok;
}

// The certificate with the key's id or label, loaded by the engine's LOAD_CERT_CTRL.
X509* load_certificate(ENGINE* engine, const std::string& uri) {
  struct {
    const char* uri;
    X509* cert;
  } request{uri.c_str(), nullptr};
  if (ENGINE_ctrl_cmd(engine, "LOAD_CERT_CTRL", 0, &request, nullptr, 0) != 1)
    return nullptr;
  return request.cert;
}

} // namespace

bool is_pkcs11_uri(std::string_view source) { return source.starts_with("pkcs11:"); }

std::string key_label(const SigningKey& key) {
  if (!is_pkcs11_uri(key.source))
    return key.source;
  // pin-value=… to the next ';', '&' or '?' becomes pin-value=***.
  std::string out = key.source;
  for (std::size_t at = out.find("pin-value="); at != std::string::npos;
       at = out.find("pin-value=", at + 1)) {
    const std::size_t begin = at + std::strlen("pin-value=");
    const std::size_t end = out.find_first_of(";&?", begin);
    out.replace(begin, end == std::string::npos ? std::string::npos : end - begin, "***");
  }
  return out;
}

namespace {

using signature_detail::Cert;
using signature_detail::Key;

struct PkeyFree {
  void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

// The engine found, told the module, initialised; empty Text when it is ready.
Text start_engine(Engine& engine, const TokenUri& uri) {
  std::error_code ignored;
  if (!uri.module_path.empty() && !std::filesystem::exists(uri.module_path, ignored))
    return {"không có mô-đun PKCS#11: " + uri.module_path,
            "the PKCS#11 module does not exist: " + uri.module_path};
  ENGINE_load_builtin_engines();
  engine.engine = ENGINE_by_id("pkcs11");
  if (!engine.engine) {
    ERR_clear_error();
    return {"không tải được engine pkcs11 của OpenSSL (cần gói libengine-pkcs11-openssl)",
            "OpenSSL's pkcs11 engine cannot be loaded (libengine-pkcs11-openssl is needed)"};
  }
  // Quiet: the engine prints its failures on stderr; they are told here in the user's words.
  ENGINE_ctrl_cmd_string(engine.engine, "QUIET", nullptr, 0);
  if (!uri.module_path.empty() &&
      ENGINE_ctrl_cmd_string(engine.engine, "MODULE_PATH", uri.module_path.c_str(), 0) != 1) {
    ERR_clear_error();
    return {"engine pkcs11 không nhận module-path", "the pkcs11 engine refused module-path"};
  }
  if (ENGINE_init(engine.engine) != 1) {
    ERR_clear_error();
    return {"không khởi động được engine pkcs11", "the pkcs11 engine does not start"};
  }
  engine.initialised = true;
  return {};
}

// Why the private key could not be loaded, from what the engine did on the way.
Text key_failure(ENGINE* engine, const TokenUri& uri, const PinRequest& request,
                 unsigned long refusal) {
  Text no_key{"token không có khoá riêng khớp với object/id của URI",
              "the token has no private key that matches the URI's object/id"};
  if (request.asked && request.pin->empty())
    return {"token cần mã PIN (--password-file hoặc pin-value trong URI)",
            "the token needs its PIN (--password-file, or pin-value in the URI)"};
  if (request.asked && (!request.given || refusal != 0))
    return pin_error(refusal);
  if (request.asked)
    return no_key; // logged in, and still no such key
  // No login was asked for: no token matched, or one that needs none lacks the key.
  Cert cert(load_certificate(engine, uri.engine_uri));
  ERR_clear_error();
  if (cert)
    return no_key;
  return {"không tìm thấy token PKCS#11 khớp với URI (token đã cắm chưa? tên token=…?)",
          "no PKCS#11 token matches the URI (is the token plugged in? its token=… name?)"};
}

// The private key and its certificate from the token; empty Text on success.
Text load_from_token(Engine& token, const TokenUri& uri, Pkey& pkey, Cert& cert) {
  ENGINE* engine = token.engine;
  token.ui.reset(UI_create_method("cptt PIN"));
  if (!token.ui || UI_method_set_reader(token.ui.get(), read_pin) != 0)
    return {"không tạo được yêu cầu mã PIN", "cannot set up the PIN request"};
  // The certificate load may log in as well: the same PIN, never a prompt.
  ENGINE_ctrl_cmd(engine, "SET_USER_INTERFACE", 0, token.ui.get(), nullptr, 0);
  ENGINE_ctrl_cmd(engine, "SET_CALLBACK_DATA", 0, &token.request, nullptr, 0);
  pkey.reset(
      ENGINE_load_private_key(engine, uri.engine_uri.c_str(), token.ui.get(), &token.request));
  const unsigned long refusal = pin_refusal();
  if (!pkey)
    return key_failure(engine, uri, token.request, refusal);
  cert.reset(load_certificate(engine, uri.engine_uri));
  ERR_clear_error();
  if (!cert)
    return {"token không có chứng thư X.509 cùng object/id với khoá",
            "the token has no X.509 certificate with the key's object/id"};
  if (X509_check_private_key(cert.get(), pkey.get()) != 1) {
    ERR_clear_error();
    return {"chứng thư trên token không đi cùng khoá riêng",
            "the certificate on the token does not belong to the private key"};
  }
  if (!mark_private(pkey.get())) {
    ERR_clear_error();
    return {"khoá trên token không phải khoá RSA", "the key on the token is not an RSA key"};
  }
  return {};
}

// The key and certificate handed to xmlsec as its own PKCS#12 loader does: the key's certificate,
// and a copy in the chain written to KeyInfo. Null when xmlsec refuses them.
Key xmlsec_key(Pkey pkey, Cert cert) {
  Key key(xmlSecKeyCreate());
  if (!key)
    return nullptr;
  xmlSecKeyDataPtr value = xmlSecOpenSSLEvpKeyAdopt(pkey.get());
  if (!value)
    return nullptr;
  (void)pkey.release(); // the key data owns it
  if (xmlSecKeySetValue(key.get(), value) < 0) {
    xmlSecKeyDataDestroy(value);
    return nullptr;
  }
  xmlSecKeyDataPtr x509 = xmlSecKeyEnsureData(key.get(), xmlSecOpenSSLKeyDataX509Id);
  Cert copy(X509_dup(cert.get()));
  if (!x509 || !copy || xmlSecOpenSSLKeyDataX509AdoptKeyCert(x509, cert.get()) < 0)
    return nullptr;
  (void)cert.release();
  if (xmlSecOpenSSLKeyDataX509AdoptCert(x509, copy.get()) < 0)
    return nullptr;
  (void)copy.release();
  return key;
}

} // namespace

namespace signature_detail {

LoadedKey load_pkcs11_key(const SigningKey& source) {
  LoadedKey out;
  const TokenUri uri = parse_token_uri(source.source);
  if (!uri.error.empty()) {
    out.error = uri.error;
    return out;
  }
  auto engine = std::make_shared<Engine>();
  if (out.error = start_engine(*engine, uri); !out.error.empty())
    return out;
  Pkey pkey;
  Cert cert;
  engine->pin = uri.pin.empty() ? source.password : uri.pin;
  if (out.error = load_from_token(*engine, uri, pkey, cert); !out.error.empty())
    return out;
  out.holder = engine; // before the key: the key signs through the engine
  out.key = xmlsec_key(std::move(pkey), std::move(cert));
  if (!out.key)
    out.error = {"xmlsec không nhận khoá và chứng thư của token",
                 "xmlsec does not take the token's key and certificate"};
  return out;
}

} // namespace signature_detail
} // namespace cptt
