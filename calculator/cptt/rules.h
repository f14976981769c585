#pragma once
// Rule checks on a loaded dossier that the file format alone cannot express: a procedure without
// the worksheet its kind needs, a rate of the wrong year, evidence that is missing (domain.md §6).
#include "cptt/finding.h"

namespace cptt {

std::vector<Finding> check_rules(const Dossier& dossier);

} // namespace cptt
