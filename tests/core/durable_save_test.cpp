// The order in which a save reaches the disk: the temporary file's data synced, then the rename,
// then the folder that holds the target synced (else a crash just after the save can bring back
// the old file, or no file); and a failing disk leaves the old file and no temporary one. fsync,
// write and rename are interposed in this test binary (the core is linked statically, so its
// calls come here) and recorded; the real ones are called through.
#include "cptt/atomic_file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dlfcn.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Event {
  std::string what; // "fsync file", "fsync folder", "rename"
  ino_t inode = 0;  // what was synced, or the folder the rename went into
};

std::vector<Event>& events() {
  static std::vector<Event> log;
  return log;
}
bool recording = false;
// The next file fsync or write of a save fails with this errno (0: none fails).
int fail_fsync = 0;
int fail_write = 0;

ino_t inode_of(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

extern "C" int fsync(int fd) {
  using Real = int (*)(int);
  static const auto real = reinterpret_cast<Real>(::dlsym(RTLD_NEXT, "fsync"));
  if (recording) {
    struct stat st {};
    ::fstat(fd, &st);
    events().push_back({S_ISDIR(st.st_mode) ? "fsync folder" : "fsync file", st.st_ino});
    if (fail_fsync != 0 && !S_ISDIR(st.st_mode)) {
      errno = fail_fsync;
      return -1;
    }
  }
  return real(fd);
}

extern "C" ssize_t write(int fd, const void* data, size_t size) {
  using Real = ssize_t (*)(int, const void*, size_t);
  static const auto real = reinterpret_cast<Real>(::dlsym(RTLD_NEXT, "write"));
  if (recording && fail_write != 0) {
    errno = fail_write;
    return -1;
  }
  return real(fd, data, size);
}

extern "C" int rename(const char* from, const char* to) {
  using Real = int (*)(const char*, const char*);
  static const auto real = reinterpret_cast<Real>(::dlsym(RTLD_NEXT, "rename"));
  const int result = real(from, to);
  if (recording)
    events().push_back({"rename", inode_of(fs::path(to).parent_path().string())});
  return result;
}

namespace {

class DurableSave : public ::testing::Test {
protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("cptt-durable-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "real");
    events().clear();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<std::string> save(const std::string& path) {
    const cptt::Text error = attempt(path);
    EXPECT_TRUE(error.empty()) << error.en;
    std::vector<std::string> order;
    for (const Event& e : events())
      order.push_back(e.what);
    return order;
  }

  static cptt::Text attempt(const std::string& path) {
    recording = true;
    const cptt::Text error = cptt::write_file_atomically(path, "new");
    recording = false;
    return error;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir_))
      out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
  static std::string read(const fs::path& p) {
    std::ifstream in(p);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  fs::path dir_;
};

const std::vector<std::string> durable_order{"fsync file", "rename", "fsync folder"};

TEST_F(DurableSave, TheFolderIsSyncedAfterTheRename) {
  const std::string target = (dir_ / "d.cptt.xml").string();
  std::ofstream(target) << "old";
  EXPECT_EQ(save(target), durable_order);
  EXPECT_EQ(events()[0].inode, inode_of(target)); // the temporary file, renamed to the target
  EXPECT_EQ(events()[2].inode, inode_of(dir_.string()));
  // A new file too.
  events().clear();
  EXPECT_EQ(save((dir_ / "new.cptt.xml").string()), durable_order);
}

// Through a symbolic link, the folder synced is the target's, where the rename happened.
TEST_F(DurableSave, ThroughALinkTheTargetsFolderIsSynced) {
  std::ofstream(dir_ / "real/d.cptt.xml") << "old";
  fs::create_symlink("real/d.cptt.xml", dir_ / "link.cptt.xml");
  EXPECT_EQ(save((dir_ / "link.cptt.xml").string()), durable_order);
  EXPECT_EQ(events()[1].inode, inode_of((dir_ / "real").string()));
  EXPECT_EQ(events()[2].inode, inode_of((dir_ / "real").string()));
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.cptt.xml"));
}

// A disk that fails while the data is written or synced: the save says why, the old file stays
// as it was and no temporary file is left beside it.
TEST_F(DurableSave, AFailedWriteOrSyncLeavesTheOldFileAndNoTemporary) {
  const fs::path target = dir_ / "d.cptt.xml";
  std::ofstream(target) << "old";
  fail_write = ENOSPC;
  const cptt::Text full = attempt(target.string());
  fail_write = 0;
  EXPECT_NE(full.en.find(std::strerror(ENOSPC)), std::string::npos) << full.en;
  fail_fsync = EIO;
  const cptt::Text io = attempt(target.string());
  fail_fsync = 0;
  EXPECT_NE(io.en.find(std::strerror(EIO)), std::string::npos) << io.en;
  EXPECT_EQ(read(target), "old");
  EXPECT_EQ(names(), (std::vector<std::string>{"d.cptt.xml", "real"}));
}

} // namespace
