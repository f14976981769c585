#include "cptt/review/completeness.h"

#include "cptt/forms/components.h"
#include "cptt/forms/dossier_forms.h"
#include "cptt/forms/rule_overlap.h"

namespace cptt::review {

bool is_plausibility_rule(std::string_view code) {
  return code == "CPTT-W002" || code == "CPTT-W003" || code == "CPTT-W012" || code == "CPTT-W013";
}

namespace {

void check_components_of(const Procedure& p, const forms::FormEvaluation& e,
                         std::vector<Finding>& out) {
  for (const forms::ComponentStatus& s : forms::check_components(p, &e)) {
    const forms::ComponentInfo& c = forms::info(s.component);
    const std::string place =
        "thành phần / component " + std::string(c.id) + (s.field.empty() ? "" : ", " + s.field);
    if (s.state == forms::ComponentStatus::State::missing)
      out.push_back({Severity::error, "CPTT-E230", p.id, place, p.location,
                     "thiếu bộ phận tạo thành \"" + std::string(c.label_vi) +
                         "\" (Điều 8 Nghị định 63/2010/NĐ-CP) hoặc chưa ghi điều, khoản của dự "
                         "thảo quy định bộ phận này / the procedure's component \"" +
                         std::string(c.label_en) +
                         "\" (Art. 8) is missing or no place in the draft is cited"});
    else if (s.state == forms::ComponentStatus::State::not_assessed && c.mandatory &&
             e.closed_gates.empty())
      out.push_back({Severity::warning, "CPTT-W231", p.id, place, p.location,
                     "bản đánh giá chưa nêu bộ phận tạo thành bắt buộc \"" +
                         std::string(c.label_vi) +
                         "\" / the assessment does not address the mandatory component \"" +
                         std::string(c.label_en) + "\""});
  }
}

} // namespace

void check_completeness(const Dossier& dossier, const forms::FormCatalog* catalog,
                        const std::vector<Finding>& rule_findings, std::vector<Finding>& out,
                        const DossierResult* computed) {
  std::vector<Finding> rules;
  for (const Finding& f : rule_findings)
    if (!is_plausibility_rule(f.code))
      rules.push_back(f);
  if (!catalog) {
    out.insert(out.end(), rules.begin(), rules.end());
    return;
  }
  forms::DossierFormsCheck check(*catalog);
  check.reset(dossier, computed);
  const std::vector<forms::FormFinding> form_findings = check.findings();
  rules = forms::without_rules_covered_by_forms(std::move(rules), form_findings, *catalog);
  out.insert(out.end(), rules.begin(), rules.end());
  for (const forms::FormFinding& f : form_findings)
    out.push_back(forms::to_finding(f));
  for (const Procedure& p : dossier.procedures)
    if (const forms::FormEvaluation* e = check.assessment_of(dossier, p.id))
      check_components_of(p, *e, out);
}

} // namespace cptt::review
