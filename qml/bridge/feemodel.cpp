#include "feemodel.h"

#include "document.h"
#include "format.h"

using namespace cptt;
using namespace cptt::bridge;

FeeModel::FeeModel(QObject* parent, std::function<FeeOwner()> owner)
    : QAbstractListModel(parent), owner_(std::move(owner)) {}

void FeeModel::rebind() {
  beginResetModel();
  const Worksheet* w = owner_().sheet;
  shownRows_ = w ? static_cast<int>(w->fees.size()) : 0;
  endResetModel();
  emit countChanged();
}

void FeeModel::refresh() {
  const Worksheet* w = owner_().sheet;
  const int rows = w ? static_cast<int>(w->fees.size()) : 0;
  if (rows != shownRows_)
    rebind();
  else if (rows > 0)
    emit dataChanged(index(0), index(rows - 1));
}

int FeeModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : shownRows_;
}

QVariant FeeModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const FeeOwner o = owner_();
  if (!o.sheet || !o.document || index.row() >= static_cast<int>(o.sheet->fees.size()))
    return {};
  const Fee& f = o.sheet->fees[static_cast<std::size_t>(index.row())];
  const InvalidEntry* e = o.document->invalidEntry(DossierDocument::fieldKey(
      o.procedureId, o.variant, QStringLiteral("fee"), index.row(), QStringLiteral("amount")));
  switch (role) {
  case Qt::DisplayRole:
  case NameRole:
    return toQ(f.name);
  case AmountRole:
    return e ? e->text : toQ(f.amount.to_vietnamese());
  case AmountErrorRole:
    return e ? e->message : QString();
  case LegalBasisRole:
    return toQ(f.legal_basis);
  default:
    return {};
  }
}

QHash<int, QByteArray> FeeModel::roleNames() const {
  return {{NameRole, "name"},
          {AmountRole, "amount"},
          {AmountErrorRole, "amountError"},
          {LegalBasisRole, "legalBasis"}};
}

int FeeModel::addFee() {
  const FeeOwner o = owner_();
  return o.document ? o.document->addFee(o.procedureId, o.variant) : -1;
}

void FeeModel::removeFee(int row) {
  if (const FeeOwner o = owner_(); o.document)
    o.document->removeFee(o.procedureId, o.variant, row);
}

QString FeeModel::setFeeField(int row, FeeField::Id field, const QString& value) {
  const FeeOwner o = owner_();
  return o.document ? o.document->setFeeField(o.procedureId, o.variant, row, field, value)
                    : QString();
}
