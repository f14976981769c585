// The bounds of a dossier's figures: one table, which the reader applies to a file (and the app
// to typed text, tests/qml/tst_store.cpp).
#include "cptt/dossier_xml.h"
#include "cptt/figure_bounds.h"
#include "cptt/file_read.h"

#include <gtest/gtest.h>

#include <string>

using namespace cptt;

namespace {

Decimal num(const char* text) { return *Decimal::try_parse(text, NumberStyle::canonical); }

// The worked example with its first `<element>` text (or, for population, a GDP ÷ population
// route of its rate) replaced by `value`.
std::string exampleWith(const std::string& element, const std::string& value) {
  std::string text =
      read_regular_file(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml", 1 << 20).text();
  if (element == "population") {
    const std::string per_capita = "<gdp-per-capita>101900000</gdp-per-capita>";
    text.replace(text.find(per_capita), per_capita.size(),
                 "<gdp>1000000000</gdp><population>" + value + "</population>");
    return text;
  }
  const std::string open = "<" + element + ">";
  const std::size_t at = text.find(open) + open.size();
  text.replace(at, text.find('<', at) - at, value);
  return text;
}

} // namespace

TEST(FigureBounds, EachFigureHasItsBound) {
  EXPECT_FALSE(within(rule_of(Figure::frequency), num("0")));
  EXPECT_TRUE(within(rule_of(Figure::frequency), num("0.5")));
  EXPECT_FALSE(within(rule_of(Figure::norm_units), num("0")));
  EXPECT_FALSE(within(rule_of(Figure::population), num("0")));
  // An amount of 0 is a figure (a free service, a rate still to be typed), never a negative one.
  for (Figure f : {Figure::services, Figure::other_costs, Figure::fee, Figure::subjects,
                   Figure::gdp_per_capita, Figure::gdp, Figure::direct_rate, Figure::hours}) {
    EXPECT_TRUE(within(rule_of(f), num("0")));
    EXPECT_FALSE(within(rule_of(f), num("-1")));
  }
  EXPECT_TRUE(within(rule_of(Figure::hours), Decimal::from_integer(max_task_hours)));
  EXPECT_FALSE(within(rule_of(Figure::hours), num("10000.5")));
}

TEST(FigureBounds, TheReaderAppliesTheTable) {
  EXPECT_TRUE(load_dossier_text(exampleWith("frequency", "0.5")).result);
  EXPECT_FALSE(load_dossier_text(exampleWith("frequency", "0")).result);
  EXPECT_TRUE(load_dossier_text(exampleWith("hours", "10000")).result);
  EXPECT_FALSE(load_dossier_text(exampleWith("hours", "10000.5")).result);
  EXPECT_TRUE(load_dossier_text(exampleWith("population", "100")).result);
  EXPECT_FALSE(load_dossier_text(exampleWith("population", "0")).result);
}
