// ReviewSession: the places of comments, for the reviewer's picker and the drafter's screens.
#include "reviewsession.h"

#include "document.h"
#include "format.h"
#include "formmodel.h"
#include "reviewplaces.h"

#include "cptt/forms/dossier_forms.h"
#include "cptt/review/recompute.h"

using namespace cptt;
using namespace cptt::bridge;

DossierDocument* ReviewSession::document() const { return document_; }

void ReviewSession::setDocument(DossierDocument* document) {
  if (document == document_)
    return;
  if (document_)
    disconnect(document_, nullptr, this, nullptr);
  document_ = document;
  // Names and places follow the dossier's edits; the comments themselves do not change.
  if (document_)
    for (auto signal : {&DossierDocument::resetDone, &DossierDocument::procedureCountChanged})
      connect(document_, signal, this, [this] {
        ++commentRevision_;
        emit commentRevisionChanged();
      });
  emit documentChanged();
}

const Dossier* ReviewSession::placesDossier() const {
  if (checked_)
    return &checked_->dossier;
  return document_ && document_->isOpen() ? &document_->dossier() : nullptr;
}

QVariantList ReviewSession::commentPlaces(const QString& procedureId) const {
  const Dossier* d = placesDossier();
  return d ? bridge::commentPlaces(*d, toStd(procedureId)) : QVariantList();
}

QVariantList ReviewSession::commentsAt(const QString& procedureId, const QString& section,
                                       const QString& field, const QString& worksheet,
                                       int task) const {
  return bridge::commentsAt(review_, anchorOf(procedureId, {}, section, field, worksheet, task));
}

QString ReviewSession::placeLabel(int commentIndex) const {
  if (commentIndex < 0 || commentIndex >= static_cast<int>(review_.comments.size()))
    return {};
  const review::CommentAnchor& a = review_.comments[static_cast<std::size_t>(commentIndex)].anchor;
  if (a.procedure_id.empty())
    return tr("Toàn bộ dự thảo");
  QString where = procedureName(toQ(a.procedure_id));
  if (a.section.empty() && a.field.empty() && !a.worksheet)
    return where;
  const QString worksheet = worksheetId(a.worksheet);
  for (const QVariant& v : commentPlaces(toQ(a.procedure_id))) {
    const QVariantMap p = v.toMap();
    if (p.value(QStringLiteral("section")).toString() == toQ(a.section) &&
        p.value(QStringLiteral("field")).toString() == toQ(a.field) &&
        p.value(QStringLiteral("worksheet")).toString() == worksheet &&
        p.value(QStringLiteral("task")).toInt() == a.task)
      return where + QStringLiteral(" · ") + p.value(QStringLiteral("label")).toString();
  }
  // Not in the dossier any more (renamed key, removed row): the anchor as written.
  QStringList parts{where};
  if (!a.section.empty())
    parts << tr("phần %1").arg(toQ(a.section));
  if (!a.field.empty())
    parts << tr("mục %1").arg(toQ(a.field));
  if (a.worksheet)
    parts << (*a.worksheet == Worksheet::Variant::current ? tr("bảng tính hiện hành")
                                                          : tr("bảng tính đề xuất"));
  if (a.task > 0)
    parts << tr("công việc %1").arg(a.task);
  return parts.join(QStringLiteral(" · "));
}

QVariantMap ReviewSession::findingPlace(int findingIndex) const {
  QVariantMap place{{QStringLiteral("section"), QString()},
                    {QStringLiteral("field"), QString()},
                    {QStringLiteral("worksheet"), QString()},
                    {QStringLiteral("task"), 0},
                    {QStringLiteral("discrepancy"), discrepancyOf(findingIndex) != nullptr}};
  if (!checked_ || findingIndex < 0 || findingIndex >= static_cast<int>(review_.findings.size()))
    return place;
  const Finding& wanted = review_.findings[static_cast<std::size_t>(findingIndex)].finding;
  // A worksheet place is written by the core's place_text: find the one this finding begins with
  // (tasks from the last, so that "task 1" is not taken for "task 12").
  if (const Procedure* p = checked_->dossier.find_procedure(wanted.procedure_id))
    for (const auto& [variant, sheet] : {std::pair{Worksheet::Variant::current, &p->current},
                                         std::pair{Worksheet::Variant::proposed, &p->proposed}}) {
      if (!*sheet)
        continue;
      for (int task = static_cast<int>((*sheet)->tasks.size()); task >= 0; --task)
        if (wanted.place.starts_with(review::place_text(variant, task))) {
          place[QStringLiteral("worksheet")] = worksheetId(variant);
          place[QStringLiteral("task")] = task;
          return place;
        }
    }
  // The review keeps a finding's place in words; the forms engine's own finding, found again by
  // what it says, names the question.
  if (!formFindings_) {
    forms::DossierFormsCheck check(FormModel::catalog());
    const review::RecomputeResult& r = checked_->recompute;
    check.reset(checked_->dossier, r.computed ? &r.recomputed : nullptr);
    formFindings_ = check.findings();
  }
  for (const forms::FormFinding& f : *formFindings_) {
    if (f.code != wanted.code || f.procedure_id != wanted.procedure_id)
      continue;
    const Finding same = forms::to_finding(f);
    if (same.message == wanted.message && same.place == wanted.place) {
      place[QStringLiteral("section")] = toQ(f.section);
      place[QStringLiteral("field")] = toQ(f.field);
      break;
    }
  }
  return place;
}
