// The current worksheet beside the proposed one: tasks paired by cptt::match_tasks (a copy, the
// catalogue reference, the name, then what the diff also uses), removed and added tasks in place,
// and every difference exact.
#include "builders.h"
#include "cptt/task_matching.h"
#include "cptt/worksheet_comparison.h"

#include <gtest/gtest.h>

using namespace cptt;
using namespace cptt::test;

namespace {

Task from_catalogue(std::string name, std::string ref, const char* hours) {
  Task t = task(std::move(name), hours, "0");
  t.catalogue_ref = std::move(ref);
  t.complexity = "medium";
  return t;
}

// Computes both sheets of `p` with the direct rate r = 25.000 đ / giờ and compares them.
WorksheetComparison compare(const Procedure& p) {
  Dossier d;
  d.rates.push_back(direct_rate("r", "25000"));
  const WorksheetResult a = compute_worksheet(*p.current, d);
  const WorksheetResult b = compute_worksheet(*p.proposed, d);
  return compare_worksheets(*p.current, a, *p.proposed, b);
}

std::vector<std::string> changes(const WorksheetComparison& c) {
  std::vector<std::string> out;
  for (const TaskComparison& t : c.tasks)
    out.push_back(std::string(to_id(t.change)) + ":" + t.current_name + ">" + t.proposed_name);
  return out;
}

} // namespace

TEST(TaskMatching, PairsCopiesThenCatalogueThenNameThenFiguresThenSimilarNames) {
  const std::vector<Task> a = {task("Nộp hồ sơ", "1", "0"), from_catalogue("Khai đơn", "fill", "2"),
                               task("Đi lại", "3", "5"), task("Chụp ảnh chân dung", "0.5", "0"),
                               task("Xếp hàng chờ", "7", "0")};
  const std::vector<Task> b = {
      task("Chụp ảnh chân dung mới", "0.25", "0"), task("Đi lại lần hai", "3", "5"),
      from_catalogue("Điền tờ khai trực tuyến", "fill", "1"), task("Nộp hồ sơ", "0.5", "0")};
  EXPECT_EQ(match_tasks(a, b), (std::vector<int>{3, 2, 1, 0, -1}));
  EXPECT_EQ(match_tasks(b, a), (std::vector<int>{3, 2, 1, 0}));
  EXPECT_TRUE(match_tasks({}, b).empty());
  EXPECT_EQ(match_tasks(a, {}), (std::vector<int>(5, -1)));
}

// Two tasks of the same name from different catalogue activities, reordered: each finds its copy.
TEST(TaskMatching, CopiesOfTheSameNameKeepTheirCatalogueReference) {
  const std::vector<Task> a = {from_catalogue("Nộp hồ sơ", "submit-direct", "2"),
                               from_catalogue("Nộp hồ sơ", "submit-post", "1")};
  const std::vector<Task> b = {from_catalogue("Nộp hồ sơ", "submit-post", "1"),
                               from_catalogue("Nộp hồ sơ", "submit-direct", "2")};
  EXPECT_EQ(match_tasks(a, b), (std::vector<int>{1, 0}));
}

