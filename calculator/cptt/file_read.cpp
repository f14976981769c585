#include "cptt/file_read.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cptt {
namespace {

FileBytes failure(LoadStatus status, Text message) {
  FileBytes f;
  f.status = status;
  f.message = std::move(message);
  return f;
}

// The common reasons in words; the rest with the system's own (English) text.
Text cannot_open(int error) {
  switch (error) {
  case ENOENT:
    return {"không mở được tệp: tệp không tồn tại", "cannot open the file: it does not exist"};
  case EACCES:
  case EPERM:
    return {"không mở được tệp: không có quyền đọc tệp này",
            "cannot open the file: permission denied (you may not read it)"};
  case ENOTDIR:
    return {"không mở được tệp: một phần của đường dẫn không phải thư mục",
            "cannot open the file: a part of the path is not a folder"};
  case ELOOP:
    return {"không mở được tệp: liên kết tượng trưng lặp vòng",
            "cannot open the file: its symbolic links form a loop"};
  case ENAMETOOLONG:
    return {"không mở được tệp: đường dẫn quá dài", "cannot open the file: the path is too long"};
  default: {
    const std::string system = std::strerror(error);
    return {"không mở được tệp (" + system + ")", "cannot open the file (" + system + ")"};
  }
  }
}

Text not_regular(mode_t mode) {
  if (S_ISDIR(mode))
    return {"đây là một thư mục, không phải tệp", "this is a folder, not a file"};
  if (S_ISFIFO(mode))
    return {"đây là một ống dẫn (FIFO), không phải tệp thường; hãy lưu nội dung vào một tệp",
            "this is a pipe (FIFO), not a regular file; save its content to a file first"};
  if (S_ISCHR(mode) || S_ISBLK(mode))
    return {"đây là một thiết bị, không phải tệp", "this is a device, not a file"};
  if (S_ISSOCK(mode))
    return {"đây là một socket, không phải tệp", "this is a socket, not a file"};
  return {"đây không phải tệp thường", "this is not a regular file"};
}

class Descriptor {
public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0)
      ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }

private:
  int fd_;
};

} // namespace

FileBytes read_regular_file(const std::string& path, std::size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked right after.
  const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0)
    return failure(LoadStatus::io_error, cannot_open(errno));
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0)
    return failure(LoadStatus::io_error, cannot_open(errno));
  if (!S_ISREG(st.st_mode))
    return failure(LoadStatus::io_error, not_regular(st.st_mode));
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size > max_bytes)
    return failure(LoadStatus::too_large, file_too_large(size, max_bytes));

  FileBytes f;
  f.data.reset(new char[size + 1]);
  // A file that shrinks while it is read gives what is there; one that grows, its first `size`
  // bytes (the limit was checked on that size).
  while (f.size < size) {
    const ssize_t n = ::read(fd.get(), f.data.get() + f.size, size - f.size);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      const std::string system = std::strerror(errno);
      return failure(LoadStatus::io_error, {"không đọc được tệp (" + system + ")",
                                            "cannot read the file (" + system + ")"});
    }
    if (n == 0)
      break;
    f.size += static_cast<std::size_t>(n);
  }
  f.data[f.size] = '\0';
  return f;
}

Text file_too_large(std::size_t size, std::size_t max_bytes) {
  const std::string s = std::to_string(size), max = std::to_string(max_bytes);
  return {"tệp quá lớn (" + s + " byte, giới hạn " + max + ")",
          "the file is too large (" + s + " bytes, limit " + max + ")"};
}

} // namespace cptt
