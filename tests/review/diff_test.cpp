// `cptt diff` in the core: pairs of the worked case case-dossier-total with one edit each give
// exactly the expected input changes; reordering gives none, a rename one; the figures' old → new
// and each procedure's share of the draft's net change are exact (computed by hand below).
#include "support.h"

#include "cptt/review/report_diff.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace cptt;
using namespace cptt::review;
using namespace cptt::review::test;

namespace {

Dossier total() { return example("case-dossier-total.cptt.xml"); }

Procedure& procedure(Dossier& d, const std::string& id) {
  for (Procedure& p : d.procedures)
    if (p.id == id)
      return p;
  ADD_FAILURE() << id;
  return d.procedures.front();
}

// "P1 changed task.hours [bảng tính hiện hành, công việc 2] 2 → 3" per input change.
std::vector<std::string> inputs(const DossierDiff& d) {
  std::vector<std::string> out;
  for (const Change& c : d.changes)
    if (!c.figure)
      out.push_back(c.procedure_id + " " + std::string(to_id(c.kind)) + " " + c.property + " [" +
                    c.place.text(Language::vi) + "] " + c.old_value.vi + " → " + c.new_value.vi);
  return out;
}

const Change* figure(const DossierDiff& d, const std::string& procedure,
                     const std::string& property,
                     std::optional<Worksheet::Variant> worksheet = std::nullopt, int task = 0) {
  for (const Change& c : d.changes)
    if (c.figure && c.procedure_id == procedure && c.property == property &&
        c.place.worksheet == worksheet && c.place.task == task)
      return &c;
  return nullptr;
}

void expect_figure(const DossierDiff& d, const std::string& procedure, const std::string& property,
                   const char* old_value, const char* new_value,
                   std::optional<Worksheet::Variant> worksheet = std::nullopt, int task = 0) {
  const Change* c = figure(d, procedure, property, worksheet, task);
  ASSERT_NE(c, nullptr) << procedure << " " << property;
  ASSERT_TRUE(c->old_number && c->new_number) << property;
  EXPECT_EQ(c->old_number->to_canonical(), old_value) << property;
  EXPECT_EQ(c->new_number->to_canonical(), new_value) << property;
}

const ProcedureShare* share(const DossierDiff& d, const std::string& id) {
  for (const ProcedureShare& s : d.shares)
    if (s.procedure_id == id)
      return &s;
  return nullptr;
}

constexpr auto current = Worksheet::Variant::current;
constexpr auto proposed = Worksheet::Variant::proposed;

TEST(Diff, NothingChangedIsEmpty) {
  const DossierDiff d = diff_dossiers(total(), total());
  EXPECT_TRUE(d.empty());
  EXPECT_TRUE(d.shares.empty());
  EXPECT_TRUE(d.net_delta.is_zero());
}

TEST(Diff, HoursOfOneTask) {
  Dossier b = total();
  procedure(b, "P1").current->tasks[1].hours = Quantity::parse("3");
  const DossierDiff d = diff_dossiers(total(), b);
  EXPECT_EQ(inputs(d), std::vector<std::string>{
                           "P1 changed task.hours [bảng tính hiện hành, công việc 2] 2 → 3"});
  // 3 h × 25.000 = 75.000; + 30.000 services; the worksheet 375.000 → 400.000 × 10.000 subjects.
  expect_figure(d, "P1", "task.time-cost", "50000", "75000", current, 2);
  expect_figure(d, "P1", "task.cost", "80000", "105000", current, 2);
  expect_figure(d, "P1", "cost-per-filing", "375000", "400000", current);
  expect_figure(d, "P1", "annual", "3750000000", "4000000000", current);
  expect_figure(d, "P1", "before", "3750000000", "4000000000");
  expect_figure(d, "P1", "reduction-percent", "32", "36.25");
  expect_figure(d, "", "totals.net-change", "35409920000", "35159920000");
  EXPECT_EQ(figure(d, "P1", "annual", proposed), nullptr); // the proposed sheet did not move
  EXPECT_EQ(figure(d, "P2", "after"), nullptr);
  EXPECT_EQ(d.net_delta.to_canonical(), "-250000000");
  ASSERT_EQ(d.shares.size(), 1u);
  EXPECT_EQ(d.shares[0].procedure_id, "P1");
  EXPECT_EQ(d.shares[0].delta.to_canonical(), "-250000000");
  EXPECT_EQ(d.shares[0].percent->to_fixed(2), "100.00");
  const Change& c = d.changes[std::size_t(
      std::find_if(d.changes.begin(), d.changes.end(), [](const Change& x) { return !x.figure; }) -
      d.changes.begin())];
  EXPECT_EQ(change_text(c, Language::vi), "bảng tính hiện hành, công việc 2 · số giờ: 2 → 3");
  EXPECT_EQ(change_text(c, Language::en), "current worksheet, task 2 · hours: 2 → 3");
}

TEST(Diff, ReorderingTasksAndFeesIsNoChange) {
  Dossier b = total();
  std::reverse(procedure(b, "P2").proposed->tasks.begin(),
               procedure(b, "P2").proposed->tasks.end());
  std::swap(procedure(b, "P1").current->tasks[0], procedure(b, "P1").current->tasks[2]);
  std::reverse(b.procedures.begin(), b.procedures.end());
  std::reverse(b.rates.begin(), b.rates.end());
  const DossierDiff d = diff_dossiers(total(), b);
  EXPECT_TRUE(d.empty()) << (d.empty() ? "" : change_text(d.changes.front(), Language::en));
}

TEST(Diff, RenamedTaskIsOneChange) {
  Dossier b = total();
  Worksheet& w = *procedure(b, "P1").proposed;
  w.tasks[1].name = "Nhận giấy phép qua dịch vụ bưu chính";
  std::swap(w.tasks[0], w.tasks[1]); // renamed and moved
  const DossierDiff d = diff_dossiers(total(), b);
  EXPECT_EQ(inputs(d), std::vector<std::string>{"P1 changed task.name [bảng tính đề xuất, công "
                                                "việc 1] Nhận kết quả → Nhận giấy phép qua dịch "
                                                "vụ bưu chính"});
  EXPECT_EQ(d.figure_changes(), 0u);
}

TEST(Diff, RenamedTaskWithOtherFiguresByItsCatalogueReference) {
  Dossier b = total();
  Task& t = procedure(b, "P2").proposed->tasks[1]; // fill-form, form-filling norm
  t.name = "Kê khai thông tin";
  t.hours = Quantity::parse("4.5");
  t.norm.units = Quantity::parse("3");
  const DossierDiff d = diff_dossiers(total(), b);
  EXPECT_EQ(inputs(d), (std::vector<std::string>{
                           "P2 changed task.name [bảng tính đề xuất, công việc 2] Điền tờ khai → "
                           "Kê khai thông tin",
                           "P2 changed task.norm.units [bảng tính đề xuất, công việc 2] 2 → 3",
                           "P2 changed task.hours [bảng tính đề xuất, công việc 2] 3 → 4,5"}));
}

TEST(Diff, TaskRemovedAndAdded) {
  Dossier b = total();
  Worksheet& w = *procedure(b, "P2").proposed;
  Task added;
  added.name = "Xuất trình giấy tờ tùy thân";
  added.hours = Quantity::parse("0.25");
  w.tasks.erase(w.tasks.begin() + 2); // Kiểm tra hồ sơ (0,1 h)
  w.tasks.push_back(added);
  const DossierDiff d = diff_dossiers(total(), b);
  EXPECT_EQ(inputs(d),
            (std::vector<std::string>{
                "P2 added task [bảng tính đề xuất, công việc 4]  → Xuất trình giấy tờ tùy thân",
                "P2 removed task [bảng tính đề xuất, công việc 3] Kiểm tra hồ sơ → "}));
  // 0,1 h × 48.248 = 4.824,8 → 4.825 out; 0,25 h × 48.248 = 12.062 in: +7.237 per filing.
  expect_figure(d, "P2", "cost-per-filing", "321941", "329178", proposed);
  expect_figure(d, "P2", "annual", "38632920000", "39501360000", proposed);
}

TEST(Diff, ProcedureAddedAndRemovedWithShares) {
  Dossier b = total();
  b.procedures.erase(b.procedures.begin() + 2); // P3, abolished: before 2.023.000.000
  Procedure p4 = procedure(b, "P2");
  p4.id = "P4";
  b.procedures.push_back(p4); // a copy of P2, new: after 38.632.920.000
  const DossierDiff d = diff_dossiers(total(), b);
  EXPECT_EQ(inputs(d), (std::vector<std::string>{
                           "P4 added procedure []  → Đăng ký hoạt động tại Ủy ban nhân dân cấp xã",
                           "P3 removed procedure [] Gia hạn giấy phép hoạt động → "}));
  const Change* after = figure(d, "P4", "after");
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(after->kind, ChangeKind::added);
  EXPECT_EQ(after->new_number->to_canonical(), "38632920000");
  // Net change: 35.409.920.000 + 38.632.920.000 + 2.023.000.000.
  EXPECT_EQ(d.net_delta.to_canonical(), "40655920000");
  ASSERT_EQ(d.shares.size(), 2u);
  EXPECT_EQ(d.shares[0].procedure_id, "P4"); // the new version's order, then the removed
  EXPECT_EQ(d.shares[0].delta.to_canonical(), "38632920000");
  // 38.632.920.000 × 100 / 40.655.920.000 = 95,0241… ; 2.023.000.000 × 100 / … = 4,9758…
  EXPECT_EQ(d.shares[0].percent->to_fixed(2), "95.02");
  EXPECT_EQ(d.shares[1].procedure_id, "P3");
  EXPECT_EQ(d.shares[1].old_net.to_canonical(), "-2023000000");
  EXPECT_EQ(d.shares[1].percent->to_fixed(2), "4.98");
}

TEST(Diff, SharesOfTwoMovesHalfUp) {
  Dossier b = total();
  procedure(b, "P1").current->tasks[1].hours = Quantity::parse("3"); // −250.000.000
  b.procedures.erase(b.procedures.begin() + 2);                      // +2.023.000.000
  const DossierDiff d = diff_dossiers(total(), b);
  EXPECT_EQ(d.net_delta.to_canonical(), "1773000000");
  // −25.000 / 1.773 = −14,1003… ; 202.300 / 1.773 = 114,1003…
  EXPECT_EQ(share(d, "P1")->percent->to_fixed(2), "-14.10");
  EXPECT_EQ(share(d, "P3")->percent->to_fixed(2), "114.10");
  EXPECT_EQ(share(d, "P2"), nullptr);
}

TEST(Diff, RateChange) {
  Dossier b = total();
  for (IncomeRate& r : b.rates)
    if (r.id == "r-25000")
      r.direct_rate = Money::parse("26000");
  const DossierDiff d = diff_dossiers(total(), b);
  EXPECT_EQ(inputs(d),
            std::vector<std::string>{" changed rate.value [mức thu nhập r-25000] 25.000 → 26.000"});
  Place at;
  at.rate = "r-25000";
  const auto hourly = std::find_if(d.changes.begin(), d.changes.end(), [](const Change& c) {
    return c.figure && c.property == "rate.hourly";
  });
  ASSERT_NE(hourly, d.changes.end());
  EXPECT_EQ(hourly->place, at);
  EXPECT_EQ(hourly->new_number->to_canonical(), "26000");
  // Current: (104.000+50.000) + (52.000+30.000) + (26.000+20.000) + 100.000 = 382.000.
  expect_figure(d, "P1", "annual", "3750000000", "3820000000", current);
  // Proposed: (104.000+10.000) + (26.000+20.000) + 100.000 = 260.000.
  expect_figure(d, "P1", "annual", "2550000000", "2600000000", proposed);
  EXPECT_EQ(share(d, "P1")->delta.to_canonical(), "-20000000");
  EXPECT_EQ(share(d, "P1")->percent->to_fixed(2), "100.00");
  EXPECT_EQ(d.shares.size(), 1u);
}

TEST(Diff, KindAndGeneralFields) {
  Dossier b = total();
  Procedure& p = procedure(b, "P1");
  p.kind = ProcedureKind::detailed; // the same figures as amended
  p.articles.push_back("Điều 8");
  p.level = HandlingLevel::district;
  const DossierDiff d = diff_dossiers(total(), b);
  EXPECT_EQ(inputs(d), (std::vector<std::string>{
                           "P1 changed kind [] Sửa đổi, bổ sung → Quy định chi tiết",
                           "P1 changed level [cấp giải quyết] Cấp tỉnh → Cấp huyện (trước 2025)",
                           "P1 changed articles [điều, khoản] Điều 5, khoản 2; Điều 7 → Điều 5, "
                           "khoản 2; Điều 7; Điều 8"}));
  EXPECT_EQ(d.figure_changes(), 0u);
}

TEST(Diff, FrequencySubjectsFeeAndEvidence) {
  Dossier b = total();
  Worksheet& w = *procedure(b, "P3").current;
  w.frequency = Quantity::parse("0.25");
  w.frequency_evidence = "Giấy phép có thời hạn 4 năm.";
  w.fees[0].amount = Money::parse("600000");
  w.subjects.reset();
  w.one_case = true;
  const DossierDiff d = diff_dossiers(total(), b);
  EXPECT_EQ(inputs(d),
            (std::vector<std::string>{
                "P3 changed fee.amount [bảng tính hiện hành, phí 1] 500.000 → 600.000",
                "P3 changed frequency [bảng tính hiện hành] 0,2 → 0,25",
                "P3 changed frequency.evidence [bảng tính hiện hành] Giấy phép có thời hạn 5 năm: "
                "1 / 5 = 0,2 lần mỗi năm. → Giấy phép có thời hạn 4 năm.",
                "P3 removed subjects [bảng tính hiện hành] 3.500 → ",
                "P3 changed one-case [bảng tính hiện hành] không → có"}));
  // One case: 2.990.000 × 0,25 × 1 = 747.500.
  expect_figure(d, "P3", "annual", "2023000000", "747500", current);
}

AnswerSet answers(const std::string& value, const std::string& reason, const std::string& cell) {
  AnswerSet s;
  s.form_id = "tt03-2022-02";
  s.procedure_id = "P1";
  Answer a;
  a.field = "necessity.q1";
  a.value = value;
  a.reason = reason;
  Answer t;
  t.field = "components.table";
  t.is_table = true;
  t.rows = {AnswerRow{{{"name", "Tờ khai"}, {"copies", cell}}, {}}};
  s.answers = {a, t};
  return s;
}

TEST(Diff, Answers) {
  Dossier a = total(), b = total();
  a.answers = {answers("yes", "Cần thiết để quản lý.", "1")};
  b.answers = {answers("no", "Cần thiết để quản lý.", "2")};
  AnswerSet draft_level;
  draft_level.form_id = "tt03-2022-01";
  b.answers.push_back(draft_level);
  const DossierDiff d = diff_dossiers(a, b);
  EXPECT_EQ(inputs(d),
            (std::vector<std::string>{
                " added answers [biểu mẫu tt03-2022-01]  → tt03-2022-01",
                "P1 changed answer.value [biểu mẫu tt03-2022-02 · necessity.q1] yes → no",
                "P1 changed answer.cell [biểu mẫu tt03-2022-02 · components.table] 1 → 2"}));
  EXPECT_EQ(d.figure_changes(), 0u);
  const auto cell = std::find_if(d.changes.begin(), d.changes.end(),
                                 [](const Change& c) { return c.property == "answer.cell"; });
  EXPECT_EQ(cell->label.en, "row 1, column copies");
}

TEST(Diff, ThroughReports) {
  Dossier b = total();
  procedure(b, "P1").current->tasks[1].hours = Quantity::parse("3");
  const ReportLoad old_report = load_report_text(report_text(total()));
  const ReportLoad new_report = load_report_text(report_text(b));
  ASSERT_TRUE(old_report.result && new_report.result);
  const DossierDiff d = diff_dossiers(old_report.dossier, new_report.dossier);
  EXPECT_EQ(d.input_changes(), 1u);
  EXPECT_EQ(d.net_delta.to_canonical(), "-250000000");
  const std::string html = diff_html(d, old_report.dossier, new_report.dossier, "a.report.xml",
                                     "b.report.xml", Language::vi);
  EXPECT_NE(html.find("<td>số giờ</td><td>2</td><td>3</td>"), std::string::npos) << html;
  EXPECT_NE(html.find("100,00"), std::string::npos);
}

} // namespace
