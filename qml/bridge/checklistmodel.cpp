#include "checklistmodel.h"

#include "appsettings.h"
#include "dossierstore.h"
#include "format.h"

using namespace cptt;
using namespace cptt::bridge;

ChecklistModel::ChecklistModel(const DossierStore* store, QObject* parent)
    : QAbstractListModel(parent), store_(store) {
  pending_.setSingleShot(true);
  pending_.setInterval(0);
  connect(&pending_, &QTimer::timeout, this, &ChecklistModel::rebuild);
  auto later = [this] {
    if (active_)
      pending_.start();
  };
  // Every change may add or settle a finding (an answer as much as a figure).
  connect(store_, &DossierStore::changed, this, later);
  // The texts are made in the app's language.
  connect(AppSettings::instance(), &AppSettings::languageChanged, this, later);
}

void ChecklistModel::setActive(bool active) {
  if (active == active_)
    return;
  active_ = active;
  if (active_)
    rebuild();
  emit activeChanged();
}

void ChecklistModel::rebuild() {
  pending_.stop();
  beginResetModel();
  items_ = checklistProblems(*store_);
  endResetModel();
  emit countChanged();
}

int ChecklistModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(items_.size());
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Problem& p = items_[static_cast<std::size_t>(index.row())];
  switch (role) {
  case Qt::DisplayRole:
  case MessageRole:
    return p.message;
  case SeverityRole:
    return p.level == QLatin1String("error")  ? QStringLiteral("error")
           : p.level == QLatin1String("note") ? QStringLiteral("note")
                                              : QStringLiteral("incomplete");
  case CodeRole:
    return p.code;
  case WhereRole:
    return p.where;
  case ProcedureIdRole:
    return p.procedureId;
  case ProcedureNameRole: {
    const int row = store_->indexOf(p.procedureId);
    return row < 0 ? QString()
                   : toQ(store_->dossier().procedures[static_cast<std::size_t>(row)].name);
  }
  case PlaceRole:
    return p.place;
  case TargetRole:
    return p.target;
  default:
    return {};
  }
}

QHash<int, QByteArray> ChecklistModel::roleNames() const {
  return {{MessageRole, "message"},
          {SeverityRole, "severity"},
          {ProcedureIdRole, "procedureId"},
          {ProcedureNameRole, "procedureName"},
          {PlaceRole, "place"},
          {TargetRole, "target"},
          {CodeRole, "code"},
          {WhereRole, "where"}};
}
