// The listing of `cptt respond`: one block per comment and kept finding with its state, then the
// findings, then a summary line; or the same as JSON.
#include "language.h"
#include "respond_command.h"

#include "cptt/review/place_names.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cptt::cli {
namespace {

using review::AnswerState;
using review::PlaceChange;
using review::ResponseItem;
using review::ResponseTarget;

std::string place_change_text(const ResponseItem& i) {
  switch (i.place_change) {
  case PlaceChange::changed:
    return tr("đã thay đổi (", "changed (") + std::to_string(i.changes.size()) +
           tr(" thay đổi)", " changes)");
  case PlaceChange::unchanged:
    return tr("không thay đổi", "not changed");
  case PlaceChange::not_compared:
    break;
  }
  return {};
}

struct Counts {
  std::size_t tiep_thu = 0, giai_trinh = 0, unanswered = 0, errors = 0, warnings = 0;
};

Counts count(const review::ResponseStatus& s) {
  Counts c;
  for (const ResponseItem& i : s.items)
    (i.state == AnswerState::tiep_thu     ? c.tiep_thu
     : i.state == AnswerState::giai_trinh ? c.giai_trinh
                                          : c.unanswered)++;
  for (const Finding& f : s.findings)
    (f.severity == Severity::error ? c.errors : c.warnings) += f.severity == Severity::note ? 0 : 1;
  return c;
}

} // namespace

Text Places::name(const review::CommentAnchor& anchor) const {
  return review::place_name(anchor, dossier, catalog);
}

void print_response_text(const review::ResponseStatus& status, const review::Review& review,
                         const RespondFiles& files, const Places& places, std::ostream& out) {
  const Language l = language();
  out << tr("Báo cáo thẩm định: ", "Review: ") << files.review;
  if (!review.reviewer.body.empty())
    out << " (" << review.reviewer.body << ')';
  out << '\n';
  if (!files.old_report.empty())
    out << tr("Báo cáo đã thẩm định: ", "Report reviewed: ") << files.old_report << '\n';
  if (!files.new_report.empty())
    out << tr("Báo cáo đã chỉnh sửa: ", "Revised report: ") << files.new_report << '\n';
  for (std::size_t n = 0; n < status.items.size(); ++n) {
    const ResponseItem& i = status.items[n];
    out << n + 1 << ". [" << label(i.state, l) << "] " << review::target_label(i.target, l) << " · "
        << i.place.in(l) << '\n';
    out << "   " << tr("Ý kiến: ", "Comment: ") << i.text.in(l) << '\n';
    if (i.entry) {
      out << "   " << tr("Trả lời: ", "Answer: ") << i.entry->text << '\n';
      if (i.entry->anchor)
        out << "   " << tr("Vị trí sau khi sửa: ", "Place now: ")
            << places.name(*i.entry->anchor).in(l) << '\n';
    }
    if (const std::string changed = place_change_text(i); !changed.empty()) {
      out << "   " << tr("Vị trí trong báo cáo đã sửa: ", "Its place in the revised report: ")
          << changed << '\n';
      for (const review::Change& c : i.changes)
        out << "     " << review::change_text(c, l) << '\n';
    }
  }
  for (const Finding& f : status.findings)
    out << format_finding(f, files.response, l) << '\n';
  const Counts c = count(status);
  out << tr("Tóm tắt: ", "Summary: ") << status.items.size() << tr(" mục: ", " items: ")
      << c.tiep_thu << tr(" tiếp thu, ", " taken in, ") << c.giai_trinh
      << tr(" giải trình, ", " explained, ") << c.unanswered
      << tr(" chưa trả lời; ", " unanswered; ") << c.errors << tr(" lỗi, ", " errors, ")
      << c.warnings << tr(" cảnh báo", " warnings") << '\n';
}

void print_response_json(const review::ResponseStatus& status, const review::Review& review,
                         const review::Response& response, const RespondFiles& files,
                         const Places& places, std::ostream& out) {
  const Language l = language();
  nlohmann::json items = nlohmann::json::array();
  for (const ResponseItem& i : status.items) {
    const bool comment = i.target.kind == ResponseTarget::Kind::comment;
    nlohmann::json changes = nlohmann::json::array();
    for (const review::Change& c : i.changes)
      changes.push_back({{"property", c.property},
                         {"kind", std::string(review::to_id(c.kind))},
                         {"text", review::change_text(c, l)}});
    items.push_back(
        {{"target", comment ? "comment" : "finding"},
         {"comment", comment ? nlohmann::json(i.target.comment) : nlohmann::json(nullptr)},
         {"code", comment ? nlohmann::json(nullptr) : nlohmann::json(i.target.code)},
         {"procedure", i.procedure_id},
         {"place", i.place.in(l)},
         {"text", i.text.in(l)},
         {"author", i.author},
         {"state", std::string(review::to_id(i.state))},
         {"answer", i.entry ? nlohmann::json(i.entry->text) : nlohmann::json(nullptr)},
         {"place_now", i.entry && i.entry->anchor
                           ? nlohmann::json(places.name(*i.entry->anchor).in(l))
                           : nlohmann::json(nullptr)},
         {"place_change", std::string(review::to_id(i.place_change))},
         {"changes", changes}});
  }
  nlohmann::json findings = nlohmann::json::array();
  for (const Finding& f : status.findings)
    findings.push_back({{"code", f.code},
                        {"severity", std::string(to_id(f.severity))},
                        {"procedure", f.procedure_id},
                        {"line", f.location.line},
                        {"message", f.message(l)}});
  const Counts c = count(status);
  out << nlohmann::json{{"review", files.review},
                        {"response", files.response},
                        {"old_report", files.old_report},
                        {"new_report", files.new_report},
                        {"review_digest", review::review_digest(review)},
                        {"response_review_digest", response.review_digest},
                        {"response_report_digest", response.report_digest},
                        {"items", items},
                        {"findings", findings},
                        {"summary",
                         {{"items", status.items.size()},
                          {"tiep_thu", c.tiep_thu},
                          {"giai_trinh", c.giai_trinh},
                          {"unanswered", c.unanswered},
                          {"errors", c.errors},
                          {"warnings", c.warnings}}}}
             .dump(2)
      << '\n';
}

} // namespace cptt::cli
