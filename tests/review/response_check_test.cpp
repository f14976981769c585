// The state of a response: unanswered items listed, a response to another review refused, the
// wrong reports named, and a comment taken in whose place did not change between the reviewed
// and the revised report flagged (two reports made by editing an example dossier and exporting).
#include "support.h"

#include "cptt/review/response_check.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

struct Round {
  ReportLoad old_report, new_report;
  Review review;
};

Comment comment(CommentAnchor at, std::string text) {
  Comment c;
  c.anchor = std::move(at);
  c.author = "Trần Thị B";
  c.text = std::move(text);
  return c;
}

// The reviewed report, and the revised one with an evidence note on P1's current task 3 (the
// drafter took in comment 1); comment 2 is about P2's proposed task 4, which stays as it was.
Round round() {
  Round r;
  const Dossier old_dossier = example("case-dossier-total.cptt.xml");
  Dossier revised = old_dossier;
  revised.procedures[0].current->tasks[2].evidence = "Khảo sát 30 hồ sơ, quý III/2026.";
  r.old_report = load_report_text(report_text(old_dossier), "old.report.xml");
  r.new_report = load_report_text(report_text(revised), "new.report.xml");
  EXPECT_TRUE(r.old_report.result && r.new_report.result);
  ReportReview checked =
      review_report_text(report_text(old_dossier), "/x/old.report.xml", plain_context());
  r.review = make_review(checked);
  r.review.reviewer = {"Trần Thị B", "Sở Tư pháp tỉnh X", "2026-11-29"};
  r.review.comments.push_back(comment({"P1", {}, {}, {}, Worksheet::Variant::current, 3},
                                      "Công việc 3 chưa có căn cứ số liệu."));
  r.review.comments.push_back(comment({"P2", {}, {}, {}, Worksheet::Variant::proposed, 4},
                                      "Bổ sung căn cứ cho số giờ của công việc 4."));
  r.review.comments.push_back(comment({}, "Hoàn thiện hồ sơ."));
  return r;
}

ResponseEntry answer(int comment, ResponseResult result, std::string text) {
  return {ResponseTarget::of_comment(comment), result, std::move(text), {}, {}};
}

std::vector<std::string> codes(const ResponseStatus& s) {
  std::vector<std::string> out;
  for (const Finding& f : s.findings)
    out.push_back(f.code);
  return out;
}

} // namespace

TEST(ResponseCheck, UnansweredItemsAreListed) {
  const Round r = round();
  Response response = make_response(r.review, "old.review.xml");
  response.set_entry(answer(2, ResponseResult::giai_trinh, "Số giờ theo định mức."));
  const ResponseStatus s = check_response(r.review, response);
  ASSERT_EQ(s.items.size(), 3u);
  EXPECT_EQ(s.items[0].state, AnswerState::unanswered);
  EXPECT_EQ(s.items[1].state, AnswerState::giai_trinh);
  ASSERT_TRUE(s.items[1].entry);
  EXPECT_EQ(s.items[1].entry->text, "Số giờ theo định mức.");
  EXPECT_EQ(s.items[2].state, AnswerState::unanswered);
  EXPECT_EQ(s.items[0].text.vi, "Công việc 3 chưa có căn cứ số liệu.");
  // No report at hand: the procedure by its id, the task row by its number (place_names.h).
  EXPECT_EQ(s.items[0].place.vi, "Thủ tục P1 · Bảng tính hiện hành · công việc 3");
  EXPECT_EQ(s.items[0].place.en, "Procedure P1 · Current worksheet · task 3");
  EXPECT_EQ(s.items[2].place.vi, "Toàn bộ dự thảo");
  EXPECT_EQ(s.items[0].author, "Trần Thị B");
  EXPECT_EQ(s.items[0].place_change, PlaceChange::not_compared);
  EXPECT_EQ(s.unanswered(), 2u);
  EXPECT_FALSE(s.has_errors());
  EXPECT_FALSE(s.complete());
  EXPECT_EQ(codes(s), (std::vector<std::string>{"CPTT-W301", "CPTT-W301", "CPTT-W303"}));
  EXPECT_EQ(s.findings[0].procedure_id, "P1");
  EXPECT_NE(s.findings[0].message(Language::vi).find("ý kiến 1 chưa được trả lời"),
            std::string::npos);
  EXPECT_NE(s.findings[1].message(Language::en).find("comment 3 is not answered"),
            std::string::npos);
}

