// The dossier-level check on in-memory dossiers: missing forms, unknown forms and procedures, the
// summary evaluated from the dossier, generations, notes, and the incremental check.
#include "test_support.h"

#include "cptt/forms/dossier_forms.h"

#include <gtest/gtest.h>

namespace cptt::forms {
namespace {

using test::A;
using test::answers;
using test::said;
using test::says;

class DossierForms : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    catalog_ = new FormCatalog(FormCatalog::load_folder(CPTT_FORMS_DIR));
  }
  static void TearDownTestSuite() { delete catalog_; }
  static FormCatalog* catalog_;

  static Procedure procedure(const std::string& id, ProcedureKind kind,
                             const std::string& simplification = "") {
    Procedure p;
    p.id = id;
    p.name = "Thủ tục " + id;
    p.kind = kind;
    p.simplification = simplification;
    p.location = {10, 5};
    return p;
  }

  static Dossier dossier(std::vector<Procedure> procedures, Stage stage = Stage::drafting) {
    Dossier d;
    d.draft.title = "Nghị định thử";
    d.draft.drafting_body = "Bộ Tư pháp";
    d.draft.stage = stage;
    d.procedures = std::move(procedures);
    return d;
  }

  static std::vector<std::string> summary(const std::vector<FormFinding>& findings) {
    std::vector<std::string> out;
    for (const FormFinding& f : findings)
      out.push_back(std::string(to_id(f.kind)) + " " + f.procedure_id + " " + f.form_id +
                    (f.field.empty() ? "" : " " + f.field));
    return out;
  }
};
FormCatalog* DossierForms::catalog_ = nullptr;

TEST_F(DossierForms, EveryProcedureNeedsTheFormOfItsKind) {
  Dossier d = dossier({procedure("P1", ProcedureKind::new_procedure),
                       procedure("P2", ProcedureKind::amended, "Bỏ bản sao"),
                       procedure("P3", ProcedureKind::detailed),
                       procedure("P4", ProcedureKind::abolished, "Không còn cần thiết")});
  std::vector<FormFinding> f = check_dossier_forms(d, *catalog_);
  EXPECT_EQ(summary(f), (std::vector<std::string>{
                            "missing-form P1 tt03-2022-02", "missing-form P2 tt03-2022-03",
                            "missing-form P3 tt03-2022-03", "unverified-form  tt03-2022-01"}));
  EXPECT_TRUE(says(f[0], "thủ tục “Thủ tục P1” (Thủ tục mới) chưa có biểu mẫu đánh giá "
                         "02/ĐGTĐ-BHM"));
  EXPECT_EQ(f[0].location.line, 10);
  EXPECT_EQ(f[0].code, "CPTT-E104");
  EXPECT_EQ(f[3].severity, Severity::note);
}

TEST_F(DossierForms, TheSummaryAsksForTheReasonOfAnAbolishedProcedure) {
  Dossier d = dossier({procedure("P4", ProcedureKind::abolished)});
  std::vector<FormFinding> f = check_dossier_forms(d, *catalog_);
  EXPECT_EQ(summary(f), (std::vector<std::string>{
                            "missing-answer P4 tt03-2022-01 abolished/P4/abolished.reason",
                            "unverified-form  tt03-2022-01"}));
  EXPECT_EQ(f[0].section, "abolished/P4/abolished-procedure");
  EXPECT_EQ(f[0].section_number, "II.3");
  EXPECT_EQ(f[0].label.vi, "Lý do bãi bỏ");
  EXPECT_TRUE(describe(f[0]).starts_with(
      "error CPTT-E105 [P4 · biểu mẫu 01/ĐGTĐ-BC · abolished/P4 · mục II.3 · câu 2] "
      "“Lý do bãi bỏ”: chưa trả lời"))
      << describe(f[0]);
  // The reason may be the procedure's own, or an answer in the summary form.
  d.procedures[0].simplification = "Đã tích hợp vào thủ tục khác";
  EXPECT_EQ(summary(check_dossier_forms(d, *catalog_)),
            std::vector<std::string>{"unverified-form  tt03-2022-01"});
  d.procedures[0].simplification.clear();
  d.answers.push_back(
      answers("tt03-2022-01", {{"abolished/P4/abolished.reason", "Không còn đối tượng"}}));
  EXPECT_EQ(summary(check_dossier_forms(d, *catalog_)),
            std::vector<std::string>{"unverified-form  tt03-2022-01"});
}

