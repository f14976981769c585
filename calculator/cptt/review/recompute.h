#pragma once
// Recompute: every figure the report declares against the figure the engine computes from the
// report's own inputs. Each difference is kept with its place (procedure, worksheet variant, task
// row, field), the declared value, the recomputed value and the difference (declared − recomputed).
//
// Codes (errors): CPTT-E210 rate, CPTT-E211 task time cost, CPTT-E212 task cost, CPTT-E213
// worksheet figure, CPTT-E214 procedure figure, CPTT-E215 dossier totals, CPTT-E216 procedure
// missing from the results, CPTT-E217 procedure in the results that the dossier does not have,
// CPTT-E218 worksheet missing or extra in the results, CPTT-E219 task rows missing or extra,
// CPTT-E220 the inputs cannot be computed (docs/findings.md).
#include "cptt/engine.h"
#include "cptt/finding.h"

#include <optional>
#include <string>
#include <vector>

namespace cptt::review {

struct Discrepancy {
  std::string code;                          // the finding's code
  std::string rate_id;                       // E210
  std::string procedure_id;                  // empty for rates and dossier totals
  std::optional<Worksheet::Variant> variant; // worksheet figures and task rows
  int task = 0;                              // 1-based task row; 0 when not a task figure
  std::string field;      // "time-cost", "annual", "before", "reduction-percent", "present" …
  std::string declared;   // canonical text; "" when absent
  std::string recomputed; // canonical text; "" when absent
  std::string difference; // declared − recomputed, when both are numbers
};

struct RecomputeResult {
  bool computed = false; // false: the inputs cannot be computed (see error)
  Text error;
  DossierResult recomputed;
  std::vector<Discrepancy> discrepancies; // in results order
};

// Appends one finding per discrepancy (and E220 when the inputs cannot be computed) to `out`.
RecomputeResult recompute(const Dossier& dossier, const DossierResult& declared,
                          std::vector<Finding>& out);

// The place of a worksheet figure (task 0: the worksheet itself).
Place sheet_place(std::optional<Worksheet::Variant> variant, int task);
// "bảng tính hiện hành, công việc 2" / "current worksheet, task 2", then the field when given.
std::string place_text(std::optional<Worksheet::Variant> variant, int task,
                       std::string_view field = {}, Language language = Language::vi);

} // namespace cptt::review
