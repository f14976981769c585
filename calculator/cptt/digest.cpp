#include "cptt/digest.h"

#include <openssl/evp.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

namespace cptt {
namespace {

void escape_into(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    default:
      out += c;
    }
  }
}

bool whitespace_only(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

void canonical_into(std::string& out, pugi::xml_node node, std::string_view skip) {
  out += '<';
  out += node.name();
  std::vector<std::pair<std::string_view, std::string_view>> attributes;
  for (pugi::xml_attribute a : node.attributes())
    attributes.emplace_back(a.name(), a.value());
  std::sort(attributes.begin(), attributes.end());
  for (const auto& [name, value] : attributes) {
    out += ' ';
    out += name;
    out += "=\"";
    escape_into(out, value);
    out += '"';
  }
  out += '>';
  // Text parsed with parse_embed_pcdata lives in the element itself.
  if (!whitespace_only(node.value()))
    escape_into(out, node.value());
  for (pugi::xml_node child : node.children()) {
    switch (child.type()) {
    case pugi::node_element:
      if (skip.empty() || std::string_view(child.name()) != skip)
        canonical_into(out, child, {});
      break;
    case pugi::node_pcdata:
    case pugi::node_cdata:
      if (!whitespace_only(child.value()))
        escape_into(out, child.value());
      break;
    default:
      break; // comments and processing instructions carry no content
    }
  }
  out += "</";
  out += node.name();
  out += '>';
}

} // namespace

std::string canonical_content(pugi::xml_node element, std::string_view skip) {
  std::string out;
  canonical_into(out, element, skip);
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char hash[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), hash, &length, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("SHA-256 failed");
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[hash[i] >> 4];
    out += hex[hash[i] & 15];
  }
  return out;
}

} // namespace cptt
