#include "password_file.h"

#include "cptt/file_read.h"

namespace cptt::cli {

Text read_password_file(const std::string& path, std::string& password) {
  password.clear();
  if (path.empty())
    return {};
  // A password file is a line; anything larger is not one (and a FIFO would block for ever).
  constexpr std::size_t max_bytes = std::size_t{64} * 1024;
  const FileBytes bytes = read_regular_file(path, max_bytes);
  if (!bytes)
    return Text{"không đọc được tệp mật khẩu: ", "cannot read the password file: "} + bytes.message;
  const std::string text = bytes.text();
  password = text.substr(0, text.find('\n'));
  if (!password.empty() && password.back() == '\r')
    password.pop_back();
  return {};
}

} // namespace cptt::cli
