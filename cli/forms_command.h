#pragma once
// `cptt forms list [--json] [--forms-dir DIR]`: the loaded form definitions (id, generation,
// code, version, verified, role, stage, kinds) and the files that failed to load, with
// file:line:col. The folder is DIR, else data_paths().forms ($CPTT_FORMS_DIR, installed, source).
// Exit code: 0 all loaded, 1 some file failed (the others are still listed), 2 usage.
#include <iosfwd>
#include <string>
#include <vector>

namespace cptt::cli {

int run_forms_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace cptt::cli
