#include "feemodel.h"

#include "document.h"
#include "format.h"
#include "worksheetmodel.h"

using namespace cptt;
using namespace cptt::bridge;

FeeModel::FeeModel(WorksheetModel* sheet) : QAbstractListModel(sheet), sheet_(sheet) {}

void FeeModel::rebind() {
  beginResetModel();
  const Worksheet* w = sheet_->sheet();
  shownRows_ = w ? static_cast<int>(w->fees.size()) : 0;
  endResetModel();
  emit countChanged();
}

void FeeModel::refresh() {
  const Worksheet* w = sheet_->sheet();
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
  const Worksheet* w = sheet_->sheet();
  if (!w || index.row() >= static_cast<int>(w->fees.size()))
    return {};
  const Fee& f = w->fees[static_cast<std::size_t>(index.row())];
  const InvalidEntry* e = sheet_->document()->invalidEntry(
      DossierDocument::fieldKey(sheet_->procedureId(), sheet_->variant(), QStringLiteral("fee"),
                                index.row(), QStringLiteral("amount")));
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
  auto* doc = sheet_->document();
  return doc ? doc->addFee(sheet_->procedureId(), sheet_->variant()) : -1;
}

void FeeModel::removeFee(int row) {
  if (auto* doc = sheet_->document())
    doc->removeFee(sheet_->procedureId(), sheet_->variant(), row);
}

QString FeeModel::setFeeField(int row, const QString& field, const QString& value) {
  auto* doc = sheet_->document();
  return doc ? doc->setFeeField(sheet_->procedureId(), sheet_->variant(), row, field, value)
             : QString();
}
