// Tampering is always caught: reports written from the examples, each altered in one way, with the
// exact finding expected; a re-indented report is not tampering.
#include "support.h"

#include "cptt/dossier_xml.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <sstream>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

// "CPTT-E211 P1 current#1 time-cost"
std::string key(const Discrepancy& d) {
  std::string k = d.code + " " + (d.rate_id.empty() ? d.procedure_id : d.rate_id);
  if (d.variant)
    k += " " + std::string(to_id(*d.variant));
  if (d.task > 0)
    k += "#" + std::to_string(d.task);
  return k + " " + d.field;
}

std::vector<std::string> keys(const ReportReview& r) {
  std::vector<std::string> out;
  for (const Discrepancy& d : r.recompute.discrepancies)
    out.push_back(key(d));
  return out;
}

std::vector<std::string> codes(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings)
    out.push_back(f.code);
  return out;
}

ReportReview check(const std::string& text) {
  ReportReview r = review_report_text(text, "tampered.report.xml", plain_context());
  EXPECT_TRUE(r.loaded()) << r.load.describe(cptt::Language::vi);
  return r;
}

// Removes the element <tag>…</tag> that contains the first occurrence of `marker`.
std::string remove_element(std::string text, const std::string& marker, const std::string& tag) {
  const std::size_t at = text.find(marker);
  EXPECT_NE(at, std::string::npos) << marker;
  const std::size_t open = text.rfind("<" + tag, at);
  const std::size_t close = text.find("</" + tag + ">", at) + tag.size() + 3;
  return text.erase(open, close - open);
}

const std::string total = "case-dossier-total.cptt.xml";

} // namespace

TEST(Tamper, UntouchedReportHasNoIntegrityOrRecomputeFinding) {
  for (const char* name :
       {"case-dossier-total.cptt.xml", "case-online-filing.cptt.xml", "case-derived-rate.cptt.xml",
        "case-five-yearly.cptt.xml", "case-one-case.cptt.xml"}) {
    ReportReview r = check(example_report(name));
    EXPECT_EQ(r.integrity.digest, DigestStatus::matches) << name;
    EXPECT_TRUE(r.integrity_findings.empty())
        << name << ": " << r.integrity_findings[0].message(Language::vi);
    EXPECT_TRUE(r.recompute_findings.empty()) << name;
    EXPECT_TRUE(r.recompute.computed) << name;
  }
}

TEST(Tamper, ReindentedLayoutIsNotTampering) {
  const std::string text = example_report(total);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(text.c_str()));
  std::ostringstream flat, wide;
  doc.save(flat, "", pugi::format_raw);
  doc.save(wide, "\t\t", pugi::format_indent);
  for (const std::string& layout : {flat.str(), wide.str()}) {
    ASSERT_NE(layout, text);
    ReportReview r = check(layout);
    EXPECT_EQ(r.integrity.digest, DigestStatus::matches);
    EXPECT_TRUE(r.integrity_findings.empty());
    EXPECT_TRUE(r.recompute_findings.empty());
  }
}

TEST(Tamper, AFigureInTheResults) {
  const std::string text =
      replace_first(example_report(total), "annual=\"3750000000\"", "annual=\"3750000001\"");
  ReportReview r = check(text);
  EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E201"});
  ASSERT_EQ(keys(r), std::vector<std::string>{"CPTT-E213 P1 current annual"});
  const Discrepancy& d = r.recompute.discrepancies[0];
  EXPECT_EQ(d.declared, "3750000001");
  EXPECT_EQ(d.recomputed, "3750000000");
  EXPECT_EQ(d.difference, "1");
  EXPECT_EQ(r.recompute_findings[0].procedure_id, "P1");
  EXPECT_NE(r.recompute_findings[0].message(Language::vi).find("chênh lệch +1"), std::string::npos);
}