TEST(WorksheetComparison, OnlineFilingRowsAndTotals) {
  const WorksheetComparison c = compare(online_filing("P1", "r"));
  EXPECT_EQ(changes(c), (std::vector<std::string>{"changed:Chuẩn bị hồ sơ>Chuẩn bị hồ sơ",
                                                  "removed:Nộp trực tiếp>",
                                                  "unchanged:Nhận kết quả>Nhận kết quả"}));
  const TaskComparison& prepare = c.tasks[0];
  EXPECT_EQ(prepare.current, 0u);
  EXPECT_EQ(prepare.proposed, 0u);
  EXPECT_FALSE(prepare.renamed);
  EXPECT_EQ(prepare.hours.before, qty("4"));
  EXPECT_EQ(prepare.hours.after, qty("4"));
  EXPECT_TRUE(prepare.hours.delta.is_zero());
  EXPECT_EQ(prepare.services.before, money("50000"));
  EXPECT_EQ(prepare.services.after, money("10000"));
  EXPECT_EQ(prepare.services.delta, money("-40000"));
  EXPECT_EQ(prepare.time_cost.delta, money("0"));
  EXPECT_EQ(prepare.task_cost.before, money("150000"));
  EXPECT_EQ(prepare.task_cost.after, money("110000"));
  EXPECT_EQ(prepare.task_cost.delta, money("-40000"));

  const TaskComparison& removed = c.tasks[1];
  EXPECT_EQ(removed.current, 1u);
  EXPECT_FALSE(removed.proposed);
  EXPECT_FALSE(removed.hours.after);
  EXPECT_EQ(removed.hours.delta, qty("-2"));
  EXPECT_EQ(removed.task_cost.before, money("80000"));
  EXPECT_FALSE(removed.task_cost.after);
  EXPECT_EQ(removed.task_cost.delta, money("-80000"));
  EXPECT_EQ(c.tasks[2].proposed, 1u);
  EXPECT_TRUE(c.tasks[2].task_cost.delta.is_zero());

  EXPECT_EQ(c.tasks_total.before, money("275000"));
  EXPECT_EQ(c.tasks_total.after, money("155000"));
  EXPECT_EQ(c.tasks_total.delta, money("-120000"));
  EXPECT_EQ(c.fees_total.delta, money("0"));
  EXPECT_EQ(c.cost_per_filing.delta, money("-120000"));
  EXPECT_EQ(c.annual.before, money("3750000000"));
  EXPECT_EQ(c.annual.after, money("2550000000"));
  EXPECT_EQ(c.annual.delta, money("-1200000000"));
  EXPECT_EQ(c.subjects.delta, qty("0"));
  EXPECT_EQ(c.hourly_rate.delta, money("0"));
  ASSERT_TRUE(c.reduction_percent);
  EXPECT_EQ(c.reduction_percent->to_canonical(), "32");
}

TEST(WorksheetComparison, RenamedTaskIsOneChangedRow) {
  Procedure p = online_filing("P1", "r");
  p.proposed->tasks[0].name = "Chuẩn bị hồ sơ điện tử";
  p.proposed->tasks[0].services = p.current->tasks[0].services;
  const WorksheetComparison c = compare(p);
  ASSERT_EQ(c.tasks.size(), 3u);
  EXPECT_EQ(c.tasks[0].change, TaskChange::changed);
  EXPECT_TRUE(c.tasks[0].renamed);
  EXPECT_EQ(c.tasks[0].current_name, "Chuẩn bị hồ sơ");
  EXPECT_EQ(c.tasks[0].proposed_name, "Chuẩn bị hồ sơ điện tử");
  EXPECT_TRUE(c.tasks[0].task_cost.delta.is_zero());
}

TEST(WorksheetComparison, AddedTaskSitsAfterThePrecedingProposedTask) {
  Procedure p = online_filing("P1", "r");
  auto& tasks = p.proposed->tasks;
  tasks.insert(tasks.begin() + 1, task("Thanh toán điện tử", "0.25", "0"));
  tasks.insert(tasks.begin(), task("Tạo tài khoản", "0.5", "0"));
  const WorksheetComparison c = compare(p);
  EXPECT_EQ(changes(c), (std::vector<std::string>{"added:>Tạo tài khoản",
                                                  "changed:Chuẩn bị hồ sơ>Chuẩn bị hồ sơ",
                                                  "added:>Thanh toán điện tử", "removed:Nộp trực tiếp>",
                                                  "unchanged:Nhận kết quả>Nhận kết quả"}));
  const TaskComparison& online = c.tasks[2];
  EXPECT_FALSE(online.current);
  EXPECT_EQ(online.proposed, 2u);
  EXPECT_FALSE(online.hours.before);
  EXPECT_EQ(online.hours.delta, qty("0.25"));
  EXPECT_EQ(online.time_cost.after, money("6250"));
  EXPECT_EQ(online.task_cost.delta, money("6250"));
  // 155.000 + 12.500 + 6.250 after, 275.000 before
  EXPECT_EQ(c.tasks_total.delta, money("-101250"));
}

