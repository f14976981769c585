#include "worksheetcomparemodel.h"

#include "appsettings.h"
#include "format.h"

using namespace cptt;
using namespace cptt::bridge;

namespace {

const QString none = QStringLiteral("—");

// A difference with its sign ("+6.250 đ", "-40.000 đ"); "" when there is none.
QString signedText(const Decimal& delta, const QString& text) {
  if (delta.is_zero())
    return {};
  return delta.is_negative() ? text : QStringLiteral("+") + text;
}
QString delta(const MoneyChange& c) { return signedText(c.delta.amount(), dong(c.delta)); }
QString delta(const QuantityChange& c) { return signedText(c.delta.value(), number(c.delta)); }
QString before(const MoneyChange& c) { return c.before ? dong(*c.before) : none; }
QString after(const MoneyChange& c) { return c.after ? dong(*c.after) : none; }
QString before(const QuantityChange& c) { return c.before ? number(*c.before) : none; }
QString after(const QuantityChange& c) { return c.after ? number(*c.after) : none; }

QString trend(const Decimal& delta) {
  return delta.is_zero()       ? QStringLiteral("same")
         : delta.is_negative() ? QStringLiteral("down")
                               : QStringLiteral("up");
}

template <class Change>
QVariantMap total(const char* key, const QString& label, const Change& c, const Decimal& d) {
  return {{QStringLiteral("key"), QString::fromLatin1(key)},
          {QStringLiteral("label"), label},
          {QStringLiteral("before"), before(c)},
          {QStringLiteral("after"), after(c)},
          {QStringLiteral("delta"), delta(c)},
          {QStringLiteral("trend"), trend(d)}};
}

} // namespace

WorksheetCompareModel::WorksheetCompareModel(QObject* parent) : QAbstractListModel(parent) {}

void WorksheetCompareModel::setDocument(DossierDocument* doc) {
  if (doc == doc_)
    return;
  if (doc_)
    disconnect(&doc_->store(), nullptr, this, nullptr);
  doc_ = doc;
  if (doc_) {
    connect(&doc_->store(), &DossierStore::changed, this, [this](const DossierChange& c) {
      if (c.movesRows())
        rebind();
      else if (c.kind == DossierChange::Kind::procedure)
        onProcedureChanged(c.row);
    });
  }
  rebind();
  emit documentChanged();
}

void WorksheetCompareModel::setProcedureId(const QString& id) {
  if (id == procedureId_)
    return;
  procedureId_ = id;
  rebind();
  emit procedureIdChanged();
}

std::optional<WorksheetComparison> WorksheetCompareModel::compare() const {
  if (!doc_ || row_ < 0 || row_ >= doc_->procedureCount())
    return std::nullopt;
  const Procedure& p = doc_->dossier().procedures[static_cast<std::size_t>(row_)];
  const ProcedureState& st = doc_->state(row_);
  const WorksheetResult* a = st.worksheet(true);
  const WorksheetResult* b = st.worksheet(false);
  if (!p.current || !p.proposed || !a || !b)
    return std::nullopt;
  return compare_worksheets(*p.current, *a, *p.proposed, *b);
}

void WorksheetCompareModel::rebind() {
  beginResetModel();
  row_ = doc_ ? doc_->indexOf(procedureId_) : -1;
  comparison_ = compare();
  endResetModel();
  emit comparisonChanged();
}

void WorksheetCompareModel::onProcedureChanged(int row) {
  if (row < 0 || row != row_)
    return;
  std::optional<WorksheetComparison> next = compare();
  const int rows = next ? static_cast<int>(next->tasks.size()) : 0;
  if (rows != rowCount()) {
    beginResetModel();
    comparison_ = std::move(next);
    endResetModel();
  } else {
    comparison_ = std::move(next);
    if (rows > 0)
      emit dataChanged(index(0), index(rows - 1));
  }
  emit comparisonChanged();
}

int WorksheetCompareModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !comparison_ ? 0 : static_cast<int>(comparison_->tasks.size());
}