TEST(Tamper, AFigureWithTheDigestRecomputedIsStillCaught) {
  const std::string text = resign(replace_first(
      example_report(total), "reduction-percent=\"32.00\"", "reduction-percent=\"52.00\""));
  ReportReview r = check(text);
  EXPECT_EQ(r.integrity.digest, DigestStatus::matches);
  EXPECT_TRUE(r.integrity_findings.empty());
  ASSERT_EQ(keys(r), std::vector<std::string>{"CPTT-E214 P1 reduction-percent"});
  EXPECT_EQ(r.recompute.discrepancies[0].difference, "20");
}

TEST(Tamper, AnHourValue) {
  ReportReview r =
      check(replace_first(example_report(total), "<hours>4</hours>", "<hours>5</hours>"));
  EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E201"});
  EXPECT_EQ(keys(r),
            (std::vector<std::string>{
                "CPTT-E211 P1 current#1 time-cost", "CPTT-E212 P1 current#1 task-cost",
                "CPTT-E213 P1 current tasks-total", "CPTT-E213 P1 current cost-per-filing",
                "CPTT-E213 P1 current annual", "CPTT-E214 P1 before", "CPTT-E214 P1 saving",
                "CPTT-E214 P1 reduction-percent", "CPTT-E215  before", "CPTT-E215  net-change",
                "CPTT-E215  saved-by-amendments", "CPTT-E215  reduction-percent"}));
  const Discrepancy& d = r.recompute.discrepancies[0];
  EXPECT_EQ(d.declared, "100000");
  EXPECT_EQ(d.recomputed, "125000");
  EXPECT_EQ(d.difference, "-25000");
  // Located at the task in the file.
  EXPECT_GT(r.recompute_findings[0].location.line, 0);
}

TEST(Tamper, ARate) {
  ReportReview r =
      check(replace_first(example_report(total), "<value>25000</value>", "<value>26000</value>"));
  EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E201"});
  ASSERT_FALSE(r.recompute.discrepancies.empty());
  EXPECT_EQ(key(r.recompute.discrepancies[0]), "CPTT-E210 r-25000 hourly-rate");
  EXPECT_EQ(r.recompute.discrepancies[0].declared, "25000");
  EXPECT_EQ(r.recompute.discrepancies[0].recomputed, "26000");
  std::vector<std::string> k = keys(r);
  EXPECT_EQ(std::count(k.begin(), k.end(), "CPTT-E213 P1 current hourly-rate"), 1);
  EXPECT_EQ(std::count(k.begin(), k.end(), "CPTT-E213 P1 proposed hourly-rate"), 1);
  // P2 and P3 use other rates: untouched.
  for (const Discrepancy& d : r.recompute.discrepancies)
    EXPECT_TRUE(d.procedure_id.empty() || d.procedure_id == "P1") << key(d);
}

TEST(Tamper, ARemovedProcedure) {
  std::string text = example_report(total);
  text = remove_element(text, "<procedure id=\"P2\" kind=\"new\" level=", "procedure");
  ReportReview r = check(text);
  EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E201"});
  EXPECT_EQ(keys(r), (std::vector<std::string>{"CPTT-E217 P2 present", "CPTT-E215  after",
                                               "CPTT-E215  net-change", "CPTT-E215  added-by-new",
                                               "CPTT-E215  reduction-percent"}));
}

TEST(Tamper, ARemovedActivity) {
  std::string text = example_report(total);
  text = remove_element(text, "<name>Nhận kết quả</name>", "task");
  ReportReview r = check(text);
  EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E201"});
  EXPECT_EQ(keys(r),
            (std::vector<std::string>{
                "CPTT-E219 P1 current#3 tasks", "CPTT-E213 P1 current tasks-total",
                "CPTT-E213 P1 current cost-per-filing", "CPTT-E213 P1 current annual",
                "CPTT-E214 P1 before", "CPTT-E214 P1 saving", "CPTT-E214 P1 reduction-percent",
                "CPTT-E215  before", "CPTT-E215  net-change", "CPTT-E215  saved-by-amendments",
                "CPTT-E215  reduction-percent"}));
  EXPECT_EQ(r.recompute.discrepancies[0].declared, "3");
  EXPECT_EQ(r.recompute.discrepancies[0].recomputed, "2");
}

