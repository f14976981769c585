#include "cptt/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cptt {

namespace {

constexpr std::string_view temp_suffix = ".tmp-";
constexpr std::size_t temp_random = 6; // mkstemp's XXXXXX

// The system's reason (strerror) is in English in both texts: the C library has no Vietnamese.
Text cannot_write(const std::string& path, const std::string& error) {
  return {"không ghi được \"" + path + "\": " + error, "cannot write \"" + path + "\": " + error};
}

std::string folder_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos)
    return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string name_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The file a chain of symbolic links ends at (the path itself when it is no link), so that a
// save replaces the link's target and leaves the link in place. Empty on a loop.
std::string follow_links(std::string path) {
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode))
      return path; // a regular file, or a new one (also the target of a dangling link)
    std::string target(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : 4096), '\0');
    const ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
    if (n < 0)
      return path;
    target.resize(static_cast<std::size_t>(n));
    if (target.front() == '/') {
      path = std::move(target);
    } else {
      std::string joined = folder_of(path);
      joined.append("/").append(target);
      path = std::move(joined);
    }
  }
  return {};
}

bool is_leftover_of(std::string_view entry, std::string_view name) {
  if (entry.size() != name.size() + temp_suffix.size() + temp_random ||
      entry.substr(0, name.size()) != name ||
      entry.substr(name.size(), temp_suffix.size()) != temp_suffix)
    return false;
  for (char c : entry.substr(name.size() + temp_suffix.size()))
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      return false;
  return true;
}

// Temporary files of saves that were killed before their rename. A save in progress holds a lock
// on its temporary file, so only the abandoned ones (no lock) are removed.
void remove_leftovers(const std::string& folder, const std::string& name) {
  DIR* dir = ::opendir(folder.c_str());
  if (!dir)
    return;
  while (const dirent* entry = ::readdir(dir)) {
    if (!is_leftover_of(entry->d_name, name))
      continue;
    const std::string leftover = folder + "/" + entry->d_name;
    const int fd = ::open(leftover.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
      continue;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
      ::unlink(leftover.c_str());
    ::close(fd);
  }
  ::closedir(dir);
}

// The permission bits the saved file gets: the old file's, or for a new file what the user's
// umask allows (as any program creating a file would).
mode_t mode_for(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0)
    return st.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

} // namespace

Text write_file_atomically(const std::string& requested, std::string_view content) {
  const std::string path = follow_links(requested);
  if (path.empty())
    return cannot_write(requested, "too many levels of symbolic links");
  const std::string folder = folder_of(path);
  remove_leftovers(folder, name_of(path));
  const mode_t mode = mode_for(path);

  std::string temp = path + std::string(temp_suffix) + std::string(temp_random, 'X');
  int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) {
    const std::string error = std::strerror(errno);
    return {"không tạo được tệp tạm cạnh \"" + path + "\": " + error,
            "cannot create a temporary file beside \"" + path + "\": " + error};
  }
  // Every failure from here removes the temporary file.
  auto fail = [&](const Text& message) {
    ::close(fd);
    ::unlink(temp.c_str());
    return message;
  };
  if (::flock(fd, LOCK_EX) != 0)
    return fail(cannot_write(path, std::strerror(errno)));
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return fail(cannot_write(path, std::strerror(errno)));
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0)
    return fail(cannot_write(path, std::strerror(errno)));
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string error = std::strerror(errno);
    return fail({"không thay được tệp \"" + path + "\": " + error,
                 "cannot replace the file \"" + path + "\": " + error});
  }
  ::close(fd);
  // The rename is durable only once the folder's entry is on disk. Some file systems cannot
  // sync a folder; the file itself is already complete, so that is not reported.
  if (int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return {};
}

} // namespace cptt
