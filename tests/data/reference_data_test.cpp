// Loads every reference file and checks its figures against the published or printed values
// (time norms, GDP figures and the hourly rate they give, the activity catalogue), and that bad
// files are refused with file:line:col.
#include "cptt/engine.h"
#include "cptt/reference/reference_data.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <limits>

namespace cptt {
namespace {

const ReferenceData& reference() {
  static const ReferenceLoad load = load_reference_data(CPTT_DATA_DIR);
  EXPECT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  return load.data;
}

Quantity q(const char* text) { return Quantity::parse(text); }

TEST(ReferenceData, LoadsEveryFileWithVersionAndSource) {
  ReferenceLoad load = load_reference_data(CPTT_DATA_DIR);
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  for (const char* id : {"income-statistics", "time-norms", "activity-catalogue", "plausibility"}) {
    const ReferenceFileInfo* f = load.data.file(id);
    ASSERT_NE(f, nullptr) << id;
    EXPECT_EQ(f->version, std::string_view(id) == "income-statistics" ? "2" : "1") << id;
    EXPECT_FALSE(f->source.empty()) << id;
    EXPECT_NE(f->path.find(std::string(id) + ".xml"), std::string::npos) << f->path;
  }
  EXPECT_EQ(load.data.files.size(), 4u);
}

TEST(ReferenceData, AcceptsTheReferenceFolderItself) {
  ReferenceLoad load = load_reference_data(std::string(CPTT_DATA_DIR) + "/reference");
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  EXPECT_EQ(load.data.gdp.size(), reference().gdp.size());
}

// ---- income statistics ----

const GdpFigure* figure(std::string_view id) {
  for (const GdpFigure& f : reference().gdp)
    if (f.id == id)
      return &f;
  return nullptr;
}

TEST(IncomeStatistics, PublishedFiguresOf2023And2024) {
  const GdpFigure* per_capita = figure("gdp-per-capita-2023");
  ASSERT_NE(per_capita, nullptr);
  EXPECT_EQ(per_capita->kind, FigureKind::gdp_per_capita);
  EXPECT_EQ(per_capita->year, 2023);
  EXPECT_EQ(per_capita->unit, "VND");
  EXPECT_EQ(per_capita->value, Decimal::from_integer(101'900'000));
  EXPECT_TRUE(per_capita->verified);
  EXPECT_NE(per_capita->publisher.find("Thống kê"), std::string::npos);
  EXPECT_FALSE(per_capita->source.empty());

  const GdpFigure* gdp = figure("gdp-2023");
  ASSERT_NE(gdp, nullptr);
  // 10,221.8 thousand billion đồng
  EXPECT_EQ(gdp->value, Decimal::parse("10221.8") * Decimal::from_integer(1'000'000'000'000));
  EXPECT_TRUE(gdp->verified);

  const GdpFigure* population = figure("population-2024");
  ASSERT_NE(population, nullptr);
  EXPECT_EQ(population->kind, FigureKind::population);
  EXPECT_EQ(population->value, Decimal::from_integer(101'300'000));
  EXPECT_TRUE(population->verified);
}

// The 2024 VND figures were not verified (domain: only USD and the population): none is shipped.
TEST(IncomeStatistics, No2024FigureInDongIsInvented) {
  for (const GdpFigure& f : reference().gdp)
    if (f.unit == "VND" && f.kind != FigureKind::average_monthly_income) {
      EXPECT_NE(f.year, 2024) << f.id;
    }
}

TEST(IncomeStatistics, PublishedFiguresOf2025AndThePopulationOf2023) {
  const GdpFigure* per_capita = figure("gdp-per-capita-2025");
  ASSERT_NE(per_capita, nullptr);
  EXPECT_EQ(per_capita->value, Decimal::from_integer(125'500'000));
  EXPECT_TRUE(per_capita->verified);
  EXPECT_NE(per_capita->publisher.find("Cục Thống kê"), std::string::npos);
  // 12,847.6 thousand billion đồng
  ASSERT_NE(figure("gdp-2025"), nullptr);
  EXPECT_EQ(figure("gdp-2025")->value,
            Decimal::parse("12847.6") * Decimal::from_integer(1'000'000'000'000));
  ASSERT_NE(figure("population-2025"), nullptr);
  EXPECT_EQ(figure("population-2025")->value, Decimal::from_integer(102'300'000));
  ASSERT_NE(figure("population-2023"), nullptr);
  EXPECT_EQ(figure("population-2023")->value, Decimal::from_integer(100'300'000));
  for (const char* id : {"gdp-2025", "population-2025", "population-2023"})
    EXPECT_TRUE(figure(id)->verified) << id;
}

TEST(IncomeStatistics, ComparisonFiguresAreNeverTheLegalBasis) {
  for (const GdpFigure& f : reference().gdp)
    if (f.kind == FigureKind::average_monthly_income) {
      EXPECT_NE(f.note.find("so sánh"), std::string::npos) << f.id;
    }
}

TEST(IncomeStatistics, DefaultIsTheLatestVerifiedPerCapitaFigure) {
  const GdpFigure* d = default_gdp_per_capita(reference());
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->id, "gdp-per-capita-2025");
}

TEST(IncomeStatistics, LegalRateFor2024IsThe2023FigureOver2112) {
  auto legal = legal_rate_for(reference(), 2024);
  ASSERT_TRUE(legal);
  EXPECT_FALSE(legal->fallback);
  EXPECT_TRUE(legal->verified);
  EXPECT_EQ(legal->wanted_year, 2023);
  EXPECT_EQ(legal->rate.kind, IncomeRate::Kind::derived);
  EXPECT_EQ(legal->rate.year, 2023);
  EXPECT_EQ(legal->rate.id, "gdp-2023");
  EXPECT_FALSE(legal->rate.publisher.empty());
  EXPECT_FALSE(legal->rate.source.empty());
  // 101,900,000 / (12 × 22 × 8) = 48,248.106… → 48,248
  EXPECT_EQ(hourly_rate(legal->rate), Money::from_integer(48'248));
  // The other route: 10,221.8 thousand billion / (100.3 million × 2,112) = 48,253.9… → 48,254
  ASSERT_TRUE(legal->other_route);
  EXPECT_EQ(legal->other_route->rate.id, "gdp-dan-so-2023");
  EXPECT_EQ(hourly_rate(legal->other_route->rate), Money::from_integer(48'254));
}

// A dossier started in 2026 gets the 2025 figures (domain: Cục Thống kê, 05/01/2026).
TEST(IncomeStatistics, LegalRateFor2026IsThe2025FigureByBothRoutes) {
  auto legal = legal_rate_for(reference(), 2026);
  ASSERT_TRUE(legal);
  EXPECT_FALSE(legal->fallback);
  EXPECT_TRUE(legal->verified);
  EXPECT_EQ(legal->rate.year, 2025);
  EXPECT_NE(legal->rate.publisher.find("Cục Thống kê"), std::string::npos);
  EXPECT_NE(legal->rate.source.find("05/01/2026"), std::string::npos);
  EXPECT_EQ(hourly_rate(legal->rate), Money::from_integer(59'422)); // 125,500,000 / 2,112
  ASSERT_TRUE(legal->other_route);
  EXPECT_TRUE(legal->other_route->verified);
  EXPECT_EQ(hourly_rate(legal->other_route->rate), Money::from_integer(59'464));
}

// 2024 has no verified VND figure (only USD): a 2025 calculation says so, and offers the latest
// verified year before it (2023: the 2025 figures were published in 2026), flagged as a fallback
// rather than a figure nobody checked.
TEST(IncomeStatistics, CalculationYear2025HasNoVerifiedFigureAndFallsBackWithAFlag) {
  EXPECT_TRUE(legal_rate_routes(reference(), 2024).empty());
  auto legal = legal_rate_for(reference(), 2025);
  ASSERT_TRUE(legal);
  EXPECT_TRUE(legal->fallback);
  EXPECT_EQ(legal->wanted_year, 2024);
  EXPECT_EQ(legal->rate.year, 2023);
  auto far = legal_rate_for(reference(), 2030);
  ASSERT_TRUE(far);
  EXPECT_TRUE(far->fallback);
  EXPECT_EQ(far->rate.year, 2025);
}

TEST(IncomeStatistics, AnUncheckedRouteIsNotChosenOverACheckedOne) {
  ReferenceData data = reference();
  for (GdpFigure& f : data.gdp)
    if (f.id == "gdp-per-capita-2025")
      f.verified = false;
  auto legal = legal_rate_for(data, 2026);
  ASSERT_TRUE(legal);
  EXPECT_TRUE(legal->verified);
  EXPECT_EQ(legal->rate.id, "gdp-dan-so-2025");
  ASSERT_TRUE(legal->other_route);
  EXPECT_FALSE(legal->other_route->verified);
}

TEST(IncomeStatistics, NoPerCapitaFigureGivesNoLegalRate) {
  ReferenceData empty;
  EXPECT_FALSE(legal_rate_for(empty, 2024));
  // A year no dossier may name has no legal rate (the random walk typed INT_MIN: UBSan caught
  // the year before it overflowing).
  EXPECT_FALSE(legal_rate_for(reference(), std::numeric_limits<int>::min()));
  EXPECT_FALSE(legal_rate_for(reference(), 0));
  EXPECT_FALSE(legal_rate_for(reference(), 3000));
  EXPECT_EQ(default_gdp_per_capita(empty), nullptr);
}

// ---- official time norms ----

TEST(TimeNorms, TheWholePrintedTable) {
  struct Row {
    NormKind kind;
    TravelScope scope;
    const char* urban;
    const char* rural;
    const char* mountain;
  };
  const Row table[] = {
      {NormKind::travel, TravelScope::commune, "1", "1.5", "2"},
      {NormKind::travel, TravelScope::district, "1.5", "2.25", "3"},
      {NormKind::travel, TravelScope::provincial, "2", "3", "4"},
      {NormKind::travel, TravelScope::inter_regional, "8", "12", "16"},
      {NormKind::travel, TravelScope::inter_macro_region, "16", "24", "32"},
      {NormKind::form_filling, TravelScope::commune, "1", "1.5", "2"},
  };
  for (const Row& r : table) {
    SCOPED_TRACE(std::string(to_id(r.kind)) + "/" + std::string(to_id(r.scope)));
    EXPECT_EQ(norm_hours(reference(), r.kind, r.scope, Area::urban), q(r.urban));
    EXPECT_EQ(norm_hours(reference(), r.kind, r.scope, Area::rural), q(r.rural));
    EXPECT_EQ(norm_hours(reference(), r.kind, r.scope, Area::mountain_island), q(r.mountain));
  }
  EXPECT_EQ(reference().norms.size(), 6u);
  EXPECT_TRUE(reference().norms_verified);
  EXPECT_NE(reference().norms_legal_basis.find("03/2022/TT-BTP"), std::string::npos);
  EXPECT_NE(reference().norms_legal_basis.find("Điều 11 khoản 4"), std::string::npos);
}

TEST(TimeNorms, TravelRowOfTheHandlingLevel) {
  EXPECT_EQ(travel_scope_for(HandlingLevel::commune), TravelScope::commune);
  EXPECT_EQ(travel_scope_for(HandlingLevel::district), TravelScope::district);
  EXPECT_EQ(travel_scope_for(HandlingLevel::provincial), TravelScope::provincial);
  EXPECT_FALSE(travel_scope_for(HandlingLevel::central)); // no row: the drafter picks one
}

TEST(TimeNorms, FormFillingIgnoresTheScope) {
  EXPECT_EQ(
      norm_hours(reference(), NormKind::form_filling, TravelScope::inter_regional, Area::rural),
      q("1.5"));
  EXPECT_FALSE(norm_hours(reference(), NormKind::none, TravelScope::commune, Area::urban));
}

TEST(TimeNorms, OnlyTheDistrictRowIsHistorical) {
  for (const TimeNorm& n : reference().norms) {
    const bool district = n.scope == TravelScope::district;
    EXPECT_EQ(n.historical, district) << n.label;
    if (district) {
      EXPECT_NE(n.note.find("2025"), std::string::npos);
    }
  }
}

TEST(TimeNorms, TaskNormIsHoursPerUnitTimesUnits) {
  Norm travel{NormKind::travel, TravelScope::commune, Area::rural, q("1")};
  EXPECT_EQ(norm_hours(reference(), travel), q("1.5")); // case-derived-rate, travel
  Norm form{NormKind::form_filling, TravelScope::commune, Area::rural, q("2")};
  EXPECT_EQ(norm_hours(reference(), form), q("3")); // case-derived-rate, 2 pages
  Norm provincial{NormKind::travel, TravelScope::provincial, Area::urban, q("1")};
  EXPECT_EQ(norm_hours(reference(), provincial), q("2")); // case-one-case
}

// ---- activity catalogue ----

TEST(ActivityCatalogue, GermanMinutesConvertedToHours) {
  struct Row {
    const char* id;
    int simple, medium, complex;
  };
  // The catalogue's hours are the German federal standard-activity table's minutes (simple /
  // medium / high), converted: the table as published.
  const Row table[] = {
      {"familiarise", 3, 5, 60},
      {"obtain-data", 2, 10, 120},
      {"calculate", 2, 20, 240},
      {"check-data", 1, 10, 60},
      {"correct-errors", 2, 10, 60},
      {"prepare-data", 3, 20, 300},
      {"file-online", 1, 2, 5},
      {"internal-meetings", 5, 60, 600},
      {"external-meetings", 10, 60, 480},
      {"pay-fees", 2, 4, 15},
      {"keep-records", 1, 2, 12},
      {"inspection", 5, 50, 480},
      {"correct-after-inspection", 4, 30, 500},
      {"supplement", 3, 15, 120},
      {"training", 2, 33, 600},
      {"procure-services", 10, 60, 300},
  };
  const Decimal sixty = Decimal::from_integer(60);
  for (const Row& r : table) {
    SCOPED_TRACE(r.id);
    const CatalogueActivity* a = reference().find_activity(r.id);
    ASSERT_NE(a, nullptr);
    const int minutes[] = {r.simple, r.medium, r.complex};
    for (int i = 0; i < 3; ++i) {
      auto c = static_cast<Complexity>(i);
      EXPECT_EQ(a->minutes[static_cast<std::size_t>(i)], minutes[i]);
      Decimal expected =
          Decimal::divide(Decimal::from_integer(minutes[i]), sixty, 6, Rounding::half_up);
      EXPECT_EQ(a->default_hours(c), Quantity(expected));
    }
  }
  // The brief's own example, and the exact quotients.
  EXPECT_EQ(reference().find_activity("familiarise")->default_hours(Complexity::simple), q("0.05"));
  EXPECT_EQ(reference().find_activity("familiarise")->default_hours(Complexity::medium),
            q("0.083333"));
  EXPECT_EQ(reference().find_activity("training")->default_hours(Complexity::medium), q("0.55"));
}

TEST(ActivityCatalogue, TravelAndFormFillingUseTheOfficialNorms) {
  for (auto [id, kind] : {std::pair{"travel-to-file", NormKind::travel},
                          std::pair{"receive-result", NormKind::travel},
                          std::pair{"fill-form", NormKind::form_filling}}) {
    const CatalogueActivity* a = reference().find_activity(id);
    ASSERT_NE(a, nullptr) << id;
    EXPECT_EQ(a->norm, kind) << id;
    EXPECT_FALSE(a->default_hours(Complexity::medium)) << id;
  }
}

TEST(ActivityCatalogue, EveryActivityNamedInBothLanguagesAndMarkedNonOfficial) {
  EXPECT_FALSE(reference().catalogue_verified);
  EXPECT_NE(reference().catalogue_notice.find("không chính thức"), std::string::npos);
  EXPECT_GE(reference().catalogue.size(), 20u);
  for (const CatalogueActivity& a : reference().catalogue) {
    EXPECT_FALSE(a.name_vi.empty()) << a.id;
    EXPECT_FALSE(a.name_en.empty()) << a.id;
    EXPECT_FALSE(a.basis.empty()) << a.id;
  }
  for (const char* id : {"copy-certify", "notarise", "translate"})
    EXPECT_NE(reference().find_activity(id), nullptr) << id;
}

// ---- plausibility thresholds ----

TEST(Plausibility, ThresholdsAsShipped) {
  const PlausibilityThresholds& t = reference().plausibility;
  EXPECT_EQ(t.max_frequency, Quantity::from_integer(365));
  EXPECT_EQ(t.hours_factor_over_catalogue, Decimal::from_integer(2));
  EXPECT_EQ(t.max_task_hours, Quantity::from_integer(176));
  EXPECT_EQ(t.max_norm_units, Quantity::from_integer(10));
  EXPECT_EQ(t.max_subjects, Quantity::from_integer(101'300'000));
  EXPECT_EQ(t.max_rate_deviation_percent, Decimal::from_integer(25));
  EXPECT_EQ(t.max_rate_age_years, 1);
  EXPECT_EQ(t.max_services_per_task, Money::from_integer(100'000'000));
  EXPECT_EQ(t.max_fee, Money::from_integer(50'000'000));
  EXPECT_EQ(t.entries.size(), 9u);
  for (const PlausibilityThreshold& e : t.entries)
    EXPECT_FALSE(e.description.empty()) << e.id;
}

} // namespace
} // namespace cptt
