// The printable summary: self-contained UTF-8 HTML in the user's language, every text escaped;
// the English page has no Vietnamese letter outside what people wrote, the Vietnamese one no
// English heading.
#include "support.h"

#include "../vietnamese_letters.h"
#include "cptt/review/review_html.h"

#include <gtest/gtest.h>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

struct Sample {
  ReportReview checked;
  Review review;
};

Sample sample() {
  Sample s{review_report_text(example_report("case-dossier-total.cptt.xml"), "total.report.xml",
                              full_context()),
           {}};
  Review& r = s.review = make_review(s.checked);
  r.reviewer = {"Trần Thị B", "Sở Tư pháp", "2026-11-29"};
  r.findings[0].status = FindingStatus::dismissed;
  r.findings[0].reason = "Đã giải trình tại tờ trình";
  r.findings[1].status = FindingStatus::agreed;
  r.set_verdict({"P1", Verdict::khong_dat, "Chưa đạt, cần làm lại", {}});
  r.set_verdict({"", Verdict::can_bo_sung, "Tóm tắt chung", {}});
  Comment c;
  c.anchor.procedure_id = "P2";
  c.anchor.form_id = "tt03-2022-02";
  c.anchor.section = "necessity";
  c.author = "Nguyễn Văn A";
  c.text = "Thời gian đi lại cần theo định mức cấp tỉnh.";
  r.comments.push_back(c);
  Comment whole;
  whole.text = "Ý kiến chung về dự thảo";
  r.comments.push_back(whole);
  return s;
}

// What people wrote (and the forms' codes): the draft's and the procedures' names, tasks, fees,
// reasons and evidence notes of the dossier, the reviewer, the comments, the remarks. Shown as
// written in both languages.
std::vector<std::string> user_values(const Sample& s) {
  const Dossier& d = s.checked.dossier;
  const Review& r = s.review;
  std::vector<std::string> out{d.draft.title, r.draft_title, r.reviewer.name, r.reviewer.body};
  for (const Procedure& p : d.procedures) {
    out.push_back(p.name);
    for (const std::optional<Worksheet>* w : {&p.current, &p.proposed}) {
      if (!*w)
        continue;
      for (const Task& t : (*w)->tasks)
        out.insert(out.end(), {t.name, t.services_note, t.evidence});
      for (const Fee& f : (*w)->fees)
        out.insert(out.end(), {f.name, f.legal_basis});
    }
  }
  for (const ReviewedFinding& f : r.findings)
    out.push_back(f.reason);
  for (const Comment& c : r.comments)
    out.insert(out.end(), {c.author, c.text});
  for (const VerdictEntry& v : r.procedure_verdicts)
    out.push_back(v.summary);
  out.push_back(r.draft_verdict->summary);
  // The official forms' codes ("02/ĐGTĐ-BHM"), like finding codes, are names, not words.
  for (const auto& form : catalog().forms())
    out.push_back(form->display_code());
  return out;
}

std::string without(std::string html, const std::vector<std::string>& values) {
  for (const std::string& v : values) {
    const std::string escaped = html_escape(v);
    if (escaped.empty())
      continue;
    for (std::size_t at; (at = html.find(escaped)) != std::string::npos;)
      html.erase(at, escaped.size());
  }
  return html;
}

// The texts of the page's headings and table headers.
std::vector<std::string> headings(const std::string& html) {
  std::vector<std::string> out;
  for (const char* tag : {"h1", "h2", "th", "title"}) {
    const std::string open = std::string("<") + tag + ">", close = std::string("</") + tag + ">";
    for (std::size_t at = html.find(open); at != std::string::npos; at = html.find(open, at)) {
      at += open.size();
      out.push_back(html.substr(at, html.find(close, at) - at));
    }
  }
  return out;
}

} // namespace

