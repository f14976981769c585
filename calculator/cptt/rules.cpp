#include "cptt/rules.h"

namespace cptt {
namespace {

Place sheet_place(const Worksheet& w) {
  Place place;
  place.worksheet = w.variant;
  return place;
}

void check_worksheet(const Procedure& p, const Worksheet& w, std::vector<Finding>& out) {
  if (w.tasks.empty() && w.fees.empty())
    out.push_back(make_finding("CPTT-W010", p.id, sheet_place(w), w.location));
  int index = 0;
  for (const Task& t : w.tasks) {
    Place place = sheet_place(w);
    place.task = ++index;
    if (t.name.empty())
      out.push_back(make_finding("CPTT-E005", p.id, place, t.location));
    if (t.hours.is_zero() && t.services.is_zero() && t.other_costs.is_zero())
      out.push_back(make_finding("CPTT-W011", p.id, place, t.location, {arg("name", t.name)}));
  }
  index = 0;
  for (const Fee& f : w.fees) {
    Place place = sheet_place(w);
    place.fee = ++index;
    if (f.name.empty())
      out.push_back(make_finding("CPTT-E006", p.id, place, f.location));
    if (f.legal_basis.empty())
      out.push_back(make_finding("CPTT-W012", p.id, place, f.location, {arg("name", f.name)}));
  }
  if (w.one_case && w.subjects_evidence.empty())
    out.push_back(make_finding("CPTT-W013", p.id, sheet_place(w), w.location));
}

Place input_place(std::string input) {
  Place place;
  place.input = std::move(input);
  return place;
}

// The year Vietnam's local government became two-level (no district level from 1 July 2025): a
// draft calculated from then on cannot send a filer to a district body.
constexpr int first_year_without_districts = 2025;

void check_district_level(const Dossier& d, const Procedure& p, std::vector<Finding>& out) {
  if (d.draft.calculation_year < first_year_without_districts)
    return;
  const Arg year = arg_count("year", d.draft.calculation_year);
  if (p.level == HandlingLevel::district)
    out.push_back(make_finding("CPTT-W014", p.id, input_place("level"), p.location,
                               {arg("name", p.name), year}));
  for (const Worksheet* w :
       {p.current ? &*p.current : nullptr, p.proposed ? &*p.proposed : nullptr}) {
    if (!w)
      continue;
    int index = 0;
    for (const Task& t : w->tasks) {
      ++index;
      if (t.norm.kind != NormKind::travel || t.norm.scope != TravelScope::district)
        continue;
      Place place = sheet_place(*w);
      place.task = index;
      out.push_back(make_finding("CPTT-W014", p.id, place, t.location, {arg("name", t.name), year},
                                 "travel"));
    }
  }
}

void check_rate_year(const Dossier& d, const IncomeRate& r, const Place& place, RateYearRule rule,
                     std::vector<Finding>& out) {
  const int year = d.draft.calculation_year;
  if (r.kind != IncomeRate::Kind::derived || year <= 0)
    return;
  const std::vector<Arg> args{arg_count("year", r.year), arg_count("calculation_year", year),
                              arg_count("expected", year - 1)};
  if (rule == RateYearRule::year_before && r.year != year - 1)
    out.push_back(make_finding("CPTT-W003", "", place, r.location, args));
  else if (rule == RateYearRule::latest_published && r.year >= year)
    out.push_back(make_finding("CPTT-W003", "", place, r.location, args, "latest-published"));
}

} // namespace

RateYearRule rate_year_rule(std::string_view generation) {
  return generation == "TT07-2014" ? RateYearRule::latest_published : RateYearRule::year_before;
}

std::vector<Finding> check_rules(const Dossier& d, const RuleContext& context) {
  std::vector<Finding> out;
  if (d.draft.title.empty())
    out.push_back(make_finding("CPTT-E003", "", input_place("title"), {}));
  if (d.procedures.empty())
    out.push_back(make_finding("CPTT-W001", "", {}, {}));
  for (const IncomeRate& r : d.rates) {
    Place place;
    place.rate = r.id;
    if (r.source.empty())
      out.push_back(make_finding("CPTT-W002", "", place, r.location, {arg("rate", r.id)}));
    check_rate_year(d, r, place, context.rate_year, out);
  }
  for (const Procedure& p : d.procedures) {
    if (p.name.empty())
      out.push_back(make_finding("CPTT-E004", p.id, input_place("name"), p.location));
    if (has_current(p.kind) && !p.current)
      out.push_back(make_finding("CPTT-E001", p.id, {}, p.location,
                                 {arg("name", p.name), arg_kind("kind", p.kind)}));
    if (has_proposed(p.kind) && !p.proposed)
      out.push_back(make_finding("CPTT-E002", p.id, {}, p.location,
                                 {arg("name", p.name), arg_kind("kind", p.kind)}));
    if ((p.kind == ProcedureKind::amended || p.kind == ProcedureKind::abolished) &&
        p.simplification.empty())
      out.push_back(make_finding("CPTT-W004", p.id, input_place("simplification"), p.location, {},
                                 p.kind == ProcedureKind::abolished ? "abolished" : ""));
    if (p.articles.empty())
      out.push_back(make_finding("CPTT-W005", p.id, input_place("articles"), p.location));
    check_district_level(d, p, out);
    if (p.current)
      check_worksheet(p, *p.current, out);
    if (p.proposed)
      check_worksheet(p, *p.proposed, out);
  }
  return out;
}

} // namespace cptt
