#pragma once
// An exact quantity: hours, frequency per year, number of subjects, norm units.
// Same representation and rules as Decimal (see decimal.h); a distinct type so that a quantity is
// never added to money by mistake.
#include "cptt/decimal.h"

namespace cptt {

class Quantity {
public:
  Quantity() = default;
  explicit Quantity(Decimal value) : value_(value) {}
  static Quantity parse(std::string_view text, NumberStyle style = NumberStyle::canonical) {
    return Quantity(Decimal::parse(text, style));
  }
  static Quantity from_integer(std::int64_t v) { return Quantity(Decimal::from_integer(v)); }

  const Decimal& value() const { return value_; }
  std::string to_canonical() const { return value_.to_canonical(); }
  std::string to_vietnamese() const { return value_.to_vietnamese(); }
  bool is_zero() const { return value_.is_zero(); }
  bool is_negative() const { return value_.is_negative(); }

  friend Quantity operator*(const Quantity& a, const Quantity& b) {
    return Quantity(a.value_ * b.value_);
  }
  friend Quantity operator+(const Quantity& a, const Quantity& b) {
    return Quantity(a.value_ + b.value_);
  }
  friend bool operator==(const Quantity&, const Quantity&) = default;
  friend auto operator<=>(const Quantity& a, const Quantity& b) { return a.value_ <=> b.value_; }

private:
  Decimal value_;
};

} // namespace cptt
