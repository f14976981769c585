#pragma once
// Checking one answer value against its field's (or table column's) type: yes/no, an option id,
// option ids separated by spaces (multi), a canonical number within bounds, an ISO date. Values
// are text in the dossier; their meaning comes from the definition.
#include "cptt/dates.h"
#include "cptt/forms/form_definition.h"

#include <string>
#include <string_view>

namespace cptt::forms {

struct ValueRules {
  FieldType type = FieldType::text;
  const std::vector<Option>* options = nullptr;
  const std::optional<Decimal>* min = nullptr;
  const std::optional<Decimal>* max = nullptr;
};

ValueRules rules_of(const Field& field);
ValueRules rules_of(const Column& column);

// An empty text when `value` (already trimmed, not empty) is acceptable; otherwise the reason in
// both languages, quoting it. Tables are checked row by row by the engine.
Text check_value(const ValueRules& rules, std::string_view value);

// Whether a yes/no, choice or multi answer matches one of `values` (multi: any selected option).
bool matches_any(FieldType type, std::string_view value, const std::vector<std::string>& values);

} // namespace cptt::forms
