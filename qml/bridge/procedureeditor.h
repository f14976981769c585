#pragma once
// One procedure's general information and its before / after figures (from the core), for the
// procedure screen. Follows the procedure by id when rows move.
#include "document.h"
#include "fields.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ProcedureEditor : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(DossierDocument* document READ document WRITE setDocument NOTIFY documentChanged)
  Q_PROPERTY(QString procedureId READ procedureId WRITE setProcedureId NOTIFY procedureIdChanged)
  Q_PROPERTY(bool exists READ exists NOTIFY changed)
  Q_PROPERTY(int row READ row NOTIFY changed)
  Q_PROPERTY(QString name READ name NOTIFY changed)
  // Why the name is not complete (the procedure's checklist entry for it, e.g. empty), or "".
  Q_PROPERTY(QString nameError READ nameError NOTIFY changed)
  Q_PROPERTY(QString code READ code NOTIFY changed)
  Q_PROPERTY(QString field READ field NOTIFY changed)
  Q_PROPERTY(QString kind READ kind NOTIFY changed)
  Q_PROPERTY(QString level READ level NOTIFY changed)
  Q_PROPERTY(QString subjectType READ subjectType NOTIFY changed)
  Q_PROPERTY(QString articles READ articles NOTIFY changed)
  Q_PROPERTY(QString simplification READ simplification NOTIFY changed)
  Q_PROPERTY(bool hasCurrent READ hasCurrent NOTIFY changed)
  Q_PROPERTY(bool hasProposed READ hasProposed NOTIFY changed)
  Q_PROPERTY(QString before READ before NOTIFY changed)
  Q_PROPERTY(QString after READ after NOTIFY changed)
  Q_PROPERTY(QString saving READ saving NOTIFY changed)
  Q_PROPERTY(QString reductionPercent READ reductionPercent NOTIFY changed)
  Q_PROPERTY(QString error READ error NOTIFY changed)
  Q_PROPERTY(QString status READ status NOTIFY changed)
  Q_PROPERTY(QString statusDetail READ statusDetail NOTIFY changed)

public:
  explicit ProcedureEditor(QObject* parent = nullptr);

  Q_INVOKABLE QString setField(ProcedureField::Id field, const QString& value);
  Q_INVOKABLE void copyCurrentToProposed();

  DossierDocument* document() const { return doc_; }
  void setDocument(DossierDocument* doc);
  QString procedureId() const { return procedureId_; }
  void setProcedureId(const QString& id);

  bool exists() const { return row_ >= 0; }
  int row() const { return row_; }
  QString name() const;
  QString nameError() const;
  QString code() const;
  QString field() const;
  QString kind() const;
  QString level() const;
  QString subjectType() const;
  QString articles() const;
  QString simplification() const;
  bool hasCurrent() const;
  bool hasProposed() const;
  QString before() const;
  QString after() const;
  QString saving() const;
  QString reductionPercent() const;
  QString error() const;
  QString status() const;
  QString statusDetail() const;

signals:
  void documentChanged();
  void procedureIdChanged();
  void changed();

private:
  void rebind();

  QPointer<DossierDocument> doc_;
  QString procedureId_;
  int row_ = -1;
};
