#pragma once
// Review rounds (docs/file-format.md, "Review", earlier rounds): the appraisal goes in rounds. The
// reviewer returns a review, the drafter answers it (response_file.h) and re-exports the report,
// the reviewer reviews the new report: round 2. A Review keeps its earlier rounds, oldest first,
// each as that round's review was (findings, comments, verdicts, its own follow-ups) with the
// drafter's response to it when there was one, and follows up every item of the previous round
// (each comment and each agreed finding, as response_targets() lists them): open, closed or
// reopened. The round number is earlier_rounds.size() + 1. Earlier rounds are a flat list: the
// review of an earlier round never holds rounds of its own.
//
//   cptt::review::RoundStart next = cptt::review::start_next_round(previous, checked, &response);
//   if (!next) … next.error->message(language) …
//   for (cptt::review::FollowUp& f : next.review.follow_ups) … f.status, f.note …
#include "cptt/finding.h"
#include "cptt/review/response_file.h"
#include "cptt/review/review_file.h"

#include <optional>
#include <string>
#include <vector>

namespace cptt::review {

struct ReportReview;

// Chưa xem lại / đã đóng / mở lại
enum class FollowUpStatus { open, closed, reopened };

std::string_view to_id(FollowUpStatus status); // "open", "closed", "reopened"
bool from_id(std::string_view id, FollowUpStatus& out);
std::string_view label_vi(FollowUpStatus status); // "Chưa xem lại", "Đã đóng", "Mở lại"
std::string_view label(FollowUpStatus status, Language language); // … "Not yet reviewed" …

// The reviewer's check of one item of the previous round against the drafter's answer.
struct FollowUp {
  ResponseTarget target; // a comment (by position) or an agreed finding of the previous round
  FollowUpStatus status = FollowUpStatus::open;
  std::string note; // the reviewer's note (required when reopened)
  SourceLocation location;
};

// One earlier round: its review as it was (review.earlier_rounds is always empty) and the
// drafter's response to it, kept whole (who answered, the revised report it came with, every
// answer) so that nothing the drafter said is lost and it can be checked again (check_response).
struct ReviewRound {
  Review review;
  std::optional<Response> response;
};

inline std::size_t round_number(const Review& review) { return review.earlier_rounds.size() + 1; }

// The most rounds a review holds. Each kept response is checked against its round's review as it
// was, a text holding every round before it: the reader's work grows with the square of the
// rounds, so a file cannot make it unbounded. Appraisals take a few rounds.
inline constexpr std::size_t max_review_rounds = 32;

// The review as it was while round `index` + 1 was the current one (index < round_number()):
// that round's review with the rounds before it. What the response of that round names by
// digest (answers_review).
Review review_at_round(const Review& review, std::size_t index);

// The items the current round follows up: response_targets() of the previous round (none in
// round 1).
std::vector<ResponseTarget> follow_up_targets(const Review& review);
const FollowUp* follow_up_for(const Review& review, const ResponseTarget& target);

// What is wrong with a follow-up as the reviewer gave it: CPTT-E307 when it is reopened without
// the reviewer's note (saying why is what a reopened item is for). The reader refuses such a
// file with the same message, the app such an edit.
std::optional<Finding> follow_up_problem(const FollowUp& follow_up);

// The reviewer's decision on review.follow_ups[index] (by position: two agreed findings may share
// a target): its status and note, kept as given. Refused, with nothing changed, when
// follow_up_problem finds one; std::out_of_range when there is no such follow-up.
std::optional<Finding> set_follow_up(Review& review, std::size_t index, FollowUpStatus status,
                                     std::string note);

struct RoundStart {
  Review review;
  // CPTT-E305: the response does not answer `previous`; CPTT-E306: `previous` is the last round a
  // review may hold (max_review_rounds).
  std::optional<Finding> error;
  explicit operator bool() const { return !error; }
};

// Round n + 1 of a review: `previous` (with its earlier rounds) becomes the earlier rounds, the
// new review is make_review(new_checked) with the reviewer's name and body kept, its findings
// merged with the previous ones as merge_findings does (a finding still found keeps its decision
// and reason), no comments, no verdicts, and one open follow-up per item of `previous`.
// `response`, when given, must answer `previous` (CPTT-E305 otherwise; then `review` is empty).
RoundStart start_next_round(const Review& previous, const ReportReview& new_checked,
                            const Response* response);

// The same round started again (the previous round's response chosen anew) keeps the work done in
// it: the reviewer, the comments, the verdicts, the decisions on the findings (the report is the
// same, so are its findings) and each follow-up's status and note for the same item of the
// previous round. `restarted` is start_next_round of the same previous review and report.
void keep_round_work(const Review& work, Review& restarted);

} // namespace cptt::review
