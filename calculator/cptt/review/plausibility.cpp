#include "cptt/review/plausibility.h"

#include "cptt/engine.h"
#include "cptt/review/completeness.h"
#include "cptt/review/recompute.h"

namespace cptt::review {
namespace {

Arg num(std::string name, const Decimal& d) { return arg_number(std::move(name), d); }

Place rate_place(const IncomeRate& r) {
  Place place;
  place.rate = r.id;
  return place;
}

class Checker {
public:
  Checker(const Dossier& d, const ReferenceData& r, const DossierResult* computed,
          std::vector<Finding>& out)
      : dossier_(d), ref_(r), limits_(r.plausibility), computed_(computed), out_(out) {}

  void rates() {
    const int year = dossier_.draft.calculation_year;
    std::optional<LegalRate> legal;
    if (year > 0)
      legal = legal_rate_for(ref_, year);
    for (const IncomeRate& r : dossier_.rates) {
      const Place place = rate_place(r);
      if (year == 0)
        add("CPTT-N248", place, r.location, {});
      if (r.kind == IncomeRate::Kind::derived)
        derived(r, place);
      else
        direct(r, place, legal);
    }
  }

  void procedure(const Procedure& p) {
    procedure_ = &p;
    if (p.current)
      worksheet(*p.current);
    if (p.proposed)
      worksheet(*p.proposed);
    if (p.kind == ProcedureKind::amended && p.current && p.proposed)
      amended_costs_more(p);
  }

private:
  // A derived rate's figures against the published ones of its year, by the route it takes.
  void derived(const IncomeRate& r, const Place& place) {
    for (const GdpFigure& g : ref_.gdp) {
      if (g.year != r.year || (g.unit != "VND" && g.kind != FigureKind::population))
        continue;
      const char* variant = nullptr;
      std::optional<Decimal> given;
      if (g.kind == FigureKind::gdp_per_capita && r.gdp_per_capita)
        variant = "", given = r.gdp_per_capita->amount();
      else if (g.kind == FigureKind::gdp && r.gdp && !r.gdp_per_capita)
        variant = "gdp", given = r.gdp->amount();
      else if (g.kind == FigureKind::population && r.population && !r.gdp_per_capita)
        variant = "population", given = r.population->value();
      if (variant && *given != g.value)
        add("CPTT-W245", place, r.location,
            {arg_count("year", r.year), num("value", *given), num("published", g.value),
             arg("source", g.source)},
            variant);
    }
  }

  void direct(const IncomeRate& r, const Place& place, const std::optional<LegalRate>& legal) {
    if (!r.direct_rate)
      return;
    if (!legal) {
      add("CPTT-N249", place, r.location, {});
      return;
    }
    // Either published route is the legal rate (they differ by the rounding of the per-capita
    // figure): the direct rate is measured against the nearer one.
    std::optional<Decimal> deviation;
    Money legal_rate;
    for (const IncomeRate* route :
         {&legal->rate, legal->other_route ? &legal->other_route->rate : nullptr}) {
      if (!route)
        continue;
      const Money rate = hourly_rate(*route);
      if (rate.is_zero())
        continue;
      Decimal d = Decimal::divide((r.direct_rate->amount() - rate.amount()).abs() *
                                      Decimal::from_integer(100),
                                  rate.amount(), 2, Rounding::half_up);
      if (!deviation || d < *deviation) {
        deviation = d;
        legal_rate = rate;
      }
    }
    if (!deviation)
      return;
    Arg percent = arg("deviation", deviation->to_vietnamese(2));
    percent.value.en = deviation->to_fixed(2);
    std::vector<Arg> args{num("rate", r.direct_rate->amount()), arg_count("year", legal->rate.year),
                          num("legal", legal_rate.amount()), std::move(percent)};
    add(*deviation > limits_.max_rate_deviation_percent ? "CPTT-W247" : "CPTT-N246", place,
        r.location, std::move(args));
  }

  void worksheet(const Worksheet& w) {
    const Place sheet = sheet_place(w.variant, 0);
    Quantity filing_hours;
    bool task_over = false;
    std::string without_evidence;
    int index = 0;
    for (const Task& t : w.tasks) {
      ++index;
      const Place place = sheet_place(w.variant, index);
      bool documented = !t.evidence.empty();
      if (t.hours > limits_.max_task_hours) {
        task_over = true;
        add("CPTT-W241", place, t.location,
            {arg("name", t.name), num("hours", t.hours.value()),
             num("limit", limits_.max_task_hours.value())});
      }
      documented |= catalogue(t, place);
      documented |= norm(t, place);
      if (t.services.amount() > limits_.max_services_per_task.amount())
        add("CPTT-W254", place, t.location,
            {num("amount", t.services.amount()),
             num("limit", limits_.max_services_per_task.amount())});
      if (!documented && !(t.hours.is_zero() && t.services.is_zero() && t.other_costs.is_zero()))
        without_evidence += (without_evidence.empty() ? "" : ", ") + std::to_string(index);
      filing_hours = filing_hours + t.hours;
    }
    if (!task_over && filing_hours > limits_.max_task_hours)
      add("CPTT-W242", sheet, w.location,
          {num("hours", filing_hours.value()), num("limit", limits_.max_task_hours.value())});
    if (!without_evidence.empty())
      add("CPTT-W255", sheet, w.location, {arg("tasks", without_evidence)});
    int fee = 0;
    for (const Fee& f : w.fees) {
      Place place = sheet;
      place.fee = ++fee;
      if (f.amount.amount() > limits_.max_fee.amount())
        add("CPTT-W253", place, f.location,
            {arg("name", f.name), num("amount", f.amount.amount()),
             num("limit", limits_.max_fee.amount())});
    }
    counts(w, sheet);
  }

