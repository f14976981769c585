#pragma once
// --password-file F, for the commands that sign (export, review): the password is the file's
// first line (without its line end).
#include "cptt/text.h"

#include <string>

namespace cptt::cli {

// Empty path: no password. Returns an empty Text, or why the file cannot be read (missing, not
// allowed, a folder, a FIFO …), as the core's readers say it.
Text read_password_file(const std::string& path, std::string& password);

} // namespace cptt::cli
