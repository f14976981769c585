#pragma once
// One cost worksheet of one procedure (current or proposed): its task rows as a list model, and
// its frequency, subjects and totals as properties. Every figure is the core's result, formatted;
// edits go through the document so they can be undone.
#include "document.h"
#include "feemodel.h"
#include "fields.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace cptt {
struct Worksheet;
struct WorksheetResult;
} // namespace cptt

class WorksheetModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(DossierDocument* document READ document WRITE setDocument NOTIFY documentChanged)
  Q_PROPERTY(QString procedureId READ procedureId WRITE setProcedureId NOTIFY procedureIdChanged)
  Q_PROPERTY(QString variant READ variant WRITE setVariant NOTIFY variantChanged)
  Q_PROPERTY(bool exists READ exists NOTIFY sheetChanged)
  Q_PROPERTY(int count READ count NOTIFY sheetChanged)
  Q_PROPERTY(QString rateId READ rateId NOTIFY sheetChanged)
  Q_PROPERTY(QString hourlyRate READ hourlyRate NOTIFY sheetChanged)
  Q_PROPERTY(QString frequency READ frequency NOTIFY sheetChanged)
  Q_PROPERTY(QString frequencyError READ frequencyError NOTIFY sheetChanged)
  Q_PROPERTY(QString frequencyEvidence READ frequencyEvidence NOTIFY sheetChanged)
  Q_PROPERTY(bool oneCase READ oneCase NOTIFY sheetChanged)
  Q_PROPERTY(QString subjects READ subjects NOTIFY sheetChanged)
  Q_PROPERTY(QString subjectsError READ subjectsError NOTIFY sheetChanged)
  Q_PROPERTY(QString subjectsEvidence READ subjectsEvidence NOTIFY sheetChanged)
  Q_PROPERTY(QString tasksTotal READ tasksTotal NOTIFY sheetChanged)
  Q_PROPERTY(QString feesTotal READ feesTotal NOTIFY sheetChanged)
  Q_PROPERTY(QString costPerFiling READ costPerFiling NOTIFY sheetChanged)
  Q_PROPERTY(QString annual READ annual NOTIFY sheetChanged)
  // How the totals were computed, one line per step, with the core's figures.
  Q_PROPERTY(QString explanation READ explanation NOTIFY sheetChanged)
  Q_PROPERTY(QString error READ error NOTIFY sheetChanged)
  // The travel norm's scope for the procedure's handling level (commune | district | provincial),
  // or "" when the norm table has no row for that level (central): the norm dialog's default.
  Q_PROPERTY(QString travelScope READ travelScope NOTIFY sheetChanged)
  Q_PROPERTY(FeeModel* fees READ fees CONSTANT)

public:
  enum Role {
    NameRole = Qt::UserRole + 1, // task name (công việc)
    CatalogueRefRole,            // activity catalogue id, or ""
    ComplexityRole,              // simple | medium | complex when from the catalogue, or ""
    NormKindRole,                // none | travel | form-filling
    NormScopeRole,               // commune | district | provincial | inter-regional | ... or ""
    NormAreaRole,                // urban | rural | mountain-island, or ""
    NormUnitsRole,               // trips or pages, Vietnamese style
    HoursRole,                   // hours per filing, as typed when invalid
    HoursErrorRole,              // why the typed hours were refused, or ""
    ServicesRole,                // advice and service costs, đồng, Vietnamese style
    ServicesErrorRole,           // why the typed amount was refused, or ""
    ServicesNoteRole,            // what the services are
    OtherCostsRole,              // other costs, đồng
    OtherCostsErrorRole,         // why the typed amount was refused, or ""
    EvidenceRole,                // where the figures come from
    TimeCostRole,                // hours × hourly rate, from the core, "192.992 đ"
    TaskCostRole,                // time cost + services + other costs, from the core
    ExplanationRole,     // "4 giờ × 48.248 đ = 192.992 đ; + 50.000 đ + 0 đ = 242.992 đ"
    CatalogueNameRole,   // the catalogue activity's name in the app's language ("" when none)
    ComplexityLabelRole, // "trung bình" / "medium" when from the catalogue, or ""
  };
  Q_ENUM(Role)

  explicit WorksheetModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // Edits (undoable); each returns the message when the typed value was refused, or "".
  Q_INVOKABLE QString setTaskField(int row, TaskField::Id field, const QString& value);
  Q_INVOKABLE QString setField(WorksheetField::Id field, const QString& value);
  Q_INVOKABLE int addTask(const QString& name);
  Q_INVOKABLE int addCatalogueTask(const QString& name, const QString& ref,
                                   const QString& complexity, const QString& hours);
  Q_INVOKABLE int addNormTask(const QString& name, const QString& normKind, const QString& scope,
                              const QString& area, const QString& units);
  Q_INVOKABLE void removeTask(int row);
  Q_INVOKABLE void moveTask(int from, int to);

  DossierDocument* document() const { return doc_; }
  void setDocument(DossierDocument* doc);
  QString procedureId() const { return procedureId_; }
  void setProcedureId(const QString& id);
  QString variant() const { return variant_; }
  void setVariant(const QString& variant);

  bool exists() const { return sheet() != nullptr; }
  int count() const { return rowCount(); }
  QString rateId() const;
  QString hourlyRate() const;
  QString frequency() const;
  QString frequencyError() const;
  QString frequencyEvidence() const;
  bool oneCase() const;
  QString subjects() const;
  QString subjectsError() const;
  QString subjectsEvidence() const;
  QString tasksTotal() const;
  QString feesTotal() const;
  QString costPerFiling() const;
  QString annual() const;
  QString explanation() const;
  QString error() const;
  QString travelScope() const;
  FeeModel* fees() const { return fees_; }

  // The worksheet and its results (nullptr when the procedure has no such worksheet).
  const cptt::Worksheet* sheet() const;
  const cptt::WorksheetResult* result() const;

signals:
  void documentChanged();
  void procedureIdChanged();
  void variantChanged();
  void sheetChanged();

private:
  void rebind();
  void onProcedureChanged(int row);
  QString typed(const QString& part, int row, const QString& field, const QString& stored) const;
  QString fieldError(const QString& part, int row, const QString& field) const;
  QString catalogueName(const std::string& ref) const;

  QPointer<DossierDocument> doc_;
  QString procedureId_;
  QString variant_ = QStringLiteral("proposed");
  int row_ = -1;
  int shownRows_ = 0;
  FeeModel* fees_ = nullptr;
};
