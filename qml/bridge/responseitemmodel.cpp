#include "responseitemmodel.h"

#include "appsettings.h"
#include "format.h"

using namespace cptt;
using namespace cptt::bridge;
using namespace cptt::review;

ResponseItemModel::ResponseItemModel(QObject* parent, ResponseItemSource source)
    : QAbstractListModel(parent), source_(std::move(source)) {}

void ResponseItemModel::beginReset() { beginResetModel(); }

void ResponseItemModel::endReset() {
  endResetModel();
  emit countChanged();
}

int ResponseItemModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(source_.status().items.size());
}

void ResponseItemModel::statesChanged() {
  if (rowCount() > 0)
    emit dataChanged(index(0), index(rowCount() - 1));
}

namespace {

// The warning a finding of the response raises about this very item (unanswered, taken in but
// unchanged): they name the item in their arguments.
QString warningAbout(const ResponseStatus& status, const ResponseItem& item) {
  const std::string target = target_text(item.target, Language::vi);
  for (const Finding& f : status.findings)
    if (const Arg* a = f.find_arg("target");
        a && f.severity == Severity::warning && a->value.vi == target)
      return toQ(f.message(appLanguage()));
  return {};
}

} // namespace

QVariant ResponseItemModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount())
    return {};
  const ResponseStatus& status = source_.status();
  const ResponseItem& item = status.items[static_cast<std::size_t>(index.row())];
  const bool isComment = item.target.kind == ResponseTarget::Kind::comment;
  const Review* review = source_.review();
  const CommentAnchor* anchor =
      isComment && review
          ? &review->comments[static_cast<std::size_t>(item.target.comment - 1)].anchor
          : nullptr;
  const Language language = appLanguage();
  switch (role) {
  case NumberRole:
    return index.row() + 1;
  case KindRole:
    return isComment ? QStringLiteral("comment") : QStringLiteral("finding");
  case TargetRole:
    return toQ(target_text(item.target, language));
  case TextRole:
    return toQ(item.text.in(language));
  case PlaceRole: // named by the core from the forms, as on the drafter's other screens
    return toQ(item.place.in(language));
  case AuthorRole:
    return toQ(item.author);
  case ProcedureIdRole:
    return toQ(item.procedure_id);
  case SectionRole:
    return anchor ? toQ(anchor->section) : QString();
  case FieldRole:
    return anchor ? toQ(anchor->field) : QString();
  case WorksheetRole:
    return anchor && anchor->worksheet ? toQ(to_id(*anchor->worksheet)) : QString();
  case TaskRole:
    return anchor ? anchor->task : 0;
  case StateRole:
    return toQ(to_id(item.state));
  case StateTextRole:
    return toQ(label(item.state, language));
  case ResultRole:
    return source_.chosenResult(index.row());
  case AnswerRole:
    return item.entry ? toQ(item.entry->text) : QString();
  case PlaceChangeRole:
    return toQ(to_id(item.place_change));
  case WarningRole:
    return warningAbout(status, item);
  default:
    return {};
  }
}

QHash<int, QByteArray> ResponseItemModel::roleNames() const {
  return {{NumberRole, "number"},
          {KindRole, "kind"},
          {TargetRole, "target"},
          {TextRole, "text"},
          {PlaceRole, "place"},
          {AuthorRole, "author"},
          {ProcedureIdRole, "procedureId"},
          {SectionRole, "section"},
          {FieldRole, "field"},
          {WorksheetRole, "worksheet"},
          {TaskRole, "task"},
          {StateRole, "state"},
          {StateTextRole, "stateText"},
          {ResultRole, "result"},
          {AnswerRole, "answer"},
          {PlaceChangeRole, "placeChange"},
          {WarningRole, "warning"}};
}
