#include "document.h"
#include "cptt_render.h"

#include "appsettings.h"
#include "checklistmodel.h"
#include "format.h"
#include "forms.h"
#include "procedurelistmodel.h"
#include "ratemodel.h"
#include "recovery.h"
#include "referencelibrary.h"

#include "cptt/atomic_file.h"
#include "cptt/dossier_xml.h"
#include "cptt/reference/reference_data.h"
#include "cptt/report.h"

#include <QCoreApplication>
#include <QEvent>
#include <QUuid>

using namespace cptt;
using namespace cptt::bridge;

DossierDocument::DossierDocument(QObject* parent)
    : QObject(parent), sessionId_(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
  procedures_ = new ProcedureListModel(this);
  rates_ = new RateModel(this);
  checklist_ = new ChecklistModel(this);
  // A copy 2 s after the last edit, and at most 10 s after the first one it does not hold yet:
  // a note typed a moment before the session is killed is in the copy.
  autosave_.setSingleShot(true);
  autosave_.setInterval(2000);
  autosaveMax_.setSingleShot(true);
  autosaveMax_.setInterval(10000);
  const auto writeCopy = [this] {
    autosave_.stop();
    autosaveMax_.stop();
    if (isModified())
      writeRecoveryCopy();
  };
  connect(&autosave_, &QTimer::timeout, this, writeCopy);
  connect(&autosaveMax_, &QTimer::timeout, this, writeCopy);
  connect(&stack_, &QUndoStack::cleanChanged, this, &DossierDocument::modifiedChanged);
  // Also emitted when a keystroke merges into the step being typed.
  connect(&stack_, &QUndoStack::indexChanged, this, [this] {
    emit undoStateChanged();
    if (open_ && isModified())
      scheduleRecoveryCopy();
    if (open_ && !isModified())
      removeRecoveryCopy();
  });
  connect(&stack_, &QUndoStack::undoTextChanged, this, &DossierDocument::undoStateChanged);
  connect(&stack_, &QUndoStack::redoTextChanged, this, &DossierDocument::undoStateChanged);
  QCoreApplication::instance()->installEventFilter(this);
}

DossierDocument::~DossierDocument() {
  // The stack outlives the members declared after it and signals while it clears: not to us.
  disconnect(&stack_, nullptr, this, nullptr);
  // A clean document leaves no recovery copy; a modified one keeps it (the app may be closing
  // after the user chose not to save, in which case close() already removed it).
  if (!isModified())
    removeRecoveryCopy();
}

bool DossierDocument::eventFilter(QObject* watched, QEvent* event) {
  if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
    // Texts the bridge formats (explanations, checklist, the status line) follow the new
    // language.
    if (statusMaker_) {
      statusMessage_ = statusMaker_();
      emit statusMessageChanged();
    }
    emit aboutToReset();
    emit resetDone();
    emit totalsChanged();
  }
  return QObject::eventFilter(watched, event);
}

QString DossierDocument::firstProcedureId(const QString& kind) const {
  for (const Procedure& p : dossier_.procedures)
    if (toQ(to_id(p.kind)) == kind)
      return toQ(p.id);
  return dossier_.procedures.empty() ? QString() : toQ(dossier_.procedures.front().id);
}

void DossierDocument::setError(const QString& message) {
  errorString_ = message;
  emit errorStringChanged();
  if (!message.isEmpty())
    emit errorOccurred(message);
}

void DossierDocument::clearError() {
  if (errorString_.isEmpty())
    return;
  errorString_.clear();
  emit errorStringChanged();
}

void DossierDocument::setStatus(const QString& message) {
  statusMaker_ = nullptr;
  statusMessage_ = message;
  emit statusMessageChanged();
}

void DossierDocument::setStatus(std::function<QString()> make) {
  statusMaker_ = std::move(make);
  statusMessage_ = statusMaker_();
  emit statusMessageChanged();
}

// --- results (asked from the core) ---

