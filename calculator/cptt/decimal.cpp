#include "cptt/decimal.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

namespace cptt {
namespace {

using Int256 = boost::multiprecision::checked_int256_t;

const std::array<Int128, Decimal::max_scale + 1>& powers_of_ten() {
  static const auto table = [] {
    std::array<Int128, Decimal::max_scale + 1> t{};
    t[0] = 1;
    for (std::size_t i = 1; i < t.size(); ++i)
      t[i] = t[i - 1] * 10;
    return t;
  }();
  return table;
}

const Int128& pow10(int n) { return powers_of_ten()[static_cast<std::size_t>(n)]; }

static_assert(sizeof(*std::declval<Int128&>().backend().limbs()) == sizeof(NativeMagnitude),
              "checked_int128_t is expected to hold one native 128-bit limb");
static_assert(sizeof(Decimal) == 24, "a Decimal is a packed 128-bit magnitude, a scale and a sign");

std::string quote(std::string_view text) { return "\"" + std::string(text) + "\""; }

[[noreturn]] void overflow(const char* op, const Decimal& a, const Decimal& b) {
  const std::string operands = a.to_canonical() + " " + op + " " + b.to_canonical();
  throw OverflowError({"số quá lớn (vượt giới hạn tính toán): " + operands,
                       "number too large (beyond the limit of the arithmetic): " + operands});
}

// Rounds n / d (d > 0) to an integer with the given mode.
template <class Int> Int divide_rounded(const Int& n, const Int& d, Rounding mode) {
  Int q = n / d; // truncates toward zero
  Int r = n % d; // same sign as n
  if (r == 0 || mode == Rounding::toward_zero)
    return q;
  Int twice = (r < 0 ? -r : r) * 2;
  bool away = false;
  if (twice > d)
    away = true;
  else if (twice == d)
    away = mode == Rounding::half_up || (q % 2 != 0);
  if (away)
    q += (n < 0 ? -1 : 1);
  return q;
}

// m / divisor rounded to an integer (unsigned: the caller applies the sign). `2 * divisor` must fit
// in Unsigned.
template <class Unsigned> Unsigned round_quotient(Unsigned m, Unsigned divisor, Rounding mode) {
  Unsigned q = m / divisor, r = m % divisor;
  if (r != 0 && mode != Rounding::toward_zero) {
    const Unsigned twice = r * 2;
    if (twice > divisor || (twice == divisor && (mode == Rounding::half_up || (q & 1) != 0)))
      ++q;
  }
  return q;
}
// 10^18 is the largest power of ten that still fits in 64 bits when multiplied by two (the
// rounding compares twice the remainder); 10^24 in 128 bits is max_scale.
constexpr int max_native_shift = 18;

struct ParsedText {
  bool negative = false;
  std::string digits; // integer digits then fraction digits
  int places = 0;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Splits "1.234.567" on dots and checks groups of three; returns the digits or an error.
bool ungroup(std::string_view integer, char separator, std::string& out) {
  std::size_t first = integer.find(separator);
  if (first == std::string_view::npos) {
    out.assign(integer);
    return true;
  }
  if (first == 0 || first > 3)
    return false;
  out.assign(integer.substr(0, first));
  std::size_t pos = first;
  while (pos != std::string_view::npos) {
    std::size_t next = integer.find(separator, pos + 1);
    std::size_t end = next == std::string_view::npos ? integer.size() : next;
    if (end - pos - 1 != 3)
      return false;
    out.append(integer.substr(pos + 1, 3));
    pos = next;
  }
  return true;
}

std::optional<ParsedText> scan(std::string_view text, NumberStyle style, Text& why) {
  // Trim spaces (including the UTF-8 no-break space that spreadsheets paste).
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
      s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
      s.remove_suffix(1);
    return s;
  };
  std::string_view s = trim(text);
  ParsedText out;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    // Files write a number one way only: "+5" would be a second spelling of 5.
    if (s.front() == '+' && style == NumberStyle::canonical) {
      why = {"dấu \"+\" không dùng trong dạng chuẩn (viết số không có dấu)",
             "a leading \"+\" is not used in the canonical form (write the number without it)"};
      return std::nullopt;
    }
    out.negative = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) {
    why = {"trống, không phải là số", "empty, not a number"};
    return std::nullopt;
  }
  for (char c : s) {
    if (!is_digit(c) && c != '.' && c != ',') {
      why = {"chứa ký tự không hợp lệ",
             "contains a character that is not a digit, a dot or a comma"};
      return std::nullopt;
    }
  }
  std::size_t dots = std::count(s.begin(), s.end(), '.');
  std::size_t commas = std::count(s.begin(), s.end(), ',');

