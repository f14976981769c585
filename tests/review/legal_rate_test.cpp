// The legal rate's rules as the drafter's checklist and the reviewer see them: the statistic's
// year by the rule of the dossier's forms (TT 03/2022: the year before; TT 07/2014: the latest
// published), both published routes accepted, the district level gone from 1 July 2025.
#include "support.h"

#include "cptt/dossier_xml.h"
#include "cptt/review/dossier_check.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

Dossier forms_example(const std::string& name) {
  DossierLoad load =
      load_dossier_file(std::string(CPTT_DATA_DIR) + "/examples/forms/" + name + ".cptt.xml");
  EXPECT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  return load.dossier;
}

// The findings of `code`, copied (the checks return temporaries).
std::vector<Finding> with_code(const std::vector<Finding>& findings, const std::string& code) {
  std::vector<Finding> out;
  for (const Finding& f : findings)
    if (f.code == code)
      out.push_back(f);
  return out;
}

IncomeRate derived(int year) {
  IncomeRate r;
  r.id = "gdp-" + std::to_string(year);
  r.kind = IncomeRate::Kind::derived;
  r.year = year;
  r.source = "test";
  return r;
}

} // namespace

// Both example generations, rate of 2023: a TT03 dossier calculated in 2026 must use 2025; a
// TT07 dossier (the latest published year) is not flagged for it.
TEST(LegalRate, RateYearFollowsTheRuleOfTheDossiersForms) {
  for (const auto& [name, flagged] :
       {std::pair{"tt03-2022-02-complete", true}, std::pair{"tt07-2014-01a-complete", false}}) {
    Dossier d = forms_example(name);
    d.draft.calculation_year = 2026;
    const auto w003 = with_code(check_dossier(d, full_context()), "CPTT-W003");
    EXPECT_EQ(w003.size(), flagged ? 1u : 0u) << name;
    if (flagged) {
      EXPECT_EQ(w003[0].variant, "") << name;
    }
  }
}

TEST(LegalRate, TheLatestPublishedRuleStillRefusesAYearNotYetPublished) {
  Dossier d = forms_example("tt07-2014-01a-complete");
  d.draft.calculation_year = 2023; // its rate is of 2023: not published before 2024
  const auto w003 = with_code(check_dossier(d, full_context()), "CPTT-W003");
  ASSERT_EQ(w003.size(), 1u);
  EXPECT_EQ(w003[0].variant, "latest-published");
  EXPECT_NE(w003[0].message(Language::vi).find("Thông tư 07/2014/TT-BTP"), std::string::npos);
  // Without the forms the generation is unknown: the current rule applies.
  EXPECT_EQ(with_code(check_rules(d), "CPTT-W003").at(0).variant, "");
}

TEST(LegalRate, DistrictLevelIsFlaggedFrom2025Only) {
  Dossier d = example("case-one-case.cptt.xml");
  ASSERT_FALSE(d.procedures.empty());
  Procedure& p = d.procedures.front();
  p.level = HandlingLevel::district;
  Worksheet& sheet = p.proposed ? *p.proposed : *p.current;
  ASSERT_FALSE(sheet.tasks.empty());
  sheet.tasks.front().norm.kind = NormKind::travel;
  sheet.tasks.front().norm.scope = TravelScope::district;

  d.draft.calculation_year = 2024;
  EXPECT_TRUE(with_code(check_dossier(d, full_context()), "CPTT-W014").empty());

  d.draft.calculation_year = 2025;
  const auto w014 = with_code(check_dossier(d, full_context()), "CPTT-W014");
  ASSERT_EQ(w014.size(), 2u);
  EXPECT_EQ(w014[0].variant, "");
  EXPECT_EQ(w014[0].place.input, "level");
  EXPECT_EQ(w014[1].variant, "travel");
  EXPECT_EQ(w014[1].place.task, 1);
  EXPECT_EQ(w014[1].place.worksheet, sheet.variant);
  for (const Finding& f : w014) {
    EXPECT_EQ(f.procedure_id, p.id);
    EXPECT_NE(f.message(Language::vi).find("01/7/2025"), std::string::npos);
    EXPECT_NE(f.message(Language::en).find("1 July 2025"), std::string::npos);
  }
  // The reviewer's checks of the exported report flag the same.
  const ReportReview r = review_report_text(report_text(d), "district.xml", full_context());
  EXPECT_EQ(with_code(r.plausibility_findings, "CPTT-W014").size(), 2u);
}

// A direct rate equal to either 2025 route is the legal rate: 59,422 (per capita) and 59,464
// (GDP ÷ population) are both within any tolerance, and a rate between them is measured against
// the nearer route.
TEST(LegalRate, PlausibilityAcceptsEitherRoute) {
  auto deviation_of = [](const char* rate) {
    Dossier d = example("case-one-case.cptt.xml");
    d.draft.calculation_year = 2026;
    IncomeRate direct;
    direct.id = "direct";
    direct.kind = IncomeRate::Kind::direct;
    direct.direct_rate = Money::parse(rate);
    direct.source = "test";
    d.rates.push_back(direct);
    for (const Finding& f : check_dossier(d, full_context()))
      if ((f.code == "CPTT-N246" || f.code == "CPTT-W247") && f.place.rate == "direct")
        return f.find_arg("deviation")->value.en + "/" + f.find_arg("legal")->value.en;
    return std::string("none");
  };
  EXPECT_EQ(deviation_of("59422"), "0.00/59,422");
  EXPECT_EQ(deviation_of("59464"), "0.00/59,464");
  EXPECT_EQ(deviation_of("59460"), "0.01/59,464");
}

TEST(LegalRate, GdpAndPopulationAreCheckedAgainstThePublishedFigures) {
  Dossier d = example("case-one-case.cptt.xml");
  d.draft.calculation_year = 2026;
  IncomeRate r = derived(2025);
  r.id = "gdp-dan-so-2025";
  r.gdp = Money::parse("12847600000000000");
  r.population = Quantity::parse("102300000");
  d.rates.push_back(r);
  EXPECT_TRUE(with_code(check_dossier(d, full_context()), "CPTT-W245").empty());

  d.rates.back().population = Quantity::parse("103300000");
  const auto w245 = with_code(check_dossier(d, full_context()), "CPTT-W245");
  ASSERT_EQ(w245.size(), 1u);
  EXPECT_EQ(w245[0].variant, "population");
  EXPECT_NE(w245[0].message(Language::vi).find("102.300.000"), std::string::npos);
}
