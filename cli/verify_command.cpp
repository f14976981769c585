// cptt verify FILE... [--trust DIR] [--crl FILE] [--json]: who signed each report or review, and
// what that proves, in the words of the reviewer's banner and the drafter's returned review.
// Exit 0 when every file carries a valid signature from a trusted signer, else 1.
#include "commands.h"
#include "language.h"
#include "signature_json.h"

#include "cptt/file_read.h"
#include "cptt/review/integrity.h"
#include "cptt/review/integrity_statement.h"
#include "cptt/review/review_signature.h"
#include "cptt/xml_source.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cptt::cli {
namespace {

struct Verified {
  std::string file;
  std::string kind; // "report" or "review"; empty when the file cannot be read
  LoadResult load;
  SignatureCheck signature;
  review::IntegrityStatement statement;
};

// The same checks as `cptt review` (a report) or the drafter's opening of a review, on one read.
Verified verify_text(const std::string& text, const std::string& file,
                     const SignatureTrust& trust) {
  Verified v{file, {}, {}, {}, {}};
  const XmlSource source = XmlSource::from_text(text, file);
  const bool is_review =
      source.result() && std::string_view(source.document().document_element().name()) == "review";
  if (is_review) {
    review::CheckedReview checked = review::check_review_text(text, file, trust);
    v.kind = "review";
    v.load = checked.load.result;
    v.signature = checked.signature;
    v.statement = review::review_integrity_statement(v.signature);
    return v;
  }
  const ReportLoad load = load_report_text(text, file);
  v.kind = "report";
  v.load = load.result;
  if (!load.result)
    return v;
  v.signature = verify_document_signature(text, trust);
  std::vector<Finding> findings;
  const review::IntegrityReport integrity =
      review::check_integrity(load, {nullptr, true, &v.signature}, findings);
  v.statement = review::integrity_statement(integrity);
  return v;
}

Verified verify_file(const std::string& file, const SignatureTrust& trust) {
  FileBytes bytes = read_regular_file(file, default_max_file_bytes);
  if (bytes)
    return verify_text(bytes.text(), file, trust);
  Verified v{file, {}, {}, {}, {}};
  v.load = {bytes.status, file, 0, 0, bytes.message};
  return v;
}

bool proved(const Verified& v) {
  return v.load && v.statement.assurance == review::Assurance::signed_unchanged;
}

nlohmann::json file_json(const Verified& v) {
  nlohmann::json j = {{"file", v.file}, {"loaded", static_cast<bool>(v.load)}};
  if (!v.load) {
    j["load_error"] = describe(v.load);
    return j;
  }
  j["kind"] = v.kind;
  j["signature"] = signature_json(v.signature);
  j["assurance"] = std::string(review::to_id(v.statement.assurance));
  j["statement"] = v.statement.headline.in(language());
  j["detail"] = v.statement.detail.in(language());
  return j;
}

void usage(std::ostream& err) {
  err << tr("cách dùng: ", "usage: ")
      << "cptt verify FILE... [--trust DIR] [--crl FILE] [--json]\n";
}

} // namespace

int run_verify(const Args& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> files;
  SignatureTrust trust;
  bool json = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool has_value = i + 1 < args.size();
    if (args[i] == "--json")
      json = true;
    else if (args[i] == "--trust" && has_value)
      trust.trust_dir = args[++i];
    else if (args[i] == "--crl" && has_value)
      trust.crl_file = args[++i];
    else if (args[i].starts_with("-")) {
      usage(err);
      return exit_usage;
    } else
      files.push_back(args[i]);
  }
  if (files.empty()) {
    usage(err);
    return exit_usage;
  }
  int code = exit_ok;
  nlohmann::json list = nlohmann::json::array();
  for (const std::string& file : files) {
    const Verified v = verify_file(file, trust);
    if (!proved(v))
      code = exit_invalid;
    if (json) {
      list.push_back(file_json(v));
      continue;
    }
    if (!v.load) {
      out << describe(v.load) << '\n';
      continue;
    }
    const std::string kind =
        v.kind == "review" ? tr("bản thẩm định", "review") : tr("báo cáo", "report");
    out << v.file << " (" << kind << "): " << text(v.statement.headline) << '\n';
    if (!v.statement.detail.empty())
      out << "  " << text(v.statement.detail) << '\n';
  }
  if (json)
    out << nlohmann::json{{"files", list}}.dump(2) << '\n';
  return code;
}

} // namespace cptt::cli
