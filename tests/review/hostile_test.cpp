// Reports as a hostile sender would write them: what the digest covers is what the readers read,
// the digest's own rules, characters and nesting no reader may be handed.
#include "support.h"

#include "cptt/digest.h"
#include "cptt/dossier_xml.h"
#include "cptt/forms/form_reader.h"
#include "cptt/review/review_file.h"
#include "cptt/xml_structure.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

const std::string total = "case-dossier-total.cptt.xml";

ReportReview check(const std::string& text) {
  return review_report_text(text, "hostile.xml", plain_context());
}

std::vector<std::string> codes(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings)
    out.push_back(f.code);
  return out;
}

std::string load_message(const ReportReview& r) { return r.load.describe(cptt::Language::vi); }

} // namespace

// Every leaf value of the example report, split by a comment or a CDATA section and re-signed as
// a forger would: the readers took only the first part, the digest all of them (570 such changes
// passed unnoticed). Each is now refused with its place.
TEST(Hostile, ASplitValueIsRefusedWhereverItIs) {
  const std::string text = example_report(total);
  const std::regex leaf(R"(<([a-z-]+)(?: [^>]*)?>([^<]{2,})</\1>)");
  int tried = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), leaf); it != std::sregex_iterator();
       ++it) {
    const std::smatch& m = *it;
    if (m.str(1) == "digest")
      continue;
    const std::size_t at = static_cast<std::size_t>(m.position(2)) + 1; // after the first byte
    for (const char* cut : {"<!---->", "<![CDATA[]]>", "<?pi x?>", "]]><![CDATA["}) {
      std::string forged = text;
      if (std::string_view(cut) == "]]><![CDATA[") // the value's tail in CDATA
        forged.replace(at, static_cast<std::size_t>(m.length(2)) - 1,
                       "<![CDATA[" + m.str(2).substr(1) + "]]>");
      else
        forged.insert(at, cut);
      const ReportReview r = check(resign(forged));
      ASSERT_FALSE(r.load) << m.str(0) << " cut by " << cut;
      EXPECT_NE(load_message(r).find("hostile.xml:"), std::string::npos) << load_message(r);
      ++tried;
    }
  }
  EXPECT_GT(tried, 200);
}

// A whole value in one CDATA section is one text: read and digested alike.
TEST(Hostile, AValueWhollyInCdataReadsAsItsText) {
  const std::string text = example_report(total);
  const ReportReview plain = check(text);
  ASSERT_TRUE(plain.load);
  const ReportReview cdata = check(
      text.substr(0, text.find("<title>") + 7) + "<![CDATA[" +
      text.substr(text.find("<title>") + 7, text.find("</title>") - text.find("<title>") - 7) +
      "]]>" + text.substr(text.find("</title>")));
  ASSERT_TRUE(cdata.load) << load_message(cdata);
  EXPECT_EQ(cdata.dossier.draft.title, plain.dossier.draft.title);
  EXPECT_EQ(codes(cdata.integrity_findings), codes(plain.integrity_findings));
}

TEST(Hostile, TheDigestAlgorithmIsChecked) {
  const std::string text = example_report(total);
  for (const char* algorithm : {"MD5", "sha-256", ""}) {
    const ReportReview r = check(std::regex_replace(
        text, std::regex("algorithm=\"SHA-256\""), "algorithm=\"" + std::string(algorithm) + "\""));
    EXPECT_EQ(r.integrity.digest, DigestStatus::invalid) << algorithm;
    EXPECT_EQ(codes(r.integrity_findings).at(0), "CPTT-E202") << algorithm;
  }
  const std::size_t open = text.find("<digest");
  const std::size_t close = text.find("</digest>") + 9;
  // A second digest is not read at all: the reader says where it is.
  const ReportReview twice =
      check(text.substr(0, close) + text.substr(open, close - open) + text.substr(close));
  ASSERT_FALSE(twice.load);
  EXPECT_NE(twice.load.describe(Language::en).find("a second <digest> in <report>"),
            std::string::npos)
      << twice.load.describe(Language::en);
}