TEST(ResponseCheck, AResponseToAnotherReviewIsRefused) {
  const Round r = round();
  Response response = make_response(r.review, "old.review.xml");
  response.set_entry(answer(1, ResponseResult::tiep_thu, "Đã ghi căn cứ."));
  Review changed = r.review;
  changed.comments[2].text = "Hoàn thiện hồ sơ và xuất lại báo cáo.";
  const ResponseStatus s = check_response(changed, response);
  ASSERT_FALSE(s.findings.empty());
  EXPECT_EQ(s.findings[0].code, "CPTT-E301");
  EXPECT_TRUE(s.has_errors());
  const std::string vi = s.findings[0].message(Language::vi);
  EXPECT_NE(vi.find("trả lời một báo cáo thẩm định khác"), std::string::npos) << vi;
  EXPECT_NE(vi.find(response.review_digest), std::string::npos) << vi;
  EXPECT_NE(vi.find(review_digest(changed)), std::string::npos) << vi;
  // Its answers belong to that other review: nothing here is answered.
  EXPECT_EQ(s.unanswered(), 3u);
}

TEST(ResponseCheck, TakenInWithoutAChangeAtItsPlaceIsFlagged) {
  const Round r = round();
  Response response = make_response(r.review, "old.review.xml");
  set_revised_report(response, r.new_report, "/x/new.report.xml");
  EXPECT_EQ(response.report_file, "new.report.xml");
  response.set_entry(answer(1, ResponseResult::tiep_thu, "Đã ghi căn cứ số liệu."));
  response.set_entry(answer(2, ResponseResult::tiep_thu, "Đã nêu căn cứ."));
  response.set_entry(answer(3, ResponseResult::giai_trinh, "Hồ sơ đã đủ."));
  const ResponseStatus s = check_response(r.review, response, report_version(r.old_report),
                                          report_version(r.new_report));
  ASSERT_EQ(s.items.size(), 3u);
  EXPECT_EQ(s.items[0].place_change, PlaceChange::changed);
  ASSERT_EQ(s.items[0].changes.size(), 1u);
  EXPECT_EQ(s.items[0].changes[0].property, "task.evidence");
  EXPECT_EQ(s.items[1].place_change, PlaceChange::unchanged);
  EXPECT_TRUE(s.items[1].changes.empty());
  EXPECT_EQ(s.items[2].place_change, PlaceChange::not_compared); // explained: nothing to compare
  EXPECT_EQ(codes(s), std::vector<std::string>{"CPTT-W302"});
  EXPECT_EQ(s.findings[0].procedure_id, "P2");
  const std::string vi = s.findings[0].message(Language::vi);
  EXPECT_NE(vi.find("ý kiến 2 ghi là tiếp thu nhưng Thủ tục P2: Đăng ký hoạt động tại Ủy ban "
                    "nhân dân cấp xã · Bảng tính chi phí · công việc 4: "),
            std::string::npos)
      << vi;
  EXPECT_EQ(s.unanswered(), 0u);
  EXPECT_TRUE(s.complete()); // a warning to read, not an error

  // Changing what the comment is about clears the warning.
  Round fixed = r;
  Dossier revised = fixed.new_report.dossier;
  revised.procedures[1].proposed->tasks[3].evidence = "Định mức điền tờ khai.";
  fixed.new_report = load_report_text(report_text(revised), "new2.report.xml");
  set_revised_report(response, fixed.new_report, "new2.report.xml");
  const ResponseStatus t = check_response(r.review, response, report_version(r.old_report),
                                          report_version(fixed.new_report));
  EXPECT_TRUE(t.findings.empty()) << t.findings[0].message(Language::en);
  EXPECT_EQ(t.items[1].place_change, PlaceChange::changed);
}

TEST(ResponseCheck, TheWrongReportsAreNamed) {
  const Round r = round();
  Response response = make_response(r.review, "old.review.xml");
  set_revised_report(response, r.new_report, "new.report.xml");
  // Swapped: the old one is not the report reviewed, the new one not the one named.
  const ResponseStatus s = check_response(r.review, response, report_version(r.new_report),
                                          report_version(r.old_report));
  const std::vector<std::string> c = codes(s);
  ASSERT_GE(c.size(), 2u);
  EXPECT_EQ(c[0], "CPTT-E304");
  EXPECT_EQ(c[1], "CPTT-E303");
  EXPECT_NE(s.findings[1].message(Language::en).find(r.old_report.actual_digest),
            std::string::npos);
}

