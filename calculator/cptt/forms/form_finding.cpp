#include "cptt/forms/form_finding.h"

#include <array>

namespace cptt::forms {
namespace {

struct KindInfo {
  FindingKind kind;
  std::string_view id;
  std::string_view code;
  Severity severity;
};

constexpr std::array<KindInfo, 17> kinds{{
    {FindingKind::unknown_form, "unknown-form", "CPTT-E101", Severity::error},
    {FindingKind::unknown_procedure, "unknown-procedure", "CPTT-E102", Severity::error},
    {FindingKind::missing_procedure, "missing-procedure", "CPTT-E103", Severity::error},
    {FindingKind::missing_form, "missing-form", "CPTT-E104", Severity::error},
    {FindingKind::missing_answer, "missing-answer", "CPTT-E105", Severity::error},
    {FindingKind::missing_reason, "missing-reason", "CPTT-E106", Severity::error},
    {FindingKind::invalid_answer, "invalid-answer", "CPTT-E107", Severity::error},
    {FindingKind::unknown_field, "unknown-field", "CPTT-W101", Severity::warning},
    {FindingKind::duplicate_answer, "duplicate-answer", "CPTT-W102", Severity::warning},
    {FindingKind::form_not_applicable, "form-not-applicable", "CPTT-W103", Severity::warning},
    {FindingKind::mixed_generations, "mixed-generations", "CPTT-W104", Severity::warning},
    {FindingKind::gate_closed, "gate-closed", "CPTT-W105", Severity::warning},
    {FindingKind::answer_warning, "answer-warning", "CPTT-W106", Severity::warning},
    {FindingKind::hidden_answer, "hidden-answer", "CPTT-N101", Severity::note},
    {FindingKind::component_off, "component-off", "CPTT-N102", Severity::note},
    {FindingKind::unverified_form, "unverified-form", "CPTT-N103", Severity::note},
    {FindingKind::computed_answer, "computed-answer", "CPTT-N104", Severity::note},
}};

const KindInfo& info(FindingKind kind) {
  for (const KindInfo& k : kinds)
    if (k.kind == kind)
      return k;
  return kinds.front();
}

std::string place_of(const FormFinding& f) {
  std::string place;
  auto add = [&](const std::string& part) {
    if (part.empty())
      return;
    if (!place.empty())
      place += " · ";
    place += part;
  };
  if (!f.form_code.empty())
    add("biểu mẫu " + f.form_code + (f.instance.empty() ? "" : " (" + f.instance + ")"));
  // Inside a repeatable block, name the instance: "policy/2", "abolished/P3".
  if (std::size_t slash = f.section.rfind('/'); slash != std::string::npos)
    add(f.section.substr(0, slash));
  if (!f.section_number.empty())
    add("mục " + f.section_number);
  else if (!f.section.empty())
    add("mục " + f.section);
  if (!f.number.empty())
    add("câu " + f.number);
  else if (!f.field.empty())
    add(f.field);
  return place;
}

std::string labelled_message(const FormFinding& f) {
  if (f.label.empty())
    return f.message;
  return "“" + f.label + "”: " + f.message;
}

} // namespace

std::string_view to_id(FindingKind kind) { return info(kind).id; }
std::string_view code_of(FindingKind kind) { return info(kind).code; }
Severity severity_of(FindingKind kind) { return info(kind).severity; }

FormFinding make_finding(FindingKind kind) {
  FormFinding f;
  f.kind = kind;
  f.severity = severity_of(kind);
  f.code = std::string(code_of(kind));
  return f;
}

Finding to_finding(const FormFinding& f) {
  return {f.severity, f.code, f.procedure_id, place_of(f), f.location, labelled_message(f)};
}

std::string describe(const FormFinding& f) {
  std::string out = std::string(to_id(f.severity)) + " " + f.code;
  std::string place = place_of(f);
  if (!f.procedure_id.empty() || !place.empty()) {
    out += " [" + f.procedure_id;
    if (!f.procedure_id.empty() && !place.empty())
      out += " · ";
    out += place + "]";
  }
  return out + " " + labelled_message(f);
}

} // namespace cptt::forms
