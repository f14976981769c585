#pragma once
// The open dossier, as QML sees it: file handling (new, open, save, save as, close, recovery
// copies), the edits and their undo/redo (QUndoStack), the draft's details and totals. The data and
// what the core computed from it are in the DossierStore, which the models observe; the document
// never computes a cost (the store asks the core) and formats what the core returns.
// Every exception from the core becomes data: `errorString`, a per-procedure error, or the message
// returned by an edit.
#include "checklistmodel.h"
#include "dossierstore.h"
#include "fields.h"
#include "procedurelistmodel.h"
#include "ratemodel.h"
#include "recovery.h"

#include "cptt/engine.h"
#include "cptt/figure_bounds.h"
#include "cptt/model.h"

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUndoStack>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class DossierDocument : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool isOpen READ isOpen NOTIFY openChanged)
  // Shown, not edited: a submitted report's inputs in reviewer mode (showReadOnly).
  Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY openChanged)
  Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged)
  Q_PROPERTY(QString displayName READ displayName NOTIFY filePathChanged)
  Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)
  Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
  Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY statusMessageChanged)
  Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
  Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
  Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
  Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
  // The recovery copy is written autosaveInterval ms after the last edit, and at the latest
  // autosaveMaxDelay ms after the first edit not yet in a copy (typing without a pause).
  Q_PROPERTY(int autosaveInterval READ autosaveInterval WRITE setAutosaveInterval NOTIFY
                 autosaveIntervalChanged)
  Q_PROPERTY(int autosaveMaxDelay READ autosaveMaxDelay WRITE setAutosaveMaxDelay NOTIFY
                 autosaveIntervalChanged)
  Q_PROPERTY(QString recoveryPath READ recoveryPath NOTIFY recoveryPathChanged)
  // A recovery copy of the opened file, left by a session that ended, newer than the file: the
  // screen offers to restore or discard it. Empty when there is none.
  Q_PROPERTY(QString newerRecoveryPath READ newerRecoveryPath NOTIFY newerRecoveryChanged)
  Q_PROPERTY(QString newerRecoveryWritten READ newerRecoveryWritten NOTIFY newerRecoveryChanged)
  Q_PROPERTY(QString lastExportPath READ lastExportPath NOTIFY lastExportPathChanged)
  // Draft details (docs/file-format.md <draft>).
  Q_PROPERTY(QString title READ title NOTIFY draftChanged)
  Q_PROPERTY(QString documentType READ documentType NOTIFY draftChanged)
  Q_PROPERTY(QString draftingBody READ draftingBody NOTIFY draftChanged)
  Q_PROPERTY(QString stage READ stage NOTIFY draftChanged)
  Q_PROPERTY(QString contactName READ contactName NOTIFY draftChanged)
  Q_PROPERTY(QString contactPhone READ contactPhone NOTIFY draftChanged)
  Q_PROPERTY(QString contactEmail READ contactEmail NOTIFY draftChanged)
  Q_PROPERTY(QString createdDate READ createdDate NOTIFY draftChanged)
  Q_PROPERTY(QString modifiedDate READ modifiedDate NOTIFY draftChanged)
  Q_PROPERTY(QString calculationYear READ calculationYear NOTIFY draftChanged)
  Q_PROPERTY(QString calculationYearError READ calculationYearError NOTIFY draftChanged)
  Q_PROPERTY(QString notes READ notes NOTIFY draftChanged)
  // The draft's totals, formatted ("1.234.567 đ"); computed by cptt::sum_totals.
  Q_PROPERTY(QString totalBefore READ totalBefore NOTIFY totalsChanged)
  Q_PROPERTY(QString totalAfter READ totalAfter NOTIFY totalsChanged)
  Q_PROPERTY(QString netChange READ netChange NOTIFY totalsChanged) // signed: "+35.409.920.000 đ"
  Q_PROPERTY(QString totalSaving READ totalSaving NOTIFY totalsChanged) // before − after, signed
  Q_PROPERTY(bool addsBurden READ addsBurden NOTIFY totalsChanged)
  Q_PROPERTY(QString addedByNew READ addedByNew NOTIFY totalsChanged)
  Q_PROPERTY(QString savedByAmendments READ savedByAmendments NOTIFY totalsChanged)
  Q_PROPERTY(QString savedByAbolitions READ savedByAbolitions NOTIFY totalsChanged)
  Q_PROPERTY(QString reductionPercent READ reductionPercent NOTIFY totalsChanged)
  Q_PROPERTY(int failedProcedureCount READ failedProcedureCount NOTIFY totalsChanged)
  // Why the draft's totals could not be added up (e.g. an overflow), or "": shown in place, never
  // as an error dialog (an edit never raises one).
  Q_PROPERTY(QString totalsError READ totalsError NOTIFY totalsChanged)
  Q_PROPERTY(int procedureCount READ procedureCount NOTIFY procedureCountChanged)
  Q_PROPERTY(QStringList rateIds READ rateIds NOTIFY rateIdsChanged)
  Q_PROPERTY(int invalidEntryCount READ invalidEntryCount NOTIFY invalidEntriesChanged)
  Q_PROPERTY(ProcedureListModel* procedures READ procedures CONSTANT)
  Q_PROPERTY(RateModel* rates READ rates CONSTANT)
  Q_PROPERTY(ChecklistModel* checklist READ checklist CONSTANT)

