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

Text unexpected_text(pugi::xml_node node) {
  const std::string name = node.name();
  return {"văn bản không mong đợi trong <" + name + ">", "unexpected text in <" + name + ">"};
}

Text missing_element(const char* name, pugi::xml_node parent) {
  const std::string n = name, p = parent.name();
  return {"thiếu <" + n + "> trong <" + p + ">", "missing <" + n + "> in <" + p + ">"};
}

Text must_not_be_empty(const char* name) {
  const std::string n = name;
  return {"<" + n + "> không được để trống", "<" + n + "> must not be empty"};
}

} // namespace

void FieldReader::fail(pugi::xml_node node, Text message, LoadStatus status) const {
  throw FieldError{node, status, std::move(message)};
}

void FieldReader::check_text_child(pugi::xml_node parent, pugi::xml_node child) const {
  if ((child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) &&
      !trimmed(child.value()).empty())
    fail(parent, unexpected_text(parent));
}

void FieldReader::fail_unknown_child(pugi::xml_node parent, pugi::xml_node child) const {
  const std::string c = child.name(), p = parent.name();
  fail(child, {"phần tử <" + c + "> không được phép trong <" + p + ">",
               "unknown element <" + c + ">: not allowed in <" + p + ">"});
}

void FieldReader::expect_children(pugi::xml_node node,
                                  std::initializer_list<std::string_view> allowed) const {
  // Text embedded in an element that should only hold elements is unexpected too.
  if (!trimmed(node.value()).empty())
    fail(node, unexpected_text(node));
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
      fail(parent, missing_element(name, parent));
    return {};
  }
  std::string value = element.text().get();
  if (required && trimmed(value).empty())
    fail(element, must_not_be_empty(name));
  return value;
}

pugi::xml_node FieldReader::required_child(pugi::xml_node node, const char* name) const {
  pugi::xml_node child = node.child(name);
  if (!child)
    fail(node, missing_element(name, node));
  return child;
}

std::string FieldReader::text(pugi::xml_node node, const char* name, bool required) const {
  pugi::xml_node child = node.child(name);
  if (!child) {
    if (required)
      fail(node, missing_element(name, node));
    return {};
  }
  std::string value = child.text().get();
  if (required && trimmed(value).empty())
    fail(child, must_not_be_empty(name));
  return value;
}

std::string FieldReader::attribute(pugi::xml_node node, const char* name) const {
  return std::string(attribute_view(node, name));
}

std::string_view FieldReader::attribute_view(pugi::xml_node node, const char* name) const {
  pugi::xml_attribute a = node.attribute(name);
  const std::string_view value = a ? a.value() : "";
  if (value.empty()) {
    const std::string n = name, p = node.name();
    fail(node, {"thiếu thuộc tính " + n + " của <" + p + ">",
                "missing attribute " + n + " of <" + p + ">"});
  }
  return value;
}

Decimal FieldReader::decimal(pugi::xml_node node, std::string_view text,
                             const FieldLabel& what) const {
  Text error;
  auto value = Decimal::try_parse(trimmed_view(text), NumberStyle::canonical, &error);
  if (!value)
    fail(node, what.text() + ": " + error);
  return *value;
}

Money FieldReader::money(pugi::xml_node element, const FieldLabel& what,
                         bool allow_negative) const {
  Money m(decimal(element, element.text().get(), what));
  if (m.is_negative() && !allow_negative) {
    const std::string value = "\"" + trimmed(element.text().get()) + "\"";
    fail(element,
         what.text() + Text{": " + value + " là số âm; số tiền không được âm",
                            ": " + value + " is negative; an amount must not be negative"});
  }
  return m;
}

Quantity FieldReader::quantity(pugi::xml_node element, const FieldLabel& what) const {
  Quantity q(decimal(element, element.text().get(), what));
  if (q.is_negative()) {
    const std::string value = "\"" + trimmed(element.text().get()) + "\"";
    fail(element, what.text() + Text{": " + value + " là số âm",
                                     ": " + value + " is negative; it must not be negative"});
  }
  return q;
}

std::optional<Money> FieldReader::optional_money(pugi::xml_node parent, const char* name,
                                                 const FieldLabel& what) const {
  pugi::xml_node child = parent.child(name);
  if (!child)
    return std::nullopt;
  return money(child, what);
}

int FieldReader::integer(pugi::xml_node node, std::string_view text, const FieldLabel& what,
                         int max) const {
  Decimal d = decimal(node, text, what);
  if (!d.is_integer() || d < Decimal::from_integer(0) || d > Decimal::from_integer(max)) {
    const std::string value = "\"" + trimmed(text) + "\"";
    const std::string bound = std::to_string(max);
    fail(node, what.text() + Text{": " + value + " phải là số nguyên từ 0 đến " + bound,
                                  ": " + value + " must be a whole number from 0 to " + bound});
  }
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
    reader.fail(document, {"tệp không có phần tử gốc", "the file has no root element"},
                LoadStatus::wrong_document);
  if (std::string_view(root.name()) != name) {
    const std::string found = root.name();
    reader.fail(root,
                {"phần tử gốc là <" + found + ">, cần <" + name + ">",
                 "the root element is <" + found + ">, <" + name + "> expected"},
                LoadStatus::wrong_document);
  }
  const std::string ns = root.attribute("xmlns").value();
  if (ns != xml_namespace)
    reader.fail(root,
                {"không gian tên \"" + ns + "\" không đúng, cần \"" + xml_namespace + "\"",
                 "the namespace \"" + ns + "\" is wrong, \"" + xml_namespace + "\" expected"},
                LoadStatus::wrong_document);
  std::string version = reader.attribute(root, "format-version");
  int v = reader.integer(root, version, "format-version");
  if (v > max_version || v < 1) {
    const std::string max = std::to_string(max_version);
    reader.fail(root,
                {"phiên bản định dạng " + version + " mới hơn chương trình này đọc được (tối đa " +
                     max + "); hãy cập nhật CPTT",
                 "format version " + version + " is newer than this program reads (at most " + max +
                     "); update CPTT"},
                LoadStatus::unsupported_version);
  }
  return root;
}

} // namespace cptt
