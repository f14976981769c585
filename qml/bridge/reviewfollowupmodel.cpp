#include "reviewfollowupmodel.h"

#include "appsettings.h"
#include "format.h"
#include "forms.h"
#include "reviewsource.h"

#include "cptt/review/place_names.h"
#include "cptt/review/review_rounds.h"

#include <QStringList>

using namespace cptt;
using namespace cptt::bridge;
using namespace cptt::review;

namespace {

// The response check's item of a target (the check lists the previous round's items in the
// same order as the follow-ups; matched by target all the same).
const ResponseItem* itemFor(const ResponseStatus& status, const ResponseTarget& target) {
  for (const ResponseItem& i : status.items)
    if (i.target == target)
      return &i;
  return nullptr;
}

} // namespace

ReviewFollowUpModel::ReviewFollowUpModel(QObject* parent, const ReviewSource& source)
    : QAbstractListModel(parent), session_(source) {}

void ReviewFollowUpModel::beginReset() { beginResetModel(); }

void ReviewFollowUpModel::endReset() {
  endResetModel();
  emit countChanged();
  emit statusesChanged();
}

void ReviewFollowUpModel::followUpChanged(int row) {
  const int n = rowCount();
  if (n == 0)
    return;
  const int first = row < 0 ? 0 : row;
  const int last = row < 0 ? n - 1 : row;
  if (last >= n)
    return;
  emit dataChanged(index(first), index(last), {StatusRole, StatusLabelRole, NoteRole});
  emit statusesChanged();
}

int ReviewFollowUpModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() || !session_.isOpen())
    return 0;
  return static_cast<int>(session_.review().follow_ups.size());
}

int ReviewFollowUpModel::openCount() const {
  int n = 0;
  if (session_.isOpen())
    for (const FollowUp& f : session_.review().follow_ups)
      n += f.status == FollowUpStatus::open ? 1 : 0;
  return n;
}

QVariant ReviewFollowUpModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Language l = appLanguage();
  const FollowUp& f = session_.review().follow_ups[static_cast<std::size_t>(index.row())];
  const ResponseItem* item = itemFor(session_.previousRound(), f.target);
  const std::optional<ResponseEntry>* entry = item ? &item->entry : nullptr;
  const bool answered = entry && entry->has_value();
  switch (role) {
  case TargetRole:
    return toQ(target_label(f.target, l));
  case KindRole:
    return f.target.kind == ResponseTarget::Kind::comment ? QStringLiteral("comment")
                                                          : QStringLiteral("finding");
  case PlaceRole:
    return item ? localized(item->place) : QString();
  case Qt::DisplayRole:
  case TextRole:
    return item ? localized(item->text) : QString();
  case AuthorRole:
    return item ? toQ(item->author) : QString();
  case AnswerRole:
    return toQ(to_id(item ? item->state : AnswerState::unanswered));
  case AnswerLabelRole:
    return toQ(label(item ? item->state : AnswerState::unanswered, l));
  case AnswerTextRole:
    return answered ? toQ((*entry)->text) : QString();
  case AnswerPlaceRole: {
    if (!answered || !(*entry)->anchor)
      return QString();
    const ReportReview* checked = session_.checked();
    return localized(
        place_name(*(*entry)->anchor, checked ? &checked->dossier : nullptr, &formCatalog()));
  }
  case PlaceChangeRole:
    return toQ(to_id(item ? item->place_change : PlaceChange::not_compared));
  case PlaceChangeLabelRole:
    return toQ(label(item ? item->place_change : PlaceChange::not_compared, l));
  case ChangesRole: {
    QStringList lines;
    if (item)
      for (const Change& c : item->changes)
        lines << toQ(change_text(c, l));
    return lines;
  }
  case StatusRole:
    return toQ(to_id(f.status));
  case StatusLabelRole:
    return toQ(label(f.status, l));
  case NoteRole:
    return toQ(f.note);
  default:
    return {};
  }
}

QHash<int, QByteArray> ReviewFollowUpModel::roleNames() const {
  return {{TargetRole, "target"},
          {KindRole, "kind"},
          {PlaceRole, "place"},
          {TextRole, "text"},
          {AuthorRole, "author"},
          {AnswerRole, "answer"},
          {AnswerLabelRole, "answerLabel"},
          {AnswerTextRole, "answerText"},
          {AnswerPlaceRole, "answerPlace"},
          {PlaceChangeRole, "placeChange"},
          {PlaceChangeLabelRole, "placeChangeLabel"},
          {ChangesRole, "changes"},
          {StatusRole, "status"},
          {StatusLabelRole, "statusLabel"},
          {NoteRole, "note"}};
}
