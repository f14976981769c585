// cptt validate FILE [--forms-dir DIR]: format, rule and form findings, one per line with its
// place; exit 0 when none is an error.
#include "commands.h"
#include "paths.h"

#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/forms/dossier_forms.h"
#include "cptt/forms/form_catalog.h"
#include "cptt/forms/form_finding.h"
#include "cptt/forms/rule_overlap.h"
#include "cptt/rules.h"

#include <iostream>

namespace cptt::cli {

int run_validate(const Args& args, std::ostream& out, std::ostream& err) {
  std::string file, forms = forms_dir();
  bool usage_error = false;
  for (std::size_t i = 0; i < args.size() && !usage_error; ++i) {
    if (args[i] == "--forms-dir" && i + 1 < args.size())
      forms = args[++i];
    else if (file.empty() && !args[i].starts_with("-"))
      file = args[i];
    else
      usage_error = true;
  }
  if (file.empty() || usage_error) {
    err << "cách dùng / usage: cptt validate FILE [--forms-dir DIR]\n";
    return exit_usage;
  }
  DossierLoad load = load_dossier_file(file);
  if (!load.result) {
    out << load.result.describe() << '\n';
    err << "cptt validate: 1 lỗi / 1 error\n";
    return exit_invalid;
  }
  std::vector<Finding> findings = check_rules(load.dossier);
  try {
    (void)compute(load.dossier);
  } catch (const std::exception& e) {
    findings.push_back({Severity::error, "CPTT-E010", "", "", {}, e.what()});
  }
  // The assessment forms: each missing answer or reason, by form, section and question.
  const forms::FormCatalog catalog = forms::FormCatalog::load_folder(forms);
  for (const LoadResult& broken : catalog.errors())
    findings.push_back(
        {Severity::warning,
         "CPTT-W100",
         "",
         "",
         {},
         "biểu mẫu không dùng được / a form definition was not loaded: " + broken.describe()});
  const std::vector<forms::FormFinding> form_findings =
      forms::check_dossier_forms(load.dossier, catalog);
  findings = forms::without_rules_covered_by_forms(std::move(findings), form_findings, catalog);
  for (const forms::FormFinding& f : form_findings)
    findings.push_back(forms::to_finding(f));
  std::size_t errors = 0, warnings = 0;
  for (const Finding& f : findings) {
    out << format_finding(f, file) << '\n';
    errors += f.severity == Severity::error;
    warnings += f.severity == Severity::warning;
  }
  err << "cptt validate: " << errors << " lỗi / errors, " << warnings << " cảnh báo / warnings\n";
  return errors > 0 ? exit_invalid : exit_ok;
}

} // namespace cptt::cli
