#include "cptt/engine.h"

namespace cptt {
namespace {

constexpr Rounding money_rounding = Rounding::half_up;
constexpr int percent_places = 2;

const IncomeRate& rate_of(const Worksheet& worksheet, const Dossier& dossier) {
  const IncomeRate* rate = dossier.find_rate(worksheet.rate_id);
  if (!rate)
    throw EngineError(
        {"bảng tính dùng mức thu nhập không tồn tại: \"" + worksheet.rate_id + "\"",
         "the worksheet names an income rate that does not exist: \"" + worksheet.rate_id + "\""});
  return *rate;
}

} // namespace

const ProcedureResult* DossierResult::find(std::string_view procedure_id) const {
  for (const auto& p : procedures)
    if (p.id == procedure_id)
      return &p;
  return nullptr;
}

namespace {

// The legal rate is dividend / divisor: GDP per capita / 2112, or GDP / (population × 2112).
std::pair<Decimal, Decimal> rate_quotient(const IncomeRate& rate) {
  const Decimal hours = Decimal::from_integer(working_hours_per_year);
  if (rate.gdp_per_capita)
    return {rate.gdp_per_capita->amount(), hours};
  if (rate.gdp && rate.population) {
    if (rate.population->is_zero())
      throw EngineError({"mức thu nhập \"" + rate.id + "\": dân số bằng 0",
                         "income rate \"" + rate.id + "\": the population is zero"});
    return {rate.gdp->amount(), rate.population->value() * hours};
  }
  throw EngineError(
      {"mức thu nhập \"" + rate.id + "\" thiếu GDP bình quân đầu người (hoặc GDP và dân số)",
       "income rate \"" + rate.id + "\" lacks the GDP per capita (or the GDP and the population)"});
}

const Money& direct_value(const IncomeRate& rate) {
  if (!rate.direct_rate)
    throw EngineError({"mức thu nhập \"" + rate.id + "\" thiếu giá trị",
                       "income rate \"" + rate.id + "\" has no value"});
  return *rate.direct_rate;
}

} // namespace

Money hourly_rate(const IncomeRate& rate) {
  if (rate.kind == IncomeRate::Kind::direct)
    return direct_value(rate);
  const auto [dividend, divisor] = rate_quotient(rate);
  return Money(Decimal::divide(dividend, divisor, 0, money_rounding));
}

Decimal hourly_rate_before_rounding(const IncomeRate& rate, int places) {
  if (rate.kind == IncomeRate::Kind::direct)
    return direct_value(rate).amount();
  const auto [dividend, divisor] = rate_quotient(rate);
  return Decimal::divide(dividend, divisor, places, money_rounding);
}

std::optional<Decimal> reduction_percent(const Money& before, const Money& after) {
  if (before.is_zero())
    return std::nullopt;
  Decimal saving = before.amount() - after.amount();
  return Decimal::divide(saving * Decimal::from_integer(100), before.amount(), percent_places,
                         money_rounding);
}

TaskResult compute_task(const Task& task, const Money& rate) {
  TaskResult r;
  r.time_cost = (rate * task.hours).whole(money_rounding);
  r.task_cost = (r.time_cost + task.services + task.other_costs).whole(money_rounding);
  return r;
}

namespace {

constexpr std::size_t prefetch_distance = 8;

// The figures compute_task reads (hours, services, other costs) lead the Task and span at most two
// cache lines: their first and last bytes name both.
void prefetch_figures(const Task& task) {
  __builtin_prefetch(&task.hours);
  __builtin_prefetch(reinterpret_cast<const char*>(&task.other_costs + 1) - 1);
}

WorksheetResult compute_with_rate(const Worksheet& worksheet, const Money& rate) {
  WorksheetResult r;
  r.variant = worksheet.variant;
  r.rate_id = worksheet.rate_id;
  r.hourly_rate = rate;
  const std::vector<Task>& tasks = worksheet.tasks;
  r.tasks.reserve(tasks.size());
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    // Tasks are large (their texts sit between the figures): on a big dossier the figures come
    // from memory, so ask for them a few tasks ahead.
    if (i + prefetch_distance < tasks.size())
      prefetch_figures(tasks[i + prefetch_distance]);
    r.tasks.push_back(compute_task(tasks[i], r.hourly_rate));
    r.tasks_total += r.tasks.back().task_cost;
  }
  for (const Fee& fee : worksheet.fees)
    r.fees_total += fee.amount;
  r.cost_per_filing = (r.tasks_total + r.fees_total).whole(money_rounding);
  r.frequency = worksheet.frequency;
  r.one_case = worksheet.one_case || !worksheet.subjects;
  r.subjects = r.one_case ? Quantity::from_integer(1) : *worksheet.subjects;
  r.annual = (r.cost_per_filing * (r.frequency * r.subjects)).whole(money_rounding);
  return r;
}

// The dossier's rates, computed once per dossier rather than once per worksheet.
class RateTable {
public:
  explicit RateTable(const Dossier& dossier) : dossier_(dossier) {
    for (const IncomeRate& rate : dossier.rates)
      rates_.push_back({rate.id, hourly_rate(rate)});
  }
  const std::vector<RateResult>& results() const { return rates_; }
  const Money& rate_for(const Worksheet& worksheet) const {
    for (const RateResult& r : rates_)
      if (r.id == worksheet.rate_id)
        return r.hourly_rate;
    rate_of(worksheet, dossier_); // throws the unknown-rate error
    throw EngineError({"không tìm thấy mức thu nhập \"" + worksheet.rate_id + "\"",
                       "income rate \"" + worksheet.rate_id + "\" not found"});
  }

private:
  const Dossier& dossier_;
  std::vector<RateResult> rates_;
};

ProcedureResult compute_procedure(const Procedure& procedure, const RateTable& rates) {
  ProcedureResult r;
  r.id = procedure.id;
  r.kind = procedure.kind;
  if (procedure.current && has_current(procedure.kind))
    r.current = compute_with_rate(*procedure.current, rates.rate_for(*procedure.current));
  if (procedure.proposed && has_proposed(procedure.kind))
    r.proposed = compute_with_rate(*procedure.proposed, rates.rate_for(*procedure.proposed));
  if (has_current(procedure.kind) && r.current)
    r.before = r.current->annual;
  if (has_proposed(procedure.kind) && r.proposed)
    r.after = r.proposed->annual;
  r.saving = r.before - r.after;
  r.reduction_percent = reduction_percent(r.before, r.after);
  return r;
}

} // namespace

