#pragma once
// Text conversions between the core and the screen: UTF-8 strings, Vietnamese number display
// (1.234.567 đ, 12,5), and parsing of typed numbers in either style. Formatting only: no cost is
// computed here.
#include "cptt/decimal.h"
#include "cptt/figure_bounds.h"
#include "cptt/money.h"
#include "cptt/quantity.h"

#include <QString>

#include <optional>
#include <string>

namespace cptt::bridge {

inline QString toQ(const std::string& s) { return QString::fromStdString(s); }
inline QString toQ(std::string_view s) {
  return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
inline QString toQ(const char* s) { return QString::fromUtf8(s); }
inline std::string toStd(const QString& s) { return s.toStdString(); }

// "1.234.567 đ"
QString dong(const Money& amount);
// "1,5" (a quantity in Vietnamese style, no unit)
QString number(const Quantity& value);
QString number(const Decimal& value);
// "32,00 %", or an em dash when there is no percentage (before was 0).
QString percent(const std::optional<Decimal>& value);

// What a typed number became: the value, or the message explaining why it was refused.
struct ParsedNumber {
  std::optional<Decimal> value;
  QString error;
};

// Parses typed text in Vietnamese or canonical style (NumberStyle::either, or ::amount for đồng
// amounts and counts, where "30.000" is thirty thousand). Empty text, text that is not a number,
// or a value outside the core's bounds for `figure` (figure_bounds.h, the reader's own) gives an
// error message naming the text.
ParsedNumber parseNumber(const QString& text, Figure figure,
                         NumberStyle style = NumberStyle::either);

// A number between 0 and 1 for drawing a bar: value / largest, 4 places. 0 when largest is 0.
double barFraction(const Money& value, const Money& largest);

} // namespace cptt::bridge
