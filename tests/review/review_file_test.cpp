// The review file: a review made from a checked report, edited as a reviewer would, written,
// read back identical, valid against data/schema/review.xsd; bad input refused with its place.
#include "support.h"

#include "cptt/review/review_file.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

Review sample_review() {
  ReportReview checked = review_report_text(example_report("case-dossier-total.cptt.xml"),
                                            "/some/folder/total.report.xml", full_context());
  Review r = make_review(checked);
  r.reviewer = {"Trần Thị B", "Sở Tư pháp tỉnh X", "2026-11-29"};
  EXPECT_GE(r.findings.size(), 3u);
  r.findings[0].status = FindingStatus::agreed;
  r.findings[1].status = FindingStatus::dismissed;
  r.findings[1].reason = "Đã giải trình tại tờ trình, mục 3 & \"phụ lục\" <2>.";
  Comment c;
  c.anchor.procedure_id = "P1";
  c.anchor.worksheet = Worksheet::Variant::current;
  c.anchor.task = 2;
  c.author = "Trần Thị B";
  c.date = "2026-11-29";
  c.text = "Thời gian đi lại cần theo định mức cấp tỉnh.\nĐề nghị rà soát lại.";
  r.comments.push_back(c);
  Comment f;
  f.anchor.procedure_id = "P2";
  f.anchor.form_id = "tt03-2022-02";
  f.anchor.section = "necessity";
  f.anchor.field = "necessity.q1";
  f.text = "Chưa nêu rõ lý do cần thiết.";
  r.comments.push_back(f);
  r.set_verdict({"P1", Verdict::dat, "Đạt yêu cầu.", {}});
  r.set_verdict({"P2", Verdict::can_bo_sung, "Bổ sung đánh giá sự cần thiết.", {}});
  r.set_verdict({"", Verdict::can_bo_sung, "Hồ sơ cần bổ sung, chỉnh sửa trước khi trình.", {}});
  return r;
}

std::string xmllint(const std::string& file) {
  const std::string out = file + ".xmllint";
  const std::string command = std::string(CPTT_XMLLINT) + " --noout --schema " + CPTT_DATA_DIR +
                              "/schema/review.xsd '" + file + "' > '" + out + "' 2>&1";
  const int rc = std::system(command.c_str());
  std::ifstream in(out);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  return rc == 0 ? "" : text.empty() ? "xmllint failed" : text;
}

const std::string digest(64, 'a');

std::string minimal(const std::string& body) {
  return "<?xml version=\"1.0\"?>\n<review xmlns=\"urn:cptt\" format-version=\"1\">\n"
         "<report digest=\"" +
         digest + "\"/>\n" + body + "</review>\n";
}

} // namespace

TEST(ReviewFile, NamesTheReportByItsDigest) {
  const std::string text = example_report("case-dossier-total.cptt.xml");
  ReportReview checked = review_report_text(text, "/x/total.report.xml", plain_context());
  Review r = make_review(checked);
  EXPECT_EQ(r.report_digest, checked.integrity.declared_digest);
  EXPECT_EQ(r.report_file, "total.report.xml");
  EXPECT_EQ(r.findings.size(), checked.findings().size());
  EXPECT_TRUE(reviews_report(r, checked));
  ReportReview other =
      review_report_text(replace_first(text, "<hours>4</hours>", "<hours>5</hours>"),
                         "/x/other.report.xml", plain_context());
  EXPECT_FALSE(reviews_report(r, other));
  for (const ReviewedFinding& f : r.findings)
    EXPECT_EQ(f.status, FindingStatus::open);
}

TEST(ReviewFile, RoundTripIsIdenticalAndValid) {
  const Review r = sample_review();
  const std::string text = write_review(r);
  ReviewLoad load = load_review_text(text, "sample.review.xml");
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  const Review& back = load.review;
  EXPECT_EQ(write_review(back), text);
  EXPECT_EQ(back.report_digest, r.report_digest);
  EXPECT_EQ(back.reviewer.body, "Sở Tư pháp tỉnh X");
  ASSERT_EQ(back.findings.size(), r.findings.size());
  EXPECT_EQ(back.findings[1].status, FindingStatus::dismissed);
  EXPECT_EQ(back.findings[1].reason, r.findings[1].reason);
  EXPECT_EQ(back.findings[0].finding.message(Language::vi),
            r.findings[0].finding.message(Language::vi));
  EXPECT_EQ(back.findings[0].finding.place_text(Language::vi),
            r.findings[0].finding.place_text(Language::vi));
  EXPECT_EQ(back.findings[0].finding.location.line, r.findings[0].finding.location.line);
  ASSERT_EQ(back.comments.size(), 2u);
  EXPECT_EQ(back.comments[0].text, r.comments[0].text); // the line break survives
  EXPECT_EQ(back.comments[0].anchor.task, 2);
  EXPECT_EQ(back.comments[0].anchor.worksheet, Worksheet::Variant::current);
  EXPECT_EQ(back.comments[1].anchor.field, "necessity.q1");
  ASSERT_NE(back.verdict_for("P2"), nullptr);
  EXPECT_EQ(back.verdict_for("P2")->verdict, Verdict::can_bo_sung);
  ASSERT_TRUE(back.draft_verdict);
  EXPECT_EQ(back.draft_verdict->summary, r.draft_verdict->summary);

  const auto dir = temp_dir("roundtrip");
  const std::string path = (dir / "sample.review.xml").string();
  ASSERT_EQ(save_review_file(r, path).vi, "");
  EXPECT_EQ(xmllint(path), "");
  ReviewLoad file = load_review_file(path);
  ASSERT_TRUE(file.result) << file.result.describe(cptt::Language::vi);
  EXPECT_EQ(write_review(file.review), text);
}

