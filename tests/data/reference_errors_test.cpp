// Bad reference files: each is refused with one message that names the place (file:line:col),
// the field and the value, and leaves what was loaded before untouched.
#include "cptt/reference/reference_data.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace cptt {
namespace {

using Reader = LoadResult (*)(const XmlSource&, ReferenceData&);

LoadResult read(Reader reader, std::string text, ReferenceData* out = nullptr) {
  ReferenceData scratch;
  XmlSource source = XmlSource::from_text(std::move(text), "bad.xml");
  return reader(source, out ? *out : scratch);
}

std::string income(const std::string& figures, const std::string& hours = R"(months="12")") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<income-statistics xmlns=\"urn:cptt:reference\" format-version=\"1\" version=\"7\">\n"
         "  <source>s</source>\n"
         "  <legal-basis>TT 03/2022</legal-basis>\n"
         "  <working-hours " +
         hours + R"( days-per-month="22" hours-per-day="8"/>)" + "\n" + figures +
         "</income-statistics>\n";
}

const char* good_figure = "  <figure id=\"f1\" kind=\"gdp-per-capita\" year=\"2023\" unit=\"VND\" "
                          "verified=\"true\">\n"
                          "    <value>101900000</value>\n"
                          "    <publisher>Cục Thống kê</publisher>\n"
                          "    <source>s</source>\n"
                          "  </figure>\n";

TEST(ReferenceErrors, GoodTextLoads) {
  ReferenceData out;
  LoadResult r = read(&read_income_statistics, income(good_figure), &out);
  ASSERT_TRUE(r) << r.describe(cptt::Language::vi);
  ASSERT_EQ(out.gdp.size(), 1u);
  EXPECT_EQ(out.gdp[0].location.line, 6);
  EXPECT_EQ(out.file("income-statistics")->version, "7");
}

TEST(ReferenceErrors, NonNumericFigureNamesFieldValueAndPlace) {
  std::string f = good_figure;
  f.replace(f.find("101900000"), 9, "101.900.000");
  LoadResult r = read(&read_income_statistics, income(f));
  EXPECT_EQ(r.status, LoadStatus::invalid_content);
  EXPECT_EQ(r.file, "bad.xml");
  EXPECT_EQ(r.line, 7);
  EXPECT_EQ(r.column, 5);
  EXPECT_NE(r.message.en.find("101.900.000"), std::string::npos) << r.message.en;
  EXPECT_NE(r.message.en.find("figure value"), std::string::npos) << r.message.en;
  EXPECT_EQ(r.describe(cptt::Language::vi).rfind("bad.xml:7:5: ", 0), 0u)
      << r.describe(cptt::Language::vi);
}

TEST(ReferenceErrors, NegativeAndZeroFiguresAreRefused) {
  for (const char* value : {"-5", "0"}) {
    std::string f = good_figure;
    f.replace(f.find("101900000"), 9, value);
    LoadResult r = read(&read_income_statistics, income(f));
    EXPECT_EQ(r.status, LoadStatus::invalid_content) << value;
    EXPECT_EQ(r.line, 7) << value;
    EXPECT_NE(r.message.en.find(std::string("\"") + value + "\""), std::string::npos)
        << r.message.en;
  }
}

TEST(ReferenceErrors, DuplicatedFigureId) {
  LoadResult r = read(&read_income_statistics, income(std::string(good_figure) + good_figure));
  EXPECT_EQ(r.status, LoadStatus::invalid_content);
  EXPECT_EQ(r.line, 11);
  EXPECT_EQ(r.column, 3);
  EXPECT_NE(r.message.en.find("\"f1\""), std::string::npos) << r.message.en;
}

TEST(ReferenceErrors, UnitMustFitTheKind) {
  std::string f = good_figure;
  f.replace(f.find("unit=\"VND\""), 10, "unit=\"persons\"");
  LoadResult r = read(&read_income_statistics, income(f));
  EXPECT_EQ(r.line, 6);
  EXPECT_NE(r.message.en.find("persons"), std::string::npos) << r.message.en;
}

TEST(ReferenceErrors, WorkingHoursOtherThanTheLawAreRefused) {
  LoadResult r = read(&read_income_statistics, income(good_figure, R"(months="13")"));
  EXPECT_EQ(r.status, LoadStatus::invalid_content);
  EXPECT_EQ(r.line, 5);
  EXPECT_NE(r.message.en.find("months=\"13\""), std::string::npos) << r.message.en;
}

TEST(ReferenceErrors, WrongNamespaceNewerVersionAndDoctype) {
  std::string text = income(good_figure);
  std::string wrong_ns = text;
  wrong_ns.replace(wrong_ns.find("urn:cptt:reference"), 18, "urn:cptt");
  LoadResult r = read(&read_income_statistics, wrong_ns);
  EXPECT_EQ(r.status, LoadStatus::wrong_document);
  EXPECT_EQ(r.line, 2);

  std::string newer = text;
  newer.replace(newer.find("format-version=\"1\""), 18, "format-version=\"2\"");
  EXPECT_EQ(read(&read_income_statistics, newer).status, LoadStatus::unsupported_version);

  EXPECT_EQ(read(&read_time_norms, text).status, LoadStatus::wrong_document); // wrong root

  std::string doctype = text;
  doctype.insert(doctype.find('\n') + 1, "<!DOCTYPE x [<!ENTITY a \"b\">]>\n");
  EXPECT_EQ(read(&read_income_statistics, doctype).status, LoadStatus::doctype_refused);

  LoadResult malformed = read(&read_income_statistics, text.substr(0, text.size() - 5));
  EXPECT_EQ(malformed.status, LoadStatus::malformed_xml);
  EXPECT_GT(malformed.line, 0);
}

