// Review rounds: round 2 started from the example review and its response keeps every earlier
// comment, verdict and answer; 2- and 3-round reviews written, read back identical and valid
// against data/schema/review.xsd; a one-round review writes as before; a response to another
// review, a follow-up of nothing, a reopened item without a note and nested rounds are refused;
// the printable summary shows the earlier rounds with their answers and follow-ups.
#include "support.h"

#include "cptt/digest.h"
#include "cptt/review/response_file.h"
#include "cptt/review/review_html.h"
#include "cptt/review/review_rounds.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

const std::string examples = std::string(CPTT_DATA_DIR) + "/examples/";

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {(std::istreambuf_iterator<char>(in)), {}};
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

Review example_review() {
  ReviewLoad load = load_review_file(examples + "review/case-dossier-total.review.xml");
  EXPECT_TRUE(load.result) << load.result.describe(Language::vi);
  return load.review;
}

Response example_response() {
  ResponseLoad load = load_response_file(examples + "review/case-dossier-total.response.xml");
  EXPECT_TRUE(load.result) << load.result.describe(Language::vi);
  return load.response;
}

// The example dossier revised `times` times (its title changed), exported and checked.
ReportReview revised_report(int times) {
  Dossier d = example("case-dossier-total.cptt.xml");
  d.draft.title += " (dự thảo " + std::to_string(times + 1) + ")";
  return review_report_text(report_text(d),
                            "/x/case-dossier-total-" + std::to_string(times + 1) + ".report.xml",
                            full_context());
}

// Round 2 of the example review, its follow-ups decided, a new comment and verdict.
Review round_two() {
  const Response response = example_response();
  RoundStart next = start_next_round(example_review(), revised_report(1), &response);
  EXPECT_TRUE(next) << (next.error ? next.error->message(Language::en) : "");
  Review& r = next.review;
  EXPECT_GE(r.follow_ups.size(), 3u);
  r.reviewer.date = "2026-12-05";
  r.follow_ups[0].status = FollowUpStatus::closed;
  r.follow_ups[1].status = FollowUpStatus::reopened;
  r.follow_ups[1].note = "Chưa nêu thông tư hướng dẫn & \"phụ lục\" <2>.";
  r.follow_ups.back().status = FollowUpStatus::closed;
  r.follow_ups.back().note = "Đã bổ sung.";
  Comment c;
  c.anchor.procedure_id = "P2";
  c.text = "Vòng 2: nêu rõ nguồn số liệu.";
  r.comments.push_back(c);
  r.set_verdict({"", Verdict::can_bo_sung, "Còn một ý kiến chưa tiếp thu.", {}});
  return r;
}

// Round 3: the drafter answered round 2 (every item explained), the reviewer starts round 3.
Review round_three(const Review& two, Response* answered = nullptr) {
  Response response = make_response(two, "/x/case-dossier-total-2.review.xml");
  response.responder = {"Trần Văn Soạn Thảo", "Sở Nội vụ tỉnh X", "2026-12-08"};
  for (const ResponseTarget& t : response_targets(two))
    response.set_entry({t, ResponseResult::giai_trinh, "Giải trình vòng 2.", {}, {}});
  RoundStart next = start_next_round(two, revised_report(2), &response);
  EXPECT_TRUE(next) << (next.error ? next.error->message(Language::en) : "");
  if (answered)
    *answered = response;
  return next.review;
}

int line_of(const std::string& text, const std::string& part) {
  const std::size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

} // namespace

TEST(ReviewRounds, FollowUpStatesHaveIdsAndLabels) {
  EXPECT_EQ(to_id(FollowUpStatus::reopened), "reopened");
  EXPECT_EQ(label(FollowUpStatus::open, Language::vi), "Chưa xem lại");
  EXPECT_EQ(label(FollowUpStatus::closed, Language::vi), "Đã đóng");
  EXPECT_EQ(label(FollowUpStatus::reopened, Language::vi), "Mở lại");
  EXPECT_EQ(label(FollowUpStatus::open, Language::en), "Not yet reviewed");
  EXPECT_EQ(label(FollowUpStatus::closed, Language::en), "Closed");
  FollowUpStatus s{};
  EXPECT_TRUE(from_id("closed", s));
  EXPECT_EQ(s, FollowUpStatus::closed);
  EXPECT_FALSE(from_id("done", s));
}