TEST(ReviewHtml, EnglishSummaryHasNoVietnameseOutsideWhatPeopleWrote) {
  const Sample s = sample();
  const std::string html = review_summary_html(s.review, &s.checked.dossier, &s.checked.integrity,
                                               Language::en, &catalog());
  EXPECT_NE(html.find("lang=\"en\""), std::string::npos);
  EXPECT_NE(html.find("Needs additions or corrections"), std::string::npos);
  EXPECT_NE(html.find("Not passed"), std::string::npos);
  EXPECT_NE(html.find("Dismissed"), std::string::npos);
  EXPECT_NE(html.find("Intact"), std::string::npos);
  EXPECT_NE(html.find("No conclusion yet"), std::string::npos); // P3
  // A comment's place by the form's own titles (review/place_names.h).
  EXPECT_NE(html.find("Procedure P2: Đăng ký hoạt động tại Ủy ban nhân dân cấp xã · Form "
                      "02/ĐGTĐ-BHM · I. Necessity of the procedure"),
            std::string::npos);
  EXPECT_NE(html.find("The whole draft"), std::string::npos);
  EXPECT_NE(html.find(html_escape(s.review.findings[2].finding.message(Language::en))),
            std::string::npos);
  // Every line with a Vietnamese letter left once the user's values are taken out.
  const std::string rest = without(html, user_values(s));
  std::size_t start = 0;
  for (std::size_t end; (end = rest.find('\n', start)) != std::string::npos; start = end + 1) {
    const std::string line = rest.substr(start, end - start);
    EXPECT_FALSE(cptt_test::has_vietnamese_letter(line)) << line;
  }
  for (const std::string& h : headings(without(html, user_values(s))))
    EXPECT_FALSE(cptt_test::has_vietnamese_letter(h)) << h;
}

TEST(ReviewHtml, VietnameseSummaryHasNoEnglishHeading) {
  const Sample s = sample();
  const std::string vi =
      review_summary_html(s.review, &s.checked.dossier, &s.checked.integrity, Language::vi);
  const std::string en =
      review_summary_html(s.review, &s.checked.dossier, &s.checked.integrity, Language::en);
  const std::vector<std::string> vi_headings = headings(vi), en_headings = headings(en);
  ASSERT_EQ(vi_headings.size(), en_headings.size());
  ASSERT_GE(vi_headings.size(), 20u);
  for (const std::string& h : vi_headings) {
    if (h == "#")
      continue;
    EXPECT_TRUE(cptt_test::has_vietnamese_letter(h)) << h;
    for (const std::string& english : en_headings)
      if (english != "#" && english.find(':') == std::string::npos) { // the title: the draft's
        EXPECT_EQ(h.find(english), std::string::npos) << h << " holds " << english;
      }
  }
  for (const char* english : {"Finding", "Severity", "Comment", "Reviewer", "Needs additions",
                              "Dismissed", "Agreed", "Intact", "Made with"})
    EXPECT_EQ(vi.find(english), std::string::npos) << english;
  // The finding texts follow the language too.
  EXPECT_NE(vi.find(html_escape(s.review.findings[2].finding.message(Language::vi))),
            std::string::npos);
}

TEST(ReviewHtml, SummaryHoldsVerdictsFindingsAndComments) {
  ReportReview checked = review_report_text(example_report("case-dossier-total.cptt.xml"),
                                            "total.report.xml", full_context());
  Review r = make_review(checked);
  r.reviewer = {"Trần Thị B", "Sở Tư pháp", "2026-11-29"};
  r.findings[0].status = FindingStatus::dismissed;
  r.findings[0].reason = "Lý do <b>bác bỏ</b>";
  r.set_verdict({"P1", Verdict::khong_dat, "Chưa đạt & cần làm lại", {}});
  r.set_verdict({"", Verdict::can_bo_sung, "Tóm tắt chung", {}});
  Comment c;
  c.anchor.procedure_id = "P2";
  c.anchor.worksheet = Worksheet::Variant::proposed;
  c.anchor.task = 1;
  c.text = "<script>alert(1)</script>";
  r.comments.push_back(c);
  const std::string html = review_summary_html(r, &checked.dossier, &checked.integrity);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"UTF-8\">"), std::string::npos);
  EXPECT_NE(html.find("lang=\"vi\""), std::string::npos);
  EXPECT_NE(html.find("Cần bổ sung, chỉnh sửa"), std::string::npos);
  EXPECT_NE(html.find("Không đạt"), std::string::npos);
  EXPECT_NE(html.find("Chưa đạt &amp; cần làm lại"), std::string::npos);
  EXPECT_NE(html.find("Cấp giấy phép hoạt động"), std::string::npos); // P1's name
  EXPECT_NE(html.find("Nguyên vẹn"), std::string::npos);
  EXPECT_NE(html.find(r.report_digest), std::string::npos);
  EXPECT_NE(html.find("Lý do &lt;b&gt;bác bỏ&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http"), std::string::npos); // nothing fetched from outside
  // P2 is new: its one worksheet is its cost; the task row by its number and name.
  EXPECT_NE(html.find("Bảng tính chi phí · công việc 1: Đi lại nộp hồ sơ tại Ủy ban nhân dân cấp "
                      "xã"),
            std::string::npos);
  // P3 has no verdict yet.
  EXPECT_NE(html.find("Chưa kết luận"), std::string::npos);
}
