// The public face of the evaluation (form_engine.h): evaluate runs the internal Evaluator
// (form_evaluator.h); the ids of closures, the lookup by key and how an answer value reads.
#include "cptt/forms/form_engine.h"

#include "cptt/forms/form_evaluator.h"

#include <string>

namespace cptt::forms {

std::string_view to_id(Closure c) {
  switch (c) {
  case Closure::open:
    return "open";
  case Closure::condition:
    return "condition";
  case Closure::section:
    return "section";
  case Closure::toggle:
    return "toggle";
  case Closure::gate:
    return "gate";
  }
  return {};
}

const FieldState* FormEvaluation::find(std::string_view key) const {
  auto it = by_key.find(std::string(key));
  return it == by_key.end() ? nullptr : &fields[it->second];
}

std::string display_value(const Field& field, std::string_view value) {
  if (field.type == FieldType::yesno)
    return value == "yes" ? "Có" : value == "no" ? "Không" : std::string(value);
  if (field.type == FieldType::choice || field.type == FieldType::multi) {
    std::string out;
    for (const std::string& id : split_words(value)) {
      const Option* o = field.find_option(id);
      if (!out.empty())
        out += ", ";
      out += o ? o->label.vi : id;
    }
    return out;
  }
  return std::string(value);
}

Text display_text(const Field& field, std::string_view value) {
  if (field.type == FieldType::yesno)
    return {display_value(field, value), value == "yes"  ? "Yes"
                                         : value == "no" ? "No"
                                                         : std::string(value)};
  if (field.type == FieldType::choice || field.type == FieldType::multi) {
    Text out;
    for (const std::string& id : split_words(value)) {
      const Option* o = field.find_option(id);
      const std::string sep = out.vi.empty() ? "" : ", ";
      out.vi += sep + (o ? o->label.vi : id);
      out.en += sep + (o ? o->label.in(Language::en) : id);
    }
    return out;
  }
  return {std::string(value), {}};
}

FormEvaluation evaluate(const FormDefinition& form, const AnswerSet& answers,
                        const EvaluationContext& context) {
  FormEvaluation out;
  detail::Evaluator(form, answers, context, out).run();
  return out;
}

} // namespace cptt::forms