TEST(ReviewRounds, StartNextRoundKeepsEveryEarlierCommentVerdictAndAnswer) {
  const Review previous = example_review();
  const Response response = example_response();
  const ReportReview checked = revised_report(1);
  const RoundStart next = start_next_round(previous, checked, &response);
  ASSERT_TRUE(next) << next.error->message(Language::en);
  const Review& r = next.review;
  EXPECT_EQ(round_number(previous), 1u);
  EXPECT_EQ(round_number(r), 2u);
  ASSERT_EQ(r.earlier_rounds.size(), 1u);
  // The earlier round is the previous review, whole: the same text, so every comment, verdict
  // and finding decision; and the response whole, every answer.
  const ReviewRound& one = r.earlier_rounds[0];
  EXPECT_EQ(write_review(one.review), write_review(previous));
  EXPECT_EQ(one.review.comments.size(), 6u);
  ASSERT_NE(one.review.verdict_for("P3"), nullptr);
  EXPECT_EQ(one.review.verdict_for("P3")->verdict, Verdict::dat);
  ASSERT_TRUE(one.response);
  EXPECT_EQ(write_response(*one.response), write_response(response));
  EXPECT_EQ(one.response->entries.size(), 7u);
  EXPECT_TRUE(answers_review(*one.response, review_at_round(r, 0)));
  // The new round: the new report, no comments or verdicts, one open follow-up per item.
  EXPECT_TRUE(reviews_report(r, checked));
  EXPECT_NE(r.report_digest, previous.report_digest);
  EXPECT_TRUE(r.comments.empty());
  EXPECT_TRUE(r.procedure_verdicts.empty());
  EXPECT_FALSE(r.draft_verdict);
  EXPECT_EQ(r.reviewer.body, previous.reviewer.body);
  EXPECT_TRUE(r.reviewer.date.empty());
  ASSERT_EQ(r.follow_ups.size(), response_targets(previous).size());
  for (std::size_t i = 0; i < r.follow_ups.size(); ++i) {
    EXPECT_EQ(r.follow_ups[i].target, response_targets(previous)[i]);
    EXPECT_EQ(r.follow_ups[i].status, FollowUpStatus::open);
  }
  EXPECT_EQ(follow_up_targets(r), response_targets(previous));
  ASSERT_NE(follow_up_for(r, ResponseTarget::of_comment(6)), nullptr);
  EXPECT_EQ(follow_up_for(r, ResponseTarget::of_comment(7)), nullptr);
  // Findings still found keep their decision: the agreed E104 of P1 is still missing its form.
  ASSERT_EQ(r.findings.size(), checked.findings().size());
  const auto agreed = std::find_if(r.findings.begin(), r.findings.end(), [](const auto& f) {
    return f.finding.code == "CPTT-E104" && f.finding.procedure_id == "P1";
  });
  ASSERT_NE(agreed, r.findings.end());
  EXPECT_EQ(agreed->status, FindingStatus::agreed);
  // Without a response the round starts too, its earlier round unanswered.
  const RoundStart unanswered = start_next_round(previous, checked, nullptr);
  ASSERT_TRUE(unanswered);
  EXPECT_FALSE(unanswered.review.earlier_rounds[0].response);
  EXPECT_EQ(unanswered.review.follow_ups.size(), r.follow_ups.size());
}

TEST(ReviewRounds, AResponseToAnotherReviewIsRefused) {
  Review previous = example_review();
  previous.comments[0].text += " Gấp.";
  const Response response = example_response();
  const RoundStart next = start_next_round(previous, revised_report(1), &response);
  EXPECT_FALSE(next);
  ASSERT_TRUE(next.error);
  EXPECT_EQ(next.error->code, "CPTT-E305");
  EXPECT_EQ(next.error->severity, Severity::error);
  const std::string en = next.error->message(Language::en);
  EXPECT_NE(en.find(response.review_digest), std::string::npos) << en;
  EXPECT_NE(en.find(review_digest(previous)), std::string::npos) << en;
  EXPECT_NE(next.error->message(Language::vi).find("vòng trước"), std::string::npos);
  EXPECT_TRUE(next.review.earlier_rounds.empty());
}

