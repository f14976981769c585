#pragma once
// The vocabulary of the formats, generated from the XML schemas (data/schema/*.xsd,
// forms/form-definition.xsd) by vocabulary_gen.py: for each element, the attributes it may carry
// and which of its children may repeat. XmlSource checks every file against it before a reader
// sees it, so an unknown attribute, or a second <hours> in a task that a reader would silently
// drop, is refused with its place.
#include <span>
#include <string_view>

namespace cptt {

struct ChildRule {
  std::string_view name;
  int type; // index into the element rules
  bool repeatable;
};

struct ElementRule {
  std::span<const std::string_view> attributes;
  std::span<const ChildRule> children; // children it does not list (xs:any) are not checked
};

// The rule of a document's root element `name` in `xml_namespace`; null for a document the
// schemas do not describe (then nothing is checked).
const ElementRule* root_rule(std::string_view xml_namespace, std::string_view name);
// The rule of the child `name` of an element with `parent`'s rule, and its index among the
// parent's children (or -1): null for a child the schema does not know (the readers say so).
// Names as pugixml holds them (NUL-terminated): compared without measuring them first, since
// every element and attribute of every file comes here.
const ElementRule* child_rule(const ElementRule& parent, const char* name, int* index);
// Whether `name` (NUL-terminated) is one of `names`.
bool is_one_of(const char* name, std::span<const std::string_view> names);

} // namespace cptt