TEST(Tamper, AnAddedProcedure) {
  const std::string added = R"(<procedure id="P9" kind="new" level="commune" subject-type="both">
        <name>Thủ tục thêm vào sau khi xuất</name>
        <worksheet variant="proposed" rate="r-25000">
          <task><name>Nộp</name><hours>1</hours><services>0</services></task>
          <frequency>1</frequency>
          <subjects>10</subjects>
        </worksheet>
      </procedure>
    </procedures>)";
  ReportReview r = check(replace_first(example_report(total), "</procedures>", added));
  EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E201"});
  EXPECT_EQ(keys(r), (std::vector<std::string>{"CPTT-E216 P9 present", "CPTT-E215  after",
                                               "CPTT-E215  net-change", "CPTT-E215  added-by-new",
                                               "CPTT-E215  reduction-percent"}));
}

TEST(Tamper, AnAddedActivity) {
  const std::string extra = "<task><name>Thêm</name><hours>1</hours><services>0</services></task>"
                            "<fee>";
  // The first <fee> is P1's current worksheet.
  ReportReview r = check(replace_first(example_report(total), "<fee>", extra));
  EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E201"});
  ASSERT_FALSE(r.recompute.discrepancies.empty());
  EXPECT_EQ(key(r.recompute.discrepancies[0]), "CPTT-E219 P1 current#4 tasks");
  EXPECT_EQ(r.recompute.discrepancies[0].declared, "3");
  EXPECT_EQ(r.recompute.discrepancies[0].recomputed, "4");
  EXPECT_EQ(r.recompute.discrepancies[0].difference, "-1");
}

TEST(Tamper, AnAnswer) {
  Dossier d = example("case-online-filing.cptt.xml");
  AnswerSet set;
  set.form_id = "tt03-2022-03";
  set.procedure_id = "P1";
  Answer a;
  a.field = "necessity.q1";
  a.value = "yes";
  a.reason = "Cần thiết để quản lý.";
  set.answers.push_back(a);
  d.answers.push_back(set);
  const std::string text = report_text(d);
  ASSERT_TRUE(check(text).integrity_findings.empty());
  ReportReview r = check(replace_first(text, "<value>yes</value>", "<value>no</value>"));
  EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E201"});
  EXPECT_TRUE(r.recompute_findings.empty());
}

TEST(Tamper, WhitespaceOnlyInsideAText) {
  ReportReview r = check(replace_first(example_report(total), "<name>Chuẩn bị hồ sơ</name>",
                                       "<name>Chuẩn bị  hồ sơ</name>"));
  EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E201"});
  EXPECT_TRUE(r.recompute_findings.empty());
  EXPECT_NE(r.integrity.declared_digest, r.integrity.actual_digest);
}

TEST(Tamper, ARemovedDigest) {
  std::string text = example_report(total);
  text = remove_element(text, "<digest algorithm", "digest");
  ReportReview r = check(text);
  EXPECT_EQ(r.integrity.digest, DigestStatus::missing);
  EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E203"});
}

TEST(Tamper, OtherReferenceDataVersionsGiveANote) {
  ReportReview r =
      check(replace_first(example_report(total), "<reference-data id=\"time-norms\" version=\"1\"",
                          "<reference-data id=\"time-norms\" version=\"0\""));
  EXPECT_EQ(codes(r.integrity_findings), (std::vector<std::string>{"CPTT-E201", "CPTT-N201"}));
  ASSERT_EQ(r.integrity.reference_differences.size(), 1u);
  EXPECT_EQ(r.integrity.reference_differences[0].report_version, "0");
}

