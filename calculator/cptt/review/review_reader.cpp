// Reads a review file (docs/file-format.md, "Review"); every problem is a located LoadResult.
#include "cptt/dates.h"
#include "cptt/dossier_xml.h"
#include "cptt/review/response_xml.h"
#include "cptt/review/review_file.h"
#include "cptt/review/review_rounds.h"
#include "cptt/signature.h"
#include "cptt/xml_fields.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace cptt::review {
namespace {

bool is_digest(std::string_view s) {
  if (s.size() != 64)
    return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
      return false;
  return true;
}

// The one form of a signing time: what utc_timestamp() writes and the verifier reads.
bool is_utc_time(std::string_view s) {
  return s.size() == 20 && s[10] == 'T' && s.back() == 'Z' && is_iso_date_time(s);
}

class ReviewReader {
public:
  explicit ReviewReader(const XmlSource& source) : in_(source) {}

  void read(Review& r) {
    pugi::xml_node root =
        expect_root(in_, in_.source().document(), "review", xml_namespace, format_version);
    in_.expect_children(root, {"report", "reviewer", "signing-time", "findings", "comments",
                               "verdicts", "follow-ups", "earlier-rounds", signature_element});
    if (Text error = signature_placement_error(root); !error.empty())
      in_.fail(root.child(signature_element), error);
    round(root, r);
    std::vector<pugi::xml_node> rounds; // the earlier <round>s, then the root
    if (pugi::xml_node list = root.child("earlier-rounds")) {
      in_.expect_children(list, {"round"});
      for (pugi::xml_node n : list.children("round")) {
        if (r.earlier_rounds.size() + 1 >= max_review_rounds)
          in_.fail(
              n, {"một báo cáo thẩm định có tối đa " + std::to_string(max_review_rounds) + " vòng",
                  "a review holds at most " + std::to_string(max_review_rounds) + " rounds"});
        // Flat: a round holds no rounds of its own (the vocabulary refuses <earlier-rounds>).
        in_.expect_children(n, {"report", "reviewer", "signing-time", "findings", "comments",
                                "verdicts", "follow-ups", "response"});
        ReviewRound earlier;
        round(n, earlier.review);
        if (pugi::xml_node answers = n.child("response")) {
          earlier.response.emplace();
          read_response_children(in_.source(), answers, *earlier.response);
        }
        r.earlier_rounds.push_back(std::move(earlier));
        rounds.push_back(n);
      }
    }
    rounds.push_back(root);
    for (std::size_t k = 0; k < rounds.size(); ++k)
      check_round(r, k, rounds[k]);
  }

private:
  // What one round holds: the root's children (the current round) or an earlier <round>'s.
  void round(pugi::xml_node root, Review& r) {
    pugi::xml_node report = in_.required_child(root, "report");
    in_.expect_children(report, {"file", "title"});
    r.report_digest = in_.attribute(report, "digest");
    if (!is_digest(r.report_digest))
      in_.fail(report, {"digest=\"" + r.report_digest +
                            "\" không phải mã SHA-256 (64 chữ số hệ 16, chữ thường)",
                        "digest=\"" + r.report_digest +
                            "\" is not a SHA-256 digest (64 lower-case hexadecimal digits)"});
    r.report_file = in_.text(report, "file");
    r.draft_title = in_.text(report, "title");
    if (pugi::xml_node who = root.child("reviewer")) {
      in_.expect_children(who, {"name", "body", "date"});
      r.reviewer = {in_.text(who, "name"), in_.text(who, "body"), date(who)};
    }
    r.signing_time = in_.text(root, "signing-time");
    if (const std::string& at = r.signing_time; !at.empty() && !is_utc_time(at))
      in_.fail(
          root.child("signing-time"),
          {"<signing-time>: \"" + at + "\" không phải thời điểm có thật dạng 2026-11-29T16:00:05Z",
           "<signing-time>: \"" + at + "\" is not a real time of the form 2026-11-29T16:00:05Z"});
    if (pugi::xml_node list = root.child("findings")) {
      in_.expect_children(list, {"finding"});
      for (pugi::xml_node n : list.children("finding"))
        r.findings.push_back(finding(n));
    }
    if (pugi::xml_node list = root.child("comments")) {
      in_.expect_children(list, {"comment"});
      for (pugi::xml_node n : list.children("comment"))
        r.comments.push_back(comment(n));
    }
    if (pugi::xml_node list = root.child("verdicts")) {
      in_.expect_children(list, {"verdict"});
      for (pugi::xml_node n : list.children("verdict"))
        verdict(n, r);
    }
    if (pugi::xml_node list = root.child("follow-ups")) {
      in_.expect_children(list, {"follow-up"});
      for (pugi::xml_node n : list.children("follow-up"))
        r.follow_ups.push_back(follow_up(n));
    }
  }

