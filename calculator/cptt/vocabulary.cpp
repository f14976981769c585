#include "cptt/vocabulary.h"

namespace cptt {
namespace {

struct RootRule {
  std::string_view xml_namespace;
  std::string_view name;
  int type;
};

// A loop the compiler inlines: names are a few letters and mostly differ at the first one.
bool same_name(const char* name, std::string_view rule) {
  for (char c : rule)
    if (*name++ != c)
      return false;
  return *name == '\0';
}

} // namespace
} // namespace cptt

namespace cptt::vocabulary_data {
using cptt::ChildRule;
using cptt::ElementRule;
using cptt::RootRule;
} // namespace cptt::vocabulary_data

#include "cptt/vocabulary_tables.inc"

namespace cptt {

const ElementRule* root_rule(std::string_view xml_namespace, std::string_view name) {
  for (const RootRule& root : vocabulary_data::roots)
    if (root.name == name && root.xml_namespace == xml_namespace)
      return &vocabulary_data::types[root.type];
  return nullptr;
}

const ElementRule* child_rule(const ElementRule& parent, const char* name, int* index) {
  const std::span<const ChildRule> children = parent.children;
  for (std::size_t i = 0; i < children.size(); ++i) {
    if (same_name(name, children[i].name)) {
      if (index)
        *index = static_cast<int>(i);
      return &vocabulary_data::types[children[i].type];
    }
  }
  if (index)
    *index = -1;
  return nullptr;
}

bool is_one_of(const char* name, std::span<const std::string_view> names) {
  for (std::string_view candidate : names)
    if (same_name(name, candidate))
      return true;
  return false;
}

} // namespace cptt
