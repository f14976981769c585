#include "cptt/decimal.h"
#include "cptt/money.h"

#include <gtest/gtest.h>

using cptt::Decimal;
using cptt::NumberStyle;
using cptt::Rounding;

namespace {
Decimal d(const char* text) { return Decimal::parse(text); }
} // namespace

TEST(Decimal, ParsesCanonicalAndPrintsShortest) {
  EXPECT_EQ(d("1234567.5").to_canonical(), "1234567.5");
  EXPECT_EQ(d("-12").to_canonical(), "-12");
  EXPECT_EQ(d("0.10").to_canonical(), "0.1");
  EXPECT_EQ(d("000").to_canonical(), "0");
  EXPECT_EQ(d("  42 ").to_canonical(), "42");
}

TEST(Decimal, CanonicalFormHasOneSpellingWithoutPlus) {
  cptt::Text why;
  EXPECT_FALSE(Decimal::try_parse("+7", NumberStyle::canonical, &why));
  EXPECT_NE(why.en.find("\"+\""), std::string::npos) << why.en;
  EXPECT_FALSE(Decimal::try_parse("+7.5", NumberStyle::canonical));
  // Typed by a user, a plus sign is harmless.
  EXPECT_EQ(Decimal::parse("+7", NumberStyle::either), d("7"));
}

TEST(Decimal, ParsesVietnameseStyle) {
  EXPECT_EQ(Decimal::parse("1.234.567,5", NumberStyle::vietnamese), d("1234567.5"));
  EXPECT_EQ(Decimal::parse("12,5", NumberStyle::vietnamese), d("12.5"));
  EXPECT_EQ(Decimal::parse("1.000", NumberStyle::vietnamese), d("1000"));
  EXPECT_EQ(Decimal::parse("-3.750.000.000", NumberStyle::vietnamese), d("-3750000000"));
}

TEST(Decimal, EitherStyleDecidesOrRefusesAmbiguity) {
  EXPECT_EQ(Decimal::parse("1.234.567,5", NumberStyle::either), d("1234567.5"));
  EXPECT_EQ(Decimal::parse("1,5", NumberStyle::either), d("1.5"));
  EXPECT_EQ(Decimal::parse("1.5", NumberStyle::either), d("1.5"));
  EXPECT_EQ(Decimal::parse("1.25", NumberStyle::either), d("1.25"));
  EXPECT_EQ(Decimal::parse("1.234.567", NumberStyle::either), d("1234567"));
  cptt::Text error;
  EXPECT_FALSE(Decimal::try_parse("1.234", NumberStyle::either, &error));
  EXPECT_NE(error.vi.find("\"1.234\""), std::string::npos) << error.vi;
  EXPECT_NE(error.vi.find("không rõ"), std::string::npos) << error.vi;
  EXPECT_NE(error.en.find("\"1.234\""), std::string::npos) << error.en;
  EXPECT_NE(error.en.find("ambiguous"), std::string::npos) << error.en;
}

TEST(Decimal, RefusesInvalidTextQuotingIt) {
  for (const char* bad :
       {"", "abc", "1,5", "1.2.3", "12a", "--1", "1.", ".5", "1e5", "0x10", "1.0000001", "1 000"}) {
    cptt::Text error;
    EXPECT_FALSE(Decimal::try_parse(bad, NumberStyle::canonical, &error)) << bad;
    for (const std::string& text : {error.vi, error.en})
      EXPECT_NE(text.find(std::string("\"") + bad + "\""), std::string::npos) << text;
  }
  for (const char* bad : {"1.23,5", "12.34", "1,2,3", "1,5.0", ",5"}) {
    EXPECT_FALSE(Decimal::try_parse(bad, NumberStyle::vietnamese)) << bad;
  }
  EXPECT_THROW(Decimal::parse("x"), cptt::ParseError);
}

