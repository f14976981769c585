#pragma once
// Internal to the loader: the checks that need the whole definition (references, scopes, gates,
// cycles) and the evaluation order. Throws cptt::FieldError located at the element at fault.
#include "cptt/forms/form_definition.h"

namespace cptt::forms {

void analyse(FormDefinition& form);

} // namespace cptt::forms
