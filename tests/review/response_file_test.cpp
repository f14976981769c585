// The response file: the drafter's answers to a review, written, read back identical, valid
// against data/schema/response.xsd, naming the review by review_digest(); bad input refused with
// its place; the example response answers the example review.
#include "support.h"

#include "cptt/digest.h"
#include "cptt/review/response_file.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

Review sample_review() {
  ReportReview checked = review_report_text(example_report("case-dossier-total.cptt.xml"),
                                            "/x/total.report.xml", full_context());
  Review r = make_review(checked);
  r.reviewer = {"Trần Thị B", "Sở Tư pháp tỉnh X", "2026-11-29"};
  EXPECT_GE(r.findings.size(), 2u);
  r.findings[0].status = FindingStatus::agreed;
  Comment c;
  c.anchor.procedure_id = "P1";
  c.anchor.worksheet = Worksheet::Variant::current;
  c.anchor.task = 2;
  c.text = "Thời gian đi lại cần theo định mức cấp tỉnh.";
  r.comments.push_back(c);
  c = {};
  c.text = "Hoàn thiện hồ sơ.";
  r.comments.push_back(c);
  return r;
}

Response sample_response(const Review& review) {
  Response r = make_response(review, "/x/y/total.review.xml");
  r.responder = {"Lê Văn C", "Sở Nội vụ tỉnh X", "2026-12-03"};
  r.report_digest = std::string(64, 'b');
  r.report_file = "total-2.report.xml";
  ResponseEntry taken{ResponseTarget::of_comment(1),
                      ResponseResult::tiep_thu,
                      "Đã sửa số giờ đi lại theo định mức cấp tỉnh: 2 → 3 & \"ghi chú\" <1>.\n"
                      "Xem dòng 2.",
                      CommentAnchor{"P1", {}, {}, {}, Worksheet::Variant::current, 2},
                      {}};
  r.set_entry(taken);
  r.set_entry({ResponseTarget::of_finding(review.findings[0].finding),
               ResponseResult::giai_trinh,
               "Biểu mẫu đã có trong hồ sơ giấy.",
               {},
               {}});
  return r;
}

std::string xmllint(const std::string& file) {
  const std::string out = file + ".xmllint";
  const std::string command = std::string(CPTT_XMLLINT) + " --noout --schema " + CPTT_DATA_DIR +
                              "/schema/response.xsd '" + file + "' > '" + out + "' 2>&1";
  const int rc = std::system(command.c_str());
  std::ifstream in(out);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  return rc == 0 ? "" : text.empty() ? "xmllint failed" : text;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {(std::istreambuf_iterator<char>(in)), {}};
}

const std::string digest(64, 'a');

std::string minimal(const std::string& body) {
  return "<?xml version=\"1.0\"?>\n<response xmlns=\"urn:cptt\" format-version=\"1\">\n"
         "<review digest=\"" +
         digest + "\"/>\n" + body + "</response>\n";
}

} // namespace

TEST(ResponseFile, NamesTheReviewByTheDigestOfItsCanonicalText) {
  const Review review = sample_review();
  const Response r = make_response(review, "/x/y/total.review.xml");
  EXPECT_EQ(r.review_digest, sha256_hex(write_review(review)));
  EXPECT_EQ(r.review_file, "total.review.xml");
  EXPECT_TRUE(answers_review(r, review));
  Review other = review;
  other.comments[1].text += " Gấp.";
  EXPECT_FALSE(answers_review(r, other));
  EXPECT_NE(review_digest(other), r.review_digest);
  EXPECT_FALSE(answers_review(Response{}, review));
}

TEST(ResponseFile, TargetsAreTheCommentsThenTheAgreedFindings) {
  const Review review = sample_review();
  const std::vector<ResponseTarget> t = response_targets(review);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0], ResponseTarget::of_comment(1));
  EXPECT_EQ(t[1], ResponseTarget::of_comment(2));
  EXPECT_EQ(t[2].kind, ResponseTarget::Kind::finding);
  EXPECT_EQ(t[2].code, review.findings[0].finding.code);
  EXPECT_EQ(t[2].place, review.findings[0].finding.place_text(Language::vi));
  EXPECT_EQ(target_text(t[1], Language::vi), "ý kiến 2");
  EXPECT_EQ(target_text(t[1], Language::en), "comment 2");
}