TEST_F(DossierForms, TheProposalStageNeedsAnnexOneForTheDraft) {
  Dossier d = dossier({procedure("P1", ProcedureKind::new_procedure)}, Stage::proposal);
  std::vector<FormFinding> f = check_dossier_forms(d, *catalog_);
  EXPECT_EQ(summary(f), std::vector<std::string>{"missing-form  tt03-2022-annex-1"});
  EXPECT_TRUE(says(f[0], "dự thảo chưa có biểu mẫu đánh giá tt03-2022-annex-1"));
  // No procedure proposed: nothing to assess.
  EXPECT_TRUE(check_dossier_forms(dossier({}, Stage::proposal), *catalog_).empty());
}

TEST_F(DossierForms, AnswerSetsThatCannotBeCheckedAreReported) {
  Dossier d = dossier({procedure("P1", ProcedureKind::amended, "x")});
  d.answers.push_back(answers("no-such-form", {{"q", "yes"}}, "P1"));
  d.answers.back().location = {30, 3};
  d.answers.push_back(answers("tt03-2022-03", {}, "P9"));
  d.answers.push_back(answers("tt03-2022-03", {}, ""));
  std::vector<FormFinding> f = check_dossier_forms(d, *catalog_);
  EXPECT_EQ(summary(f), (std::vector<std::string>{
                            "missing-form P1 tt03-2022-03", "unknown-form P1 no-such-form",
                            "unknown-procedure P9 tt03-2022-03", "missing-procedure  tt03-2022-03",
                            "unverified-form  tt03-2022-01"}));
  EXPECT_EQ(f[1].location.line, 30);
  EXPECT_EQ(f[1].form_code, "no-such-form");
}

TEST_F(DossierForms, AFormForAnotherKindIsAWarning) {
  Dossier d = dossier({procedure("P1", ProcedureKind::amended, "x")});
  d.answers.push_back(answers("tt03-2022-02", {}, "P1"));
  std::vector<FormFinding> f = check_dossier_forms(d, *catalog_);
  ASSERT_GE(f.size(), 2u);
  EXPECT_EQ(summary(f)[0], "missing-form P1 tt03-2022-03");
  EXPECT_EQ(summary(f)[1], "form-not-applicable P1 tt03-2022-02");
  EXPECT_EQ(f[1].severity, Severity::warning);
}

TEST_F(DossierForms, TheGenerationFollowsTheAnswersOrTheOption) {
  Dossier d = dossier({procedure("P1", ProcedureKind::new_procedure),
                       procedure("P2", ProcedureKind::amended, "x")});
  d.answers.push_back(answers("tt07-2014-01a", {}, "P1"));
  EXPECT_EQ(dossier_generation(d, *catalog_), "TT07-2014");
  std::vector<FormFinding> f = check_dossier_forms(d, *catalog_);
  EXPECT_EQ(summary(f)[0], "missing-form P2 tt07-2014-01b");
  // An attachment does not choose the generation.
  Dossier attached = dossier({procedure("P1", ProcedureKind::new_procedure)});
  attached.answers.push_back(answers("nd63-2010-annex-2", {}, "P1"));
  EXPECT_EQ(dossier_generation(attached, *catalog_), "TT03-2022");
  // A drafter may pick another generation.
  std::vector<FormFinding> nd63 = check_dossier_forms(d, *catalog_, {"ND63-2010"});
  EXPECT_EQ(summary(nd63)[0], "missing-form P1 nd63-2010-annex-1");
  EXPECT_EQ(summary(nd63)[1], "missing-form P2 nd63-2010-annex-1");
}

TEST_F(DossierForms, MixedGenerationsAreAWarning) {
  Dossier d = dossier({procedure("P1", ProcedureKind::new_procedure),
                       procedure("P2", ProcedureKind::new_procedure)});
  d.answers.push_back(answers("tt03-2022-02", {}, "P1"));
  d.answers.push_back(answers("tt07-2014-01a", {}, "P2"));
  std::vector<FormFinding> f = check_dossier_forms(d, *catalog_);
  EXPECT_EQ(summary(f)[0], "mixed-generations  ");
  EXPECT_TRUE(says(f[0], "hồ sơ dùng biểu mẫu của nhiều thế hệ (TT03-2022, TT07-2014); kiểm tra "
                         "theo TT03-2022"));
  EXPECT_EQ(summary(f)[1], "missing-form P2 tt03-2022-02");
}

