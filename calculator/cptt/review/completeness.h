#pragma once
// Completeness of the dossier inside a report, the reviewer's first questions: the forms
// engine's findings (every procedure has the assessment of its kind, every required answer and
// reason is given), the Art. 8 component check of each assessed procedure, and the structural
// rules of the core (the worksheets a kind needs, the explanation of a simplification or
// abolition, the articles of the draft).
//
// Codes: the forms engine's CPTT-E1xx/W1xx/N1xx; the core's CPTT-E001, E002, W001, W004, W005,
// W010, W011; CPTT-E230 an Art. 8 component the draft must state is missing, CPTT-W231 a mandatory
// component the assessment does not address (docs/findings.md).
#include "cptt/engine.h"
#include "cptt/finding.h"
#include "cptt/forms/form_catalog.h"

#include <vector>

namespace cptt::review {

// `catalog` may be null: the forms and component checks are then skipped. `rule_findings` are
// check_rules(dossier)'s; the completeness ones among them are copied to `out`. `computed`, when
// given, is compute(dossier) (the recompute step has it): the forms' costs are read from it.
void check_completeness(const Dossier& dossier, const forms::FormCatalog* catalog,
                        const std::vector<Finding>& rule_findings, std::vector<Finding>& out,
                        const DossierResult* computed = nullptr);

// Whether a code of check_rules belongs to the plausibility part of the review (W002, W003, W012,
// W013) rather than to completeness.
bool is_plausibility_rule(std::string_view code);

} // namespace cptt::review
