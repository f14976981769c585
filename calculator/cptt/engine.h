#pragma once
// The standard cost model (TT 03/2022 Art. 11(4), 12(4)): task time cost and task cost, cost of one
// filing, annual cost, before / after per procedure by kind, saving and reduction %, and the
// draft's totals. Every money figure is whole đồng, rounded half-up, and computed from the rounded
// figures it depends on (the law gives no rounding rule), so a reviewer with a calculator
// reproduces each line.
#include "cptt/model.h"
#include "cptt/text.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace cptt {

// The working hours in a year that the legal rate divides by: 12 months × 22 days × 8 hours.
inline constexpr int months_per_year = 12;
inline constexpr int working_days_per_month = 22;
inline constexpr int hours_per_working_day = 8;
inline constexpr int working_hours_per_year =
    months_per_year * working_days_per_month * hours_per_working_day; // 2112

// A dossier the engine cannot compute (unknown rate, a derived rate without its figures ...).
class EngineError : public Error {
public:
  using Error::Error;
};

struct TaskResult {
  Money time_cost; // hours × hourly rate, whole đồng
  Money task_cost; // time cost + services + other costs, whole đồng
};

struct WorksheetResult {
  Worksheet::Variant variant = Worksheet::Variant::current;
  std::string rate_id;
  Money hourly_rate;
  std::vector<TaskResult> tasks;
  Money tasks_total;     // Σ task cost
  Money fees_total;      // Σ fees
  Money cost_per_filing; // tasks_total + fees_total
  Quantity frequency;
  Quantity subjects; // 1 when one_case
  bool one_case = false;
  Money annual; // cost per filing × frequency × subjects, whole đồng
};

struct ProcedureResult {
  std::string id;
  ProcedureKind kind = ProcedureKind::new_procedure;
  std::optional<WorksheetResult> current;
  std::optional<WorksheetResult> proposed;
  Money before; // by kind: new 0; amended, detailed, abolished: current annual
  Money after;  // by kind: abolished 0; new, amended, detailed: proposed annual
  Money saving; // before − after
  std::optional<Decimal> reduction_percent; // saving / before × 100, 2 places; none when before 0
};

struct DossierTotals {
  Money before;
  Money after;
  Money net_change;                         // after − before (positive: the draft adds burden)
  Money saving;                             // before − after (negative: the draft adds burden)
  Money added_by_new;                       // Σ after of new procedures
  Money saved_by_amendments;                // Σ saving of amended and detailed procedures
  Money saved_by_abolitions;                // Σ before of abolished procedures
  std::optional<Decimal> reduction_percent; // (before − after) / before × 100
};

struct RateResult {
  std::string id;
  Money hourly_rate;
};

struct DossierResult {
  std::vector<RateResult> rates;
  std::vector<ProcedureResult> procedures; // in dossier order
  DossierTotals totals;

  const ProcedureResult* find(std::string_view procedure_id) const;
};

// The hourly income rate: derived = GDP per capita / 2112 (or GDP / (population × 2112)),
// whole đồng half-up; direct = the entered rate as it is.
Money hourly_rate(const IncomeRate& rate);
// A derived rate's quotient before its rounding to whole đồng, to `places` decimals (half-up), so
// screens and documents can show the rounding the rate went through. Direct: the rate itself.
Decimal hourly_rate_before_rounding(const IncomeRate& rate, int places);
// The reduction percentage, 2 places half-up, sign kept; none when before is 0.
std::optional<Decimal> reduction_percent(const Money& before, const Money& after);

TaskResult compute_task(const Task& task, const Money& rate);
WorksheetResult compute_worksheet(const Worksheet& worksheet, const Dossier& dossier);
ProcedureResult compute_procedure(const Procedure& procedure, const Dossier& dossier);
// Totals from per-procedure results; lets the app recompute one procedure and re-add the rest.
DossierTotals sum_totals(const std::vector<ProcedureResult>& procedures);
DossierResult compute(const Dossier& dossier);

} // namespace cptt