TEST_F(DossierForms, OneNotePerUnverifiedFormInUse) {
  Dossier d = dossier({procedure("P1", ProcedureKind::new_procedure),
                       procedure("P2", ProcedureKind::new_procedure)});
  d.answers.push_back(answers("tt03-2022-02", {}, "P1"));
  d.answers.push_back(answers("tt03-2022-02", {}, "P2"));
  d.answers.push_back(answers("nd63-2010-annex-2", {}, "P2")); // verified: no note
  std::vector<FormFinding> f = check_dossier_forms(d, *catalog_);
  std::vector<std::string> notes;
  for (const FormFinding& x : f)
    if (x.kind == FindingKind::unverified_form)
      notes.push_back(x.form_id);
  EXPECT_EQ(notes, (std::vector<std::string>{"tt03-2022-02", "tt03-2022-01"}));
}

TEST_F(DossierForms, IncrementalUpdatesMatchAFullCheck) {
  Dossier d = dossier({procedure("P1", ProcedureKind::new_procedure),
                       procedure("P2", ProcedureKind::amended, "Bỏ bản sao"),
                       procedure("P3", ProcedureKind::abolished)});
  d.answers.push_back(answers("tt03-2022-02", {{"necessity.conclusion", "yes"}}, "P1"));
  d.answers.push_back(answers("tt03-2022-03", {{"components.name", "no"}}, "P2"));
  DossierFormsCheck check(*catalog_);
  check.reset(d);
  auto counts = [](const std::vector<FormFinding>& f) {
    std::array<std::size_t, 3> n{};
    for (const FormFinding& x : f)
      ++n[static_cast<std::size_t>(x.severity)];
    return n;
  };
  EXPECT_EQ(summary(check.findings()), summary(check_dossier_forms(d, *catalog_)));
  auto n = counts(check.findings());
  EXPECT_EQ(check.count(Severity::error), n[0]);
  EXPECT_EQ(check.count(Severity::note), n[2]);

  // One answer changes: the gate closes P1's assessment.
  d.answers[0].answers[0].value = "no";
  check.answers_changed(d, 0);
  EXPECT_EQ(summary(check.findings()), summary(check_dossier_forms(d, *catalog_)));
  EXPECT_EQ(check.count(Severity::warning), counts(check.findings())[1]);
  EXPECT_EQ(check.count(Severity::error), counts(check.findings())[0]);
  const FormEvaluation* e = check.evaluation(0);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->closed_gates.size(), 1u);
  EXPECT_EQ(check.assessment_of(d, "P2"), check.evaluation(1));
  EXPECT_EQ(check.assessment_of(d, "P3"), nullptr);

  // A procedure's own data changes: the summary sees the new reason.
  ASSERT_EQ(check.implicit_summaries().size(), 1u);
  std::size_t before = check.count(Severity::error);
  d.procedures[2].simplification = "Không còn cần thiết";
  check.procedure_changed(d, "P3");
  EXPECT_EQ(check.count(Severity::error), before - 1);
  EXPECT_EQ(summary(check.findings()), summary(check_dossier_forms(d, *catalog_)));

  // A structural change through answers_changed falls back to a full check.
  d.answers.push_back(answers("tt03-2022-02", {}, "P1"));
  check.answers_changed(d, 2);
  EXPECT_EQ(summary(check.findings()), summary(check_dossier_forms(d, *catalog_)));
}

TEST_F(DossierForms, FindingsConvertToCoreFindings) {
  Dossier d = dossier({procedure("P4", ProcedureKind::abolished)});
  std::vector<FormFinding> f = check_dossier_forms(d, *catalog_);
  Finding core = to_finding(f[0]);
  EXPECT_EQ(core.severity, Severity::error);
  EXPECT_EQ(core.code, "CPTT-E105");
  EXPECT_EQ(core.procedure_id, "P4");
  EXPECT_EQ(core.place_text(Language::vi), "biểu mẫu 01/ĐGTĐ-BC · abolished/P4 · mục II.3 · câu 2");
  EXPECT_EQ(core.place_text(Language::en),
            "form 01/ĐGTĐ-BC · abolished/P4 · section II.3 · question 2");
  EXPECT_TRUE(core.message(Language::vi).starts_with("“Lý do bãi bỏ”: chưa trả lời"));
  EXPECT_TRUE(core.message(Language::en).starts_with("“Reason for abolishing it”: not answered") ||
              core.message(Language::en).starts_with("“Lý do bãi bỏ”: not answered"))
      << core.message(Language::en);
  EXPECT_TRUE(format_finding(core, "d.cptt.xml")
                  .starts_with("d.cptt.xml: error CPTT-E105 [P4 · biểu mẫu 01/ĐGTĐ-BC · "
                               "abolished/P4 · mục II.3 · câu 2] “Lý do bãi bỏ”: chưa trả lời"));
}

} // namespace
} // namespace cptt::forms
