// The places of comments named with the forms' own titles (review/place_names.h): a question of a
// known form, the form itself, a task row, in both languages; a stale comment (a form, section,
// question or task row the catalogue or the dossier lacks) named by its ids; and the place
// picker's list of one procedure, whose labels the whole names end with.
#include "support.h"

#include "cptt/review/place_names.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

CommentAnchor at(std::string procedure, std::string form, std::string section, std::string field) {
  return {std::move(procedure), std::move(form), std::move(section), std::move(field), {}, 0};
}

CommentAnchor task(std::string procedure, Worksheet::Variant sheet, int row) {
  return {std::move(procedure), {}, {}, {}, sheet, row};
}

bool same(const CommentAnchor& a, const CommentAnchor& b) {
  return a.procedure_id == b.procedure_id && a.form_id == b.form_id && a.section == b.section &&
         a.field == b.field && a.worksheet == b.worksheet && a.task == b.task;
}

const Dossier& dossier() {
  static const Dossier d = example("case-dossier-total.cptt.xml");
  return d;
}

Text name(const CommentAnchor& a) { return place_name(a, &dossier(), &catalog()); }

TEST(PlaceNames, AQuestionByItsFormSectionNumberAndLabel) {
  const Text t = name(at("P2", "tt03-2022-02", "necessity", "necessity.manage"));
  EXPECT_EQ(t.vi, "Thủ tục P2: Đăng ký hoạt động tại Ủy ban nhân dân cấp xã · Mẫu 02/ĐGTĐ-BHM · "
                  "I. Sự cần thiết của thủ tục hành chính · Câu 1: " +
                      catalog().find("tt03-2022-02")->find_field("necessity.manage")->label.vi);
  EXPECT_EQ(t.en.find("Procedure P2: Đăng ký hoạt động tại Ủy ban nhân dân cấp xã · Form "
                      "02/ĐGTĐ-BHM · I. Necessity of the procedure · Question 1: "),
            0U)
      << t.en;
  EXPECT_EQ(t.en.find("Câu"), std::string::npos) << t.en;
  // The question alone: its section is the one the form puts it in.
  EXPECT_EQ(name(at("P2", "tt03-2022-02", {}, "necessity.manage")), t);
}

TEST(PlaceNames, TheFormItselfByItsCodeAndTitle) {
  const Text t = name(at("P1", "tt03-2022-03", {}, {}));
  EXPECT_EQ(t.vi, "Thủ tục P1: Cấp giấy phép hoạt động · Mẫu 03/ĐGTĐ-QĐCT/SĐBS: Biểu mẫu đánh giá "
                  "tác động của thủ tục hành chính được quy định chi tiết hoặc được sửa đổi, bổ "
                  "sung trong dự án, dự thảo văn bản");
  EXPECT_EQ(t.en, "Procedure P1: Cấp giấy phép hoạt động · Form 03/ĐGTĐ-QĐCT/SĐBS: Impact "
                  "assessment of an administrative procedure detailed or amended in a draft legal "
                  "document");
}

TEST(PlaceNames, ATaskRowByItsWorksheetNumberAndName) {
  const Text current = name(task("P1", Worksheet::Variant::current, 2));
  EXPECT_EQ(current.vi,
            "Thủ tục P1: Cấp giấy phép hoạt động · Bảng tính hiện hành · công việc 2: Nộp hồ sơ "
            "trực tiếp");
  EXPECT_EQ(current.en,
            "Procedure P1: Cấp giấy phép hoạt động · Current worksheet · task 2: Nộp hồ sơ trực "
            "tiếp");
  EXPECT_EQ(name(task("P1", Worksheet::Variant::proposed, 1)).en,
            "Procedure P1: Cấp giấy phép hoạt động · Proposed worksheet · task 1: Chuẩn bị hồ sơ");
  // A new procedure's one worksheet is its cost.
  EXPECT_EQ(name(task("P2", Worksheet::Variant::proposed, 0)).vi,
            "Thủ tục P2: Đăng ký hoạt động tại Ủy ban nhân dân cấp xã · Bảng tính chi phí");
}

TEST(PlaceNames, WithinItsProcedureThePlaceLeavesTheProcedureOut) {
  const Text within =
      place_within_procedure(task("P1", Worksheet::Variant::current, 2), &dossier(), &catalog());
  EXPECT_EQ(within.vi, "Bảng tính hiện hành · công việc 2: Nộp hồ sơ trực tiếp");
  EXPECT_EQ(within.en, "Current worksheet · task 2: Nộp hồ sơ trực tiếp");
  const CommentAnchor whole = at("P1", "", "", "");
  EXPECT_EQ(place_within_procedure(whole, &dossier(), &catalog()).vi, "Cả thủ tục");
  EXPECT_EQ(place_within_procedure(CommentAnchor{}, &dossier(), &catalog()).en, "The whole draft");
  // Whatever the part, the whole name is the procedure's, then the same text.
  const CommentAnchor question = at("P2", "tt03-2022-02", "necessity", "necessity.manage");
  EXPECT_EQ(name(question).vi, procedure_place("P2", &dossier()).vi + " · " +
                                   place_within_procedure(question, &dossier(), &catalog()).vi);
}

