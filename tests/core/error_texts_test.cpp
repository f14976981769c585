// Every error text of the core is made for both languages: for a set of broken inputs (files the
// readers refuse, numbers the parser refuses, dossiers the engine cannot compute, files that
// cannot be written) the Vietnamese and the English text are both there, differ, and the English
// one has no Vietnamese letters outside the quoted values and paths it names.
#include "../vietnamese_letters.h"
#include "builders.h"
#include "cptt/atomic_file.h"
#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/forms/form_reader.h"
#include "cptt/reference/reference_data.h"
#include "cptt/review/review_file.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

using namespace cptt;
using namespace cptt::test;

namespace {

// `text` without its "quoted values" (names and values the user typed, which may be Vietnamese).
std::string unquoted(const std::string& text) {
  std::string out;
  bool quoted = false;
  for (char c : text) {
    if (c == '"')
      quoted = !quoted;
    else if (!quoted)
      out += c;
  }
  return out;
}

::testing::AssertionResult both_languages(const Text& t) {
  if (t.vi.empty() || t.en.empty())
    return ::testing::AssertionFailure()
           << "a language is missing: vi \"" << t.vi << "\", en \"" << t.en << "\"";
  if (t.vi == t.en)
    return ::testing::AssertionFailure() << "the same text in both languages: " << t.vi;
  if (cptt_test::has_vietnamese_letter(unquoted(t.en)))
    return ::testing::AssertionFailure() << "a Vietnamese letter in the English text: " << t.en;
  return ::testing::AssertionSuccess();
}

// A dossier around one procedure; `worksheet_inner` replaces the worksheet's content.
std::string dossier(const std::string& worksheet_inner, const std::string& tail = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<dossier xmlns=\"urn:cptt\" format-version=\"1\">\n"
         "  <draft><title>T</title></draft>\n"
         "  <rates><rate id=\"r\" kind=\"direct\"><value>25000</value></rate></rates>\n"
         "  <procedures>\n"
         "    <procedure id=\"P1\" kind=\"new\" level=\"provincial\" subject-type=\"individual\">\n"
         "      <name>N</name>\n"
         "      <worksheet variant=\"proposed\" rate=\"r\">\n" +
         worksheet_inner +
         "      </worksheet>\n"
         "    </procedure>\n"
         "  </procedures>\n" +
         tail + "</dossier>\n";
}

std::string task_xml(const std::string& hours) {
  return "<task><name>Chuẩn bị hồ sơ</name><hours>" + hours +
         "</hours></task>\n<frequency>1</frequency><subjects>10</subjects>\n";
}

std::string form(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<form xmlns=\"urn:cptt:forms\" format-version=\"1\" id=\"t\" generation=\"TEST\" "
         "version=\"1\" verified=\"false\" role=\"assessment\" scope=\"procedure\" "
         "stage=\"drafting\" kinds=\"new\">\n"
         "<title><vi>Biểu mẫu thử</vi><en>Test form</en></title>\n"
         "<legal-basis><vi>Không</vi></legal-basis>\n" +
         body + "</form>\n";
}

std::string income(const std::string& hours, const std::string& figure) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<income-statistics xmlns=\"urn:cptt:reference\" format-version=\"1\" version=\"7\">\n"
         "<source>s</source><legal-basis>TT 03/2022</legal-basis>\n"
         "<working-hours months=\"" +
         hours + "\" days-per-month=\"22\" hours-per-day=\"8\"/>\n" + figure +
         "</income-statistics>\n";
}

const std::string good_figure =
    "<figure id=\"f1\" kind=\"gdp-per-capita\" year=\"2023\" unit=\"VND\" verified=\"true\">"
    "<value>101900000</value><publisher>Cục Thống kê</publisher><source>s</source></figure>\n";

Text dossier_error(const std::string& text) {
  const DossierLoad load = load_dossier_text(text, "bad.cptt.xml");
  EXPECT_FALSE(load.result) << "expected the dossier to be refused:\n" << text;
  return load.result.message;
}

Text form_error(const std::string& text) {
  const forms::FormLoad load = forms::load_form_text(text, "bad-form.xml");
  EXPECT_FALSE(load.result) << "expected the form to be refused:\n" << text;
  return load.result.message;
}

