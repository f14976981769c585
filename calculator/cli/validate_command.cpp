// cptt validate FILE: format and rule findings, one per line with its place; exit 0 when none is an
// error.
#include "commands.h"

#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/rules.h"

#include <iostream>

namespace cptt::cli {

int run_validate(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.size() != 1 || args[0].starts_with("-")) {
    err << "cách dùng / usage: cptt validate FILE\n";
    return exit_usage;
  }
  const std::string& file = args[0];
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
