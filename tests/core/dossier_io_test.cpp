#include "builders.h"
#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

using namespace cptt;
using namespace cptt::test;

namespace {

Dossier sample() {
  Dossier d;
  d.draft.title = "Nghị định quy định thủ tục cấp phép (thử nghiệm)";
  d.draft.document_type = "nghi-dinh";
  d.draft.drafting_body = "Sở Tư pháp";
  d.draft.contact = {"Nguyễn Văn A", "024 1234 5678", "a@example.vn"};
  d.draft.calculation_year = 2024;
  d.draft.notes = "Dòng một\nDòng hai & <ba>";
  d.rates.push_back(direct_rate("r", "25000"));
  IncomeRate derived;
  derived.id = "gdp-2023";
  derived.kind = IncomeRate::Kind::derived;
  derived.year = 2023;
  derived.gdp_per_capita = money("101900000");
  derived.publisher = "Cục Thống kê";
  d.rates.push_back(derived);
  Procedure p = online_filing("P1", "r");
  p.articles = {"Điều 5, khoản 2", "Điều 6"};
  p.current->tasks[0].norm = {NormKind::travel, TravelScope::commune, Area::rural, qty("2")};
  p.current->tasks[0].catalogue_ref = "prepare-data";
  p.current->tasks[0].complexity = "medium";
  p.current->tasks[0].evidence = "Khảo sát 2024";
  p.current->tasks[1].other_costs = money("1500.5");
  d.procedures.push_back(p);
  AnswerSet answers;
  answers.form_id = "tt03-2022-03";
  answers.procedure_id = "P1";
  Answer yes;
  yes.field = "name.clear";
  yes.value = "yes";
  yes.reason = "Tên rõ ràng";
  Answer table;
  table.field = "documents";
  table.is_table = true;
  table.rows.push_back({{{"name", "Tờ khai"}, {"copies", "1"}}, {}});
  answers.answers = {yes, table};
  d.answers.push_back(answers);
  return d;
}

// A minimal valid dossier with `worksheet` (inner XML) as the only procedure's content.
std::string with_procedure(const std::string& procedure_attributes, const std::string& inner) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<dossier xmlns=\"urn:cptt\" format-version=\"1\">\n"
         "  <draft><title>T</title></draft>\n"
         "  <rates><rate id=\"r\" kind=\"direct\"><value>25000</value></rate></rates>\n"
         "  <procedures>\n"
         "    <procedure id=\"P1\" " +
         procedure_attributes + ">\n" + inner +
         "    </procedure>\n"
         "  </procedures>\n"
         "</dossier>\n";
}

std::string new_with_task(const std::string& task_inner, const std::string& tail = "") {
  return with_procedure("kind=\"new\" level=\"provincial\" subject-type=\"individual\"",
                        "      <name>N</name>\n"
                        "      <worksheet variant=\"proposed\" rate=\"r\">\n"
                        "        <task><name>A</name>" +
                            task_inner +
                            "</task>\n"
                            "        <frequency>1</frequency><subjects>10</subjects>\n" +
                            tail + "      </worksheet>\n");
}

void expect_error(const std::string& text, LoadStatus status, int line, int column,
                  std::initializer_list<const char*> fragments) {
  DossierLoad load = load_dossier_text(text, "bad.cptt.xml");
  ASSERT_FALSE(load.result) << text;
  EXPECT_EQ(load.result.status, status) << load.result.describe(cptt::Language::vi);
  EXPECT_EQ(load.result.line, line) << load.result.describe(cptt::Language::vi);
  EXPECT_EQ(load.result.column, column) << load.result.describe(cptt::Language::vi);
  // A fragment with Vietnamese letters is looked for in the Vietnamese text, any other one (a
  // value, an XML name, English words) in the English text.
  for (const char* f : fragments) {
    const bool vietnamese = std::any_of(f, f + std::strlen(f), [](char c) { return c & 0x80; });
    const std::string text =
        load.result.describe(vietnamese ? cptt::Language::vi : cptt::Language::en);
    EXPECT_NE(text.find(f), std::string::npos) << "missing \"" << f << "\" in: " << text;
  }
}

} // namespace

