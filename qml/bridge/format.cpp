#include "format.h"

#include "appsettings.h"

#include "cptt/units.h"

#include <QCoreApplication>

namespace cptt::bridge {

// The number in Vietnamese style in both languages (as every figure of the app), its unit from
// the core's one table: "1.234.567 đ", "1.234.567 VND".
QString dong(const Money& amount) {
  return toQ(amount.amount().to_vietnamese()) + QLatin1Char(' ') +
         toQ(symbol(Unit::vnd, appLanguage()));
}

QString number(const Quantity& value) { return toQ(value.to_vietnamese()); }

QString number(const Decimal& value) { return toQ(value.to_vietnamese()); }

QString percent(const std::optional<Decimal>& value) {
  if (!value)
    return QStringLiteral("—");
  return toQ(value->to_vietnamese(2)) + QStringLiteral(" %");
}

ParsedNumber parseNumber(const QString& text, Figure figure, NumberStyle style) {
  const FigureRule rule = rule_of(figure);
  const Bound bound = rule.bound;
  const std::optional<Decimal>& max = rule.max;
  ParsedNumber out;
  const QString trimmed = text.trimmed();
  if (trimmed.isEmpty()) {
    out.error = QCoreApplication::translate("Format", "Chưa nhập số.");
    return out;
  }
  Text why;
  auto value = Decimal::try_parse(toStd(trimmed), style, &why);
  if (!value) {
    out.error = toQ(why.in(appLanguage()));
    return out;
  }
  if (bound == Bound::positive && (value->is_zero() || value->is_negative())) {
    out.error = QCoreApplication::translate("Format", "\"%1\": phải lớn hơn 0.").arg(trimmed);
    return out;
  }
  if (bound == Bound::non_negative && value->is_negative()) {
    out.error = QCoreApplication::translate("Format", "\"%1\": không được âm.").arg(trimmed);
    return out;
  }
  if (max && *value > *max) {
    out.error = QCoreApplication::translate("Format", "\"%1\": vượt quá %2.")
                    .arg(trimmed, toQ(max->to_vietnamese()));
    return out;
  }
  out.value = std::move(value);
  return out;
}

double barFraction(const Money& value, const Money& largest) {
  if (largest.is_zero() || value.is_negative())
    return 0.0;
  Decimal f = Decimal::divide(value.amount(), largest.amount(), 4, Rounding::half_up);
  return QString::fromStdString(f.to_canonical()).toDouble();
}

} // namespace cptt::bridge
