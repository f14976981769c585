#include "cptt/reference/reference_data.h"

#include <algorithm>
#include <filesystem>

namespace cptt {
namespace {

constexpr std::array<std::pair<Complexity, std::string_view>, 3> complexity_ids{
    {{Complexity::simple, "simple"},
     {Complexity::medium, "medium"},
     {Complexity::complex, "complex"}}};

// A GDP-per-capita figure usable for the legal rate: in đồng, not a comparison statistic.
bool is_legal_basis(const GdpFigure& f) {
  return f.kind == FigureKind::gdp_per_capita && f.unit == "VND";
}

} // namespace

std::string_view to_id(Complexity c) {
  for (const auto& [value, id] : complexity_ids)
    if (value == c)
      return id;
  return {};
}

bool from_id(std::string_view id, Complexity& out) {
  for (const auto& [value, text] : complexity_ids)
    if (text == id) {
      out = value;
      return true;
    }
  return false;
}

std::string_view label(Complexity c, Language l) {
  const bool en = l == Language::en;
  switch (c) {
  case Complexity::simple:
    return en ? "simple" : "đơn giản";
  case Complexity::medium:
    return en ? "medium" : "trung bình";
  case Complexity::complex:
    break;
  }
  return en ? "complex" : "phức tạp";
}

std::optional<Quantity> CatalogueActivity::default_hours(Complexity complexity) const {
  if (norm != NormKind::none)
    return std::nullopt;
  return hours[static_cast<std::size_t>(complexity)];
}

const CatalogueActivity* ReferenceData::find_activity(std::string_view id) const {
  for (const auto& a : catalogue)
    if (a.id == id)
      return &a;
  return nullptr;
}

const ReferenceFileInfo* ReferenceData::file(std::string_view id) const {
  for (const auto& f : files)
    if (f.id == id)
      return &f;
  return nullptr;
}

ReferenceLoad load_reference_data(const std::string& data_dir) {
  namespace fs = std::filesystem;
  ReferenceLoad load;
  // CPTT_DATA_DIR names data/; a ministry's drop-in folder may hold the files directly.
  fs::path dir(data_dir);
  if (fs::is_directory(dir / "reference"))
    dir /= "reference";
  using Reader = LoadResult (*)(const XmlSource&, ReferenceData&);
  const std::pair<const char*, Reader> files[] = {
      {"income-statistics.xml", &read_income_statistics},
      {"time-norms.xml", &read_time_norms},
      {"activity-catalogue.xml", &read_activity_catalogue},
      {"plausibility.xml", &read_plausibility}};
  for (const auto& [name, read] : files) {
    XmlSource source = XmlSource::from_file((dir / name).string());
    load.result = read(source, load.data);
    if (!load.result)
      return load;
  }
  return load;
}

std::optional<Quantity> norm_hours(const ReferenceData& data, NormKind kind, TravelScope scope,
                                   Area area) {
  if (kind == NormKind::none)
    return std::nullopt;
  for (const TimeNorm& n : data.norms)
    if (n.kind == kind && (kind != NormKind::travel || n.scope == scope))
      return n.hours_for(area);
  return std::nullopt;
}

std::optional<Quantity> norm_hours(const ReferenceData& data, const Norm& norm) {
  auto per_unit = norm_hours(data, norm.kind, norm.scope, norm.area);
  if (!per_unit)
    return std::nullopt;
  return *per_unit * norm.units;
}

std::optional<TravelScope> travel_scope_for(HandlingLevel level) {
  switch (level) {
  case HandlingLevel::commune:
    return TravelScope::commune;
  case HandlingLevel::district:
    return TravelScope::district;
  case HandlingLevel::provincial:
    return TravelScope::provincial;
  case HandlingLevel::central:
    return std::nullopt;
  }
  return std::nullopt;
}

const GdpFigure* default_gdp_per_capita(const ReferenceData& data) {
  const GdpFigure* best = nullptr;
  for (const GdpFigure& f : data.gdp)
    if (is_legal_basis(f) && f.verified && (!best || f.year > best->year))
      best = &f;
  return best;
}

std::vector<LegalRoute> legal_rate_routes(const ReferenceData& data, int year) {
  // A year's figure of a kind and unit, the verified one first when a file holds both.
  auto figure = [&](FigureKind kind, std::string_view unit) {
    const GdpFigure* found = nullptr;
    for (const GdpFigure& f : data.gdp)
      if (f.kind == kind && f.unit == unit && f.year == year && (!found || f.verified))
        found = &f;
    return found;
  };
  auto route = [&](std::string id, const GdpFigure& main, bool verified) {
    LegalRoute r;
    r.verified = verified;
    r.rate.id = std::move(id);
    r.rate.kind = IncomeRate::Kind::derived;
    r.rate.year = year;
    r.rate.publisher = main.publisher;
    r.rate.source = main.source;
    return r;
  };
  std::vector<LegalRoute> routes;
  if (const GdpFigure* per_capita = figure(FigureKind::gdp_per_capita, "VND")) {
    LegalRoute r = route("gdp-" + std::to_string(year), *per_capita, per_capita->verified);
    r.rate.gdp_per_capita = Money(per_capita->value);
    routes.push_back(std::move(r));
  }
  const GdpFigure* gdp = figure(FigureKind::gdp, "VND");
  const GdpFigure* population = figure(FigureKind::population, "persons");
  if (gdp && population && !population->value.is_zero()) {
    LegalRoute r =
        route("gdp-dan-so-" + std::to_string(year), *gdp, gdp->verified && population->verified);
    r.rate.gdp = Money(gdp->value);
    r.rate.population = Quantity(population->value);
    if (population->source != gdp->source)
      r.rate.source += " " + population->source;
    routes.push_back(std::move(r));
  }
  return routes;
}

std::optional<LegalRate> legal_rate_for(const ReferenceData& data, int calculation_year) {
  if (!is_calculation_year(calculation_year)) // e.g. a year still being typed, or -2147483648
    return std::nullopt;
  LegalRate legal;
  legal.wanted_year = calculation_year - 1;
  std::vector<LegalRoute> routes = legal_rate_routes(data, legal.wanted_year);
  if (routes.empty()) {
    legal.fallback = true;
    // The latest year before the calculation with a verified route, else with any (still
    // flagged): a statistic of the calculation year itself is not published during it.
    int latest = 0, latest_verified = 0;
    for (const GdpFigure& f : data.gdp)
      if (f.year < calculation_year && (f.unit == "VND" || f.kind == FigureKind::population))
        for (const LegalRoute& r : legal_rate_routes(data, f.year)) {
          latest = std::max(latest, f.year);
          if (r.verified)
            latest_verified = std::max(latest_verified, f.year);
        }
    const int year = latest_verified != 0 ? latest_verified : latest;
    if (year != 0)
      routes = legal_rate_routes(data, year);
  }
  if (routes.empty())
    return std::nullopt;
  // The chosen route is verified where one is: the per-capita figure when both are alike.
  std::stable_partition(routes.begin(), routes.end(),
                        [](const LegalRoute& r) { return r.verified; });
  legal.rate = std::move(routes.front().rate);
  legal.verified = routes.front().verified;
  if (routes.size() > 1)
    legal.other_route = std::move(routes[1]);
  return legal;
}

} // namespace cptt