TEST(WorksheetComparison, ReorderedSheetPairsEveryTaskInTheCurrentOrder) {
  Procedure p = online_filing("P1", "r");
  p.proposed = p.current;
  p.proposed->variant = Worksheet::Variant::proposed;
  std::swap(p.proposed->tasks[0], p.proposed->tasks[2]);
  const WorksheetComparison c = compare(p);
  EXPECT_EQ(changes(c), (std::vector<std::string>{"unchanged:Chuẩn bị hồ sơ>Chuẩn bị hồ sơ",
                                                  "unchanged:Nộp trực tiếp>Nộp trực tiếp",
                                                  "unchanged:Nhận kết quả>Nhận kết quả"}));
  EXPECT_EQ(c.tasks[0].proposed, 2u);
  EXPECT_EQ(c.tasks[2].proposed, 0u);
  EXPECT_TRUE(c.annual.delta.is_zero());
  EXPECT_EQ(c.reduction_percent->to_canonical(), "0");
}

// Fractions stay exact: 1,5 h → 0,75 h is −0,75 h; 20.000,4 đ of services → 0,1 đ is −20.000,3 đ,
// while the task costs are the engine's whole đồng.
TEST(WorksheetComparison, DifferencesAreExact) {
  Procedure p = online_filing("P1", "r");
  p.current->tasks = {task("Đi lại", "1.5", "20000.4")};
  p.proposed->tasks = {task("Đi lại", "0.75", "0.1")};
  const WorksheetComparison c = compare(p);
  ASSERT_EQ(c.tasks.size(), 1u);
  const TaskComparison& t = c.tasks[0];
  EXPECT_EQ(t.hours.delta, qty("-0.75"));
  EXPECT_EQ(t.services.delta, money("-20000.3"));
  EXPECT_EQ(t.time_cost.before, money("37500"));
  EXPECT_EQ(t.time_cost.after, money("18750"));
  EXPECT_EQ(t.task_cost.before, money("57500")); // 37.500 + 20.000,4 → 57.500
  EXPECT_EQ(t.task_cost.after, money("18750"));  // 18.750 + 0,1 → 18.750
  EXPECT_EQ(t.task_cost.delta, money("-38750"));
  EXPECT_EQ(t.change, TaskChange::changed);
}

TEST(WorksheetComparison, ResultOfAnotherSheetIsRefused) {
  Procedure p = online_filing("P1", "r");
  Dossier d;
  d.rates.push_back(direct_rate("r", "25000"));
  const WorksheetResult a = compute_worksheet(*p.current, d);
  EXPECT_THROW(compare_worksheets(*p.current, a, *p.proposed, a), std::invalid_argument);
}

// "Nộp trực tiếp" becoming "Nộp trực tuyến" is one step done another way: one row, renamed.
TEST(WorksheetComparison, StepDoneAnotherWayIsRenamed) {
  Procedure p = online_filing("P1", "r");
  p.proposed->tasks.insert(p.proposed->tasks.begin() + 1, task("Nộp trực tuyến", "0.25", "0"));
  const WorksheetComparison c = compare(p);
  EXPECT_EQ(changes(c), (std::vector<std::string>{"changed:Chuẩn bị hồ sơ>Chuẩn bị hồ sơ",
                                                   "changed:Nộp trực tiếp>Nộp trực tuyến",
                                                   "unchanged:Nhận kết quả>Nhận kết quả"}));
  EXPECT_TRUE(c.tasks[1].renamed);
  EXPECT_EQ(c.tasks[1].hours.delta, qty("-1.75"));
  EXPECT_EQ(c.tasks[1].task_cost.delta, money("-73750")); // 80.000 → 6.250
}