TEST(ReviewRounds, TwoRoundsRoundTripIdenticalAndValid) {
  const Review r = round_two();
  const std::string text = write_review(r);
  EXPECT_NE(text.find("<earlier-rounds>"), std::string::npos);
  EXPECT_NE(text.find("<follow-ups>"), std::string::npos);
  ReviewLoad load = load_review_text(text, "two.review.xml");
  ASSERT_TRUE(load.result) << load.result.describe(Language::en);
  const Review& back = load.review;
  EXPECT_EQ(write_review(back), text);
  ASSERT_EQ(back.earlier_rounds.size(), 1u);
  EXPECT_EQ(write_review(back.earlier_rounds[0].review), write_review(example_review()));
  ASSERT_TRUE(back.earlier_rounds[0].response);
  EXPECT_EQ(write_response(*back.earlier_rounds[0].response), write_response(example_response()));
  ASSERT_EQ(back.follow_ups.size(), r.follow_ups.size());
  EXPECT_EQ(back.follow_ups[1].status, FollowUpStatus::reopened);
  EXPECT_EQ(back.follow_ups[1].note, r.follow_ups[1].note);
  EXPECT_EQ(back.follow_ups.back().target, r.follow_ups.back().target);
  EXPECT_EQ(back.follow_ups.back().target.kind, ResponseTarget::Kind::finding);
  EXPECT_GT(back.follow_ups[0].location.line, 0);
  EXPECT_EQ(back.comments.size(), 1u);

  const auto dir = temp_dir("rounds-two");
  const std::string path = (dir / "two.review.xml").string();
  ASSERT_EQ(save_review_file(r, path).vi, "");
  EXPECT_EQ(xmllint(path), "");
  EXPECT_EQ(read_all(path), text);
}

TEST(ReviewRounds, ThreeRoundsRoundTripFlatAndValid) {
  const Review two = round_two();
  Response answered;
  const Review r = round_three(two, &answered);
  EXPECT_EQ(round_number(r), 3u);
  ASSERT_EQ(r.earlier_rounds.size(), 2u);
  for (const ReviewRound& round : r.earlier_rounds)
    EXPECT_TRUE(round.review.earlier_rounds.empty()); // flat
  // Round 2 as it was: its own follow-ups, comment and verdict; its answers.
  const Review& kept = r.earlier_rounds[1].review;
  ASSERT_EQ(kept.follow_ups.size(), two.follow_ups.size());
  EXPECT_EQ(kept.follow_ups[1].note, two.follow_ups[1].note);
  EXPECT_EQ(kept.comments.size(), 1u);
  EXPECT_EQ(write_review(review_at_round(r, 1)), write_review(two));
  EXPECT_TRUE(answers_review(*r.earlier_rounds[1].response, review_at_round(r, 1)));
  EXPECT_EQ(r.follow_ups.size(), response_targets(two).size());

  const std::string text = write_review(r);
  const auto count = [&](const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
      ++n;
    return n;
  };
  EXPECT_EQ(count("<earlier-rounds>"), 1u);
  EXPECT_EQ(count("<round>"), 2u);
  EXPECT_EQ(count("<follow-ups>"), 2u); // round 2's and round 3's
  ReviewLoad load = load_review_text(text, "three.review.xml");
  ASSERT_TRUE(load.result) << load.result.describe(Language::en);
  EXPECT_EQ(write_review(load.review), text);
  ASSERT_EQ(load.review.earlier_rounds.size(), 2u);
  EXPECT_EQ(write_response(*load.review.earlier_rounds[1].response), write_response(answered));
  const auto dir = temp_dir("rounds-three");
  const std::string path = (dir / "three.review.xml").string();
  ASSERT_EQ(save_review_file(r, path).vi, "");
  EXPECT_EQ(xmllint(path), "");
}

