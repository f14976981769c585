#pragma once
// A duration from a table (a catalogue activity's default hours, an official time norm × units)
// in the words a drafter reads: "5 phút", "1 giờ 30 phút", "2 giờ"; "5 min", "1 h 30 min", "2 h".
// The hours stay the figure the worksheet computes with; these words are for reading only.
//
// Rounding: the duration is said to the whole minute, hours × 60 rounded half-up (the project's
// rule, named here). It is exact, and said without "khoảng" / "about", when the hours are a whole
// number of minutes as the hours are written: hours carry at most Decimal::max_input_places
// decimals, so a whole number of minutes whose hours do not terminate is written as its 6-place
// half-up rounding (5 min = 0.083333 h), the catalogue's own rule (its loader checks it). Every
// default of the catalogue and every official norm is then exact. Anything else (0.33 h = 19.8
// min) is "khoảng 20 phút" / "about 20 min"; more than zero but under half a minute is "dưới 1
// phút" / "under 1 min". Whole hours are grouped Vietnamese style in both languages ("1.000 giờ").
#include "cptt/language.h"
#include "cptt/quantity.h"

#include <cstdint>
#include <string>

namespace cptt {

struct Minutes {
  Decimal minutes;    // whole minutes, hours × 60 rounded half-up; negative for negative hours
  bool exact = false; // the hours are these minutes as written (see above)
};

// Whole minutes of `hours`, and whether they are exact.
Minutes to_minutes(const Quantity& hours);

// The words for `hours`: "1 giờ 30 phút", "khoảng 20 phút", "dưới 1 phút", "0 phút" (and in
// English "1 h 30 min", "about 20 min", "under 1 min", "0 min"). Negative hours (never valid
// input) are said with a minus sign.
std::string duration_text(const Quantity& hours, Language language);

} // namespace cptt
