#pragma once
#include "cptt/text.h"

#include <string>
#include <string_view>

namespace cptt {

// Writes `content` to a temporary file beside `path`, flushes it, then renames it over `path`, so
// a failure never leaves a half-written file. Returns an empty text or the error message.
Text write_file_atomically(const std::string& path, std::string_view content);

} // namespace cptt
