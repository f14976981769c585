#pragma once
// Exact decimal numbers for money and quantities.
//
// Representation: a sign and a 128-bit magnitude (the mantissa) and a decimal scale s in
// [0, max_scale]; the value is mantissa / 10^s. The magnitude is a native 128-bit integer aligned
// to 8 bytes, so a Decimal takes 24 bytes (Boost's `checked_int128_t` plus a scale took 48): a
// dossier holds four per task, and the engine streams through them. Out-of-line paths (aligning
// scales, dividing) use Boost.Multiprecision's checked arithmetic. Every operation is exact:
// addition aligns scales, multiplication adds them. Nothing is ever built from binary floating
// point: only from strings and integers.
//
// Invariants
// - |mantissa| < 2^128 (about 3.4e38); any result that does not fit throws OverflowError naming the
// operands,
//   never wraps around. Scales above max_scale also throw (they cannot arise from valid inputs,
//   which carry at most max_input_places decimals, through the three-factor products the SCM
//   needs).
// - Equal values compare equal whatever their scales (1.50 == 1.5).
//
// Rounding happens only where a caller names it (`rounded`, `divide`), never implicitly. The
// places the engine rounds (the law gives no rule; ours lets a reviewer with a calculator redo
// every printed line) are: the hourly income rate (GDP per capita / 2112, whole đồng, half-up),
// each task's time cost and task cost, the cost of one filing, the annual cost (whole đồng,
// half-up), and the reduction percentage (2 places, half-up, sign kept).
// Half-up means half away from zero, so a negative percentage rounds like its magnitude.
#include "cptt/text.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cptt {

using Int128 = boost::multiprecision::checked_int128_t;
// The native type Boost keeps a 128-bit magnitude in (GCC and Clang extension).
__extension__ typedef unsigned __int128 NativeMagnitude;
// The same, 8-byte aligned as a member (GCC and Clang honour a lower alignment on a typedef): a
// Decimal is then 24 bytes, not 32, and still one native value that sums and products keep in
// registers (two 64-bit halves made the compiler go through the stack).
__extension__ typedef unsigned __int128 PackedMagnitude __attribute__((aligned(8)));

// Named rounding modes; there is no default.
enum class Rounding {
  half_up,   // ties away from zero: 2.5 → 3, −2.5 → −3 (the rule for every printed figure)
  half_even, // ties to the even neighbour: 2.5 → 2, 3.5 → 4
  toward_zero
};

// The text forms a number may take.
enum class NumberStyle {
  canonical,  // files: 1234567.5 (dot decimal, no grouping)
  vietnamese, // screen: 1.234.567,5 (dot groups of three, comma decimal)
  either,     // user input: both accepted; ambiguous text such as "1.234" is refused
  amount      // user input of đồng amounts: as either, but "30.000" is thirty thousand (a dot
              // before exactly three digits groups thousands: đồng have no thousandths)
};

// A result too large for the representation (the message quotes the operands).
class OverflowError : public TextError<std::overflow_error> {
public:
  using TextError::TextError;
};

// Text that is not a number of the expected style (the message quotes the text).
class ParseError : public TextError<std::invalid_argument> {
public:
  using TextError::TextError;
};

// An operation without a result: a division by zero, a value that is not a whole number where one
// is needed (the message quotes the operands).
class DomainError : public TextError<std::domain_error> {
public:
  using TextError::TextError;
};

class Decimal {
public:
  static constexpr int max_scale = 24;
  // At most this many decimals are accepted from text.
  static constexpr int max_input_places = 6;

  constexpr Decimal() = default;
  static Decimal from_integer(std::int64_t value);
  // Parses `text`; throws ParseError with a message that quotes the text.
  static Decimal parse(std::string_view text, NumberStyle style = NumberStyle::canonical);
  // Like parse, but returns nullopt and fills `error` (when given) instead of throwing.
  static std::optional<Decimal> try_parse(std::string_view text, NumberStyle style,
                                          Text* error = nullptr);

  // Shortest exact form: "1234567.5", "-12", "0".
  std::string to_canonical() const;
  // Vietnamese form: "1.234.567,5". `min_places` pads decimals ("12,50" for 2).
  std::string to_vietnamese(int min_places = 0) const;
  // Exactly `places` decimals in canonical form ("-613.37").
  std::string to_fixed(int places) const;

  Decimal rounded(int places, Rounding mode) const {
    // Inline when there is nothing to drop: the engine rounds sums of whole-đồng figures too.
    if (places >= scale_ && places <= max_scale)
      return *this;
    return round_off(places, mode);
  }
  // a / b rounded to `places` decimals; throws DomainError when b is zero.
  static Decimal divide(const Decimal& a, const Decimal& b, int places, Rounding mode);

  bool is_zero() const { return magnitude_ == 0; }
  bool is_negative() const { return negative_; }
  bool is_integer() const;
  // Number of decimals actually needed (trailing zeros ignored).
  int places() const;
  Decimal abs() const;
  // The integer value; throws DomainError when not an integer or out of int64 range.
  std::int64_t to_int64() const;

  // Sums and products: an inline fast path on the native 128-bit magnitude for the common case
  // (equal scales, no overflow), and an out-of-line path through Boost's checked arithmetic that
  // aligns scales and throws OverflowError.
  friend Decimal operator+(const Decimal& a, const Decimal& b) {
    Magnitude sum;
    if (a.scale_ == b.scale_ && a.is_negative() == b.is_negative() &&
        !__builtin_add_overflow(magnitude(a), magnitude(b), &sum))
      return Decimal(sum, a.is_negative(), a.scale_);
    return add_slow(a, b);
  }
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b) {
    Magnitude product;
    const int scale = a.scale_ + b.scale_;
    if (scale <= max_scale && !__builtin_mul_overflow(magnitude(a), magnitude(b), &product))
      return Decimal(product, a.is_negative() != b.is_negative(), scale);
    return multiply_slow(a, b);
  }
  Decimal operator-() const;
  Decimal& operator+=(const Decimal& other) {
    // In place when scales and signs agree: the running sums of the engine stay in registers.
    Magnitude sum;
    if (scale_ == other.scale_ && is_negative() == other.is_negative() &&
        !__builtin_add_overflow(magnitude(*this), magnitude(other), &sum)) {
      set_magnitude(sum);
      return *this;
    }
    return *this = add_slow(*this, other);
  }
  Decimal& operator-=(const Decimal& other) { return *this = *this - other; }

  friend bool operator==(const Decimal& a, const Decimal& b) { return compare(a, b) == 0; }
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
    int c = compare(a, b);
    return c < 0 ? std::strong_ordering::less
                 : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
  }

private:
  using Magnitude = NativeMagnitude;
  static Magnitude magnitude(const Decimal& d) { return d.magnitude_; }
  void set_magnitude(Magnitude m) { magnitude_ = m; }
  // Zero is never negative, so equal values have one form per scale.
  Decimal(Magnitude magnitude, bool negative, int scale)
      : scale_(scale), negative_(negative && magnitude != 0) {
    set_magnitude(magnitude);
  }
  // To and from Boost's checked form, for the out-of-line paths.
  Decimal(const Int128& mantissa, int scale);
  Int128 mantissa() const;
  Decimal round_off(int places, Rounding mode) const;
  static Decimal add_slow(const Decimal& a, const Decimal& b);
  static Decimal multiply_slow(const Decimal& a, const Decimal& b);
  static int compare(const Decimal& a, const Decimal& b);

  PackedMagnitude magnitude_ = 0;
  int scale_ = 0;
  bool negative_ = false;
};

} // namespace cptt