TEST(DossierIo, RoundTripIsCanonical) {
  std::string first = write_dossier(sample());
  DossierLoad load = load_dossier_text(first);
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  std::string second = write_dossier(load.dossier);
  EXPECT_EQ(first, second);
  EXPECT_EQ(load.dossier.draft.notes, "Dòng một\nDòng hai & <ba>");
  EXPECT_EQ(load.dossier.procedures[0].current->tasks[1].other_costs, money("1500.5"));
  EXPECT_EQ(load.dossier.procedures[0].current->tasks[0].norm.area, Area::rural);
  ASSERT_EQ(load.dossier.answers.size(), 1u);
  EXPECT_EQ(load.dossier.answers[0].answers[1].rows[0].cells[0].value, "Tờ khai");
  EXPECT_EQ(compute(load.dossier).totals.before, compute(sample()).totals.before);
}

TEST(DossierIo, SaveIsAtomicAndKeepsTheOldFileOnFailure) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "cptt-io-test";
  fs::create_directories(dir);
  fs::path file = dir / "a.cptt.xml";
  ASSERT_TRUE(save_dossier_file(sample(), file.string()).empty());
  DossierLoad load = load_dossier_file(file.string());
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  // Saving into a folder that does not exist fails with a message and writes nothing.
  const cptt::Text error = save_dossier_file(sample(), (dir / "missing" / "b.xml").string());
  EXPECT_FALSE(error.vi.empty());
  EXPECT_FALSE(error.en.empty());
  EXPECT_FALSE(fs::exists(dir / "missing"));
  // No temporary files are left behind.
  for (const auto& entry : fs::directory_iterator(dir))
    EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos);
  fs::remove_all(dir);
}

TEST(DossierIo, MalformedXmlIsLocated) {
  expect_error("<dossier xmlns=\"urn:cptt\" format-version=\"1\">\n  <draft><title>T</draft>\n",
               LoadStatus::malformed_xml, 2, 20, {"bad.cptt.xml:2:20", "XML"});
}

TEST(DossierIo, WrongNamespaceOrRootOrNewerVersion) {
  expect_error("<dossier xmlns=\"urn:other\" format-version=\"1\"/>", LoadStatus::wrong_document, 1,
               1, {"urn:other", "urn:cptt"});
  expect_error("<report xmlns=\"urn:cptt\" format-version=\"1\"/>", LoadStatus::wrong_document, 1,
               1, {"<report>"});
  expect_error("<dossier xmlns=\"urn:cptt\" format-version=\"7\"><draft/></dossier>",
               LoadStatus::unsupported_version, 1, 1, {"7"});
}

TEST(DossierIo, DoctypeIsRefused) {
  expect_error("<?xml version=\"1.0\"?>\n<!DOCTYPE dossier [<!ENTITY x \"y\">]>\n"
               "<dossier xmlns=\"urn:cptt\" format-version=\"1\"><draft><title>T</title></draft>"
               "</dossier>",
               LoadStatus::doctype_refused, 2, 1, {"DOCTYPE"});
}

TEST(DossierIo, InvalidUtf8IsLocated) {
  std::string text = "<dossier xmlns=\"urn:cptt\" format-version=\"1\">\n<draft><title>Ab\xC3";
  text += "\x28</title></draft></dossier>";
  expect_error(text, LoadStatus::invalid_encoding, 2, 17, {"UTF-8", "0xC3"});
}

TEST(DossierIo, SizeLimit) {
  DossierLoad load;
  XmlSource source = XmlSource::from_text(std::string(2000, ' '), "big.xml", 1000);
  EXPECT_EQ(source.result().status, LoadStatus::too_large);
  EXPECT_NE(source.result().message.en.find("2000"), std::string::npos);
}

