#include "reviewfindingmodel.h"

#include "appsettings.h"
#include "format.h"
#include "reviewsource.h"

#include "cptt/decimal.h"

using namespace cptt;
using namespace cptt::bridge;
using namespace cptt::review;

namespace {

// A canonical number in Vietnamese style; other text (ids, "yes") as it is.
QString display(const std::string& canonical) {
  auto d = Decimal::try_parse(canonical, NumberStyle::canonical);
  return d ? number(*d) : toQ(canonical);
}

} // namespace

ReviewFindingModel::ReviewFindingModel(QObject* parent, const ReviewSource& source)
    : QAbstractListModel(parent), session_(source) {}

void ReviewFindingModel::beginReset() { beginResetModel(); }

void ReviewFindingModel::endReset() {
  rows_.clear();
  for (int i = 0; i < static_cast<int>(session_.review().findings.size()); ++i)
    if (accepts(i))
      rows_.push_back(i);
  endResetModel();
  emit countChanged();
}

void ReviewFindingModel::statusChanged(int findingIndex) {
  const int row = rowOf(findingIndex);
  if (row >= 0)
    emit dataChanged(index(row), index(row), {StatusRole, ReasonRole});
}

int ReviewFindingModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

bool ReviewFindingModel::accepts(int i) const {
  const Finding& f = session_.review().findings[static_cast<std::size_t>(i)].finding;
  if (!severity_.isEmpty() && toQ(to_id(f.severity)) != severity_)
    return false;
  if (procedure_ == QLatin1String("-"))
    return f.procedure_id.empty();
  return procedure_.isEmpty() || toQ(f.procedure_id) == procedure_;
}

void ReviewFindingModel::rebuild() {
  beginResetModel();
  endReset();
}

void ReviewFindingModel::setSeverityFilter(const QString& severity) {
  if (severity == severity_)
    return;
  severity_ = severity;
  rebuild();
  emit filterChanged();
}

void ReviewFindingModel::setProcedureFilter(const QString& procedure) {
  if (procedure == procedure_)
    return;
  procedure_ = procedure;
  rebuild();
  emit filterChanged();
}

int ReviewFindingModel::rowOf(int findingIndex) const {
  for (std::size_t r = 0; r < rows_.size(); ++r)
    if (rows_[r] == findingIndex)
      return static_cast<int>(r);
  return -1;
}

QVariant ReviewFindingModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const int i = rows_[static_cast<std::size_t>(index.row())];
  const ReviewedFinding& r = session_.review().findings[static_cast<std::size_t>(i)];
  const Finding& f = r.finding;
  switch (role) {
  case SeverityRole:
    return toQ(to_id(f.severity));
  case SeverityLabelRole:
    return f.severity == Severity::error     ? tr("Lỗi")
           : f.severity == Severity::warning ? tr("Cảnh báo")
                                             : tr("Ghi chú");
  case CodeRole:
    return toQ(f.code);
  case ProcedureIdRole:
    return toQ(f.procedure_id);
  case ProcedureNameRole:
    return f.procedure_id.empty() ? QString() : session_.procedureName(toQ(f.procedure_id));
  case PlaceRole:
    return toQ(f.place_text(appLanguage()));
  case Qt::DisplayRole:
  case MessageRole:
    return toQ(f.message(appLanguage()));
  case StatusRole:
    return toQ(to_id(r.status));
  case ReasonRole:
    return toQ(r.reason);
  case FindingIndexRole:
    return i;
  case HasDiscrepancyRole:
    return session_.discrepancyOf(i) != nullptr;
  case DeclaredRole:
  case RecomputedRole:
  case DifferenceRole: {
    const Discrepancy* d = session_.discrepancyOf(i);
    if (!d)
      return QString();
    return display(role == DeclaredRole     ? d->declared
                   : role == RecomputedRole ? d->recomputed
                                            : d->difference);
  }
  default:
    return {};
  }
}

QHash<int, QByteArray> ReviewFindingModel::roleNames() const {
  return {{SeverityRole, "severity"},
          {SeverityLabelRole, "severityLabel"},
          {CodeRole, "code"},
          {ProcedureIdRole, "procedureId"},
          {ProcedureNameRole, "procedureName"},
          {PlaceRole, "place"},
          {MessageRole, "message"},
          {StatusRole, "status"},
          {ReasonRole, "reason"},
          {FindingIndexRole, "findingIndex"},
          {HasDiscrepancyRole, "hasDiscrepancy"},
          {DeclaredRole, "declared"},
          {RecomputedRole, "recomputed"},
          {DifferenceRole, "difference"}};
}
