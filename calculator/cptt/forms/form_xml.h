#pragma once
// Internal to the form loader: small typed readers shared by form_reader.cpp and its parts.
// Every problem throws cptt::FieldError located at the element at fault.
#include "cptt/forms/form_definition.h"
#include "cptt/xml_fields.h"

#include <pugixml.hpp>

#include <initializer_list>
#include <string_view>

namespace cptt::forms {

// The attributes of `node` must be among `allowed`.
void expect_attributes(const FieldReader& in, pugi::xml_node node,
                       std::initializer_list<std::string_view> allowed);
// A true/false attribute; `fallback` when absent.
bool read_flag(const FieldReader& in, pugi::xml_node node, const char* name, bool fallback);
// <visible-if>, <required-if>, <warn-if>: one or more conditions, all of which must hold.
Condition read_conditions(const FieldReader& in, pugi::xml_node node);

} // namespace cptt::forms
