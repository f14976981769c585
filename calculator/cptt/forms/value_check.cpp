#include "cptt/forms/value_check.h"

#include <algorithm>

namespace cptt::forms {
namespace {

std::string in_quotes(std::string_view value) { return "\"" + std::string(value) + "\""; }

std::string option_list(const std::vector<Option>& options) {
  std::string out;
  for (const Option& o : options) {
    if (!out.empty())
      out += ", ";
    out += o.id;
  }
  return out;
}

bool has_option(const std::vector<Option>& options, std::string_view id) {
  return std::any_of(options.begin(), options.end(), [&](const Option& o) { return o.id == id; });
}

} // namespace

ValueRules rules_of(const Field& field) {
  return {field.type, &field.options, &field.min, &field.max};
}

ValueRules rules_of(const Column& column) {
  return {column.type, &column.options, nullptr, nullptr};
}

Text check_value(const ValueRules& rules, std::string_view value) {
  switch (rules.type) {
  case FieldType::yesno:
    if (value != "yes" && value != "no")
      return {"câu trả lời " + in_quotes(value) + " không hợp lệ, cần yes hoặc no",
              "the answer " + in_quotes(value) + " is not valid: yes or no expected"};
    return {};
  case FieldType::choice:
    if (!has_option(*rules.options, value))
      return {"lựa chọn " + in_quotes(value) + " không có trong danh sách (" +
                  option_list(*rules.options) + ")",
              "the choice " + in_quotes(value) + " is not one of the options (" +
                  option_list(*rules.options) + ")"};
    return {};
  case FieldType::multi: {
    std::vector<std::string> picked = split_words(value);
    for (std::size_t i = 0; i < picked.size(); ++i) {
      if (!has_option(*rules.options, picked[i]))
        return {"lựa chọn " + in_quotes(picked[i]) + " không có trong danh sách (" +
                    option_list(*rules.options) + ")",
                "the choice " + in_quotes(picked[i]) + " is not one of the options (" +
                    option_list(*rules.options) + ")"};
      if (std::find(picked.begin(), picked.begin() + static_cast<std::ptrdiff_t>(i), picked[i]) !=
          picked.begin() + static_cast<std::ptrdiff_t>(i))
        return {"lựa chọn " + in_quotes(picked[i]) + " được chọn hai lần",
                "the choice " + in_quotes(picked[i]) + " is chosen twice"};
    }
    return {};
  }
  case FieldType::number: {
    Text error;
    auto number = Decimal::try_parse(value, NumberStyle::canonical, &error);
    if (!number)
      return {"số " + in_quotes(value) + " không hợp lệ: " + error.vi,
              "the number " + in_quotes(value) + " is not valid: " + error.in(Language::en)};
    if (rules.min && *rules.min && *number < **rules.min)
      return {"số " + in_quotes(value) + " nhỏ hơn mức tối thiểu " + (*rules.min)->to_canonical(),
              "the number " + in_quotes(value) + " is below the minimum " +
                  (*rules.min)->to_canonical()};
    if (rules.max && *rules.max && *number > **rules.max)
      return {"số " + in_quotes(value) + " lớn hơn mức tối đa " + (*rules.max)->to_canonical(),
              "the number " + in_quotes(value) + " is above the maximum " +
                  (*rules.max)->to_canonical()};
    return {};
  }
  case FieldType::date:
    if (!is_iso_date(value))
      return {"ngày " + in_quotes(value) + " không hợp lệ, cần dạng YYYY-MM-DD",
              "the date " + in_quotes(value) + " is not valid: YYYY-MM-DD expected"};
    return {};
  case FieldType::text:
  case FieldType::table:
    return {};
  }
  return {};
}

bool matches_any(FieldType type, std::string_view value, const std::vector<std::string>& values) {
  if (type == FieldType::multi) {
    for (const std::string& picked : split_words(value))
      if (std::find(values.begin(), values.end(), picked) != values.end())
        return true;
    return false;
  }
  return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace cptt::forms