QVariant WorksheetCompareModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
      !comparison_)
    return {};
  const TaskComparison& t = comparison_->tasks[static_cast<std::size_t>(index.row())];
  switch (role) {
  case Qt::DisplayRole:
    return toQ(t.current ? t.current_name : t.proposed_name);
  case ChangeRole:
    return toQ(to_id(t.change));
  case CurrentNameRole:
    return toQ(t.current_name);
  case ProposedNameRole:
    return toQ(t.proposed_name);
  case RenamedRole:
    return t.renamed;
  case CurrentRowRole:
    return t.current ? static_cast<int>(*t.current) + 1 : 0;
  case ProposedRowRole:
    return t.proposed ? static_cast<int>(*t.proposed) + 1 : 0;
  case HoursBeforeRole:
    return before(t.hours);
  case HoursAfterRole:
    return after(t.hours);
  case HoursDeltaRole:
    return delta(t.hours);
  case ServicesBeforeRole:
    return before(t.services);
  case ServicesAfterRole:
    return after(t.services);
  case ServicesDeltaRole:
    return delta(t.services);
  case OtherCostsBeforeRole:
    return before(t.other_costs);
  case OtherCostsAfterRole:
    return after(t.other_costs);
  case OtherCostsDeltaRole:
    return delta(t.other_costs);
  case CostBeforeRole:
    return before(t.task_cost);
  case CostAfterRole:
    return after(t.task_cost);
  case CostDeltaRole:
    return delta(t.task_cost);
  case CostTrendRole:
    return trend(t.task_cost.delta.amount());
  default:
    return {};
  }
}

QHash<int, QByteArray> WorksheetCompareModel::roleNames() const {
  return {{ChangeRole, "change"},
          {CurrentNameRole, "currentName"},
          {ProposedNameRole, "proposedName"},
          {RenamedRole, "renamed"},
          {CurrentRowRole, "currentRow"},
          {ProposedRowRole, "proposedRow"},
          {HoursBeforeRole, "hoursBefore"},
          {HoursAfterRole, "hoursAfter"},
          {HoursDeltaRole, "hoursDelta"},
          {ServicesBeforeRole, "servicesBefore"},
          {ServicesAfterRole, "servicesAfter"},
          {ServicesDeltaRole, "servicesDelta"},
          {OtherCostsBeforeRole, "otherCostsBefore"},
          {OtherCostsAfterRole, "otherCostsAfter"},
          {OtherCostsDeltaRole, "otherCostsDelta"},
          {CostBeforeRole, "costBefore"},
          {CostAfterRole, "costAfter"},
          {CostDeltaRole, "costDelta"},
          {CostTrendRole, "costTrend"}};
}

QString WorksheetCompareModel::error() const {
  if (comparison_ || !doc_ || row_ < 0 || row_ >= doc_->procedureCount())
    return {};
  const ProcedureState& st = doc_->state(row_);
  const Text& e = !st.currentError.empty() ? st.currentError : st.proposedError;
  return toQ((e.empty() ? st.error : e).in(appLanguage()));
}

QVariantList WorksheetCompareModel::totals() const {
  if (!comparison_)
    return {};
  const WorksheetComparison& c = *comparison_;
  return {
      total("hourlyRate", tr("Thu nhập bình quân một giờ"), c.hourly_rate,
            c.hourly_rate.delta.amount()),
      total("tasksTotal", tr("Tổng chi phí công việc"), c.tasks_total,
            c.tasks_total.delta.amount()),
      total("feesTotal", tr("Phí, lệ phí"), c.fees_total, c.fees_total.delta.amount()),
      total("costPerFiling", tr("Chi phí một lần thực hiện"), c.cost_per_filing,
            c.cost_per_filing.delta.amount()),
      total("frequency", tr("Số lần thực hiện / năm"), c.frequency, c.frequency.delta.value()),
      total("subjects", tr("Số đối tượng / năm"), c.subjects, c.subjects.delta.value()),
      total("annual", tr("Chi phí hằng năm"), c.annual, c.annual.delta.amount()),
  };
}

QString WorksheetCompareModel::reductionPercent() const {
  return comparison_ ? percent(comparison_->reduction_percent) : QString();
}

int WorksheetCompareModel::countOf(TaskChange change) const {
  if (!comparison_)
    return 0;
  int n = 0;
  for (const TaskComparison& t : comparison_->tasks)
    n += t.change == change ? 1 : 0;
  return n;
}

QString WorksheetCompareModel::summary() const {
  if (!comparison_)
    return {};
  const MoneyChange& annual = comparison_->annual;
  const QString tasks = tr("%1 công việc bỏ, %2 công việc thêm, %3 công việc thay đổi.")
                            .arg(removedCount())
                            .arg(addedCount())
                            .arg(changedCount());
  QString cost;
  if (annual.delta.is_zero())
    cost = tr("Chi phí hằng năm không đổi.");
  else if (annual.delta.is_negative())
    cost = tr("Chi phí hằng năm giảm %1 (%2).").arg(dong(-annual.delta), reductionPercent());
  else
    cost = tr("Chi phí hằng năm tăng %1.").arg(dong(annual.delta));
  return tasks + QLatin1Char(' ') + cost;
}
