#include "reviewfiguremodel.h"

#include "appsettings.h"
#include "format.h"
#include "reviewsource.h"

#include "cptt/decimal.h"

#include <set>

using namespace cptt;
using namespace cptt::bridge;
using namespace cptt::review;

namespace {

bool isMoney(const std::string& field) {
  return field != "frequency" && field != "subjects" && field != "reduction-percent" &&
         field != "one-case" && field != "rate" && field != "kind" && field != "present" &&
         field != "tasks";
}

// A discrepancy's canonical text in Vietnamese style ("—" when absent).
QString show(const std::string& canonical, const std::string& field) {
  if (canonical.empty())
    return QStringLiteral("—");
  auto d = Decimal::try_parse(canonical, NumberStyle::canonical);
  if (!d)
    return toQ(canonical);
  if (field == "reduction-percent")
    return percent(d);
  return isMoney(field) ? dong(Money(*d)) : number(*d);
}

} // namespace

ReviewFigureModel::ReviewFigureModel(QObject* parent, const ReviewSource& source)
    : QAbstractListModel(parent), session_(source) {}

void ReviewFigureModel::beginReset() { beginResetModel(); }

void ReviewFigureModel::endReset() {
  collect();
  endResetModel();
  emit countChanged();
}

void ReviewFigureModel::rebuild() {
  beginResetModel();
  collect();
  endResetModel();
  emit countChanged();
}

void ReviewFigureModel::collect() {
  rows_.clear();
  const ReportReview* checked = session_.checked();
  if (!checked)
    return;
  const std::string id = toStd(session_.selectedProcedureId());
  const auto& all = checked->recompute.discrepancies;
  std::set<const Discrepancy*> used;
  auto add = [&](const QString& group, const QString& label, std::optional<Worksheet::Variant> v,
                 int task, const std::string& field, const QString& declared) {
    Row r{group, label, {}, task, toQ(field), declared, declared, {}, false, nullptr};
    if (v)
      r.worksheet = *v == Worksheet::Variant::current ? QStringLiteral("current")
                                                      : QStringLiteral("proposed");
    for (const Discrepancy& d : all)
      if (d.procedure_id == id && d.variant == v && d.task == task && d.field == field &&
          d.rate_id.empty()) {
        r.declared = show(d.declared, field);
        r.recomputed = show(d.recomputed, field);
        r.difference = d.difference.empty() ? QString() : show(d.difference, field);
        r.discrepant = true;
        r.discrepancy = &d;
        used.insert(&d);
      }
    rows_.push_back(std::move(r));
  };

  if (id.empty()) {
    const DossierTotals& t = checked->declared.totals;
    const QString g = tr("Tổng của dự thảo");
    add(g, tr("Chi phí trước dự thảo"), {}, 0, "before", dong(t.before));
    add(g, tr("Chi phí sau dự thảo"), {}, 0, "after", dong(t.after));
    add(g, tr("Thay đổi ròng"), {}, 0, "net-change", dong(t.net_change));
    add(g, tr("Tăng do thủ tục mới"), {}, 0, "added-by-new", dong(t.added_by_new));
    add(g, tr("Tiết kiệm do sửa đổi"), {}, 0, "saved-by-amendments", dong(t.saved_by_amendments));
    add(g, tr("Tiết kiệm do bãi bỏ"), {}, 0, "saved-by-abolitions", dong(t.saved_by_abolitions));
  } else if (const ProcedureResult* p = checked->declared.find(id)) {
    for (const auto* w : {&p->current, &p->proposed}) {
      if (!*w)
        continue;
      const WorksheetResult& ws = **w;
      const auto v = w == &p->current ? Worksheet::Variant::current : Worksheet::Variant::proposed;
      const QString g =
          v == Worksheet::Variant::current ? tr("Bảng tính hiện hành") : tr("Bảng tính đề xuất");
      add(g, tr("Mức thu nhập theo giờ (%1)").arg(toQ(ws.rate_id)), v, 0, "hourly-rate",
          dong(ws.hourly_rate));
      for (std::size_t i = 0; i < ws.tasks.size(); ++i) {
        const int n = static_cast<int>(i) + 1;
        add(g, tr("Công việc %1: chi phí thời gian").arg(n), v, n, "time-cost",
            dong(ws.tasks[i].time_cost));
        add(g, tr("Công việc %1: chi phí công việc").arg(n), v, n, "task-cost",
            dong(ws.tasks[i].task_cost));
      }
      add(g, tr("Tổng chi phí công việc"), v, 0, "tasks-total", dong(ws.tasks_total));
      add(g, tr("Tổng phí, lệ phí"), v, 0, "fees-total", dong(ws.fees_total));
      add(g, tr("Chi phí một lần thực hiện"), v, 0, "cost-per-filing", dong(ws.cost_per_filing));
      add(g, tr("Số lần thực hiện mỗi năm"), v, 0, "frequency", number(ws.frequency));
      add(g, tr("Số đối tượng"), v, 0, "subjects", number(ws.subjects));
      add(g, tr("Chi phí cả năm"), v, 0, "annual", dong(ws.annual));
    }
    const QString g = tr("Thủ tục");
    add(g, tr("Chi phí trước dự thảo"), {}, 0, "before", dong(p->before));
    add(g, tr("Chi phí sau dự thảo"), {}, 0, "after", dong(p->after));
    add(g, tr("Chi phí tiết kiệm"), {}, 0, "saving", dong(p->saving));
    add(g, tr("Tỷ lệ cắt giảm"), {}, 0, "reduction-percent", percent(p->reduction_percent));
  }
  // Differences with no figure row of their own (a missing worksheet, task rows, the kind …).
  for (const Discrepancy& d : all) {
    if (d.procedure_id != id || used.count(&d) || !d.rate_id.empty())
      continue;
    Row r{tr("Khác"),
          toQ(place_text(d.variant, d.task, d.field, appLanguage())),
          {},
          d.task,
          toQ(d.field),
          show(d.declared, d.field),
          show(d.recomputed, d.field),
          {},
          true,
          &d};
    if (!d.difference.empty())
      r.difference = show(d.difference, d.field);
    rows_.push_back(std::move(r));
  }
}

int ReviewFigureModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ReviewFigureModel::discrepancyCount() const {
  int n = 0;
  for (const Row& r : rows_)
    n += r.discrepant ? 1 : 0;
  return n;
}

int ReviewFigureModel::focusedRow() const {
  const void* focus = session_.focusedDiscrepancy();
  for (std::size_t i = 0; focus && i < rows_.size(); ++i)
    if (rows_[i].discrepancy == focus)
      return static_cast<int>(i);
  return -1;
}

QVariant ReviewFigureModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Row& r = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
  case GroupRole:
    return r.group;
  case Qt::DisplayRole:
  case LabelRole:
    return r.label;
  case WorksheetRole:
    return r.worksheet;
  case TaskRole:
    return r.task;
  case FieldRole:
    return r.field;
  case DeclaredRole:
    return r.declared;
  case RecomputedRole:
    return r.recomputed;
  case DifferenceRole:
    return r.difference;
  case DiscrepantRole:
    return r.discrepant;
  case FocusedRole:
    return r.discrepancy != nullptr && r.discrepancy == session_.focusedDiscrepancy();
  case FirstInGroupRole:
    return index.row() == 0 || rows_[static_cast<std::size_t>(index.row()) - 1].group != r.group;
  default:
    return {};
  }
}

QHash<int, QByteArray> ReviewFigureModel::roleNames() const {
  return {{GroupRole, "group"},
          {LabelRole, "label"},
          {WorksheetRole, "worksheet"},
          {TaskRole, "task"},
          {FieldRole, "field"},
          {DeclaredRole, "declared"},
          {RecomputedRole, "recomputed"},
          {DifferenceRole, "difference"},
          {DiscrepantRole, "discrepant"},
          {FocusedRole, "focused"},
          {FirstInGroupRole, "firstInGroup"}};
}