WorksheetResult compute_worksheet(const Worksheet& worksheet, const Dossier& dossier) {
  return compute_with_rate(worksheet, hourly_rate(rate_of(worksheet, dossier)));
}

ProcedureResult compute_procedure(const Procedure& procedure, const Dossier& dossier) {
  return compute_procedure(procedure, RateTable(dossier));
}

DossierTotals sum_totals(const std::vector<ProcedureResult>& procedures) {
  DossierTotals t;
  for (const ProcedureResult& p : procedures) {
    t.before += p.before;
    t.after += p.after;
    switch (p.kind) {
    case ProcedureKind::new_procedure:
      t.added_by_new += p.after;
      break;
    case ProcedureKind::amended:
    case ProcedureKind::detailed:
      t.saved_by_amendments += p.saving;
      break;
    case ProcedureKind::abolished:
      t.saved_by_abolitions += p.before;
      break;
    }
  }
  t.net_change = t.after - t.before;
  t.saving = t.before - t.after;
  t.reduction_percent = reduction_percent(t.before, t.after);
  return t;
}

DossierResult compute(const Dossier& dossier) {
  DossierResult r;
  const RateTable rates(dossier);
  r.rates = rates.results();
  r.procedures.reserve(dossier.procedures.size());
  for (const Procedure& p : dossier.procedures) {
    try {
      r.procedures.push_back(compute_procedure(p, rates));
    } catch (const OverflowError& e) {
      // Name the procedure, so the drafter knows where the oversized figure is.
      throw OverflowError(Text{"thủ tục \"" + p.id + "\": ", "procedure \"" + p.id + "\": "} +
                          e.text());
    }
  }
  r.totals = sum_totals(r.procedures);
  return r;
}

} // namespace cptt
