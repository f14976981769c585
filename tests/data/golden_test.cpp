// Golden tests: every worked case of shared/examples/README.md, loaded from data/examples and
// computed by the engine, checked figure by figure. The expected values are the README's, never
// the program's output.
#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/reference/reference_data.h"

#include <gtest/gtest.h>

namespace cptt {
namespace {

std::string example_path(const std::string& name) {
  return std::string(CPTT_DATA_DIR) + "/examples/" + name + ".cptt.xml";
}

Dossier load_example(const std::string& name) {
  DossierLoad load = load_dossier_file(example_path(name));
  EXPECT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  return load.dossier;
}

Money vnd(std::int64_t dong) { return Money::from_integer(dong); }

void expect_tasks(const WorksheetResult& w, std::vector<std::int64_t> time_costs,
                  std::vector<std::int64_t> task_costs) {
  ASSERT_EQ(w.tasks.size(), time_costs.size());
  for (std::size_t i = 0; i < time_costs.size(); ++i) {
    EXPECT_EQ(w.tasks[i].time_cost, vnd(time_costs[i])) << "task " << i + 1;
    EXPECT_EQ(w.tasks[i].task_cost, vnd(task_costs[i])) << "task " << i + 1;
  }
}

TEST(Golden, OnlineFiling) {
  DossierResult r = compute(load_example("case-online-filing"));
  ASSERT_EQ(r.procedures.size(), 1u);
  const ProcedureResult& p = r.procedures[0];
  EXPECT_EQ(p.kind, ProcedureKind::amended);
  ASSERT_TRUE(p.current);
  ASSERT_TRUE(p.proposed);

  const WorksheetResult& now = *p.current;
  EXPECT_EQ(now.hourly_rate, vnd(25'000));
  expect_tasks(now, {100'000, 50'000, 25'000}, {150'000, 80'000, 45'000});
  EXPECT_EQ(now.fees_total, vnd(100'000));
  EXPECT_EQ(now.cost_per_filing, vnd(375'000));
  EXPECT_EQ(now.frequency, Quantity::from_integer(1));
  EXPECT_EQ(now.subjects, Quantity::from_integer(10'000));
  EXPECT_FALSE(now.one_case);
  EXPECT_EQ(now.annual, vnd(3'750'000'000));

  const WorksheetResult& after = *p.proposed;
  EXPECT_EQ(after.hourly_rate, vnd(25'000));
  expect_tasks(after, {100'000, 25'000}, {110'000, 45'000});
  EXPECT_EQ(after.cost_per_filing, vnd(255'000));
  EXPECT_EQ(after.annual, vnd(2'550'000'000));

  EXPECT_EQ(p.before, vnd(3'750'000'000));
  EXPECT_EQ(p.after, vnd(2'550'000'000));
  EXPECT_EQ(p.saving, vnd(1'200'000'000));
  ASSERT_TRUE(p.reduction_percent);
  EXPECT_EQ(p.reduction_percent->to_fixed(2), "32.00");
}

TEST(Golden, DerivedRate) {
  Dossier d = load_example("case-derived-rate");
  EXPECT_EQ(d.draft.calculation_year, 2024);
  ASSERT_EQ(d.rates.size(), 1u);
  EXPECT_EQ(d.rates[0].kind, IncomeRate::Kind::derived);
  EXPECT_EQ(d.rates[0].year, 2023); // the year before the calculation
  EXPECT_EQ(d.rates[0].gdp_per_capita, vnd(101'900'000));
  EXPECT_FALSE(d.rates[0].publisher.empty());

  DossierResult r = compute(d);
  ASSERT_EQ(r.rates.size(), 1u);
  EXPECT_EQ(r.rates[0].hourly_rate, vnd(48'248));
  const ProcedureResult& p = r.procedures.at(0);
  EXPECT_EQ(p.kind, ProcedureKind::new_procedure);
  EXPECT_FALSE(p.current);
  ASSERT_TRUE(p.proposed);
  const WorksheetResult& w = *p.proposed;
  EXPECT_EQ(w.hourly_rate, vnd(48'248));
  // 4,824.8 rounds half-up to 4,825
  expect_tasks(w, {72'372, 144'744, 4'825, 0}, {92'372, 149'744, 4'825, 25'000});
  EXPECT_EQ(w.fees_total, vnd(50'000));
  EXPECT_EQ(w.cost_per_filing, vnd(321'941));
  EXPECT_EQ(w.annual, vnd(38'632'920'000));
  EXPECT_EQ(p.before, vnd(0));
  EXPECT_EQ(p.after, vnd(38'632'920'000));
  EXPECT_FALSE(p.reduction_percent); // nothing before the draft: no percentage
}

TEST(Golden, FiveYearly) {
  DossierResult r = compute(load_example("case-five-yearly"));
  const ProcedureResult& p = r.procedures.at(0);
  ASSERT_TRUE(p.proposed);
  const WorksheetResult& w = *p.proposed;
  EXPECT_EQ(w.hourly_rate, vnd(30'000));
  expect_tasks(w, {240'000}, {2'390'000});
  EXPECT_EQ(w.frequency, Quantity::parse("0.2"));
  EXPECT_EQ(w.subjects, Quantity::from_integer(3'500));
  EXPECT_EQ(w.cost_per_filing, vnd(2'890'000));
  EXPECT_EQ(w.annual, vnd(2'023'000'000));
}

TEST(Golden, OneCase) {
  Dossier d = load_example("case-one-case");
  ASSERT_TRUE(d.procedures.at(0).proposed);
  EXPECT_TRUE(d.procedures[0].proposed->one_case);
  EXPECT_FALSE(d.procedures[0].proposed->subjects_evidence.empty()); // why no forecast

  DossierResult r = compute(d);
  const WorksheetResult& w = *r.procedures.at(0).proposed;
  EXPECT_EQ(w.hourly_rate, vnd(48'248));
  expect_tasks(w, {96'496}, {96'496});
  EXPECT_EQ(w.fees_total, vnd(0));
  EXPECT_EQ(w.cost_per_filing, vnd(96'496));
  EXPECT_TRUE(w.one_case);
  EXPECT_EQ(w.subjects, Quantity::from_integer(1));
  EXPECT_EQ(w.annual, vnd(96'496));
}

TEST(Golden, DossierTotal) {
  DossierResult r = compute(load_example("case-dossier-total"));
  ASSERT_EQ(r.procedures.size(), 3u);
  const ProcedureResult* p1 = r.find("P1");
  const ProcedureResult* p2 = r.find("P2");
  const ProcedureResult* p3 = r.find("P3");
  ASSERT_TRUE(p1 && p2 && p3);
  EXPECT_EQ(p1->kind, ProcedureKind::amended);
  EXPECT_EQ(p1->before, vnd(3'750'000'000));
  EXPECT_EQ(p1->after, vnd(2'550'000'000));
  EXPECT_EQ(p2->kind, ProcedureKind::new_procedure);
  EXPECT_EQ(p2->before, vnd(0));
  EXPECT_EQ(p2->after, vnd(38'632'920'000));
  EXPECT_EQ(p3->kind, ProcedureKind::abolished);
  EXPECT_EQ(p3->before, vnd(2'023'000'000));
  EXPECT_EQ(p3->after, vnd(0));
  EXPECT_EQ(p3->saving, vnd(2'023'000'000));

  const DossierTotals& t = r.totals;
  EXPECT_EQ(t.before, vnd(5'773'000'000));
  EXPECT_EQ(t.after, vnd(41'182'920'000));
  EXPECT_EQ(t.net_change, vnd(35'409'920'000)); // positive: the draft adds burden
  EXPECT_EQ(t.added_by_new, vnd(38'632'920'000));
  EXPECT_EQ(t.saved_by_amendments, vnd(1'200'000'000));
  EXPECT_EQ(t.saved_by_abolitions, vnd(2'023'000'000));
  ASSERT_TRUE(t.reduction_percent);
  EXPECT_EQ(t.reduction_percent->to_fixed(2), "-613.37"); // the sign is kept
}

// Published review totals (Hà Nội 12/2025, the Ministry of Construction) reproduced exactly:
// saving = current − after, reduction % = saving ÷ current × 100.
TEST(Golden, AggregateChecks) {
  const Money billion = vnd(1'000'000'000);
  auto b = [&](const char* text) { return Money(Decimal::parse(text) * billion.amount()); };
  // Hà Nội 12/2025: 2,306 → 654 billion, saving 1,652 billion, 71.64 %.
  EXPECT_EQ(b("2306") - b("654"), b("1652"));
  auto hanoi = reduction_percent(b("2306"), b("654"));
  ASSERT_TRUE(hanoi);
  EXPECT_EQ(hanoi->to_fixed(2), "71.64");
  // Ministry of Construction review: 393.4 → 201 billion, saving 192.4, 48.91 %.
  EXPECT_EQ(b("393.4") - b("201"), b("192.4"));
  EXPECT_EQ(reduction_percent(b("393.4"), b("201"))->to_fixed(2), "48.91");
  EXPECT_FALSE(reduction_percent(vnd(0), b("1")));
}

// Each example, written canonically and read back, computes to the same figures, and writing
// it again gives the same bytes.
TEST(Golden, ExamplesRoundTrip) {
  for (const char* name : {"case-online-filing", "case-derived-rate", "case-five-yearly",
                           "case-one-case", "case-dossier-total"}) {
    SCOPED_TRACE(name);
    Dossier d = load_example(name);
    std::string text = write_dossier(d);
    DossierLoad again = load_dossier_text(text, name);
    ASSERT_TRUE(again.result) << again.result.describe(cptt::Language::vi);
    EXPECT_EQ(write_dossier(again.dossier), text);
    DossierResult a = compute(d), b = compute(again.dossier);
    EXPECT_EQ(a.totals.before, b.totals.before);
    EXPECT_EQ(a.totals.after, b.totals.after);
    EXPECT_EQ(a.totals.net_change, b.totals.net_change);
  }
}

// A task that names an official norm has the hours the norms table gives for it.
TEST(Golden, NormTasksMatchTheOfficialTable) {
  ReferenceLoad ref = load_reference_data(CPTT_DATA_DIR);
  ASSERT_TRUE(ref.result) << ref.result.describe(cptt::Language::vi);
  int checked = 0;
  for (const char* name : {"case-online-filing", "case-derived-rate", "case-five-yearly",
                           "case-one-case", "case-dossier-total"}) {
    Dossier d = load_example(name);
    for (const Procedure& p : d.procedures)
      for (const auto* w : {&p.current, &p.proposed})
        if (*w)
          for (const Task& t : (*w)->tasks) {
            if (!t.catalogue_ref.empty()) {
              EXPECT_NE(ref.data.find_activity(t.catalogue_ref), nullptr)
                  << name << ": " << t.catalogue_ref;
            }
            if (t.norm.kind == NormKind::none)
              continue;
            EXPECT_EQ(norm_hours(ref.data, t.norm), t.hours) << name << ": " << t.name;
            ++checked;
          }
  }
  EXPECT_EQ(checked, 3 + 2); // derived-rate: travel and form; one-case: travel; total: P2's two
}

} // namespace
} // namespace cptt
