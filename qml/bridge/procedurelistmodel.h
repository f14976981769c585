#pragma once
// The draft's procedures, one row each, for the procedure list and the summary table and chart.
// Figures are the core's results, formatted Vietnamese style.
#include "cptt/money.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cptt::bridge {
class DossierStore;
}

class ProcedureListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by DossierDocument.procedures")

public:
  enum Role {
    IdRole = Qt::UserRole + 1, // procedure id in the file ("P1")
    NameRole,                  // name (tên thủ tục)
    CodeRole,                  // national database code, may be empty
    KindRole,                  // new | amended | detailed | abolished
    StatusRole,                // complete | incomplete | error
    StatusDetailRole,          // why it is not complete, one reason per line
    BeforeRole,                // annual cost before the draft, "1.234 đ" ("—" when not computed)
    AfterRole,                 // annual cost after the draft
    SavingRole,                // before − after
    PercentRole,               // reduction %, "32,00 %" or "—"
    BeforeFractionRole,        // before / the largest before-or-after figure, 0…1 (chart)
    AfterFractionRole,         // after / the largest before-or-after figure, 0…1 (chart)
    ErrorRole,                 // the core's message when the procedure cannot be computed
  };
  Q_ENUM(Role)

  ProcedureListModel(const cptt::bridge::DossierStore* store, QObject* parent);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

private:
  void refreshFractions();

  const cptt::bridge::DossierStore* store_;
  cptt::Money largest_; // the largest before-or-after figure, the chart's full width
};
