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
  procedures_ = new ProcedureListModel(&store_, this);
  rates_ = new RateModel(&store_, this);
  checklist_ = new ChecklistModel(&store_, this);
  connect(&store_, &DossierStore::changed, this, &DossierDocument::onStoreChanged);
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
    store_.showAgain({DossierChange::Kind::reset});
    store_.showAgain({DossierChange::Kind::totals});
  }
  return QObject::eventFilter(watched, event);
}

// The document's properties follow the store's changes.
void DossierDocument::onStoreChanged(const DossierChange& change) {
  using Kind = DossierChange::Kind;
  switch (change.kind) {
  case Kind::reset:
    emit draftChanged();
    emit procedureCountChanged();
    emit rateIdsChanged();
    emit invalidEntriesChanged();
    emit answersChanged();
    emit resetDone();
    break;
  case Kind::draft:
    emit draftChanged();
    break;
  case Kind::rateRows:
  case Kind::rateValues:
    emit rateIdsChanged();
    break;
  case Kind::procedureInserted:
  case Kind::procedureRemoved:
    emit procedureCountChanged();
    break;
  case Kind::answers:
    emit answersChanged();
    break;
  case Kind::invalidEntries:
    emit invalidEntriesChanged();
    break;
  case Kind::totals:
    emit totalsChanged();
    break;
  case Kind::procedure:
  case Kind::procedureMoved:
    break;
  }
}

QString DossierDocument::firstProcedureId(const QString& kind) const {
  for (const Procedure& p : store_.dossier().procedures)
    if (toQ(to_id(p.kind)) == kind)
      return toQ(p.id);
  return store_.dossier().procedures.empty() ? QString()
                                             : toQ(store_.dossier().procedures.front().id);
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

QString DossierDocument::totalsError() const {
  if (store_.totalsError().empty())
    return QString();
  return tr("Chưa cộng được tổng của dự thảo: %1").arg(toQ(store_.totalsError().in(appLanguage())));
}

QString DossierDocument::totalBefore() const { return dong(store_.totals().before); }
QString DossierDocument::totalAfter() const { return dong(store_.totals().after); }
QString DossierDocument::netChange() const {
  // The sign is part of the figure: a draft that adds burden shows "+".
  const QString plus =
      store_.totals().net_change.is_negative() || store_.totals().net_change.is_zero()
          ? QString()
          : QStringLiteral("+");
  return plus + dong(store_.totals().net_change);
}
QString DossierDocument::totalSaving() const { return dong(store_.totals().saving); }
bool DossierDocument::addsBurden() const {
  return !store_.totals().net_change.is_zero() && !store_.totals().net_change.is_negative();
}
QString DossierDocument::addedByNew() const { return dong(store_.totals().added_by_new); }
QString DossierDocument::savedByAmendments() const {
  return dong(store_.totals().saved_by_amendments);
}
QString DossierDocument::savedByAbolitions() const {
  return dong(store_.totals().saved_by_abolitions);
}
QString DossierDocument::reductionPercent() const {
  return percent(store_.totals().reduction_percent);
}

// --- draft getters ---

QString DossierDocument::title() const { return toQ(store_.dossier().draft.title); }
QString DossierDocument::documentType() const { return toQ(store_.dossier().draft.document_type); }
QString DossierDocument::draftingBody() const { return toQ(store_.dossier().draft.drafting_body); }
QString DossierDocument::stage() const { return toQ(to_id(store_.dossier().draft.stage)); }
QString DossierDocument::contactName() const { return toQ(store_.dossier().draft.contact.name); }
QString DossierDocument::contactPhone() const { return toQ(store_.dossier().draft.contact.phone); }
QString DossierDocument::contactEmail() const { return toQ(store_.dossier().draft.contact.email); }
QString DossierDocument::createdDate() const { return toQ(store_.dossier().draft.created); }
QString DossierDocument::modifiedDate() const { return toQ(store_.dossier().draft.modified); }
QString DossierDocument::calculationYear() const {
  const QString key = fieldKey({}, {}, QStringLiteral("draft"), 0, QStringLiteral("year"));
  if (const InvalidEntry* e = invalidEntry(key))
    return e->text;
  return store_.dossier().draft.calculation_year > 0
             ? QString::number(store_.dossier().draft.calculation_year)
             : QString();
}
QString DossierDocument::calculationYearError() const {
  const auto* e =
      invalidEntry(fieldKey({}, {}, QStringLiteral("draft"), 0, QStringLiteral("year")));
  return e ? e->message : QString();
}
QString DossierDocument::notes() const { return toQ(store_.dossier().draft.notes); }
