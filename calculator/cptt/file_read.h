#pragma once
// Reading a whole file for a reader: only a regular file is opened (a FIFO would block for ever,
// a directory or a device is no document), within a size limit, and a failure says why (missing,
// not allowed, a folder …) in both languages.
#include "cptt/load_result.h"

#include <cstddef>
#include <memory>
#include <string>

namespace cptt {

struct FileBytes {
  LoadStatus status = LoadStatus::ok; // io_error or too_large on failure
  Text message;                       // why, when status is not ok
  // The bytes with one spare byte after them (parsers that work in place want a terminator).
  std::unique_ptr<char[]> data;
  std::size_t size = 0;

  explicit operator bool() const { return status == LoadStatus::ok; }
  std::string text() const { return {data.get(), size}; }
};

FileBytes read_regular_file(const std::string& path, std::size_t max_bytes);

// "the file is too large (N bytes, limit M)", for text that did not come from a file as well.
Text file_too_large(std::size_t size, std::size_t max_bytes);

} // namespace cptt
