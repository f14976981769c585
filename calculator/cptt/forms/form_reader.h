#pragma once
// Loading a form definition (forms/*.xml, namespace urn:cptt:forms). A definition with a mistake
// (an unknown element or attribute, an unknown field in a condition, a cycle of conditions, an
// empty option list, a duplicate id, a missing Vietnamese label …) gives a LoadResult naming
// file:line:col and the definition is not used. Nothing throws for bad input.
#include "cptt/forms/form_definition.h"
#include "cptt/load_result.h"

#include <memory>
#include <string>

namespace cptt::forms {

inline constexpr const char* forms_namespace = "urn:cptt:forms";
inline constexpr int forms_format_version = 1;

struct FormLoad {
  LoadResult result;
  std::shared_ptr<const FormDefinition> form; // null unless result is ok
};

FormLoad load_form_file(const std::string& path);
FormLoad load_form_text(std::string text, std::string name = "<memory>");

} // namespace cptt::forms
