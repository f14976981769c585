#include "reviewcommentmodel.h"
#include "reviewplaces.h"

#include "format.h"
#include "reviewsource.h"

using namespace cptt;
using namespace cptt::bridge;
using namespace cptt::review;

ReviewCommentModel::ReviewCommentModel(QObject* parent, const ReviewSource& source)
    : QAbstractListModel(parent), session_(source) {}

// The session resets the model before it changes the comments and ends it after.
void ReviewCommentModel::beginReset() { beginResetModel(); }

void ReviewCommentModel::endReset() {
  filterRows();
  endResetModel();
  emit countChanged();
}

void ReviewCommentModel::rebuild() {
  beginResetModel();
  filterRows();
  endResetModel();
  emit countChanged();
}

void ReviewCommentModel::filterRows() {
  rows_.clear();
  const auto& comments = session_.review().comments;
  for (int i = 0; i < static_cast<int>(comments.size()); ++i) {
    const std::string& id = comments[static_cast<std::size_t>(i)].anchor.procedure_id;
    if (procedure_.isEmpty() || (procedure_ == QLatin1String("-") && id.empty()) ||
        toQ(id) == procedure_)
      rows_.push_back(i);
  }
}

void ReviewCommentModel::setProcedureFilter(const QString& procedure) {
  if (procedure == procedure_)
    return;
  procedure_ = procedure;
  rebuild();
  emit procedureFilterChanged();
}

int ReviewCommentModel::countFor(const QString& procedureId) const {
  int n = 0;
  for (const Comment& c : session_.review().comments)
    n += toQ(c.anchor.procedure_id) == procedureId ? 1 : 0;
  return n;
}

int ReviewCommentModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant ReviewCommentModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const int i = rows_[static_cast<std::size_t>(index.row())];
  const Comment& c = session_.review().comments[static_cast<std::size_t>(i)];
  const CommentAnchor& a = c.anchor;
  const QString worksheet = worksheetId(a.worksheet);
  switch (role) {
  case ProcedureIdRole:
    return toQ(a.procedure_id);
  case FormIdRole:
    return toQ(a.form_id);
  case SectionRole:
    return toQ(a.section);
  case FieldRole:
    return toQ(a.field);
  case WorksheetRole:
    return worksheet;
  case TaskRole:
    return a.task;
  case PlaceRole:
    return session_.placeLabel(i);
  case PartRole:
    return session_.partLabel(i);
  case AuthorRole:
    return toQ(c.author);
  case DateRole:
    return toQ(c.date);
  case Qt::DisplayRole:
  case TextRole:
    return toQ(c.text);
  case CommentIndexRole:
    return i;
  default:
    return {};
  }
}

QHash<int, QByteArray> ReviewCommentModel::roleNames() const {
  return {{ProcedureIdRole, "procedureId"},
          {FormIdRole, "formId"},
          {SectionRole, "section"},
          {FieldRole, "field"},
          {WorksheetRole, "worksheet"},
          {TaskRole, "task"},
          {PlaceRole, "place"},
          {PartRole, "part"},
          {AuthorRole, "author"},
          {DateRole, "date"},
          {TextRole, "text"},
          {CommentIndexRole, "commentIndex"}};
}
