#include "cptt/digest.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

namespace cptt {
namespace {

// Where canonical bytes go: a string, or a SHA-256 context fed through a buffer (so a large
// report is hashed without first building its whole canonical text).
class Sink {
public:
  virtual ~Sink() = default;
  virtual void write(std::string_view bytes) = 0;
};

class StringSink : public Sink {
public:
  void write(std::string_view bytes) override { out.append(bytes); }
  std::string out;
};

class HashSink : public Sink {
public:
  HashSink() : context_(EVP_MD_CTX_new(), &EVP_MD_CTX_free) {
    if (!context_ || EVP_DigestInit_ex(context_.get(), EVP_sha256(), nullptr) != 1)
      throw std::runtime_error("SHA-256 initialisation failed");
    buffer_.reserve(capacity);
  }
  void write(std::string_view bytes) override {
    if (buffer_.size() + bytes.size() > capacity)
      flush();
    if (bytes.size() > capacity)
      update(bytes);
    else
      buffer_.append(bytes);
  }
  std::string hex() {
    flush();
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context_.get(), hash, &length) != 1)
      throw std::runtime_error("SHA-256 failed");
    return to_hex(hash, length);
  }
  static std::string to_hex(const unsigned char* hash, unsigned int length) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    out.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
      out += digits[hash[i] >> 4];
      out += digits[hash[i] & 15];
    }
    return out;
  }

private:
  static constexpr std::size_t capacity = 64 * 1024;
  void flush() {
    update(buffer_);
    buffer_.clear();
  }
  void update(std::string_view bytes) {
    if (!bytes.empty() && EVP_DigestUpdate(context_.get(), bytes.data(), bytes.size()) != 1)
      throw std::runtime_error("SHA-256 failed");
  }
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context_;
  std::string buffer_;
};

void escape_into(Sink& out, std::string_view text) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* entity = nullptr;
    switch (text[i]) {
    case '&':
      entity = "&amp;";
      break;
    case '<':
      entity = "&lt;";
      break;
    case '>':
      entity = "&gt;";
      break;
    case '"':
      entity = "&quot;";
      break;
    default:
      continue;
    }
    out.write(text.substr(start, i - start));
    out.write(entity);
    start = i + 1;
  }
  out.write(text.substr(start));
}

bool whitespace_only(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

void canonical_into(Sink& out, pugi::xml_node node, std::string_view skip) {
  out.write("<");
  out.write(node.name());
  // Attributes sorted by name; elements rarely have more than a dozen, so no heap in that case.
  using Attribute = std::pair<std::string_view, std::string_view>;
  std::array<Attribute, 16> local;
  std::vector<Attribute> many;
  std::size_t count = 0;
  for (pugi::xml_attribute a : node.attributes()) {
    if (count < local.size())
      local[count] = {a.name(), a.value()};
    else {
      if (many.empty())
        many.assign(local.begin(), local.end());
      many.emplace_back(a.name(), a.value());
    }
    ++count;
  }
  Attribute* first = many.empty() ? local.data() : many.data();
  std::sort(first, first + count);
  for (std::size_t i = 0; i < count; ++i) {
    out.write(" ");
    out.write(first[i].first);
    out.write("=\"");
    escape_into(out, first[i].second);
    out.write("\"");
  }
  out.write(">");
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
  out.write("</");
  out.write(node.name());
  out.write(">");
}

} // namespace

std::string canonical_content(pugi::xml_node element, std::string_view skip) {
  StringSink sink;
  canonical_into(sink, element, skip);
  return std::move(sink.out);
}

std::string canonical_digest(pugi::xml_node element, std::string_view skip) {
  HashSink sink;
  canonical_into(sink, element, skip);
  return sink.hex();
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char hash[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), hash, &length, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("SHA-256 failed");
  return HashSink::to_hex(hash, length);
}

} // namespace cptt
