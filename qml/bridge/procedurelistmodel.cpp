#include "procedurelistmodel.h"

#include "appsettings.h"
#include "document.h"
#include "format.h"
#include "status.h"

using namespace cptt;
using namespace cptt::bridge;

ProcedureListModel::ProcedureListModel(DossierDocument* document)
    : QAbstractListModel(document), doc_(document) {
  connect(doc_, &DossierDocument::aboutToReset, this, [this] { beginResetModel(); });
  connect(doc_, &DossierDocument::resetDone, this, [this] { endResetModel(); });
  connect(doc_, &DossierDocument::procedureAboutToBeInserted, this,
          [this](int row) { beginInsertRows({}, row, row); });
  connect(doc_, &DossierDocument::procedureInserted, this, [this] { endInsertRows(); });
  connect(doc_, &DossierDocument::procedureAboutToBeRemoved, this,
          [this](int row) { beginRemoveRows({}, row, row); });
  connect(doc_, &DossierDocument::procedureRemoved, this, [this] { endRemoveRows(); });
  connect(doc_, &DossierDocument::procedureAboutToBeMoved, this,
          [this](int from, int to) { beginMoveRows({}, from, from, {}, to > from ? to + 1 : to); });
  connect(doc_, &DossierDocument::procedureMoved, this, [this] { endMoveRows(); });
  connect(doc_, &DossierDocument::procedureChanged, this, [this](int row) {
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
  });
  // Status depends on invalid entries; chart fractions on every figure.
  connect(doc_, &DossierDocument::invalidEntriesChanged, this, [this] {
    if (rowCount() > 0)
      emit dataChanged(index(0), index(rowCount() - 1), {StatusRole, StatusDetailRole});
  });
  connect(doc_, &DossierDocument::totalsChanged, this, &ProcedureListModel::refreshFractions);
}

int ProcedureListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : doc_->procedureCount();
}

void ProcedureListModel::refreshFractions() {
  Money largest;
  for (int i = 0; i < doc_->procedureCount(); ++i) {
    const auto& r = doc_->state(i).result;
    if (!r)
      continue;
    if (r->before > largest)
      largest = r->before;
    if (r->after > largest)
      largest = r->after;
  }
  largest_ = largest;
  if (rowCount() > 0)
    emit dataChanged(index(0), index(rowCount() - 1), {BeforeFractionRole, AfterFractionRole});
}

QVariant ProcedureListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const auto row = static_cast<std::size_t>(index.row());
  const Procedure& p = doc_->dossier().procedures[row];
  const ProcedureState& st = doc_->state(index.row());
  const QString none = QStringLiteral("—");
  switch (role) {
  case Qt::DisplayRole:
  case NameRole:
    return toQ(p.name);
  case IdRole:
    return toQ(p.id);
  case CodeRole:
    return toQ(p.code);
  case KindRole:
    return toQ(to_id(p.kind));
  case StatusRole:
    return statusId(procedureStatus(*doc_, index.row()));
  case StatusDetailRole:
    return procedureProblems(*doc_, index.row()).join(QLatin1Char('\n'));
  case BeforeRole:
    return st.result ? dong(st.result->before) : none;
  case AfterRole:
    return st.result ? dong(st.result->after) : none;
  case SavingRole:
    return st.result ? dong(st.result->saving) : none;
  case PercentRole:
    return st.result ? percent(st.result->reduction_percent) : none;
  case BeforeFractionRole:
    return st.result ? barFraction(st.result->before, largest_) : 0.0;
  case AfterFractionRole:
    return st.result ? barFraction(st.result->after, largest_) : 0.0;
  case ErrorRole:
    return toQ(st.error.in(appLanguage()));
  default:
    return {};
  }
}

QHash<int, QByteArray> ProcedureListModel::roleNames() const {
  return {{IdRole, "procedureId"},
          {NameRole, "name"},
          {CodeRole, "code"},
          {KindRole, "kind"},
          {StatusRole, "status"},
          {StatusDetailRole, "statusDetail"},
          {BeforeRole, "before"},
          {AfterRole, "after"},
          {SavingRole, "saving"},
          {PercentRole, "percent"},
          {BeforeFractionRole, "beforeFraction"},
          {AfterFractionRole, "afterFraction"},
          {ErrorRole, "error"}};
}
