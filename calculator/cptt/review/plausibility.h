#pragma once
// Plausibility of the inputs (warnings: questions the reviewer asks the drafter), with the
// thresholds of data/reference/plausibility.xml, the official time norms, the activity catalogue
// and the published GDP figures: compliance cost must rest on visible, sourced inputs (official
// norms for travel and forms, the GDP-based rate of the year before the calculation, subjects or
// "one case", fees with their legal basis).
//
// Codes: the core's CPTT-W002 (rate without source), W003 (statistic not of the year before the
// calculation year), W012 (fee without legal basis), W013 (one case without a reason); and
// CPTT-W240 … W258, N243, N246, N248, N249 (docs/findings.md).
#include "cptt/engine.h"
#include "cptt/finding.h"
#include "cptt/reference/reference_data.h"

#include <vector>

namespace cptt::review {

// `rule_findings` are check_rules(dossier)'s; the plausibility ones among them are copied to `out`.
// `computed`, when given, is compute(dossier) (the recompute step has it): the worksheets' costs
// are read from it rather than computed again.
void check_plausibility(const Dossier& dossier, const ReferenceData& reference,
                        const std::vector<Finding>& rule_findings, std::vector<Finding>& out,
                        const DossierResult* computed = nullptr);

} // namespace cptt::review
