// Reads a response file (docs/file-format.md, "Response"); every problem is a located LoadResult.
#include "cptt/dates.h"
#include "cptt/dossier_xml.h"
#include "cptt/review/response_file.h"
#include "cptt/review/response_xml.h"
#include "cptt/xml_fields.h"

#include <algorithm>

namespace cptt::review {
namespace {

bool is_digest(std::string_view s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// CPTT-[ENW] and three digits, as the catalogue numbers its codes.
bool is_finding_code(std::string_view s) {
  return s.size() == 9 && s.starts_with("CPTT-") && (s[5] == 'E' || s[5] == 'N' || s[5] == 'W') &&
         std::all_of(s.begin() + 6, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class ResponseReader {
public:
  explicit ResponseReader(const XmlSource& source) : in_(source) {}

  void read(Response& r) {
    children(expect_root(in_, in_.source().document(), "response", xml_namespace, format_version),
             r);
  }

  // A response file's root, or the <response> an earlier round of a review keeps.
  void children(pugi::xml_node root, Response& r) {
    in_.expect_children(root, {"review", "report", "responder", "answers"});
    pugi::xml_node review = in_.required_child(root, "review");
    r.review_digest = digest(review);
    r.review_file = in_.text(review, "file");
    if (pugi::xml_node report = root.child("report")) {
      r.report_digest = digest(report);
      r.report_file = in_.text(report, "file");
    }
    if (pugi::xml_node who = root.child("responder")) {
      in_.expect_children(who, {"name", "body", "date"});
      r.responder = {in_.text(who, "name"), in_.text(who, "body"), date(who)};
    }
    if (pugi::xml_node list = root.child("answers")) {
      in_.expect_children(list, {"answer"});
      for (pugi::xml_node n : list.children("answer")) {
        ResponseEntry e = entry(n);
        if (r.entry_for(e.target))
          in_.fail(n, {target_text(e.target, Language::vi) + " đã được trả lời ở trên",
                       target_text(e.target, Language::en) + " is already answered above"});
        r.entries.push_back(std::move(e));
      }
    }
  }

private:
  std::string digest(pugi::xml_node n) {
    in_.expect_children(n, {"file"});
    std::string d = in_.attribute(n, "digest");
    if (!is_digest(d))
      in_.fail(n,
               {"digest=\"" + d + "\" không phải mã SHA-256 (64 chữ số hệ 16, chữ thường)",
                "digest=\"" + d + "\" is not a SHA-256 digest (64 lower-case hexadecimal digits)"});
    return d;
  }

  std::string date(pugi::xml_node parent) {
    std::string text = in_.text(parent, "date");
    if (!text.empty() && !is_iso_date_time(text))
      in_.fail(parent.child("date"),
               {"ngày \"" + text + "\" không phải ngày có thật dạng YYYY-MM-DD",
                "the date \"" + text + "\" is not a real date of the form YYYY-MM-DD"});
    return text;
  }

  ResponseTarget target(pugi::xml_node n) {
    const bool comment = !n.attribute("comment").empty();
    const bool finding = !n.attribute("finding").empty();
    if (comment == finding)
      in_.fail(n, {"câu trả lời phải nêu đúng một trong comment=\"…\" (ý kiến) hoặc finding=\"…\" "
                   "(phát hiện)",
                   "an answer names exactly one of comment=\"…\" (a comment) or finding=\"…\" (a "
                   "finding)"});
    ResponseTarget t;
    if (comment) {
      if (!n.attribute("procedure").empty())
        in_.fail(n, {"procedure=\"…\" chỉ dùng cho câu trả lời về phát hiện",
                     "procedure=\"…\" is only for an answer to a finding"});
      t.comment = in_.integer(n, n.attribute("comment").value(), "comment");
      if (t.comment < 1)
        in_.fail(
            n, {"comment=\"" + std::to_string(t.comment) + "\": số thứ tự ý kiến phải từ 1",
                "comment=\"" + std::to_string(t.comment) + "\": a comment's position starts at 1"});
      if (!n.child("place").empty())
        in_.fail(n.child("place"), {"<place> chỉ dùng cho câu trả lời về phát hiện",
                                    "<place> is only for an answer to a finding"});
      return t;
    }
    t.kind = ResponseTarget::Kind::finding;
    t.code = n.attribute("finding").value();
    if (!is_finding_code(t.code))
      in_.fail(n, {"finding=\"" + t.code + "\" không phải mã phát hiện (CPTT-E001 …)",
                   "finding=\"" + t.code + "\" is not a finding code (CPTT-E001 …)"});
    t.procedure_id = n.attribute("procedure").value();
    t.place = in_.text(n, "place");
    return t;
  }

  CommentAnchor anchor(pugi::xml_node n) {
    in_.expect_children(n, {});
    CommentAnchor a;
    a.procedure_id = n.attribute("procedure").value();
    a.form_id = n.attribute("form").value();
    a.section = n.attribute("section").value();
    a.field = n.attribute("field").value();
    if (!n.attribute("worksheet").empty())
      a.worksheet = in_.enumeration<Worksheet::Variant>(n, "worksheet", "current, proposed");
    if (!n.attribute("task").empty()) {
      a.task = in_.integer(n, n.attribute("task").value(), "task");
      if (a.task < 1 || !a.worksheet)
        in_.fail(n, {"task=\"" + std::string(n.attribute("task").value()) +
                         "\": dòng công việc phải từ 1 và đi kèm worksheet",
                     "task=\"" + std::string(n.attribute("task").value()) +
                         "\": the task row must be at least 1 and come with a worksheet"});
    }
    return a;
  }

  ResponseEntry entry(pugi::xml_node n) {
    in_.expect_children(n, {"place", "text", "anchor"});
    ResponseEntry e;
    e.target = target(n);
    e.result = in_.enumeration<ResponseResult>(n, "result", "tiep-thu, giai-trinh");
    e.text = in_.text(n, "text", true);
    if (pugi::xml_node a = n.child("anchor")) {
      if (e.result != ResponseResult::tiep_thu)
        in_.fail(a, {"<anchor> (vị trí đã sửa) chỉ dùng cho ý kiến được tiếp thu",
                     "<anchor> (the place changed) is only for a comment taken in"});
      e.anchor = anchor(a);
    }
    e.location = in_.location(n);
    return e;
  }

  FieldReader in_;
};

ResponseLoad load_from_source(const XmlSource& source) {
  ResponseLoad out;
  if (!source.result()) {
    out.result = source.result();
    return out;
  }
  out.result = read_guarded(source, [&] { ResponseReader(source).read(out.response); });
  return out;
}

} // namespace

void read_response_children(const XmlSource& source, pugi::xml_node node, Response& response) {
  ResponseReader(source).children(node, response);
}

ResponseLoad load_response_file(const std::string& path) {
  return load_from_source(XmlSource::from_file(path));
}

ResponseLoad load_response_text(std::string text, std::string name) {
  return load_from_source(XmlSource::from_text(std::move(text), std::move(name)));
}

} // namespace cptt::review
