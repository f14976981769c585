#include "reviewchangesmodel.h"

#include "appsettings.h"
#include "format.h"
#include "forms.h"
#include "local_path.h"
#include "reviewsource.h"

#include "cptt/review/place_names.h"
#include "cptt/review/review_check.h"

#include <QFileInfo>

using namespace cptt;
using namespace cptt::bridge;
using namespace cptt::review;

namespace {

// "+250.000.000 đ", "-250.000.000 đ", "0 đ": which way the net change moved.
QString signedDong(const Money& m) {
  return (m.is_negative() || m.is_zero() ? QString() : QStringLiteral("+")) + dong(m);
}

// The change's place as a comment there would name it (the forms' titles, the task's name in the
// version it belongs to); a fee row, a rate or a component, which no comment sits at, as the diff
// names it.
Text changePlace(const Change& c, const Dossier* dossier) {
  if (c.place.fee == 0 && c.place.rate.empty() && c.place.component.empty()) {
    const CommentAnchor anchor{c.procedure_id, c.place.form_id,   c.place.section,
                               c.place.field,  c.place.worksheet, c.place.task};
    return c.procedure_id.empty() ? place_name(anchor, dossier, &formCatalog())
                                  : place_within_procedure(anchor, dossier, &formCatalog());
  }
  Place where = c.place; // a named input's name is the change's label already
  where.input.clear();
  return {where.text(Language::vi), where.text(Language::en)};
}

QString capitalized(QString s) {
  if (!s.isEmpty())
    s[0] = s[0].toUpper();
  return s;
}

} // namespace

ReviewChangesModel::ReviewChangesModel(QObject* parent, const ReviewSource& source)
    : QAbstractListModel(parent), session_(source) {
  // The values are shown in the app's language, the summary too.
  connect(AppSettings::instance(), &AppSettings::languageChanged, this, [this] {
    beginResetModel();
    endResetModel();
    emit countChanged();
  });
}

ReviewChangesModel::~ReviewChangesModel() = default;

void ReviewChangesModel::beginReset() { beginResetModel(); }

void ReviewChangesModel::endReset() {
  picked_.reset();
  pickedPath_.clear();
  setError({});
  rebuild();
  endResetModel();
  emit countChanged();
}

const Dossier* ReviewChangesModel::oldDossier() const {
  return picked_ ? &picked_->dossier : session_.previousDossier();
}

const Dossier* ReviewChangesModel::newDossier() const {
  const ReportReview* checked = session_.isOpen() ? session_.checked() : nullptr;
  return checked ? &checked->dossier : nullptr;
}

void ReviewChangesModel::rebuild() {
  diff_.reset();
  rows_.clear();
  const Dossier* a = oldDossier();
  const Dossier* b = newDossier();
  if (!a || !b)
    return;
  try {
    diff_ = diff_dossiers(*a, *b);
  } catch (const std::exception& e) {
    setError(toQ(error_text(e).in(appLanguage())));
    return;
  }
  // The core groups the changes by procedure: a procedure's row before its first change.
  for (std::size_t i = 0; i < diff_->changes.size(); ++i) {
    const std::string& id = diff_->changes[i].procedure_id;
    if (i == 0 || diff_->changes[i - 1].procedure_id != id)
      rows_.push_back({id, -1});
    rows_.push_back({id, static_cast<int>(i)});
  }
}

void ReviewChangesModel::setError(const QString& message) {
  if (message == errorString_)
    return;
  errorString_ = message;
  emit errorStringChanged();
}

bool ReviewChangesModel::compareWith(const QString& pathOrUrl) {
  const QString path = localPath(pathOrUrl);
  if (!newDossier()) {
    setError(tr("Hãy mở báo cáo cần thẩm định trước, rồi chọn báo cáo cũ để so sánh."));
    return false;
  }
  ReportLoad load = load_report_file(toStd(path));
  if (!load.result) {
    setError(toQ(load.result.describe(appLanguage())));
    return false;
  }
  try {
    (void)diff_dossiers(load.dossier, *newDossier()); // refused before anything is replaced
  } catch (const std::exception& e) {
    setError(toQ(error_text(e).in(appLanguage())));
    return false;
  }
  beginResetModel();
  picked_ = std::move(load);
  pickedPath_ = QFileInfo(path).absoluteFilePath();
  setError({});
  rebuild();
  endResetModel();
  emit countChanged();
  return true;
}

int ReviewChangesModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ReviewChangesModel::changeCount() const {
  return diff_ ? static_cast<int>(diff_->changes.size()) : 0;
}

QString ReviewChangesModel::oldReportPath() const {
  return picked_ ? pickedPath_ : session_.previousReportPath();
}

