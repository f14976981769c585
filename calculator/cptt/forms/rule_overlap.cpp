#include "cptt/forms/rule_overlap.h"

#include <algorithm>
#include <string_view>

namespace cptt::forms {

namespace {

// Whether `f` says that a question bound to the procedure's simplification text is unanswered.
bool reports_missing_simplification(const FormFinding& f, const FormCatalog& catalog) {
  if (f.kind != FindingKind::missing_answer || f.procedure_id.empty())
    return false;
  const FormDefinition* form = catalog.find(f.form_id);
  if (!form)
    return false;
  // Inside a repeatable block the key carries the block path: "abolished/P3/abolished.reason".
  const std::string_view key = f.field;
  const std::size_t slash = key.rfind('/');
  const Field* field =
      form->find_field(slash == std::string_view::npos ? key : key.substr(slash + 1));
  return field != nullptr && field->from == "procedure.simplification";
}

} // namespace

std::vector<Finding> without_rules_covered_by_forms(std::vector<Finding> rules,
                                                    const std::vector<FormFinding>& form_findings,
                                                    const FormCatalog& catalog) {
  std::erase_if(rules, [&](const Finding& rule) {
    return rule.code == "CPTT-W004" &&
           std::any_of(form_findings.begin(), form_findings.end(), [&](const FormFinding& f) {
             return f.procedure_id == rule.procedure_id &&
                    reports_missing_simplification(f, catalog);
           });
  });
  return rules;
}

} // namespace cptt::forms
