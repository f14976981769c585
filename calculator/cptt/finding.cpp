#include "cptt/finding.h"

#include "cptt/decimal.h"
#include "cptt/finding_catalog.h"

#include <algorithm>

namespace cptt {

std::string_view to_id(Severity severity) {
  switch (severity) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::note:
    return "note";
  }
  return {};
}

std::string_view label_vi(Severity severity) {
  switch (severity) {
  case Severity::error:
    return "Lỗi";
  case Severity::warning:
    return "Cảnh báo";
  case Severity::note:
    return "Ghi chú";
  }
  return {};
}

std::string_view label(Severity severity, Language language) {
  if (language == Language::vi)
    return label_vi(severity);
  switch (severity) {
  case Severity::error:
    return "Error";
  case Severity::warning:
    return "Warning";
  case Severity::note:
    return "Note";
  }
  return {};
}

std::string_view to_id(Language language) { return language == Language::en ? "en" : "vi"; }

bool from_id(std::string_view id, Language& out) {
  if (id == "vi")
    out = Language::vi;
  else if (id == "en")
    out = Language::en;
  else
    return false;
  return true;
}

Arg arg(std::string name, std::string plain) { return {std::move(name), {std::move(plain), {}}}; }
Arg arg(std::string name, Text value) { return {std::move(name), std::move(value)}; }

Arg arg_number(std::string name, const Decimal& value) {
  // The Vietnamese form swaps the separators of the English one: 1.234,5 and 1,234.5.
  std::string vi = value.to_vietnamese();
  std::string en = vi;
  for (char& c : en)
    c = c == '.' ? ',' : c == ',' ? '.' : c;
  return {std::move(name), {std::move(vi), std::move(en)}};
}

Arg arg_count(std::string name, long long value) {
  return {std::move(name), {std::to_string(value), {}}};
}

Arg arg_kind(std::string name, ProcedureKind kind) {
  return {std::move(name),
          {std::string(label(kind, Language::vi)), std::string(label(kind, Language::en))}};
}

bool Place::empty() const { return text(Language::vi).empty(); }

std::string Place::text(Language l) const {
  const bool en = l == Language::en;
  std::string out;
  auto add = [&](const std::string& part, const char* sep = " · ") {
    if (part.empty())
      return;
    if (!out.empty())
      out += sep;
    out += part;
  };
  if (!form_code.empty())
    add((en ? "form " : "biểu mẫu ") + form_code +
        (form_instance.empty() ? "" : " (" + form_instance + ")"));
  add(block);
  if (!section_number.empty())
    add((en ? "section " : "mục ") + section_number);
  else if (!section.empty())
    add((en ? "section " : "mục ") + section);
  if (!question.empty())
    add((en ? "question " : "câu ") + question);
  else if (!field.empty() && component.empty())
    add(field);
  if (worksheet)
    add(*worksheet == Worksheet::Variant::current
            ? (en ? "current worksheet" : "bảng tính hiện hành")
            : (en ? "proposed worksheet" : "bảng tính đề xuất"));
  if (task > 0)
    add((en ? "task " : "công việc ") + std::to_string(task), ", ");
  if (fee > 0)
    add((en ? "fee " : "phí ") + std::to_string(fee), ", ");
  if (!rate.empty())
    add((en ? "income rate " : "mức thu nhập ") + rate);
  if (!component.empty())
    add((en ? "component " : "thành phần ") + component + (field.empty() ? "" : ", " + field));
  if (!input.empty()) {
    struct Name {
      std::string_view id, vi, en;
    };
    static constexpr Name names[] = {{"title", "tên dự thảo", "draft title"},
                                     {"name", "tên thủ tục", "procedure name"},
                                     {"articles", "điều, khoản", "articles"},
                                     {"level", "cấp giải quyết", "handling level"},
                                     {"simplification", "giải trình", "explanation"},
                                     {"digest", "mã băm", "digest"},
                                     {"metadata", "thông tin xuất", "metadata"},
                                     {"reference-data", "dữ liệu tham chiếu", "reference data"},
                                     {"totals", "tổng hợp dự thảo", "dossier totals"}};
    std::string name = input;
    for (const Name& n : names)
      if (n.id == input)
        name = std::string(en ? n.en : n.vi);
    add(name + (input_detail.empty() ? "" : " " + input_detail));
  }
  return out;
}

std::string Finding::message(Language language) const {
  if (stored_message)
    return stored_message->in(language);
  std::string out;
  if (!place.label.empty())
    out = "“" + place.label.in(language) + "”: ";
  if (const CatalogEntry* e = find_catalog_entry(code, variant))
    return out + expand_text(*e, args, language);
  return out + code;
}

std::string Finding::place_text(Language language) const {
  if (stored_place)
    return stored_place->in(language);
  return place.text(language);
}

const Arg* Finding::find_arg(std::string_view name) const {
  for (const Arg& a : args)
    if (a.name == name)
      return &a;
  return nullptr;
}

Finding make_finding(std::string_view code, std::string procedure_id, Place place,
                     SourceLocation location, std::vector<Arg> args, std::string variant) {
  Finding f;
  const CatalogEntry* e = find_catalog_entry(code, variant);
  f.severity = e ? e->severity : Severity::error;
  f.code = std::string(code);
  f.variant = std::move(variant);
  f.procedure_id = std::move(procedure_id);
  f.place = std::move(place);
  f.location = location;
  f.args = std::move(args);
  return f;
}

std::string format_finding(const Finding& f, const std::string& file, Language language) {
  std::string out = file;
  if (f.location.line > 0)
    out += ":" + std::to_string(f.location.line) + ":" + std::to_string(f.location.column);
  out += ": " + std::string(to_id(f.severity)) + " " + f.code;
  const std::string place = f.place_text(language);
  if (!f.procedure_id.empty() || !place.empty()) {
    out += " [" + f.procedure_id;
    if (!f.procedure_id.empty() && !place.empty())
      out += " · ";
    out += place + "]";
  }
  return out + " " + f.message(language);
}

bool has_errors(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.severity == Severity::error; });
}

} // namespace cptt