TEST(ReferenceErrors, FailedReadLeavesEarlierDataUntouched) {
  ReferenceData out;
  ASSERT_TRUE(read(&read_income_statistics, income(good_figure), &out));
  std::string f = good_figure;
  f.replace(f.find("101900000"), 9, "abc");
  EXPECT_FALSE(read(&read_income_statistics, income(f), &out));
  ASSERT_EQ(out.gdp.size(), 1u);
  EXPECT_EQ(out.gdp[0].value, Decimal::from_integer(101'900'000));
}

std::string norms(const std::string& rows) {
  return "<time-norms xmlns=\"urn:cptt:reference\" format-version=\"1\" version=\"1\" "
         "verified=\"true\">\n"
         "  <source>s</source>\n"
         "  <legal-basis>TT 03/2022</legal-basis>\n" +
         rows + "</time-norms>\n";
}

TEST(ReferenceErrors, NormMissingAnAreaOrWithBadHours) {
  const std::string head = "  <norm kind=\"travel\" scope=\"commune\" per=\"trip\">\n"
                           "    <label>x</label>\n";
  LoadResult missing = read(&read_time_norms, norms(head + "    <hours area=\"urban\">1</hours>\n"
                                                           "    <hours area=\"rural\">1.5</hours>\n"
                                                           "  </norm>\n"));
  EXPECT_EQ(missing.line, 4);
  EXPECT_NE(missing.message.en.find("mountain-island"), std::string::npos) << missing.message.en;

  LoadResult bad =
      read(&read_time_norms, norms(head + "    <hours area=\"urban\">1</hours>\n"
                                          "    <hours area=\"rural\">-1.5</hours>\n"
                                          "    <hours area=\"mountain-island\">2</hours>\n"
                                          "  </norm>\n"));
  EXPECT_EQ(bad.line, 7);
  EXPECT_EQ(bad.column, 5);
  EXPECT_NE(bad.message.en.find("-1.5"), std::string::npos) << bad.message.en;

  LoadResult area = read(&read_time_norms, norms(head + "    <hours area=\"city\">1</hours>\n"
                                                        "  </norm>\n"));
  EXPECT_EQ(area.line, 6);
  EXPECT_NE(area.message.en.find("city"), std::string::npos) << area.message.en;
}

TEST(ReferenceErrors, DuplicatedNormRow) {
  const std::string row = "  <norm kind=\"form-filling\" per=\"page\">\n"
                          "    <label>x</label>\n"
                          "    <hours area=\"urban\">1</hours>\n"
                          "    <hours area=\"rural\">1.5</hours>\n"
                          "    <hours area=\"mountain-island\">2</hours>\n"
                          "  </norm>\n";
  LoadResult r = read(&read_time_norms, norms(row + row));
  EXPECT_EQ(r.line, 10);
  EXPECT_NE(r.message.en.find("form-filling"), std::string::npos) << r.message.en;
}

std::string catalogue(const std::string& hours) {
  return "<activity-catalogue xmlns=\"urn:cptt:reference\" format-version=\"1\" version=\"1\" "
         "verified=\"false\">\n"
         "  <source>s</source>\n"
         "  <notice>n</notice>\n"
         "  <activity id=\"familiarise\">\n"
         "    <name-vi>Tìm hiểu</name-vi>\n"
         "    <name-en>Familiarise</name-en>\n"
         "    <basis>b</basis>\n" +
         hours + "  </activity>\n</activity-catalogue>\n";
}

TEST(ReferenceErrors, CatalogueHoursMustMatchTheSourceMinutes) {
  LoadResult ok = read(&read_activity_catalogue,
                       catalogue("    <hours complexity=\"simple\" minutes=\"3\">0.05</hours>\n"
                                 "    <hours complexity=\"medium\" minutes=\"5\">0.083333</hours>\n"
                                 "    <hours complexity=\"complex\">1</hours>\n"));
  EXPECT_TRUE(ok) << ok.describe(cptt::Language::vi);
  LoadResult r = read(&read_activity_catalogue,
                      catalogue("    <hours complexity=\"simple\" minutes=\"3\">0.05</hours>\n"
                                "    <hours complexity=\"medium\" minutes=\"5\">0.08</hours>\n"
                                "    <hours complexity=\"complex\">1</hours>\n"));
  EXPECT_EQ(r.status, LoadStatus::invalid_content);
  EXPECT_EQ(r.line, 9);
  EXPECT_NE(r.message.en.find("0.083333"), std::string::npos) << r.message.en;
  EXPECT_NE(r.message.en.find("\"0.08\""), std::string::npos) << r.message.en;
}

