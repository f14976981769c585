// Durations from the tables in a drafter's words: whole minutes, half-up, exact for every value
// the catalogue and the official norms hold, "khoảng" / "about" otherwise.
#include "../vietnamese_letters.h"
#include "cptt/duration.h"
#include "cptt/reference/reference_data.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using cptt::duration_text;
using cptt::Language;
using cptt::Quantity;

std::string vi(const char* hours) { return duration_text(Quantity::parse(hours), Language::vi); }
std::string en(const char* hours) { return duration_text(Quantity::parse(hours), Language::en); }

TEST(Duration, WholeMinutesAndHours) {
  EXPECT_EQ(vi("0.083333"), "5 phút");
  EXPECT_EQ(en("0.083333"), "5 min");
  EXPECT_EQ(vi("1.5"), "1 giờ 30 phút");
  EXPECT_EQ(en("1.5"), "1 h 30 min");
  EXPECT_EQ(vi("2"), "2 giờ");
  EXPECT_EQ(en("2"), "2 h");
  EXPECT_EQ(vi("2.25"), "2 giờ 15 phút");
  EXPECT_EQ(vi("8.333333"), "8 giờ 20 phút");
  EXPECT_EQ(vi("0.55"), "33 phút");
  EXPECT_EQ(vi("0.016667"), "1 phút");
  EXPECT_EQ(vi("0"), "0 phút");
  EXPECT_EQ(en("0"), "0 min");
  EXPECT_EQ(vi("1000"), "1.000 giờ");
  EXPECT_EQ(en("1000.5"), "1.000 h 30 min");
}

TEST(Duration, ApproximateIsSaid) {
  // 0.33 h is 19.8 min: not 20 minutes as written (that is 0.333333).
  EXPECT_EQ(vi("0.33"), "khoảng 20 phút");
  EXPECT_EQ(en("0.33"), "about 20 min");
  // 0.0125 h is 0.75 min; 0.008333 h is 0.49998 min.
  EXPECT_EQ(vi("0.0125"), "khoảng 1 phút");
  EXPECT_EQ(vi("0.008333"), "dưới 1 phút");
  EXPECT_EQ(en("0.000001"), "under 1 min");
  // A norm × units with more places than the table: 1.5 h × 0.333333 pages = 29.99997 min.
  EXPECT_EQ(duration_text(Quantity::parse("1.5") * Quantity::parse("0.333333"), Language::vi),
            "khoảng 30 phút");
  // Half a minute rounds up (half-up): 0.0625 h = 3.75 min → 4; 0.125 h = 7.5 min → 8.
  EXPECT_EQ(vi("0.0625"), "khoảng 4 phút");
  EXPECT_EQ(vi("0.125"), "khoảng 8 phút");
  EXPECT_EQ(vi("1.999999"), "khoảng 2 giờ");
}

TEST(Duration, MinutesAndExactness) {
  const cptt::Minutes m = cptt::to_minutes(Quantity::parse("0.166667"));
  EXPECT_EQ(m.minutes, cptt::Decimal::from_integer(10));
  EXPECT_TRUE(m.exact);
  const cptt::Minutes n = cptt::to_minutes(Quantity::parse("0.166666"));
  EXPECT_EQ(n.minutes, cptt::Decimal::from_integer(10));
  EXPECT_FALSE(n.exact);
  EXPECT_EQ(vi("-1.5"), "−1 giờ 30 phút");
}

TEST(Duration, EnglishHasNoVietnameseLetters) {
  for (const char* h : {"0", "0.000001", "0.33", "1.5", "2", "1000.5"})
    EXPECT_FALSE(cptt_test::has_vietnamese_letter(en(h))) << en(h);
}

// Every default of the activity catalogue reads as its source figure in minutes, exactly; every
// official norm reads exactly too.
TEST(Duration, EveryTableValueIsExact) {
  cptt::ReferenceLoad load = cptt::load_reference_data(CPTT_DATA_DIR);
  ASSERT_TRUE(load.result) << load.result.message.vi;
  int checked = 0;
  for (const cptt::CatalogueActivity& a : load.data.catalogue)
    for (std::size_t i = 0; i < a.hours.size(); ++i) {
      if (a.norm != cptt::NormKind::none)
        continue;
      const cptt::Minutes m = cptt::to_minutes(a.hours[i]);
      EXPECT_TRUE(m.exact) << a.id << " " << a.hours[i].to_canonical();
      EXPECT_EQ(duration_text(a.hours[i], Language::vi).rfind("khoảng", 0), std::string::npos);
      if (a.minutes[i]) {
        EXPECT_EQ(m.minutes, cptt::Decimal::from_integer(*a.minutes[i])) << a.id;
        ++checked;
      }
    }
  EXPECT_GE(checked, 40);
  for (const cptt::TimeNorm& n : load.data.norms)
    for (const Quantity& h : n.hours) {
      EXPECT_TRUE(cptt::to_minutes(h).exact) << n.label << " " << h.to_canonical();
      ++checked;
    }
  EXPECT_EQ(vi("0.083333"), "5 phút");
}

} // namespace