TEST(Decimal, FormatsVietnamese) {
  EXPECT_EQ(d("1234567.5").to_vietnamese(), "1.234.567,5");
  EXPECT_EQ(d("-613.37").to_vietnamese(), "-613,37");
  EXPECT_EQ(d("32").to_vietnamese(2), "32,00");
  EXPECT_EQ(d("999").to_vietnamese(), "999");
  EXPECT_EQ(d("1000").to_vietnamese(), "1.000");
  EXPECT_EQ(d("0").to_vietnamese(), "0");
  EXPECT_EQ(cptt::Money::parse("3750000000").to_vietnamese_dong(), "3.750.000.000 đ");
}

TEST(Decimal, ArithmeticIsExact) {
  EXPECT_EQ(d("0.1") + d("0.2"), d("0.3"));
  EXPECT_EQ(d("1.5") * d("48248"), d("72372"));
  EXPECT_EQ(d("0.1") * d("48248"), d("4824.8"));
  EXPECT_EQ(d("2890000") * d("0.2") * d("3500"), d("2023000000"));
  EXPECT_EQ(d("5") - d("7.25"), d("-2.25"));
  EXPECT_EQ(d("1.50"), d("1.5"));
  EXPECT_LT(d("1.49"), d("1.5"));
  EXPECT_GT(d("-1"), d("-1.01"));
}

TEST(Decimal, RoundingIsNamed) {
  EXPECT_EQ(d("4824.8").rounded(0, Rounding::half_up), d("4825"));
  EXPECT_EQ(d("2.5").rounded(0, Rounding::half_up), d("3"));
  EXPECT_EQ(d("-2.5").rounded(0, Rounding::half_up), d("-3"));
  EXPECT_EQ(d("2.5").rounded(0, Rounding::half_even), d("2"));
  EXPECT_EQ(d("3.5").rounded(0, Rounding::half_even), d("4"));
  EXPECT_EQ(d("2.4999").rounded(0, Rounding::half_up), d("2"));
  EXPECT_EQ(d("2.99").rounded(0, Rounding::toward_zero), d("2"));
  EXPECT_EQ(d("-613.375").rounded(2, Rounding::half_up), d("-613.38"));
}

TEST(Decimal, DivisionRoundsOnce) {
  // The legal rate of 2023: 101,900,000 / 2,112 = 48,248.106… → 48,248.
  EXPECT_EQ(Decimal::divide(d("101900000"), d("2112"), 0, Rounding::half_up), d("48248"));
  EXPECT_EQ(Decimal::divide(d("1652"), d("2306"), 4, Rounding::half_up), d("0.7164"));
  EXPECT_EQ(Decimal::divide(d("-1"), d("3"), 2, Rounding::half_up), d("-0.33"));
  EXPECT_EQ(Decimal::divide(d("1"), d("-8"), 2, Rounding::half_up), d("-0.13"));
  EXPECT_EQ(Decimal::divide(d("1"), d("8"), 2, Rounding::half_even), d("0.12"));
  EXPECT_THROW(Decimal::divide(d("1"), d("0"), 2, Rounding::half_up), std::domain_error);
  EXPECT_EQ(d("-613.37").to_fixed(2), "-613.37");
  EXPECT_EQ(d("32").to_fixed(2), "32.00");
  EXPECT_EQ(d("0.5").to_fixed(0), "1");
}

TEST(Decimal, OverflowThrowsWithOperands) {
  Decimal big = d("100000000000000000000000000000000000"); // 1e35
  try {
    (void)(big * d("10000"));
    FAIL() << "expected OverflowError";
  } catch (const cptt::OverflowError& e) {
    EXPECT_NE(std::string(e.what()).find("100000000000000000000000000000000000 * 10000"),
              std::string::npos)
        << e.what();
  }
  Decimal huge = big * d("1000"); // 1e38; the magnitude limit is 2^128 ≈ 3.4e38
  EXPECT_THROW((void)(huge + huge + huge + huge), cptt::OverflowError);
  EXPECT_THROW((void)(-huge - huge - huge - huge), cptt::OverflowError);
}