TEST(ReferenceErrors, CatalogueHoursMustNotDecreaseOrBeMissing) {
  LoadResult order =
      read(&read_activity_catalogue, catalogue("    <hours complexity=\"simple\">2</hours>\n"
                                               "    <hours complexity=\"medium\">1</hours>\n"
                                               "    <hours complexity=\"complex\">3</hours>\n"));
  EXPECT_EQ(order.line, 4);
  EXPECT_NE(order.message.en.find("familiarise"), std::string::npos) << order.message.en;
  LoadResult missing =
      read(&read_activity_catalogue, catalogue("    <hours complexity=\"simple\">2</hours>\n"));
  EXPECT_EQ(missing.line, 4);
  EXPECT_NE(missing.message.en.find("medium"), std::string::npos) << missing.message.en;
  LoadResult unknown = read(&read_activity_catalogue, catalogue("    <minutes>3</minutes>\n"));
  EXPECT_EQ(unknown.line, 8);
  EXPECT_NE(unknown.message.en.find("minutes"), std::string::npos) << unknown.message.en;
}

std::string plausibility(const std::string& thresholds) {
  return "<plausibility xmlns=\"urn:cptt:reference\" format-version=\"1\" version=\"1\">\n"
         "  <source>s</source>\n" +
         thresholds + "</plausibility>\n";
}

std::string threshold(const char* id, const char* value) {
  return std::string("  <threshold id=\"") + id + "\" unit=\"u\"><value>" + value +
         "</value><description>d</description></threshold>\n";
}

TEST(ReferenceErrors, PlausibilityNeedsEveryKnownThresholdOnce) {
  const char* ids[] = {
      "max-frequency", "hours-factor-over-catalogue", "max-task-hours",     "max-norm-units",
      "max-subjects",  "max-rate-deviation-percent",  "max-rate-age-years", "max-services-per-task",
      "max-fee"};
  std::string all;
  for (const char* id : ids)
    all += threshold(id, "5");
  ReferenceData out;
  LoadResult ok = read(&read_plausibility, plausibility(all), &out);
  ASSERT_TRUE(ok) << ok.describe(cptt::Language::vi);
  EXPECT_EQ(out.plausibility.max_rate_age_years, 5);

  LoadResult unknown = read(&read_plausibility, plausibility(all + threshold("max-frequncy", "1")));
  EXPECT_EQ(unknown.line, 12);
  EXPECT_NE(unknown.message.en.find("max-frequncy"), std::string::npos) << unknown.message.en;

  LoadResult twice = read(&read_plausibility, plausibility(all + threshold("max-fee", "1")));
  EXPECT_EQ(twice.line, 12);
  EXPECT_NE(twice.message.en.find("max-fee"), std::string::npos) << twice.message.en;

  std::string without = all;
  without.erase(0, threshold("max-frequency", "5").size());
  LoadResult missing = read(&read_plausibility, plausibility(without));
  EXPECT_EQ(missing.line, 1);
  EXPECT_NE(missing.message.en.find("max-frequency"), std::string::npos) << missing.message.en;

  std::string fraction = all;
  fraction.replace(fraction.find(threshold("max-rate-age-years", "5")),
                   threshold("max-rate-age-years", "5").size(),
                   threshold("max-rate-age-years", "1.5"));
  LoadResult whole = read(&read_plausibility, plausibility(fraction));
  EXPECT_EQ(whole.line, 9);
  EXPECT_NE(whole.message.en.find("1.5"), std::string::npos) << whole.message.en;
}

TEST(ReferenceErrors, MissingFileInTheFolderIsNamed) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("cptt-reference-missing-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(fs::path(CPTT_DATA_DIR) / "reference" / "income-statistics.xml",
                dir / "income-statistics.xml");
  ReferenceLoad load = load_reference_data(dir.string());
  EXPECT_EQ(load.result.status, LoadStatus::io_error);
  EXPECT_NE(load.result.file.find("time-norms.xml"), std::string::npos)
      << load.result.describe(cptt::Language::vi);
  fs::remove_all(dir);
}

TEST(ReferenceErrors, ABadShippedFileCopyIsLocated) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("cptt-reference-bad-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::copy(fs::path(CPTT_DATA_DIR) / "reference", dir);
  // Change the rural commune norm (line of the first rural <hours>) to an invalid number.
  std::ifstream in(dir / "time-norms.xml");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  const std::size_t at = text.find("<hours area=\"rural\">1.5</hours>");
  ASSERT_NE(at, std::string::npos);
  const int line =
      1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  text.replace(at, 31, "<hours area=\"rural\">1,5</hours>");
  std::ofstream(dir / "time-norms.xml") << text;
  ReferenceLoad load = load_reference_data(dir.string());
  EXPECT_EQ(load.result.status, LoadStatus::invalid_content);
  EXPECT_EQ(load.result.line, line);
  EXPECT_EQ(load.result.column, 5);
  EXPECT_NE(load.result.message.en.find("1,5"), std::string::npos) << load.result.message.en;
  fs::remove_all(dir);
}

} // namespace
} // namespace cptt
