#include "cptt/review/completeness.h"

#include "cptt/forms/components.h"
#include "cptt/forms/dossier_forms.h"
#include "cptt/forms/rule_overlap.h"

namespace cptt::review {

bool is_plausibility_rule(std::string_view code) {
  return code == "CPTT-W002" || code == "CPTT-W003" || code == "CPTT-W012" || code == "CPTT-W013" ||
         code == "CPTT-W014";
}

namespace {

void check_components_of(const Procedure& p, const forms::FormEvaluation& e,
                         std::vector<Finding>& out) {
  for (const forms::ComponentStatus& s : forms::check_components(p, &e)) {
    const forms::ComponentInfo& c = forms::info(s.component);
    Place place;
    place.component = std::string(c.id);
    place.field = s.field;
    const Arg name = arg("component", Text{std::string(c.label_vi), std::string(c.label_en)});
    if (s.state == forms::ComponentStatus::State::missing)
      out.push_back(make_finding("CPTT-E230", p.id, place, p.location, {name}));
    else if (s.state == forms::ComponentStatus::State::not_assessed && c.mandatory &&
             e.closed_gates.empty())
      out.push_back(make_finding("CPTT-W231", p.id, place, p.location, {name}));
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