TEST(Hostile, NoDigestIsAnErrorUnlessTheReviewerAcceptsIt) {
  std::string text = example_report(total);
  const std::size_t open = text.find("<digest");
  text.erase(open, text.find("</digest>") + 9 - open);
  EXPECT_EQ(codes(check(text).integrity_findings).at(0), "CPTT-E203");
  ReviewContext accepting = plain_context();
  accepting.accept_without_digest = true;
  const ReportReview r = review_report_text(text, "hostile.xml", accepting);
  EXPECT_EQ(codes(r.integrity_findings).at(0), "CPTT-W201");
}

TEST(Hostile, ForbiddenCharactersAreRefusedWithTheirPlace) {
  const std::string text = example_report(total);
  const std::size_t title = text.find("<title>") + 7;
  for (const char* bad : {"&#xD800;", "&#x110000;", "&#0;", "&#x0;", "&#27;", "\x1b", "\x7f",
                          "&#xFFFE;", "\xef\xbf\xbf", "\xc2\x85", "&#99999999999;"}) {
    std::string forged = text;
    forged.insert(title, bad);
    const ReportReview r = check(resign(forged));
    ASSERT_FALSE(r.load) << bad;
    EXPECT_EQ(r.load.status, LoadStatus::malformed_xml) << bad;
    EXPECT_GT(r.load.line, 0) << bad;
  }
  // What XML allows stays allowed: tab, newline, carriage return, and references to them.
  for (const char* fine : {"&#9;", "&#xA;", "\t", "&#x1F600;", "&amp;#0;"}) {
    std::string edited = text;
    edited.insert(title, fine);
    EXPECT_TRUE(check(resign(edited)).load) << fine << ": " << load_message(check(resign(edited)));
  }
}

