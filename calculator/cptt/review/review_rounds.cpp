// Review rounds: the follow-up states, the review as it was at an earlier round, and the start of
// the next round.
#include "cptt/review/review_rounds.h"

#include "cptt/review/review_check.h"

#include <algorithm>

namespace cptt::review {

// Here, where the rounds' types are complete (review_file.h only declares them).
Review::Review() = default;
Review::~Review() = default;
Review::Review(const Review&) = default;
Review::Review(Review&&) noexcept = default;
Review& Review::operator=(const Review&) = default;
Review& Review::operator=(Review&&) noexcept = default;

std::string_view to_id(FollowUpStatus s) {
  switch (s) {
  case FollowUpStatus::open:
    return "open";
  case FollowUpStatus::closed:
    return "closed";
  case FollowUpStatus::reopened:
    return "reopened";
  }
  return {};
}

bool from_id(std::string_view id, FollowUpStatus& out) {
  for (FollowUpStatus s : {FollowUpStatus::open, FollowUpStatus::closed, FollowUpStatus::reopened})
    if (to_id(s) == id) {
      out = s;
      return true;
    }
  return false;
}

std::string_view label_vi(FollowUpStatus s) {
  switch (s) {
  case FollowUpStatus::open:
    return "Chưa xem lại";
  case FollowUpStatus::closed:
    return "Đã đóng";
  case FollowUpStatus::reopened:
    return "Mở lại";
  }
  return {};
}

std::string_view label(FollowUpStatus s, Language l) {
  if (l == Language::vi)
    return label_vi(s);
  switch (s) {
  case FollowUpStatus::open:
    return "Not yet reviewed";
  case FollowUpStatus::closed:
    return "Closed";
  case FollowUpStatus::reopened:
    return "Reopened";
  }
  return {};
}

Review review_at_round(const Review& review, std::size_t index) {
  if (index >= review.earlier_rounds.size())
    return review;
  const auto first = review.earlier_rounds.begin();
  Review at = review.earlier_rounds[index].review;
  at.earlier_rounds.assign(first, first + static_cast<std::ptrdiff_t>(index));
  return at;
}

std::vector<ResponseTarget> follow_up_targets(const Review& review) {
  if (review.earlier_rounds.empty())
    return {};
  return response_targets(review.earlier_rounds.back().review);
}

const FollowUp* follow_up_for(const Review& review, const ResponseTarget& target) {
  const auto it = std::find_if(review.follow_ups.begin(), review.follow_ups.end(),
                               [&](const FollowUp& f) { return f.target == target; });
  return it == review.follow_ups.end() ? nullptr : &*it;
}

std::optional<Finding> follow_up_problem(const FollowUp& f) {
  // A note of blanks says nothing.
  if (f.status != FollowUpStatus::reopened ||
      f.note.find_first_not_of(" \t\r\n") != std::string::npos)
    return std::nullopt;
  return make_finding("CPTT-E307", f.target.procedure_id, {}, f.location,
                      {arg("target", Text{target_text(f.target, Language::vi),
                                          target_text(f.target, Language::en)})});
}

std::optional<Finding> set_follow_up(Review& review, std::size_t index, FollowUpStatus status,
                                     std::string note) {
  FollowUp changed = review.follow_ups.at(index);
  changed.status = status;
  changed.note = std::move(note);
  if (std::optional<Finding> problem = follow_up_problem(changed))
    return problem;
  review.follow_ups[index] = std::move(changed);
  return std::nullopt;
}

RoundStart start_next_round(const Review& previous, const ReportReview& new_checked,
                            const Response* response) {
  RoundStart out;
  if (round_number(previous) >= max_review_rounds) {
    out.error =
        make_finding("CPTT-E306", {}, {}, {}, {arg("rounds", std::to_string(max_review_rounds))});
    return out;
  }
  if (response && !answers_review(*response, previous)) {
    out.error = make_finding(
        "CPTT-E305", {}, {}, {},
        {arg("declared", response->review_digest), arg("actual", review_digest(previous))});
    return out;
  }
  Review& next = out.review;
  next = make_review(new_checked);
  next.reviewer = {previous.reviewer.name, previous.reviewer.body, {}};
  // The same finding (code, procedure, place) keeps the decision the reviewer took on it: an
  // agreed finding still found is still to be answered, a dismissed one stays dismissed for its
  // reason; the reviewer may change either in this round, and the earlier round keeps what was.
  next.findings = previous.findings;
  merge_findings(next, new_checked.findings());
  for (const ResponseTarget& t : response_targets(previous))
    next.follow_ups.push_back({t, FollowUpStatus::open, {}, {}});
  next.earlier_rounds = previous.earlier_rounds;
  ReviewRound last{previous, response ? std::optional<Response>(*response) : std::nullopt};
  last.review.earlier_rounds.clear(); // flat: they are next.earlier_rounds already
  next.earlier_rounds.push_back(std::move(last));
  return out;
}

void keep_round_work(const Review& work, Review& restarted) {
  restarted.reviewer = work.reviewer;
  restarted.comments = work.comments;
  restarted.procedure_verdicts = work.procedure_verdicts;
  restarted.draft_verdict = work.draft_verdict;
  restarted.findings = work.findings;
  for (FollowUp& f : restarted.follow_ups)
    if (const FollowUp* done = follow_up_for(work, f.target)) {
      f.status = done->status;
      f.note = done->note;
    }
}

} // namespace cptt::review