TEST(ResponseFile, EntriesAreOnePerTarget) {
  Response r;
  r.set_entry({ResponseTarget::of_comment(1), ResponseResult::tiep_thu, "a", {}, {}});
  r.set_entry({ResponseTarget::of_comment(2), ResponseResult::tiep_thu, "b", {}, {}});
  r.set_entry({ResponseTarget::of_comment(1), ResponseResult::giai_trinh, "c", {}, {}});
  ASSERT_EQ(r.entries.size(), 2u);
  EXPECT_EQ(r.entry_for(ResponseTarget::of_comment(1))->text, "c");
  EXPECT_TRUE(r.remove_entry(ResponseTarget::of_comment(1)));
  EXPECT_FALSE(r.remove_entry(ResponseTarget::of_comment(1)));
  EXPECT_EQ(r.entry_for(ResponseTarget::of_comment(1)), nullptr);
  EXPECT_EQ(label(ResponseResult::tiep_thu, Language::vi), "Tiếp thu");
  EXPECT_EQ(label(ResponseResult::giai_trinh, Language::en), "Explained");
  ResponseResult x{};
  EXPECT_TRUE(from_id("giai-trinh", x));
  EXPECT_EQ(x, ResponseResult::giai_trinh);
  EXPECT_FALSE(from_id("tiep_thu", x));
}

TEST(ResponseFile, RoundTripIsIdenticalAndValid) {
  const Review review = sample_review();
  const Response r = sample_response(review);
  const std::string dir = temp_dir("response-roundtrip").string();
  const std::string path = dir + "/total.response.xml";
  ASSERT_EQ(save_response_file(r, path).vi, "");
  EXPECT_EQ(xmllint(path), "");
  ResponseLoad load = load_response_file(path);
  ASSERT_TRUE(load.result) << load.result.describe(Language::vi);
  const Response& back = load.response;
  EXPECT_EQ(back.review_digest, r.review_digest);
  EXPECT_EQ(back.review_file, "total.review.xml");
  EXPECT_EQ(back.report_digest, r.report_digest);
  EXPECT_EQ(back.report_file, "total-2.report.xml");
  EXPECT_EQ(back.responder.body, "Sở Nội vụ tỉnh X");
  ASSERT_EQ(back.entries.size(), 2u);
  EXPECT_EQ(back.entries[0].target, ResponseTarget::of_comment(1));
  EXPECT_EQ(back.entries[0].text, r.entries[0].text);
  ASSERT_TRUE(back.entries[0].anchor);
  EXPECT_EQ(back.entries[0].anchor->task, 2);
  EXPECT_EQ(back.entries[0].anchor->worksheet, Worksheet::Variant::current);
  EXPECT_EQ(back.entries[1].target, r.entries[1].target);
  EXPECT_EQ(back.entries[1].result, ResponseResult::giai_trinh);
  EXPECT_FALSE(back.entries[1].anchor);
  EXPECT_GT(back.entries[0].location.line, 0);
  EXPECT_EQ(write_response(back), read_all(path));
  EXPECT_TRUE(answers_review(back, review));
}

TEST(ResponseFile, MinimalResponseIsValid) {
  Response r;
  r.review_digest = digest;
  const std::string dir = temp_dir("response-minimal").string();
  ASSERT_EQ(save_response_file(r, dir + "/m.response.xml").vi, "");
  EXPECT_EQ(xmllint(dir + "/m.response.xml"), "");
  ResponseLoad load = load_response_file(dir + "/m.response.xml");
  ASSERT_TRUE(load.result) << load.result.describe(Language::vi);
  EXPECT_TRUE(load.response.report_digest.empty());
  EXPECT_TRUE(load.response.entries.empty());
}