// Every figure of the results, every example: changed by one, the change is caught twice, by the
// digest and by the recompute (which names the figure with the changed value), and still by the
// recompute when the digest is recomputed too.
TEST(Tamper, EveryDeclaredFigureOfEveryExample) {
  int cases = 0;
  for (const char* name :
       {"case-dossier-total.cptt.xml", "case-online-filing.cptt.xml", "case-derived-rate.cptt.xml",
        "case-five-yearly.cptt.xml", "case-one-case.cptt.xml"}) {
    const std::string text = example_report(name);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(text.c_str()));
    std::vector<pugi::xml_attribute> figures;
    std::vector<pugi::xml_node> stack{doc.document_element().child("results")};
    while (!stack.empty()) {
      pugi::xml_node n = stack.back();
      stack.pop_back();
      for (pugi::xml_attribute a : n.attributes()) {
        const std::string_view at = a.name();
        if (at != "id" && at != "kind" && at != "variant" && at != "rate" && at != "index" &&
            at != "one-case")
          figures.push_back(a);
      }
      for (pugi::xml_node c : n.children())
        stack.push_back(c);
    }
    ASSERT_GT(figures.size(), 10u);
    for (pugi::xml_attribute a : figures) {
      const std::string before = a.value();
      const Decimal changed = Decimal::parse(before) + Decimal::from_integer(1);
      const std::string value =
          before.find('.') != std::string::npos && before.size() - before.find('.') == 3
              ? changed.to_fixed(2)
              : changed.to_canonical();
      a.set_value(value.c_str());
      std::ostringstream s;
      doc.save(s);
      a.set_value(before.c_str());
      for (bool signed_again : {false, true}) {
        ReportReview r = check(signed_again ? resign(s.str()) : s.str());
        EXPECT_EQ(r.integrity.digest,
                  signed_again ? DigestStatus::matches : DigestStatus::mismatch);
        bool named = false;
        for (const Discrepancy& d : r.recompute.discrepancies)
          named |= d.field == a.name() && Decimal::parse(d.declared) == changed;
        EXPECT_TRUE(named) << name << ": " << a.name() << " " << before << " → " << value;
        ++cases;
      }
    }
  }
  EXPECT_GT(cases, 100);
}

// Every input figure (hours, services, fees, frequency, subjects, rates), changed: the digest and
// the recompute catch it.
TEST(Tamper, EveryInputFigureOfEveryExample) {
  struct Input {
    const char* element;
    const char* delta;
  };
  const Input inputs[] = {{"hours", "1"},
                          {"services", "1000"},
                          {"amount", "1000"},
                          {"frequency", "1"},
                          {"subjects", "1"},
                          {"value", "1000"},
                          {"gdp-per-capita", "10000000"}};
  int cases = 0;
  for (const char* name : {"case-dossier-total.cptt.xml", "case-derived-rate.cptt.xml",
                           "case-five-yearly.cptt.xml", "case-one-case.cptt.xml"}) {
    const std::string text = example_report(name);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(text.c_str()));
    for (const Input& in : inputs) {
      for (pugi::xpath_node x : doc.select_nodes(("//" + std::string(in.element)).c_str())) {
        pugi::xml_node n = x.node();
        if (std::string_view(n.parent().name()) == "answer")
          continue;
        const std::string before = n.text().get();
        const std::string after =
            (Decimal::parse(before) + Decimal::parse(in.delta)).to_canonical();
        n.text().set(after.c_str());
        std::ostringstream s;
        doc.save(s);
        n.text().set(before.c_str());
        ReportReview r = check(s.str());
        EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E201"})
            << name << " " << in.element;
        EXPECT_FALSE(r.recompute.discrepancies.empty())
            << name << ": <" << in.element << "> " << before << " → " << after;
        ++cases;
      }
    }
  }
  EXPECT_GT(cases, 30);
}

TEST(Tamper, InputsThatCannotBeComputed) {
  // Figures so large that the annual cost overflows: reported, never wrapped around.
  std::string text = example_report(total);
  text = replace_first(text, "<subjects>10000</subjects>",
                       "<subjects>1000000000000000000000000000000</subjects>");
  text = replace_first(text, "<frequency>1</frequency>", "<frequency>1000000</frequency>");
  ReportReview r = check(text);
  EXPECT_FALSE(r.recompute.computed);
  EXPECT_FALSE(r.recompute.error.empty());
  EXPECT_EQ(codes(r.recompute_findings), std::vector<std::string>{"CPTT-E220"});
  EXPECT_EQ(codes(r.integrity_findings), std::vector<std::string>{"CPTT-E201"});
}
