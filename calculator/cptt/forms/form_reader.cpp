// Reads a form definition element by element: here the form, its blocks and sections; fields in
// form_field_reader.cpp. Structure and values are checked while reading; references between
// fields, scopes and cycles in form_analysis.cpp. The first problem stops the read.
#include "cptt/forms/form_reader.h"

#include "cptt/forms/components.h"
#include "cptt/forms/form_analysis.h"
#include "cptt/forms/form_reader_detail.h"
#include "cptt/forms/form_xml.h"
#include "cptt/forms/numbering.h"
#include "cptt/forms/value_check.h"
#include "cptt/xml_source.h"

#include <algorithm>

namespace cptt::forms {
namespace detail {

bool is_id(std::string_view s) {
  auto ok = [](char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (!first && (c == '.' || c == '_' || c == '-'));
  };
  if (s.empty() || !ok(s.front(), true))
    return false;
  return std::all_of(s.begin() + 1, s.end(), [&](char c) { return ok(c, false); });
}

std::string q(std::string_view s) { return "\"" + std::string(s) + "\""; }

void FormReader::read(const pugi::xml_document& document) {
  pugi::xml_node root = expect_root(in_, document, "form", forms_namespace, forms_format_version);
  expect_attributes(in_, root,
                    {"xmlns", "format-version", "id", "generation", "code", "version", "verified",
                     "role", "scope", "stage", "kinds", "valid-from", "valid-until"});
  in_.expect_children(root, {"title", "legal-basis", "source", "renamed", "section", "block"});
  form_.id = in_.attribute(root, "id");
  if (!is_id(form_.id))
    in_.fail(root, {"mã biểu mẫu " + q(form_.id) + " không hợp lệ",
                    "form id " + q(form_.id) + " is not valid"});
  form_.generation = in_.attribute(root, "generation");
  form_.code = root.attribute("code").value();
  form_.version = in_.integer(root, in_.attribute(root, "version"), "version");
  if (form_.version < 1)
    in_.fail(root, {"version phải từ 1 trở lên", "version must be at least 1"});
  form_.verified = read_flag(in_, root, "verified", false);
  form_.role =
      in_.enumeration<FormRole>(root, "role", "assessment, worksheet, summary, attachment");
  form_.scope = in_.enumeration<FormScope>(root, "scope", "procedure, draft");
  form_.stage = in_.enumeration<Stage>(root, "stage", "proposal, drafting");
  form_.kinds = kinds(root, in_.attribute(root, "kinds"));
  form_.valid_from = date_attribute(root, "valid-from");
  form_.valid_until = date_attribute(root, "valid-until");
  form_.title =
      text_pair(in_.required_child(root, "title"), {"tiêu đề biểu mẫu", "the form title"});
  form_.legal_basis =
      text_pair(in_.required_child(root, "legal-basis"), {"căn cứ pháp lý", "the legal basis"});
  form_.source = in_.text(root, "source");
  form_.items = items(root, no_index);
  if (form_.fields.empty())
    in_.fail(root, {"biểu mẫu không có câu hỏi nào", "the form has no question"});
  read_renames(root);
}

std::string FormReader::date_attribute(pugi::xml_node node, const char* name) {
  std::string v = node.attribute(name).value();
  if (!v.empty() && !is_iso_date(v))
    in_.fail(node, {std::string(name) + "=" + q(v) + " không phải ngày YYYY-MM-DD",
                    std::string(name) + "=" + q(v) + " is not a date YYYY-MM-DD"});
  return v;
}

std::vector<ProcedureKind> FormReader::kinds(pugi::xml_node node, std::string_view text) {
  std::vector<ProcedureKind> out;
  for (const std::string& word : split_words(text)) {
    ProcedureKind k{};
    if (!from_id(word, k))
      in_.fail(node, {"loại thủ tục " + q(word) +
                          " không hợp lệ; chấp nhận: new, amended, detailed, abolished",
                      "procedure kind " + q(word) +
                          " is not valid; accepted: new, amended, detailed, abolished"});
    out.push_back(k);
  }
  if (out.empty())
    in_.fail(node, {"kinds không được để trống", "kinds must not be empty"});
  return out;
}

// A unique id in the form: fields, sections and blocks share one namespace.
std::string FormReader::unique_id(pugi::xml_node node) {
  std::string id = in_.attribute(node, "id");
  if (!is_id(id))
    in_.fail(node,
             {"mã " + q(id) + " không hợp lệ (chữ, số, dấu . _ -; không có / hay khoảng trắng)",
              "id " + q(id) + " is not valid (letters, digits, . _ -; no / and no spaces)"});
  auto [it, inserted] = ids_.emplace(id, in_.location(node));
  if (!inserted) {
    const std::string line = std::to_string(it->second.line);
    in_.fail(node, {"mã " + q(id) + " bị trùng (đã dùng ở dòng " + line + ")",
                    "id " + q(id) + " is used twice (first on line " + line + ")"});
  }
  return id;
}

Text FormReader::text_pair(pugi::xml_node node, const Text& what) {
  in_.expect_children(node, {"vi", "en"});
  Text t{std::string(trim(node.child("vi").text().get())),
         std::string(trim(node.child("en").text().get()))};
  if (t.vi.empty())
    in_.fail(node, Text{"thiếu nội dung tiếng Việt (<vi>) của ", "the Vietnamese text (<vi>) of "} +
                       what + Text{"", " is missing"});
  return t;
}

Text FormReader::optional_pair(pugi::xml_node parent, const char* name, const Text& what) {
  pugi::xml_node node = parent.child(name);
  return node ? text_pair(node, what) : Text{};
}

std::vector<Item> FormReader::items(pugi::xml_node node, std::size_t block) {
  std::vector<Item> out;
  for (pugi::xml_node child : node.children()) {
    std::string_view name = child.name();
    if (name == "section")
      out.push_back({Item::Kind::section, read_section(child, block)});
    else if (name == "block")
      out.push_back({Item::Kind::block, read_block(child, block)});
  }
  return out;
}

std::size_t FormReader::read_block(pugi::xml_node node, std::size_t parent) {
  expect_attributes(in_, node, {"id", "repeat", "kinds", "min", "max"});
  in_.expect_children(node, {"title", "section", "block"});
  Block b;
  b.location = in_.location(node);
  b.id = unique_id(node);
  b.parent = parent;
  b.depth = parent == no_index ? 1 : form_.blocks[parent].depth + 1;
  b.title = text_pair(in_.required_child(node, "title"),
                      {"tiêu đề khối " + q(b.id), "the title of block " + q(b.id)});
  if (!node.attribute("repeat").empty())
    b.repeat = in_.enumeration<Repeat>(node, "repeat", "answers, procedures");
  if (b.repeat == Repeat::procedures) {
    if (form_.scope != FormScope::draft)
      in_.fail(node, {"khối lặp theo thủ tục chỉ dùng trong biểu mẫu của cả dự thảo (scope=draft)",
                      "a block repeated per procedure needs a form of the whole draft "
                      "(scope=draft)"});
    if (!node.attribute("kinds").empty())
      b.kinds = kinds(node, node.attribute("kinds").value());
    if (!node.attribute("min").empty() || !node.attribute("max").empty())
      in_.fail(node, {"min, max chỉ dùng với repeat=answers", "min and max need repeat=answers"});
    b.min = 0;
  } else {
    if (!node.attribute("kinds").empty())
      in_.fail(node, {"kinds chỉ dùng với repeat=procedures", "kinds needs repeat=procedures"});
    if (!node.attribute("min").empty())
      b.min = in_.integer(node, node.attribute("min").value(), "min");
    if (!node.attribute("max").empty())
      b.max = in_.integer(node, node.attribute("max").value(), "max");
    if (b.max > 0 && b.min > b.max)
      in_.fail(node, {"min lớn hơn max", "min is above max"});
  }
  std::size_t index = form_.blocks.size();
  form_.blocks.push_back(std::move(b));
  form_.block_ids.emplace(form_.blocks[index].id, index);
  std::vector<Item> content = items(node, index);
  if (content.empty())
    in_.fail(node, {"khối " + q(form_.blocks[index].id) + " không có mục nào",
                    "block " + q(form_.blocks[index].id) + " holds no section"});
  form_.blocks[index].items = std::move(content);
  return index;
}

std::size_t FormReader::read_section(pugi::xml_node node, std::size_t block) {
  expect_attributes(
      in_, node,
      {"id", "number", "verified", "component", "toggle", "worksheet", "subsection", "questions"});
  in_.expect_children(node, {"title", "help", "visible-if", "field"});
  Section s;
  s.location = in_.location(node);
  s.id = unique_id(node);
  s.number = node.attribute("number").value();
  s.number_given = !node.attribute("number").empty();
  s.subsection = read_flag(in_, node, "subsection", false);
  s.questions = s.subsection ? QuestionStyle::letters : QuestionStyle::numbers;
  if (!node.attribute("questions").empty())
    s.questions = in_.enumeration<QuestionStyle>(node, "questions", "numbers, letters, none");
  else if (s.number_given && s.number.empty())
    s.questions = QuestionStyle::none; // an unnumbered section (a header) numbers no questions
  s.verified = read_flag(in_, node, "verified", form_.verified);
  s.block = block;
  s.title = text_pair(in_.required_child(node, "title"),
                      {"tiêu đề mục " + q(s.id), "the title of section " + q(s.id)});
  s.help =
      optional_pair(node, "help", {"hướng dẫn mục " + q(s.id), "the help of section " + q(s.id)});
  s.component = node.attribute("component").value();
  Component c{};
  if (!s.component.empty() && !component_from_id(s.component, c))
    in_.fail(node, {"bộ phận " + q(s.component) +
                        " không có trong Điều 8 (name, steps, method, documents, time-limit, "
                        "subjects, handling-body, forms, result, requirements, fees)",
                    "component " + q(s.component) +
                        " is not one of Article 8 (name, steps, method, documents, time-limit, "
                        "subjects, handling-body, forms, result, requirements, fees)"});
  s.toggle = node.attribute("toggle").value();
  s.worksheet = node.attribute("worksheet").value();
  if (!s.worksheet.empty()) {
    Worksheet::Variant v{};
    if (!from_id(s.worksheet, v))
      in_.fail(node,
               {"worksheet=" + q(s.worksheet) + " không hợp lệ; chấp nhận: current, proposed",
                "worksheet=" + q(s.worksheet) + " is not valid; accepted: current, proposed"});
  }
  if (pugi::xml_node v = node.child("visible-if"))
    s.visible_if = read_conditions(in_, v);
  std::size_t index = form_.sections.size();
  form_.sections.push_back(std::move(s));
  for (pugi::xml_node f : node.children("field"))
    form_.sections[index].fields.push_back(read_field(f, index));
  if (form_.sections[index].fields.empty())
    in_.fail(node, {"mục " + q(form_.sections[index].id) + " không có câu hỏi",
                    "section " + q(form_.sections[index].id) + " has no question"});
  return index;
}

bool FormReader::procedure_in_scope(std::size_t section) const {
  if (form_.scope == FormScope::procedure)
    return true;
  for (std::size_t b = form_.sections[section].block; b != no_index; b = form_.blocks[b].parent)
    if (form_.blocks[b].repeat == Repeat::procedures)
      return true;
  return false;
}

} // namespace detail

namespace {

using detail::FormReader;

FormLoad load_from_source(const XmlSource& source) {
  FormLoad load;
  load.result = source.result();
  if (!load.result)
    return load;
  auto form = std::make_shared<FormDefinition>();
  form->file = source.name();
  load.result = read_guarded(source, [&] {
    FormReader(source, *form).read(source.document());
    analyse(*form);
    assign_numbers(*form);
  });
  if (load.result)
    load.form = std::move(form);
  return load;
}

} // namespace

FormLoad load_form_file(const std::string& path) {
  // Form definitions are small; anything near this size is not one.
  constexpr std::size_t max_form_bytes = std::size_t{16} * 1024 * 1024;
  return load_from_source(XmlSource::from_file(path, max_form_bytes));
}

FormLoad load_form_text(std::string text, std::string name) {
  return load_from_source(XmlSource::from_text(std::move(text), std::move(name)));
}

} // namespace cptt::forms
