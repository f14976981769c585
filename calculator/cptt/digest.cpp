#include "cptt/digest.h"
#include "cptt/signature.h"

#include "cptt/text.h"

#include <openssl/evp.h>

#include <array>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace cptt {
namespace {

// Bytes that stop the copy of a pugixml string: its terminating NUL and the four characters the
// canonical form escapes. One table look-up per byte instead of strlen, a scan and a memcpy.
constexpr std::array<bool, 256> stop_bytes = [] {
  std::array<bool, 256> stop{};
  for (unsigned char c : {'\0', '&', '<', '>', '"'})
    stop[c] = true;
  return stop;
}();

const char* entity_of(char c) {
  switch (c) {
  case '&':
    return "&amp;";
  case '<':
    return "&lt;";
  case '>':
    return "&gt;";
  default:
    return "&quot;";
  }
}

// Canonical bytes are gathered in a fixed buffer and handed on in blocks: to a string, or to a
// SHA-256 context (so a large report is hashed without first building its whole canonical text).
// Not virtual: the writer is a template over the sink, so the many small writes inline.
template <class Flush> class Buffered {
public:
  explicit Buffered(Flush flush) : flush_(std::move(flush)) {}

  void write(std::string_view bytes) {
    if (bytes.size() > capacity - size_) {
      flush();
      if (bytes.size() > capacity) {
        flush_(bytes);
        return;
      }
    }
    std::memcpy(buffer_.data() + size_, bytes.data(), bytes.size());
    size_ += bytes.size();
  }
  void put(char c) {
    if (size_ == capacity)
      flush();
    buffer_[size_++] = c;
  }
  // A NUL-terminated pugixml string with & < > " escaped.
  void write_escaped(const char* s) {
    for (;;) {
      const char* start = s;
      while (!stop_bytes[static_cast<unsigned char>(*s)])
        ++s;
      write(std::string_view(start, static_cast<std::size_t>(s - start)));
      if (*s == '\0')
        return;
      write(entity_of(*s));
      ++s;
    }
  }
  void flush() {
    if (size_ > 0)
      flush_(std::string_view(buffer_.data(), size_));
    size_ = 0;
  }

private:
  static constexpr std::size_t capacity = std::size_t{16} * 1024;
  Flush flush_;
  std::size_t size_ = 0;
  std::array<char, capacity> buffer_;
};

// SHA-256 fetched once: in OpenSSL 3, EVP_sha256() in each EVP_DigestInit_ex means a provider
// look-up under a lock per report, which the review's worker threads would contend for.
const EVP_MD* sha256_algorithm() {
  static const EVP_MD* const fetched = [] {
    const EVP_MD* md = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    return md ? md : EVP_sha256();
  }();
  return fetched;
}

class Sha256 {
public:
  Sha256() : context_(EVP_MD_CTX_new(), &EVP_MD_CTX_free) {
    if (!context_ || EVP_DigestInit_ex(context_.get(), sha256_algorithm(), nullptr) != 1)
      throw Error({"không khởi tạo được SHA-256", "SHA-256 initialisation failed"});
  }
  void update(std::string_view bytes) {
    if (!bytes.empty() && EVP_DigestUpdate(context_.get(), bytes.data(), bytes.size()) != 1)
      throw Error({"không tính được SHA-256", "SHA-256 failed"});
  }
  std::string hex() {
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context_.get(), hash, &length) != 1)
      throw Error({"không tính được SHA-256", "SHA-256 failed"});
    return to_hex(hash, length);
  }
  static std::string to_hex(const unsigned char* hash, unsigned int length) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    out.reserve(std::size_t{length} * 2);
    for (unsigned int i = 0; i < length; ++i) {
      out += digits[hash[i] >> 4];
      out += digits[hash[i] & 15];
    }
    return out;
  }

private:
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context_;
};

// Whitespace-only text between elements carries no content.
bool whitespace_only(const char* s) {
  for (; *s != '\0'; ++s)
    if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
      return false;
  return true;
}

struct Attribute {
  const char* name;
  const char* value;
};

