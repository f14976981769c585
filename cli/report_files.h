#pragma once
// The reports a review or a response names, found beside it: a file name kept in a review or a
// response is for people, so only a file of that name in the same folder is taken for it.
#include "cptt/report.h"

#include <optional>
#include <ostream>
#include <string>

namespace cptt::cli {

// The file `named` when it is beside `beside`; "" otherwise.
std::string file_beside(const std::string& beside, const std::string& named);

// Reads the report at `path` into `out` ("" reads nothing). An explicitly named report
// (`required`) must read, else its error is said and false returned; one found beside is used
// only when it reads.
bool load_report_if_any(const std::string& path, bool required, std::optional<ReportLoad>& out,
                        std::ostream& err);

} // namespace cptt::cli
