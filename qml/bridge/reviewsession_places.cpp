// ReviewSession: the places of comments, for the reviewer's picker and the drafter's screens.
#include "reviewsession.h"

#include "document.h"
#include "format.h"
#include "forms.h"
#include "reviewplaces.h"

#include "cptt/forms/dossier_forms.h"
#include "cptt/review/place_names.h"
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
      connect(document_, signal, this, &ReviewSession::placesChanged);
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
  // Named as every printout and cptt name it; a place the dossier no longer has keeps its ids.
  return localized(
      review::place_name(review_.comments[static_cast<std::size_t>(commentIndex)].anchor,
                         placesDossier(), &formCatalog()));
}

QString ReviewSession::partLabel(int commentIndex) const {
  if (commentIndex < 0 || commentIndex >= static_cast<int>(review_.comments.size()))
    return {};
  return localized(review::place_within_procedure(
      review_.comments[static_cast<std::size_t>(commentIndex)].anchor, placesDossier(),
      &formCatalog()));
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
  // A finding's place is typed: a worksheet and task row, or a form's section and question.
  if (const Procedure* p = checked_->dossier.find_procedure(wanted.procedure_id);
      p && wanted.place.worksheet) {
    const auto& sheet =
        *wanted.place.worksheet == Worksheet::Variant::current ? p->current : p->proposed;
    if (sheet) {
      place[QStringLiteral("worksheet")] = worksheetId(*wanted.place.worksheet);
      place[QStringLiteral("task")] = wanted.place.task;
      return place;
    }
  }
  if (!wanted.place.section.empty() || !wanted.place.field.empty()) {
    place[QStringLiteral("section")] = toQ(wanted.place.section);
    place[QStringLiteral("field")] =
        toQ(wanted.place.component.empty() ? wanted.place.field : std::string());
    return place;
  }
  // A finding read back from a review file keeps its place in words only; the forms engine's own
  // finding, found again by what it says, names the question.
  if (!formFindings_) {
    forms::DossierFormsCheck check(formCatalog());
    const review::RecomputeResult& r = checked_->recompute;
    check.reset(checked_->dossier, r.computed ? &r.recomputed : nullptr);
    formFindings_ = check.findings();
  }
  for (const forms::FormFinding& f : *formFindings_) {
    if (f.code != wanted.code || f.procedure_id != wanted.procedure_id)
      continue;
    const Finding same = forms::to_finding(f);
    if (same.message(Language::vi) == wanted.message(Language::vi) &&
        same.place_text(Language::vi) == wanted.place_text(Language::vi)) {
      place[QStringLiteral("section")] = toQ(f.section);
      place[QStringLiteral("field")] = toQ(f.field);
      break;
    }
  }
  return place;
}
