#include "procedureeditor.h"

#include "appsettings.h"
#include "document.h"
#include "format.h"
#include "status.h"

using namespace cptt;
using namespace cptt::bridge;

ProcedureEditor::ProcedureEditor(QObject* parent) : QObject(parent) {}

void ProcedureEditor::setDocument(DossierDocument* doc) {
  if (doc == doc_)
    return;
  if (doc_)
    disconnect(&doc_->store(), nullptr, this, nullptr);
  doc_ = doc;
  if (doc_) {
    connect(&doc_->store(), &DossierStore::changed, this, [this](const DossierChange& c) {
      using Kind = DossierChange::Kind;
      if (c.movesRows())
        rebind();
      // The status shown depends on the answers and on the text kept for refused numbers.
      else if ((c.kind == Kind::procedure && c.row == row_) || c.kind == Kind::invalidEntries ||
               c.kind == Kind::answers)
        emit changed();
    });
  }
  rebind();
  emit documentChanged();
}

void ProcedureEditor::setProcedureId(const QString& id) {
  if (id == procedureId_)
    return;
  procedureId_ = id;
  rebind();
  emit procedureIdChanged();
}

void ProcedureEditor::rebind() {
  row_ = doc_ ? doc_->indexOf(procedureId_) : -1;
  emit changed();
}

QString ProcedureEditor::setField(ProcedureField::Id field, const QString& value) {
  return doc_ ? doc_->setProcedureField(procedureId_, field, value) : QString();
}

void ProcedureEditor::copyCurrentToProposed() {
  if (doc_)
    doc_->copyCurrentToProposed(procedureId_);
}

namespace {
const Procedure* procedureAt(const DossierDocument* doc, int row) {
  return doc && row >= 0 ? &doc->dossier().procedures[static_cast<std::size_t>(row)] : nullptr;
}
} // namespace

#define CPTT_TEXT(getter, expr)                                                                    \
  QString ProcedureEditor::getter() const {                                                        \
    const Procedure* p = procedureAt(doc_, row_);                                                  \
    return p ? (expr) : QString();                                                                 \
  }
CPTT_TEXT(name, toQ(p->name))
CPTT_TEXT(code, toQ(p->code))
CPTT_TEXT(field, toQ(p->field))
CPTT_TEXT(kind, toQ(to_id(p->kind)))
CPTT_TEXT(level, toQ(to_id(p->level)))
CPTT_TEXT(subjectType, toQ(to_id(p->subject_type)))
CPTT_TEXT(simplification, toQ(p->simplification))
#undef CPTT_TEXT

QString ProcedureEditor::nameError() const {
  if (row_ < 0)
    return {};
  for (const Problem& problem : procedureProblemList(doc_->store(), row_))
    if (problem.place == QLatin1String("general") && problem.target == QLatin1String("name"))
      return problem.message;
  return {};
}

QString ProcedureEditor::articles() const {
  const Procedure* p = procedureAt(doc_, row_);
  if (!p)
    return {};
  QStringList lines;
  for (const auto& a : p->articles)
    lines << toQ(a);
  return lines.join(QLatin1Char('\n'));
}

bool ProcedureEditor::hasCurrent() const {
  const Procedure* p = procedureAt(doc_, row_);
  return p && p->current.has_value();
}

bool ProcedureEditor::hasProposed() const {
  const Procedure* p = procedureAt(doc_, row_);
  return p && p->proposed.has_value();
}

QString ProcedureEditor::before() const {
  if (row_ < 0 || !doc_->state(row_).result)
    return QStringLiteral("—");
  return dong(doc_->state(row_).result->before);
}

QString ProcedureEditor::after() const {
  if (row_ < 0 || !doc_->state(row_).result)
    return QStringLiteral("—");
  return dong(doc_->state(row_).result->after);
}

QString ProcedureEditor::saving() const {
  if (row_ < 0 || !doc_->state(row_).result)
    return QStringLiteral("—");
  return dong(doc_->state(row_).result->saving);
}

QString ProcedureEditor::reductionPercent() const {
  if (row_ < 0 || !doc_->state(row_).result)
    return QStringLiteral("—");
  return percent(doc_->state(row_).result->reduction_percent);
}

QString ProcedureEditor::error() const {
  return row_ < 0 ? QString() : toQ(doc_->state(row_).error.in(appLanguage()));
}

QString ProcedureEditor::status() const {
  return row_ < 0 ? QString() : statusId(procedureStatus(doc_->store(), row_));
}

QString ProcedureEditor::statusDetail() const {
  return row_ < 0 ? QString() : procedureProblems(doc_->store(), row_).join(QLatin1Char('\n'));
}
