// Golden findings: the prepared dossiers of data/examples/review with implausible values give
// exactly the findings of their .expected.txt files ("severity code [procedure | place]" a line).
// Single plausibility rules that the dossier does not show are checked on small edits.
#include "support.h"

#include "cptt/dossier_xml.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

std::string lines_of(const std::vector<Finding>& findings) {
  std::string out;
  for (const Finding& f : findings)
    out += std::string(to_id(f.severity)) + " " + f.code + " [" + f.procedure_id + " | " +
           f.place_text(Language::vi) + "]\n";
  return out;
}

std::string read(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << path;
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> codes_of(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings)
    out.push_back(f.code);
  return out;
}

bool has(const std::vector<Finding>& findings, const std::string& code) {
  for (const Finding& f : findings)
    if (f.code == code)
      return true;
  return false;
}

ReportReview review_of(const Dossier& d) {
  return review_report_text(report_text(d), "golden.report.xml", plain_context());
}

} // namespace

TEST(Golden, ImplausibleDossier) {
  const std::string dir = std::string(CPTT_DATA_DIR) + "/examples/review/";
  DossierLoad load = load_dossier_file(dir + "implausible.cptt.xml");
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  ReportReview r = review_of(load.dossier);
  EXPECT_TRUE(r.integrity_findings.empty());
  EXPECT_TRUE(r.recompute_findings.empty());
  EXPECT_EQ(lines_of(r.findings()), read(dir + "implausible.expected.txt"));
}

TEST(Golden, ImplausibleDossierWithTheFormsCheck) {
  const std::string dir = std::string(CPTT_DATA_DIR) + "/examples/review/";
  ReportReview r =
      review_report_text(report_text(load_dossier_file(dir + "implausible.cptt.xml").dossier),
                         "golden.report.xml", full_context());
  // No assessment answers at all: each procedure lacks the assessment form of its kind.
  int missing_forms = 0;
  for (const Finding& f : r.completeness_findings)
    missing_forms += f.code == "CPTT-E104";
  EXPECT_EQ(missing_forms, 3);
  EXPECT_TRUE(r.has_errors());
}

TEST(Golden, ExamplesWithEvidenceAreQuiet) {
  // The derived-rate example follows the rules: the only plausibility question is task 4, which
  // has costs but no evidence note.
  ReportReview r = review_of(example("case-derived-rate.cptt.xml"));
  EXPECT_EQ(codes_of(r.plausibility_findings), std::vector<std::string>{"CPTT-W255"});
  EXPECT_NE(r.plausibility_findings[0].message(Language::vi).find("công việc 4 "),
            std::string::npos);
}

TEST(Golden, DirectRateWithinToleranceIsANote) {
  Dossier d = example("case-online-filing.cptt.xml");
  d.rates[0].direct_rate = Money::parse("48000");
  ReportReview r = review_of(d);
  EXPECT_TRUE(has(r.plausibility_findings, "CPTT-N246"));
  EXPECT_FALSE(has(r.plausibility_findings, "CPTT-W247"));
}

TEST(Golden, NoCalculationYear) {
  Dossier d = example("case-online-filing.cptt.xml");
  d.draft.calculation_year = 0;
  ReportReview r = review_of(d);
  EXPECT_TRUE(has(r.plausibility_findings, "CPTT-N248"));
  EXPECT_TRUE(has(r.plausibility_findings, "CPTT-N249"));
}

TEST(Golden, NormDifferenceWithEvidenceIsANote) {
  Dossier d = example("case-derived-rate.cptt.xml");
  Task& travel = d.procedures[0].proposed->tasks[0];
  ASSERT_EQ(travel.norm.kind, NormKind::travel);
  travel.hours = Quantity::parse("2");
  ReportReview r = review_of(d);
  EXPECT_TRUE(has(r.plausibility_findings, "CPTT-N243"));
  EXPECT_FALSE(has(r.plausibility_findings, "CPTT-W243"));
  travel.evidence.clear();
  r = review_of(d);
  EXPECT_TRUE(has(r.plausibility_findings, "CPTT-W243"));
}

TEST(Golden, ThresholdsComeFromTheData) {
  ReferenceData ref = reference();
  ref.plausibility.max_frequency = Quantity::parse("0.1");
  ReportReview r = review_report_text(report_text(example("case-derived-rate.cptt.xml")), "x",
                                      ReviewContext{&ref, nullptr});
  EXPECT_TRUE(has(r.plausibility_findings, "CPTT-W250"));
  EXPECT_FALSE(
      has(review_of(example("case-derived-rate.cptt.xml")).plausibility_findings, "CPTT-W250"));
}

TEST(Golden, AmendedWithoutExplanationOrVariant) {
  Dossier d = example("case-online-filing.cptt.xml");
  d.procedures[0].simplification.clear();
  d.procedures[0].proposed.reset();
  std::vector<Finding> out;
  ReportReview r = review_report_text(write_report(d, DossierResult{}, {}), "x", plain_context());
  // The report cannot hold results for a procedure without its worksheet: check the dossier's
  // completeness findings directly.
  EXPECT_TRUE(has(r.completeness_findings, "CPTT-E002"));
  EXPECT_TRUE(has(r.completeness_findings, "CPTT-W004"));
}

// The missing reason to abolish is reported once: by the form question that asks for it (E105),
// not again by the core's rule (W004); without the forms, the rule still reports it.
TEST(Golden, AbolitionReasonReportedOnce) {
  const Dossier d = example("forms/tt03-2022-01-missing-abolition-reason.cptt.xml");
  const std::string report = write_report(d, compute(d), {});
  const ReportReview full = review_report_text(report, "x", full_context());
  EXPECT_FALSE(has(full.completeness_findings, "CPTT-W004"));
  EXPECT_TRUE(std::any_of(
      full.completeness_findings.begin(), full.completeness_findings.end(), [](const Finding& f) {
        return f.code == "CPTT-E105" && f.procedure_id == "P3" &&
               f.message(Language::vi).find("Lý do bãi bỏ") != std::string::npos;
      }));
  EXPECT_TRUE(
      has(review_report_text(report, "x", plain_context()).completeness_findings, "CPTT-W004"));
}