  NumberStyle effective = style;
  if (style == NumberStyle::either || style == NumberStyle::amount) {
    if (commas > 0 || dots > 1) {
      effective = NumberStyle::vietnamese;
    } else if (dots == 1) {
      std::size_t after = s.size() - s.find('.') - 1;
      effective = NumberStyle::canonical;
      if (after == 3 && style == NumberStyle::amount) {
        effective = NumberStyle::vietnamese;
      } else if (after == 3) {
        const std::string whole =
            std::string(s.substr(0, s.find('.'))) + std::string(s.substr(s.find('.') + 1));
        why = {"không rõ dấu chấm là phân cách hàng nghìn hay dấu thập phân; hãy viết " + whole +
                   " hoặc dùng dấu phẩy cho phần thập phân",
               "ambiguous: is the dot a thousands separator or a decimal point? Write " + whole +
                   ", or use a comma for the decimals"};
        return std::nullopt;
      }
    } else {
      effective = NumberStyle::canonical;
    }
  }

  std::string_view integer = s, fraction;
  if (effective == NumberStyle::canonical) {
    if (commas > 0) {
      why = {"dấu phẩy không dùng trong dạng chuẩn (viết 1234567.5)",
             "commas are not allowed in the canonical form (write 1234567.5)"};
      return std::nullopt;
    }
    if (dots > 1) {
      why = {"có nhiều hơn một dấu chấm", "more than one decimal point"};
      return std::nullopt;
    }
    if (std::size_t p = s.find('.'); p != std::string_view::npos) {
      integer = s.substr(0, p);
      fraction = s.substr(p + 1);
    }
    out.digits.assign(integer);
  } else {
    if (commas > 1) {
      why = {"có nhiều hơn một dấu phẩy thập phân", "more than one decimal comma"};
      return std::nullopt;
    }
    if (std::size_t p = s.find(','); p != std::string_view::npos) {
      integer = s.substr(0, p);
      fraction = s.substr(p + 1);
      if (fraction.find('.') != std::string_view::npos) {
        why = {"dấu chấm nằm sau dấu phẩy thập phân", "a dot after the decimal comma"};
        return std::nullopt;
      }
    }
    if (!ungroup(integer, '.', out.digits)) {
      why = {"dấu chấm phân cách hàng nghìn phải chia thành nhóm ba chữ số (1.234.567)",
             "thousands separators must split groups of three digits (1.234.567)"};
      return std::nullopt;
    }
  }
  if (out.digits.empty() && fraction.empty()) {
    why = {"không có chữ số", "no digits"};
    return std::nullopt;
  }
  if (s.back() == '.' || s.back() == ',' || (!fraction.empty() && integer.empty())) {
    why = {"thiếu chữ số trước hoặc sau dấu thập phân",
           "a digit is missing before or after the decimal mark"};
    return std::nullopt;
  }
  if (static_cast<int>(fraction.size()) > Decimal::max_input_places) {
    const std::string places = std::to_string(Decimal::max_input_places);
    why = {"quá " + places + " chữ số thập phân", "more than " + places + " decimals"};
    return std::nullopt;
  }
  out.digits.append(fraction);
  out.places = static_cast<int>(fraction.size());
  // Strip leading zeros but keep one digit.
  std::size_t nz = out.digits.find_first_not_of('0');
  out.digits = nz == std::string::npos ? "0" : out.digits.substr(nz);
  if (out.digits.size() > 36) {
    why = {"số quá lớn", "number too large"};
    return std::nullopt;
  }
  return out;
}

Text style_name(NumberStyle style) {
  switch (style) {
  case NumberStyle::canonical:
    return {"dạng chuẩn 1234567.5", "canonical form 1234567.5"};
  case NumberStyle::vietnamese:
    return {"dạng Việt Nam 1.234.567,5", "Vietnamese form 1.234.567,5"};
  case NumberStyle::either:
  case NumberStyle::amount:
    return {"dạng 1.234.567,5 hoặc 1234567.5", "form 1.234.567,5 or 1234567.5"};
  }
  return {};
}

} // namespace

