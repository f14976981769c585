// cptt validate FILE [--forms-dir DIR] [--data-dir DIR]: what the review of the dossier's export
// will flag (the core's check_dossier: rules, forms, Art. 8 components, plausibility), one finding
// per line with its place; exit 0 when none is an error.
#include "commands.h"
#include "language.h"

#include "cptt/data_paths.h"
#include "cptt/dossier_xml.h"
#include "cptt/forms/form_catalog.h"
#include "cptt/reference/reference_data.h"
#include "cptt/review/dossier_check.h"

#include <iostream>

namespace cptt::cli {

int run_validate(const Args& args, std::ostream& out, std::ostream& err) {
  std::string file, forms = data_paths().forms, data = data_paths().data;
  bool usage_error = false;
  for (std::size_t i = 0; i < args.size() && !usage_error; ++i) {
    if (args[i] == "--forms-dir" && i + 1 < args.size())
      forms = args[++i];
    else if (args[i] == "--data-dir" && i + 1 < args.size())
      data = args[++i];
    else if (file.empty() && !args[i].starts_with("-"))
      file = args[i];
    else
      usage_error = true;
  }
  if (file.empty() || usage_error) {
    err << tr("cách dùng: ", "usage: ")
        << "cptt validate FILE [--forms-dir DIR] [--data-dir DIR]\n";
    return exit_usage;
  }
  DossierLoad load = load_dossier_file(file);
  if (!load.result) {
    out << describe(load.result) << '\n';
    err << "cptt validate: " << tr("1 lỗi", "1 error") << '\n';
    return exit_invalid;
  }
  std::vector<Finding> findings;
  // The assessment forms: each missing answer or reason, by form, section and question.
  const forms::FormCatalog catalog = forms::FormCatalog::load_folder(forms);
  for (const LoadResult& broken : catalog.errors())
    findings.push_back(
        make_finding("CPTT-W100", "", {}, {}, {arg("error", broken.describe_both())}));
  ReferenceLoad reference = load_reference_data(data);
  if (!reference.result)
    err << tr("cảnh báo: ", "warning: ") << describe(reference.result) << '\n';
  const review::ReviewContext context{reference.result ? &reference.data : nullptr, &catalog};
  for (Finding& f : review::check_dossier(load.dossier, context))
    findings.push_back(std::move(f));
  std::size_t errors = 0, warnings = 0;
  for (const Finding& f : findings) {
    out << format_finding(f, file, language()) << '\n';
    if (f.severity == Severity::error)
      ++errors;
    else if (f.severity == Severity::warning)
      ++warnings;
  }
  err << "cptt validate: " << errors << tr(" lỗi, ", " errors, ") << warnings
      << tr(" cảnh báo\n", " warnings\n");
  return errors > 0 ? exit_invalid : exit_ok;
}

} // namespace cptt::cli