Text reference_error(LoadResult (*read)(const XmlSource&, ReferenceData&),
                     const std::string& text) {
  ReferenceData data;
  const LoadResult r = read(XmlSource::from_text(text, "bad-reference.xml"), data);
  EXPECT_FALSE(r) << "expected the reference file to be refused:\n" << text;
  return r.message;
}

Text review_error(const std::string& body) {
  const review::ReviewLoad load = review::load_review_text(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<review xmlns=\"urn:cptt\" format-version=\"1\">\n<report digest=\"" +
          std::string(64, 'a') + "\"/>\n" + body + "</review>\n",
      "bad.review.xml");
  EXPECT_FALSE(load.result) << "expected the review to be refused:\n" << body;
  return load.result.message;
}

// The text of what `fn` throws.
Text thrown(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const std::exception& e) {
    EXPECT_NE(dynamic_cast<const HasText*>(&e), nullptr) << "no text: " << e.what();
    const Text t = error_text(e);
    EXPECT_EQ(std::string(e.what()), t.vi) << "what() is the Vietnamese text";
    return t;
  }
  ADD_FAILURE() << "expected an exception";
  return {};
}

Dossier computable(const char* subjects) {
  Dossier d;
  d.rates.push_back(direct_rate("r", "25000"));
  Procedure p;
  p.id = "P1";
  p.kind = ProcedureKind::new_procedure;
  p.proposed = sheet(Worksheet::Variant::proposed, "r", {cptt::test::task("A", "1000", "0")}, {},
                     "1000000", subjects);
  d.procedures.push_back(p);
  return d;
}

struct Case {
  const char* what;
  std::function<Text()> text;
};

