// The current and proposed worksheets of a procedure, task beside task (worksheet_comparison.h).
#include "cptt/worksheet_comparison.h"

#include "cptt/task_matching.h"

#include <stdexcept>

namespace cptt {

std::string_view to_id(TaskChange change) {
  switch (change) {
  case TaskChange::unchanged:
    return "unchanged";
  case TaskChange::changed:
    return "changed";
  case TaskChange::removed:
    return "removed";
  case TaskChange::added:
    break;
  }
  return "added";
}

namespace {

MoneyChange money(std::optional<Money> before, std::optional<Money> after) {
  MoneyChange c;
  c.delta = after.value_or(Money()) - before.value_or(Money());
  c.before = before;
  c.after = after;
  return c;
}

QuantityChange quantity(std::optional<Quantity> before, std::optional<Quantity> after) {
  QuantityChange c;
  c.delta = Quantity(after.value_or(Quantity()).value() - before.value_or(Quantity()).value());
  c.before = before;
  c.after = after;
  return c;
}

template <class T> std::optional<T> side(const T* value) {
  return value ? std::optional<T>(*value) : std::nullopt;
}

// One row: `a` and its result from the current sheet, `b` and its result from the proposed one;
// either side may be absent, not both.
TaskComparison row(const Task* a, const TaskResult* ra, const Task* b, const TaskResult* rb) {
  TaskComparison c;
  c.current_name = a ? a->name : std::string();
  c.proposed_name = b ? b->name : std::string();
  c.renamed = a != nullptr && b != nullptr && a->name != b->name;
  c.hours = quantity(a ? side(&a->hours) : std::nullopt, b ? side(&b->hours) : std::nullopt);
  c.services = money(a ? side(&a->services) : std::nullopt, b ? side(&b->services) : std::nullopt);
  c.other_costs =
      money(a ? side(&a->other_costs) : std::nullopt, b ? side(&b->other_costs) : std::nullopt);
  c.time_cost = money(side(ra ? &ra->time_cost : nullptr), side(rb ? &rb->time_cost : nullptr));
  c.task_cost = money(side(ra ? &ra->task_cost : nullptr), side(rb ? &rb->task_cost : nullptr));
  if (!b)
    c.change = TaskChange::removed;
  else if (!a)
    c.change = TaskChange::added;
  else
    c.change = c.renamed || !c.hours.delta.is_zero() || a->services != b->services ||
                       a->other_costs != b->other_costs || !c.task_cost.delta.is_zero()
                   ? TaskChange::changed
                   : TaskChange::unchanged;
  return c;
}

} // namespace

WorksheetComparison compare_worksheets(const Worksheet& current,
                                       const WorksheetResult& current_result,
                                       const Worksheet& proposed,
                                       const WorksheetResult& proposed_result) {
  if (current_result.tasks.size() != current.tasks.size() ||
      proposed_result.tasks.size() != proposed.tasks.size())
    throw std::invalid_argument("compare_worksheets: a result is not its worksheet's");
  const std::vector<int> a_to_b = match_tasks(current.tasks, proposed.tasks);
  std::vector<bool> paired(proposed.tasks.size(), false);
  for (int j : a_to_b)
    if (j >= 0)
      paired[static_cast<std::size_t>(j)] = true;

  WorksheetComparison out;
  for (std::size_t i = 0; i < current.tasks.size(); ++i) {
    const int j = a_to_b[i];
    const auto pj = static_cast<std::size_t>(j);
    TaskComparison c = j < 0 ? row(&current.tasks[i], &current_result.tasks[i], nullptr, nullptr)
                             : row(&current.tasks[i], &current_result.tasks[i], &proposed.tasks[pj],
                                   &proposed_result.tasks[pj]);
    c.current = i;
    if (j >= 0)
      c.proposed = pj;
    out.tasks.push_back(std::move(c));
  }
  // Each added task goes after the row holding the proposed task just before it (the first ones
  // at the top), so a task inserted in the middle of the proposed sheet shows there.
  for (std::size_t j = 0; j < proposed.tasks.size(); ++j) {
    if (paired[j])
      continue;
    std::size_t at = 0;
    for (std::size_t k = 0; k < out.tasks.size(); ++k)
      if (out.tasks[k].proposed && *out.tasks[k].proposed < j)
        at = k + 1;
    TaskComparison c = row(nullptr, nullptr, &proposed.tasks[j], &proposed_result.tasks[j]);
    c.proposed = j;
    out.tasks.insert(out.tasks.begin() + static_cast<std::ptrdiff_t>(at), std::move(c));
  }

  const WorksheetResult& a = current_result;
  const WorksheetResult& b = proposed_result;
  out.hourly_rate = money(a.hourly_rate, b.hourly_rate);
  out.tasks_total = money(a.tasks_total, b.tasks_total);
  out.fees_total = money(a.fees_total, b.fees_total);
  out.cost_per_filing = money(a.cost_per_filing, b.cost_per_filing);
  out.annual = money(a.annual, b.annual);
  out.frequency = quantity(a.frequency, b.frequency);
  out.subjects = quantity(a.subjects, b.subjects);
  out.reduction_percent = reduction_percent(a.annual, b.annual);
  return out;
}

} // namespace cptt
