// Typed attribute readers and the condition grammar of form definitions (<when>, <all>, <any>,
// <not>). References are resolved later, by form_analysis.cpp, when the whole form is known.
#include "cptt/forms/form_xml.h"

#include <algorithm>
#include <utility>

namespace cptt::forms {
namespace {

std::string q(std::string_view s) { return "\"" + std::string(s) + "\""; }

Condition condition(const FieldReader& in, pugi::xml_node node);

Condition group(const FieldReader& in, pugi::xml_node node, Condition::Kind kind) {

  expect_attributes(in, node, {});
  in.expect_children(node, {"when", "all", "any", "not"});
  Condition g;
  g.kind = kind;
  g.location = in.location(node);
  for (pugi::xml_node c : node.children())
    if (c.type() == pugi::node_element)
      g.children.push_back(condition(in, c));
  if (g.children.empty())
    in.fail(node, {"<" + std::string(node.name()) + "> không có điều kiện",
                   "<" + std::string(node.name()) + "> holds no condition"});
  if (kind == Condition::Kind::negate && g.children.size() != 1)
    in.fail(node, {"<not> chỉ chứa một điều kiện", "<not> takes exactly one condition"});
  return g;
}

Condition condition(const FieldReader& in, pugi::xml_node node) {
  std::string_view name = node.name();
  if (name == "all")
    return group(in, node, Condition::Kind::all);
  if (name == "any")
    return group(in, node, Condition::Kind::any);
  if (name == "not")
    return group(in, node, Condition::Kind::negate);
  expect_attributes(in, node, {"field", "equals", "not-equals", "one-of", "includes", "answered"});
  in.expect_children(node, {});
  Condition c;
  c.location = in.location(node);
  c.field = in.attribute(node, "field");
  static const std::pair<const char*, Condition::Test> tests[] = {
      {"equals", Condition::Test::equals},
      {"not-equals", Condition::Test::not_equals},
      {"one-of", Condition::Test::one_of},
      {"includes", Condition::Test::includes},
      {"answered", Condition::Test::answered}};
  int count = 0;
  for (const auto& [attr, test] : tests) {
    pugi::xml_attribute a = node.attribute(attr);
    if (!a)
      continue;
    ++count;
    c.test = test;
    c.values = split_words(a.value());
    if (test == Condition::Test::answered) {
      bool yes = read_flag(in, node, "answered", true);
      c.test = yes ? Condition::Test::answered : Condition::Test::unanswered;
      c.values.clear();
    } else if (c.values.empty()) {
      in.fail(node, {std::string(attr) + " trống", std::string(attr) + " is empty"});
    } else if ((test == Condition::Test::equals || test == Condition::Test::not_equals) &&
               c.values.size() > 1) {
      c.values = {std::string(trim(a.value()))};
    }
  }
  if (count != 1)
    in.fail(node, {"<when> cần đúng một phép thử: equals, not-equals, one-of, includes hoặc "
                   "answered",
                   "<when> needs exactly one test: equals, not-equals, one-of, includes or "
                   "answered"});
  return c;
}

} // namespace

void expect_attributes(const FieldReader& in, pugi::xml_node node,
                       std::initializer_list<std::string_view> allowed) {
  for (pugi::xml_attribute a : node.attributes())
    if (std::find(allowed.begin(), allowed.end(), std::string_view(a.name())) == allowed.end())
      in.fail(
          node,
          {"thuộc tính " + std::string(a.name()) + " không được phép trong <" + node.name() + ">",
           "attribute " + std::string(a.name()) + " is not allowed in <" + node.name() + ">"});
}

bool read_flag(const FieldReader& in, pugi::xml_node node, const char* name, bool fallback) {
  pugi::xml_attribute a = node.attribute(name);
  if (!a)
    return fallback;
  std::string_view v = a.value();
  if (v != "true" && v != "false")
    in.fail(
        node,
        {"thuộc tính " + std::string(name) + "=" + q(v) + " không hợp lệ, cần true hoặc false",
         "attribute " + std::string(name) + "=" + q(v) + " is not valid, true or false expected"});
  return v == "true";
}

Condition read_conditions(const FieldReader& in, pugi::xml_node node) {
  Condition all = group(in, node, Condition::Kind::all);
  if (all.children.size() == 1)
    return std::move(all.children.front());
  return all;
}

} // namespace cptt::forms
