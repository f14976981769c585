// Numbering, computed once in the forms engine (numbering.h): every shipped form numbers its
// sections and questions without two items sharing a number and in the order of the definition;
// an explicit number wins and the counting goes on from it; the numbering defects once seen stay
// fixed (01/ĐGTĐ-BC page 1 "1, 1, 2, 2 …", 02/ĐGTĐ-BHM sub-sections all "III.a" with every question
// "a.", findings citing "câu II.7" for every question of the section).
#include "cptt/forms/form_catalog.h"
#include "cptt/forms/form_engine.h"
#include "cptt/forms/form_reader.h"
#include "cptt/forms/numbering.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <set>

namespace cptt::forms {
namespace {

const FormCatalog& catalog() {
  static const FormCatalog c = FormCatalog::load_folder(CPTT_FORMS_DIR);
  return c;
}

const FormDefinition& form(const std::string& id) {
  const FormDefinition* f = catalog().find(id);
  EXPECT_NE(f, nullptr) << id;
  if (!f)
    std::abort();
  return *f;
}

int roman_value(const std::string& s) {
  for (int v = 1; v < 100; ++v)
    if (roman(v) == s)
      return v;
  return 0;
}

int letter_value(const std::string& s) {
  for (int i = 1; i < 40; ++i)
    if (enumeration_letter(i) == s)
      return i;
  return 0;
}

// A number as a sortable key: "II.3" → (2, 3); "A" → (1, 0); "4" → (4, 0); "9c" → (9, 3);
// "d" → (4, 0); "3.2" → (3, 2). {-1, -1} when it is none of these.
std::pair<int, int> key_of(std::string number) {
  if (auto dot = number.find('.'); dot != std::string::npos) {
    const std::string head = number.substr(0, dot);
    const std::string tail = number.substr(dot + 1);
    if (int r = roman_value(head); r > 0) {
      if (tail.find_first_not_of("0123456789") == std::string::npos && !tail.empty())
        return {r, std::stoi(tail)};
      if (int l = letter_value(tail); l > 0)
        return {r, l};
      return {-1, -1};
    }
    if (head.find_first_not_of("0123456789") == std::string::npos && !head.empty() &&
        tail.find_first_not_of("0123456789") == std::string::npos && !tail.empty())
      return {std::stoi(head), std::stoi(tail)};
    return {-1, -1};
  }
  if (int r = roman_value(number); r > 0)
    return {r, 0};
  if (number.size() == 1 && number[0] >= 'A' && number[0] <= 'Z')
    return {number[0] - 'A' + 1, 0};
  std::size_t digits = number.find_first_not_of("0123456789");
  if (digits == 0) {
    if (int l = letter_value(number); l > 0)
      return {l, 0};
    return {-1, -1};
  }
  const int q = std::stoi(number.substr(0, digits));
  if (digits == std::string::npos)
    return {q, 0};
  const int l = letter_value(number.substr(digits));
  return l > 0 ? std::pair{q, l} : std::pair{-1, -1};
}

// "II.2a" → "2a": a question number without its section.
std::string question_part(const std::string& number) {
  if (auto dot = number.find('.'); dot != std::string::npos && roman_value(number.substr(0, dot)))
    return number.substr(dot + 1);
  return number;
}

// The outline of a form as it prints: "II. title", "  2. label" … (CPTT_PRINT_NUMBERING=1
// prints it, to read a form's numbering while editing its definition).
std::string outline(const FormDefinition& f) {
  std::string out;
  for (const Section& s : f.sections) {
    out += s.number + " [" + s.printed + "] " + s.title.vi + "\n";
    for (std::size_t i : s.fields) {
      const Field& fd = f.fields[i];
      out += "    " + fd.number + " [" + fd.printed + "] {" + fd.cited_number + "} " + fd.label.vi +
             "\n";
    }
  }
  return out;
}

TEST(Numbering, EveryShippedFormNumbersEachItemOnceInTheDefinitionsOrder) {
  ASSERT_GE(catalog().forms().size(), 11u);
  ASSERT_TRUE(catalog().errors().empty())
      << catalog().errors().front().describe(cptt::Language::vi);
  for (const auto& f : catalog().forms()) {
    SCOPED_TRACE(f->id);
    if (const char* print = std::getenv("CPTT_PRINT_NUMBERING"); print && *print == '1')
      std::cout << "== " << f->id << "\n" << outline(*f);
    std::set<std::string> sections;
    std::pair<int, int> last_section{0, 0};
    for (const Section& s : f->sections) {
      if (s.number.empty()) {
        EXPECT_TRUE(s.printed.empty()) << s.id;
      } else {
        EXPECT_TRUE(sections.insert(s.number).second) << "two sections numbered " << s.number;
        const auto key = key_of(s.number);
        EXPECT_NE(key.first, -1) << s.id << " " << s.number;
        EXPECT_LT(last_section, key) << s.id << " " << s.number << " comes after another";
        last_section = key;
        EXPECT_FALSE(s.printed.empty()) << s.id;
      }
      std::set<std::string> questions;
      std::pair<int, int> last_question{0, 0};
      for (std::size_t i : s.fields) {
        const Field& fd = f->fields[i];
        SCOPED_TRACE(fd.id);
        if (fd.number.empty()) {
          EXPECT_TRUE(fd.printed.empty());
          continue;
        }
        EXPECT_NE(fd.number, s.number) << "a question numbered as its section";
        EXPECT_TRUE(questions.insert(fd.number).second) << "two questions numbered " << fd.number;
        const auto key = key_of(question_part(fd.number));
        EXPECT_NE(key.first, -1) << fd.number;
        EXPECT_LT(last_question, key) << fd.number << " comes after another";
        last_question = key;
        EXPECT_EQ(fd.cited_number, fd.number);
        const char end = fd.printed.empty() ? ' ' : fd.printed.back();
        EXPECT_TRUE(end == '.' || end == ')') << fd.printed;
      }
    }
  }
}

// The rules on a small definition: roman sections, sub-sections under the last one, numbered and
// lettered questions, sub-questions, parts cited by their question, an explicit number winning.
TEST(Numbering, ComputedFromTheDefinitionAndAnExplicitNumberWins) {
  std::string text = R"(<form xmlns="urn:cptt:forms" format-version="1" id="n"
      generation="G" version="1" verified="false" role="assessment" scope="procedure"
      stage="drafting" kinds="new">
  <title><vi>T</vi></title><legal-basis><vi>L</vi></legal-basis>
  <section id="head" number=""><title><vi>Đầu</vi></title>
    <field id="h" type="text"><label><vi>Tên</vi></label></field></section>
  <section id="one"><title><vi>Một</vi></title>
    <field id="q1" type="yesno"><label><vi>Câu một</vi></label></field>
    <field id="q1a" type="yesno" item="sub"><label><vi>Ý a</vi></label></field>
    <field id="q1b" type="text" item="sub"><label><vi>Ý b</vi></label></field>
    <field id="q1-why" type="text" item="part"><label><vi>Lý do</vi></label></field>
    <field id="q2" type="yesno"><label><vi>Câu hai</vi></label></field></section>
  <section id="two" questions="none"><title><vi>Hai</vi></title>
    <field id="t" type="text"><label><vi>Chung</vi></label></field></section>
  <section id="two-1" subsection="true"><title><vi>Tên</vi></title>
    <field id="n1" type="yesno"><label><vi>Rõ ràng?</vi></label></field></section>
  <section id="two-2" subsection="true"><title><vi>Trình tự</vi></title>
    <field id="s1" type="yesno"><label><vi>Bước?</vi></label></field>
    <field id="s2" type="yesno"><label><vi>Trách nhiệm?</vi></label></field>
    <field id="s2-what" type="text" item="part"><label><vi>Nội dung</vi></label></field></section>
  <section id="two-5" subsection="true" number="II.5" questions="none"><title><vi>Năm</vi></title>
    <field id="f1" type="yesno"><label><vi>Một câu</vi></label></field></section>
  <section id="two-6" subsection="true" questions="numbers"><title><vi>Sáu</vi></title>
    <field id="x" type="yesno" number="4"><label><vi>Bốn</vi></label></field>
    <field id="y" type="yesno"><label><vi>Năm</vi></label></field></section>
  <section id="three"><title><vi>Ba</vi></title>
    <field id="c5" type="yesno" number="5"><label><vi>Năm</vi></label></field>
    <field id="c6" type="yesno"><label><vi>Sáu</vi></label></field></section>
</form>)";
  FormLoad load = load_form_text(text, "numbering.xml");
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  const FormDefinition& f = *load.form;
  auto section = [&](const char* id) { return *f.find_section(id); };
  auto field = [&](const char* id) { return *f.find_field(id); };
  EXPECT_EQ(section("head").number, "");
  EXPECT_EQ(section("one").number, "I");
  EXPECT_EQ(section("one").printed, "I.");
  EXPECT_EQ(section("two").number, "II");
  EXPECT_EQ(section("two-1").number, "II.1");
  EXPECT_EQ(section("two-1").printed, "1.");
  EXPECT_EQ(section("two-2").number, "II.2");
  EXPECT_EQ(section("two-5").number, "II.5");
  EXPECT_EQ(section("two-6").number, "II.6"); // goes on from the explicit II.5
  EXPECT_EQ(section("three").number, "III");

