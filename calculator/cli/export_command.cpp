// cptt export FILE -o REPORT: writes the XML report (dossier + results + metadata + digest).
#include "commands.h"
#include "language.h"

#include "paths.h"

#include "cptt/reference/reference_data.h"
#include "cptt/report.h"

#include <iostream>

namespace cptt::cli {

int run_export(const Args& args, std::ostream& out, std::ostream& err) {
  std::string file, output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "-o" || args[i] == "--output") && i + 1 < args.size())
      output = args[++i];
    else if (file.empty() && !args[i].starts_with("-"))
      file = args[i];
    else {
      err << tr("cách dùng: ", "usage: ") << "cptt export FILE -o REPORT\n";
      return exit_usage;
    }
  }
  if (file.empty() || output.empty()) {
    err << tr("cách dùng: ", "usage: ") << "cptt export FILE -o REPORT\n";
    return exit_usage;
  }
  DossierLoad load = load_dossier_file(file);
  if (!load.result) {
    err << describe(load.result) << '\n';
    return exit_invalid;
  }
  // The report records which reference data it was made with, for the reviewer's integrity check.
  ReferenceLoad reference = load_reference_data(data_dir());
  if (!reference.result)
    err << tr("cảnh báo: ", "warning: ") << describe(reference.result) << '\n';
  ReportMetadata metadata = report_metadata(reference.result ? &reference.data : nullptr);
  try {
    if (std::string error = export_report_file(load.dossier, output, metadata); !error.empty()) {
      err << output << ": " << error << '\n';
      return exit_invalid;
    }
  } catch (const std::exception& e) {
    err << file << ": " << what(e) << '\n';
    return exit_invalid;
  }
  out << tr("Đã ghi báo cáo: ", "Report written: ") << output << '\n';
  return exit_ok;
}

} // namespace cptt::cli