// A review without earlier rounds is written as it always was: the example file (whose digest the
// example response names) is written back byte for byte, without any of the rounds' elements.
TEST(ReviewRounds, AOneRoundReviewWritesAsBefore) {
  const std::string file = read_all(examples + "review/case-dossier-total.review.xml");
  const Review r = example_review();
  EXPECT_EQ(write_review(r), file);
  EXPECT_EQ(review_digest(r), sha256_hex(file));
  EXPECT_EQ(file.find("follow-up"), std::string::npos);
  EXPECT_EQ(file.find("round"), std::string::npos);
  Review made = make_review(revised_report(1));
  EXPECT_EQ(write_review(made).find("round"), std::string::npos);
  EXPECT_EQ(write_review(made).find("follow-up"), std::string::npos);
}

TEST(ReviewRounds, BadRoundsAreRefusedWithTheirPlace) {
  const std::string text = write_review(round_two());
  const std::string first = "<follow-up comment=\"1\" status=\"closed\"";
  const std::string third = "<follow-up comment=\"3\" status=\"open\" />";
  ASSERT_NE(text.find(first), std::string::npos) << text;
  ASSERT_NE(text.find(third), std::string::npos) << text;
  const std::string nested_at = "<response>";
  struct Case {
    const char* what;
    std::string text;
    int line;
    const char* message;
    LoadStatus status = LoadStatus::invalid_content;
  };
  const std::vector<Case> cases = {
      {"follow-up of a comment the round has not",
       replace_first(text, first, "<follow-up comment=\"9\" status=\"closed\""),
       line_of(text, first), "round 1 has no comment 9"},
      {"follow-up of a finding not agreed",
       replace_first(text, third,
                     "<follow-up finding=\"CPTT-W247\" status=\"open\">"
                     "<place>mức thu nhập r-25000</place></follow-up>"),
       line_of(text, third), "round 1 has no finding CPTT-W247"},
      {"reopened without a note",
       replace_first(text, third, "<follow-up comment=\"3\" status=\"reopened\" />"),
       line_of(text, third), "comment 3 is reopened without the reviewer's note"},
      {"followed up twice", replace_first(text, third, third + "\n" + third),
       line_of(text, third) + 1, "comment 3 is already followed up above"},
      {"an item without follow-up", replace_first(text, third + "\n", ""),
       line_of(text, "<follow-ups>"), "comment 3 of round 1 has no follow-up"},
      {"unknown status", replace_first(text, third, "<follow-up comment=\"3\" status=\"done\" />"),
       line_of(text, third), "done"},
      {"unknown attribute",
       replace_first(text, third, "<follow-up comment=\"3\" status=\"open\" note=\"x\" />"),
       line_of(text, third), "note", LoadStatus::malformed_xml},
      {"nested rounds",
       replace_first(text, nested_at, "<earlier-rounds><round/></earlier-rounds>\n" + nested_at),
       line_of(text, nested_at), "earlier-rounds"},
      {"two responses in a round", replace_first(text, "</round>", "<response/>\n</round>"),
       line_of(text, "</round>"), "response", LoadStatus::malformed_xml},
      {"a response to another review",
       replace_first(text, example_response().review_digest, std::string(64, '0')),
       line_of(text, nested_at), "answers another review"},
      {"follow-ups in round 1",
       replace_first(read_all(examples + "review/case-dossier-total.review.xml"), "</verdicts>",
                     "</verdicts>\n<follow-ups><follow-up comment=\"1\" status=\"open\"/>"
                     "</follow-ups>"),
       line_of(read_all(examples + "review/case-dossier-total.review.xml"), "</verdicts>") + 1,
       "the first round has no earlier round"},
  };
  for (const Case& c : cases) {
    ReviewLoad load = load_review_text(c.text, "bad.review.xml");
    EXPECT_FALSE(load.result) << c.what;
    EXPECT_EQ(load.result.status, c.status) << c.what << ": " << load.result.describe(Language::en);
    EXPECT_EQ(load.result.line, c.line) << c.what << ": " << load.result.describe(Language::en);
    EXPECT_NE(load.result.message.en.find(c.message), std::string::npos)
        << c.what << ": " << load.result.describe(Language::en);
    EXPECT_FALSE(load.result.message.vi.empty()) << c.what;
    EXPECT_EQ(load.result.file, "bad.review.xml");
  }
}

