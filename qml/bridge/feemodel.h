#pragma once
// The fees and charges (phí, lệ phí) of one worksheet, with their legal basis. Owned by a
// WorksheetModel, which tells it when its worksheet changed.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class WorksheetModel;

class FeeModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by WorksheetModel.fees")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
  enum Role {
    NameRole = Qt::UserRole + 1, // fee name (Lệ phí cấp giấy phép)
    AmountRole,                  // amount in đồng, Vietnamese style, as typed when invalid
    AmountErrorRole,             // why the typed amount was refused, or ""
    LegalBasisRole,              // the act that sets the fee
  };
  Q_ENUM(Role)

  explicit FeeModel(WorksheetModel* sheet);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  Q_INVOKABLE int addFee();
  Q_INVOKABLE void removeFee(int row);
  Q_INVOKABLE QString setFeeField(int row, const QString& field, const QString& value);

  void rebind();
  void refresh();

signals:
  void countChanged();

private:
  WorksheetModel* sheet_;
  int shownRows_ = 0;
};
