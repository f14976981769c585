#include "builders.h"
#include "cptt/digest.h"
#include "cptt/report.h"

#include <gtest/gtest.h>

using namespace cptt;
using namespace cptt::test;

namespace {

Dossier sample() {
  Dossier d;
  d.draft.title = "Dự thảo";
  d.rates.push_back(direct_rate("r", "25000"));
  d.procedures.push_back(online_filing("P1", "r"));
  return d;
}

std::string exported() {
  ReportMetadata meta;
  meta.exported = "2026-11-29T00:00:00Z";
  return write_report(sample(), compute(sample()), meta);
}

void replace_once(std::string& text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
}

} // namespace

TEST(Report, CarriesInputsResultsAndAMatchingDigest) {
  std::string text = exported();
  ReportLoad load = load_report_text(text);
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  EXPECT_EQ(load.digest, DigestStatus::matches);
  EXPECT_EQ(load.declared_digest.size(), 64u);
  EXPECT_EQ(load.dossier.procedures.at(0).name, "Đăng ký trực tuyến");
  EXPECT_EQ(load.declared.totals.before, money("3750000000"));
  EXPECT_EQ(load.declared.procedures.at(0).current->tasks.at(1).task_cost, money("80000"));
  EXPECT_EQ(load.declared.procedures.at(0).reduction_percent->to_fixed(2), "32.00");
  EXPECT_NE(text.find("half-up"), std::string::npos);
  EXPECT_EQ(load.metadata.exported, "2026-11-29T00:00:00Z");
}

TEST(Report, ReindentingDoesNotCountAsTampering) {
  std::string text = exported();
  std::string flat;
  bool in_tag = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '<')
      in_tag = true;
    if (c == '>')
      in_tag = false;
    // Drop the newlines and indentation between elements.
    if (!in_tag &&
        (c == '\n' || (c == ' ' && i > 0 && (text[i - 1] == '\n' || text[i - 1] == ' '))))
      continue;
    flat += c;
  }
  ASSERT_NE(flat, text);
  ReportLoad load = load_report_text(flat);
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  EXPECT_EQ(load.digest, DigestStatus::matches);
}

TEST(Report, AnyChangeOfContentIsCaught) {
  struct Case {
    const char* what;
    std::string from, to;
  };
  for (const Case& c : std::vector<Case>{
           {"a figure", "annual=\"3750000000\"", "annual=\"3750000001\""},
           {"an hour value", "<hours>4</hours>", "<hours>3</hours>"},
           {"a rate", "<value>25000</value>", "<value>26000</value>"},
           {"whitespace in a text", "<name>Chuẩn bị hồ sơ</name>", "<name>Chuẩn bị hồ sơ </name>"},
           {"an attribute", "kind=\"amended\"", "kind=\"detailed\""},
       }) {
    std::string text = exported();
    replace_once(text, c.from, c.to);
    ReportLoad load = load_report_text(text);
    ASSERT_TRUE(load.result) << c.what << ": " << load.result.describe(cptt::Language::vi);
    EXPECT_EQ(load.digest, DigestStatus::mismatch) << c.what;
  }
}

TEST(Report, MissingDigestIsReported) {
  std::string text = exported();
  std::size_t start = text.find("  <digest");
  std::size_t end = text.find("</digest>") + 10;
  text.erase(start, end - start);
  ReportLoad load = load_report_text(text);
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  EXPECT_EQ(load.digest, DigestStatus::missing);
}

TEST(Report, BrokenInnerDossierIsLocated) {
  std::string text = exported();
  replace_once(text, "<hours>4</hours>", "<hours>x</hours>");
  ReportLoad load = load_report_text(text, "r.xml");
  ASSERT_FALSE(load.result);
  EXPECT_GT(load.result.line, 10);
  EXPECT_NE(load.result.describe(cptt::Language::vi).find("\"x\""), std::string::npos)
      << load.result.describe(cptt::Language::vi);
}

TEST(Report, StreamedDigestEqualsTheHashOfTheCanonicalText) {
  pugi::xml_document document;
  std::string text = "<a z=\"1\" b=\"x&amp;y\"><b>t &lt; u</b>  <c/>";
  for (int i = 0; i < 20; ++i) // more than 16 attributes takes the other path
    text.replace(text.find("<c/>"), 4, "<c a" + std::to_string(i) + "=\"v\"/><c/>");
  text += "<d";
  for (int i = 0; i < 20; ++i)
    text += " k" + std::to_string(19 - i) + "=\"" + std::string(5000, 'x') + "\"";
  text += "/></a>";
  ASSERT_TRUE(document.load_string(text.c_str()));
  pugi::xml_node root = document.document_element();
  EXPECT_EQ(canonical_digest(root), sha256_hex(canonical_content(root)));
  EXPECT_EQ(canonical_content(root.child("b")), "<b>t &lt; u</b>");
  EXPECT_EQ(canonical_content(root).substr(0, 21), "<a b=\"x&amp;y\" z=\"1\">");
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}