// A finding of a report of thousands of procedures sits beyond line 100,000 of it: the review keeps
// its place and reads back (it was refused as "not a whole number").
TEST(ReviewFile, AFindingFarDownABigReportKeepsItsLine) {
  Review r = sample_review();
  r.findings[0].finding.location = {2'345'678, 17};
  const std::string text = write_review(r);
  ReviewLoad load = load_review_text(text, "big.review.xml");
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::en);
  EXPECT_EQ(load.review.findings[0].finding.location.line, 2'345'678);
  EXPECT_EQ(load.review.findings[0].finding.location.column, 17);
  EXPECT_EQ(write_review(load.review), text);
  // Still a whole number, not negative, within an int.
  for (const char* bad : {"-1", "1.5", "2147483648"}) {
    const std::string at = "line=\"2345678\"";
    ASSERT_NE(text.find(at), std::string::npos);
    ReviewLoad refused = load_review_text(
        replace_first(text, at, std::string("line=\"") + bad + "\""), "bad.review.xml");
    EXPECT_FALSE(refused.result) << bad;
    EXPECT_NE(refused.result.describe(cptt::Language::en).find("must be a whole number"),
              std::string::npos)
        << refused.result.describe(cptt::Language::en);
  }
}

// The reviewer and the drafter may read in different languages: both texts of every finding are
// stored; a file written before (Vietnamese only) still reads, its texts Vietnamese in both.
TEST(ReviewFile, FindingTextsAreKeptInBothLanguages) {
  const Review r = sample_review();
  const std::string text = write_review(r);
  ReviewLoad load = load_review_text(text, "sample.review.xml");
  ASSERT_TRUE(load.result) << load.result.describe(cptt::Language::vi);
  ASSERT_EQ(load.review.findings.size(), r.findings.size());
  int english = 0;
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const Finding& made = r.findings[i].finding;
    const Finding& back = load.review.findings[i].finding;
    for (Language l : {Language::vi, Language::en}) {
      EXPECT_EQ(back.message(l), made.message(l)) << made.code;
      EXPECT_EQ(back.place_text(l), made.place_text(l)) << made.code;
    }
    english += made.message(Language::en) != made.message(Language::vi);
  }
  EXPECT_GT(english, 0);
  EXPECT_NE(text.find("<message-en>"), std::string::npos);

  std::string old = text;
  for (const char* tag : {"message-en", "place-en"})
    for (std::size_t at; (at = old.find(std::string("<") + tag + ">")) != std::string::npos;)
      old.erase(at, old.find(std::string("</") + tag + ">", at) + std::string(tag).size() + 3 - at);
  ASSERT_EQ(old.find("-en>"), std::string::npos);
  ReviewLoad before = load_review_text(old, "old.review.xml");
  ASSERT_TRUE(before.result) << before.result.describe(cptt::Language::vi);
  const Finding& f = before.review.findings[0].finding;
  EXPECT_EQ(f.message(Language::en), r.findings[0].finding.message(Language::vi));
  EXPECT_EQ(write_review(before.review).find("-en>"), std::string::npos);
}

TEST(ReviewFile, MinimalReviewIsValid) {
  Review r;
  r.report_digest = digest;
  const auto dir = temp_dir("minimal");
  const std::string path = (dir / "minimal.review.xml").string();
  ASSERT_EQ(save_review_file(r, path).vi, "");
  EXPECT_EQ(xmllint(path), "");
  EXPECT_TRUE(load_review_file(path).result);
}