TEST(DossierIo, DuplicateAndMissingIds) {
  std::string two_rates =
      "<dossier xmlns=\"urn:cptt\" format-version=\"1\">\n  <draft><title>T</title></draft>\n"
      "  <rates>\n    <rate id=\"r\" kind=\"direct\"><value>1</value></rate>\n"
      "    <rate id=\"r\" kind=\"direct\"><value>2</value></rate>\n  </rates>\n</dossier>\n";
  expect_error(two_rates, LoadStatus::invalid_content, 5, 5, {"\"r\"", "duplicate"});
  expect_error(with_procedure("kind=\"new\" level=\"provincial\"", "<name>N</name>"),
               LoadStatus::invalid_content, 6, 5, {"subject-type", "missing attribute"});
  expect_error(with_procedure("kind=\"changed\" level=\"provincial\" subject-type=\"both\"",
                              "<name>N</name>"),
               LoadStatus::invalid_content, 6, 5, {"kind=\"changed\"", "amended"});
}

TEST(DossierIo, LaterProblemsAreLocatedAfterEarlierProceduresAreRead) {
  // A file's reader frees each procedure's nodes once it is read: what follows keeps its place.
  auto procedure = [](const char* id) {
    return std::string("    <procedure id=\"") + id +
           "\" kind=\"abolished\" level=\"provincial\" subject-type=\"both\">\n"
           "      <name>N</name>\n    </procedure>\n";
  };
  const std::string head = "<dossier xmlns=\"urn:cptt\" format-version=\"1\">\n"
                           "  <draft><title>T</title></draft>\n  <procedures>\n" +
                           procedure("P1") + procedure("P2");
  expect_error(head + procedure("P1") + "  </procedures>\n</dossier>\n",
               LoadStatus::invalid_content, 10, 5, {"\"P1\"", "duplicate"});
  const std::string answers = "  </procedures>\n"
                              "  <answers form=\"f\" procedure=\"P2\"/>\n"
                              "  <answers form=\"f\" procedure=\"P3\"/>\n</dossier>\n";
  expect_error(head + answers, LoadStatus::invalid_content, 12, 3, {"\"P3\"", "unknown"});
  DossierLoad load = load_dossier_text(head + "  </procedures>\n</dossier>\n");
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  ASSERT_EQ(load.dossier.procedures.size(), 2u);
  EXPECT_EQ(load.dossier.procedures[1].id, "P2");
  EXPECT_EQ(load.dossier.procedures[1].location.line, 7);
}

TEST(DossierIo, UnknownRate) {
  std::string text = with_procedure(
      "kind=\"new\" level=\"provincial\" subject-type=\"individual\"",
      "      <name>N</name>\n      <worksheet variant=\"proposed\" rate=\"gdp-2099\">\n"
      "        <frequency>1</frequency><subjects>1</subjects>\n      </worksheet>\n");
  expect_error(text, LoadStatus::invalid_content, 8, 7, {"gdp-2099", "unknown rate"});
}

TEST(DossierIo, WorksheetThatTheKindDoesNotHave) {
  std::string text = with_procedure(
      "kind=\"new\" level=\"provincial\" subject-type=\"individual\"",
      "      <name>N</name>\n      <worksheet variant=\"current\" rate=\"r\">\n"
      "        <frequency>1</frequency><subjects>1</subjects>\n      </worksheet>\n");
  expect_error(text, LoadStatus::invalid_content, 8, 7, {"\"current\""});
}

