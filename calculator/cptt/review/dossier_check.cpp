#include "cptt/review/dossier_check.h"

#include "cptt/engine.h"
#include "cptt/review/completeness.h"
#include "cptt/review/plausibility.h"
#include "cptt/rules.h"

#include <optional>

namespace cptt::review {

std::vector<Finding> DossierCheck::findings() const {
  std::vector<Finding> all;
  all.reserve(rule_findings.size() + completeness_findings.size() + plausibility_findings.size());
  for (const auto* part : {&rule_findings, &completeness_findings, &plausibility_findings})
    all.insert(all.end(), part->begin(), part->end());
  return all;
}

DossierCheck check_dossier_parts(const Dossier& dossier, const ReviewContext& context) {
  DossierCheck out;
  std::optional<DossierResult> computed;
  try {
    computed = compute(dossier);
  } catch (const std::exception& e) {
    out.rule_findings.push_back(
        make_finding("CPTT-E010", "", {}, {}, {arg("error", error_text(e))}));
  }
  const DossierResult* result = computed ? &*computed : nullptr;
  const std::vector<Finding> rules = check_rules(dossier, rule_context(dossier, context));
  check_completeness(dossier, context.forms, rules, out.completeness_findings, result);
  if (context.reference)
    check_plausibility(dossier, *context.reference, rules, out.plausibility_findings, result);
  else
    for (const Finding& f : rules)
      if (is_plausibility_rule(f.code))
        out.plausibility_findings.push_back(f);
  return out;
}

std::vector<Finding> check_dossier(const Dossier& dossier, const ReviewContext& context) {
  return check_dossier_parts(dossier, context).findings();
}

} // namespace cptt::review