QString ReviewChangesModel::summary() const {
  if (!diff_)
    return {};
  const DossierDiff& d = *diff_;
  return tr("%1 thay đổi đầu vào, %2 số liệu thay đổi; thay đổi ròng của dự thảo: %3 → %4 (%5)")
      .arg(d.input_changes())
      .arg(d.figure_changes())
      .arg(dong(d.old_totals.net_change), dong(d.new_totals.net_change), signedDong(d.net_delta));
}

QString ReviewChangesModel::warning() const {
  if (!picked_ || picked_->digest == DigestStatus::matches)
    return {};
  return tr("Mã băm của báo cáo cũ không khớp hoặc không có: báo cáo đó có thể đã bị sửa sau khi "
            "xuất.");
}

QVariant ReviewChangesModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Row& row = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
  case KindRole:
    return row.change < 0 ? QStringLiteral("procedure") : QStringLiteral("change");
  case ProcedureIdRole:
    return toQ(row.procedure_id);
  case SelectableRole:
    return !row.procedure_id.empty() && newDossier()->find_procedure(row.procedure_id);
  default:
    break;
  }
  if (role == ProcedureRole || row.change < 0)
    return procedureData(row, role);
  return changeData(diff_->changes[static_cast<std::size_t>(row.change)], role);
}

QVariant ReviewChangesModel::procedureData(const Row& row, int role) const {
  const std::string& id = row.procedure_id;
  const bool added = !id.empty() && !oldDossier()->find_procedure(id);
  const bool removed = !id.empty() && !newDossier()->find_procedure(id);
  switch (role) {
  case Qt::DisplayRole:
  case ProcedureRole:
    return id.empty() ? localized(place_name({}, nullptr, nullptr))
                      : localized(procedure_place(id, removed ? oldDossier() : newDossier()));
  case ProcedureStateRole:
    return added     ? QStringLiteral("added")
           : removed ? QStringLiteral("removed")
                     : QStringLiteral("changed");
  case ProcedureStateLabelRole:
    return added ? tr("Thủ tục thêm") : removed ? tr("Thủ tục bỏ") : QString();
  case ShareRole:
    for (const ProcedureShare& s : diff_->shares)
      if (s.procedure_id == id) {
        const QString moved = tr("Thay đổi ròng của thủ tục: %1 → %2 (%3)")
                                  .arg(dong(s.old_net), dong(s.new_net), signedDong(s.delta));
        return s.percent
                   ? tr("%1, bằng %2 thay đổi ròng của dự thảo").arg(moved, percent(s.percent))
                   : moved;
      }
    return QString();
  default:
    return {};
  }
}

QVariant ReviewChangesModel::changeData(const Change& c, int role) const {
  const Language l = appLanguage();
  // A number is shown Vietnamese style in either language, as the app's other figures are (the
  // core's Vietnamese text of a number is the number alone).
  const bool numeric = c.old_number || c.new_number;
  auto value = [&](const Text& t) {
    return t.empty() ? tr("(trống)") : toQ(t.in(numeric ? Language::vi : l));
  };
  switch (role) {
  case Qt::DisplayRole:
    return toQ(change_text(c, l));
  case ChangeRole:
    return toQ(to_id(c.kind));
  case PlaceRole: {
    // The procedure (or the draft) as a whole: its heading names it already.
    const Place& p = c.place;
    if (p.form_id.empty() && !p.worksheet && p.fee == 0 && p.rate.empty() && p.component.empty())
      return QString();
    return capitalized(
        localized(changePlace(c, c.kind == ChangeKind::removed ? oldDossier() : newDossier())));
  }
  case LabelRole:
    return capitalized(toQ(c.label.in(l)));
  case OldValueRole:
    return c.kind == ChangeKind::added ? QString() : value(c.old_value);
  case NewValueRole:
    return c.kind == ChangeKind::removed ? QString() : value(c.new_value);
  case ValueTextRole:
    switch (c.kind) {
    case ChangeKind::added:
      return tr("thêm: %1").arg(value(c.new_value));
    case ChangeKind::removed:
      return tr("bỏ: %1").arg(value(c.old_value));
    case ChangeKind::changed:
      break;
    }
    return value(c.old_value) + QStringLiteral(" → ") + value(c.new_value);
  case FigureRole:
    return c.figure;
  default:
    return {};
  }
}

QHash<int, QByteArray> ReviewChangesModel::roleNames() const {
  return {{KindRole, "kind"},
          {ProcedureIdRole, "procedureId"},
          {ProcedureRole, "procedure"},
          {ProcedureStateRole, "procedureState"},
          {ProcedureStateLabelRole, "procedureStateLabel"},
          {ShareRole, "share"},
          {ChangeRole, "change"},
          {PlaceRole, "place"},
          {LabelRole, "label"},
          {OldValueRole, "oldValue"},
          {NewValueRole, "newValue"},
          {ValueTextRole, "valueText"},
          {FigureRole, "figure"},
          {SelectableRole, "selectable"}};
}