TEST(Decimal, LargeRealisticFiguresStayExact) {
  // 10 million subjects × 12 filings × 10 million đồng.
  Decimal annual = d("10000000") * d("12") * d("10000000");
  EXPECT_EQ(annual.to_canonical(), "1200000000000000");
  EXPECT_EQ(annual.to_vietnamese(), "1.200.000.000.000.000");
}

TEST(Decimal, InPlaceSumKeepsItsValueWhenItOverflows) {
  Decimal sum = d("100000000000000000000000000000000000") * d("3000"); // 3e38
  const Decimal before = sum;
  EXPECT_THROW(sum += sum, cptt::OverflowError);
  EXPECT_EQ(sum, before);
  Decimal mixed = d("1.5");
  mixed += d("-0.25"); // different signs and scales take the checked path
  EXPECT_EQ(mixed, d("1.25"));
}

TEST(Decimal, AmountStyleReadsADotBeforeThreeDigitsAsThousands) {
  EXPECT_EQ(Decimal::parse("30.000", NumberStyle::amount), d("30000"));
  EXPECT_EQ(Decimal::parse("1.234.567,5", NumberStyle::amount), d("1234567.5"));
  EXPECT_EQ(Decimal::parse("25000.5", NumberStyle::amount), d("25000.5"));
  EXPECT_EQ(Decimal::parse("12,5", NumberStyle::amount), d("12.5"));
  EXPECT_FALSE(Decimal::try_parse("30.000", NumberStyle::either));
  EXPECT_FALSE(Decimal::try_parse("30.00.0", NumberStyle::amount));
}

TEST(Decimal, RoundsAndComparesPastSixtyFourBits) {
  // Magnitudes above 2^64 (≈ 1.8e19) and shifts past 10^18 take the 128-bit path.
  EXPECT_EQ(d("123456789012345678901234.5").rounded(0, Rounding::half_up),
            d("123456789012345678901235"));
  EXPECT_EQ(d("-123456789012345678901234.5").rounded(0, Rounding::half_even),
            d("-123456789012345678901234"));
  const Decimal micro = d("0.000001"), mega = d("1000000");
  const Decimal half = d("0.5") * micro * micro * micro * mega * mega * mega; // 19 decimals
  EXPECT_EQ(half.rounded(0, Rounding::half_up), d("1"));
  EXPECT_EQ(half.rounded(0, Rounding::half_even), d("0"));
  const Decimal above_half = half + micro * micro * micro * micro; // 0.5 + 1e-24
  EXPECT_EQ(above_half.rounded(0, Rounding::half_even), d("1"));
  EXPECT_EQ((-above_half).rounded(3, Rounding::toward_zero), d("-0.5"));
  EXPECT_LT(d("18446744073709551616"), d("18446744073709551617")); // 2^64, 2^64 + 1
  EXPECT_GT(d("-18446744073709551616"), d("-18446744073709551617"));
  EXPECT_LT(d("-18446744073709551616"), d("1"));
  EXPECT_EQ(Decimal::from_integer(INT64_MIN).to_canonical(), "-9223372036854775808");
  EXPECT_EQ(Decimal::from_integer(INT64_MIN).to_int64(), INT64_MIN);
}

TEST(Decimal, ZeroHasNoSign) {
  EXPECT_EQ(d("-0").to_canonical(), "0");
  EXPECT_FALSE(d("-0").is_negative());
  EXPECT_FALSE((-d("0")).is_negative());
  EXPECT_FALSE((d("-5") * d("0")).is_negative());
  EXPECT_FALSE(d("-0.4").rounded(0, Rounding::half_up).is_negative());
  EXPECT_EQ(d("-0.4").rounded(0, Rounding::half_up).to_canonical(), "0");
  EXPECT_EQ(d("-2.5").abs(), d("2.5"));
  EXPECT_EQ(-d("-2.5"), d("2.5"));
  EXPECT_EQ(d("-0"), d("0"));
}
