// Writes a review canonically: fixed element order, optional elements and attributes omitted when
// empty, two-space indentation (docs/file-format.md, "Review"); earlier rounds after the current
// one, each with the response to it.
#include "cptt/atomic_file.h"
#include "cptt/dossier_xml.h"
#include "cptt/review/response_xml.h"
#include "cptt/review/review_file.h"
#include "cptt/review/review_rounds.h"

namespace cptt::review {
namespace {

void attribute(pugi::xml_node node, const char* name, std::string_view value) {
  if (!value.empty())
    node.append_attribute(name).set_value(std::string(value).c_str());
}

void text(pugi::xml_node parent, const char* name, const std::string& value) {
  if (!value.empty())
    parent.append_child(name).text().set(value.c_str());
}

void write_finding(pugi::xml_node parent, const ReviewedFinding& r) {
  const Finding& f = r.finding;
  pugi::xml_node n = parent.append_child("finding");
  attribute(n, "code", f.code);
  attribute(n, "severity", cptt::to_id(f.severity));
  attribute(n, "status", to_id(r.status));
  attribute(n, "procedure", f.procedure_id);
  if (f.location.line > 0) {
    attribute(n, "line", std::to_string(f.location.line));
    attribute(n, "column", std::to_string(f.location.column));
  }
  // The reviewer and the drafter may read in different languages: the texts in both, as the
  // catalogue makes them (Vietnamese first; the English only where it differs). A reader with the
  // report at hand makes them afresh from the code, place and arguments (merge_findings).
  const std::string place_vi = f.place_text(Language::vi), place_en = f.place_text(Language::en);
  const std::string message_vi = f.message(Language::vi), message_en = f.message(Language::en);
  text(n, "place", place_vi);
  text(n, "place-en", place_en != place_vi ? place_en : std::string());
  text(n, "message", message_vi);
  text(n, "message-en", message_en != message_vi ? message_en : std::string());
  text(n, "reason", r.reason);
}

void write_comment(pugi::xml_node parent, const Comment& c) {
  pugi::xml_node n = parent.append_child("comment");
  const CommentAnchor& a = c.anchor;
  attribute(n, "procedure", a.procedure_id);
  attribute(n, "form", a.form_id);
  attribute(n, "section", a.section);
  attribute(n, "field", a.field);
  if (a.worksheet)
    attribute(n, "worksheet", cptt::to_id(*a.worksheet));
  if (a.task > 0)
    attribute(n, "task", std::to_string(a.task));
  text(n, "author", c.author);
  text(n, "date", c.date);
  n.append_child("text").text().set(c.text.c_str());
}

void write_verdict(pugi::xml_node parent, const VerdictEntry& v) {
  pugi::xml_node n = parent.append_child("verdict");
  attribute(n, "procedure", v.procedure_id);
  attribute(n, "value", to_id(v.verdict));
  text(n, "summary", v.summary);
}

void write_follow_up(pugi::xml_node parent, const FollowUp& f) {
  pugi::xml_node n = parent.append_child("follow-up");
  const ResponseTarget& t = f.target;
  if (t.kind == ResponseTarget::Kind::comment) {
    attribute(n, "comment", std::to_string(t.comment));
  } else {
    attribute(n, "finding", t.code);
    attribute(n, "procedure", t.procedure_id);
  }
  attribute(n, "status", to_id(f.status));
  if (t.kind == ResponseTarget::Kind::finding)
    text(n, "place", t.place);
  text(n, "note", f.note);
}

// What one round holds, in the root (the current round) or in an earlier <round>.
void write_round(pugi::xml_node root, const Review& review) {
  pugi::xml_node report = root.append_child("report");
  attribute(report, "digest", review.report_digest);
  text(report, "file", review.report_file);
  text(report, "title", review.draft_title);

  const Reviewer& who = review.reviewer;
  if (!who.name.empty() || !who.body.empty() || !who.date.empty()) {
    pugi::xml_node n = root.append_child("reviewer");
    text(n, "name", who.name);
    text(n, "body", who.body);
    text(n, "date", who.date);
  }
  text(root, "signing-time", review.signing_time);
  if (!review.findings.empty()) {
    pugi::xml_node n = root.append_child("findings");
    for (const ReviewedFinding& f : review.findings)
      write_finding(n, f);
  }
  if (!review.comments.empty()) {
    pugi::xml_node n = root.append_child("comments");
    for (const Comment& c : review.comments)
      write_comment(n, c);
  }
  if (!review.procedure_verdicts.empty() || review.draft_verdict) {
    pugi::xml_node n = root.append_child("verdicts");
    for (const VerdictEntry& v : review.procedure_verdicts)
      write_verdict(n, v);
    if (review.draft_verdict) {
      VerdictEntry draft = *review.draft_verdict;
      draft.procedure_id.clear();
      write_verdict(n, draft);
    }
  }
  if (!review.follow_ups.empty()) {
    pugi::xml_node n = root.append_child("follow-ups");
    for (const FollowUp& f : review.follow_ups)
      write_follow_up(n, f);
  }
}

} // namespace

std::string write_review(const Review& review) {
  pugi::xml_document document;
  pugi::xml_node root = start_document(document, "review");
  write_round(root, review);
  // A one-round review has none: its file is as it always was.
  if (!review.earlier_rounds.empty()) {
    pugi::xml_node list = root.append_child("earlier-rounds");
    for (const ReviewRound& r : review.earlier_rounds) {
      pugi::xml_node n = list.append_child("round");
      write_round(n, r.review); // flat: an earlier round's own rounds are not written
      if (r.response)
        write_response_children(n.append_child("response"), *r.response);
    }
  }
  return document_text(document);
}

Text save_review_file(const Review& review, const std::string& path) {
  return write_file_atomically(path, write_review(review));
}

} // namespace cptt::review