void DossierDocument::recompute(int row) {
  ProcedureState st;
  const Procedure& p = dossier_.procedures[static_cast<std::size_t>(row)];
  try {
    st.result = compute_procedure(p, dossier_);
  } catch (const std::exception& e) {
    st.error = error_text(e);
    if (p.current) {
      try {
        st.current = compute_worksheet(*p.current, dossier_);
      } catch (const std::exception& e2) {
        st.currentError = error_text(e2);
      }
    }
    if (p.proposed) {
      try {
        st.proposed = compute_worksheet(*p.proposed, dossier_);
      } catch (const std::exception& e2) {
        st.proposedError = error_text(e2);
      }
    }
  }
  ProcedureResult summary;
  summary.id = p.id;
  summary.kind = p.kind;
  if (st.result) {
    summary.before = st.result->before;
    summary.after = st.result->after;
    summary.saving = st.result->saving;
  }
  summaries_[static_cast<std::size_t>(row)] = std::move(summary);
  states_[static_cast<std::size_t>(row)] = std::move(st);
}

void DossierDocument::recomputeAll() {
  states_.assign(dossier_.procedures.size(), ProcedureState{});
  summaries_.assign(dossier_.procedures.size(), ProcedureResult{});
  for (int i = 0; i < static_cast<int>(states_.size()); ++i)
    recompute(i);
  recomputeTotals();
}

void DossierDocument::recomputeTotals() {
  failed_ = 0;
  totalsError_ = {};
  for (const ProcedureState& st : states_)
    if (!st.result)
      ++failed_;
  try {
    totals_ = sum_totals(summaries_);
  } catch (const std::exception& e) {
    // State shown in place (totals, summary, status bar), never an error dialog: this runs on
    // every keystroke, and a dialog would take the next keystrokes.
    totals_ = DossierTotals{};
    failed_ = static_cast<int>(states_.size());
    totalsError_ = error_text(e);
  }
  emit totalsChanged();
}

QString DossierDocument::totalsError() const {
  if (totalsError_.empty())
    return QString();
  return tr("Chưa cộng được tổng của dự thảo: %1").arg(toQ(totalsError_.in(appLanguage())));
}

QString DossierDocument::totalBefore() const { return dong(totals_.before); }
QString DossierDocument::totalAfter() const { return dong(totals_.after); }
QString DossierDocument::netChange() const {
  // The sign is part of the figure: a draft that adds burden shows "+".
  const QString plus = totals_.net_change.is_negative() || totals_.net_change.is_zero()
                           ? QString()
                           : QStringLiteral("+");
  return plus + dong(totals_.net_change);
}
QString DossierDocument::totalSaving() const { return dong(totals_.saving); }
bool DossierDocument::addsBurden() const {
  return !totals_.net_change.is_zero() && !totals_.net_change.is_negative();
}
QString DossierDocument::addedByNew() const { return dong(totals_.added_by_new); }
QString DossierDocument::savedByAmendments() const { return dong(totals_.saved_by_amendments); }
QString DossierDocument::savedByAbolitions() const { return dong(totals_.saved_by_abolitions); }
QString DossierDocument::reductionPercent() const { return percent(totals_.reduction_percent); }

// --- draft getters ---

QString DossierDocument::title() const { return toQ(dossier_.draft.title); }
QString DossierDocument::documentType() const { return toQ(dossier_.draft.document_type); }
QString DossierDocument::draftingBody() const { return toQ(dossier_.draft.drafting_body); }
QString DossierDocument::stage() const { return toQ(to_id(dossier_.draft.stage)); }
QString DossierDocument::contactName() const { return toQ(dossier_.draft.contact.name); }
QString DossierDocument::contactPhone() const { return toQ(dossier_.draft.contact.phone); }
QString DossierDocument::contactEmail() const { return toQ(dossier_.draft.contact.email); }
QString DossierDocument::createdDate() const { return toQ(dossier_.draft.created); }
QString DossierDocument::modifiedDate() const { return toQ(dossier_.draft.modified); }
QString DossierDocument::calculationYear() const {
  const QString key = fieldKey({}, {}, QStringLiteral("draft"), 0, QStringLiteral("year"));
  if (const InvalidEntry* e = invalidEntry(key))
    return e->text;
  return dossier_.draft.calculation_year > 0 ? QString::number(dossier_.draft.calculation_year)
                                             : QString();
}
QString DossierDocument::calculationYearError() const {
  const auto* e =
      invalidEntry(fieldKey({}, {}, QStringLiteral("draft"), 0, QStringLiteral("year")));
  return e ? e->message : QString();
}
QString DossierDocument::notes() const { return toQ(dossier_.draft.notes); }