  std::string date(pugi::xml_node parent) {
    std::string text = in_.text(parent, "date");
    if (!text.empty() && !is_iso_date_time(text))
      in_.fail(parent.child("date"),
               {"ngày \"" + text + "\" không phải ngày có thật dạng YYYY-MM-DD",
                "the date \"" + text + "\" is not a real date of the form YYYY-MM-DD"});
    return text;
  }

  Severity severity(pugi::xml_node n) {
    const std::string id = in_.attribute(n, "severity");
    Severity s{};
    if (!from_id(id, s))
      in_.fail(n, {"thuộc tính severity=\"" + id +
                       "\" không hợp lệ; giá trị được chấp nhận: error, warning, note",
                   "attribute severity=\"" + id +
                       "\" is not valid; accepted values: error, warning, note"});
    return s;
  }

  ReviewedFinding finding(pugi::xml_node n) {
    in_.expect_children(n, {"place", "place-en", "message", "message-en", "reason"});
    ReviewedFinding r;
    r.finding.code = in_.attribute(n, "code");
    r.finding.severity = severity(n);
    r.status = in_.enumeration<FindingStatus>(n, "status", "open, agreed, dismissed");
    r.finding.procedure_id = n.attribute("procedure").value();
    // Where in the report: a report of thousands of procedures has millions of lines.
    constexpr int last = std::numeric_limits<int>::max();
    if (!n.attribute("line").empty())
      r.finding.location.line = in_.integer(n, n.attribute("line").value(), "line", last);
    if (!n.attribute("column").empty())
      r.finding.location.column = in_.integer(n, n.attribute("column").value(), "column", last);
    // Files written before the English texts were stored hold the Vietnamese only.
    r.finding.stored_place = Text{in_.text(n, "place"), in_.text(n, "place-en")};
    r.finding.stored_message = Text{in_.text(n, "message", true), in_.text(n, "message-en")};
    r.reason = in_.text(n, "reason");
    if (r.status == FindingStatus::dismissed && r.reason.empty())
      in_.fail(n, {"phát hiện " + r.finding.code + " bị bác bỏ nhưng không nêu lý do",
                   "finding " + r.finding.code + " is dismissed without a reason"});
    return r;
  }

  Comment comment(pugi::xml_node n) {
    in_.expect_children(n, {"author", "date", "text"});
    Comment c;
    c.anchor.procedure_id = n.attribute("procedure").value();
    c.anchor.form_id = n.attribute("form").value();
    c.anchor.section = n.attribute("section").value();
    c.anchor.field = n.attribute("field").value();
    if (!n.attribute("worksheet").empty())
      c.anchor.worksheet = in_.enumeration<Worksheet::Variant>(n, "worksheet", "current, proposed");
    if (!n.attribute("task").empty()) {
      c.anchor.task = in_.integer(n, n.attribute("task").value(), "task");
      if (c.anchor.task < 1 || !c.anchor.worksheet)
        in_.fail(n, {"task=\"" + std::string(n.attribute("task").value()) +
                         "\": dòng công việc phải từ 1 và đi kèm worksheet",
                     "task=\"" + std::string(n.attribute("task").value()) +
                         "\": the task row must be at least 1 and come with a worksheet"});
    }
    c.author = in_.text(n, "author");
    c.date = date(n);
    c.text = in_.text(n, "text", true);
    c.location = in_.location(n);
    return c;
  }

  void verdict(pugi::xml_node n, Review& r) {
    in_.expect_children(n, {"summary"});
    VerdictEntry v;
    v.procedure_id = n.attribute("procedure").value();
    v.verdict = in_.enumeration<Verdict>(n, "value", "dat, can-bo-sung, khong-dat");
    v.summary = in_.text(n, "summary");
    v.location = in_.location(n);
    if (r.verdict_for(v.procedure_id))
      in_.fail(n, v.procedure_id.empty()
                      ? Text{"kết luận chung của dự thảo đã có", "the draft already has a verdict"}
                      : Text{"thủ tục \"" + v.procedure_id + "\" đã có kết luận",
                             "procedure \"" + v.procedure_id + "\" already has a verdict"});
    r.set_verdict(std::move(v));
  }

