#pragma once
// Typed reading of XML elements and attributes with messages that name the field, the value and
// the place. Used by every reader of the core: the first problem throws FieldError, which the
// reader's entry point turns into a LoadResult.
#include "cptt/load_result.h"
#include "cptt/model.h"
#include "cptt/money.h"
#include "cptt/quantity.h"
#include "cptt/xml_source.h"

#include <pugixml.hpp>

#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace cptt {

struct FieldError {
  pugi::xml_node node;
  LoadStatus status = LoadStatus::invalid_content;
  Text message;
  int line = 0; // set when the place is already known (an error passed up from a nested read)
  int column = 0;
};

// The name of a field in messages, in both languages ({"số giờ", "hours"}); an XML name
// ("format-version") is the same in both. Or a function that builds the Text, for readers in hot
// loops whose label is composed (it is then built only when a message needs it). Holds views:
// a label lives as long as the call it is passed to.
class FieldLabel {
public:
  FieldLabel(std::string_view vi, std::string_view en) : vi_(vi), en_(en) {}
  FieldLabel(const Text& text) : vi_(text.vi), en_(text.in(Language::en)) {}
  FieldLabel(const char* xml_name) : vi_(xml_name), en_(xml_name) {}
  template <class Make>
  requires std::is_invocable_r_v<Text, const Make&> FieldLabel(const Make& make)
      : make_([](const void* f) { return (*static_cast<const Make*>(f))(); }), function_(&make) {}

  Text text() const { return make_ ? make_(function_) : Text{std::string(vi_), std::string(en_)}; }

private:
  std::string_view vi_, en_;
  Text (*make_)(const void*) = nullptr;
  const void* function_ = nullptr;
};

class FieldReader {
public:
  explicit FieldReader(const XmlSource& source) : source_(source) {}

  [[noreturn]] void fail(pugi::xml_node node, Text message,
                         LoadStatus status = LoadStatus::invalid_content) const;

  // Element children must be among `allowed` (names); anything else is an error naming it.
  void expect_children(pugi::xml_node node, std::initializer_list<std::string_view> allowed) const;
  // One pass over the children: the first element of each name in `names` (null when absent);
  // any other element is an error naming it. For hot paths, where child(name) per field would
  // rescan the siblings.
  template <std::size_t N>
  std::array<pugi::xml_node, N>
  children_by_name(pugi::xml_node node, const std::array<std::string_view, N>& names) const {
    std::array<pugi::xml_node, N> found{};
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
      if (child.type() != pugi::node_element) {
        check_text_child(node, child);
        continue;
      }
      const std::string_view name = child.name();
      std::size_t i = 0;
      while (i < N && names[i] != name)
        ++i;
      if (i == N)
        fail_unknown_child(node, child);
      if (!found[i])
        found[i] = child;
    }
    return found;
  }
  // Text of an element found by children_by_name ("" when null); `required` errors naming it.
  std::string text_of(pugi::xml_node parent, pugi::xml_node element, const char* name,
                      bool required = false) const;

  // A required child element; error naming it when absent.
  pugi::xml_node required_child(pugi::xml_node node, const char* name) const;
  // Text of a child element (empty when absent); `required` errors on absent or blank text.
  std::string text(pugi::xml_node node, const char* name, bool required = false) const;
  // A required attribute's value; error naming it when absent or empty.
  std::string attribute(pugi::xml_node node, const char* name) const;
  // The same, as a view into the document (numbers parsed on the spot: no copy).
  std::string_view attribute_view(pugi::xml_node node, const char* name) const;

  // Numbers in canonical form. `what` names the field in messages.
  Decimal decimal(pugi::xml_node node, std::string_view text, const FieldLabel& what) const;
  Money money(pugi::xml_node element, const FieldLabel& what, bool allow_negative = false) const;
  Quantity quantity(pugi::xml_node element, const FieldLabel& what) const;
  std::optional<Money> optional_money(pugi::xml_node parent, const char* name,
                                      const FieldLabel& what) const;
  // A whole number from 0 to `max` (the default bounds a count or a position in a list).
  int integer(pugi::xml_node node, std::string_view text, const FieldLabel& what,
              int max = 100000) const;

  // An enumeration attribute read through `from_id`; error lists the accepted ids.
  template <class E>
  E enumeration(pugi::xml_node node, const char* name, std::string_view accepted) const {
    std::string id = attribute(node, name);
    E value{};
    if (!from_id(id, value)) {
      const std::string attr = std::string(name) + "=\"" + id + "\"";
      fail(
          node,
          {"thuộc tính " + attr + " không hợp lệ; giá trị được chấp nhận: " + std::string(accepted),
           "attribute " + attr + " is not valid; accepted values: " + std::string(accepted)});
    }
    return value;
  }

  SourceLocation location(pugi::xml_node node) const;
  const XmlSource& source() const { return source_; }

private:
  void check_text_child(pugi::xml_node parent, pugi::xml_node child) const;
  [[noreturn]] void fail_unknown_child(pugi::xml_node parent, pugi::xml_node child) const;

  const XmlSource& source_;
};

// Runs `read` and turns a FieldError into a located LoadResult.
template <class Fn> LoadResult read_guarded(const XmlSource& source, Fn&& read) {
  try {
    read();
  } catch (const FieldError& e) {
    if (e.line > 0)
      return {e.status, source.name(), e.line, e.column, e.message};
    return source.error_at(e.node, e.status, e.message);
  }
  return {LoadStatus::ok, source.name(), 0, 0, {}};
}

// The root element `name` in namespace urn:cptt with a supported format-version; throws
// FieldError otherwise.
pugi::xml_node expect_root(const FieldReader& reader, const pugi::xml_document& document,
                           const char* name, const char* xml_namespace, int max_version);

} // namespace cptt
