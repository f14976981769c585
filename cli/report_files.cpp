#include "report_files.h"
#include "language.h"

namespace cptt::cli {

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
