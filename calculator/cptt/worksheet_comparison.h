#pragma once
// A procedure's current worksheet beside its proposed one: each task of the current sheet with
// its counterpart (cptt::match_tasks), the difference of each figure, the tasks removed or added,
// and the difference of the totals, so the simplification reads at a glance. Figures are the
// engine's results, differences exact (no rounding: both sides are already whole đồng).
//
//   const cptt::DossierResult r = cptt::compute(dossier);
//   const cptt::ProcedureResult* pr = r.find(p.id);
//   const cptt::WorksheetComparison c =
//       cptt::compare_worksheets(*p.current, *pr->current, *p.proposed, *pr->proposed);
//   for (const cptt::TaskComparison& row : c.tasks)
//     std::cout << row.current_name << " → " << row.proposed_name << ' '
//               << row.task_cost.delta.amount().to_canonical() << '\n';
#include "cptt/engine.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cptt {

// A figure on both sides; a side is absent for a removed or added task. delta = after − before,
// an absent side counting as 0.
struct MoneyChange {
  std::optional<Money> before, after;
  Money delta;
};
struct QuantityChange {
  std::optional<Quantity> before, after;
  Quantity delta; // negative when the figure went down
};

enum class TaskChange {
  unchanged, // the same name and figures
  changed,   // paired, with another name or another figure
  removed,   // in the current sheet only
  added,     // in the proposed sheet only
};
std::string_view to_id(TaskChange change); // "unchanged", "changed", "removed", "added"

struct TaskComparison {
  TaskChange change = TaskChange::unchanged;
  std::optional<std::size_t> current;      // its index in the current sheet
  std::optional<std::size_t> proposed;     // its index in the proposed sheet
  std::string current_name, proposed_name; // "" on the absent side
  bool renamed = false;                    // paired, under another name
  QuantityChange hours;
  MoneyChange services, other_costs;
  MoneyChange time_cost, task_cost; // the engine's
};

struct WorksheetComparison {
  // The current sheet's order; an added task comes after the row of the proposed task before it.
  std::vector<TaskComparison> tasks;
  MoneyChange hourly_rate, tasks_total, fees_total, cost_per_filing, annual;
  QuantityChange frequency, subjects;
  std::optional<Decimal> reduction_percent; // of the annual cost, 2 places; none when before is 0
};

WorksheetComparison compare_worksheets(const Worksheet& current,
                                       const WorksheetResult& current_result,
                                       const Worksheet& proposed,
                                       const WorksheetResult& proposed_result);

} // namespace cptt
