// One date check for every reader: a day that does not exist is refused with its place.
#include "cptt/dates.h"
#include "cptt/dossier_xml.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>

using cptt::is_iso_date;
using cptt::is_iso_date_time;

TEST(Dates, RealDaysOnly) {
  EXPECT_TRUE(is_iso_date("2024-03-01"));
  EXPECT_TRUE(is_iso_date("2024-02-29")); // leap year
  EXPECT_TRUE(is_iso_date("2000-02-29")); // divisible by 400
  EXPECT_FALSE(is_iso_date("2023-02-29"));
  EXPECT_FALSE(is_iso_date("1900-02-29")); // divisible by 100
  EXPECT_FALSE(is_iso_date("2024-13-45"));
  EXPECT_FALSE(is_iso_date("2024-00-10"));
  EXPECT_FALSE(is_iso_date("2024-04-31"));
  EXPECT_FALSE(is_iso_date("2024-4-1"));
  EXPECT_FALSE(is_iso_date("2024-03-01T10:00"));
}

TEST(Dates, TimesOfDay) {
  EXPECT_TRUE(is_iso_date_time("2026-11-29"));
  EXPECT_TRUE(is_iso_date_time("2026-11-29T16:00"));
  EXPECT_TRUE(is_iso_date_time("2026-11-29T16:00:05Z"));
  EXPECT_TRUE(is_iso_date_time("2026-11-29T23:59:59"));
  EXPECT_FALSE(is_iso_date_time("2026-11-29T24:00"));
  EXPECT_FALSE(is_iso_date_time("2026-11-29T16:60"));
  EXPECT_FALSE(is_iso_date_time("2026-11-29T16:00:61Z"));
  EXPECT_FALSE(is_iso_date_time("2026-11-31T16:00:00Z"));
  EXPECT_FALSE(is_iso_date_time("2026-11-29 16:00"));
}

TEST(Dates, ADossierWithAnImpossibleDateIsRefusedAtItsPlace) {
  std::ifstream in(std::string(CPTT_DATA_DIR) + "/examples/case-dossier-total.cptt.xml");
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const std::regex created("<created>[^<]*</created>");
  ASSERT_TRUE(std::regex_search(text, created));
  text = std::regex_replace(text, created, "<created>2024-13-45</created>");
  const cptt::DossierLoad load = cptt::load_dossier_text(text, "d.xml");
  ASSERT_FALSE(load.result);
  const std::string message = load.result.describe(cptt::Language::en);
  EXPECT_NE(message.find("2024-13-45"), std::string::npos) << message;
  EXPECT_GT(load.result.line, 0);
}