// By name, then (duplicate names) by value; bytes compared unsigned, as std::string_view does.
bool after(const Attribute& a, const Attribute& b) {
  // Names mostly differ in their first byte: decide those without a call.
  const auto first_a = static_cast<unsigned char>(a.name[0]);
  const auto first_b = static_cast<unsigned char>(b.name[0]);
  if (first_a != first_b)
    return first_a > first_b;
  const int by_name = std::strcmp(a.name, b.name);
  return by_name > 0 || (by_name == 0 && std::strcmp(a.value, b.value) > 0);
}

// Attributes in name order. Elements rarely have more than a handful, so an insertion sort on a
// fixed array; a larger element continues in a vector.
template <class Sink> void write_attributes(Sink& out, pugi::xml_node node) {
  std::array<Attribute, 16> local;
  std::vector<Attribute> many;
  std::size_t count = 0;
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (count == local.size() && many.empty())
      many.assign(local.begin(), local.end());
    Attribute* sorted = local.data();
    if (!many.empty()) {
      many.emplace_back();
      sorted = many.data();
    }
    const Attribute next{a.name(), a.value()};
    std::size_t i = count++;
    for (; i > 0 && after(sorted[i - 1], next); --i)
      sorted[i] = sorted[i - 1];
    sorted[i] = next;
  }
  const Attribute* sorted = many.empty() ? local.data() : many.data();
  for (std::size_t i = 0; i < count; ++i) {
    out.put(' ');
    out.write(sorted[i].name);
    out.write("=\"");
    out.write_escaped(sorted[i].value);
    out.put('"');
  }
}

template <class Sink> void open_tag(Sink& out, pugi::xml_node node) {
  out.put('<');
  out.write(node.name());
  write_attributes(out, node);
  out.put('>');
  // Text parsed with parse_embed_pcdata lives in the element itself.
  if (const char* text = node.value(); !whitespace_only(text))
    out.write_escaped(text);
}

template <class Sink> void close_tag(Sink& out, pugi::xml_node node) {
  out.write("</");
  out.write(node.name());
  out.put('>');
}

// A child of the top element the digest does not cover: `skip`, and the XML signature (which
// covers the digest, not the reverse).
bool left_out(std::string_view name, std::string_view skip) {
  return (!skip.empty() && name == skip) || name == signature_element;
}

// Depth-first by first_child / next_sibling / parent, not by recursion: however deep a file
// nests (XmlSource refuses more than max_xml_depth), the stack stays flat.
template <class Sink> void canonical_into(Sink& out, pugi::xml_node top, std::string_view skip) {
  open_tag(out, top);
  pugi::xml_node node = top.first_child();
  while (node) {
    bool entered = false;
    switch (node.type()) {
    case pugi::node_element:
      if (node.parent() != top || !left_out(node.name(), skip)) {
        open_tag(out, node);
        if (pugi::xml_node child = node.first_child()) {
          node = child;
          entered = true;
        } else {
          close_tag(out, node);
        }
      }
      break;
    case pugi::node_pcdata:
    case pugi::node_cdata:
      if (const char* text = node.value(); !whitespace_only(text))
        out.write_escaped(text);
      break;
    default:
      break; // comments and processing instructions carry no content
    }
    if (entered)
      continue;
    // Up to the next sibling, closing each element left on the way.
    while (!node.next_sibling()) {
      node = node.parent();
      if (node == top) {
        close_tag(out, top);
        return;
      }
      close_tag(out, node);
    }
    node = node.next_sibling();
  }
  close_tag(out, top);
}

} // namespace

std::string canonical_content(pugi::xml_node element, std::string_view skip) {
  std::string text;
  Buffered sink([&text](std::string_view bytes) { text.append(bytes); });
  canonical_into(sink, element, skip);
  sink.flush();
  return text;
}

std::string canonical_digest(pugi::xml_node element, std::string_view skip) {
  Sha256 sha;
  Buffered sink([&sha](std::string_view bytes) { sha.update(bytes); });
  canonical_into(sink, element, skip);
  sink.flush();
  return sha.hex();
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char hash[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), hash, &length, sha256_algorithm(), nullptr) != 1)
    throw Error({"không tính được SHA-256", "SHA-256 failed"});
  return Sha256::to_hex(hash, length);
}

} // namespace cptt