  // The target of a follow-up, named as an answer names it (response_file.h).
  ResponseTarget target(pugi::xml_node n) {
    const bool comment = !n.attribute("comment").empty();
    if (comment == !n.attribute("finding").empty())
      in_.fail(n, {"mục xem lại phải nêu đúng một trong comment=\"…\" (ý kiến) hoặc finding=\"…\" "
                   "(phát hiện)",
                   "a follow-up names exactly one of comment=\"…\" (a comment) or finding=\"…\" "
                   "(a finding)"});
    if (comment) {
      if (!n.attribute("procedure").empty() || !n.child("place").empty())
        in_.fail(n, {"procedure=\"…\" và <place> chỉ dùng cho phát hiện",
                     "procedure=\"…\" and <place> are only for a finding"});
      ResponseTarget t =
          ResponseTarget::of_comment(in_.integer(n, n.attribute("comment").value(), "comment"));
      if (t.comment < 1)
        in_.fail(
            n, {"comment=\"" + std::to_string(t.comment) + "\": số thứ tự ý kiến phải từ 1",
                "comment=\"" + std::to_string(t.comment) + "\": a comment's position starts at 1"});
      return t;
    }
    ResponseTarget t;
    t.kind = ResponseTarget::Kind::finding;
    t.code = n.attribute("finding").value();
    t.procedure_id = n.attribute("procedure").value();
    t.place = in_.text(n, "place");
    return t;
  }

  FollowUp follow_up(pugi::xml_node n) {
    in_.expect_children(n, {"place", "note"});
    FollowUp f;
    f.target = target(n);
    f.status = in_.enumeration<FollowUpStatus>(n, "status", "open, closed, reopened");
    f.note = in_.text(n, "note");
    if (const std::optional<Finding> problem = follow_up_problem(f))
      in_.fail(n, {problem->message(Language::vi), problem->message(Language::en)});
    f.location = in_.location(n);
    return f;
  }

  // Round k + 1 (the last is the current one, at the root): one follow-up per item of the round
  // before it, each of an item it has; the response it keeps answers it as it was.
  void check_round(const Review& r, std::size_t k, pugi::xml_node node) {
    const bool earlier = k < r.earlier_rounds.size();
    const Review& here = earlier ? r.earlier_rounds[k].review : r;
    const std::vector<ResponseTarget> targets =
        k == 0 ? std::vector<ResponseTarget>{} : response_targets(r.earlier_rounds[k - 1].review);
    const std::string before = std::to_string(k); // the previous round's number
    std::vector<bool> seen(targets.size(), false);
    std::size_t i = 0;
    for (pugi::xml_node n : node.child("follow-ups").children("follow-up")) {
      const ResponseTarget& t = here.follow_ups[i++].target;
      // Two agreed findings may share a code, procedure and place: each takes the next one.
      std::size_t index = 0;
      while (index < targets.size() && (targets[index] != t || seen[index]))
        ++index;
      if (std::find(targets.begin(), targets.end(), t) == targets.end())
        in_.fail(n, k == 0 ? Text{"vòng thẩm định đầu tiên không có vòng trước để xem lại",
                                  "the first round has no earlier round to follow up"}
                           : Text{"vòng " + before + " không có " + target_text(t, Language::vi) +
                                      " (chỉ các ý kiến và phát hiện được đồng ý)",
                                  "round " + before + " has no " + target_text(t, Language::en) +
                                      " (only its comments and agreed findings)"});
      if (index == targets.size())
        in_.fail(n, {target_text(t, Language::vi) + " đã được xem lại ở trên",
                     target_text(t, Language::en) + " is already followed up above"});
      seen[index] = true;
    }
    for (std::size_t j = 0; j < targets.size(); ++j)
      if (!seen[j])
        in_.fail(
            node.child("follow-ups") ? node.child("follow-ups") : node.child("report"),
            {target_text(targets[j], Language::vi) + " của vòng " + before + " chưa có mục xem lại",
             target_text(targets[j], Language::en) + " of round " + before + " has no follow-up"});
    if (!earlier || !r.earlier_rounds[k].response)
      return;
    const std::string& declared = r.earlier_rounds[k].response->review_digest;
    const std::string actual = review_digest(review_at_round(r, k));
    if (declared != actual)
      in_.fail(node.child("response"),
               {"bản tiếp thu, giải trình kèm vòng " + std::to_string(k + 1) +
                    " trả lời một báo cáo thẩm định khác (mã băm " + declared +
                    ", báo cáo thẩm định của vòng: " + actual + ")",
                "the response kept with round " + std::to_string(k + 1) +
                    " answers another review (digest " + declared +
                    ", the round's review: " + actual + ")"});
  }

  FieldReader in_;
};

ReviewLoad load_from_source(const XmlSource& source) {
  ReviewLoad out;
  if (!source.result()) {
    out.result = source.result();
    return out;
  }
  out.result = read_guarded(source, [&] { ReviewReader(source).read(out.review); });
  return out;
}

} // namespace

ReviewLoad load_review_file(const std::string& path) {
  return load_from_source(XmlSource::from_file(path));
}

ReviewLoad load_review_text(std::string text, std::string name) {
  return load_from_source(XmlSource::from_text(std::move(text), std::move(name)));
}

} // namespace cptt::review
