#pragma once
// Internal to the engine: turning a finished evaluation into findings, in document order.
#include "cptt/forms/form_engine.h"

#include <unordered_map>
#include <vector>

namespace cptt::forms {

// An answer that no question took: an unknown field or instance, or a duplicate.
struct AnswerProblem {
  std::size_t answer = 0;
  FindingKind kind = FindingKind::unknown_field;
  Text message;
};

struct FindingInputs {
  const AnswerSet& answers;
  // Why an answer is invalid, by field state (a table may have several reasons).
  const std::unordered_map<std::size_t, std::vector<Text>>& invalid;
  const std::vector<AnswerProblem>& problems;
};

void add_findings(FormEvaluation& evaluation, const FindingInputs& inputs);

} // namespace cptt::forms
