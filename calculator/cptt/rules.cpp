#include "cptt/rules.h"

namespace cptt {
namespace {

std::string worksheet_place(const Worksheet& w) {
  return w.variant == Worksheet::Variant::current ? "bảng tính hiện hành / current worksheet"
                                                  : "bảng tính đề xuất / proposed worksheet";
}

void check_worksheet(const Procedure& p, const Worksheet& w, std::vector<Finding>& out) {
  const std::string place = worksheet_place(w);
  if (w.tasks.empty() && w.fees.empty())
    out.push_back({Severity::warning, "CPTT-W010", p.id, place, w.location,
                   "bảng tính không có công việc và không có phí / the worksheet has no task and "
                   "no fee"});
  int index = 0;
  for (const Task& t : w.tasks) {
    ++index;
    if (t.name.empty())
      out.push_back({Severity::error, "CPTT-E005", p.id,
                     place + ", công việc " + std::to_string(index), t.location,
                     "công việc chưa có tên / the task has no name"});
    if (t.hours.is_zero() && t.services.is_zero() && t.other_costs.is_zero())
      out.push_back(
          {Severity::warning, "CPTT-W011", p.id, place + ", công việc " + std::to_string(index),
           t.location,
           "công việc \"" + t.name +
               "\" không có giờ và không có chi phí / the task has no hours and no cost"});
  }
  for (const Fee& f : w.fees) {
    if (f.name.empty())
      out.push_back({Severity::error, "CPTT-E006", p.id, place, f.location,
                     "phí, lệ phí chưa có tên / the fee has no name"});
    if (f.legal_basis.empty())
      out.push_back(
          {Severity::warning, "CPTT-W012", p.id, place, f.location,
           "phí \"" + f.name + "\" chưa ghi căn cứ pháp lý / the fee has no legal basis"});
  }
  if (w.one_case && w.subjects_evidence.empty())
    out.push_back({Severity::warning, "CPTT-W013", p.id, place, w.location,
                   "tính cho một trường hợp nhưng chưa nêu lý do không dự báo được số đối tượng / "
                   "one case used without saying why no forecast is possible"});
}

} // namespace

std::vector<Finding> check_rules(const Dossier& d) {
  std::vector<Finding> out;
  if (d.draft.title.empty())
    out.push_back(
        {Severity::error, "CPTT-E003", "", "", {}, "dự thảo chưa có tên / the draft has no title"});
  if (d.procedures.empty())
    out.push_back({Severity::warning,
                   "CPTT-W001",
                   "",
                   "",
                   {},
                   "hồ sơ chưa có thủ tục hành chính nào / the dossier has no procedure"});
  for (const IncomeRate& r : d.rates) {
    if (r.source.empty())
      out.push_back(
          {Severity::warning, "CPTT-W002", "", "mức thu nhập " + r.id, r.location,
           "mức thu nhập \"" + r.id + "\" chưa ghi nguồn số liệu / the income rate has no source"});
    if (r.kind == IncomeRate::Kind::derived && d.draft.calculation_year > 0 &&
        r.year != d.draft.calculation_year - 1)
      out.push_back({Severity::warning, "CPTT-W003", "", "mức thu nhập " + r.id, r.location,
                     "số liệu năm " + std::to_string(r.year) + " nhưng năm tính là " +
                         std::to_string(d.draft.calculation_year) +
                         "; phải dùng số liệu năm liền trước năm tính (TT 03/2022) / the statistic "
                         "should be of the year before the calculation year"});
  }
  for (const Procedure& p : d.procedures) {
    if (p.name.empty())
      out.push_back({Severity::error, "CPTT-E004", p.id, "", p.location,
                     "thủ tục chưa có tên / the procedure has no name"});
    if (has_current(p.kind) && !p.current)
      out.push_back({Severity::error, "CPTT-E001", p.id, "", p.location,
                     "thủ tục \"" + p.name + "\" (" + std::string(label_vi(p.kind)) +
                         ") thiếu bảng tính chi phí hiện hành / missing the current worksheet"});
    if (has_proposed(p.kind) && !p.proposed)
      out.push_back({Severity::error, "CPTT-E002", p.id, "", p.location,
                     "thủ tục \"" + p.name + "\" (" + std::string(label_vi(p.kind)) +
                         ") thiếu bảng tính chi phí đề xuất / missing the proposed worksheet"});
    if ((p.kind == ProcedureKind::amended || p.kind == ProcedureKind::abolished) &&
        p.simplification.empty())
      out.push_back({Severity::warning, "CPTT-W004", p.id, "", p.location,
                     p.kind == ProcedureKind::abolished
                         ? "chưa nêu lý do bãi bỏ / no reason given for abolishing"
                         : "chưa giải trình nội dung đơn giản hóa / the simplification is not "
                           "explained"});
    if (p.articles.empty())
      out.push_back({Severity::warning, "CPTT-W005", p.id, "", p.location,
                     "chưa ghi điều, khoản của dự thảo quy định thủ tục / no article of the draft "
                     "is cited"});
    if (p.current)
      check_worksheet(p, *p.current, out);
    if (p.proposed)
      check_worksheet(p, *p.proposed, out);
  }
  return out;
}

} // namespace cptt