TEST(ResponseCheck, AnAnswerToNothingIsAnError) {
  Round r = round();
  ASSERT_GE(r.review.findings.size(), 2u);
  r.review.findings[0].status = FindingStatus::agreed;
  r.review.findings[1].status = FindingStatus::dismissed;
  r.review.findings[1].reason = "Không áp dụng.";
  Response response = make_response(r.review, "old.review.xml");
  response.set_entry(answer(9, ResponseResult::giai_trinh, "?"));
  response.set_entry({ResponseTarget::of_finding(r.review.findings[1].finding),
                      ResponseResult::giai_trinh,
                      "Đã giải trình.",
                      {},
                      {}});
  response.set_entry({ResponseTarget::of_finding(r.review.findings[0].finding),
                      ResponseResult::giai_trinh,
                      "Đã giải trình.",
                      {},
                      {}});
  const ResponseStatus s = check_response(r.review, response);
  const std::vector<std::string> c = codes(s);
  EXPECT_EQ(std::count(c.begin(), c.end(), "CPTT-E302"), 2);
  ASSERT_EQ(s.items.size(), 4u); // three comments, one agreed finding
  EXPECT_EQ(s.items[3].state, AnswerState::giai_trinh);
  EXPECT_EQ(s.items[3].text.vi, r.review.findings[0].finding.message(Language::vi));
  EXPECT_NE(s.findings[0].message(Language::en).find("comment 9"), std::string::npos);
}

// With the reports and the form definitions, places read as the forms name them: a comment's
// question by its form, section and label, a kept finding's procedure by its name.
TEST(ResponseCheck, PlacesAreNamedByTheFormsTitles) {
  Round r = round();
  r.review.comments.push_back(comment(
      {"P1", "tt03-2022-03", "legal-basis", "legal-basis.rows", {}, 0}, "Nêu đủ các văn bản."));
  const auto agreed =
      std::find_if(r.review.findings.begin(), r.review.findings.end(),
                   [](const ReviewedFinding& f) { return f.finding.procedure_id == "P1"; });
  ASSERT_NE(agreed, r.review.findings.end());
  agreed->status = FindingStatus::agreed;
  const Response response = make_response(r.review, "old.review.xml");
  const ResponseStatus s = check_response(r.review, response, report_version(r.old_report),
                                          report_version(r.new_report), &catalog());
  ASSERT_EQ(s.items.size(), 5u);
  const forms::FormDefinition& form = *catalog().find("tt03-2022-03");
  const forms::Section& section = *form.find_section("legal-basis");
  EXPECT_EQ(s.items[3].place.vi, "Thủ tục P1: Cấp giấy phép hoạt động · Mẫu 03/ĐGTĐ-QĐCT/SĐBS · " +
                                     (section.number.empty() ? "" : section.number + ". ") +
                                     section.title.vi + " · " +
                                     form.find_field("legal-basis.rows")->label.vi);
  EXPECT_EQ(s.items[0].place.en, "Procedure P1: Cấp giấy phép hoạt động · Current worksheet · "
                                 "task 3: Nhận kết quả");
  EXPECT_EQ(s.items[4].place.vi.rfind("Thủ tục P1: Cấp giấy phép hoạt động", 0), 0u)
      << s.items[4].place.vi;
}

TEST(ResponseCheck, ChangesAreMatchedToAnchors) {
  Change c;
  c.procedure_id = "P1";
  c.place.form_id = "tt03-2022-03";
  c.place.field = "policy/2/legal-basis.rows";
  EXPECT_TRUE(change_at(c, {}));
  EXPECT_TRUE(change_at(c, {"P1", {}, {}, {}, {}, 0}));
  EXPECT_FALSE(change_at(c, {"P2", {}, {}, {}, {}, 0}));
  EXPECT_TRUE(change_at(c, {"P1", "tt03-2022-03", "legal-basis", {}, {}, 0}));
  EXPECT_TRUE(change_at(c, {"P1", "tt03-2022-03", "legal-basis", "legal-basis.rows", {}, 0}));
  EXPECT_FALSE(change_at(c, {"P1", "tt03-2022-03", "necessity", {}, {}, 0}));
  EXPECT_FALSE(change_at(c, {"P1", "tt03-2022-02", {}, {}, {}, 0}));
  EXPECT_FALSE(change_at(c, {"P1", {}, {}, {}, Worksheet::Variant::current, 0}));
  // A draft-level place is not a procedure's.
  EXPECT_FALSE(change_at(c, {{}, "tt03-2022-03", {}, {}, {}, 0}));
  c.figure = true;
  EXPECT_FALSE(change_at(c, {}));
}
