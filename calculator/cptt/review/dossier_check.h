#pragma once
// The one checker of a drafter's dossier: what the review of its export will flag, listed before
// export. `cptt validate` prints it; the app's draft checklist shows it, grouped by procedure.
//
//   cptt::review::ReviewContext context{&reference.data, &catalog};
//   for (const cptt::Finding& f : cptt::review::check_dossier(dossier, context)) …
//
// The same parts as the review's (review_check.h), in the same order: the dossier rules
// (rules.h; CPTT-E010 when the dossier cannot be computed), completeness (the forms engine, the
// Art. 8 components) and plausibility. Integrity and recompute concern an exported file only.
#include "cptt/finding.h"
#include "cptt/review/review_check.h"

#include <vector>

namespace cptt::review {

struct DossierCheck {
  std::vector<Finding> rule_findings; // CPTT-E010 only: the dossier cannot be computed
  std::vector<Finding> completeness_findings;
  std::vector<Finding> plausibility_findings; // empty without reference data
  std::vector<Finding> findings() const;      // all, in that order
};

DossierCheck check_dossier_parts(const Dossier& dossier, const ReviewContext& context);
std::vector<Finding> check_dossier(const Dossier& dossier, const ReviewContext& context);

} // namespace cptt::review