// The rounds are bounded (the reader's check of kept responses grows with their square): round 33
// is not started, and a file with 32 earlier rounds is refused at the 32nd.
TEST(ReviewRounds, TheNumberOfRoundsIsBounded) {
  const ReportReview checked = revised_report(1);
  Review r = example_review();
  while (round_number(r) < max_review_rounds) {
    RoundStart next = start_next_round(r, checked, nullptr);
    ASSERT_TRUE(next) << next.error->message(Language::en);
    r = std::move(next.review);
  }
  EXPECT_EQ(r.earlier_rounds.size(), max_review_rounds - 1);
  const std::string text = write_review(r);
  ReviewLoad load = load_review_text(text, "many.review.xml");
  ASSERT_TRUE(load.result) << load.result.describe(Language::en);
  EXPECT_EQ(write_review(load.review), text);
  const RoundStart refused = start_next_round(r, checked, nullptr);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error->code, "CPTT-E306");
  EXPECT_NE(refused.error->message(Language::en).find("32 rounds"), std::string::npos);

  Review over = r;
  over.earlier_rounds.push_back({r.earlier_rounds.back().review, std::nullopt});
  over.follow_ups.clear(); // round 33 follows up nothing: only the count is wrong
  const std::string too_many = write_review(over);
  std::size_t last = std::string::npos;
  for (std::size_t at = too_many.find("<round>"); at != std::string::npos;
       at = too_many.find("<round>", at + 1))
    last = at;
  ASSERT_NE(last, std::string::npos);
  const int line = 1 + static_cast<int>(std::count(
                           too_many.begin(), too_many.begin() + static_cast<long>(last), '\n'));
  ReviewLoad refused_file = load_review_text(too_many, "many.review.xml");
  EXPECT_FALSE(refused_file.result);
  EXPECT_EQ(refused_file.result.line, line) << refused_file.result.describe(Language::en);
  EXPECT_NE(refused_file.result.message.en.find("at most 32 rounds"), std::string::npos)
      << refused_file.result.describe(Language::en);
}

TEST(ReviewRounds, TheSummaryShowsEachEarlierRoundWithItsAnswersAndFollowUps) {
  const Review two = round_two();
  const Dossier d = example("case-dossier-total.cptt.xml");
  const std::string vi = review_summary_html(two, &d, nullptr, Language::vi, &catalog());
  const std::size_t rounds = vi.find("<h2>5. Các vòng thẩm định trước</h2>");
  ASSERT_NE(rounds, std::string::npos);
  const std::string earlier = vi.substr(rounds);
  EXPECT_NE(earlier.find("<h3>Vòng 1 · 2026-11-29</h3>"), std::string::npos);
  // Each item of round 1 with the drafter's answer, then how round 2 followed it up.
  EXPECT_NE(earlier.find("Nêu đủ các văn bản đang quy định thủ tục, kể cả thông tư hướng dẫn."),
            std::string::npos);
  EXPECT_NE(earlier.find("Đã bổ sung thông tư hướng dẫn đang quy định thủ tục vào mục căn cứ "
                         "pháp lý."),
            std::string::npos);
  EXPECT_NE(earlier.find("Mở lại<br><span class=\"small\">Chưa nêu thông tư hướng dẫn &amp; "
                         "&quot;phụ lục&quot; &lt;2&gt;.</span>"),
            std::string::npos);
  EXPECT_NE(earlier.find("I. Căn cứ pháp lý"), std::string::npos); // places from the forms
  // Round 2's own comment is in the current round's section, not among the earlier ones.
  EXPECT_EQ(earlier.find("Vòng 2: nêu rõ nguồn số liệu."), std::string::npos);
  EXPECT_NE(vi.find("Vòng 2: nêu rõ nguồn số liệu."), std::string::npos);
  const std::string en = review_summary_html(two, &d, nullptr, Language::en, &catalog());
  EXPECT_NE(en.find("<h2>5. Earlier rounds of the review</h2>"), std::string::npos);
  EXPECT_NE(en.find("Reopened"), std::string::npos);
  // A one-round review has no such section.
  EXPECT_EQ(review_summary_html(example_review(), &d, nullptr, Language::vi, &catalog())
                .find("Các vòng thẩm định trước"),
            std::string::npos);
}
