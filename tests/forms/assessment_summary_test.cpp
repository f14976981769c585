// The per-procedure "Tóm tắt kết quả đánh giá" of Mẫu 01/ĐGTĐ-BC: composed
// from the procedure's assessment answers in the drafter's words, replaced by the drafter's own
// text when there is one, kept through a save and a reload, empty when nothing is answered.
#include "cptt/dossier_xml.h"
#include "cptt/forms/assessment_summary.h"
#include "cptt/forms/dossier_forms.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

namespace cptt::forms {
namespace {

namespace fs = std::filesystem;

const FormCatalog& catalog() {
  static const FormCatalog c = FormCatalog::load_folder(CPTT_FORMS_DIR);
  return c;
}

Dossier example(const std::string& name) {
  DossierLoad load =
      load_dossier_file((fs::path(CPTT_DATA_DIR) / "examples" / "forms" / name).string());
  EXPECT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  return load.dossier;
}

AssessmentSummary summary_of(const Dossier& d, std::size_t procedure = 0) {
  return assessment_summary(d, d.procedures.at(procedure), catalog(),
                            dossier_generation(d, catalog()));
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    out.push_back(line);
  return out;
}

TEST(AssessmentSummary, NewProcedureCarriesEachConclusionWithTheDraftersWords) {
  const Dossier d = example("tt03-2022-02-complete.cptt.xml");
  const AssessmentSummary s = summary_of(d);
  ASSERT_TRUE(s.exists());
  EXPECT_EQ(s.form_id, "tt03-2022-01");
  EXPECT_EQ(s.key, "new/P1/new.summary");
  EXPECT_EQ(s.source, "02/ĐGTĐ-BHM");
  EXPECT_TRUE(s.edited.empty());
  const std::vector<std::string> paragraphs = lines(s.composed);
  ASSERT_GE(paragraphs.size(), 3u) << s.composed;
  EXPECT_TRUE(paragraphs[0].starts_with("Kết luận: thủ tục hành chính có cần thiết không? Có."));
  EXPECT_NE(paragraphs[0].find("Kiểm định sai gây tai nạn lao động nghiêm trọng."),
            std::string::npos);
  EXPECT_NE(paragraphs[0].find("Chất lượng kiểm định máy, thiết bị"), std::string::npos);
  EXPECT_TRUE(paragraphs[1].starts_with("Kết luận: thủ tục hành chính có hợp pháp không? Có."));
  EXPECT_NE(paragraphs[1].find("Điều 32 giao Chính phủ quy định."), std::string::npos);
  EXPECT_TRUE(paragraphs[2].starts_with("Kết luận: thủ tục hành chính có hợp lý không? Có."));
  EXPECT_NE(paragraphs[2].find("Số lượng tổ chức ít, cần thống nhất tiêu chuẩn trên cả nước."),
            std::string::npos);
  // An article reference is printed with its question, not in the summary.
  EXPECT_EQ(s.composed.find("Điều 5 khoản 1"), std::string::npos);
  EXPECT_EQ(s.text(), s.composed);
}

TEST(AssessmentSummary, AGateThatEndedTheAssessmentIsSaid) {
  const Dossier d = example("tt03-2022-02-gate-not-necessary.cptt.xml");
  const AssessmentSummary s = summary_of(d);
  const std::vector<std::string> paragraphs = lines(s.composed);
  ASSERT_EQ(paragraphs.size(), 1u) << s.composed;
  EXPECT_TRUE(paragraphs[0].starts_with("Kết luận: thủ tục hành chính có cần thiết không? Không."));
  EXPECT_TRUE(paragraphs[0].ends_with("Các nội dung tiếp theo không đánh giá."));
}

TEST(AssessmentSummary, AmendedProcedureFromForm03) {
  const Dossier d = example("tt03-2022-03-complete.cptt.xml");
  const AssessmentSummary s = summary_of(d);
  ASSERT_TRUE(s.exists());
  EXPECT_EQ(s.key, "changed/" + d.procedures[0].id + "/changed.summary");
  EXPECT_EQ(s.source, "03/ĐGTĐ-QĐCT/SĐBS");
  EXPECT_NE(s.composed.find("có hợp lý không? Có."), std::string::npos) << s.composed;
}

TEST(AssessmentSummary, NothingAnsweredLeavesItEmpty) {
  Dossier d = example("tt03-2022-02-complete.cptt.xml");
  d.answers.clear();
  const AssessmentSummary s = summary_of(d);
  ASSERT_TRUE(s.exists());
  EXPECT_EQ(s.composed, "");
  EXPECT_EQ(s.text(), "");
  const FormDefinition* form = catalog().find("tt03-2022-01");
  ASSERT_NE(form, nullptr);
  AnswerSet none;
  none.form_id = form->id;
  const AnswerSet printed =
      with_assessment_summaries(none, *form, d, catalog(), dossier_generation(d, catalog()));
  EXPECT_TRUE(printed.answers.empty()); // the document prints the dots
}

TEST(AssessmentSummary, TheDraftersTextReplacesTheComposedOneAndSurvivesAReload) {
  Dossier d = example("tt03-2022-02-complete.cptt.xml");
  const std::string own = "Thủ tục cần thiết, hợp pháp và hợp lý.\nĐề nghị giữ nguyên.";
  AnswerSet set;
  set.form_id = "tt03-2022-01";
  Answer answer;
  answer.field = "new/P1/new.summary";
  answer.value = own;
  set.answers.push_back(answer);
  d.answers.push_back(set);

  DossierLoad reread = load_dossier_text(write_dossier(d));
  ASSERT_TRUE(reread.result) << reread.result.describe(cptt::Language::vi);
  const AssessmentSummary s = summary_of(reread.dossier);
  EXPECT_EQ(s.edited, own);
  EXPECT_EQ(s.text(), own);
  EXPECT_FALSE(s.composed.empty()); // still offered, to go back to

  const FormDefinition* form = catalog().find("tt03-2022-01");
  ASSERT_NE(form, nullptr);
  const AnswerSet printed =
      with_assessment_summaries(reread.dossier.answers.back(), *form, reread.dossier, catalog(),
                                dossier_generation(reread.dossier, catalog()));
  ASSERT_EQ(printed.answers.size(), 1u);
  EXPECT_EQ(printed.answers[0].value, own);
}

TEST(AssessmentSummary, ComposedTextIsAddedForThePrintedSummary) {
  const Dossier d = example("tt03-2022-02-complete.cptt.xml");
  const FormDefinition* form = catalog().find("tt03-2022-01");
  ASSERT_NE(form, nullptr);
  AnswerSet none;
  none.form_id = form->id;
  const AnswerSet printed =
      with_assessment_summaries(none, *form, d, catalog(), dossier_generation(d, catalog()));
  ASSERT_EQ(printed.answers.size(), 1u);
  EXPECT_EQ(printed.answers[0].field, "new/P1/new.summary");
  EXPECT_EQ(printed.answers[0].value, summary_of(d).composed);
  // The engine takes it as the answer to the summary field.
  const FormEvaluation evaluation = evaluate(*form, printed, {&d, nullptr});
  const FieldState* state = evaluation.find("new/P1/new.summary");
  ASSERT_NE(state, nullptr);
  EXPECT_TRUE(state->answered);
}

} // namespace
} // namespace cptt::forms
