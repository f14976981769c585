// The drafter's edits with a domain rule (cptt/dossier_edits.h): worksheets fitted to the kind,
// unused ids, checked years with the reader's range, and "the same in the file".
#include "builders.h"

#include "cptt/dossier_edits.h"
#include "cptt/dossier_xml.h"

#include <gtest/gtest.h>

using namespace cptt;
using namespace cptt::test;

namespace {

Dossier two_rates() {
  Dossier d;
  d.rates = {direct_rate("r1", "25000"), direct_rate("r2", "30000")};
  return d;
}

} // namespace

TEST(DossierEdits, ANewProcedureCarriesTheWorksheetsOfItsKindOnTheFirstRate) {
  Dossier d = two_rates();
  const Procedure added = edits::new_procedure(d, ProcedureKind::new_procedure);
  EXPECT_EQ(added.id, "P1");
  EXPECT_FALSE(added.current);
  ASSERT_TRUE(added.proposed);
  EXPECT_EQ(added.proposed->rate_id, "r1");
  EXPECT_EQ(added.proposed->variant, Worksheet::Variant::proposed);

  const Procedure abolished = edits::new_procedure(d, ProcedureKind::abolished);
  ASSERT_TRUE(abolished.current);
  EXPECT_FALSE(abolished.proposed);
}

TEST(DossierEdits, AKindChangeKeepsTheCurrentSheetAndStartsTheProposedOneAsItsCopy) {
  Dossier d = two_rates();
  Procedure p = edits::new_procedure(d, ProcedureKind::abolished);
  p.current->tasks.push_back(task("Nộp hồ sơ", "2", "0"));
  p.kind = ProcedureKind::amended;
  edits::fit_worksheets(p, d.rates);
  ASSERT_TRUE(p.current && p.proposed);
  EXPECT_EQ(p.proposed->variant, Worksheet::Variant::proposed);
  ASSERT_EQ(p.proposed->tasks.size(), 1U);
  EXPECT_EQ(p.proposed->tasks[0].name, "Nộp hồ sơ");

  p.kind = ProcedureKind::new_procedure;
  edits::fit_worksheets(p, d.rates);
  EXPECT_FALSE(p.current);
  EXPECT_TRUE(p.proposed);
}

TEST(DossierEdits, CopyCurrentToProposedOnlyWhereTheKindHasBoth) {
  Dossier d = two_rates();
  Procedure p = edits::new_procedure(d, ProcedureKind::amended);
  p.current->tasks.push_back(task("Đi lại", "1.5", "0"));
  EXPECT_TRUE(edits::copy_current_to_proposed(p));
  ASSERT_EQ(p.proposed->tasks.size(), 1U);
  EXPECT_EQ(p.proposed->variant, Worksheet::Variant::proposed);

  Procedure gone = edits::new_procedure(d, ProcedureKind::abolished);
  EXPECT_FALSE(edits::copy_current_to_proposed(gone));
  EXPECT_FALSE(gone.proposed);
}

TEST(DossierEdits, IdsSkipThoseInUse) {
  Dossier d = two_rates();
  d.procedures.push_back(edits::new_procedure(d, ProcedureKind::new_procedure)); // P1
  Procedure second;
  second.id = "P2";
  d.procedures.push_back(second);
  EXPECT_EQ(edits::unused_procedure_id(d), "P3");
  d.procedures[1].id = "P3"; // P1, P3: the count + 1 is taken
  EXPECT_EQ(edits::unused_procedure_id(d), "P4");
  EXPECT_EQ(edits::unused_rate_id(d, "gdp-2024"), "gdp-2024");
  EXPECT_EQ(edits::unused_rate_id(d, "r1"), "r1-2");
  d.rates.push_back(direct_rate("r1-2", "1"));
  EXPECT_EQ(edits::unused_rate_id(d, "r1"), "r1-3");
}

TEST(DossierEdits, RemovingAProcedureKeepsOnlyTheOtherAnswers) {
  std::vector<AnswerSet> answers(3);
  answers[0].procedure_id = "P1";
  answers[1].procedure_id = "P2";
  answers[2].procedure_id = ""; // the draft's own form
  const auto kept = edits::answers_without(answers, "P1");
  ASSERT_EQ(kept.size(), 2U);
  EXPECT_EQ(kept[0].procedure_id, "P2");
  EXPECT_EQ(kept[1].procedure_id, "");
}

TEST(DossierEdits, YearsFollowTheReadersRange) {
  EXPECT_EQ(edits::read_calculation_year(" 2025 ").year, 2025);
  EXPECT_EQ(edits::read_calculation_year("").year, 0); // not set
  EXPECT_EQ(edits::read_calculation_year("1900").year, 1900);
  EXPECT_EQ(edits::read_calculation_year("2999").year, 2999);
  for (const char* wrong : {"1899", "3000", "20x5", "-2025", "+2025", "2025.5", "99999999999"}) {
    const edits::YearEntry e = edits::read_calculation_year(wrong);
    EXPECT_FALSE(e.year) << wrong;
    EXPECT_NE(e.error.vi.find(std::string("\"") + wrong + "\""), std::string::npos) << e.error.vi;
    EXPECT_NE(e.error.en.find("1900 to 2999"), std::string::npos) << e.error.en;
  }
  EXPECT_EQ(edits::read_figures_year("2023").year, 2023);
  EXPECT_FALSE(edits::read_figures_year("").year); // a rate's year is required
  EXPECT_NE(edits::read_figures_year("").error.vi.find("năm số liệu"), std::string::npos);
}

TEST(DossierEdits, AYearTheEditAcceptsIsOneTheReaderAccepts) {
  for (const char* typed : {"1900", "2025", "2999"}) {
    Dossier d = two_rates();
    d.draft.title = "Dự thảo";
    d.draft.calculation_year = *edits::read_calculation_year(typed).year;
    const DossierLoad back = load_dossier_text(write_dossier(d), "edit.xml");
    EXPECT_TRUE(back.result) << typed << ": " << back.result.message.vi;
    EXPECT_EQ(back.dossier.draft.calculation_year, d.draft.calculation_year);
  }
}

TEST(DossierEdits, SameInFileComparesWhatTheFileWrites) {
  Draft a;
  a.title = "Dự thảo";
  Draft b = a;
  b.contact.name =
      ""; // (Draft carries no location; an unchanged copy) // where it was read is not written
  EXPECT_TRUE(edits::same_in_file(a, b));
  b.title = "Dự thảo mới";
  EXPECT_FALSE(edits::same_in_file(a, b));

  AnswerSet empty;
  empty.form_id = "tt03-2022-02";
  EXPECT_TRUE(edits::same_in_file(nullptr, &empty)); // no set and an empty set say nothing
  AnswerSet one = empty;
  one.answers.push_back(Answer{});
  one.answers[0].field = "q1";
  one.answers[0].value = "yes";
  EXPECT_FALSE(edits::same_in_file(&empty, &one));
  AnswerSet other = one;
  other.answers[0].value = "no";
  EXPECT_FALSE(edits::same_in_file(&one, &other));
  EXPECT_TRUE(edits::same_in_file(&one, &one));
}
