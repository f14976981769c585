// The findings catalogue: docs/findings.md documents exactly its codes with their severities;
// every text fills its arguments and names no argument twice; a finding's text is in one language.
#include "cptt/finding_catalog.h"
#include "cptt/rules.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace cptt;

namespace {

// "| CPTT-E001 | error | …" rows of docs/findings.md: code → severity.
std::map<std::string, std::string> documented_codes() {
  std::ifstream in(std::string(CPTT_SOURCE_DIR) + "/docs/findings.md");
  EXPECT_TRUE(in) << "docs/findings.md";
  std::map<std::string, std::string> out;
  std::string line;
  const std::regex row(R"(^\|\s*(CPTT-[ENW][0-9]{3})\s*\|\s*(error|warning|note)\s*\|)");
  std::smatch m;
  while (std::getline(in, line))
    if (std::regex_search(line, m, row)) {
      EXPECT_TRUE(out.emplace(m[1], m[2]).second) << m[1] << " documented twice";
    }
  return out;
}

} // namespace

TEST(FindingCatalog, DocsAndCatalogueAgree) {
  const std::map<std::string, std::string> docs = documented_codes();
  ASSERT_GT(docs.size(), 50u);
  std::set<std::string> codes;
  for (const CatalogEntry& e : finding_catalog()) {
    codes.insert(std::string(e.code));
    auto it = docs.find(std::string(e.code));
    ASSERT_NE(it, docs.end()) << e.code << " is not documented in docs/findings.md";
    EXPECT_EQ(it->second, to_id(e.severity)) << e.code;
  }
  for (const auto& [code, severity] : docs)
    EXPECT_TRUE(codes.count(code)) << code << " is documented but not in the catalogue";
}

TEST(FindingCatalog, EveryTextIsOneLanguageWithItsArguments) {
  const std::regex name(R"(\{([a-z_]+)\})");
  for (const CatalogEntry& e : finding_catalog()) {
    EXPECT_FALSE(e.vi.empty()) << e.code;
    EXPECT_FALSE(e.en.empty()) << e.code;
    EXPECT_EQ(std::string(e.vi).find(" / "), std::string::npos) << e.code << " " << e.variant;
    EXPECT_EQ(std::string(e.en).find(" / "), std::string::npos) << e.code << " " << e.variant;
    // Both texts take the same arguments.
    std::set<std::string> vi, en;
    const std::string v(e.vi), n(e.en);
    for (std::sregex_iterator i(v.begin(), v.end(), name), end; i != end; ++i)
      vi.insert((*i)[1]);
    for (std::sregex_iterator i(n.begin(), n.end(), name), end; i != end; ++i)
      en.insert((*i)[1]);
    EXPECT_EQ(vi, en) << e.code << " " << e.variant;
    EXPECT_EQ(e.rule_vi.empty(), e.rule_en.empty()) << e.code;
  }
}

TEST(FindingCatalog, AFindingIsMadeForALanguageWhenShown) {
  Dossier d;
  d.draft.title = "Nghị định";
  Procedure p;
  p.id = "P1";
  p.name = "Cấp phép";
  p.kind = ProcedureKind::amended;
  d.procedures.push_back(p);
  const std::vector<Finding> found = check_rules(d);
  const Finding* e001 = nullptr;
  for (const Finding& f : found)
    if (f.code == "CPTT-E001")
      e001 = &f;
  ASSERT_NE(e001, nullptr);
  EXPECT_EQ(e001->severity, Severity::error);
  EXPECT_NE(e001->message(Language::vi).find("“Cấp phép” (Sửa đổi, bổ sung)"), std::string::npos)
      << e001->message(Language::vi);
  EXPECT_NE(e001->message(Language::en).find("“Cấp phép” (Amended) has no current worksheet"),
            std::string::npos)
      << e001->message(Language::en);
  EXPECT_EQ(e001->message(Language::en).find("thiếu"), std::string::npos);
}

TEST(FindingCatalog, OptionalPartsAndRules) {
  const CatalogEntry* e = find_catalog_entry("CPTT-E106", "text");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(expand_text(*e, {}, Language::en), "no reason is given: give the reason");
  EXPECT_EQ(expand_text(*e, {arg("reason", Text{"lý do", "why"})}, Language::en),
            "no reason is given (why): give the reason");
  const CatalogEntry* gate = find_catalog_entry("CPTT-W105", "not-necessary");
  ASSERT_NE(gate, nullptr);
  const std::string vi = expand_text(*gate, {arg("answer", "Không")}, Language::vi);
  EXPECT_NE(vi.find("dự thảo không nên quy định thủ tục này"), std::string::npos) << vi;
  EXPECT_NE(vi.find("(Điều 10 Thông tư 03/2022/TT-BTP)"), std::string::npos) << vi;
  // An unknown variant falls back to the code's first text.
  EXPECT_EQ(find_catalog_entry("CPTT-W004", "nonsense"), find_catalog_entry("CPTT-W004"));
  EXPECT_EQ(find_catalog_entry("CPTT-X999"), nullptr);
}
