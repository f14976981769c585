#include "cptt/figure_bounds.h"

namespace cptt {

FigureRule rule_of(Figure figure) {
  switch (figure) {
  case Figure::hours:
    return {Bound::non_negative, Decimal::from_integer(max_task_hours)};
  case Figure::frequency:
  case Figure::norm_units:
  case Figure::population:
    return {Bound::positive, std::nullopt};
  case Figure::services:
  case Figure::other_costs:
  case Figure::fee:
  case Figure::subjects:
  case Figure::gdp_per_capita:
  case Figure::gdp:
  case Figure::direct_rate:
    break;
  }
  return {Bound::non_negative, std::nullopt};
}

bool within(const FigureRule& rule, const Decimal& value) {
  if (value.is_negative() || (rule.bound == Bound::positive && value.is_zero()))
    return false;
  return !rule.max || !(value > *rule.max);
}

} // namespace cptt
