#pragma once
// A procedure's current worksheet beside its proposed one (amended and detailed procedures): one
// row per task of either sheet, the current task beside its counterpart, with each figure before,
// after and its difference, and the totals' differences as properties. The pairing and every
// figure are the core's (cptt::compare_worksheets); the model formats them.
#include "document.h"

#include "cptt/worksheet_comparison.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

class WorksheetCompareModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(DossierDocument* document READ document WRITE setDocument NOTIFY documentChanged)
  // "" while the view is hidden: nothing is compared then.
  Q_PROPERTY(QString procedureId READ procedureId WRITE setProcedureId NOTIFY procedureIdChanged)
  // Both sheets exist and were computed.
  Q_PROPERTY(bool exists READ exists NOTIFY comparisonChanged)
  Q_PROPERTY(int count READ count NOTIFY comparisonChanged)
  // Why there is nothing to compare (a sheet missing or not computable), or "".
  Q_PROPERTY(QString error READ error NOTIFY comparisonChanged)
  // The totals, in reading order: {key (hourlyRate | tasksTotal | feesTotal | costPerFiling |
  // frequency | subjects | annual), label, before, after, delta ("" when none), trend}.
  Q_PROPERTY(QVariantList totals READ totals NOTIFY comparisonChanged)
  // The annual cost's reduction, "32,00 %", or "—" when the current cost is 0.
  Q_PROPERTY(QString reductionPercent READ reductionPercent NOTIFY comparisonChanged)
  // One sentence: how many tasks were removed, added, changed, and how the annual cost moved.
  Q_PROPERTY(QString summary READ summary NOTIFY comparisonChanged)
  // Tasks removed, added and changed (renamed or with another figure), for the view's heading.
  Q_PROPERTY(int removedCount READ removedCount NOTIFY comparisonChanged)
  Q_PROPERTY(int addedCount READ addedCount NOTIFY comparisonChanged)
  Q_PROPERTY(int changedCount READ changedCount NOTIFY comparisonChanged)

public:
  enum Role {
    ChangeRole = Qt::UserRole + 1, // unchanged | changed | removed | added
    CurrentNameRole,               // the task's name in the current sheet, "" when added
    ProposedNameRole,              // its name in the proposed sheet, "" when removed
    RenamedRole,                   // paired under another name
    CurrentRowRole,                // 1-based row in the current sheet, 0 when added
    ProposedRowRole,               // 1-based row in the proposed sheet, 0 when removed
    HoursBeforeRole,               // "4", or "—" when added
    HoursAfterRole,                // "2", or "—" when removed
    HoursDeltaRole,                // "-2", "+0,25", or "" when the same
    ServicesBeforeRole,            // "50.000 đ" …
    ServicesAfterRole,
    ServicesDeltaRole,
    OtherCostsBeforeRole,
    OtherCostsAfterRole,
    OtherCostsDeltaRole,
    CostBeforeRole, // the engine's task cost
    CostAfterRole,
    CostDeltaRole,
    CostTrendRole, // down | up | same: how the task cost moved
  };
  Q_ENUM(Role)

  explicit WorksheetCompareModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  DossierDocument* document() const { return doc_; }
  void setDocument(DossierDocument* doc);
  QString procedureId() const { return procedureId_; }
  void setProcedureId(const QString& id);

  bool exists() const { return comparison_.has_value(); }
  int count() const { return rowCount(); }
  QString error() const;
  QVariantList totals() const;
  QString reductionPercent() const;
  QString summary() const;
  int removedCount() const { return countOf(cptt::TaskChange::removed); }
  int addedCount() const { return countOf(cptt::TaskChange::added); }
  int changedCount() const { return countOf(cptt::TaskChange::changed); }

signals:
  void documentChanged();
  void procedureIdChanged();
  void comparisonChanged();

private:
  void rebind();
  void onProcedureChanged(int row);
  std::optional<cptt::WorksheetComparison> compare() const;
  int countOf(cptt::TaskChange change) const;

  QPointer<DossierDocument> doc_;
  QString procedureId_;
  int row_ = -1;
  std::optional<cptt::WorksheetComparison> comparison_;
};
