// FormReader, part two: a field of a form, with its columns (tables), options, units, number
// bounds, and the logic attached to it (required, reason, gate, role, binding, conditions).
#include "cptt/forms/bindings.h"
#include "cptt/forms/form_reader_detail.h"
#include "cptt/forms/form_xml.h"
#include "cptt/forms/numbering.h"

#include <algorithm>

namespace cptt::forms::detail {

std::vector<Option> FormReader::options(pugi::xml_node node, const Text& owner) {
  std::vector<Option> out;
  for (pugi::xml_node o : node.children("option")) {
    expect_attributes(in_, o, {"id"});
    Option opt;
    opt.location = in_.location(o);
    opt.id = in_.attribute(o, "id");
    if (!is_id(opt.id))
      in_.fail(o, {"mã lựa chọn " + q(opt.id) + " không hợp lệ",
                   "option id " + q(opt.id) + " is not valid"});
    if (std::any_of(out.begin(), out.end(), [&](const Option& x) { return x.id == opt.id; }))
      in_.fail(o,
               {"lựa chọn " + q(opt.id) + " bị trùng", "option " + q(opt.id) + " is given twice"});
    opt.label = text_pair(
        o, Text{"lựa chọn " + q(opt.id) + " của ", "option " + q(opt.id) + " of "} + owner);
    out.push_back(std::move(opt));
  }
  return out;
}

// Options are needed exactly by choice and multi.
void FormReader::check_options(pugi::xml_node node, FieldType type, const std::vector<Option>& opts,
                               const Text& owner) {
  bool wants = type == FieldType::choice || type == FieldType::multi;
  if (wants && opts.empty())
    in_.fail(node, Text{"danh sách lựa chọn của ", "the option list of "} + owner +
                       Text{" trống", " is empty"});
  if (!wants && !opts.empty())
    in_.fail(node, Text{"chỉ câu hỏi loại choice, multi có lựa chọn (",
                        "only questions of type choice or multi have options ("} +
                       owner + ")");
}

Unit FormReader::unit(pugi::xml_node node, FieldType type) {
  if (!node.attribute("unit"))
    return Unit::none;
  if (type != FieldType::number)
    in_.fail(node, {"đơn vị chỉ dùng cho câu hỏi loại number",
                    "a unit is only for questions of type number"});
  return in_.enumeration<Unit>(node, "unit",
                               "days, months, years, hours, pages, VND, people, count, percent");
}

Column FormReader::read_column(pugi::xml_node node, const std::string& field_id) {
  expect_attributes(in_, node, {"id", "type", "unit", "required", "computed"});
  in_.expect_children(node, {"label", "help", "option"});
  Column c;
  c.location = in_.location(node);
  c.id = in_.attribute(node, "id");
  if (!is_id(c.id))
    in_.fail(node,
             {"mã cột " + q(c.id) + " không hợp lệ", "column id " + q(c.id) + " is not valid"});
  const Text owner{"cột " + q(c.id) + " của " + q(field_id),
                   "column " + q(c.id) + " of " + q(field_id)};
  c.type = in_.enumeration<FieldType>(node, "type", "text, number, yesno, choice, date");
  if (c.type == FieldType::multi || c.type == FieldType::table)
    in_.fail(node, {"cột không được có loại multi hay table",
                    "a column cannot be of type multi or table"});
  c.unit = unit(node, c.type);
  c.computed = read_flag(in_, node, "computed", false);
  c.required = read_flag(in_, node, "required", !c.computed);
  c.label = text_pair(in_.required_child(node, "label"), Text{"nhãn ", "the label of "} + owner);
  c.help = optional_pair(node, "help", Text{"hướng dẫn ", "the help of "} + owner);
  c.options = options(node, owner);
  check_options(node, c.type, c.options, owner);
  return c;
}

// Answer values a reason or gate attribute may name, checked against the field's type.
std::vector<std::string> FormReader::answer_values(pugi::xml_node node, const char* name,
                                                   const Field& f) {
  std::vector<std::string> values = split_words(node.attribute(name).value());
  for (const std::string& v : values) {
    bool ok = false;
    if (f.type == FieldType::yesno)
      ok = v == "yes" || v == "no";
    else if (f.type == FieldType::choice || f.type == FieldType::multi)
      ok = f.find_option(v) != nullptr;
    if (!ok)
      in_.fail(node, {std::string(name) + "=" + q(v) + ": không phải câu trả lời của câu hỏi " +
                          q(f.id) + " (loại " + std::string(to_id(f.type)) + ")",
                      std::string(name) + "=" + q(v) + ": not an answer of question " + q(f.id) +
                          " (type " + std::string(to_id(f.type)) + ")"});
  }
  return values;
}

std::size_t FormReader::read_field(pugi::xml_node node, std::size_t section) {
  expect_attributes(in_, node,
                    {"id", "number", "type", "unit", "required", "reason", "gate-closes-when",
                     "conclusion", "role", "from", "verified", "min", "max", "min-rows", "item"});
  in_.expect_children(node, {"label", "help", "reason-label", "warning", "option", "column",
                             "visible-if", "required-if", "warn-if"});
  Field f;
  f.location = in_.location(node);
  f.id = unique_id(node);
  f.section = section;
  f.number = node.attribute("number").value();
  f.number_given = !node.attribute("number").empty();
  if (!node.attribute("item").empty())
    f.item = in_.enumeration<ItemKind>(node, "item", "question, sub, part");
  f.type =
      in_.enumeration<FieldType>(node, "type", "yesno, choice, multi, text, number, date, table");
  f.unit = unit(node, f.type);
  f.verified = read_flag(in_, node, "verified", form_.sections[section].verified);
  const Text owner{"câu hỏi " + q(f.id), "question " + q(f.id)};
  f.label = text_pair(in_.required_child(node, "label"), Text{"nhãn ", "the label of "} + owner);
  f.help = optional_pair(node, "help", Text{"hướng dẫn ", "the help of "} + owner);
  f.reason_label = optional_pair(node, "reason-label",
                                 Text{"yêu cầu nêu lý do của ", "the reason request of "} + owner);
  f.warning = optional_pair(node, "warning", Text{"cảnh báo của ", "the warning of "} + owner);
  f.options = options(node, owner);
  check_options(node, f.type, f.options, owner);
  for (pugi::xml_node c : node.children("column")) {
    Column col = read_column(c, f.id);
    if (f.find_column(col.id))
      in_.fail(c, {"cột " + q(col.id) + " bị trùng", "column " + q(col.id) + " is given twice"});
    f.columns.push_back(std::move(col));
  }
  if (f.type == FieldType::table && f.columns.empty())
    in_.fail(node, {"bảng " + q(f.id) + " không có cột", "table " + q(f.id) + " has no column"});
  if (f.type != FieldType::table && !f.columns.empty())
    in_.fail(node, {"chỉ câu hỏi loại table có cột", "only questions of type table have columns"});
  read_numbers(node, f);
  read_logic(node, f);
  std::size_t index = form_.fields.size();
  form_.field_ids.emplace(f.id, index);
  form_.fields.push_back(std::move(f));
  return index;
}

void FormReader::read_numbers(pugi::xml_node node, Field& f) {
  for (const char* name : {"min", "max"}) {
    pugi::xml_attribute a = node.attribute(name);
    if (!a)
      continue;
    if (f.type != FieldType::number)
      in_.fail(node, {std::string(name) + " chỉ dùng cho loại number",
                      std::string(name) + " is only for type number"});
    (std::string_view(name) == "min" ? f.min : f.max) = in_.decimal(node, a.value(), name);
  }
  if (f.min && f.max && *f.max < *f.min)
    in_.fail(node, {"min lớn hơn max", "min is above max"});
  if (pugi::xml_attribute a = node.attribute("min-rows")) {
    if (f.type != FieldType::table)
      in_.fail(node, {"min-rows chỉ dùng cho loại table", "min-rows is only for type table"});
    f.min_rows = in_.integer(node, a.value(), "min-rows");
  }
}

void FormReader::read_logic(pugi::xml_node node, Field& f) {
  f.required = read_flag(in_, node, "required", true);
  f.conclusion = read_flag(in_, node, "conclusion", false);
  if (f.conclusion && f.type != FieldType::yesno && f.type != FieldType::choice)
    in_.fail(node, {"câu kết luận phải là yesno hoặc choice",
                    "a conclusion must be of type yesno or choice"});
  std::string_view reason = node.attribute("reason").value();
  if (reason == "any")
    f.reason_always = true;
  else if (!reason.empty())
    f.reason_when = answer_values(node, "reason", f);
  if (!node.attribute("gate-closes-when").empty()) {
    if (f.type != FieldType::yesno && f.type != FieldType::choice)
      in_.fail(node, {"cổng (gate) phải là câu hỏi yesno hoặc choice",
                      "a gate must be a question of type yesno or choice"});
    f.gate_values = answer_values(node, "gate-closes-when", f);
    if (f.gate_values.empty())
      in_.fail(node, {"gate-closes-when trống", "gate-closes-when is empty"});
  }
  if (!node.attribute("role").empty())
    f.role = in_.enumeration<FieldRole>(node, "role", "none, article-ref, applicable");
  if (f.role == FieldRole::article_ref && f.type != FieldType::text)
    in_.fail(node, {"role=article-ref cần loại text", "role=article-ref needs type text"});
  if (f.role == FieldRole::applicable && f.type != FieldType::yesno)
    in_.fail(node, {"role=applicable cần loại yesno", "role=applicable needs type yesno"});
  if (f.role != FieldRole::none && form_.sections[f.section].component.empty()) {
    const std::string role = "role=" + std::string(to_id(f.role));
    in_.fail(node, {role + " cần mục có thuộc tính component",
                    role + " needs a section with a component attribute"});
  }
  f.from = node.attribute("from").value();
  if (!f.from.empty()) {
    auto info = binding_info(f.from);
    if (!info) {
      std::string known;
      for (std::string_view s : binding_sources())
        known += (known.empty() ? "" : ", ") + std::string(s);
      in_.fail(node, {"nguồn dữ liệu from=" + q(f.from) + " không có; chấp nhận: " + known,
                      "data source from=" + q(f.from) + " does not exist; accepted: " + known});
    }
    f.computed = info->computed;
    if (f.computed && (f.type == FieldType::table || f.type == FieldType::multi))
      in_.fail(node, {"trường tính sẵn không thể là bảng hay multi",
                      "a computed field cannot be of type table or multi"});
    if (info->needs_procedure && !procedure_in_scope(f.section))
      in_.fail(node, {"from=" + q(f.from) +
                          " cần một thủ tục: biểu mẫu theo thủ tục hoặc khối repeat=procedures",
                      "from=" + q(f.from) +
                          " needs a procedure: a per-procedure form or a block "
                          "repeat=procedures"});
  }
  if (pugi::xml_node v = node.child("visible-if"))
    f.visible_if = read_conditions(in_, v);
  if (pugi::xml_node r = node.child("required-if")) {
    if (!node.attribute("required").empty())
      in_.fail(r, {"không dùng đồng thời required và required-if",
                   "required and required-if cannot be used together"});
    f.required_if = read_conditions(in_, r);
  }
  if (pugi::xml_node w = node.child("warn-if")) {
    f.warn_if = read_conditions(in_, w);
    if (f.warning.vi.empty())
      in_.fail(w, {"warn-if cần <warning>", "warn-if needs a <warning> text"});
  } else if (!f.warning.vi.empty()) {
    in_.fail(node.child("warning"), {"<warning> cần warn-if", "<warning> needs warn-if"});
  }
}

} // namespace cptt::forms::detail
