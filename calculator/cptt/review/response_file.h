#pragma once
// The response (docs/file-format.md, schema data/schema/response.xsd): the drafter's answers to a
// returned review, one per comment and per finding the reviewer kept (agreed): taken in (tiếp
// thu: what was changed, and where it is now) or explained (giải trình: why not). It names the
// review it answers by review_digest() and the revised report it comes with by the report's
// content digest (the one a review names its report by; empty while the drafter is answering).
// Writing is canonical and saving atomic; reading never throws for bad input and names
// file:line:col.
//
//   cptt::review::Response r = cptt::review::make_response(review, "du-thao.review.xml");
//   for (const cptt::review::ResponseTarget& t : cptt::review::response_targets(review))
//     r.set_entry({t, cptt::review::ResponseResult::giai_trinh, "Vì …", {}, {}});
//   cptt::review::save_response_file(r, "du-thao.response.xml");
#include "cptt/load_result.h"
#include "cptt/report.h"
#include "cptt/review/review_file.h"

#include <optional>
#include <string>
#include <vector>

namespace cptt::review {

// tiếp thu (taken in) / giải trình (explained)
enum class ResponseResult { tiep_thu, giai_trinh };

std::string_view to_id(ResponseResult result); // "tiep-thu", "giai-trinh"
bool from_id(std::string_view id, ResponseResult& out);
std::string_view label_vi(ResponseResult result);                 // "Tiếp thu", "Giải trình"
std::string_view label(ResponseResult result, Language language); // … "Taken in", "Explained"

// What an answer is about: a comment of the review, by its 1-based position (comments have no
// ids; the review's digest fixes their order), or a finding the reviewer kept, by its code,
// procedure and place (the Vietnamese place text, as the review file stores it).
struct ResponseTarget {
  enum class Kind { comment, finding };
  Kind kind = Kind::comment;
  int comment = 0;          // comment: its position in Review::comments, from 1
  std::string code;         // finding: "CPTT-W012"
  std::string procedure_id; // finding: its procedure ("" for the draft)
  std::string place;        // finding: its place in words, Vietnamese

  static ResponseTarget of_comment(int position);
  static ResponseTarget of_finding(const Finding& finding);
  bool operator==(const ResponseTarget&) const = default;
};

// "ý kiến 2" / "comment 2"; "phát hiện CPTT-W012 · P1 · …" / "finding CPTT-W012 · P1 · …".
std::string target_text(const ResponseTarget& target, Language language);
// What is answered without its place: "ý kiến 2", "phát hiện CPTT-E104" (a listing that names the
// place in words beside it).
std::string target_label(const ResponseTarget& target, Language language);

struct ResponseEntry {
  ResponseTarget target;
  ResponseResult result = ResponseResult::tiep_thu;
  std::string text;                    // what was changed, or why not (required)
  std::optional<CommentAnchor> anchor; // tiếp thu: the place now, in the revised report
  SourceLocation location;
};

struct Responder {
  std::string name;
  std::string body; // the drafting body (cơ quan chủ trì soạn thảo)
  std::string date; // ISO date of the response
};

struct Response {
  std::string review_digest; // review_digest() of the review answered (64 hex)
  std::string review_file;   // its file name, for people
  std::string report_digest; // content digest of the revised report; empty: not yet exported
  std::string report_file;   // its file name, for people
  Responder responder;
  std::vector<ResponseEntry> entries; // at most one per target

  const ResponseEntry* entry_for(const ResponseTarget& target) const;
  // Sets (or replaces) the entry of its target.
  void set_entry(ResponseEntry entry);
  // Removes the entry of `target`; false when there was none.
  bool remove_entry(const ResponseTarget& target);
};

// SHA-256 (lower-case hex) of the review's canonical text, write_review(review): what a response
// names its review by. The one definition, for the app and cptt alike.
std::string review_digest(const Review& review);

// What the drafter answers, in the review's order: every comment, then every agreed finding.
std::vector<ResponseTarget> response_targets(const Review& review);

// A new, empty response to `review`; `review_path`'s file name is kept for people.
Response make_response(const Review& review, const std::string& review_path);
// Whether `response` answers this very review (its digest is review_digest(review)).
bool answers_review(const Response& response, const Review& review);
// Names the revised report the response comes with: its content digest and file name.
void set_revised_report(Response& response, const ReportLoad& report, const std::string& path);

struct ResponseLoad {
  LoadResult result;
  Response response;
};

std::string write_response(const Response& response);
// Writes atomically; returns an empty text or the error message.
Text save_response_file(const Response& response, const std::string& path);
ResponseLoad load_response_file(const std::string& path);
ResponseLoad load_response_text(std::string text, std::string name = "<memory>");

} // namespace cptt::review
