#pragma once
// The state of a drafter's response, shared by the app and `cptt respond`: every comment and kept
// finding of the review with its answer (none, tiếp thu, giải trình) and, for tiếp thu when both
// the reviewed and the revised report are at hand, whether its place changed between them
// (report_diff.h). Problems are findings (docs/findings.md): CPTT-E301 the response answers
// another review, CPTT-E302 an answer to nothing in the review, CPTT-E303 the revised report is
// not the one the response names, CPTT-E304 the old report is not the one reviewed, CPTT-W301 an
// item unanswered, CPTT-W302 taken in but its place did not change.
//
//   cptt::review::ResponseStatus s = cptt::review::check_response(review, response,
//       cptt::review::report_version(old_load), cptt::review::report_version(new_load));
//   for (const cptt::review::ResponseItem& i : s.items) … i.state, i.place_change …
//   for (const cptt::Finding& f : s.findings) … f.message(Language::vi) …
#include "cptt/finding.h"
#include "cptt/forms/form_catalog.h"
#include "cptt/report.h"
#include "cptt/review/report_diff.h"
#include "cptt/review/response_file.h"
#include "cptt/review/review_file.h"

#include <optional>
#include <string>
#include <vector>

namespace cptt::review {

struct ReportReview;

enum class AnswerState { unanswered, tiep_thu, giai_trinh };
std::string_view to_id(AnswerState state);    // "unanswered", "tiep-thu", "giai-trinh"
std::string_view label_vi(AnswerState state); // "Chưa trả lời", "Tiếp thu", "Giải trình"
std::string_view label(AnswerState state, Language language); // … "Unanswered", "Taken in" …

// Whether the place of a tiếp thu answer changed between the reviewed and the revised report.
enum class PlaceChange { not_compared, changed, unchanged };
std::string_view to_id(PlaceChange change); // "not-compared", "changed", "unchanged"
// "Chưa so sánh được", "Đã sửa ở chỗ đó", "Không đổi ở chỗ đó" / "Not compared", "Changed at its
// place", "Unchanged at its place"
std::string_view label(PlaceChange change, Language language);

// One version of the report: its inputs and its content digest (null dossier: not at hand).
struct ReportVersion {
  const Dossier* dossier = nullptr;
  std::string digest;
};
ReportVersion report_version(const ReportLoad& load);
ReportVersion report_version(const ReportReview& checked);

struct ResponseItem {
  ResponseTarget target;
  std::string procedure_id; // of the comment's anchor or the finding
  Text text;                // the comment as written, or the finding's message
  Text place;               // where, in words (place_names.h)
  std::string author;       // the comment's author, else the reviewer
  AnswerState state = AnswerState::unanswered;
  std::optional<ResponseEntry> entry; // the answer, when there is one
  PlaceChange place_change = PlaceChange::not_compared;
  std::vector<Change> changes; // tiếp thu, compared: the inputs changed at its place
};

struct ResponseStatus {
  std::vector<ResponseItem> items; // in the review's order (response_targets)
  std::vector<Finding> findings;   // the problems, errors first, then in the items' order
  std::size_t unanswered() const;
  bool has_errors() const;
  // Every item answered and nothing wrong.
  bool complete() const { return unanswered() == 0 && !has_errors(); }
};

// `old_report` is the report reviewed, `new_report` the revised one; either may be absent (no
// dossier), then places are not compared. A response to another review lists every item as
// unanswered (its answers belong to that review) with CPTT-E301. `catalog`, when given, names the
// places with the forms' titles (place_names.h); without it they are named by their ids.
ResponseStatus check_response(const Review& review, const Response& response,
                              const ReportVersion& old_report = {},
                              const ReportVersion& new_report = {},
                              const forms::FormCatalog* catalog = nullptr);

// Whether a change is at (or inside) the place a comment is anchored to; an empty anchor is the
// whole draft.
bool change_at(const Change& change, const CommentAnchor& anchor);

} // namespace cptt::review
