#include "cptt/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cptt {

namespace {

// The system's reason (strerror) is in English in both texts: the C library has no Vietnamese.
Text cannot_write(const std::string& path, const std::string& error) {
  return {"không ghi được \"" + path + "\": " + error, "cannot write \"" + path + "\": " + error};
}

} // namespace

Text write_file_atomically(const std::string& path, std::string_view content) {
  std::string temp = path + ".tmp-XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    const std::string error = std::strerror(errno);
    return {"không tạo được tệp tạm cạnh \"" + path + "\": " + error,
            "cannot create a temporary file beside \"" + path + "\": " + error};
  }
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      std::string error = std::strerror(errno);
      ::close(fd);
      ::unlink(temp.c_str());
      return cannot_write(path, error);
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::fchmod(fd, 0644) != 0) {
    std::string error = std::strerror(errno);
    ::close(fd);
    ::unlink(temp.c_str());
    return cannot_write(path, error);
  }
  ::close(fd);
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::string error = std::strerror(errno);
    ::unlink(temp.c_str());
    return {"không thay được tệp \"" + path + "\": " + error,
            "cannot replace the file \"" + path + "\": " + error};
  }
  return {};
}

} // namespace cptt
