#include "cptt/xml_source.h"

#include "cptt/file_read.h"
#include "cptt/xml_structure.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace cptt {

std::size_t find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time: the bulk of a dossier is markup and digits.
    if (i + 8 <= n) {
      std::uint64_t block;
      std::memcpy(&block, s + i, 8);
      const std::uint64_t high = block & 0x8080808080808080ull;
      if (high == 0) {
        i += 8;
        continue;
      }
      // Vietnamese text mixes ASCII and multi-byte letters: skip straight to the first
      // non-ASCII byte of the block (little-endian: the lowest set bit is the earliest byte).
      if constexpr (std::endian::native == std::endian::little)
        i += static_cast<std::size_t>(std::countr_zero(high)) / 8;
    }
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n)
      return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80)
        return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return i;
    i += len;
  }
  return std::string_view::npos;
}

XmlSource XmlSource::from_file(const std::string& path, std::size_t max_bytes) {
  max_bytes = std::min<std::size_t>(max_bytes, UINT32_MAX); // line offsets are 32-bit
  XmlSource source;
  source.name_ = path;
  source.result_.file = path;
  FileBytes bytes = read_regular_file(path, max_bytes);
  if (!bytes) {
    source.result_.status = bytes.status;
    source.result_.message = std::move(bytes.message);
    return source;
  }
  source.text_ = std::move(bytes.data);
  source.size_ = bytes.size;
  source.parse();
  return source;
}

XmlSource XmlSource::from_text(std::string text, std::string name, std::size_t max_bytes) {
  max_bytes = std::min<std::size_t>(max_bytes, UINT32_MAX); // line offsets are 32-bit
  XmlSource source;
  source.name_ = std::move(name);
  source.result_.file = source.name_;
  if (text.size() > max_bytes) {
    source.result_.status = LoadStatus::too_large;
    source.result_.message = file_too_large(text.size(), max_bytes);
    return source;
  }
  source.text_.reset(new char[text.size() + 1]);
  source.size_ = text.size();
  std::copy(text.begin(), text.end(), source.text_.get());
  source.parse();
  return source;
}

void XmlSource::parse() {
  line_starts_.clear();
  line_starts_.push_back(0);
  for (const char *p = text_.get(), *end = p + size_;
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));)
    line_starts_.push_back(static_cast<std::uint32_t>(++p - text_.get()));

  const std::string_view view(text_.get(), size_);
  if (std::size_t bad = find_invalid_utf8(view); bad != std::string::npos) {
    auto [line, column] = position(static_cast<std::ptrdiff_t>(bad));
    static const char* hex = "0123456789ABCDEF";
    const auto b = static_cast<unsigned char>(text_[bad]);
    const std::string byte{hex[b >> 4], hex[b & 15]};
    result_ = {LoadStatus::invalid_encoding,
               name_,
               line,
               column,
               {"tệp không phải UTF-8 hợp lệ (byte 0x" + byte + ")",
                "the file is not valid UTF-8 (byte 0x" + byte + ")"}};
    return;
  }
  if (auto problem = find_forbidden_characters(view)) {
    auto [line, column] = position(problem->offset);
    result_ = {LoadStatus::malformed_xml, name_, line, column, problem->message};
    return;
  }
  const std::optional<XmlProblem> trailing = find_text_after_root(view);
  // parse_doctype keeps the DOCTYPE as a node so it can be refused; entities are never expanded.
  // In place and with text embedded in its element: no second copy of the file, about half the
  // nodes (peak memory on large dossiers). In-place parsing can shift bytes after an entity
  // reference, so a column after one on the same line may be off by a few characters.
  const unsigned options = pugi::parse_default | pugi::parse_doctype | pugi::parse_embed_pcdata;
  pugi::xml_parse_result parsed =
      document_.load_buffer_inplace(text_.get(), size_, options, pugi::encoding_utf8);
  if (!parsed) {
    auto [line, column] = position(parsed.offset);
    // pugixml describes the problem in English only.
    result_ = {LoadStatus::malformed_xml,
               name_,
               line,
               column,
               {std::string("XML không hợp lệ: ") + parsed.description(),
                std::string("malformed XML: ") + parsed.description()}};
    return;
  }
  for (pugi::xml_node node : document_.children()) {
    if (node.type() == pugi::node_doctype) {
      result_ =
          error_at(node, LoadStatus::doctype_refused,
                   {"khai báo DOCTYPE không được chấp nhận", "DOCTYPE declarations are refused"});
      return;
    }
  }
  if (auto problem = check_xml_structure(document_)) {
    result_ = error_at(problem->node, LoadStatus::malformed_xml, problem->message);
    return;
  }
  if (trailing) {
    auto [line, column] = position(trailing->offset);
    result_ = {LoadStatus::malformed_xml, name_, line, column, trailing->message};
    return;
  }
  result_ = {LoadStatus::ok, name_, 0, 0, {}};
}

std::pair<int, int> XmlSource::position(std::ptrdiff_t offset) const {
  if (offset < 0 || line_starts_.empty())
    return {0, 0};
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(),
                             static_cast<std::uint32_t>(offset));
  const auto line = static_cast<int>(it - line_starts_.begin());
  const std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
  // Columns count characters, not bytes: skip UTF-8 continuation bytes.
  int column = 1;
  for (std::size_t i = start; i < static_cast<std::size_t>(offset) && i < size_; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80)
      ++column;
  return {line, column};
}

std::pair<int, int> XmlSource::position(pugi::xml_node node) const {
  if (!node)
    return {0, 0};
  std::ptrdiff_t offset = node.offset_debug();
  // offset_debug points inside the markup; step back so the column names its '<'.
  if (node.type() == pugi::node_element || node.type() == pugi::node_doctype)
    while (offset > 0 && static_cast<std::size_t>(offset) < size_ &&
           text_[static_cast<std::size_t>(offset)] != '<')
      --offset;
  return position(offset);
}

LoadResult XmlSource::error_at(pugi::xml_node node, LoadStatus status, Text message) const {
  auto [line, column] = position(node);
  return {status, name_, line, column, std::move(message)};
}

} // namespace cptt
