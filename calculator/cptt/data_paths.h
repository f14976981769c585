#pragma once
// Where the versioned data is found: the form definitions (forms/) and the reference data,
// schemas and examples (data/). The command-line tool and the app both ask here, each folder in
// this order:
//   1. the environment: $CPTT_FORMS_DIR, $CPTT_DATA_DIR (set and not empty);
//   2. installed: share/cptt/forms and share/cptt/data beside the executable's bin/ folder
//      (`cmake --install`), when that folder exists;
//   3. the source tree the program was built from (a build run from its build folder).
#include <string>

namespace cptt {

struct DataPaths {
  std::string forms; // the form definitions, forms/*.xml
  std::string data;  // reference/, schema/ and examples/
};

// The folders for the running executable.
DataPaths data_paths();

// The folders for an executable in `executable_dir` (empty: no installed layout is looked for).
DataPaths data_paths(const std::string& executable_dir);

// The folder of the running executable (from /proc/self/exe); empty when it cannot be read.
std::string executable_dir();

} // namespace cptt
