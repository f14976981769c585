// Reads a form definition element by element. Structure and values are checked here; references
// between fields, scopes and cycles in form_analysis.cpp. The first problem stops the read.
#include "cptt/forms/form_reader.h"

#include "cptt/forms/bindings.h"
#include "cptt/forms/components.h"
#include "cptt/forms/form_analysis.h"
#include "cptt/forms/form_xml.h"
#include "cptt/forms/value_check.h"
#include "cptt/xml_fields.h"
#include "cptt/xml_source.h"

#include <algorithm>
#include <map>

namespace cptt::forms {
namespace {

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

class FormReader {
public:
  FormReader(const XmlSource& source, FormDefinition& form) : in_(source), form_(form) {}

  void read(const pugi::xml_document& document) {
    pugi::xml_node root = expect_root(in_, document, "form", forms_namespace, forms_format_version);
    expect_attributes(in_, root,
                      {"xmlns", "format-version", "id", "generation", "code", "version", "verified",
                       "role", "scope", "stage", "kinds", "valid-from", "valid-until"});
    in_.expect_children(root, {"title", "legal-basis", "source", "section", "block"});
    form_.id = in_.attribute(root, "id");
    if (!is_id(form_.id))
      in_.fail(root, "mã biểu mẫu " + q(form_.id) + " không hợp lệ / invalid form id");
    form_.generation = in_.attribute(root, "generation");
    form_.code = root.attribute("code").value();
    form_.version = in_.integer(root, in_.attribute(root, "version"), "version");
    if (form_.version < 1)
      in_.fail(root, "version phải từ 1 trở lên / version must be at least 1");
    form_.verified = read_flag(in_, root, "verified", false);
    form_.role =
        in_.enumeration<FormRole>(root, "role", "assessment, worksheet, summary, attachment");
    form_.scope = in_.enumeration<FormScope>(root, "scope", "procedure, draft");
    form_.stage = in_.enumeration<Stage>(root, "stage", "proposal, drafting");
    form_.kinds = kinds(root, in_.attribute(root, "kinds"));
    form_.valid_from = date_attribute(root, "valid-from");
    form_.valid_until = date_attribute(root, "valid-until");
    form_.title = text_pair(in_.required_child(root, "title"), "tiêu đề biểu mẫu / form title");
    form_.legal_basis =
        text_pair(in_.required_child(root, "legal-basis"), "căn cứ pháp lý / legal basis");
    form_.source = in_.text(root, "source");
    form_.items = items(root, no_index);
    if (form_.fields.empty())
      in_.fail(root, "biểu mẫu không có câu hỏi nào / the form has no field");
  }

private:
  std::string date_attribute(pugi::xml_node node, const char* name) {
    std::string v = node.attribute(name).value();
    if (!v.empty() && !is_iso_date(v))
      in_.fail(node, std::string(name) + "=" + q(v) + " không phải ngày YYYY-MM-DD / not a date");
    return v;
  }

  std::vector<ProcedureKind> kinds(pugi::xml_node node, std::string_view text) {
    std::vector<ProcedureKind> out;
    for (const std::string& word : split_words(text)) {
      ProcedureKind k{};
      if (!from_id(word, k))
        in_.fail(node, "loại thủ tục " + q(word) +
                           " không hợp lệ; chấp nhận: new, amended, detailed, abolished / invalid "
                           "procedure kind");
      out.push_back(k);
    }
    if (out.empty())
      in_.fail(node, "kinds không được để trống / kinds must not be empty");
    return out;
  }

  // A unique id in the form: fields, sections and blocks share one namespace.
  std::string unique_id(pugi::xml_node node) {
    std::string id = in_.attribute(node, "id");
    if (!is_id(id))
      in_.fail(node, "mã " + q(id) +
                         " không hợp lệ (chữ, số, dấu . _ -; không có / hay khoảng trắng) / "
                         "invalid id");
    auto [it, inserted] = ids_.emplace(id, in_.location(node));
    if (!inserted)
      in_.fail(node, "mã " + q(id) + " bị trùng (đã dùng ở dòng " +
                         std::to_string(it->second.line) + ") / duplicate id");
    return id;
  }

  Text text_pair(pugi::xml_node node, const std::string& what) {
    in_.expect_children(node, {"vi", "en"});
    Text t{std::string(trim(node.child("vi").text().get())),
           std::string(trim(node.child("en").text().get()))};
    if (t.vi.empty())
      in_.fail(node, "thiếu nội dung tiếng Việt (<vi>) của " + what + " / missing Vietnamese text");
    return t;
  }

  Text optional_pair(pugi::xml_node parent, const char* name, const std::string& what) {
    pugi::xml_node node = parent.child(name);
    return node ? text_pair(node, what) : Text{};
  }

