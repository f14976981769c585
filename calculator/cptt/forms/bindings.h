#pragma once
// Fields bound to dossier data (`from="…"` in a form definition): the summary 01/ĐGTĐ-BC is mostly
// filled from the dossier, and per-procedure forms show the procedure's name and costs. A text
// source (the procedure's name, the reason for abolishing it …) gives the default answer, which an
// answer in the file overrides; a computed source (counts, costs) is shown as it is and never
// answered. Costs come from the SCM engine (engine.h); the forms engine does no arithmetic.
#include "cptt/engine.h"
#include "cptt/model.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cptt::forms {

struct BindingInfo {
  bool computed = false;        // not answerable
  bool needs_procedure = false; // procedure.*: a per-procedure form or a per-procedure block
};

// The known sources; nullopt for an unknown name. Text sources: draft.title, draft.drafting-body,
// draft.document-type, procedure.name, procedure.code, procedure.field, procedure.articles,
// procedure.simplification, procedure.assessment-summary (no default from the engine: the
// documents and the app compose it from the procedure's assessment, assessment_summary.h).
// Computed sources: procedure.kind, procedure.kind-label,
// count.procedures, count.new, count.amended, count.detailed, count.abolished, procedure.before,
// procedure.after, procedure.saving, procedure.reduction-percent, total.before, total.after,
// total.net-change, total.added-by-new, total.saved-by-amendments, total.saved-by-abolitions,
// total.reduction-percent.
std::optional<BindingInfo> binding_info(std::string_view source);
// All known source names, for messages.
const std::vector<std::string_view>& binding_sources();

// Resolves sources against one dossier. Costs are computed once, on first use, and an engine
// error leaves the figure empty (validation reports the error itself).
class Bindings {
public:
  // `computed`, when given, is compute(*dossier): its figures are used as they are.
  explicit Bindings(const Dossier* dossier, const DossierResult* computed = nullptr)
      : dossier_(dossier), computed_(computed) {}
  // The value of `source` ("" when unknown or not available). Money figures are whole đồng in
  // canonical form; percentages have 2 decimals.
  std::string value(std::string_view source, const Procedure* procedure) const;

private:
  const ProcedureResult* procedure_result(const Procedure& procedure) const;
  const DossierTotals* totals() const;

  const Dossier* dossier_;
  const DossierResult* computed_;
  mutable std::map<std::string, std::optional<ProcedureResult>> results_;
  mutable std::optional<std::optional<DossierTotals>> totals_;
};

} // namespace cptt::forms
