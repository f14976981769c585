// Completeness of a submitted report: the forms engine's findings, the Art. 8 component check and
// the core's structural rules, on the forms examples (data/examples/forms) exported as reports.
#include "support.h"

#include "cptt/dossier_xml.h"

#include <gtest/gtest.h>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

std::string forms_report(const std::string& name) {
  DossierLoad load =
      load_dossier_file(std::string(CPTT_DATA_DIR) + "/examples/forms/" + name + ".cptt.xml");
  EXPECT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  return report_text(load.dossier);
}

std::vector<std::string> codes(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings)
    out.push_back(f.code);
  return out;
}

std::size_t count(const std::vector<Finding>& findings, const std::string& code) {
  std::size_t n = 0;
  for (const Finding& f : findings)
    n += f.code == code;
  return n;
}

} // namespace

TEST(Completeness, CompleteAssessmentHasNoError) {
  ReportReview r =
      review_report_text(forms_report("tt03-2022-02-complete"), "complete.xml", full_context());
  EXPECT_FALSE(r.has_errors());
  EXPECT_EQ(count(r.completeness_findings, "CPTT-E230"), 0u);
  EXPECT_EQ(count(r.completeness_findings, "CPTT-W231"), 0u);
  EXPECT_EQ(count(r.completeness_findings, "CPTT-E104"), 0u);
}

TEST(Completeness, AComponentWithoutItsPlaceInTheDraft) {
  std::string text = forms_report("tt03-2022-02-complete");
  const std::size_t at = text.find("<answer field=\"time.article\">");
  ASSERT_NE(at, std::string::npos);
  text.erase(at, text.find("</answer>", at) + 9 - at);
  ReportReview r = review_report_text(resign(text), "no-time.xml", full_context());
  EXPECT_TRUE(r.integrity_findings.empty());
  ASSERT_EQ(count(r.completeness_findings, "CPTT-E230"), 1u);
  for (const Finding& f : r.completeness_findings)
    if (f.code == "CPTT-E230") {
      EXPECT_EQ(f.procedure_id, "P1");
      EXPECT_NE(f.place_text(Language::vi).find("time-limit"), std::string::npos);
      EXPECT_NE(f.message(Language::vi).find("Thời hạn giải quyết"), std::string::npos);
    }
  EXPECT_EQ(count(r.completeness_findings, "CPTT-E105"), 1u); // the forms engine's own finding
}

TEST(Completeness, AProcedureWithoutItsAssessment) {
  ReportReview r = review_report_text(example_report("case-dossier-total.cptt.xml"), "total.xml",
                                      full_context());
  // P1 amended → 03/ĐGTĐ-QĐCT/SĐBS, P2 new → 02/ĐGTĐ-BHM; P3 abolished is assessed in 01.
  std::vector<std::string> missing;
  for (const Finding& f : r.completeness_findings)
    if (f.code == "CPTT-E104")
      missing.push_back(f.procedure_id);
  EXPECT_EQ(missing, (std::vector<std::string>{"P1", "P2"}));
}

TEST(Completeness, ClosedGateIsNotAMissingComponent) {
  ReportReview r = review_report_text(forms_report("tt03-2022-02-gate-not-necessary"), "gate.xml",
                                      full_context());
  EXPECT_EQ(count(r.completeness_findings, "CPTT-W105"), 1u);
  EXPECT_EQ(count(r.completeness_findings, "CPTT-W231"), 0u);
}

TEST(Completeness, WithoutTheFormsOnlyTheCoreRules) {
  ReportReview r = review_report_text(example_report("case-dossier-total.cptt.xml"), "total.xml",
                                      plain_context());
  EXPECT_EQ(codes(r.completeness_findings), std::vector<std::string>{});
}
