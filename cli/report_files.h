#pragma once
// The reports a review or a response names, read when found beside it (where: the core's
// file_beside, which the app uses too).
#include "cptt/report.h"
#include "cptt/review/files_beside.h"

#include <optional>
#include <ostream>
#include <string>

namespace cptt::cli {

// Found beside, as the app finds them (cptt/review/files_beside.h).
using review::file_beside;

// Reads the report at `path` into `out` ("" reads nothing). An explicitly named report
// (`required`) must read, else its error is said and false returned; one found beside is used
// only when it reads.
bool load_report_if_any(const std::string& path, bool required, std::optional<ReportLoad>& out,
                        std::ostream& err);

} // namespace cptt::cli