public:
  explicit DossierDocument(QObject* parent = nullptr);
  ~DossierDocument() override;

  // --- files ---
  Q_INVOKABLE void newDossier();
  // Accepts a local path or a file:// URL. On failure the open dossier is kept and errorString
  // holds the core's message with its file:line:col.
  Q_INVOKABLE bool open(const QString& pathOrUrl);
  // Opens a file as a new, unsaved dossier with its content (the worked examples): the first
  // Save asks where, so the example itself is never written over.
  Q_INVOKABLE bool openCopy(const QString& pathOrUrl);
  // Shows `dossier` for reading (the screens offer no edit; nothing is saved or recovered).
  void showReadOnly(cptt::Dossier dossier);
  Q_INVOKABLE bool save();
  Q_INVOKABLE bool saveAs(const QString& pathOrUrl);
  Q_INVOKABLE void close();
  // Opens a recovery copy left by a session that ended without saving; the dossier opens as
  // modified, named after the file it was a copy of.
  Q_INVOKABLE bool restoreRecovery(const QString& recoveryFile);
  // Deletes a recovery copy (the newer copy offered on open, or one on the start screen).
  Q_INVOKABLE void discardRecovery(const QString& recoveryFile);
  // Writes the recovery copy now (the timers do it a moment after the last change).
  Q_INVOKABLE bool writeRecoveryCopy();
  Q_INVOKABLE void clearError();
  // The user chose not to save: forget the recovery copy (the next action replaces the dossier).
  Q_INVOKABLE void discardChanges();
  // Writes the XML report (inputs, every computed figure, digest) through the core, atomically.
  Q_INVOKABLE bool exportReport(const QString& pathOrUrl);
  // The printable assessment (PDF, ODT or DOCX by the file's extension; DOCX is LibreOffice's
  // conversion of the ODT and takes a few seconds). A name with none of them gets
  // `defaultSuffix` (".pdf", ".odt" or ".docx", the file type chosen in the dialog; ".pdf" when
  // empty).
  Q_INVOKABLE bool exportDocument(const QString& pathOrUrl, const QString& defaultSuffix = {});
  // A file name to propose in a save dialog: the dossier's file name when it has one, else one
  // made from the draft's title (ASCII letters, digits and '-'), ending in `suffix`
  // (".cptt.xml", ".report.xml", ".pdf", ".odt", ".docx").
  Q_INVOKABLE QString suggestedFileName(const QString& suffix) const;
  // The first procedure of `kind` (any kind when empty or none of that kind), or "".
  Q_INVOKABLE QString firstProcedureId(const QString& kind) const;

  // --- undo ---
  Q_INVOKABLE void undo() { stack_.undo(); }
  Q_INVOKABLE void redo() { stack_.redo(); }

  // --- draft and rates ---
  // The edits of one field (fields.h names them): each returns the message when the typed value
  // was refused, or "".
  Q_INVOKABLE QString setDraftField(DraftField::Id field, const QString& value);
  Q_INVOKABLE int addDirectRate();
  // A rate derived from GDP per capita of `year` (text figures, canonical or Vietnamese style).
  Q_INVOKABLE int addDerivedRate(int year, const QString& gdpPerCapita, const QString& publisher,
                                 const QString& source);
  // The published route `route` of `year` (ReferenceLibrary.rateRoutes), with its figures,
  // publisher and source as the reference data has them. Returns the new row, or -1.
  Q_INVOKABLE int addPublishedRate(int year, int route);
  Q_INVOKABLE void removeRate(int row);
  // Typing a GDP per capita drops GDP and population, and the reverse.
  Q_INVOKABLE QString setRateField(int row, RateField::Id field, const QString& value);

  // --- procedures ---
  // kind: new, amended, detailed, abolished. Returns the new row.
  Q_INVOKABLE int addProcedure(const QString& kind);
  Q_INVOKABLE int duplicateProcedure(int row);
  Q_INVOKABLE void removeProcedure(int row);
  Q_INVOKABLE void moveProcedure(int from, int to);
  Q_INVOKABLE int indexOf(const QString& procedureId) const { return store_.indexOf(procedureId); }
  Q_INVOKABLE QString procedureIdAt(int row) const;
  Q_INVOKABLE QString setProcedureField(const QString& procedureId, ProcedureField::Id field,
                                        const QString& value);
  Q_INVOKABLE void copyCurrentToProposed(const QString& procedureId);

  // --- worksheets (variant: "current" or "proposed") ---
  Q_INVOKABLE QString setWorksheetField(const QString& procedureId, const QString& variant,
                                        WorksheetField::Id field, const QString& value);
  Q_INVOKABLE int addTask(const QString& procedureId, const QString& variant, const QString& name);
  // A task that follows an official time norm; hours = norm hours per unit × units are filled in
  // by the caller from the reference data (the bridge does not hold the norm table).
  Q_INVOKABLE int addCatalogueTask(const QString& procedureId, const QString& variant,
                                   const QString& name, const QString& ref,
                                   const QString& complexity, const QString& hours);
  Q_INVOKABLE int addNormTask(const QString& procedureId, const QString& variant,
                              const QString& name, const QString& normKind, const QString& scope,
                              const QString& area, const QString& units);
  Q_INVOKABLE void removeTask(const QString& procedureId, const QString& variant, int row);
  Q_INVOKABLE void moveTask(const QString& procedureId, const QString& variant, int from, int to);
  Q_INVOKABLE QString setTaskField(const QString& procedureId, const QString& variant, int row,
                                   TaskField::Id field, const QString& value);
  Q_INVOKABLE int addFee(const QString& procedureId, const QString& variant);
  Q_INVOKABLE void removeFee(const QString& procedureId, const QString& variant, int row);
  Q_INVOKABLE QString setFeeField(const QString& procedureId, const QString& variant, int row,
                                  FeeField::Id field, const QString& value);

  // --- answers to the assessment forms ---
  // part: "value" (yes / no / option ids / text / canonical number / date) or "reason".
  Q_INVOKABLE QString setAnswer(const QString& procedureId, const QString& formId,
                                const QString& key, const QString& part, const QString& text);
  // Table questions: rows of cells keyed by column id (rows are 0-based here, 1-based on screen).
  Q_INVOKABLE int addAnswerRow(const QString& procedureId, const QString& formId,
                               const QString& key);
  Q_INVOKABLE QString removeAnswerRow(const QString& procedureId, const QString& formId,
                                      const QString& key, int row);
  // An empty value removes the cell. Returns an error message or "".
  Q_INVOKABLE QString setAnswerCell(const QString& procedureId, const QString& formId,
                                    const QString& key, int row, const QString& column,
                                    const QString& value);

  // --- C++ side (models, tests): the store, and reading it ---
  const cptt::bridge::DossierStore& store() const { return store_; }
  const cptt::AnswerSet* answerSet(const QString& procedureId, const QString& formId) const {
    return store_.answerSet(procedureId, formId);
  }

  // --- the procedure's summary in the draft's summary document (Mẫu 01/ĐGTĐ-BC) ---
  // {available, text, composed, edited, source}: the text printed for the procedure (the
  // drafter's own, else the one the core composes from the assessment answers; "" when nothing
  // is answered), whether it is the drafter's, and the assessment form it comes from.
  // `available` is false when the dossier's forms have no such summary (other generations).
  Q_INVOKABLE QVariantMap assessmentSummary(const QString& procedureId) const;
  // The drafter's text (undoable; typing merges into one step). A text equal to the composed
  // one, or empty, is no text of the drafter's: the composed one is printed. Returns "" or why not.
  Q_INVOKABLE QString setAssessmentSummary(const QString& procedureId, const QString& text);
  const cptt::Dossier& dossier() const { return store_.dossier(); }
  const cptt::bridge::ProcedureState& state(int row) const { return store_.state(row); }
  const cptt::DossierTotals& totals() const { return store_.totals(); }
  // The text kept for an invalid entry at `key`, or nullptr.
  const cptt::bridge::InvalidEntry* invalidEntry(const QString& key) const {
    return store_.invalidEntry(key);
  }
  static QString fieldKey(const QString& procedureId, const QString& variant, const QString& part,
                          int row, const QString& field) {
    return cptt::bridge::DossierStore::fieldKey(procedureId, variant, part, row, field);
  }
  QUndoStack* undoStack() { return &stack_; }

  bool isOpen() const { return open_; }
  bool isReadOnly() const { return readOnly_; }
  QString filePath() const { return filePath_; }
  QString displayName() const;
  bool isModified() const { return !stack_.isClean() || forcedModified_; }
  QString errorString() const { return errorString_; }
  QString statusMessage() const { return statusMessage_; }
  bool canUndo() const { return stack_.canUndo(); }
  bool canRedo() const { return stack_.canRedo(); }
  QString undoText() const { return stack_.undoText(); }
  QString redoText() const { return stack_.redoText(); }
  int autosaveInterval() const { return autosave_.interval(); }
  void setAutosaveInterval(int ms);
  int autosaveMaxDelay() const { return autosaveMax_.interval(); }
  void setAutosaveMaxDelay(int ms);
  QString recoveryPath() const { return recoveryPath_; }
  QString newerRecoveryPath() const { return newerRecovery_ ? newerRecovery_->path : QString(); }
  QString newerRecoveryWritten() const;
  QString lastExportPath() const { return lastExportPath_; }

  QString title() const;
  QString documentType() const;
  QString draftingBody() const;
  QString stage() const;
  QString contactName() const;
  QString contactPhone() const;
  QString contactEmail() const;
  QString createdDate() const;
  QString modifiedDate() const;
  QString calculationYear() const;
  QString calculationYearError() const;
  QString notes() const;

  QString totalBefore() const;
  QString totalAfter() const;
  QString netChange() const;
  QString totalSaving() const;
  bool addsBurden() const;
  QString addedByNew() const;
  QString savedByAmendments() const;
  QString savedByAbolitions() const;
  QString reductionPercent() const;
  int failedProcedureCount() const { return store_.failedProcedureCount(); }
  QString totalsError() const;
  QStringList rateIds() const;
  int procedureCount() const { return store_.procedureCount(); }
  int invalidEntryCount() const { return static_cast<int>(store_.invalidEntries().size()); }

  ProcedureListModel* procedures() const { return procedures_; }
  RateModel* rates() const { return rates_; }
  ChecklistModel* checklist() const { return checklist_; }

