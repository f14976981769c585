#include "cptt/data_paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace cptt {

namespace fs = std::filesystem;

namespace {

std::string from_environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

// `env`, else the installed folder share/cptt/<name> if it exists, else `source`.
std::string find(const char* env, const std::string& executable_dir, const char* name,
                 const char* source) {
  if (std::string set = from_environment(env); !set.empty())
    return set;
  if (!executable_dir.empty()) {
    std::error_code ec;
    const fs::path installed = fs::path(executable_dir) / ".." / "share" / "cptt" / name;
    if (fs::is_directory(installed, ec))
      return fs::weakly_canonical(installed, ec).string();
  }
  return source;
}

} // namespace

std::string executable_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

DataPaths data_paths(const std::string& executable_dir) {
  return {find("CPTT_FORMS_DIR", executable_dir, "forms", CPTT_SOURCE_FORMS_DIR),
          find("CPTT_DATA_DIR", executable_dir, "data", CPTT_SOURCE_DATA_DIR)};
}

DataPaths data_paths() { return data_paths(executable_dir()); }

} // namespace cptt
