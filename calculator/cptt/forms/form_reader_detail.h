#pragma once
// The reader of one form definition (form_reader.cpp: the form, its blocks and sections;
// form_field_reader.cpp: fields, columns, options and the logic attached to a field). Internal to
// the forms engine: use load_form_file / load_form_text (form_reader.h).
#include "cptt/forms/form_definition.h"
#include "cptt/xml_fields.h"

#include <pugixml.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cptt::forms::detail {

// Letters, digits and . _ - (not first): ids of forms, fields, sections, blocks, options, columns.
bool is_id(std::string_view s);
// "text" in quotes, for messages.
std::string q(std::string_view s);

class FormReader {
public:
  FormReader(const XmlSource& source, FormDefinition& form) : in_(source), form_(form) {}
  void read(const pugi::xml_document& document);

private:
  std::string date_attribute(pugi::xml_node node, const char* name);
  std::vector<ProcedureKind> kinds(pugi::xml_node node, std::string_view text);
  // A unique id in the form: fields, sections and blocks share one namespace.
  std::string unique_id(pugi::xml_node node);
  // `what` names the text in messages ({"tiêu đề mục \"a\"", "title of section \"a\""}).
  Text text_pair(pugi::xml_node node, const Text& what);
  Text optional_pair(pugi::xml_node parent, const char* name, const Text& what);
  std::vector<Item> items(pugi::xml_node node, std::size_t block);
  std::size_t read_block(pugi::xml_node node, std::size_t parent);
  std::size_t read_section(pugi::xml_node node, std::size_t block);
  std::vector<Option> options(pugi::xml_node node, const Text& owner);
  // Options are needed exactly by choice and multi.
  void check_options(pugi::xml_node node, FieldType type, const std::vector<Option>& opts,
                     const Text& owner);
  Unit unit(pugi::xml_node node, FieldType type);
  Column read_column(pugi::xml_node node, const std::string& field_id);
  // Answer values a reason or gate attribute may name, checked against the field's type.
  std::vector<std::string> answer_values(pugi::xml_node node, const char* name, const Field& f);
  std::size_t read_field(pugi::xml_node node, std::size_t section);
  void read_numbers(pugi::xml_node node, Field& f);
  void read_logic(pugi::xml_node node, Field& f);
  bool procedure_in_scope(std::size_t section) const;
  // <renamed from to since-version>: after the fields are read (form_upgrade.cpp).
  void read_renames(pugi::xml_node root);

  FieldReader in_;
  FormDefinition& form_;
  std::map<std::string, SourceLocation> ids_;
};

} // namespace cptt::forms::detail