Decimal Decimal::from_integer(std::int64_t value) {
  // The magnitude of INT64_MIN does not fit in int64: negate in unsigned arithmetic.
  const auto magnitude =
      value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  return Decimal(Magnitude(magnitude), value < 0, 0);
}

Decimal::Decimal(const Int128& mantissa, int scale)
    : Decimal(*mantissa.backend().limbs(), mantissa < 0, scale) {}

Int128 Decimal::mantissa() const {
  Int128 result;
  *result.backend().limbs() = magnitude(*this);
  if (negative_)
    result.backend().negate();
  return result;
}

std::optional<Decimal> Decimal::try_parse(std::string_view text, NumberStyle style, Text* error) {
  // The canonical text files hold ("1234567.5", "-12") in one pass without allocating; anything
  // else (spaces, other styles, errors, over 36 digits) goes through scan(), which words the
  // messages. What this accepts, scan() accepts with the same value.
  if (style == NumberStyle::canonical) {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative)
      ++i;
    // 64-bit arithmetic for the first 19 digits (every figure in practice), 128-bit past them.
    std::uint64_t small = 0;
    Magnitude m = 0;
    int count = 0;
    auto add_digit = [&](char c) {
      const auto digit = static_cast<unsigned>(c - '0');
      if (count < 19)
        small = small * 10 + digit;
      else
        m = (count == 19 ? Magnitude(small) : m) * 10 + digit;
      ++count;
    };
    int integer_digits = 0, fraction_digits = 0;
    for (; i < text.size() && is_digit(text[i]); ++i, ++integer_digits)
      add_digit(text[i]);
    if (i < text.size() && text[i] == '.')
      for (++i; i < text.size() && is_digit(text[i]); ++i, ++fraction_digits)
        add_digit(text[i]);
    if (count <= 19)
      m = small;
    const bool plain = i == text.size() && integer_digits > 0 &&
                       (text.find('.') == std::string_view::npos || fraction_digits > 0) &&
                       fraction_digits <= max_input_places &&
                       integer_digits + fraction_digits <= 36;
    if (plain)
      return Decimal(m, negative, fraction_digits);
  }
  Text why;
  auto scanned = scan(text, style, why);
  if (!scanned) {
    if (error)
      *error = quote(text) + ": " + why + " (" + style_name(style) + ")";
    return std::nullopt;
  }
  // At most 36 digits (scan checks), so the native 128-bit magnitude cannot overflow; much
  // cheaper than Boost's parse of the digit string, and every number of every file comes here.
  static_assert(sizeof(Magnitude) == 16, "36 decimal digits need a 128-bit magnitude");
  Magnitude magnitude = 0;
  for (char digit : scanned->digits)
    magnitude = magnitude * 10 + static_cast<unsigned>(digit - '0');
  return Decimal(magnitude, scanned->negative, scanned->places);
}

