#pragma once
// The dossier's income rates (mức thu nhập bình quân theo giờ): each with its inputs and the
// hourly rate the core derives from them, and how it was derived.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cptt::bridge {
class DossierStore;
}

class RateModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by DossierDocument.rates")

public:
  enum Role {
    RateIdRole = Qt::UserRole + 1, // id that worksheets refer to ("gdp-2023")
    KindRole,                      // derived | direct
    YearRole,                      // statistic's year (derived), as typed
    YearErrorRole,                 // why the typed year was refused, or ""
    GdpPerCapitaRole,              // GDP per capita, Vietnamese style, as typed when invalid
    GdpPerCapitaErrorRole,         // why the typed figure was refused, or ""
    RouteRole,                     // derived: "per-capita", or "gdp-population" (GDP ÷ population)
    GdpRole,                       // GDP (the GDP ÷ population route), Vietnamese style
    GdpErrorRole,                  // why the typed GDP was refused, or ""
    PopulationRole,                // average population (the GDP ÷ population route)
    PopulationErrorRole,           // why the typed population was refused, or ""
    DirectRateRole,                // the rate entered directly (direct), Vietnamese style
    DirectRateErrorRole,           // why the typed rate was refused, or ""
    PublisherRole,                 // publisher of the statistic (Cục Thống kê)
    SourceRole,                    // publication, table or link
    HourlyRateRole,                // the hourly rate the core computes, "48.248 đ"
    ComputationRole,               // how: "101.900.000 đ ÷ 2.112 = 48.248,106 → 48.248 đ"
    ErrorRole,                     // the core's message when the rate cannot be computed
    LabelRole,                     // what it is and its hourly rate, for a list to choose from
  };
  Q_ENUM(Role)

  RateModel(const cptt::bridge::DossierStore* store, QObject* parent);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

private:
  QString typed(int row, const QString& field, const QString& stored) const;
  QString fieldError(int row, const QString& field) const;

  const cptt::bridge::DossierStore* store_;
};
