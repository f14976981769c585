#pragma once
// An exact amount of Vietnamese đồng. Same representation and rules as Decimal (see decimal.h).
// Money × Quantity is exact; whole-đồng figures come only from `whole(Rounding)`, which the
// engine calls at the places listed in decimal.h.
#include "cptt/decimal.h"
#include "cptt/quantity.h"

namespace cptt {

class Money {
public:
  Money() = default;
  explicit Money(Decimal amount) : amount_(amount) {}
  static Money parse(std::string_view text, NumberStyle style = NumberStyle::canonical) {
    return Money(Decimal::parse(text, style));
  }
  static Money from_integer(std::int64_t dong) { return Money(Decimal::from_integer(dong)); }

  const Decimal& amount() const { return amount_; }
  // Rounded to whole đồng with the named mode.
  Money whole(Rounding mode) const { return Money(amount_.rounded(0, mode)); }
  std::string to_canonical() const { return amount_.to_canonical(); }
  // "1.234.567" (no currency sign).
  std::string to_vietnamese() const { return amount_.to_vietnamese(); }
  // "1.234.567 đ"
  std::string to_vietnamese_dong() const { return amount_.to_vietnamese() + " đ"; }
  bool is_zero() const { return amount_.is_zero(); }
  bool is_negative() const { return amount_.is_negative(); }

  friend Money operator+(const Money& a, const Money& b) { return Money(a.amount_ + b.amount_); }
  friend Money operator-(const Money& a, const Money& b) { return Money(a.amount_ - b.amount_); }
  friend Money operator*(const Money& a, const Quantity& q) { return Money(a.amount_ * q.value()); }
  Money operator-() const { return Money(-amount_); }
  Money& operator+=(const Money& b) { return *this = *this + b; }
  friend bool operator==(const Money&, const Money&) = default;
  friend auto operator<=>(const Money& a, const Money& b) { return a.amount_ <=> b.amount_; }

private:
  Decimal amount_;
};

} // namespace cptt
