#pragma once
// The assessment form that applies to one procedure, rendered from its definition (forms/*.xml)
// and evaluated by the core's forms engine: one row per section and per question, with what is
// visible, required, answered, which reasons are missing, what a gate or a component toggle
// closed and why, progress per section, and the unverified parts marked. Answers are edited
// through the document (undoable); the bridge decides nothing about the logic.
#include "document.h"
#include "forms.h"

#include "cptt/forms/form_catalog.h"
#include "cptt/forms/form_engine.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class FormModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(DossierDocument* document READ document WRITE setDocument NOTIFY documentChanged)
  Q_PROPERTY(QString procedureId READ procedureId WRITE setProcedureId NOTIFY procedureIdChanged)
  Q_PROPERTY(bool exists READ exists NOTIFY evaluated)
  Q_PROPERTY(QString formId READ formId NOTIFY evaluated)
  Q_PROPERTY(QString formCode READ formCode NOTIFY evaluated)
  Q_PROPERTY(QString formTitle READ formTitle NOTIFY evaluated)
  Q_PROPERTY(QString legalBasis READ legalBasis NOTIFY evaluated)
  Q_PROPERTY(QString generation READ generation NOTIFY evaluated)
  Q_PROPERTY(bool verified READ verified NOTIFY evaluated)
  Q_PROPERTY(int percent READ percent NOTIFY evaluated)
  Q_PROPERTY(int requiredCount READ requiredCount NOTIFY evaluated)
  Q_PROPERTY(int doneCount READ doneCount NOTIFY evaluated)
  Q_PROPERTY(QString gateMessage READ gateMessage NOTIFY evaluated)
  // Why no form is shown (no form for this kind, or the definitions could not be read), or "".
  Q_PROPERTY(QString notice READ notice NOTIFY evaluated)

public:
  enum Role {
    RowTypeRole = Qt::UserRole + 1, // section | field
    KeyRole,                        // answer key ("necessity.q1", "policy/2/…") or section key
    NumberRole,                     // the number findings cite ("1a", "II.2", "d"), may be empty
    PrintedRole,                    // the number as the form prints it ("II.", "2.", "a)")
    LabelRole,                      // question or section title, in the app's language
    HelpRole,                       // help text, may be empty
    FieldTypeRole,                  // yesno | choice | multi | text | number | date | table
    UnitRole,                       // unit label (ngày, đồng …), may be empty
    OptionsRole,                    // choice / multi: list of {id, label}
    ValueRole,                      // the answer as stored (option ids, canonical number …)
    ReasonRole,                     // the reason given with the answer
    VisibleRole,                    // shown (not hidden by a condition, gate or toggle)
    ClosureRole,                    // open | condition | section | toggle | gate
    ClosedByRole,                   // why it is closed, in words (the gate or toggle question)
    RequiredRole,                   // must be answered
    AnsweredRole,                   // has a valid answer (or a value from the dossier)
    InvalidRole,                    // an answer is present but not valid for the question
    HasReasonRole,                  // the definition asks a reason for some answer (or any)
    ReasonRequiredRole,             // the answer needs a reason
    ReasonGivenRole,                // that reason is given
    ReasonLabelRole,                // what the reason must say
    FromDossierRole,                // the value comes from the dossier (read-only here)
    WarningRole,                    // the definition's warning holds for this answer
    WarningTextRole,                // that warning's text
    VerifiedRole,                   // checked against the official text
    PercentRole,                    // section rows: completeness of the section, 0…100
    ColumnsRole,  // table fields: [{id, label, type, unit, required, options: [{id, label}]}]
    RowsRole,     // table fields: [{column id: value as shown}], one map per row
    MessagesRole, // why the answer is not valid, one line per problem (the engine's words)
  };
  Q_ENUM(Role)

  explicit FormModel(QObject* parent = nullptr);
  ~FormModel() override;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  Q_INVOKABLE QString setValue(const QString& key, const QString& value);
  Q_INVOKABLE QString setReason(const QString& key, const QString& reason);
  // multi: adds or removes one option id from the answer.
  // The row of a question or section key, or -1.
  Q_INVOKABLE int rowOf(const QString& key) const { return static_cast<int>(keys_.indexOf(key)); }
  Q_INVOKABLE QString toggleOption(const QString& key, const QString& option, bool on);
  // Table fields. Rows are 0-based; a number cell is typed Vietnamese style or canonical.
  Q_INVOKABLE int addRow(const QString& key);
  Q_INVOKABLE QString removeRow(const QString& key, int row);
  Q_INVOKABLE QString setCell(const QString& key, int row, const QString& column,
                              const QString& value);

  DossierDocument* document() const { return doc_; }
  void setDocument(DossierDocument* doc);
  QString procedureId() const { return procedureId_; }
  void setProcedureId(const QString& id);

  bool exists() const { return form_ != nullptr; }
  QString formId() const;
  QString formCode() const;
  QString formTitle() const;
  QString legalBasis() const;
  QString generation() const { return generation_; }
  bool verified() const;
  int percent() const;
  int requiredCount() const;
  int doneCount() const;
  QString gateMessage() const;
  QString notice() const { return notice_; }

signals:
  void documentChanged();
  void procedureIdChanged();
  void evaluated();

private:
  struct Row {
    bool section = false;
    std::size_t state = 0; // index in FormEvaluation::sections or ::fields
  };
  void reevaluate();
  QString text(const cptt::forms::Text& t) const { return cptt::bridge::localized(t); }
  QString closedBy(const std::string& key) const;
  QVariantList options(const std::vector<cptt::forms::Option>& list) const;
  QVariantList columns(const cptt::forms::Field& f) const;
  QVariantList tableRows(const cptt::forms::Field& f, const cptt::Answer& a) const;

  QPointer<DossierDocument> doc_;
  QString procedureId_;
  const cptt::forms::FormDefinition* form_ = nullptr;
  std::unique_ptr<cptt::forms::FormEvaluation> eval_;
  std::unique_ptr<cptt::AnswerSet> answers_; // copy evaluated against (indices point into it)
  std::vector<Row> rows_;
  QStringList keys_; // row keys, to tell a structure change from a value change
  QString generation_;
  QString notice_;
};