const std::vector<Case>& cases() {
  static const std::vector<Case> all{
      // Files the dossier reader refuses.
      {"malformed XML", [] { return dossier_error("<dossier xmlns=\"urn:cptt\"><draft>"); }},
      {"wrong root",
       [] { return dossier_error("<report xmlns=\"urn:cptt\" format-version=\"1\"/>"); }},
      {"wrong namespace",
       [] { return dossier_error("<dossier xmlns=\"urn:other\" format-version=\"1\"/>"); }},
      {"newer format",
       [] { return dossier_error("<dossier xmlns=\"urn:cptt\" format-version=\"9\"/>"); }},
      {"stray ampersand",
       [] {
         return dossier_error("<dossier xmlns=\"urn:cptt\" format-version=\"1\">"
                              "<draft><title>A & B</title></draft></dossier>");
       }},
      {"second root",
       [] {
         return dossier_error("<dossier xmlns=\"urn:cptt\" format-version=\"1\"/><dossier/>");
       }},
      {"control character", [] { return dossier_error("<dossier>\x01</dossier>"); }},
      {"DOCTYPE", [] { return dossier_error("<!DOCTYPE x>\n<dossier/>"); }},
      {"not UTF-8", [] { return dossier_error("<dossier>\xC3(</dossier>"); }},
      {"bad number", [] { return dossier_error(dossier(task_xml("4,5"))); }},
      {"not a number", [] { return dossier_error(dossier(task_xml("bốn"))); }},
      {"negative hours", [] { return dossier_error(dossier(task_xml("-2"))); }},
      {"hours over the limit", [] { return dossier_error(dossier(task_xml("10000.5"))); }},
      {"zero frequency",
       [] {
         return dossier_error(
             dossier("<task><name>A</name><hours>1</hours></task>\n<frequency>0</frequency>"
                     "<subjects>1</subjects>\n"));
       }},
      {"subjects and one case",
       [] {
         return dossier_error(
             dossier("<task><name>A</name><hours>1</hours></task>\n"
                     "<frequency>1</frequency><subjects>1</subjects><one-case/>\n"));
       }},
      {"unknown element",
       [] { return dossier_error(dossier("<minutes>3</minutes>\n" + task_xml("1"))); }},
      {"unknown rate",
       [] {
         std::string text = dossier(task_xml("1"));
         text.replace(text.find("rate=\"r\""), 8, "rate=\"gdp-2099\"");
         return dossier_error(text);
       }},
      {"duplicate answer",
       [] {
         return dossier_error(dossier(task_xml("1"),
                                      "  <answers form=\"f\" procedure=\"P1\">\n"
                                      "    <answer field=\"a\"><value>yes</value></answer>\n"
                                      "    <answer field=\"a\"><value>no</value></answer>\n"
                                      "  </answers>\n"));
       }},
      {"answers for an unknown procedure",
       [] {
         return dossier_error(dossier(task_xml("1"), "  <answers form=\"f\" procedure=\"P9\"/>\n"));
       }},
      {"not a date",
       [] {
         std::string text = dossier(task_xml("1"));
         text.replace(text.find("<title>T</title>"), 16, "<created>1/3/2024</created>");
         return dossier_error(text);
       }},
      {"missing attribute",
       [] {
         std::string text = dossier(task_xml("1"));
         text.replace(text.find(" subject-type=\"individual\""), 26, "");
         return dossier_error(text);
       }},
      {"invalid kind",
       [] {
         std::string text = dossier(task_xml("1"));
         text.replace(text.find("kind=\"new\""), 10, "kind=\"changed\"");
         return dossier_error(text);
       }},
      {"missing file", [] { return load_dossier_file("/nonexistent/x.cptt.xml").result.message; }},
      // Form definitions.
      {"unknown form field",
       [] {
         return form_error(form("<section id=\"s\" number=\"I\"><title><vi>Mục</vi></title>\n"
                                "<field id=\"a\" type=\"yesno\"><label><vi>Câu a</vi></label>"
                                "<visible-if><when field=\"ghost\" equals=\"yes\"/></visible-if>"
                                "</field>\n</section>\n"));
       }},
      {"form without Vietnamese label",
       [] {
         return form_error(form("<section id=\"s\" number=\"I\"><title><vi>Mục</vi></title>\n"
                                "<field id=\"a\" type=\"yesno\"><label><en>Only</en></label>"
                                "</field>\n</section>\n"));
       }},
      {"form with a cycle",
       [] {
         return form_error(form("<section id=\"s\" number=\"I\"><title><vi>Mục</vi></title>\n"
                                "<field id=\"a\" type=\"yesno\"><label><vi>A</vi></label>"
                                "<visible-if><when field=\"b\" equals=\"yes\"/></visible-if>"
                                "</field>\n"
                                "<field id=\"b\" type=\"yesno\"><label><vi>B</vi></label>"
                                "<visible-if><when field=\"a\" equals=\"yes\"/></visible-if>"
                                "</field>\n</section>\n"));
       }},
      {"form with an empty option list",
       [] {
         return form_error(form("<section id=\"s\" number=\"I\"><title><vi>Mục</vi></title>\n"
                                "<field id=\"a\" type=\"choice\"><label><vi>A</vi></label>"
                                "</field>\n</section>\n"));
       }},
      {"form renaming into a later version",
       [] {
         return form_error(form("<renamed from=\"old\" to=\"a\" since-version=\"2\"/>\n"
                                "<section id=\"s\" number=\"I\"><title><vi>Mục</vi></title>\n"
                                "<field id=\"a\" type=\"yesno\"><label><vi>A</vi></label>"
                                "</field>\n</section>\n"));
       }},
      // Reference data.
      {"working hours differ from the law",
       [] { return reference_error(&read_income_statistics, income("13", good_figure)); }},
      {"no figure", [] { return reference_error(&read_income_statistics, income("12", "")); }},
      {"negative figure",
       [] {
         std::string figure = good_figure;
         figure.replace(figure.find("101900000"), 9, "-1");
         return reference_error(&read_income_statistics, income("12", figure));
       }},
      {"unit does not fit",
       [] {
         std::string figure = good_figure;
         figure.replace(figure.find("VND"), 3, "persons");
         return reference_error(&read_income_statistics, income("12", figure));
       }},
      {"unknown threshold",
       [] {
         return reference_error(&read_plausibility,
                                "<plausibility xmlns=\"urn:cptt:reference\" format-version=\"1\" "
                                "version=\"1\"><source>s</source>"
                                "<threshold id=\"max-frequncy\" unit=\"times\"><value>1</value>"
                                "<description>d</description></threshold></plausibility>");
       }},
      // Review files.
      {"review with a bad severity",
       [] {
         return review_error("<findings><finding code=\"CPTT-W250\" severity=\"fatal\" "
                             "status=\"open\"><message>m</message></finding></findings>\n");
       }},
      {"dismissed without a reason",
       [] {
         return review_error("<findings><finding code=\"CPTT-W250\" severity=\"warning\" "
                             "status=\"dismissed\"><message>m</message></finding></findings>\n");
       }},
      {"two verdicts",
       [] {
         return review_error(
             "<verdicts><verdict value=\"dat\"/><verdict value=\"khong-dat\"/></verdicts>\n");
       }},
      // Numbers and computations.
      {"division by zero in Decimal",
       [] {
         return thrown([] {
           (void)Decimal::divide(Decimal::from_integer(5), Decimal::from_integer(0), 0,
                                 Rounding::half_up);
         });
       }},
      {"ambiguous number",
       [] { return thrown([] { (void)Decimal::parse("1.234", NumberStyle::either); }); }},
      {"commas in the canonical form", [] { return thrown([] { (void)Decimal::parse("1,5"); }); }},
      {"not a whole number", [] { return thrown([] { (void)Decimal::parse("1.5").to_int64(); }); }},
      {"overflow",
       [] {
         return thrown([] {
           (void)(Decimal::parse("100000000000000000000000000000000000") * Decimal::parse("10000"));
         });
       }},
      {"overflow in a procedure",
       [] { return thrown([] { (void)compute(computable("1000000000000000000000000000000")); }); }},
      {"unknown rate in the engine",
       [] {
         Dossier d = computable("10");
         d.procedures[0].proposed->rate_id = "gone";
         return thrown([&] { (void)compute(d); });
       }},
      {"derived rate without figures",
       [] {
         IncomeRate rate;
         rate.id = "g";
         rate.kind = IncomeRate::Kind::derived;
         return thrown([&] { (void)hourly_rate(rate); });
       }},
      // Files that cannot be written.
      {"cannot write", [] { return write_file_atomically("/nonexistent/folder/x.xml", "x"); }},
      // An exception that is not the core's.
      {"unexpected error", [] { return error_text(std::runtime_error("boom")); }},
  };
  return all;
}

