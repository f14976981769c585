#include "procedurelistmodel.h"

#include "appsettings.h"
#include "dossierstore.h"
#include "format.h"
#include "status.h"

using namespace cptt;
using namespace cptt::bridge;

ProcedureListModel::ProcedureListModel(const DossierStore* store, QObject* parent)
    : QAbstractListModel(parent), store_(store) {
  using Kind = DossierChange::Kind;
  connect(store_, &DossierStore::aboutToChange, this, [this](const DossierChange& c) {
    switch (c.kind) {
    case Kind::reset:
      beginResetModel();
      break;
    case Kind::procedureInserted:
      beginInsertRows({}, c.row, c.row);
      break;
    case Kind::procedureRemoved:
      beginRemoveRows({}, c.row, c.row);
      break;
    case Kind::procedureMoved:
      beginMoveRows({}, c.row, c.row, {}, c.to > c.row ? c.to + 1 : c.to);
      break;
    default:
      break;
    }
  });
  connect(store_, &DossierStore::changed, this, [this](const DossierChange& c) {
    switch (c.kind) {
    case Kind::reset:
      endResetModel();
      break;
    case Kind::procedureInserted:
      endInsertRows();
      break;
    case Kind::procedureRemoved:
      endRemoveRows();
      break;
    case Kind::procedureMoved:
      endMoveRows();
      break;
    case Kind::procedure: {
      const QModelIndex i = index(c.row);
      emit dataChanged(i, i);
      break;
    }
    // The status depends on the answers and on the text kept where a number was refused.
    case Kind::answers:
    case Kind::invalidEntries:
      if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {StatusRole, StatusDetailRole});
      break;
    // The chart's fractions depend on every figure.
    case Kind::totals:
      refreshFractions();
      break;
    default:
      break;
    }
  });
}

int ProcedureListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : store_->procedureCount();
}

void ProcedureListModel::refreshFractions() {
  Money largest;
  for (int i = 0; i < store_->procedureCount(); ++i) {
    const auto& r = store_->state(i).result;
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
  const Procedure& p = store_->dossier().procedures[row];
  const ProcedureState& st = store_->state(index.row());
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
    return statusId(procedureStatus(*store_, index.row()));
  case StatusDetailRole:
    return procedureProblems(*store_, index.row()).join(QLatin1Char('\n'));
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
