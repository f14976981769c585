#pragma once
// Units, in both languages, from this one place: those of form questions (forms::Unit, read from
// the form definitions) and those the app and the documents write beside worksheet figures
// ("đ", "lần/năm" …). label() is the word ("giờ" / "hours"), symbol() the short form beside a
// figure ("đ" / "VND").
#include "cptt/language.h"

#include <string_view>

namespace cptt {

enum class Unit {
  none,
  days,
  months,
  years,
  hours,
  pages,
  vnd,
  people,
  count,
  percent,
  // Only beside worksheet figures (not a form question's unit: forms::from_id refuses them).
  vnd_per_year,
  vnd_per_hour,
  times_per_year,
  people_per_year
};

// The id in form files: "none", "days", "months", "years", "hours", "pages", "VND", "people",
// "count", "percent"; the worksheet units have none (from_id refuses them).
std::string_view to_id(Unit unit);
bool from_id(std::string_view id, Unit& out);
std::string_view label(Unit unit, Language language);
std::string_view symbol(Unit unit, Language language);

} // namespace cptt
