// cptt review: batch review of exported reports.
#include "review_command.h"
#include "language.h"
#include "password_file.h"
#include "report_files.h"
#include "signature_json.h"

#include "cptt/atomic_file.h"
#include "cptt/data_paths.h"
#include "cptt/forms/form_catalog.h"
#include "cptt/reference/reference_data.h"
#include "cptt/review/response_check.h"
#include "cptt/review/review_check.h"
#include "cptt/review/review_file.h"
#include "cptt/review/review_html.h"
#include "cptt/review/review_rounds.h"
#include "cptt/review/review_signature.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdlib>
#include <optional>
#include <ostream>
#include <sstream>
#include <thread>

namespace cptt::cli {
namespace {

using review::Check;
using review::ReportReview;

constexpr int ok = 0;
constexpr int invalid = 1;
constexpr int usage_error = 2;

struct Options {
  std::vector<std::string> files;
  bool json = false;
  std::string csv;
  std::string html;
  std::string review_xml;
  std::string previous_review; // the review of the previous round: --review writes the next one
  std::string response;        // the drafter's response to it
  std::string previous_report; // the report reviewed then (default: the one beside that review)
  std::string sign_key;        // PKCS#12 file or pkcs11: URI: the review is signed
  std::string password_file;
  std::string data_dir;
  std::string forms_dir;
  unsigned jobs = 0;
  bool accept_without_digest = false;
  SignatureTrust trust;
};

void usage(std::ostream& err) {
  err << tr("cách dùng: ", "usage: ")
      << "cptt review FILE... [--json] [--csv OUT] [--data-dir DIR] "
         "[--forms-dir DIR] [--jobs N] [--accept-without-digest]\n"
         "                  [--trust DIR] [--crl FILE]\n"
         "                  cptt review FILE [--html OUT] [--review OUT.review.xml\n"
         "                                   [--sign KEY.p12|pkcs11:URI [--password-file F]]\n"
         "                                   [--previous-review R.review.xml [--response "
         "R.response.xml\n"
         "                                    [--previous-report R.report.xml]]]\n";
}

bool parse(const std::vector<std::string>& args, Options& o) {
  o.data_dir = data_paths().data;
  o.forms_dir = data_paths().forms;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--json")
      o.json = true;
    else if (a == "--accept-without-digest")
      o.accept_without_digest = true;
    else if (a == "--trust" && has_value)
      o.trust.trust_dir = args[++i];
    else if (a == "--crl" && has_value)
      o.trust.crl_file = args[++i];
    else if (a == "--csv" && has_value)
      o.csv = args[++i];
    else if (a == "--html" && has_value)
      o.html = args[++i];
    else if (a == "--review" && has_value)
      o.review_xml = args[++i];
    else if (a == "--previous-review" && has_value)
      o.previous_review = args[++i];
    else if (a == "--response" && has_value)
      o.response = args[++i];
    else if (a == "--previous-report" && has_value)
      o.previous_report = args[++i];
    else if (a == "--sign" && has_value)
      o.sign_key = args[++i];
    else if (a == "--password-file" && has_value)
      o.password_file = args[++i];
    else if (a == "--data-dir" && has_value)
      o.data_dir = args[++i];
    else if (a == "--forms-dir" && has_value)
      o.forms_dir = args[++i];
    else if (a == "--jobs" && has_value) {
      const std::string& n = args[++i];
      if (n.empty() || n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos)
        return false;
      o.jobs = static_cast<unsigned>(std::stoul(n));
      if (o.jobs == 0)
        return false;
    } else if (a.starts_with("-"))
      return false;
    else
      o.files.push_back(a);
  }
  // A key signs the review file: without one to write, or a password without a key, is a mistake.
  if ((!o.sign_key.empty() && o.review_xml.empty()) ||
      (!o.password_file.empty() && o.sign_key.empty()))
    return false;
  // The next round is a review file to write; a response belongs to a previous review.
  if ((!o.previous_review.empty() && o.review_xml.empty()) ||
      (!o.response.empty() && o.previous_review.empty()) ||
      (!o.previous_report.empty() && o.response.empty()))
    return false;
  return !o.files.empty() && ((o.html.empty() && o.review_xml.empty()) || o.files.size() == 1);
}

std::vector<ReportReview> review_all(const Options& o, const review::ReviewContext& context) {
  std::vector<ReportReview> results(o.files.size());
  unsigned workers = o.jobs != 0 ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  workers = std::min<unsigned>(workers, static_cast<unsigned>(o.files.size()));
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < o.files.size(); i = next++) {
      try {
        results[i] = review::review_report_file(o.files[i], context);
      } catch (const std::exception& e) { // never lose the other files
        results[i].file = o.files[i];
        results[i].load = {LoadStatus::invalid_content, o.files[i], 0, 0, error_text(e)};
        results[i].load_findings = {review::load_failure_finding(results[i].load)};
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w)
    pool.emplace_back(work);
  work();
  for (std::thread& t : pool)
    t.join();
  return results;
}

template <class Fn> void each_finding(const ReportReview& r, Fn&& fn) {
  const std::pair<Check, const std::vector<Finding>*> parts[] = {
      {Check::load, &r.load_findings},
      {Check::integrity, &r.integrity_findings},
      {Check::recompute, &r.recompute_findings},
      {Check::completeness, &r.completeness_findings},
      {Check::plausibility, &r.plausibility_findings}};
  for (const auto& [check, list] : parts)
    for (const Finding& f : *list)
      fn(check, f);
}

// ", chữ ký: valid (O — CN)", …: the status and, when known, who signed; nothing when unsigned
// (the summary of an unsigned report reads as before).
std::string signature_text(const review::IntegrityReport& i) {
  if (!i.signature || i.signature->status == SignatureStatus::none)
    return {};
  std::string text = tr(", chữ ký: ", ", signature: ") + std::string(to_id(i.signature->status));
  if (std::string signer = review::signer_text(i.signature->subject); !signer.empty())
    text += " (" + signer + ")";
  return text;
}

std::string summary_line(const ReportReview& r) {
  const auto n = r.counts();
  std::string line = r.file + ": ";
  if (!r.loaded())
    line += tr("không đọc được", "cannot be read");
  else
    line += tr("toàn vẹn: ", "integrity: ") + std::string(review::to_id(r.integrity.digest)) +
            signature_text(r.integrity) + tr(", sai lệch: ", ", discrepancies: ") +
            std::to_string(r.recompute.discrepancies.size());
  return line + "; " + std::to_string(n[0]) + tr(" lỗi, ", " errors, ") + std::to_string(n[1]) +
         tr(" cảnh báo, ", " warnings, ") + std::to_string(n[2]) + tr(" ghi chú", " notes");
}

nlohmann::json file_json(const ReportReview& r) {
  const auto n = r.counts();
  nlohmann::json j = {{"file", r.file},
                      {"loaded", r.loaded()},
                      {"counts", {{"error", n[0]}, {"warning", n[1]}, {"note", n[2]}}}};
  if (!r.loaded()) {
    j["load_error"] = describe(r.load);
  } else {
    const review::IntegrityReport& i = r.integrity;
    nlohmann::json refs = nlohmann::json::array();
    for (const auto& [id, version] : i.reference_data)
      refs.push_back({{"id", id}, {"version", version}});
    j["integrity"] = {{"digest", std::string(review::to_id(i.digest))},
                      {"declared_digest", i.declared_digest},
                      {"actual_digest", i.actual_digest},
                      {"format_version", i.format_version},
                      {"generator", i.generator + " " + i.generator_version},
                      {"exported", i.exported},
                      {"reference_data", refs}};
    j["signature"] = signature_json(i.signature ? *i.signature : SignatureCheck{});
    nlohmann::json diffs = nlohmann::json::array();
    for (const review::Discrepancy& d : r.recompute.discrepancies)
      diffs.push_back({{"code", d.code},
                       {"rate", d.rate_id},
                       {"procedure", d.procedure_id},
                       {"worksheet", d.variant ? std::string(to_id(*d.variant)) : ""},
                       {"task", d.task},
                       {"field", d.field},
                       {"declared", d.declared},
                       {"recomputed", d.recomputed},
                       {"difference", d.difference}});
    j["discrepancies"] = diffs;
  }
  nlohmann::json findings = nlohmann::json::array();
  each_finding(r, [&](Check check, const Finding& f) {
    findings.push_back({{"check", std::string(review::to_id(check))},
                        {"severity", std::string(to_id(f.severity))},
                        {"code", f.code},
                        {"procedure", f.procedure_id},
                        {"variant", f.variant},
                        {"place", f.place_text(language())},
                        {"line", f.location.line},
                        {"column", f.location.column},
                        {"message", f.message(language())}});
  });
  j["findings"] = findings;
  return j;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos)
    return s;
  std::string out = "\"";
  for (char c : s)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csv_text(const std::vector<ReportReview>& results) {
  std::ostringstream out;
  out << "file,check,severity,code,procedure,place,line,column,message\n";
  for (const ReportReview& r : results)
    each_finding(r, [&](Check check, const Finding& f) {
      out << csv_field(r.file) << ',' << review::to_id(check) << ',' << to_id(f.severity) << ','
          << csv_field(f.code) << ',' << csv_field(f.procedure_id) << ','
          << csv_field(f.place_text(language())) << ',' << f.location.line << ','
          << f.location.column << ',' << csv_field(f.message(language())) << '\n';
    });
  return out.str();
}

// The previous round's items with the drafter's answers, and whether the place of each answer
// changed between the report reviewed then (--previous-report, else the one beside the previous
// review) and this one: what the reviewer reads before closing or reopening them. False after
// saying why when a report named explicitly cannot be read.
bool print_follow_ups(const Options& o, const review::Review& previous,
                      const review::Response& response, const ReportReview& checked,
                      const forms::FormCatalog& catalog, std::ostream& err) {
  const bool given = !o.previous_report.empty();
  std::optional<ReportLoad> before;
  if (!load_report_if_any(given ? o.previous_report
                                : file_beside(o.previous_review, previous.report_file),
                          given, before, err))
    return false;
  const review::ResponseStatus status = review::check_response(
      previous, response, before ? review::report_version(*before) : review::ReportVersion{},
      review::report_version(checked), &catalog);
  const Language l = language();
  for (const review::ResponseItem& i : status.items) {
    err << "  " << review::target_label(i.target, l) << " · " << i.place.in(l) << ": "
        << label(i.state, l);
    if (i.place_change != review::PlaceChange::not_compared)
      err << " · " << review::label(i.place_change, l); // the app's words too
    err << '\n';
  }
  return true;
}

// The review of the next round (--previous-review, --response), or nothing after saying why.
std::optional<review::Review> next_round(const Options& o, const ReportReview& checked,
                                         const forms::FormCatalog& catalog, std::ostream& err) {
  const review::ReviewLoad previous = review::load_review_file(o.previous_review);
  if (!previous.result) {
    err << describe(previous.result) << '\n';
    return std::nullopt;
  }
  std::optional<review::ResponseLoad> response;
  if (!o.response.empty()) {
    response = review::load_response_file(o.response);
    if (!response->result) {
      err << describe(response->result) << '\n';
      return std::nullopt;
    }
  }
  review::RoundStart next =
      review::start_next_round(previous.review, checked, response ? &response->response : nullptr);
  if (!next) {
    err << format_finding(*next.error, o.response, language()) << '\n';
    return std::nullopt;
  }
  const std::size_t items = next.review.follow_ups.size();
  std::size_t answered = 0;
  for (const review::FollowUp& f : next.review.follow_ups)
    answered += response && response->response.entry_for(f.target) ? 1 : 0;
  err << "cptt review: " << tr("vòng ", "round ") << review::round_number(next.review)
      << tr("; mục của vòng trước cần xem lại: ", "; items of the previous round to follow up: ")
      << items << tr(", đã trả lời: ", ", answered: ") << answered << '\n';
  if (response && !print_follow_ups(o, previous.review, response->response, checked, catalog, err))
    return std::nullopt;
  return std::move(next.review);
}

} // namespace