TEST(ReviewFile, MergeKeepsDecisionsOnFindingsStillFound) {
  Review r = sample_review();
  std::vector<Finding> fresh;
  for (const ReviewedFinding& f : r.findings)
    fresh.push_back(f.finding);
  const Finding gone = fresh[0];
  fresh.erase(fresh.begin());
  Place elsewhere;
  elsewhere.worksheet = Worksheet::Variant::proposed;
  elsewhere.task = 7;
  fresh.push_back(make_finding("CPTT-W250", "P1", elsewhere, {}));
  merge_findings(r, fresh);
  ASSERT_EQ(r.findings.size(), fresh.size());
  EXPECT_EQ(r.findings[0].status, FindingStatus::dismissed); // was findings[1]
  EXPECT_FALSE(r.findings[0].reason.empty());
  EXPECT_EQ(r.findings.back().status, FindingStatus::open);
  for (const ReviewedFinding& f : r.findings)
    EXPECT_FALSE(f.finding.code == gone.code &&
                 f.finding.place_text(Language::vi) == gone.place_text(Language::vi) &&
                 f.status == FindingStatus::agreed);
  EXPECT_EQ(r.comments.size(), 2u); // kept
}

TEST(ReviewFile, BadInputIsRefusedWithItsPlace) {
  struct Case {
    const char* what;
    std::string text;
    LoadStatus status;
    int line;
    const char* message;
  };
  const std::vector<Case> cases = {
      {"wrong root", "<dossier xmlns=\"urn:cptt\" format-version=\"1\"/>",
       LoadStatus::wrong_document, 1, "<review>"},
      {"newer version",
       "<review xmlns=\"urn:cptt\" format-version=\"2\"><report digest=\"" + digest +
           "\"/></review>",
       LoadStatus::unsupported_version, 1, "format"},
      {"bad digest",
       "<?xml version=\"1.0\"?>\n<review xmlns=\"urn:cptt\" format-version=\"1\">\n"
       "<report digest=\"ABC\"/>\n</review>",
       LoadStatus::invalid_content, 3, "ABC"},
      {"no report", "<review xmlns=\"urn:cptt\" format-version=\"1\"></review>",
       LoadStatus::invalid_content, 1, "report"},
      {"dismissed without reason",
       minimal("<findings>\n<finding code=\"CPTT-W250\" severity=\"warning\" "
               "status=\"dismissed\"><message>m</message></finding>\n</findings>\n"),
       LoadStatus::invalid_content, 5, "CPTT-W250"},
      {"unknown status",
       minimal("<findings>\n<finding code=\"CPTT-W250\" severity=\"warning\" "
               "status=\"maybe\"><message>m</message></finding>\n</findings>\n"),
       LoadStatus::invalid_content, 5, "maybe"},
      {"unknown severity",
       minimal("<findings>\n<finding code=\"CPTT-W250\" severity=\"fatal\" "
               "status=\"open\"><message>m</message></finding>\n</findings>\n"),
       LoadStatus::invalid_content, 5, "fatal"},
      {"unknown verdict", minimal("<verdicts>\n<verdict value=\"ok\"/>\n</verdicts>\n"),
       LoadStatus::invalid_content, 5, "ok"},
      {"two draft verdicts",
       minimal("<verdicts>\n<verdict value=\"dat\"/>\n<verdict value=\"khong-dat\"/>\n"
               "</verdicts>\n"),
       LoadStatus::invalid_content, 6, "verdict"},
      {"task without worksheet",
       minimal("<comments>\n<comment procedure=\"P1\" task=\"2\"><text>t</text></comment>\n"
               "</comments>\n"),
       LoadStatus::invalid_content, 5, "task"},
      {"comment without text",
       minimal("<comments>\n<comment procedure=\"P1\"><author>a</author></comment>\n"
               "</comments>\n"),
       LoadStatus::invalid_content, 5, "text"},
      {"unknown element", minimal("<signature/>\n"), LoadStatus::invalid_content, 4, "signature"},
      {"not a date", minimal("<reviewer>\n<date>29/11/2026</date>\n</reviewer>\n"),
       LoadStatus::invalid_content, 5, "29/11/2026"},
      {"malformed", "<review xmlns=\"urn:cptt\" format-version=\"1\">\n<report",
       LoadStatus::malformed_xml, 2, ""},
  };
  for (const Case& c : cases) {
    ReviewLoad load = load_review_text(c.text, "bad.review.xml");
    EXPECT_FALSE(load.result) << c.what;
    EXPECT_EQ(load.result.status, c.status)
        << c.what << ": " << load.result.describe(cptt::Language::vi);
    EXPECT_EQ(load.result.line, c.line)
        << c.what << ": " << load.result.describe(cptt::Language::vi);
    EXPECT_NE(load.result.message.en.find(c.message), std::string::npos)
        << c.what << ": " << load.result.describe(cptt::Language::vi);
    EXPECT_EQ(load.result.file, "bad.review.xml");
  }
}

TEST(ReviewFile, MissingFileIsAnIoError) {
  ReviewLoad load = load_review_file("/nonexistent/none.review.xml");
  EXPECT_EQ(load.result.status, LoadStatus::io_error);
}

TEST(ReviewFile, SavingIntoAMissingFolderFailsWithoutAFile) {
  Review r;
  r.report_digest = digest;
  EXPECT_NE(save_review_file(r, "/nonexistent/folder/x.review.xml").en, "");
}