TEST(ResponseFile, BadInputIsRefusedWithItsPlace) {
  struct Case {
    const char* what;
    std::string text;
    LoadStatus status;
    int line;
    const char* message;
  };
  auto answers = [](const std::string& body) {
    return minimal("<answers>\n" + body + "\n</answers>\n");
  };
  const std::vector<Case> cases = {
      {"wrong root", "<review xmlns=\"urn:cptt\" format-version=\"1\"/>",
       LoadStatus::wrong_document, 1, "<response>"},
      {"newer version",
       "<response xmlns=\"urn:cptt\" format-version=\"2\"><review digest=\"" + digest +
           "\"/></response>",
       LoadStatus::unsupported_version, 1, "format"},
      {"no review", "<response xmlns=\"urn:cptt\" format-version=\"1\"></response>",
       LoadStatus::invalid_content, 1, "review"},
      {"bad review digest",
       "<?xml version=\"1.0\"?>\n<response xmlns=\"urn:cptt\" format-version=\"1\">\n"
       "<review digest=\"ABC\"/>\n</response>",
       LoadStatus::invalid_content, 3, "ABC"},
      {"bad report digest", minimal("<report digest=\"" + std::string(63, 'a') + "\"/>\n"),
       LoadStatus::invalid_content, 4, "SHA-256"},
      {"unknown result", answers("<answer comment=\"1\" result=\"ok\"><text>t</text></answer>"),
       LoadStatus::invalid_content, 5, "ok"},
      {"no target", answers("<answer result=\"tiep-thu\"><text>t</text></answer>"),
       LoadStatus::invalid_content, 5, "exactly one"},
      {"two targets",
       answers("<answer comment=\"1\" finding=\"CPTT-E104\" result=\"tiep-thu\"><text>t</text>"
               "</answer>"),
       LoadStatus::invalid_content, 5, "exactly one"},
      {"comment 0", answers("<answer comment=\"0\" result=\"tiep-thu\"><text>t</text></answer>"),
       LoadStatus::invalid_content, 5, "starts at 1"},
      {"not a code",
       answers("<answer finding=\"E104\" result=\"tiep-thu\"><text>t</text></answer>"),
       LoadStatus::invalid_content, 5, "E104"},
      {"no text", answers("<answer comment=\"1\" result=\"tiep-thu\"/>"),
       LoadStatus::invalid_content, 5, "text"},
      {"anchor with giai-trinh",
       answers("<answer comment=\"1\" result=\"giai-trinh\"><text>t</text>\n"
               "<anchor procedure=\"P1\"/></answer>"),
       LoadStatus::invalid_content, 6, "taken in"},
      {"task without worksheet",
       answers("<answer comment=\"1\" result=\"tiep-thu\"><text>t</text>\n"
               "<anchor procedure=\"P1\" task=\"2\"/></answer>"),
       LoadStatus::invalid_content, 6, "task"},
      {"place on a comment answer",
       answers("<answer comment=\"1\" result=\"tiep-thu\">\n<place>x</place><text>t</text>"
               "</answer>"),
       LoadStatus::invalid_content, 6, "<place>"},
      {"answered twice",
       answers("<answer comment=\"2\" result=\"tiep-thu\"><text>t</text></answer>\n"
               "<answer comment=\"2\" result=\"giai-trinh\"><text>u</text></answer>"),
       LoadStatus::invalid_content, 6, "comment 2 is already answered"},
      {"unknown element", minimal("<signature/>\n"), LoadStatus::invalid_content, 4, "signature"},
      {"unknown attribute",
       answers("<answer comment=\"1\" result=\"tiep-thu\" status=\"x\"><text>t</text></answer>"),
       LoadStatus::malformed_xml, 5, "status"}, // refused by the schema's vocabulary
      {"not a date", minimal("<responder>\n<date>3/12/2026</date>\n</responder>\n"),
       LoadStatus::invalid_content, 5, "3/12/2026"},
      {"malformed", "<response xmlns=\"urn:cptt\" format-version=\"1\">\n<review",
       LoadStatus::malformed_xml, 2, ""},
  };
  for (const Case& c : cases) {
    ResponseLoad load = load_response_text(c.text, "bad.response.xml");
    EXPECT_FALSE(load.result) << c.what;
    EXPECT_EQ(load.result.status, c.status) << c.what << ": " << load.result.describe(Language::en);
    EXPECT_EQ(load.result.line, c.line) << c.what << ": " << load.result.describe(Language::en);
    EXPECT_NE(load.result.message.en.find(c.message), std::string::npos)
        << c.what << ": " << load.result.describe(Language::en);
    EXPECT_FALSE(load.result.message.vi.empty()) << c.what;
    EXPECT_EQ(load.result.file, "bad.response.xml");
  }
}

TEST(ResponseFile, MissingFileIsAnIoErrorAndSavingFailsWithoutAFile) {
  EXPECT_EQ(load_response_file("/nonexistent/none.response.xml").result.status,
            LoadStatus::io_error);
  Response r;
  r.review_digest = digest;
  EXPECT_NE(save_response_file(r, "/nonexistent/folder/x.response.xml").en, "");
}

// The example review is written canonically, so its digest is the SHA-256 of the file itself
// (what `sha256sum` prints); it names the example report beside it; the example response names
// the review and answers every item (the data tests validate them against the schemas).
TEST(ResponseFile, ExampleResponseAnswersTheExampleReview) {
  const std::string folder = std::string(CPTT_DATA_DIR) + "/examples/review/";
  ReviewLoad review = load_review_file(folder + "case-dossier-total.review.xml");
  ASSERT_TRUE(review.result) << review.result.describe(Language::vi);
  EXPECT_EQ(review_digest(review.review),
            sha256_hex(read_all(folder + "case-dossier-total.review.xml")));
  const ReportLoad report = load_report_file(folder + "case-dossier-total.report.xml");
  ASSERT_TRUE(report.result) << report.result.describe(Language::vi);
  EXPECT_EQ(review.review.report_digest, report.actual_digest);
  ResponseLoad load = load_response_file(folder + "case-dossier-total.response.xml");
  ASSERT_TRUE(load.result) << load.result.describe(Language::vi);
  EXPECT_TRUE(answers_review(load.response, review.review));
  EXPECT_EQ(write_response(load.response), read_all(folder + "case-dossier-total.response.xml"));
  EXPECT_EQ(load.response.entries.size(), response_targets(review.review).size());
}
