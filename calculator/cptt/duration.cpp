#include "cptt/duration.h"

namespace cptt {
namespace {

// In a function: a namespace-scope Decimal would be made before main, where a throw is uncaught.
const Decimal& sixty() {
  static const Decimal value = Decimal::from_integer(60);
  return value;
}

struct Words {
  const char* hours;
  const char* minutes;
  const char* about; // before an approximate duration
  const char* under; // more than zero, under half a minute
};
constexpr Words vi{"giờ", "phút", "khoảng ", "dưới 1 phút"};
constexpr Words en{"h", "min", "about ", "under 1 min"};

} // namespace

Minutes to_minutes(const Quantity& hours) {
  const Decimal& h = hours.value();
  Minutes out;
  out.minutes = (h * sixty()).rounded(0, Rounding::half_up);
  const Decimal back = Decimal::divide(out.minutes, sixty(), Decimal::max_scale, Rounding::half_up);
  out.exact = back == h || Decimal::divide(out.minutes, sixty(), Decimal::max_input_places,
                                           Rounding::half_up) == h;
  return out;
}

std::string duration_text(const Quantity& hours, Language language) {
  const Words& w = language == Language::en ? en : vi;
  const Minutes m = to_minutes(hours);
  if (m.minutes.is_zero() && !hours.is_zero())
    return w.under;
  const Decimal total = m.minutes.abs();
  const Decimal whole_hours = Decimal::divide(total, sixty(), 0, Rounding::toward_zero);
  const Decimal rest = total - whole_hours * sixty();
  std::string out = m.exact ? "" : w.about;
  if (m.minutes.is_negative())
    out += "−";
  if (!whole_hours.is_zero())
    out += whole_hours.to_vietnamese() + " " + w.hours;
  if (!rest.is_zero() || whole_hours.is_zero()) {
    if (!whole_hours.is_zero())
      out += " ";
    out += rest.to_canonical() + " " + w.minutes;
  }
  return out;
}

} // namespace cptt
