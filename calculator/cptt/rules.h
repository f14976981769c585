#pragma once
// Rule checks on a loaded dossier that the file format alone cannot express: a procedure without
// the worksheet its kind needs, a rate of the wrong year, evidence that is missing: what a reviewer
// would otherwise find by hand.
#include "cptt/finding.h"

#include <string_view>

namespace cptt {

// Which year a derived rate's statistic must be of. TT 03/2022 Art. 11(4): "năm trước liền kề năm
// tính chi phí" (the year before the calculation); TT 07/2014 Art. 9(4), the rule of the 2014
// forms: "năm gần nhất" (the latest published year), so only a year not yet published is wrong.
enum class RateYearRule { year_before, latest_published };
// The rule of a form generation ("TT07-2014" → latest_published; any other → year_before).
RateYearRule rate_year_rule(std::string_view generation);

struct RuleContext {
  RateYearRule rate_year = RateYearRule::year_before;
};

std::vector<Finding> check_rules(const Dossier& dossier, const RuleContext& context = {});

} // namespace cptt
