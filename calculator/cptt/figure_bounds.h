#pragma once
// The bounds of each figure a dossier holds. The dossier reader refuses a file with a figure
// outside them and the app refuses typed text outside them: one rule, read by both.
#include "cptt/decimal.h"

#include <optional>

namespace cptt {

enum class Figure {
  hours,          // a task's hours per filing (at most max_task_hours)
  services,       // a task's paid services, đồng
  other_costs,    // a task's other costs, đồng
  fee,            // a fee or charge, đồng
  frequency,      // times a year (above 0: a procedure done never costs nothing to assess)
  subjects,       // subjects a year
  norm_units,     // trips or pages of a time norm (above 0)
  gdp_per_capita, // an income rate's statistic, đồng
  gdp,            // an income rate's total GDP, đồng
  population,     // an income rate's population (above 0: it divides)
  direct_rate,    // an hourly rate given directly, đồng
};

enum class Bound {
  non_negative, // ≥ 0
  positive,     // > 0
};

// The most hours one task may take per filing: more is a typing slip (a year's hours typed for
// one filing), refused where it is read or typed.
inline constexpr int max_task_hours = 10000;

struct FigureRule {
  Bound bound = Bound::non_negative;
  std::optional<Decimal> max;
};

FigureRule rule_of(Figure figure);
bool within(const FigureRule& rule, const Decimal& value);

} // namespace cptt
