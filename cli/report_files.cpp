#include "report_files.h"
#include "language.h"

#include <filesystem>

namespace cptt::cli {

std::string file_beside(const std::string& beside, const std::string& named) {
  if (named.empty())
    return {};
  namespace fs = std::filesystem;
  const fs::path candidate = fs::path(beside).parent_path() / fs::path(named).filename();
  std::error_code ec;
  return fs::is_regular_file(candidate, ec) ? candidate.string() : std::string();
}

bool load_report_if_any(const std::string& path, bool required, std::optional<ReportLoad>& out,
                        std::ostream& err) {
  if (path.empty())
    return true;
  ReportLoad load = load_report_file(path);
  if (!load.result) {
    if (required) {
      err << describe(load.result) << '\n';
      return false;
    }
    return true;
  }
  out = std::move(load);
  return true;
}

} // namespace cptt::cli
