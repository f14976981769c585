#include "cptt/finding.h"

#include <algorithm>

namespace cptt {

std::string_view to_id(Severity severity) {
  switch (severity) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::note:
    return "note";
  }
  return {};
}

std::string_view label_vi(Severity severity) {
  switch (severity) {
  case Severity::error:
    return "Lỗi";
  case Severity::warning:
    return "Cảnh báo";
  case Severity::note:
    return "Ghi chú";
  }
  return {};
}

std::string format_finding(const Finding& f, const std::string& file) {
  std::string out = file;
  if (f.location.line > 0)
    out += ":" + std::to_string(f.location.line) + ":" + std::to_string(f.location.column);
  out += ": " + std::string(to_id(f.severity)) + " " + f.code;
  if (!f.procedure_id.empty() || !f.place.empty()) {
    out += " [" + f.procedure_id;
    if (!f.procedure_id.empty() && !f.place.empty())
      out += " · ";
    out += f.place + "]";
  }
  return out + " " + f.message;
}

bool has_errors(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.severity == Severity::error; });
}

} // namespace cptt
