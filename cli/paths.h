#pragma once
// Where cptt finds its versioned data and form definitions: $CPTT_DATA_DIR / $CPTT_FORMS_DIR,
// else the folders it was built with. Commands may also take --data-dir / --forms-dir.
#include <cstdlib>
#include <string>

namespace cptt::cli {

inline std::string data_dir() {
  const char* env = std::getenv("CPTT_DATA_DIR");
  return env && *env ? env : CPTT_DEFAULT_DATA_DIR;
}

inline std::string forms_dir() {
  const char* env = std::getenv("CPTT_FORMS_DIR");
  return env && *env ? env : CPTT_DEFAULT_FORMS_DIR;
}

} // namespace cptt::cli
