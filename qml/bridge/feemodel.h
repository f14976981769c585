#pragma once
// The fees and charges (phí, lệ phí) of one worksheet, with their legal basis. Owned by a
// WorksheetModel, which tells it when its worksheet changed; it asks its owner which worksheet
// that is, and knows nothing else of it.
#include "cptt/model.h"
#include "fields.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>

class DossierDocument;

// The worksheet the fees belong to, as the owner has it now (sheet null when there is none).
struct FeeOwner {
  DossierDocument* document = nullptr;
  QString procedureId;
  QString variant;
  const cptt::Worksheet* sheet = nullptr;
};

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

  FeeModel(QObject* parent, std::function<FeeOwner()> owner);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  Q_INVOKABLE int addFee();
  Q_INVOKABLE void removeFee(int row);
  Q_INVOKABLE QString setFeeField(int row, FeeField::Id field, const QString& value);

  void rebind();
  void refresh();

signals:
  void countChanged();

private:
  std::function<FeeOwner()> owner_;
  int shownRows_ = 0;
};
