#pragma once
// Where cptt finds its versioned data: $CPTT_DATA_DIR, else the folder it was built with.
#include <cstdlib>
#include <string>

namespace cptt::cli {

inline std::string data_dir() {
  const char* env = std::getenv("CPTT_DATA_DIR");
  return env && *env ? env : CPTT_DEFAULT_DATA_DIR;
}

} // namespace cptt::cli
