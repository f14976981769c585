#pragma once
// A finding about a dossier or report: what validation, the forms engine and the review report.
#include "cptt/model.h"

#include <string>
#include <vector>

namespace cptt {

enum class Severity { error, warning, note };

std::string_view to_id(Severity severity);    // "error", "warning", "note"
std::string_view label_vi(Severity severity); // "Lỗi", "Cảnh báo", "Ghi chú"

struct Finding {
  Severity severity = Severity::error;
  std::string code;         // stable, e.g. "CPTT-W012"; documented in docs/findings.md
  std::string procedure_id; // empty for the draft as a whole
  std::string place;        // where inside it: "worksheet current, task 2", "form …, section …"
  SourceLocation location;  // in the file, when known
  std::string message;      // Vietnamese, then " / " and English
};

// "file:line:col: error CPTT-E001 [P1 · worksheet current, task 2] message"
std::string format_finding(const Finding& finding, const std::string& file);
bool has_errors(const std::vector<Finding>& findings);

} // namespace cptt
