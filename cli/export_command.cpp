// cptt export FILE -o REPORT [--sign KEY.p12|pkcs11:URI [--password-file F]]: writes the XML
// report (dossier + results + metadata + digest), signed with an enveloped XML signature when
// --sign is given: with a PKCS#12 file's key or a PKCS#11 token's.
#include "commands.h"
#include "language.h"
#include "password_file.h"

#include "cptt/atomic_file.h"
#include "cptt/data_paths.h"
#include "cptt/reference/reference_data.h"
#include "cptt/report.h"
#include "cptt/signature.h"

#include <iostream>

namespace cptt::cli {

namespace {

constexpr const char* export_usage =
    "cptt export FILE -o REPORT [--sign KEY.p12|pkcs11:URI [--password-file F]]\n";

} // namespace

int run_export(const Args& args, std::ostream& out, std::ostream& err) {
  std::string file, output, key, password_file;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "-o" || args[i] == "--output") && i + 1 < args.size())
      output = args[++i];
    else if (args[i] == "--sign" && i + 1 < args.size())
      key = args[++i];
    else if (args[i] == "--password-file" && i + 1 < args.size())
      password_file = args[++i];
    else if (file.empty() && !args[i].starts_with("-"))
      file = args[i];
    else {
      err << tr("cách dùng: ", "usage: ") << export_usage;
      return exit_usage;
    }
  }
  if (file.empty() || output.empty() || (key.empty() && !password_file.empty())) {
    err << tr("cách dùng: ", "usage: ") << export_usage;
    return exit_usage;
  }
  std::string password;
  if (Text error = read_password_file(password_file, password); !error.empty()) {
    err << password_file << ": " << text(error) << '\n';
    return exit_invalid;
  }
  DossierLoad load = load_dossier_file(file);
  if (!load.result) {
    err << describe(load.result) << '\n';
    return exit_invalid;
  }
  // The report records which reference data it was made with, for the reviewer's integrity check.
  ReferenceLoad reference = load_reference_data(data_paths().data);
  if (!reference.result)
    err << tr("cảnh báo: ", "warning: ") << describe(reference.result) << '\n';
  ReportMetadata metadata = report_metadata(reference.result ? &reference.data : nullptr);
  try {
    std::string text = write_report(load.dossier, compute(load.dossier), metadata);
    if (!key.empty()) {
      const SigningKey signing_key{key, password};
      SignOutcome signed_report = sign_document_text(text, signing_key);
      if (!signed_report.error.empty()) {
        err << key_label(signing_key) << ": " << cli::text(signed_report.error) << '\n';
        return exit_invalid;
      }
      text = std::move(signed_report.text);
    }
    if (Text error = write_file_atomically(output, text); !error.empty()) {
      err << output << ": " << cli::text(error) << '\n';
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