signals:
  void openChanged();
  void filePathChanged();
  void modifiedChanged();
  void errorStringChanged();
  void errorOccurred(const QString& message);
  void statusMessageChanged();
  void undoStateChanged();
  void autosaveIntervalChanged();
  void recoveryPathChanged();
  void newerRecoveryChanged();
  void lastExportPathChanged();
  void draftChanged();
  void totalsChanged();
  void procedureCountChanged();
  void rateIdsChanged();
  void invalidEntriesChanged();
  // For QML (C++ observes store().changed): the answers to the forms changed; everything may have
  // changed (another dossier, texts in another language); another dossier was opened or made.
  void answersChanged();
  void resetDone();
  void dossierReplaced();

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void replaceDossier(cptt::Dossier dossier, const QString& path, bool open);
  void onStoreChanged(const cptt::bridge::DossierChange& change);
  void setError(const QString& message);
  void setStatus(const QString& message);
  // A status made again in the new language when the language changes.
  void setStatus(std::function<QString()> make);
  void setFilePath(const QString& path);
  void removeRecoveryCopy();
  void scheduleRecoveryCopy();
  void setNewerRecovery(std::optional<cptt::bridge::RecoveryCopy> copy);
  // Every edit of a part of the dossier goes through one of these (and pushProcedureEdit). An
  // edit that leaves the part as the file would write it (a value typed again, a choice made
  // again) pushes nothing, so the dossier stays unmodified; the screens are told to show the part
  // again, since an invalid entry may have been cleared.
  void pushDraftEdit(const cptt::Draft& after, const QString& text, const QString& key);
  void pushRatesEdit(const std::vector<cptt::IncomeRate>& after, const QString& text,
                     const QString& key);
  // `before` / `after`: the one answer set the edit changed (nullptr: none yet / removed).
  void pushAnswersEdit(std::vector<cptt::AnswerSet> after, const cptt::AnswerSet* before,
                       const cptt::AnswerSet* changed, const QString& text, const QString& key);
  // Pushes an edit of procedure `row` (merging consecutive edits of the same field `key`).
  void pushProcedureEdit(int row, const cptt::Procedure& after, const QString& text,
                         const QString& key);
  cptt::Worksheet* worksheetOf(cptt::Procedure& procedure, const QString& variant) const;
  QString acceptNumber(const QString& key, const QString& procedureId, const QString& text,
                       cptt::Figure figure, std::optional<cptt::Decimal>& out,
                       cptt::NumberStyle style = cptt::NumberStyle::either);
  // One edit of a worksheet: the undo step's text and merge key, or a typed value refused (the
  // procedure's screens are told, to show the kept text with its message).
  struct Step {
    QString text;
    QString key;
    bool refused = false;
    QString refuse(const QString& error) {
      refused = true;
      return error;
    }
  };
  // Applies `edit` to a copy of worksheet `variant` of the procedure and pushes the result as one
  // undo step; an error from `edit` (or a missing procedure or worksheet) pushes nothing.
  QString editWorksheet(const QString& procedureId, const QString& variant,
                        const std::function<QString(cptt::Worksheet&, Step&)>& edit);
  // Applies `edit` to a copy of the answer at `key` (created when missing) and pushes the change
  // as one undo step; typing with the same non-empty `typingId` merges into that step.
  QString editAnswer(const QString& procedureId, const QString& formId, const QString& key,
                     const QString& typingId, const std::function<QString(cptt::Answer&)>& edit);
  int appendTask(const QString& procedureId, const QString& variant, cptt::Task task);
  // Appends `task`; a non-empty `error` keeps `typedHours` with it as the new row's invalid hours.
  int appendTaskKeeping(const QString& procedureId, const QString& variant, cptt::Task task,
                        const QString& typedHours, const QString& error);

  cptt::bridge::DossierStore store_;
  QUndoStack stack_;
  QTimer autosave_;                         // restarted by every edit
  QTimer autosaveMax_;                      // started by the first edit after a copy; not restarted
  std::unique_ptr<QLockFile> recoveryLock_; // held while this session has a recovery copy
  std::optional<cptt::bridge::RecoveryCopy> newerRecovery_;
  bool open_ = false;
  bool readOnly_ = false;
  bool forcedModified_ = false;
  QString filePath_;
  QString errorString_;
  QString statusMessage_;
  std::function<QString()> statusMaker_;
  QString recoveryPath_;
  QString lastExportPath_;
  QString sessionId_;
  ProcedureListModel* procedures_ = nullptr;
  RateModel* rates_ = nullptr;
  ChecklistModel* checklist_ = nullptr;
};
