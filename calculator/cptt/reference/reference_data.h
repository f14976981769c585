#pragma once
// Reference data (data/reference/*.xml, schema data/schema/reference.xsd): the published income
// statistics behind the legal hourly rate, the official time norms for travel and form filling,
// the activity catalogue of non-official default hours, and the plausibility thresholds of the
// review. Versioned data, not code: a ministry drops in an updated file without a rebuild.
// Reading never throws for bad input: it returns a LoadResult naming file:line:col.
#include "cptt/load_result.h"
#include "cptt/model.h"
#include "cptt/xml_source.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cptt {

inline constexpr const char* reference_namespace = "urn:cptt:reference";
inline constexpr int reference_format_version = 1;

// ---- income-statistics.xml ----

enum class FigureKind {
  gdp_per_capita,        // VND per person, current prices: the legal rate's basis
  gdp,                   // total GDP, current prices (VND, or USD for reference only)
  population,            // average population (persons)
  average_monthly_income // living-standards survey: for comparison only, never the legal basis
};

struct GdpFigure {
  std::string id;
  FigureKind kind = FigureKind::gdp_per_capita;
  int year = 0;
  Decimal value;
  std::string unit; // VND | USD | persons
  std::string publisher;
  std::string source;
  std::string note;
  bool verified = false; // checked against the publication itself (the UI shows it)
  SourceLocation location;
};

// ---- time-norms.xml ----

struct TimeNorm {
  NormKind kind = NormKind::travel;
  std::optional<TravelScope> scope; // travel only
  std::string per;                  // "trip" or "page"
  std::string label;
  std::array<Quantity, 3> hours; // per unit, indexed by Area (urban, rural, mountain-island)
  bool historical = false;       // district level: kept as printed, for older drafts only
  std::string note;
  SourceLocation location;

  const Quantity& hours_for(Area area) const { return hours[static_cast<std::size_t>(area)]; }
};

// ---- activity-catalogue.xml ----

enum class Complexity { simple, medium, complex };
std::string_view to_id(Complexity);
bool from_id(std::string_view id, Complexity& out);
// "đơn giản" / "simple", "trung bình" / "medium", "phức tạp" / "complex".
std::string_view label(Complexity, Language);

struct CatalogueActivity {
  std::string id;
  std::string name_vi;
  std::string name_en;
  std::string basis; // where the default comes from
  std::string note;
  // travel / form_filling: counted by the official norm, no default hours; none: default hours.
  NormKind norm = NormKind::none;
  std::array<Quantity, 3> hours;             // indexed by Complexity; set when norm is none
  std::array<std::optional<int>, 3> minutes; // the source figure, when given
  SourceLocation location;

  std::optional<Quantity> default_hours(Complexity complexity) const;
};

// ---- plausibility.xml ----

struct PlausibilityThreshold {
  std::string id;
  Decimal value;
  std::string unit;
  std::string description;
  SourceLocation location;
};

// Every threshold is required; the named fields are what the review checks read.
struct PlausibilityThresholds {
  Quantity max_frequency;              // times per year per subject
  Decimal hours_factor_over_catalogue; // task hours above factor × catalogue's complex hours
  Quantity max_task_hours;             // hours of one task per filing
  Quantity max_norm_units;             // trips or pages of one task
  Quantity max_subjects;               // subjects per year
  Decimal max_rate_deviation_percent;  // direct rate vs the legal rate
  int max_rate_age_years = 1;          // calculation year − statistic's year
  Money max_services_per_task;
  Money max_fee;
  std::vector<PlausibilityThreshold> entries; // in file order, with descriptions, for display
};

// ---- the whole set ----

// One loaded file: its id (file name without .xml), data version and source, for report metadata.
struct ReferenceFileInfo {
  std::string id; // income-statistics, time-norms, activity-catalogue, plausibility
  std::string version;
  std::string path;
  std::string source;
};

struct ReferenceData {
  std::vector<GdpFigure> gdp; // in file order
  std::string income_legal_basis;
  std::vector<TimeNorm> norms;
  std::string norms_legal_basis;
  bool norms_verified = false;
  std::vector<CatalogueActivity> catalogue;
  std::string catalogue_notice;
  bool catalogue_verified = false;
  PlausibilityThresholds plausibility;
  std::vector<ReferenceFileInfo> files; // in load order

  const CatalogueActivity* find_activity(std::string_view id) const;
  const ReferenceFileInfo* file(std::string_view id) const;
};

struct ReferenceLoad {
  LoadResult result;
  ReferenceData data;
};

// Loads the four files from `data_dir`/reference (or from `data_dir` itself when it holds them).
// Stops at the first bad file; the result names it with line and column.
ReferenceLoad load_reference_data(const std::string& data_dir);

// Single-file readers; each fills its part of `out` and appends to out.files.
LoadResult read_income_statistics(const XmlSource& source, ReferenceData& out);
LoadResult read_time_norms(const XmlSource& source, ReferenceData& out);
LoadResult read_activity_catalogue(const XmlSource& source, ReferenceData& out);
LoadResult read_plausibility(const XmlSource& source, ReferenceData& out);

// Hours per unit (trip or page) of an official norm; scope is ignored for form filling.
// nullopt when the table has no such row (or kind is none).
std::optional<Quantity> norm_hours(const ReferenceData& data, NormKind kind, TravelScope scope,
                                   Area area);
// Hours of a task's norm: hours per unit × units.
std::optional<Quantity> norm_hours(const ReferenceData& data, const Norm& norm);
// The travel row of the norm table for a procedure handled at `level` (the applicant travels to
// the handling body): commune, district and provincial levels have their row; a central body has
// none (nullopt: the drafter picks the row, inter-regional or another).
std::optional<TravelScope> travel_scope_for(HandlingLevel level);

// The default figure for a new dossier: the latest verified GDP per capita in VND.
const GdpFigure* default_gdp_per_capita(const ReferenceData& data);

// One published way to the legal rate of a statistic's year (TT 03/2022 Art. 11(4) divides GDP
// by population × 12 × 22 × 8; the per-capita figure is GDP ÷ population as published, rounded):
// a derived IncomeRate with publisher and source. The two routes differ by that rounding.
struct LegalRoute {
  IncomeRate rate;
  bool verified = false; // every figure it uses was checked against the publication
};
// The routes of `year`: the GDP per capita (VND) when published, then GDP ÷ average population
// when both are. Empty when the year has no VND figure.
std::vector<LegalRoute> legal_rate_routes(const ReferenceData& data, int year);

// The legal rate for a calculation year: the statistics of the year before. When that year has no
// VND figure, the latest year that has one, with `fallback` set, so the UI can say the rule's year
// is not available and ask for a sourced figure.
struct LegalRate {
  IncomeRate rate; // the chosen route: the published GDP per capita where there is one
  bool verified = false;
  std::optional<LegalRoute> other_route; // GDP ÷ population of the same year, when published
  int wanted_year = 0;                   // calculation year − 1
  bool fallback = false;
};
std::optional<LegalRate> legal_rate_for(const ReferenceData& data, int calculation_year);

} // namespace cptt
