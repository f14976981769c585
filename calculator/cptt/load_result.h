#pragma once
// The outcome of reading a file, in the manner of pugixml's xml_parse_result: a status, the place
// (file:line:col) and a message a drafter understands, in both languages. Tests on
// `operator bool`.
#include "cptt/text.h"

#include <string>

namespace cptt {

enum class LoadStatus {
  ok,
  io_error,            // cannot open or read the file
  too_large,           // over the size limit
  invalid_encoding,    // not UTF-8
  malformed_xml,       // not well-formed XML
  doctype_refused,     // DOCTYPE declarations are refused (entity expansion, external fetches)
  wrong_document,      // wrong root element or namespace
  unsupported_version, // a newer format version than this program reads
  invalid_content      // well-formed, but a value or structure is wrong
};

struct LoadResult {
  LoadStatus status = LoadStatus::ok;
  std::string file;
  int line = 0; // 1-based; 0 when not known
  int column = 0;
  Text message;

  explicit operator bool() const { return status == LoadStatus::ok; }
  // "file:line:col: message" in `language` (the place omitted when unknown).
  std::string describe(Language language) const {
    std::string place = file;
    if (line > 0)
      place += ":" + std::to_string(line) + ":" + std::to_string(column);
    const std::string& text = message.in(language);
    return place.empty() ? text : place + ": " + text;
  }
  // The same in both languages (a finding's argument).
  Text describe_both() const { return {describe(Language::vi), describe(Language::en)}; }
};

} // namespace cptt
