#include "cptt/units.h"

#include <array>

namespace cptt {
namespace {

struct UnitTexts {
  Unit unit;
  std::string_view id;                   // in form files
  std::string_view vi, en;               // the word
  std::string_view symbol_vi, symbol_en; // beside a figure (empty: the word)
};

constexpr std::array<UnitTexts, 14> units{{
    {Unit::none, "none", "", "", "", ""},
    {Unit::days, "days", "ngày", "days", "", ""},
    {Unit::months, "months", "tháng", "months", "", ""},
    {Unit::years, "years", "năm", "years", "", ""},
    {Unit::hours, "hours", "giờ", "hours", "", ""},
    {Unit::pages, "pages", "trang", "pages", "", ""},
    {Unit::vnd, "VND", "đồng", "VND", "đ", "VND"},
    {Unit::people, "people", "người", "people", "", ""},
    {Unit::count, "count", "lần", "times", "", ""},
    {Unit::percent, "percent", "%", "%", "", ""},
    {Unit::vnd_per_year, "", "đồng/năm", "VND/year", "đ/năm", "VND/year"},
    {Unit::vnd_per_hour, "", "đồng/giờ", "VND/hour", "đ/giờ", "VND/hour"},
    {Unit::times_per_year, "", "lần/năm", "times/year", "", ""},
    {Unit::people_per_year, "", "người/năm", "people/year", "", ""},
}};

const UnitTexts& texts(Unit unit) {
  for (const UnitTexts& t : units)
    if (t.unit == unit)
      return t;
  return units.front();
}

} // namespace

std::string_view to_id(Unit unit) { return texts(unit).id; }

bool from_id(std::string_view id, Unit& out) {
  if (id.empty())
    return false;
  for (const UnitTexts& t : units)
    if (t.id == id) {
      out = t.unit;
      return true;
    }
  return false;
}

std::string_view label(Unit unit, Language language) {
  const UnitTexts& t = texts(unit);
  return language == Language::en ? t.en : t.vi;
}

std::string_view symbol(Unit unit, Language language) {
  const UnitTexts& t = texts(unit);
  const std::string_view s = language == Language::en ? t.symbol_en : t.symbol_vi;
  return s.empty() ? label(unit, language) : s;
}

} // namespace cptt
