#pragma once
// The reference data as list models for the pickers: published GDP figures, the activity
// catalogue (non-official default hours) and the official time norms.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cptt {
struct ReferenceData;
struct TimeNorm;
} // namespace cptt

class GdpFigureModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Provided by ReferenceLibrary")
public:
  enum Role {
    YearRole = Qt::UserRole + 1, // the statistic's year
    KindRole,                    // gdp-per-capita | gdp | population | average-monthly-income
    ValueRole,                   // the figure, Vietnamese style, with its unit
    CanonicalValueRole,          // the figure as in the file (1234567)
    UnitRole,                    // VND | USD | persons
    PublisherRole,               // who published it
    SourceRole,                  // publication
    NoteRole,                    // remarks (e.g. "for comparison only")
    VerifiedRole,                // checked against the publication itself
    LegalBasisRole,              // usable for the legal rate (GDP per capita in VND)
  };
  Q_ENUM(Role)
  explicit GdpFigureModel(const cptt::ReferenceData* data, QObject* parent);
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  void reload();

private:
  const cptt::ReferenceData* data_;
};

class CatalogueModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Provided by ReferenceLibrary")
public:
  enum Role {
    ActivityIdRole = Qt::UserRole + 1, // catalogue id ("familiarise")
    NameRole,                          // Vietnamese name
    NameEnRole,                        // English name
    NormKindRole,                      // none | travel | form-filling (counted by the norm)
    SimpleHoursRole,     // default hours, simple case, Vietnamese style ("" for norms)
    MediumHoursRole,     // default hours, medium case
    ComplexHoursRole,    // default hours, complex case
    SimpleCanonicalRole, // the same hours as in the file, for adding a task
    MediumCanonicalRole,
    ComplexCanonicalRole,
    BasisRole,          // where the default comes from
    NoteRole,           // remarks
    DisplayNameRole,    // the name in the app's language (the task takes the Vietnamese one)
    SimpleDurationRole, // default duration in words, app's language ("5 phút"; "" for norms)
    MediumDurationRole,
    ComplexDurationRole,
  };
  Q_ENUM(Role)
  explicit CatalogueModel(const cptt::ReferenceData* data, QObject* parent);
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  void reload();

private:
  const cptt::ReferenceData* data_;
};

class TimeNormModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Provided by ReferenceLibrary")
public:
  enum Role {
    NormKindRole = Qt::UserRole + 1, // travel | form-filling
    ScopeRole,                       // commune | district | provincial | ... ("" for forms)
    LabelRole,                       // "Đi lại, mỗi lượt: cấp xã"
    PerRole,                         // trip | page
    UrbanRole,                       // hours per unit, urban, Vietnamese style
    RuralRole,                       // hours per unit, rural
    MountainRole,                    // hours per unit, mountain and island areas
    HistoricalRole,                  // kept as printed for older drafts (district level)
    NoteRole,                        // remarks
    DisplayLabelRole,                // the norm in the app's language ("Travel, per trip: …")
  };
  Q_ENUM(Role)
  explicit TimeNormModel(const cptt::ReferenceData* data, QObject* parent);
  // The row of the norm of `kind` (travel | form-filling) and `scope` ("" for forms), or -1.
  Q_INVOKABLE int rowOf(const QString& kind, const QString& scope) const;
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  void reload();
  static QString normLabel(const cptt::TimeNorm& norm);

private:
  const cptt::ReferenceData* data_;
};