Decimal Decimal::parse(std::string_view text, NumberStyle style) {
  Text error;
  auto value = try_parse(text, style, &error);
  if (!value)
    throw ParseError(std::move(error));
  return *value;
}

std::string Decimal::to_fixed(int places) const {
  const Decimal r = rounded(places, Rounding::half_up);
  // Digits of the native magnitude, least significant first, then the zeros that bring it to
  // exactly `places` decimals (rounded() may have fewer). No Boost string conversion: every
  // figure of every finding and message comes through here.
  char buffer[40 + max_scale]; // 2^128 has 39 digits
  char* end = buffer + sizeof buffer;
  char* p = end;
  for (int pad = places - r.scale_; pad > 0; --pad)
    *--p = '0';
  Magnitude m = magnitude(r);
  do {
    *--p = static_cast<char>('0' + static_cast<unsigned>(m % 10));
    m /= 10;
  } while (m != 0);
  std::string digits(p, end);
  if (places > 0) {
    if (static_cast<int>(digits.size()) <= places)
      digits.insert(0, static_cast<std::size_t>(places) + 1 - digits.size(), '0');
    digits.insert(digits.size() - static_cast<std::size_t>(places), 1, '.');
  }
  return (r.is_negative() ? "-" : "") + digits;
}

std::string Decimal::to_canonical() const { return to_fixed(places()); }

std::string Decimal::to_vietnamese(int min_places) const {
  const std::string canonical = to_fixed(std::max(places(), min_places));
  std::string_view digits = canonical;
  const bool negative = !digits.empty() && digits.front() == '-';
  if (negative)
    digits.remove_prefix(1);
  const std::size_t dot = digits.find('.');
  const std::string_view integer = digits.substr(0, dot);
  // One string, sized once: figures are formatted for every finding's message.
  std::string out;
  out.reserve(digits.size() + integer.size() / 3 + 2);
  if (negative)
    out.push_back('-');
  for (std::size_t i = 0; i < integer.size(); ++i) {
    if (i > 0 && (integer.size() - i) % 3 == 0)
      out.push_back('.');
    out.push_back(integer[i]);
  }
  if (dot != std::string_view::npos) {
    out.push_back(',');
    out.append(digits.substr(dot + 1));
  }
  return out;
}

Decimal Decimal::round_off(int places, Rounding mode) const {
  if (places < 0 || places > max_scale)
    throw std::domain_error("rounding places out of range");
  if (places >= scale_)
    return *this;
  // Native division on the magnitude; the sign is applied afterwards, so half-up stays "half away
  // from zero". 64-bit when it fits (every figure in practice): a 128-bit division is a libgcc
  // call several times slower.
  const int shift = scale_ - places;
  if ((magnitude_ >> 64) == 0 && shift <= max_native_shift) {
    const auto divisor = static_cast<std::uint64_t>(*pow10(shift).backend().limbs());
    return Decimal(round_quotient(static_cast<std::uint64_t>(magnitude_), divisor, mode),
                   is_negative(), places);
  }
  const NativeMagnitude divisor = *pow10(shift).backend().limbs();
  return Decimal(round_quotient(magnitude(*this), divisor, mode), is_negative(), places);
}

Decimal Decimal::divide(const Decimal& a, const Decimal& b, int places, Rounding mode) {
  if (b.is_zero())
    throw DomainError({"phép chia cho 0: " + a.to_canonical() + " / 0",
                       "division by zero: " + a.to_canonical() + " / 0"});
  if (places < 0 || places > max_scale)
    throw std::domain_error("rounding places out of range");
  // a/b = (ma / 10^sa) / (mb / 10^sb); scaled to `places`: ma * 10^(places + sb - sa) / mb.
  try {
    Int256 n = Int256(a.mantissa());
    Int256 d = Int256(b.mantissa());
    int shift = places + b.scale_ - a.scale_;
    if (shift >= 0)
      n *= boost::multiprecision::pow(Int256(10), static_cast<unsigned>(shift));
    else
      d *= boost::multiprecision::pow(Int256(10), static_cast<unsigned>(-shift));
    if (d < 0) {
      d = -d;
      n = -n;
    }
    Int256 q = divide_rounded(n, d, mode);
    return Decimal(Int128(q), places);
  } catch (const std::overflow_error&) {
    overflow("/", a, b);
  } catch (const std::range_error&) {
    overflow("/", a, b);
  }
}