TEST(PlaceNames, AStaleCommentKeepsItsIds) {
  EXPECT_EQ(name(at("P1", "tt03-2019-99", "legal-basis", "legal-basis.q1")).vi,
            "Thủ tục P1: Cấp giấy phép hoạt động · biểu mẫu tt03-2019-99 · mục legal-basis · "
            "legal-basis.q1");
  EXPECT_EQ(name(at("P1", "tt03-2019-99", "legal-basis", "legal-basis.q1")).en,
            "Procedure P1: Cấp giấy phép hoạt động · form tt03-2019-99 · section legal-basis · "
            "legal-basis.q1");
  // A known form whose section and question were renamed since.
  EXPECT_EQ(name(at("P1", "tt03-2022-03", "old-section", "old-section.q1")).vi,
            "Thủ tục P1: Cấp giấy phép hoạt động · Mẫu 03/ĐGTĐ-QĐCT/SĐBS · mục old-section · "
            "old-section.q1");
  EXPECT_EQ(name(task("P1", Worksheet::Variant::current, 9)).vi,
            "Thủ tục P1: Cấp giấy phép hoạt động · Bảng tính hiện hành · công việc 9");
  EXPECT_EQ(name(task("P9", Worksheet::Variant::current, 1)).en,
            "Procedure P9 · Current worksheet · task 1");
  // Without the catalogue or the dossier, only ids.
  EXPECT_EQ(
      place_name(at("P1", "tt03-2022-03", "legal-basis", "legal-basis.rows"), nullptr, nullptr).vi,
      "Thủ tục P1 · biểu mẫu tt03-2022-03 · mục legal-basis · legal-basis.rows");
  EXPECT_EQ(place_name({}, nullptr, nullptr), (Text{"Toàn bộ dự thảo", "The whole draft"}));
}

TEST(PlaceNames, ThePickerListsTheProcedureItsFormAndWorksheets) {
  const Procedure& p1 = *dossier().find_procedure("P1");
  const forms::FormDefinition& form = *catalog().find("tt03-2022-03");
  const AnswerSet none;
  const forms::FormEvaluation evaluation = forms::evaluate(form, none, {&dossier(), &p1});
  const std::vector<CommentPlace> places = comment_places(p1, &evaluation);
  ASSERT_GT(places.size(), 10U);
  EXPECT_EQ(places[0].label.vi, "Cả thủ tục: Cấp giấy phép hoạt động");
  EXPECT_EQ(places[0].label.en, "Whole procedure: Cấp giấy phép hoạt động");
  EXPECT_EQ(places[0].depth, 0);
  EXPECT_TRUE(same(places[0].anchor, at("P1", {}, {}, {})));
  const auto task1 = std::find_if(places.begin(), places.end(), [](const CommentPlace& c) {
    return same(c.anchor, task("P1", Worksheet::Variant::current, 1));
  });
  ASSERT_NE(task1, places.end());
  EXPECT_EQ(task1->label.vi, "Bảng tính hiện hành · công việc 1: Chuẩn bị hồ sơ");
  EXPECT_EQ(task1->depth, 2);
  std::size_t sections = 0, questions = 0;
  for (const CommentPlace& c : places) {
    if (c.anchor.form_id.empty())
      continue;
    EXPECT_EQ(c.anchor.form_id, "tt03-2022-03");
    (c.depth == 1 ? sections : questions)++;
    if (c.depth == 1) {
      EXPECT_EQ(c.label.vi.find("Mẫu 03/ĐGTĐ-QĐCT/SĐBS · "), 0U) << c.label.vi;
    }
    // The picker's label is the end of the place's whole name.
    const std::string whole = name(c.anchor).vi;
    const std::string label =
        c.depth == 1 ? c.label.vi.substr(c.label.vi.find(" · ") + 4) : c.label.vi;
    EXPECT_TRUE(whole.ends_with(" · " + label)) << whole << " | " << label;
  }
  EXPECT_EQ(sections, form.sections.size());
  EXPECT_GT(questions, sections);
  EXPECT_EQ(comment_places(p1, nullptr).size() + sections + questions, places.size());
}

} // namespace
