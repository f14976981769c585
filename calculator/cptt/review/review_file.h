#pragma once
// The review (docs/file-format.md, schema data/schema/review.xsd): what a reviewer returns to the
// drafter. It names the report it reviewed by the SHA-256 digest of its content (and its file
// name), holds the findings with the reviewer's decision on each (open / agreed / dismissed with a
// reason), comments anchored to a place (procedure, form section or field, worksheet row), a
// verdict per procedure and for the draft, and who reviewed it; from round 2 on, its earlier
// rounds and the follow-up of the previous round's items (review_rounds.h). Writing is canonical
// and saving atomic; reading never throws for bad input and names file:line:col.
#include "cptt/finding.h"
#include "cptt/load_result.h"
#include "cptt/model.h"
#include "cptt/xml_source.h"

#include <optional>
#include <string>
#include <vector>

namespace cptt::review {

struct ReportReview;
struct FollowUp;    // review_rounds.h
struct ReviewRound; // review_rounds.h

enum class FindingStatus { open, agreed, dismissed };
// đạt / cần bổ sung, chỉnh sửa / không đạt
enum class Verdict { dat, can_bo_sung, khong_dat };

std::string_view to_id(FindingStatus status); // "open", "agreed", "dismissed"
std::string_view to_id(Verdict verdict);      // "dat", "can-bo-sung", "khong-dat"
bool from_id(std::string_view id, FindingStatus& out);
bool from_id(std::string_view id, Verdict& out);
bool from_id(std::string_view id, Severity& out);
std::string_view label_vi(FindingStatus status); // "Chưa xử lý", "Đồng ý", "Bác bỏ"
std::string_view label_vi(Verdict verdict); // "Đạt", "Cần bổ sung, chỉnh sửa", "Không đạt"
std::string_view label(FindingStatus status, Language language); // … "Open", "Agreed", "Dismissed"
std::string_view label(Verdict verdict, Language language); // … "Passed", "Needs additions …"

struct ReviewedFinding {
  Finding finding; // code, severity, procedure, place, message (location: in the report)
  FindingStatus status = FindingStatus::open;
  std::string reason; // why it was dismissed (required then), or the reviewer's remark
};

// Where a comment belongs. Every part is optional; an empty anchor is about the whole draft.
struct CommentAnchor {
  std::string procedure_id;
  std::string form_id;                         // the assessment form ("tt03-2022-02")
  std::string section;                         // form section key ("necessity")
  std::string field;                           // answer key or dossier field ("necessity.q1")
  std::optional<Worksheet::Variant> worksheet; // a worksheet …
  int task = 0;                                // … and its task row (1-based), 0: none
};

struct Comment {
  CommentAnchor anchor;
  std::string author;
  std::string date; // ISO date
  std::string text;
  SourceLocation location;
};

struct VerdictEntry {
  std::string procedure_id; // empty for the draft as a whole
  Verdict verdict = Verdict::can_bo_sung;
  std::string summary;
  SourceLocation location;
};

struct Reviewer {
  std::string name;
  std::string body; // the appraising or control body (Sở Tư pháp …)
  std::string date; // ISO date of the review
};

struct Review {
  // Out of line: the rounds' types (review_rounds.h) need not be complete where Review is used.
  Review();
  ~Review();
  Review(const Review&);
  Review(Review&&) noexcept;
  Review& operator=(const Review&);
  Review& operator=(Review&&) noexcept;

  std::string report_digest; // SHA-256 of the reviewed report's canonical content (64 hex)
  std::string report_file;   // its file name, for people
  std::string draft_title;   // the draft's title, for people
  Reviewer reviewer;
  // A signed review's signing time (UTC, 2026-11-29T16:00:05Z), which its signature covers and
  // its signer's certificate is judged at (cptt/signature.h); empty when not signed.
  std::string signing_time;
  std::vector<ReviewedFinding> findings;
  std::vector<Comment> comments;
  std::vector<VerdictEntry> procedure_verdicts;
  std::optional<VerdictEntry> draft_verdict;
  // Review rounds (review_rounds.h): one follow-up per item of the previous round, and the earlier
  // rounds, oldest first. Both empty in round 1, which is written as a one-round file always was.
  std::vector<FollowUp> follow_ups;
  std::vector<ReviewRound> earlier_rounds;

  const VerdictEntry* verdict_for(std::string_view procedure_id) const;
  // Sets (or replaces) a verdict; an empty procedure id sets the draft's.
  void set_verdict(VerdictEntry verdict);
};

// A new review of a checked report: its digest, file name and title, and every finding open.
Review make_review(const ReportReview& checked);
// Whether `review` is about this very report: its digest is the report content's digest.
bool reviews_report(const Review& review, const ReportReview& checked);
// Brings a reopened review up to date with a fresh check of the same report: findings still found
// keep their status and reason (matched by code, procedure and place); new ones are added open;
// findings no longer found are dropped. Comments and verdicts are kept.
void merge_findings(Review& review, const std::vector<Finding>& fresh);

struct ReviewLoad {
  LoadResult result;
  Review review;
};

std::string write_review(const Review& review);
// Writes atomically; returns an empty text or the error message.
Text save_review_file(const Review& review, const std::string& path);
ReviewLoad load_review_file(const std::string& path);
ReviewLoad load_review_text(std::string text, std::string name = "<memory>");

} // namespace cptt::review
