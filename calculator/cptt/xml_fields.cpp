#include "cptt/xml_fields.h"

#include <algorithm>

namespace cptt {
namespace {

std::string_view trimmed_view(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && is_space(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && is_space(s.back()))
    s.remove_suffix(1);
  return s;
}

std::string trimmed(std::string_view s) { return std::string(trimmed_view(s)); }

} // namespace

void FieldReader::fail(pugi::xml_node node, std::string message, LoadStatus status) const {
  throw FieldError{node, status, std::move(message)};
}

void FieldReader::check_text_child(pugi::xml_node parent, pugi::xml_node child) const {
  if ((child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) &&
      !trimmed(child.value()).empty())
    fail(parent,
         "văn bản không mong đợi trong <" + std::string(parent.name()) + "> / unexpected text");
}

void FieldReader::fail_unknown_child(pugi::xml_node parent, pugi::xml_node child) const {
  fail(child, "phần tử <" + std::string(child.name()) + "> không được phép trong <" +
                  parent.name() + "> / unknown element");
}

void FieldReader::expect_children(pugi::xml_node node,
                                  std::initializer_list<std::string_view> allowed) const {
  // Text embedded in an element that should only hold elements is unexpected too.
  if (!trimmed(node.value()).empty())
    fail(node, "văn bản không mong đợi trong <" + std::string(node.name()) + "> / unexpected text");
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) {
      check_text_child(node, child);
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), std::string_view(child.name())) == allowed.end())
      fail_unknown_child(node, child);
  }
}

std::string FieldReader::text_of(pugi::xml_node parent, pugi::xml_node element, const char* name,
                                 bool required) const {
  if (!element) {
    if (required)
      fail(parent,
           "thiếu <" + std::string(name) + "> trong <" + parent.name() + "> / missing element");
    return {};
  }
  std::string value = element.text().get();
  if (required && trimmed(value).empty())
    fail(element, "<" + std::string(name) + "> không được để trống / must not be empty");
  return value;
}

pugi::xml_node FieldReader::required_child(pugi::xml_node node, const char* name) const {
  pugi::xml_node child = node.child(name);
  if (!child)
    fail(node, "thiếu <" + std::string(name) + "> trong <" + node.name() + "> / missing element");
  return child;
}

std::string FieldReader::text(pugi::xml_node node, const char* name, bool required) const {
  pugi::xml_node child = node.child(name);
  if (!child) {
    if (required)
      fail(node, "thiếu <" + std::string(name) + "> trong <" + node.name() + "> / missing element");
    return {};
  }
  std::string value = child.text().get();
  if (required && trimmed(value).empty())
    fail(child, "<" + std::string(name) + "> không được để trống / must not be empty");
  return value;
}

std::string FieldReader::attribute(pugi::xml_node node, const char* name) const {
  return std::string(attribute_view(node, name));
}

std::string_view FieldReader::attribute_view(pugi::xml_node node, const char* name) const {
  pugi::xml_attribute a = node.attribute(name);
  const std::string_view value = a ? a.value() : "";
  if (value.empty())
    fail(node, "thiếu thuộc tính " + std::string(name) + " của <" + node.name() +
                   "> / missing attribute");
  return value;
}

Decimal FieldReader::decimal(pugi::xml_node node, std::string_view text,
                             const FieldLabel& what) const {
  std::string error;
  auto value = Decimal::try_parse(trimmed_view(text), NumberStyle::canonical, &error);
  if (!value)
    fail(node, what.str() + ": " + error);
  return *value;
}

Money FieldReader::money(pugi::xml_node element, const FieldLabel& what,
                         bool allow_negative) const {
  Money m(decimal(element, element.text().get(), what));
  if (m.is_negative() && !allow_negative)
    fail(element, what.str() + ": \"" + trimmed(element.text().get()) +
                      "\" là số âm; số tiền không được âm / amount must not be negative");
  return m;
}

Quantity FieldReader::quantity(pugi::xml_node element, const FieldLabel& what) const {
  Quantity q(decimal(element, element.text().get(), what));
  if (q.is_negative())
    fail(element, what.str() + ": \"" + trimmed(element.text().get()) +
                      "\" là số âm / must not be negative");
  return q;
}

std::optional<Money> FieldReader::optional_money(pugi::xml_node parent, const char* name,
                                                 std::string_view what) const {
  pugi::xml_node child = parent.child(name);
  if (!child)
    return std::nullopt;
  return money(child, what);
}

int FieldReader::integer(pugi::xml_node node, std::string_view text, std::string_view what) const {
  Decimal d = decimal(node, text, what);
  if (!d.is_integer() || d < Decimal::from_integer(0) || d > Decimal::from_integer(100000))
    fail(node, std::string(what) + ": \"" + trimmed(text) +
                   "\" phải là số nguyên không âm / must be a whole number");
  return static_cast<int>(d.to_int64());
}

SourceLocation FieldReader::location(pugi::xml_node node) const {
  auto [line, column] = source_.position(node);
  return {line, column};
}

pugi::xml_node expect_root(const FieldReader& reader, const pugi::xml_document& document,
                           const char* name, const char* xml_namespace, int max_version) {
  pugi::xml_node root = document.document_element();
  if (!root)
    reader.fail(document, "tệp không có phần tử gốc / no root element", LoadStatus::wrong_document);
  if (std::string_view(root.name()) != name)
    reader.fail(root,
                "phần tử gốc là <" + std::string(root.name()) + ">, cần <" + name +
                    "> / wrong root element",
                LoadStatus::wrong_document);
  std::string_view ns = root.attribute("xmlns").value();
  if (ns != xml_namespace)
    reader.fail(root,
                "không gian tên \"" + std::string(ns) + "\" không đúng, cần \"" + xml_namespace +
                    "\" / wrong namespace",
                LoadStatus::wrong_document);
  std::string version = reader.attribute(root, "format-version");
  int v = reader.integer(root, version, "format-version");
  if (v > max_version || v < 1)
    reader.fail(root,
                "phiên bản định dạng " + version + " mới hơn chương trình này đọc được (tối đa " +
                    std::to_string(max_version) +
                    "); hãy cập nhật CPTT / newer format version than this program reads",
                LoadStatus::unsupported_version);
  return root;
}

} // namespace cptt