bool Decimal::is_integer() const { return places() == 0; }

int Decimal::places() const {
  if (scale_ == 0 || is_zero())
    return 0;
  int p = scale_;
  Magnitude m = magnitude(*this);
  while (p > 0 && m % 10 == 0) {
    m /= 10;
    --p;
  }
  return p;
}

Decimal Decimal::abs() const { return Decimal(magnitude(*this), false, scale_); }

std::int64_t Decimal::to_int64() const {
  if (!is_integer())
    throw DomainError(
        {to_canonical() + " không phải số nguyên", to_canonical() + " is not a whole number"});
  Int128 whole = mantissa() / pow10(scale_);
  if (whole > Int128(INT64_MAX) || whole < Int128(INT64_MIN))
    throw DomainError({to_canonical() + " vượt ngoài khoảng số nguyên 64 bit",
                       to_canonical() + " is outside the range of a 64-bit integer"});
  return whole.convert_to<std::int64_t>();
}

Decimal Decimal::operator-() const { return Decimal(magnitude(*this), !negative_, scale_); }

Decimal Decimal::add_slow(const Decimal& a, const Decimal& b) {
  try {
    if (a.scale_ == b.scale_)
      return Decimal(a.mantissa() + b.mantissa(), a.scale_);
    if (a.scale_ < b.scale_)
      return Decimal(a.mantissa() * pow10(b.scale_ - a.scale_) + b.mantissa(), b.scale_);
    return Decimal(a.mantissa() + b.mantissa() * pow10(a.scale_ - b.scale_), a.scale_);
  } catch (const std::overflow_error&) {
    overflow("+", a, b);
  }
}

Decimal operator-(const Decimal& a, const Decimal& b) {
  try {
    return a + (-b);
  } catch (const OverflowError&) {
    overflow("-", a, b);
  }
}

Decimal Decimal::multiply_slow(const Decimal& a, const Decimal& b) {
  int scale = a.scale_ + b.scale_;
  try {
    Int128 m = a.mantissa() * b.mantissa();
    // Keep the scale bounded: drop trailing zeros the product does not need.
    while (scale > Decimal::max_scale && m % 10 == 0) {
      m /= 10;
      --scale;
    }
    if (scale > Decimal::max_scale)
      throw OverflowError(
          {"quá nhiều chữ số thập phân: " + a.to_canonical() + " * " + b.to_canonical(),
           "too many decimals: " + a.to_canonical() + " * " + b.to_canonical()});
    return Decimal(m, scale);
  } catch (const OverflowError&) {
    throw;
  } catch (const std::overflow_error&) {
    overflow("*", a, b);
  }
}

int Decimal::compare(const Decimal& a, const Decimal& b) {
  if (a.scale_ == b.scale_) {
    if (a.negative_ != b.negative_)
      return a.negative_ ? -1 : 1;
    const Magnitude x = magnitude(a), y = magnitude(b);
    const int by_magnitude = x < y ? -1 : (x > y ? 1 : 0);
    return a.negative_ ? -by_magnitude : by_magnitude;
  }
  // Compare in 256 bits so aligning scales cannot overflow.
  Int256 x(a.mantissa()), y(b.mantissa());
  if (a.scale_ < b.scale_)
    x *= Int256(pow10(b.scale_ - a.scale_));
  else
    y *= Int256(pow10(a.scale_ - b.scale_));
  return x < y ? -1 : (x > y ? 1 : 0);
}

} // namespace cptt