// 100,000 nested elements inside a text element killed `cptt review` with a stack overflow in the
// recursive canonicaliser: refused now, before any reader or the canonicaliser runs.
TEST(Hostile, DeepNestingIsRefusedNotACrash) {
  std::string text = example_report(total);
  std::string deep;
  for (int i = 0; i < 100'000; ++i)
    deep += "<x>";
  for (int i = 0; i < 100'000; ++i)
    deep += "</x>";
  text.insert(text.find("</notes>"), deep);
  const ReportReview r = check(text);
  ASSERT_FALSE(r.load);
  EXPECT_NE(load_message(r).find(std::to_string(max_xml_depth)), std::string::npos);

  // The canonicaliser itself no longer recurses: a deep tree built in memory is digested.
  pugi::xml_document doc;
  pugi::xml_node node = doc.append_child("root");
  for (int i = 0; i < 200'000; ++i)
    node = node.append_child("x");
  EXPECT_EQ(canonical_digest(doc.document_element()).size(), 64u);
}

// What pugixml accepts but XML does not: each refused with its place.
TEST(Hostile, NotWellFormedIsRefused) {
  const std::string text = example_report(total);
  const std::size_t title = text.find("<title>") + 7;
  auto refused = [&](std::string forged, const char* what) {
    const ReportReview r = check(forged);
    EXPECT_FALSE(r.load) << what;
    EXPECT_EQ(r.load.status, LoadStatus::malformed_xml) << what << ": " << load_message(r);
    EXPECT_GT(r.load.line, 0) << what;
  };
  for (const char* bad : {"a & b", "&nbsp;", "&amp", "&#;", "&#x;"}) {
    std::string forged = text;
    forged.insert(title, bad);
    refused(forged, bad);
  }
  refused(text + "<report/>", "a second root");
  refused(text + "trailing text", "text after the root");
  std::string twice = text;
  twice.insert(twice.find("<digest ") + 7, " algorithm=\"SHA-256\"");
  refused(twice, "a duplicate attribute");
  // '&' is plain inside a comment or CDATA section.
  std::string comment = text;
  comment.insert(comment.find("<metadata>"), "<!-- R & D -->");
  EXPECT_TRUE(check(comment).load) << load_message(check(comment));
}

// pugixml keeps a second copy of an element, the readers took the first: a forger could add a
// second <subjects> that a tool reading the last one would see. What the schemas allow once is
// refused twice, in every format; attributes the schemas do not know are refused too.
TEST(Hostile, TheSchemasVocabularyHolds) {
  const std::string text = example_report(total);
  auto refused = [&](std::string forged, const std::string& expected) {
    const ReportReview r = check(forged);
    ASSERT_FALSE(r.load) << expected;
    const std::string message = r.load.describe(Language::en);
    EXPECT_NE(message.find(expected), std::string::npos) << message;
    EXPECT_GT(r.load.line, 0) << message;
  };
  auto twice = [&](const std::string& open, const std::string& close) {
    const std::size_t from = text.find(open);
    const std::size_t to = text.find(close, from) + close.size();
    std::string forged = text;
    forged.insert(to, text.substr(from, to - from));
    return forged;
  };
  refused(twice("<procedures>", "</procedures>"), "a second <procedures> in <dossier>");
  refused(twice("<draft>", "</draft>"), "a second <draft> in <dossier>");
  refused(twice("<hours>", "</hours>"), "a second <hours> in <task>");
  refused(twice("<frequency>", "</frequency>"), "a second <frequency> in <worksheet>");
  refused(twice("<metadata>", "</metadata>"), "a second <metadata> in <report>");

  std::string unknown = text;
  unknown.insert(unknown.find("<task>") + 5, " weight=\"2\"");
  refused(unknown, "the attribute \"weight\" is not allowed on <task>");
  std::string prefixed = text;
  prefixed.insert(prefixed.find("<procedure ") + 10, " x:kind=\"new\"");
  refused(prefixed, "the attribute \"x:kind\" is not allowed on <procedure>");

  // Repetition the schema allows, and namespace declarations, still read.
  std::string fine = text;
  fine.insert(fine.find("<report ") + 7, " xmlns:x=\"urn:example\"");
  EXPECT_TRUE(check(fine).load) << load_message(check(fine));
}

TEST(Hostile, TheVocabularyCoversDossiersReviewsAndForms) {
  std::ifstream din(std::string(CPTT_DATA_DIR) + "/examples/" + total);
  std::string dossier{std::istreambuf_iterator<char>(din), std::istreambuf_iterator<char>()};
  dossier.insert(dossier.find("</draft>"), "<title>Một tên khác</title>");
  const DossierLoad d = load_dossier_text(dossier, "d.xml");
  ASSERT_FALSE(d.result);
  EXPECT_NE(d.result.describe(Language::en).find("a second <title> in <draft>"), std::string::npos)
      << d.result.describe(Language::en);

  std::ifstream in(std::string(CPTT_FORMS_DIR) + "/tt03-2022-annex-1.xml");
  std::string form{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  ASSERT_FALSE(form.empty());
  form.insert(form.find("<form ") + 5, " colour=\"red\"");
  const forms::FormLoad f = forms::load_form_text(form, "f.xml");
  ASSERT_FALSE(f.result);
  EXPECT_NE(f.result.describe(Language::en).find("\"colour\" is not allowed on <form>"),
            std::string::npos)
      << f.result.describe(Language::en);
}

namespace {

std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// `text` with 100,000 nested `tag` elements inserted before `before`.
std::string nested(std::string text, const std::string& before, const std::string& tag) {
  std::string deep;
  for (int i = 0; i < 100'000; ++i)
    deep += "<" + tag + ">";
  for (int i = 0; i < 100'000; ++i)
    deep += "</" + tag + ">";
  const std::size_t at = text.find(before);
  EXPECT_NE(at, std::string::npos) << before;
  return at == std::string::npos ? text : text.insert(at, deep);
}

void expect_depth_refused(const LoadResult& result, const std::string& what) {
  EXPECT_FALSE(result) << what;
  const std::string message = result.describe(Language::en);
  EXPECT_NE(message.find("nested more than " + std::to_string(max_xml_depth)), std::string::npos)
      << what << ": " << message;
  EXPECT_GT(result.line, 0) << what;
}

} // namespace

// Depth is refused by every reader, not by the report's alone: a dossier, a review, a form
// definition (100,000 nested <not> killed every command that loads the forms folder, the folder
// itself now loads without it) and the reference data.
TEST(Hostile, EveryReaderRefusesDepth) {
  const std::filesystem::path examples = std::string(CPTT_DATA_DIR) + "/examples";
  expect_depth_refused(
      load_dossier_text(nested(file_text(examples / total), "</draft>", "x"), "d.xml").result,
      "dossier");
  expect_depth_refused(
      load_review_text(
          nested(file_text(examples / "review/case-dossier-total.review.xml"), "</review>", "x"),
          "r.xml")
          .result,
      "review");

  const std::filesystem::path forms = temp_dir("deep-forms");
  std::string form = file_text(std::string(CPTT_FORMS_DIR) + "/tt03-2022-annex-1.xml");
  form = nested(form, "</visible-if>", "not");
  expect_depth_refused(forms::load_form_text(form, "f.xml").result, "form");
  std::ofstream(forms / "deep.xml") << form;
  std::filesystem::copy_file(std::string(CPTT_FORMS_DIR) + "/tt03-2022-annex-1.xml",
                             forms / "tt03-2022-annex-1.xml");
  const forms::FormCatalog catalog = forms::FormCatalog::load_folder(forms.string());
  ASSERT_EQ(catalog.errors().size(), 1u);
  expect_depth_refused(catalog.errors()[0], "forms folder");
  EXPECT_EQ(catalog.forms().size(), 1u);

  const std::filesystem::path reference = temp_dir("deep-reference");
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(CPTT_DATA_DIR) + "/reference"))
    std::filesystem::copy_file(entry.path(), reference / entry.path().filename());
  const std::string statistics = file_text(reference / "income-statistics.xml");
  const std::size_t root_end = statistics.rfind("</");
  std::ofstream(reference / "income-statistics.xml", std::ios::trunc)
      << nested(statistics, statistics.substr(root_end), "x");
  expect_depth_refused(load_reference_data(reference.string()).result, "reference data");
}

// A character reference XML forbids, in a dossier and in a review as in a report: refused with
// its place, never read into text that cannot be written back as UTF-8.
TEST(Hostile, ForbiddenReferencesAreRefusedInDossiersAndReviews) {
  const std::filesystem::path examples = std::string(CPTT_DATA_DIR) + "/examples";
  const std::string dossier = file_text(examples / total);
  const std::string review = file_text(examples / "review/case-dossier-total.review.xml");
  for (const char* bad : {"&#xD800;", "&#x110000;", "&#0;", "&#27;"}) {
    std::string d = dossier;
    d.insert(d.find("<title>") + 7, bad);
    const DossierLoad dl = load_dossier_text(d, "d.xml");
    EXPECT_EQ(dl.result.status, LoadStatus::malformed_xml) << bad;
    EXPECT_GT(dl.result.line, 0) << bad;
    std::string r = review;
    r.insert(r.find("</title>"), bad);
    const ReviewLoad rl = load_review_text(r, "r.xml");
    EXPECT_EQ(rl.result.status, LoadStatus::malformed_xml) << bad;
    EXPECT_GT(rl.result.line, 0) << bad;
  }
}

// A number in a file is written one way: "+5" is refused with its place (typed in the app, a
// plus sign is harmless and taken).
TEST(Hostile, APlusSignIsNoNumberInAFile) {
  std::string text = file_text(std::string(CPTT_DATA_DIR) + "/examples/" + total);
  const std::size_t at = text.find("<subjects>");
  ASSERT_NE(at, std::string::npos);
  text.insert(at + 10, "+");
  const DossierLoad load = load_dossier_text(text, "d.xml");
  ASSERT_FALSE(load.result);
  EXPECT_GT(load.result.line, 0);
  EXPECT_NE(load.result.describe(Language::en).find("\"+"), std::string::npos)
      << load.result.describe(Language::en);
}
