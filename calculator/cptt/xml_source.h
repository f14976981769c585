#pragma once
// Reading XML files safely: size limit, UTF-8 check, DOCTYPE refused, and mapping a node back to
// its line and column for messages. Shared by the dossier, report, reference-data and form
// readers.
#include "cptt/load_result.h"

#include <pugixml.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cptt {

inline constexpr std::size_t default_max_file_bytes = std::size_t{256} * 1024 * 1024;

class XmlSource {
public:
  // Reads and parses `path`; on failure `result()` says why and where.
  static XmlSource from_file(const std::string& path,
                             std::size_t max_bytes = default_max_file_bytes);
  // Parses text held in memory; `name` is used in messages in place of a file name.
  static XmlSource from_text(std::string text, std::string name,
                             std::size_t max_bytes = default_max_file_bytes);

  const LoadResult& result() const { return result_; }
  const pugi::xml_document& document() const { return document_; }
  const std::string& name() const { return name_; }

  // 1-based line and column of a node or attribute (0, 0 when unknown).
  std::pair<int, int> position(pugi::xml_node node) const;
  std::pair<int, int> position(std::ptrdiff_t offset) const;
  // A failed LoadResult located at `node`.
  LoadResult error_at(pugi::xml_node node, LoadStatus status, Text message) const;

private:
  void parse();

  std::string name_;
  // The file's bytes, parsed in place (pugixml keeps its strings inside). A heap buffer that a
  // move never relocates (a short std::string would), and that is not zero-filled first.
  std::unique_ptr<char[]> text_;
  std::size_t size_ = 0;
  std::vector<std::uint32_t> line_starts_; // files are at most 256 MiB, so 32 bits suffice
  pugi::xml_document document_;
  LoadResult result_;
};

// Checks that `text` is valid UTF-8; returns the offset of the first bad byte or npos.
std::size_t find_invalid_utf8(std::string_view text);

} // namespace cptt