TEST(DossierIo, NonNumericNegativeAndOversizedValues) {
  expect_error(new_with_task("<hours>bốn</hours>"), LoadStatus::invalid_content, 9, 29,
               {"\"bốn\"", "hours", "công việc 1 (\"A\")"});
  expect_error(new_with_task("<hours>4</hours><services>-5000</services>"),
               LoadStatus::invalid_content, 9, 45, {"\"-5000\"", "services", "negative"});
  expect_error(new_with_task("<hours>10000.5</hours>"), LoadStatus::invalid_content, 9, 29,
               {"\"10000.5\"", "10000"});
  expect_error(new_with_task("<hours>1</hours><services>1.234.567</services>"),
               LoadStatus::invalid_content, 9, 45, {"\"1.234.567\""});
  expect_error(new_with_task("<hours>1</hours><services>1234567890123456789012345678901234567"
                             "</services>"),
               LoadStatus::invalid_content, 9, 45, {"too large"});
  expect_error(new_with_task("<hours>1</hours>", "<fee><name>F</name><amount>abc</amount></fee>\n"),
               LoadStatus::invalid_content, 11, 20, {"\"abc\"", "fee"});
}

TEST(DossierIo, MissingSubjectsOrZeroFrequency) {
  std::string text = with_procedure(
      "kind=\"new\" level=\"provincial\" subject-type=\"individual\"",
      "      <name>N</name>\n      <worksheet variant=\"proposed\" rate=\"r\">\n"
      "        <frequency>0</frequency><subjects>1</subjects>\n      </worksheet>\n");
  expect_error(text, LoadStatus::invalid_content, 9, 9, {"frequency"});
  std::string no_subjects =
      with_procedure("kind=\"new\" level=\"provincial\" subject-type=\"individual\"",
                     "      <name>N</name>\n      <worksheet variant=\"proposed\" rate=\"r\">\n"
                     "        <frequency>1</frequency>\n      </worksheet>\n");
  expect_error(no_subjects, LoadStatus::invalid_content, 8, 7, {"one-case"});
}

TEST(DossierIo, OverflowInComputeIsAnErrorNotAWrap) {
  std::string text =
      new_with_task("<hours>10000</hours><services>999999999999999999999999</services>");
  text.replace(text.find("<subjects>10</subjects>"), 23,
               "<subjects>999999999999999999999999</subjects>");
  DossierLoad load = load_dossier_text(text);
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  EXPECT_THROW(compute(load.dossier), OverflowError);
}

TEST(DossierIo, UnknownElementIsNamed) {
  expect_error(new_with_task("<hours>1</hours><minutes>5</minutes>"), LoadStatus::invalid_content,
               9, 45, {"<minutes>"});
}

TEST(DossierIo, DatesYearsComplexityAndIdsAreChecked) {
  auto draft = [](const std::string& inner) {
    return "<dossier xmlns=\"urn:cptt\" format-version=\"1\">\n  <draft><title>T</title>" + inner +
           "</draft>\n</dossier>\n";
  };
  expect_error(draft("<created>1/3/2024</created>"), LoadStatus::invalid_content, 2, 26,
               {"\"1/3/2024\"", "ISO"});
  expect_error(draft("<calculation-year>24</calculation-year>"), LoadStatus::invalid_content, 2, 26,
               {"\"24\"", "1900"});
  expect_error(new_with_task("<catalogue ref=\"x\" complexity=\"hard\"/><hours>1</hours>"),
               LoadStatus::invalid_content, 9, 29, {"complexity=\"hard\""});
  std::string spaced =
      with_procedure("kind=\"new\" level=\"provincial\" subject-type=\"both\"", "<name>N</name>");
  spaced.replace(spaced.find("id=\"P1\""), 7, "id=\"P 1\"");
  expect_error(spaced, LoadStatus::invalid_content, 6, 5, {"\"P 1\"", "spaces"});
}

TEST(DossierIo, EmptyNamesReopenAndAreReportedByValidation) {
  Dossier d = sample();
  d.draft.title.clear();
  d.procedures[0].name.clear();
  d.procedures[0].current->tasks[0].name.clear();
  d.procedures[0].current->fees[0].name.clear();
  DossierLoad load = load_dossier_text(write_dossier(d));
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  std::vector<std::string> codes;
  for (const Finding& f : check_rules(load.dossier))
    if (f.severity == Severity::error)
      codes.push_back(f.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"CPTT-E003", "CPTT-E004", "CPTT-E005", "CPTT-E006"}));
}
