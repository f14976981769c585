// cptt respond REVIEW RESPONSE [--old OLD] [--report NEW] [--json] [--table OUT]: the drafter's
// answers to a review checked as the app checks them (review/response_check.h), listed, and
// printed as the "Bảng tổng hợp, tiếp thu, giải trình ý kiến thẩm định" when the renderer is built.
#include "respond_command.h"
#include "commands.h"
#include "language.h"
#include "report_files.h"

#include "cptt/data_paths.h"
#include "cptt/forms/form_catalog.h"
#include "cptt/review/response_file.h"
#include "cptt/review/review_file.h"

#include <algorithm>
#include <optional>
#include <ostream>

#ifdef CPTT_CLI_HAS_DOCUMENT
#include "cptt_render.h"
#endif

namespace cptt::cli {
namespace {

constexpr int exit_to_look_at = 3;

void usage(std::ostream& err) {
  err << tr("cách dùng: ", "usage: ")
      << "cptt respond REVIEW RESPONSE [--old OLD.report.xml] [--report NEW.report.xml] [--json] "
         "[--table OUT.pdf|OUT.odt|OUT.docx]\n"
      << tr("  --old: báo cáo đã thẩm định (mặc định: tệp bản thẩm định nêu, nếu nằm cạnh nó)\n"
            "  --report: báo cáo đã chỉnh sửa (mặc định: tệp bản trả lời nêu, nếu nằm cạnh nó)\n"
            "  Mã thoát: 0 đã trả lời đủ, 3 còn mục chưa trả lời hoặc có cảnh báo, 1 tệp không "
            "đọc được hoặc bản trả lời sai, 2 sai cách dùng\n",
            "  --old: the report reviewed (default: the file the review names, when beside it)\n"
            "  --report: the revised report (default: the file the response names, when beside "
            "it)\n"
            "  Exit codes: 0 every item answered, 3 items unanswered or warnings, 1 a file cannot "
            "be read or the response is wrong, 2 usage\n");
}

int write_table(const review::Review& review, const review::Response& response,
                const review::ResponseStatus& status, const Places& places, const std::string& path,
                std::ostream& out, std::ostream& err) {
#ifdef CPTT_CLI_HAS_DOCUMENT
  render::Format format;
  if (!render::format_from_path(path, format)) {
    usage(err);
    return exit_usage;
  }
  render::GuiSession session;
  if (const Text e = render::write_response_table(review, response, status, places.dossier, path,
                                                  places.catalog);
      !e.empty()) {
    err << path << ": " << text(e) << '\n';
    return exit_invalid;
  }
  out << tr("Đã ghi bảng tiếp thu, giải trình: ", "Table of answers written: ") << path << '\n';
  return exit_ok;
#else
  (void)review, (void)response, (void)status, (void)places, (void)path, (void)out;
  err << "cptt respond --table: "
      << tr("bản cptt này được dựng không có phần in văn bản (Qt)",
            "this cptt was built without the document renderer (Qt)")
      << '\n';
  return exit_usage;
#endif
}

} // namespace

int run_respond_command(const std::vector<std::string>& args, std::ostream& out,
                        std::ostream& err) {
  RespondFiles files;
  std::vector<std::string> positional;
  bool json = false;
  std::string table;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool has_value = i + 1 < args.size();
    if (args[i] == "--json")
      json = true;
    else if (args[i] == "--old" && has_value)
      files.old_report = args[++i];
    else if (args[i] == "--report" && has_value)
      files.new_report = args[++i];
    else if (args[i] == "--table" && has_value)
      table = args[++i];
    else if (args[i] == "--help" || args[i] == "-h") {
      usage(out);
      return exit_ok;
    } else if (args[i].starts_with("-")) {
      usage(err);
      return exit_usage;
    } else
      positional.push_back(args[i]);
  }
  if (positional.size() != 2) {
    usage(err);
    return exit_usage;
  }
  files.review = positional[0];
  files.response = positional[1];

  review::ReviewLoad review = review::load_review_file(files.review);
  if (!review.result) {
    err << describe(review.result) << '\n';
    return exit_invalid;
  }
  review::ResponseLoad response = review::load_response_file(files.response);
  if (!response.result) {
    err << describe(response.result) << '\n';
    return exit_invalid;
  }
  const bool old_given = !files.old_report.empty(), new_given = !files.new_report.empty();
  if (!old_given)
    files.old_report = file_beside(files.review, review.review.report_file);
  if (!new_given)
    files.new_report = file_beside(files.response, response.response.report_file);
  std::optional<ReportLoad> old_report, new_report;
  if (!load_report_if_any(files.old_report, old_given, old_report, err) ||
      !load_report_if_any(files.new_report, new_given, new_report, err))
    return exit_invalid;
  if (!old_report)
    files.old_report.clear();
  if (!new_report)
    files.new_report.clear();

  // The forms' titles name the places; a definition that does not load leaves its ids.
  const forms::FormCatalog catalog = forms::FormCatalog::load_folder(data_paths().forms);
  const review::ResponseStatus status = review::check_response(
      review.review, response.response,
      old_report ? review::report_version(*old_report) : review::ReportVersion{},
      new_report ? review::report_version(*new_report) : review::ReportVersion{}, &catalog);
  const Places places{new_report   ? &new_report->dossier
                      : old_report ? &old_report->dossier
                                   : nullptr,
                      &catalog};
  if (json)
    print_response_json(status, review.review, response.response, files, places, out);
  else
    print_response_text(status, review.review, files, places, out);

  if (!table.empty()) {
    if (const int code = write_table(review.review, response.response, status, places, table,
                                     json ? err : out, err);
        code != exit_ok)
      return code;
  }
  if (status.has_errors())
    return exit_invalid;
  const bool warned = std::any_of(status.findings.begin(), status.findings.end(),
                                  [](const Finding& f) { return f.severity != Severity::note; });
  return status.complete() && !warned ? exit_ok : exit_to_look_at;
}

} // namespace cptt::cli
