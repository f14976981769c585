// The printable summary: self-contained UTF-8 HTML in Vietnamese, every text escaped.
#include "support.h"

#include "cptt/review/review_html.h"

#include <gtest/gtest.h>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

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
  EXPECT_NE(html.find("bảng tính đề xuất · công việc 1"), std::string::npos);
  // P3 has no verdict yet.
  EXPECT_NE(html.find("Chưa kết luận"), std::string::npos);
}
