#include "builders.h"
#include "cptt/engine.h"

#include <gtest/gtest.h>

using namespace cptt;
using namespace cptt::test;

TEST(Engine, LegalRateIsGdpPerCapitaOver2112RoundedHalfUp) {
  IncomeRate r;
  r.id = "gdp-2023";
  r.kind = IncomeRate::Kind::derived;
  r.year = 2023;
  r.gdp_per_capita = money("101900000");
  EXPECT_EQ(hourly_rate(r), money("48248"));
  EXPECT_EQ(working_hours_per_year, 2112);
  // The same rate from GDP and population: 10,221.8 thousand billion / (100.3 million × 2112).
  IncomeRate total;
  total.id = "gdp-total";
  total.kind = IncomeRate::Kind::derived;
  total.gdp = money("10221800000000000");
  total.population = qty("100300000");
  EXPECT_EQ(hourly_rate(total), money("48254")); // 48,253.9… → 48,254
  IncomeRate empty;
  empty.kind = IncomeRate::Kind::derived;
  EXPECT_THROW(hourly_rate(empty), EngineError);
}

TEST(Engine, TaskCostRoundsTimeCostThenAdds) {
  TaskResult r = compute_task(task("check", "0.1", "0"), money("48248"));
  EXPECT_EQ(r.time_cost, money("4825")); // 4,824.8 → 4,825
  EXPECT_EQ(r.task_cost, money("4825"));
  TaskResult s = compute_task(task("x", "1.5", "20000.4"), money("48248"));
  EXPECT_EQ(s.task_cost, money("92372")); // 72,372 + 20,000.4 → 92,372
}

TEST(Engine, OnlineFilingCurrentAndAfter) {
  Dossier d;
  d.rates.push_back(direct_rate("r", "25000"));
  d.procedures.push_back(online_filing("P1", "r"));
  DossierResult r = compute(d);
  const ProcedureResult& p = r.procedures.at(0);
  ASSERT_TRUE(p.current && p.proposed);
  EXPECT_EQ(p.current->tasks.at(0).time_cost, money("100000"));
  EXPECT_EQ(p.current->tasks.at(1).time_cost, money("50000"));
  EXPECT_EQ(p.current->tasks.at(2).time_cost, money("25000"));
  EXPECT_EQ(p.current->tasks.at(0).task_cost, money("150000"));
  EXPECT_EQ(p.current->tasks.at(1).task_cost, money("80000"));
  EXPECT_EQ(p.current->tasks.at(2).task_cost, money("45000"));
  EXPECT_EQ(p.current->cost_per_filing, money("375000"));
  EXPECT_EQ(p.current->annual, money("3750000000"));
  EXPECT_EQ(p.proposed->cost_per_filing, money("255000"));
  EXPECT_EQ(p.proposed->annual, money("2550000000"));
  EXPECT_EQ(p.saving, money("1200000000"));
  ASSERT_TRUE(p.reduction_percent);
  EXPECT_EQ(p.reduction_percent->to_fixed(2), "32.00");
}

TEST(Engine, FrequencyBelowOneAndOneCase) {
  Dossier d;
  d.rates.push_back(direct_rate("r30", "30000"));
  d.rates.push_back(direct_rate("r48", "48248"));
  Procedure five;
  five.id = "P3";
  five.kind = ProcedureKind::abolished;
  five.current = sheet(Worksheet::Variant::current, "r30", {task("renew", "8", "2150000")},
                       {fee("500000")}, "0.2", "3500");
  Procedure one;
  one.id = "P4";
  one.kind = ProcedureKind::new_procedure;
  one.proposed =
      sheet(Worksheet::Variant::proposed, "r48", {task("travel", "2", "0")}, {}, "1", nullptr);
  d.procedures = {five, one};
  DossierResult r = compute(d);
  EXPECT_EQ(r.procedures[0].current->cost_per_filing, money("2890000"));
  EXPECT_EQ(r.procedures[0].current->annual, money("2023000000"));
  EXPECT_EQ(r.procedures[0].after, money("0"));
  EXPECT_EQ(r.procedures[0].saving, money("2023000000"));
  EXPECT_EQ(r.procedures[1].proposed->cost_per_filing, money("96496"));
  EXPECT_EQ(r.procedures[1].proposed->annual, money("96496"));
  EXPECT_TRUE(r.procedures[1].proposed->one_case);
  EXPECT_FALSE(r.procedures[1].reduction_percent); // before is 0
}

TEST(Engine, DraftTotalsKeepTheSignOfAnIncrease) {
  DossierTotals t = sum_totals([] {
    ProcedureResult amended{"P1",
                            ProcedureKind::amended,
                            {},
                            {},
                            money("3750000000"),
                            money("2550000000"),
                            money("1200000000"),
                            {}};
    ProcedureResult added{"P2",
                          ProcedureKind::new_procedure,
                          {},
                          {},
                          money("0"),
                          money("38632920000"),
                          money("-38632920000"),
                          {}};
    ProcedureResult abolished{"P3",       ProcedureKind::abolished, {}, {}, money("2023000000"),
                              money("0"), money("2023000000"),      {}};
    return std::vector<ProcedureResult>{amended, added, abolished};
  }());
  EXPECT_EQ(t.before, money("5773000000"));
  EXPECT_EQ(t.after, money("41182920000"));
  EXPECT_EQ(t.net_change, money("35409920000"));
  EXPECT_EQ(t.saving, money("-35409920000"));
  EXPECT_EQ(t.added_by_new, money("38632920000"));
  EXPECT_EQ(t.saved_by_amendments, money("1200000000"));
  EXPECT_EQ(t.saved_by_abolitions, money("2023000000"));
  ASSERT_TRUE(t.reduction_percent);
  EXPECT_EQ(t.reduction_percent->to_fixed(2), "-613.37");
}

TEST(Engine, PublishedAggregateReduction) {
  auto p = reduction_percent(money("2306000000000"), money("654000000000"));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->to_fixed(2), "71.64");
}

TEST(Engine, UnknownRateIsATypedError) {
  Dossier d;
  d.procedures.push_back(online_filing("P1", "missing"));
  EXPECT_THROW(compute(d), EngineError);
}

TEST(Engine, OverflowNamesTheProcedure) {
  Dossier d;
  d.rates.push_back(direct_rate("r", "25000"));
  Procedure p = online_filing("P9", "r");
  p.proposed->subjects = qty("100000000000000000000000000000000000");
  try {
    d.procedures.push_back(p);
    (void)compute(d);
    FAIL() << "expected an overflow";
  } catch (const OverflowError& e) {
    EXPECT_NE(std::string(e.what()).find("P9"), std::string::npos) << e.what();
  }
}

TEST(Engine, RateBeforeRoundingShowsTheQuotient) {
  IncomeRate r;
  r.id = "gdp-2023";
  r.kind = IncomeRate::Kind::derived;
  r.year = 2023;
  r.gdp_per_capita = money("101900000");
  EXPECT_EQ(hourly_rate_before_rounding(r, 3).to_canonical(), "48248.106");
  EXPECT_EQ(hourly_rate_before_rounding(direct_rate("d", "25000"), 3).to_canonical(), "25000");
}
