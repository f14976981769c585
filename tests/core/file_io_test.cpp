// Opening and saving files as a user's machine has them: pipes, folders, devices, missing files,
// symbolic links, private permissions, and the leftovers of a save that was killed.
#include "cptt/atomic_file.h"
#include "cptt/dossier_xml.h"
#include "cptt/file_read.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using cptt::Language;
using cptt::LoadStatus;

namespace {

class FileIo : public ::testing::Test {
protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("cptt-file-io-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  static std::string read(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  static void write(const std::string& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir_))
      out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }

  fs::path dir_;
};

std::string why(const cptt::FileBytes& f) { return f.message.in(Language::en); }

} // namespace

TEST_F(FileIo, AMissingFileSaysItDoesNotExist) {
  const cptt::FileBytes f = cptt::read_regular_file(path("nowhere.xml"), 1000);
  EXPECT_EQ(f.status, LoadStatus::io_error);
  EXPECT_NE(why(f).find("does not exist"), std::string::npos) << why(f);
  EXPECT_NE(f.message.vi.find("không tồn tại"), std::string::npos) << f.message.vi;
}

TEST_F(FileIo, AFolderIsNoFileAndNotTooLarge) {
  const cptt::FileBytes f = cptt::read_regular_file(dir_.string(), 1000);
  EXPECT_EQ(f.status, LoadStatus::io_error);
  EXPECT_NE(why(f).find("folder"), std::string::npos) << why(f);
  // Through the readers too: no "file too large (9223372036854775807 bytes)".
  const cptt::DossierLoad load = cptt::load_dossier_file(dir_.string());
  EXPECT_NE(load.result.describe(Language::en).find("folder"), std::string::npos)
      << load.result.describe(Language::en);
}

TEST_F(FileIo, APipeIsRefusedWithoutWaitingForAWriter) {
  const std::string fifo = path("pipe.xml");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // Without O_NONBLOCK this call would block for ever: the test would hang, not pass.
  const cptt::FileBytes f = cptt::read_regular_file(fifo, 1000);
  EXPECT_EQ(f.status, LoadStatus::io_error);
  EXPECT_NE(why(f).find("pipe"), std::string::npos) << why(f);
}

TEST_F(FileIo, ADeviceIsNoFile) {
  const cptt::FileBytes f = cptt::read_regular_file("/dev/null", 1000);
  EXPECT_EQ(f.status, LoadStatus::io_error);
  EXPECT_NE(why(f).find("device"), std::string::npos) << why(f);
}

TEST_F(FileIo, AnUnreadableFileSaysPermission) {
  if (::geteuid() == 0)
    GTEST_SKIP() << "root reads every file: permissions cannot be refused here";
  const std::string p = path("private.xml");
  write(p, "<x/>");
  ::chmod(p.c_str(), 0);
  const cptt::FileBytes f = cptt::read_regular_file(p, 1000);
  EXPECT_NE(why(f).find("permission"), std::string::npos) << why(f);
}

TEST_F(FileIo, SizeLimitAndContent) {
  const std::string p = path("a.xml");
  write(p, "12345");
  const cptt::FileBytes ok = cptt::read_regular_file(p, 5);
  ASSERT_TRUE(ok) << why(ok);
  EXPECT_EQ(ok.text(), "12345");
  EXPECT_EQ(ok.data[5], '\0');
  const cptt::FileBytes big = cptt::read_regular_file(p, 4);
  EXPECT_EQ(big.status, LoadStatus::too_large);
  EXPECT_NE(why(big).find("5 bytes, limit 4"), std::string::npos) << why(big);
}

TEST_F(FileIo, SavingKeepsThePermissionBits) {
  const std::string p = path("dossier.cptt.xml");
  write(p, "old");
  ::chmod(p.c_str(), 0600);
  ASSERT_TRUE(cptt::write_file_atomically(p, "new").empty());
  struct stat st {};
  ASSERT_EQ(::stat(p.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  EXPECT_EQ(read(p), "new");
}

TEST_F(FileIo, ANewFileGetsWhatTheUmaskAllows) {
  const mode_t old = ::umask(027);
  const std::string p = path("new.cptt.xml");
  const cptt::Text error = cptt::write_file_atomically(p, "x");
  ::umask(old);
  ASSERT_TRUE(error.empty());
  struct stat st {};
  ASSERT_EQ(::stat(p.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
}

TEST_F(FileIo, SavingThroughASymlinkReplacesItsTarget) {
  fs::create_directories(dir_ / "real");
  const std::string target = path("real/dossier.cptt.xml");
  write(target, "old");
  const std::string link = path("link.cptt.xml");
  fs::create_symlink("real/dossier.cptt.xml", link); // relative, as users make them
  ASSERT_TRUE(cptt::write_file_atomically(link, "new").empty());
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(read(target), "new");
  EXPECT_EQ(read(link), "new");
  // The temporary file was made beside the target, and is gone.
  EXPECT_EQ(names(), (std::vector<std::string>{"link.cptt.xml", "real"}));
}

TEST_F(FileIo, ALoopOfLinksIsRefused) {
  fs::create_symlink("b", dir_ / "a");
  fs::create_symlink("a", dir_ / "b");
  const cptt::Text error = cptt::write_file_atomically(path("a"), "x");
  EXPECT_NE(error.in(Language::en).find("symbolic links"), std::string::npos) << error.en;
}

TEST_F(FileIo, LeftoversOfAKilledSaveAreRemovedAtTheNextSave) {
  const std::string p = path("d.cptt.xml");
  write(p, "old");
  write(path("d.cptt.xml.tmp-a1B2c3"), "half a file"); // a save killed before its rename
  write(path("d.cptt.xml.tmp-notours"), "x");          // not mkstemp's pattern: left alone
  write(path("e.cptt.xml.tmp-a1B2c3"), "x");           // another file's: left alone
  ASSERT_TRUE(cptt::write_file_atomically(p, "new").empty());
  EXPECT_EQ(names(), (std::vector<std::string>{"d.cptt.xml", "d.cptt.xml.tmp-notours",
                                               "e.cptt.xml.tmp-a1B2c3"}));
}

TEST_F(FileIo, ASaveInProgressKeepsItsTemporaryFile) {
  const std::string p = path("d.cptt.xml");
  const std::string busy = path("d.cptt.xml.tmp-Zz9Yy8");
  write(busy, "being written");
  const int fd = ::open(busy.c_str(), O_RDONLY); // another save holds it
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);
  ASSERT_TRUE(cptt::write_file_atomically(p, "new").empty());
  EXPECT_TRUE(fs::exists(busy));
  ::close(fd);
}

TEST_F(FileIo, AFailedSaveLeavesNoTemporaryFile) {
  // The target is a folder: the rename fails after the temporary file was written.
  fs::create_directories(dir_ / "d.cptt.xml");
  const cptt::Text error = cptt::write_file_atomically(path("d.cptt.xml"), "new");
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(names(), (std::vector<std::string>{"d.cptt.xml"}));
}
