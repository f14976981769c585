#pragma once
// Dates as the files hold them (ISO 8601): one check for every reader, so that no file carries a
// day that does not exist (2024-13-45, 2023-02-29).
#include <string_view>

namespace cptt {

// "YYYY-MM-DD" naming a real day of the Gregorian calendar.
bool is_iso_date(std::string_view text);
// A date, optionally followed by a time "THH:MM" or "THH:MM:SS" and "Z": a real day and a real
// time of day (hours 00–23, minutes and seconds 00–59).
bool is_iso_date_time(std::string_view text);

} // namespace cptt