int run_review_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Options o;
  if (!parse(args, o)) {
    usage(err);
    return usage_error;
  }
  std::string password;
  if (Text e = read_password_file(o.password_file, password); !e.empty()) {
    err << o.password_file << ": " << text(e) << '\n';
    return invalid;
  }
  ReferenceLoad reference = load_reference_data(o.data_dir);
  if (!reference.result) {
    err << describe(reference.result) << '\n'
        << "cptt review: "
        << tr("không nạp được dữ liệu tham chiếu", "cannot load the reference data") << '\n';
    return invalid;
  }
  const forms::FormCatalog catalog = forms::FormCatalog::load_folder(o.forms_dir);
  for (const LoadResult& e : catalog.errors())
    err << describe(e) << '\n';
  const review::ReviewContext context{&reference.data, &catalog, o.accept_without_digest, o.trust};

  const std::vector<ReportReview> results = review_all(o, context);
  std::size_t with_errors = 0;
  for (const ReportReview& r : results)
    if (r.has_errors())
      ++with_errors;

  if (o.json) {
    nlohmann::json files = nlohmann::json::array();
    for (const ReportReview& r : results)
      files.push_back(file_json(r));
    out << nlohmann::json{{"files", files},
                          {"summary", {{"files", results.size()}, {"with_errors", with_errors}}}}
               .dump(2)
        << '\n';
  } else {
    for (const ReportReview& r : results) {
      each_finding(r, [&](Check, const Finding& f) {
        out << format_finding(f, r.file, language()) << '\n';
      });
      out << summary_line(r) << '\n';
    }
  }
  int code = with_errors > 0 ? invalid : ok;
  if (!o.csv.empty())
    if (Text e = write_file_atomically(o.csv, csv_text(results)); !e.empty()) {
      err << o.csv << ": " << text(e) << '\n';
      code = invalid;
    }
  if (!o.html.empty() || !o.review_xml.empty()) {
    const ReportReview& r = results.front();
    if (!r.loaded()) {
      err << "cptt review: "
          << tr("không lập được bản thẩm định cho tệp không đọc được",
                "no review of a report that cannot be read")
          << '\n';
      return invalid;
    }
    std::optional<review::Review> next =
        o.previous_review.empty() ? review::make_review(r) : next_round(o, r, catalog, err);
    if (!next)
      return invalid;
    const review::Review& rv = *next;
    const auto write = [&](const std::string& path, const std::string& text) {
      if (Text e = write_file_atomically(path, text); !e.empty()) {
        err << path << ": " << cli::text(e) << '\n';
        code = invalid;
      }
    };
    if (!o.html.empty())
      write(o.html,
            review::review_summary_html(rv, &r.dossier, &r.integrity, language(), &catalog));
    if (!o.review_xml.empty() && o.sign_key.empty())
      write(o.review_xml, review::write_review(rv));
    if (!o.review_xml.empty() && !o.sign_key.empty()) {
      const SigningKey key{o.sign_key, password};
      SignOutcome signed_review = review::sign_review(rv, key);
      if (signed_review.error.empty())
        write(o.review_xml, signed_review.text);
      else {
        err << key_label(key) << ": " << text(signed_review.error) << '\n';
        code = invalid;
      }
    }
  }
  err << "cptt review: " << results.size() << tr(" tệp, ", " files, ") << with_errors
      << tr(" có lỗi\n", " with errors\n");
  return code;
}

} // namespace cptt::cli
