// Where the command-line tool and the app find forms/ and data/: the environment, then the
// installed layout beside the executable, then the source tree.
#include "cptt/data_paths.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using cptt::data_paths;

namespace {

// Saves a variable, unsets it for the test and puts it back.
class SavedVariable {
public:
  explicit SavedVariable(const char* name) : name_(name) {
    if (const char* value = std::getenv(name))
      saved_ = value;
    ::unsetenv(name);
  }
  ~SavedVariable() {
    if (saved_)
      ::setenv(name_, saved_->c_str(), 1);
    else
      ::unsetenv(name_);
  }
  SavedVariable(const SavedVariable&) = delete;
  SavedVariable& operator=(const SavedVariable&) = delete;

private:
  const char* name_;
  std::optional<std::string> saved_;
};

class DataPaths : public ::testing::Test {
protected:
  void SetUp() override {
    prefix_ = fs::temp_directory_path() /
              ("cptt-data-paths-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(prefix_);
    fs::create_directories(prefix_ / "bin");
  }
  void TearDown() override { fs::remove_all(prefix_); }

  std::string bin() const { return (prefix_ / "bin").string(); }
  std::string share(const char* name) const {
    const fs::path folder = prefix_ / "share" / "cptt" / name;
    fs::create_directories(folder);
    return fs::canonical(folder).string();
  }

  fs::path prefix_;
  SavedVariable forms_env_{"CPTT_FORMS_DIR"};
  SavedVariable data_env_{"CPTT_DATA_DIR"};
};

TEST_F(DataPaths, InstalledFoldersBesideBinAreFound) {
  const std::string forms = share("forms");
  const std::string data = share("data");
  const cptt::DataPaths found = data_paths(bin());
  EXPECT_EQ(found.forms, forms);
  EXPECT_EQ(found.data, data);
}

TEST_F(DataPaths, WithoutAnInstallTheSourceTreeIsUsed) {
  const cptt::DataPaths found = data_paths(bin());
  EXPECT_EQ(fs::path(found.forms), fs::path(CPTT_FORMS_DIR));
  EXPECT_EQ(fs::path(found.data), fs::path(CPTT_DATA_DIR));
  EXPECT_TRUE(fs::is_regular_file(fs::path(found.data) / "reference" / "income-statistics.xml"));
  const cptt::DataPaths no_executable = data_paths(std::string());
  EXPECT_EQ(no_executable.forms, found.forms);
  EXPECT_EQ(no_executable.data, found.data);
}

TEST_F(DataPaths, EachFolderIsLookedForOnItsOwn) {
  const std::string forms = share("forms");
  const cptt::DataPaths found = data_paths(bin());
  EXPECT_EQ(found.forms, forms);
  EXPECT_EQ(fs::path(found.data), fs::path(CPTT_DATA_DIR));
}

TEST_F(DataPaths, TheEnvironmentComesFirst) {
  share("forms");
  share("data");
  ::setenv("CPTT_FORMS_DIR", "/elsewhere/forms", 1);
  ::setenv("CPTT_DATA_DIR", "/elsewhere/data", 1);
  const cptt::DataPaths found = data_paths(bin());
  EXPECT_EQ(found.forms, "/elsewhere/forms");
  EXPECT_EQ(found.data, "/elsewhere/data");
  ::setenv("CPTT_DATA_DIR", "", 1); // empty counts as unset
  EXPECT_EQ(data_paths(bin()).data, share("data"));
}

TEST_F(DataPaths, TheRunningExecutableIsThisTest) {
  const std::string dir = cptt::executable_dir();
  ASSERT_FALSE(dir.empty());
  EXPECT_TRUE(fs::is_regular_file(fs::path(dir) / "cptt_core_tests"));
  // Run from the build tree, which has no share/cptt: the source tree.
  EXPECT_EQ(fs::path(data_paths().data), fs::path(CPTT_DATA_DIR));
}

} // namespace
