#include "cptt/dates.h"

namespace cptt {
namespace {

// The value of `count` digits at `from`, or -1 when they are not all digits.
int number_at(std::string_view text, std::size_t from, std::size_t count) {
  if (text.size() < from + count)
    return -1;
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9')
      return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

} // namespace

bool is_iso_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-')
    return false;
  const int year = number_at(t, 0, 4), month = number_at(t, 5, 2), day = number_at(t, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1)
    return false;
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool is_iso_date_time(std::string_view t) {
  if (t.size() < 10 || !is_iso_date(t.substr(0, 10)))
    return false;
  std::string_view time = t.substr(10);
  if (time.empty())
    return true;
  if (time.back() == 'Z')
    time.remove_suffix(1);
  if ((time.size() != 6 && time.size() != 9) || time[0] != 'T' || time[3] != ':')
    return false;
  const int hours = number_at(time, 1, 2), minutes = number_at(time, 4, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
    return false;
  if (time.size() == 6)
    return true;
  const int seconds = number_at(time, 7, 2);
  return time[6] == ':' && seconds >= 0 && seconds <= 59;
}

} // namespace cptt