TEST(ErrorTexts, EveryBrokenInputIsExplainedInBothLanguages) {
  for (const Case& c : cases()) {
    const Text t = c.text();
    EXPECT_TRUE(both_languages(t)) << c.what;
  }
}

TEST(ErrorTexts, DescribeGivesThePlaceAndOneLanguage) {
  const DossierLoad load = load_dossier_text(dossier(task_xml("-2")), "bad.cptt.xml");
  ASSERT_FALSE(load.result);
  const std::string vi = load.result.describe(Language::vi);
  const std::string en = load.result.describe(Language::en);
  EXPECT_EQ(vi.rfind("bad.cptt.xml:9:", 0), 0u) << vi;
  EXPECT_EQ(en.rfind("bad.cptt.xml:9:", 0), 0u) << en;
  EXPECT_NE(vi.find("số giờ của công việc 1 (\"Chuẩn bị hồ sơ\"): \"-2\" là số âm"),
            std::string::npos)
      << vi;
  EXPECT_NE(en.find("hours of task 1 (\"Chuẩn bị hồ sơ\"): \"-2\" is negative"), std::string::npos)
      << en;
  EXPECT_EQ(load.result.describe_both(), (Text{vi, en}));
}

TEST(ErrorTexts, TheCheckFindsVietnameseOnlyOutsideQuotes) {
  EXPECT_TRUE(both_languages({"số giờ \"Chuẩn bị\" âm", "hours of \"Chuẩn bị\" are negative"}));
  EXPECT_TRUE(both_languages({"1 ≤ 2", "1 ≤ 2 → 3 – 4"}));
  EXPECT_FALSE(both_languages({"số giờ", "số giờ"}));
  EXPECT_FALSE(both_languages({"số giờ", ""}));
  EXPECT_FALSE(both_languages({"số giờ âm", "hours âm"}));
  EXPECT_FALSE(both_languages({"đ", "5 đ"}));
}

} // namespace
