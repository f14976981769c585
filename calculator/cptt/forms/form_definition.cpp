#include "cptt/forms/form_definition.h"
#include "cptt/id_table.h"

#include <algorithm>
#include <array>
#include <utility>

namespace cptt::forms {
namespace {

constexpr IdTable<FieldType, 7> type_ids{{{FieldType::yesno, "yesno"},
                                          {FieldType::choice, "choice"},
                                          {FieldType::multi, "multi"},
                                          {FieldType::text, "text"},
                                          {FieldType::number, "number"},
                                          {FieldType::date, "date"},
                                          {FieldType::table, "table"}}};
constexpr IdTable<FormRole, 4> role_ids{{{FormRole::assessment, "assessment"},
                                         {FormRole::worksheet, "worksheet"},
                                         {FormRole::summary, "summary"},
                                         {FormRole::attachment, "attachment"}}};
constexpr IdTable<FormScope, 2> scope_ids{
    {{FormScope::procedure, "procedure"}, {FormScope::draft, "draft"}}};
constexpr IdTable<FieldRole, 3> field_role_ids{{{FieldRole::none, "none"},
                                                {FieldRole::article_ref, "article-ref"},
                                                {FieldRole::applicable, "applicable"}}};
constexpr IdTable<Repeat, 2> repeat_ids{
    {{Repeat::answers, "answers"}, {Repeat::procedures, "procedures"}}};

} // namespace

const Option* Field::find_option(std::string_view id) const {
  for (const Option& o : options)
    if (o.id == id)
      return &o;
  return nullptr;
}

const Column* Field::find_column(std::string_view id) const {
  for (const Column& c : columns)
    if (c.id == id)
      return &c;
  return nullptr;
}

std::size_t FormDefinition::field_index(std::string_view id) const {
  auto it = field_ids.find(std::string(id));
  return it == field_ids.end() ? no_index : it->second;
}

std::size_t FormDefinition::block_index(std::string_view id) const {
  auto it = block_ids.find(std::string(id));
  return it == block_ids.end() ? no_index : it->second;
}

const Field* FormDefinition::find_field(std::string_view id) const {
  std::size_t i = field_index(id);
  return i == no_index ? nullptr : &fields[i];
}

const Section* FormDefinition::find_section(std::string_view id) const {
  for (const Section& s : sections)
    if (s.id == id)
      return &s;
  return nullptr;
}

std::size_t FormDefinition::block_of_field(std::size_t field) const {
  return sections[fields[field].section].block;
}

std::size_t FormDefinition::depth_of_field(std::size_t field) const {
  std::size_t b = block_of_field(field);
  return b == no_index ? 0 : blocks[b].depth;
}

bool FormDefinition::applies_to(ProcedureKind kind) const {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

std::string_view to_id(FieldType v) { return lookup(type_ids, v); }
std::string_view to_id(FormRole v) { return lookup(role_ids, v); }
std::string_view to_id(FormScope v) { return lookup(scope_ids, v); }
std::string_view to_id(FieldRole v) { return lookup(field_role_ids, v); }
std::string_view to_id(Repeat v) { return lookup(repeat_ids, v); }
bool from_id(std::string_view id, FieldType& out) { return reverse_lookup(type_ids, id, out); }
bool from_id(std::string_view id, FormRole& out) { return reverse_lookup(role_ids, id, out); }
bool from_id(std::string_view id, FormScope& out) { return reverse_lookup(scope_ids, id, out); }
bool from_id(std::string_view id, FieldRole& out) {
  return reverse_lookup(field_role_ids, id, out);
}
bool from_id(std::string_view id, Repeat& out) { return reverse_lookup(repeat_ids, id, out); }
std::string_view label_vi(Unit v) { return cptt::label(v, Language::vi); }

std::string_view trim(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && is_space(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && is_space(s.back()))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                               text[i] == '\r' || text[i] == ','))
      ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n' &&
           text[i] != '\r' && text[i] != ',')
      ++i;
    if (i > start)
      out.emplace_back(text.substr(start, i - start));
  }
  return out;
}

} // namespace cptt::forms
