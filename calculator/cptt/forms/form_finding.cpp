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

constexpr std::array<KindInfo, 18> kinds{{
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
    {FindingKind::form_updated, "form-updated", "CPTT-N105", Severity::note},
}};

const KindInfo& info(FindingKind kind) {
  for (const KindInfo& k : kinds)
    if (k.kind == kind)
      return k;
  return kinds.front();
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
  Place place;
  place.form_id = f.form_id;
  place.form_code = f.form_code;
  place.form_instance = f.instance;
  // Inside a repeatable block, name the instance: "policy/2", "abolished/P3".
  if (std::size_t slash = f.section.rfind('/'); slash != std::string::npos)
    place.block = f.section.substr(0, slash);
  place.section = f.section;
  place.section_number = f.section_number;
  place.field = f.field;
  place.question = f.number;
  place.label = f.label;
  Finding out =
      make_finding(f.code, f.procedure_id, std::move(place), f.location, f.args, f.variant);
  out.severity = f.severity;
  return out;
}

std::string describe(const FormFinding& f, Language language) {
  const Finding finding = to_finding(f);
  std::string out = std::string(to_id(f.severity)) + " " + f.code;
  std::string place = finding.place_text(language);
  if (!f.procedure_id.empty() || !place.empty()) {
    out += " [" + f.procedure_id;
    if (!f.procedure_id.empty() && !place.empty())
      out += " · ";
    out += place + "]";
  }
  return out + " " + finding.message(language);
}

} // namespace cptt::forms
