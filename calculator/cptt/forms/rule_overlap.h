#pragma once
// Where a rule of the core (rules.h) and the forms engine report the same gap, the reader sees it
// once: the form's finding names the question to answer, so the rule's finding is dropped.
#include "cptt/finding.h"
#include "cptt/forms/form_catalog.h"
#include "cptt/forms/form_finding.h"

#include <vector>

namespace cptt::forms {

// `rules` without those a finding of `form_findings` already reports: CPTT-W004 (an amended
// procedure's simplification, or an abolished one's reason, not given) for a procedure whose form
// question bound to that text (from="procedure.simplification") is reported unanswered.
std::vector<Finding> without_rules_covered_by_forms(std::vector<Finding> rules,
                                                    const std::vector<FormFinding>& form_findings,
                                                    const FormCatalog& catalog);

} // namespace cptt::forms
