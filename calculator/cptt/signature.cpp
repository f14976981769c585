// The signed document as both the signer and the verifier see it: xmlsec set up, the text parsed
// by libxml2, the one signature shape accepted, the signing time each kind of document carries;
// and the placement check the strict readers make on their own parse.
#include "cptt/signature_detail.h"

#include <libxml/parser.h>
#include <xmlsec/crypto.h>
#include <xmlsec/errors.h>
#include <xmlsec/xmlsec.h>

#include <cstdint>
#include <cstring>

namespace cptt {
namespace signature_detail {
namespace {

// xmlsec's own error printing is silenced: each failure is reported by the caller in its own
// words.
void silent(const char*, int, const char*, const char*, const char*, int, const char*) {}

} // namespace

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

Doc parse(std::string_view text) {
  if (text.size() > static_cast<std::size_t>(INT32_MAX))
    return nullptr;
  return Doc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "document.xml", nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

bool is_dsig(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && n->ns != nullptr && n->ns->href != nullptr &&
         std::strcmp(c(n->ns->href), dsig_namespace) == 0 && std::strcmp(c(n->name), name) == 0;
}

std::vector<xmlNode*> element_children(xmlNode* parent) {
  std::vector<xmlNode*> out;
  for (xmlNode* n = parent->children; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE)
      out.push_back(n);
  return out;
}

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

namespace {

std::string attribute(xmlNode* n, const char* name) {
  xmlChar* value = xmlGetNoNsProp(n, x(name));
  if (!value)
    return {};
  std::string out = c(value);
  xmlFree(value);
  return out;
}

bool has_attribute(xmlNode* n, const char* name) {
  return xmlHasNsProp(n, x(name), nullptr) != nullptr;
}

std::string text_of(xmlNode* n) {
  xmlChar* content = xmlNodeGetContent(n);
  std::string out = content ? c(content) : "";
  xmlFree(content);
  return out;
}

} // namespace

std::string signing_time(xmlNode* root) {
  if (std::strcmp(c(root->name), "review") == 0) {
    for (xmlNode* n : element_children(root))
      if (std::strcmp(c(n->name), "signing-time") == 0)
        return text_of(n);
    return {};
  }
  for (xmlNode* meta : element_children(root)) {
    if (std::strcmp(c(meta->name), "metadata") != 0)
      continue;
    for (xmlNode* n : element_children(meta))
      if (std::strcmp(c(n->name), "exported") == 0)
        return text_of(n);
  }
  return {};
}

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

bool parse_utc(const std::string& text, std::time_t& out) {
  std::tm tm{};
  const char* end = strptime(text.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm);
  if (!end || *end != '\0')
    return false;
  out = timegm(&tm);
  return true;
}

} // namespace signature_detail

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
  if (!signature.next_sibling(signature_element).empty())
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

} // namespace cptt
