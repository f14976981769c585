#include "reviewverdictmodel.h"

#include "format.h"
#include "reviewsource.h"

using namespace cptt;
using namespace cptt::bridge;
using namespace cptt::review;

ReviewVerdictModel::ReviewVerdictModel(QObject* parent, const ReviewSource& source)
    : QAbstractListModel(parent), session_(source) {}

void ReviewVerdictModel::beginReset() { beginResetModel(); }

void ReviewVerdictModel::endReset() {
  collectIds();
  endResetModel();
  emit countChanged();
}

void ReviewVerdictModel::verdictsEdited() {
  if (!ids_.empty())
    emit dataChanged(index(0), index(rowCount() - 1), {VerdictRole, VerdictLabelRole, SummaryRole});
}

void ReviewVerdictModel::collectIds() {
  ids_.clear();
  if (!session_.isOpen())
    return;
  ids_.emplace_back();
  if (const ReportReview* checked = session_.checked()) {
    for (const Procedure& p : checked->dossier.procedures)
      ids_.push_back(toQ(p.id));
  } else {
    for (const VerdictEntry& v : session_.review().procedure_verdicts)
      ids_.push_back(toQ(v.procedure_id));
  }
}

int ReviewVerdictModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(ids_.size());
}

QVariant ReviewVerdictModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const QString& id = ids_[static_cast<std::size_t>(index.row())];
  const VerdictEntry* v = session_.review().verdict_for(toStd(id));
  switch (role) {
  case ProcedureIdRole:
    return id;
  case Qt::DisplayRole:
  case NameRole:
    return id.isEmpty() ? tr("Toàn bộ dự thảo") : session_.procedureName(id);
  case VerdictRole:
    return v ? toQ(to_id(v->verdict)) : QString();
  case VerdictLabelRole:
    if (!v)
      return QString();
    return v->verdict == Verdict::dat           ? tr("Đạt")
           : v->verdict == Verdict::can_bo_sung ? tr("Cần bổ sung, chỉnh sửa")
                                                : tr("Không đạt");
  case SummaryRole:
    return v ? toQ(v->summary) : QString();
  default:
    return {};
  }
}

QHash<int, QByteArray> ReviewVerdictModel::roleNames() const {
  return {{ProcedureIdRole, "procedureId"},
          {NameRole, "name"},
          {VerdictRole, "verdict"},
          {VerdictLabelRole, "verdictLabel"},
          {SummaryRole, "summary"}};
}