  std::vector<Item> items(pugi::xml_node node, std::size_t block) {
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

  std::size_t read_block(pugi::xml_node node, std::size_t parent) {
    expect_attributes(in_, node, {"id", "repeat", "kinds", "min", "max"});
    in_.expect_children(node, {"title", "section", "block"});
    Block b;
    b.location = in_.location(node);
    b.id = unique_id(node);
    b.parent = parent;
    b.depth = parent == no_index ? 1 : form_.blocks[parent].depth + 1;
    b.title = text_pair(in_.required_child(node, "title"), "tiêu đề khối " + q(b.id));
    if (node.attribute("repeat"))
      b.repeat = in_.enumeration<Repeat>(node, "repeat", "answers, procedures");
    if (b.repeat == Repeat::procedures) {
      if (form_.scope != FormScope::draft)
        in_.fail(node, "khối lặp theo thủ tục chỉ dùng trong biểu mẫu của cả dự thảo (scope=draft) "
                       "/ per-procedure blocks need a draft-scope form");
      if (node.attribute("kinds"))
        b.kinds = kinds(node, node.attribute("kinds").value());
      if (node.attribute("min") || node.attribute("max"))
        in_.fail(node, "min, max chỉ dùng với repeat=answers / min and max need repeat=answers");
      b.min = 0;
    } else {
      if (node.attribute("kinds"))
        in_.fail(node, "kinds chỉ dùng với repeat=procedures / kinds needs repeat=procedures");
      if (node.attribute("min"))
        b.min = in_.integer(node, node.attribute("min").value(), "min");
      if (node.attribute("max"))
        b.max = in_.integer(node, node.attribute("max").value(), "max");
      if (b.max > 0 && b.min > b.max)
        in_.fail(node, "min lớn hơn max / min is above max");
    }
    std::size_t index = form_.blocks.size();
    form_.blocks.push_back(std::move(b));
    form_.block_ids.emplace(form_.blocks[index].id, index);
    std::vector<Item> content = items(node, index);
    if (content.empty())
      in_.fail(node, "khối " + q(form_.blocks[index].id) + " không có mục nào / empty block");
    form_.blocks[index].items = std::move(content);
    return index;
  }

  std::size_t read_section(pugi::xml_node node, std::size_t block) {
    expect_attributes(in_, node, {"id", "number", "verified", "component", "toggle", "worksheet"});
    in_.expect_children(node, {"title", "help", "visible-if", "field"});
    Section s;
    s.location = in_.location(node);
    s.id = unique_id(node);
    s.number = node.attribute("number").value();
    s.verified = read_flag(in_, node, "verified", form_.verified);
    s.block = block;
    s.title = text_pair(in_.required_child(node, "title"), "tiêu đề mục " + q(s.id));
    s.help = optional_pair(node, "help", "hướng dẫn mục " + q(s.id));
    s.component = node.attribute("component").value();
    Component c{};
    if (!s.component.empty() && !component_from_id(s.component, c))
      in_.fail(node, "bộ phận " + q(s.component) +
                         " không có trong Điều 8 (name, steps, method, documents, time-limit, "
                         "subjects, handling-body, forms, result, requirements, fees) / unknown "
                         "component");
    s.toggle = node.attribute("toggle").value();
    s.worksheet = node.attribute("worksheet").value();
    if (!s.worksheet.empty()) {
      Worksheet::Variant v{};
      if (!from_id(s.worksheet, v))
        in_.fail(node, "worksheet=" + q(s.worksheet) +
                           " không hợp lệ; chấp nhận: current, proposed / invalid variant");
    }
    if (pugi::xml_node v = node.child("visible-if"))
      s.visible_if = read_conditions(in_, v);
    std::size_t index = form_.sections.size();
    form_.sections.push_back(std::move(s));
    for (pugi::xml_node f : node.children("field"))
      form_.sections[index].fields.push_back(read_field(f, index));
    if (form_.sections[index].fields.empty())
      in_.fail(node, "mục " + q(form_.sections[index].id) + " không có câu hỏi / empty section");
    return index;
  }

  std::vector<Option> options(pugi::xml_node node, const std::string& owner) {
    std::vector<Option> out;
    for (pugi::xml_node o : node.children("option")) {
      expect_attributes(in_, o, {"id"});
      Option opt;
      opt.location = in_.location(o);
      opt.id = in_.attribute(o, "id");
      if (!is_id(opt.id))
        in_.fail(o, "mã lựa chọn " + q(opt.id) + " không hợp lệ / invalid option id");
      if (std::any_of(out.begin(), out.end(), [&](const Option& x) { return x.id == opt.id; }))
        in_.fail(o, "lựa chọn " + q(opt.id) + " bị trùng / duplicate option");
      opt.label = text_pair(o, "lựa chọn " + q(opt.id) + " của " + owner);
      out.push_back(std::move(opt));
    }
    return out;
  }

  // Options are needed exactly by choice and multi.
  void check_options(pugi::xml_node node, FieldType type, const std::vector<Option>& opts,
                     const std::string& owner) {
    bool wants = type == FieldType::choice || type == FieldType::multi;
    if (wants && opts.empty())
      in_.fail(node, "danh sách lựa chọn của " + owner + " trống / empty option list");
    if (!wants && !opts.empty())
      in_.fail(node, "chỉ câu hỏi loại choice, multi có lựa chọn (" + owner +
                         ") / options need type choice or multi");
  }

  Unit unit(pugi::xml_node node, FieldType type) {
    if (!node.attribute("unit"))
      return Unit::none;
    if (type != FieldType::number)
      in_.fail(node, "đơn vị chỉ dùng cho câu hỏi loại number / unit needs type number");
    return in_.enumeration<Unit>(node, "unit",
                                 "days, months, years, hours, pages, VND, people, count, percent");
  }

  Column read_column(pugi::xml_node node, const std::string& field_id) {
    expect_attributes(in_, node, {"id", "type", "unit", "required", "computed"});
    in_.expect_children(node, {"label", "help", "option"});
    Column c;
    c.location = in_.location(node);
    c.id = in_.attribute(node, "id");
    if (!is_id(c.id))
      in_.fail(node, "mã cột " + q(c.id) + " không hợp lệ / invalid column id");
    std::string owner = "cột " + q(c.id) + " của " + q(field_id);
    c.type = in_.enumeration<FieldType>(node, "type", "text, number, yesno, choice, date");
    if (c.type == FieldType::multi || c.type == FieldType::table)
      in_.fail(node, "cột không được có loại multi hay table / columns cannot be multi or table");
    c.unit = unit(node, c.type);
    c.computed = read_flag(in_, node, "computed", false);
    c.required = read_flag(in_, node, "required", !c.computed);
    c.label = text_pair(in_.required_child(node, "label"), "nhãn " + owner);
    c.help = optional_pair(node, "help", "hướng dẫn " + owner);
    c.options = options(node, owner);
    check_options(node, c.type, c.options, owner);
    return c;
  }

  // Answer values a reason or gate attribute may name, checked against the field's type.
  std::vector<std::string> answer_values(pugi::xml_node node, const char* name, const Field& f) {
    std::vector<std::string> values = split_words(node.attribute(name).value());
    for (const std::string& v : values) {
      bool ok = false;
      if (f.type == FieldType::yesno)
        ok = v == "yes" || v == "no";
      else if (f.type == FieldType::choice || f.type == FieldType::multi)
        ok = f.find_option(v) != nullptr;
      if (!ok)
        in_.fail(node, std::string(name) + "=" + q(v) + ": không phải câu trả lời của câu hỏi " +
                           q(f.id) + " (loại " + std::string(to_id(f.type)) +
                           ") / not an answer of this field");
    }
    return values;
  }

  std::size_t read_field(pugi::xml_node node, std::size_t section) {
    expect_attributes(in_, node,
                      {"id", "number", "type", "unit", "required", "reason", "gate-closes-when",
                       "conclusion", "role", "from", "verified", "min", "max", "min-rows"});
    in_.expect_children(node, {"label", "help", "reason-label", "warning", "option", "column",
                               "visible-if", "required-if", "warn-if"});
    Field f;
    f.location = in_.location(node);
    f.id = unique_id(node);
    f.section = section;
    f.number = node.attribute("number").value();
    f.type =
        in_.enumeration<FieldType>(node, "type", "yesno, choice, multi, text, number, date, table");
    f.unit = unit(node, f.type);
    f.verified = read_flag(in_, node, "verified", form_.sections[section].verified);
    std::string owner = "câu hỏi " + q(f.id);
    f.label = text_pair(in_.required_child(node, "label"), "nhãn " + owner);
    f.help = optional_pair(node, "help", "hướng dẫn " + owner);
    f.reason_label = optional_pair(node, "reason-label", "yêu cầu nêu lý do của " + owner);
    f.warning = optional_pair(node, "warning", "cảnh báo của " + owner);
    f.options = options(node, owner);
    check_options(node, f.type, f.options, owner);
    for (pugi::xml_node c : node.children("column")) {
      Column col = read_column(c, f.id);
      if (f.find_column(col.id))
        in_.fail(c, "cột " + q(col.id) + " bị trùng / duplicate column");
      f.columns.push_back(std::move(col));
    }
    if (f.type == FieldType::table && f.columns.empty())
      in_.fail(node, "bảng " + q(f.id) + " không có cột / a table needs columns");
    if (f.type != FieldType::table && !f.columns.empty())
      in_.fail(node, "chỉ câu hỏi loại table có cột / columns need type table");
    read_numbers(node, f);
    read_logic(node, f);
    std::size_t index = form_.fields.size();
    form_.field_ids.emplace(f.id, index);
    form_.fields.push_back(std::move(f));
    return index;
  }

  void read_numbers(pugi::xml_node node, Field& f) {
    for (const char* name : {"min", "max"}) {
      pugi::xml_attribute a = node.attribute(name);
      if (!a)
        continue;
      if (f.type != FieldType::number)
        in_.fail(node, std::string(name) + " chỉ dùng cho loại number / needs type number");
      (std::string_view(name) == "min" ? f.min : f.max) = in_.decimal(node, a.value(), name);
    }
    if (f.min && f.max && *f.max < *f.min)
      in_.fail(node, "min lớn hơn max / min is above max");
    if (pugi::xml_attribute a = node.attribute("min-rows")) {
      if (f.type != FieldType::table)
        in_.fail(node, "min-rows chỉ dùng cho loại table / min-rows needs type table");
      f.min_rows = in_.integer(node, a.value(), "min-rows");
    }
  }

  void read_logic(pugi::xml_node node, Field& f) {
    f.required = read_flag(in_, node, "required", true);
    f.conclusion = read_flag(in_, node, "conclusion", false);
    if (f.conclusion && f.type != FieldType::yesno && f.type != FieldType::choice)
      in_.fail(node,
               "câu kết luận phải là yesno hoặc choice / a conclusion must be yesno or choice");
    std::string_view reason = node.attribute("reason").value();
    if (reason == "any")
      f.reason_always = true;
    else if (!reason.empty())
      f.reason_when = answer_values(node, "reason", f);
    if (node.attribute("gate-closes-when")) {
      if (f.type != FieldType::yesno && f.type != FieldType::choice)
        in_.fail(node, "cổng (gate) phải là câu hỏi yesno hoặc choice / a gate must be yesno or "
                       "choice");
      f.gate_values = answer_values(node, "gate-closes-when", f);
      if (f.gate_values.empty())
        in_.fail(node, "gate-closes-when trống / empty gate-closes-when");
    }
    if (node.attribute("role"))
      f.role = in_.enumeration<FieldRole>(node, "role", "none, article-ref, applicable");
    if (f.role == FieldRole::article_ref && f.type != FieldType::text)
      in_.fail(node, "role=article-ref cần loại text / article-ref needs type text");
    if (f.role == FieldRole::applicable && f.type != FieldType::yesno)
      in_.fail(node, "role=applicable cần loại yesno / applicable needs type yesno");
    if (f.role != FieldRole::none && form_.sections[f.section].component.empty())
      in_.fail(node, "role=" + std::string(to_id(f.role)) +
                         " cần mục có thuộc tính component / needs a section with a component");
    f.from = node.attribute("from").value();
    if (!f.from.empty()) {
      auto info = binding_info(f.from);
      if (!info) {
        std::string known;
        for (std::string_view s : binding_sources())
          known += (known.empty() ? "" : ", ") + std::string(s);
        in_.fail(node, "nguồn dữ liệu from=" + q(f.from) + " không có; chấp nhận: " + known +
                           " / unknown binding source");
      }
      f.computed = info->computed;
      if (f.computed && (f.type == FieldType::table || f.type == FieldType::multi))
        in_.fail(node, "trường tính sẵn không thể là bảng hay multi / computed fields cannot be "
                       "table or multi");
      if (info->needs_procedure && !procedure_in_scope(f.section))
        in_.fail(node, "from=" + q(f.from) +
                           " cần một thủ tục: biểu mẫu theo thủ tục hoặc khối repeat=procedures / "
                           "needs a per-procedure form or block");
    }
    if (pugi::xml_node v = node.child("visible-if"))
      f.visible_if = read_conditions(in_, v);
    if (pugi::xml_node r = node.child("required-if")) {
      if (node.attribute("required"))
        in_.fail(r, "không dùng đồng thời required và required-if / use required or required-if");
      f.required_if = read_conditions(in_, r);
    }
    if (pugi::xml_node w = node.child("warn-if")) {
      f.warn_if = read_conditions(in_, w);
      if (f.warning.vi.empty())
        in_.fail(w, "warn-if cần <warning> / warn-if needs a <warning> text");
    } else if (!f.warning.vi.empty()) {
      in_.fail(node.child("warning"), "<warning> cần warn-if / <warning> needs warn-if");
    }
  }

  bool procedure_in_scope(std::size_t section) const {
    if (form_.scope == FormScope::procedure)
      return true;
    for (std::size_t b = form_.sections[section].block; b != no_index; b = form_.blocks[b].parent)
      if (form_.blocks[b].repeat == Repeat::procedures)
        return true;
    return false;
  }

  FieldReader in_;
  FormDefinition& form_;
  std::map<std::string, SourceLocation> ids_;
};

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
