#pragma once
#include "cptt/text.h"

#include <string>
#include <string_view>

namespace cptt {

// Writes `content` to a temporary file beside `path`, flushes it, then renames it over `path`, so
// a failure never leaves a half-written file. A symbolic link is followed (its target is
// replaced, the link stays), the old file's permission bits are kept, temporary files that a
// killed save left behind are removed, and the folder is synced after the rename. Returns an
// empty text or the error message.
Text write_file_atomically(const std::string& path, std::string_view content);

} // namespace cptt