  void counts(const Worksheet& w, const Place& sheet) {
    if (w.frequency > limits_.max_frequency)
      add("CPTT-W250", sheet, w.location,
          {num("frequency", w.frequency.value()), num("limit", limits_.max_frequency.value())});
    if (w.frequency_evidence.empty())
      add("CPTT-W256", sheet, w.location, {});
    if (w.one_case || !w.subjects)
      return;
    if (w.subjects->is_zero())
      add("CPTT-W251", sheet, w.location, {});
    else if (*w.subjects > limits_.max_subjects)
      add("CPTT-W252", sheet, w.location,
          {num("subjects", w.subjects->value()), num("limit", limits_.max_subjects.value())});
    if (w.subjects_evidence.empty())
      add("CPTT-W257", sheet, w.location, {});
  }

  // True when the catalogue documents the hours (they equal its default for the complexity).
  bool catalogue(const Task& t, const Place& place) {
    if (t.catalogue_ref.empty())
      return false;
    const CatalogueActivity* a = ref_.find_activity(t.catalogue_ref);
    if (!a || a->norm != NormKind::none)
      return false;
    const std::optional<Quantity> complex = a->default_hours(Complexity::complex);
    if (complex) {
      const Decimal limit = complex->value() * limits_.hours_factor_over_catalogue;
      if (t.hours.value() > limit)
        add("CPTT-W240", place, t.location,
            {arg("name", t.name), num("hours", t.hours.value()),
             num("factor", limits_.hours_factor_over_catalogue), num("complex", complex->value()),
             arg("activity", a->name_vi)});
    }
    Complexity c{};
    if (!t.complexity.empty() && from_id(t.complexity, c))
      if (const std::optional<Quantity> d = a->default_hours(c))
        return *d == t.hours;
    return false;
  }

  // True when the official norm documents the hours (they equal norm × units).
  bool norm(const Task& t, const Place& place) {
    if (t.norm.kind == NormKind::none)
      return false;
    if (t.norm.units > limits_.max_norm_units)
      add("CPTT-W244", place, t.location,
          {num("units", t.norm.units.value()), num("limit", limits_.max_norm_units.value())});
    const std::optional<Quantity> expected = norm_hours(ref_, t.norm);
    if (!expected || *expected == t.hours)
      return expected.has_value();
    std::vector<Arg> args{arg("name", t.name), num("hours", t.hours.value()),
                          num("expected", expected->value())};
    if (t.evidence.empty()) {
      add("CPTT-W243", place, t.location, std::move(args));
    } else {
      args.push_back(arg("evidence", t.evidence));
      add("CPTT-N243", place, t.location, std::move(args));
    }
    return false;
  }

  // The procedure's figures from compute(dossier) when the review has them, else null.
  const ProcedureResult* computed_result(const Procedure& p) const {
    if (!computed_ || computed_->procedures.size() != dossier_.procedures.size())
      return nullptr;
    const auto i = static_cast<std::size_t>(&p - dossier_.procedures.data());
    if (i >= computed_->procedures.size() || computed_->procedures[i].id != p.id)
      return nullptr;
    return &computed_->procedures[i];
  }

  void amended_costs_more(const Procedure& p) {
    WorksheetResult cur, pro;
    const ProcedureResult* computed = computed_result(p);
    if (computed && computed->current && computed->proposed) {
      cur = *computed->current;
      pro = *computed->proposed;
    } else {
      try {
        cur = compute_worksheet(*p.current, dossier_);
        pro = compute_worksheet(*p.proposed, dossier_);
      } catch (const std::exception&) {
        return; // the recompute part reports inputs that cannot be computed
      }
    }
    if (pro.annual <= cur.annual && pro.cost_per_filing <= cur.cost_per_filing)
      return;
    add("CPTT-W258", {}, p.location,
        {num("current_filing", cur.cost_per_filing.amount()),
         num("proposed_filing", pro.cost_per_filing.amount()),
         num("current_annual", cur.annual.amount()), num("proposed_annual", pro.annual.amount())});
  }

  void add(const char* code, const Place& place, SourceLocation at, std::vector<Arg> args,
           std::string variant = {}) {
    out_.push_back(make_finding(code, procedure_ ? procedure_->id : "", place, at, std::move(args),
                                std::move(variant)));
  }

  const Dossier& dossier_;
  const ReferenceData& ref_;
  const PlausibilityThresholds& limits_;
  const DossierResult* computed_;
  std::vector<Finding>& out_;
  const Procedure* procedure_ = nullptr;
};

} // namespace

void check_plausibility(const Dossier& dossier, const ReferenceData& reference,
                        const std::vector<Finding>& rule_findings, std::vector<Finding>& out,
                        const DossierResult* computed) {
  for (const Finding& f : rule_findings)
    if (is_plausibility_rule(f.code))
      out.push_back(f);
  Checker c(dossier, reference, computed, out);
  c.rates();
  for (const Procedure& p : dossier.procedures)
    c.procedure(p);
}

} // namespace cptt::review