  EXPECT_EQ(field("h").number, "");
  EXPECT_EQ(field("q1").number, "1");
  EXPECT_EQ(field("q1").printed, "1.");
  EXPECT_EQ(field("q1a").number, "1a");
  EXPECT_EQ(field("q1a").printed, "a)");
  EXPECT_EQ(field("q1b").number, "1b");
  EXPECT_EQ(field("q1-why").number, "");
  EXPECT_EQ(field("q1-why").cited_number, "1b");
  EXPECT_EQ(field("q2").number, "2");
  EXPECT_EQ(field("t").number, "");
  EXPECT_EQ(field("n1").number, "a"); // sub-sections letter their questions
  EXPECT_EQ(field("n1").printed, "a)");
  EXPECT_EQ(field("s2").number, "b");
  EXPECT_EQ(field("s2-what").cited_number, "b");
  EXPECT_EQ(field("f1").number, "");
  EXPECT_EQ(field("x").number, "4");
  EXPECT_EQ(field("y").number, "5"); // goes on from the explicit 4
  EXPECT_EQ(field("c5").number, "5");
  EXPECT_EQ(field("c6").number, "6");
}

TEST(Numbering, VietnameseLettersAndRomanNumerals) {
  EXPECT_EQ(enumeration_letter(4), "d");
  EXPECT_EQ(enumeration_letter(5), "đ");
  EXPECT_EQ(enumeration_letter(7), "g");
  EXPECT_EQ(enumeration_letter(10), "k");
  EXPECT_EQ(enumeration_letter(23), "y");
  EXPECT_EQ(enumeration_letter(24), "y1");
  EXPECT_EQ(roman(4), "IV");
  EXPECT_EQ(roman(9), "IX");
  EXPECT_EQ(roman(14), "XIV");
}

// 01/ĐGTĐ-BC page 1 numbered its general items "1, 1, 2, 2, 2, 2".
TEST(Numbering, SummaryGeneralItemsEachHaveTheirOwnNumber) {
  const FormDefinition& f = form("tt03-2022-01");
  const Section& general = *f.find_section("general");
  std::vector<std::string> printed;
  for (std::size_t i : general.fields)
    printed.push_back(f.fields[i].printed);
  EXPECT_EQ(printed, (std::vector<std::string>{"1.", "2.", "3.", "4.", "5.", "6."}));
  // II.1 … II.3 are blocks with no heading II above them: printed whole.
  EXPECT_EQ(f.find_section("abolished-procedure")->printed, "II.3.");
  EXPECT_EQ(f.find_section("totals")->number, "III");
}

// 02/ĐGTĐ-BHM: the components of section III were all "III.a", every question "a.".
TEST(Numbering, NewProcedureComponentsAreNumberedApart) {
  const FormDefinition& f = form("tt03-2022-02");
  std::vector<std::string> numbers;
  for (const char* id : {"name", "subjects", "handling-body", "steps", "method", "documents",
                         "time-limit", "fees", "forms", "requirements", "result"})
    numbers.push_back(f.find_section(id)->number);
  EXPECT_EQ(numbers, (std::vector<std::string>{"III.1", "III.2", "III.3", "III.4", "III.5", "III.6",
                                               "III.7", "III.8", "III.9", "III.10", "III.11"}));
  const Section& subjects = *f.find_section("subjects");
  std::vector<std::string> printed;
  for (std::size_t i : subjects.fields)
    if (!f.fields[i].printed.empty())
      printed.push_back(f.fields[i].printed);
  EXPECT_EQ(printed, (std::vector<std::string>{"a)", "b)", "c)", "d)"}));
}

// Findings cited "câu II.7" for every question of 03's time-limit section.
TEST(Numbering, FindingsCiteEachQuestionByItsOwnNumber) {
  const FormDefinition& f = form("tt03-2022-03");
  AnswerSet answers;
  answers.form_id = f.id;
  answers.form_version = f.version;
  Answer on;
  on.field = "components.time-limit";
  on.value = "yes";
  answers.answers.push_back(on);
  const FormEvaluation e = evaluate(f, answers);
  std::vector<std::string> places;
  for (const FormFinding& finding : e.findings)
    if (finding.kind == FindingKind::missing_answer && finding.section == "time-limit")
      places.push_back(to_finding(finding).place_text(Language::vi));
  ASSERT_GE(places.size(), 3u);
  EXPECT_EQ(std::set<std::string>(places.begin(), places.end()).size(), places.size())
      << "two missing answers share a place: " << ::testing::PrintToString(places);
  EXPECT_EQ(places.front(), "biểu mẫu 03/ĐGTĐ-QĐCT/SĐBS · mục II.5 · câu a");
}

} // namespace
} // namespace cptt::forms
