// The reviewer's follow-up of the previous round's items: a reopened item needs a note (CPTT-E307,
// the same rule and message for the app's edit and the reader), a refused edit changes nothing;
// the files a review names are found beside it, the response under the review's own name.
#include "cptt/review/files_beside.h"
#include "cptt/review/response_check.h"
#include "cptt/review/review_rounds.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

using namespace cptt;
using namespace cptt::review;

namespace {

Review round_two() {
  Review r;
  r.follow_ups.push_back({ResponseTarget::of_comment(1), FollowUpStatus::open, {}, {}});
  r.follow_ups.push_back({ResponseTarget::of_comment(2), FollowUpStatus::open, {}, {}});
  return r;
}

} // namespace

TEST(FollowUp, ClosedAndReopenedWithANote) {
  Review r = round_two();
  EXPECT_FALSE(set_follow_up(r, 0, FollowUpStatus::closed, ""));
  EXPECT_EQ(r.follow_ups[0].status, FollowUpStatus::closed);
  EXPECT_FALSE(set_follow_up(r, 1, FollowUpStatus::reopened, "Chưa nêu căn cứ số liệu."));
  EXPECT_EQ(r.follow_ups[1].status, FollowUpStatus::reopened);
  EXPECT_EQ(r.follow_ups[1].note, "Chưa nêu căn cứ số liệu.");
}

TEST(FollowUp, ReopenedWithoutANoteIsRefusedAndNothingChanges) {
  Review r = round_two();
  ASSERT_FALSE(set_follow_up(r, 1, FollowUpStatus::closed, "Đã tiếp thu."));
  for (const char* note : {"", "  \t"}) {
    const std::optional<Finding> refused = set_follow_up(r, 1, FollowUpStatus::reopened, note);
    ASSERT_TRUE(refused) << '"' << note << '"';
    EXPECT_EQ(refused->code, "CPTT-E307");
    EXPECT_EQ(refused->severity, Severity::error);
    EXPECT_EQ(refused->message(Language::vi),
              "ý kiến 2 được mở lại nhưng không có ghi chú của người thẩm định: ghi rõ vì sao mở "
              "lại");
    EXPECT_EQ(refused->message(Language::en),
              "comment 2 is reopened without the reviewer's note: say why it is reopened");
    EXPECT_EQ(r.follow_ups[1].status, FollowUpStatus::closed);
    EXPECT_EQ(r.follow_ups[1].note, "Đã tiếp thu.");
  }
  EXPECT_THROW(set_follow_up(r, 2, FollowUpStatus::closed, ""), std::out_of_range);
}

// A round started again with another response of the previous round loses nothing the reviewer
// did in it: comments, verdicts, decisions on findings, and each item's follow-up by its target.
TEST(FollowUp, ARestartedRoundKeepsItsWork) {
  Review work = round_two();
  work.reviewer.name = "Trần Thẩm Định";
  work.comments.push_back({{}, "Trần Thẩm Định", "2026-12-07", "Bổ sung số liệu.", {}});
  work.set_verdict({"", Verdict::can_bo_sung, "Chưa đạt.", {}});
  ASSERT_FALSE(set_follow_up(work, 0, FollowUpStatus::closed, ""));
  ASSERT_FALSE(set_follow_up(work, 1, FollowUpStatus::reopened, "Chưa nêu nguồn."));
  // The restart lists the same items, in another order, all open again.
  Review restarted;
  restarted.follow_ups.push_back({ResponseTarget::of_comment(2), FollowUpStatus::open, {}, {}});
  restarted.follow_ups.push_back({ResponseTarget::of_comment(1), FollowUpStatus::open, {}, {}});
  keep_round_work(work, restarted);
  EXPECT_EQ(restarted.reviewer.name, "Trần Thẩm Định");
  ASSERT_EQ(restarted.comments.size(), 1u);
  EXPECT_EQ(restarted.comments[0].text, "Bổ sung số liệu.");
  ASSERT_TRUE(restarted.draft_verdict);
  EXPECT_EQ(restarted.draft_verdict->summary, "Chưa đạt.");
  EXPECT_EQ(restarted.follow_ups[0].status, FollowUpStatus::reopened);
  EXPECT_EQ(restarted.follow_ups[0].note, "Chưa nêu nguồn.");
  EXPECT_EQ(restarted.follow_ups[1].status, FollowUpStatus::closed);
}

TEST(FollowUp, ProblemOnlyForAReopenedItemWithoutANote) {
  FollowUp f{ResponseTarget::of_comment(3), FollowUpStatus::open, {}, {}};
  EXPECT_FALSE(follow_up_problem(f));
  f.status = FollowUpStatus::closed;
  EXPECT_FALSE(follow_up_problem(f));
  f.status = FollowUpStatus::reopened;
  EXPECT_TRUE(follow_up_problem(f));
  f.note = "Vì …";
  EXPECT_FALSE(follow_up_problem(f));
}

TEST(FollowUp, PlaceChangeLabels) {
  EXPECT_EQ(label(PlaceChange::changed, Language::vi), "Đã sửa ở chỗ đó");
  EXPECT_EQ(label(PlaceChange::unchanged, Language::en), "Unchanged at its place");
  EXPECT_EQ(label(PlaceChange::not_compared, Language::vi), "Chưa so sánh được");
}

TEST(FilesBeside, TheNamedFileInTheSameFolderOnly) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "cptt-files-beside-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "other");
  std::ofstream(dir / "a.report.xml") << "x";
  std::ofstream(dir / "other" / "b.report.xml") << "x";
  const std::string review = (dir / "a.review.xml").string();
  EXPECT_EQ(file_beside(review, "a.report.xml"), (dir / "a.report.xml").string());
  // Only the file name counts: a folder kept in the review is not followed.
  EXPECT_EQ(file_beside(review, "/elsewhere/a.report.xml"), (dir / "a.report.xml").string());
  EXPECT_EQ(file_beside(review, "b.report.xml"), "");
  EXPECT_EQ(file_beside(review, ""), "");

  EXPECT_EQ(response_path_for("/x/du-thao.review.xml"), "/x/du-thao.response.xml");
  EXPECT_EQ(response_path_for("/x/du-thao.xml"), "/x/du-thao.response.xml");
  EXPECT_EQ(response_path_for("/x/du-thao"), "/x/du-thao.response.xml");
  EXPECT_EQ(response_beside(review), "");
  std::ofstream(dir / "a.response.xml") << "x";
  EXPECT_EQ(response_beside(review), (dir / "a.response.xml").string());
  fs::remove_all(dir);
}
