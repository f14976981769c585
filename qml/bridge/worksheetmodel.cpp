#include "worksheetmodel.h"

#include "appsettings.h"
#include "document.h"
#include "feemodel.h"
#include "format.h"
#include "referencelibrary.h"

#include "cptt/reference/reference_data.h"

using namespace cptt;
using namespace cptt::bridge;

WorksheetModel::WorksheetModel(QObject* parent) : QAbstractListModel(parent) {
  fees_ = new FeeModel(this, [this] { return FeeOwner{doc_, procedureId_, variant_, sheet()}; });
}

void WorksheetModel::setDocument(DossierDocument* doc) {
  if (doc == doc_)
    return;
  if (doc_)
    disconnect(&doc_->store(), nullptr, this, nullptr);
  doc_ = doc;
  if (doc_) {
    connect(&doc_->store(), &DossierStore::changed, this, [this](const DossierChange& c) {
      if (c.movesRows())
        rebind();
      else if (c.kind == DossierChange::Kind::procedure)
        onProcedureChanged(c.row);
      else if (c.kind == DossierChange::Kind::invalidEntries)
        onProcedureChanged(row_);
    });
  }
  rebind();
  emit documentChanged();
}

void WorksheetModel::setProcedureId(const QString& id) {
  if (id == procedureId_)
    return;
  procedureId_ = id;
  rebind();
  emit procedureIdChanged();
}

void WorksheetModel::setVariant(const QString& variant) {
  if (variant == variant_)
    return;
  variant_ = variant;
  rebind();
  emit variantChanged();
}

void WorksheetModel::rebind() {
  const int row = doc_ ? doc_->indexOf(procedureId_) : -1;
  beginResetModel();
  row_ = row;
  const Worksheet* w = sheet();
  shownRows_ = w ? static_cast<int>(w->tasks.size()) : 0;
  endResetModel();
  fees_->rebind();
  emit sheetChanged();
}

void WorksheetModel::onProcedureChanged(int row) {
  if (row < 0 || row != row_)
    return;
  const Worksheet* w = sheet();
  const int rows = w ? static_cast<int>(w->tasks.size()) : 0;
  if (rows != shownRows_) {
    beginResetModel();
    shownRows_ = rows;
    endResetModel();
  } else if (rows > 0) {
    emit dataChanged(index(0), index(rows - 1));
  }
  fees_->refresh();
  emit sheetChanged();
}

const Worksheet* WorksheetModel::sheet() const {
  if (!doc_ || row_ < 0 || row_ >= doc_->procedureCount())
    return nullptr;
  const Procedure& p = doc_->dossier().procedures[static_cast<std::size_t>(row_)];
  if (variant_ == QLatin1String("current"))
    return p.current ? &*p.current : nullptr;
  return p.proposed ? &*p.proposed : nullptr;
}

const WorksheetResult* WorksheetModel::result() const {
  if (!sheet())
    return nullptr;
  return doc_->state(row_).worksheet(variant_ == QLatin1String("current"));
}

QString WorksheetModel::typed(const QString& part, int row, const QString& field,
                              const QString& stored) const {
  const auto* e =
      doc_->invalidEntry(DossierDocument::fieldKey(procedureId_, variant_, part, row, field));
  return e ? e->text : stored;
}

QString WorksheetModel::fieldError(const QString& part, int row, const QString& field) const {
  if (!doc_)
    return {};
  const auto* e =
      doc_->invalidEntry(DossierDocument::fieldKey(procedureId_, variant_, part, row, field));
  return e ? e->message : QString();
}

// The activity's name as the catalogue gives it; its id when the catalogue does not know it (a
// dossier made with other reference data), so the drafter still sees where the task came from.
QString WorksheetModel::catalogueName(const std::string& ref) const {
  if (ref.empty())
    return {};
  const ReferenceLibrary* library = ReferenceLibrary::instance();
  const CatalogueActivity* a = library->loaded() ? library->data().find_activity(ref) : nullptr;
  if (!a)
    return toQ(ref);
  return toQ(appLanguage() == Language::en && !a->name_en.empty() ? a->name_en : a->name_vi);
}

int WorksheetModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : shownRows_;
}

QVariant WorksheetModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const Worksheet* w = sheet();
  if (!w || index.row() >= static_cast<int>(w->tasks.size()))
    return {};
  const int row = index.row();
  const Task& t = w->tasks[static_cast<std::size_t>(row)];
  const WorksheetResult* r = result();
  const TaskResult* res = r && row < static_cast<int>(r->tasks.size())
                              ? &r->tasks[static_cast<std::size_t>(row)]
                              : nullptr;
  const QString task = QStringLiteral("task");
  switch (role) {
  case Qt::DisplayRole:
  case NameRole:
    return toQ(t.name);
  case CatalogueRefRole:
    return toQ(t.catalogue_ref);
  case ComplexityRole:
    return toQ(t.complexity);
  case NormKindRole:
    return toQ(to_id(t.norm.kind));
  case NormScopeRole:
    return t.norm.kind == NormKind::travel ? toQ(to_id(t.norm.scope)) : QString();
  case NormAreaRole:
    return t.norm.kind != NormKind::none ? toQ(to_id(t.norm.area)) : QString();
  case NormUnitsRole:
    return number(t.norm.units);
  case HoursRole:
    return typed(task, row, QStringLiteral("hours"), number(t.hours));
  case HoursErrorRole:
    return fieldError(task, row, QStringLiteral("hours"));
  case ServicesRole:
    return typed(task, row, QStringLiteral("services"), toQ(t.services.to_vietnamese()));
  case ServicesErrorRole:
    return fieldError(task, row, QStringLiteral("services"));
  case ServicesNoteRole:
    return toQ(t.services_note);
  case OtherCostsRole:
    return typed(task, row, QStringLiteral("otherCosts"), toQ(t.other_costs.to_vietnamese()));
  case OtherCostsErrorRole:
    return fieldError(task, row, QStringLiteral("otherCosts"));
  case EvidenceRole:
    return toQ(t.evidence);
  case TimeCostRole:
    return res ? dong(res->time_cost) : QStringLiteral("—");
  case TaskCostRole:
    return res ? dong(res->task_cost) : QStringLiteral("—");
  case CatalogueNameRole:
    return catalogueName(t.catalogue_ref);
  case ComplexityLabelRole: {
    Complexity c;
    return !t.catalogue_ref.empty() && from_id(t.complexity, c) ? toQ(label(c, appLanguage()))
                                                                : QString();
  }
  case ExplanationRole:
    if (!res || !r)
      return QString();
    return tr("%1 giờ × %2 = %3; + dịch vụ %4 + chi phí khác %5 = %6")
        .arg(number(t.hours), dong(r->hourly_rate), dong(res->time_cost), dong(t.services),
             dong(t.other_costs), dong(res->task_cost));
  default:
    return {};
  }
}

QHash<int, QByteArray> WorksheetModel::roleNames() const {
  return {{NameRole, "name"},
          {CatalogueRefRole, "catalogueRef"},
          {ComplexityRole, "complexity"},
          {NormKindRole, "normKind"},
          {NormScopeRole, "normScope"},
          {NormAreaRole, "normArea"},
          {NormUnitsRole, "normUnits"},
          {HoursRole, "hours"},
          {HoursErrorRole, "hoursError"},
          {ServicesRole, "services"},
          {ServicesErrorRole, "servicesError"},
          {ServicesNoteRole, "servicesNote"},
          {OtherCostsRole, "otherCosts"},
          {OtherCostsErrorRole, "otherCostsError"},
          {EvidenceRole, "evidence"},
          {TimeCostRole, "timeCost"},
          {TaskCostRole, "taskCost"},
          {ExplanationRole, "explanation"},
          {CatalogueNameRole, "catalogueName"},
          {ComplexityLabelRole, "complexityLabel"}};
}

// --- edits ---

QString WorksheetModel::setTaskField(int row, TaskField::Id field, const QString& value) {
  return doc_ ? doc_->setTaskField(procedureId_, variant_, row, field, value) : QString();
}
QString WorksheetModel::setField(WorksheetField::Id field, const QString& value) {
  return doc_ ? doc_->setWorksheetField(procedureId_, variant_, field, value) : QString();
}
int WorksheetModel::addTask(const QString& name) {
  return doc_ ? doc_->addTask(procedureId_, variant_, name) : -1;
}
int WorksheetModel::addCatalogueTask(const QString& name, const QString& ref,
                                     const QString& complexity, const QString& hours) {
  return doc_ ? doc_->addCatalogueTask(procedureId_, variant_, name, ref, complexity, hours) : -1;
}
int WorksheetModel::addNormTask(const QString& name, const QString& normKind, const QString& scope,
                                const QString& area, const QString& units) {
  return doc_ ? doc_->addNormTask(procedureId_, variant_, name, normKind, scope, area, units) : -1;
}
void WorksheetModel::removeTask(int row) {
  if (doc_)
    doc_->removeTask(procedureId_, variant_, row);
}
void WorksheetModel::moveTask(int from, int to) {
  if (doc_)
    doc_->moveTask(procedureId_, variant_, from, to);
}

// --- worksheet properties ---

QString WorksheetModel::rateId() const { return sheet() ? toQ(sheet()->rate_id) : QString(); }
QString WorksheetModel::hourlyRate() const {
  return result() ? dong(result()->hourly_rate) : QStringLiteral("—");
}
QString WorksheetModel::frequency() const {
  return sheet() ? typed(QStringLiteral("sheet"), 0, QStringLiteral("frequency"),
                         number(sheet()->frequency))
                 : QString();
}
QString WorksheetModel::frequencyError() const {
  return fieldError(QStringLiteral("sheet"), 0, QStringLiteral("frequency"));
}
QString WorksheetModel::frequencyEvidence() const {
  return sheet() ? toQ(sheet()->frequency_evidence) : QString();
}
bool WorksheetModel::oneCase() const { return sheet() && sheet()->one_case; }
QString WorksheetModel::subjects() const {
  const Worksheet* w = sheet();
  if (!w)
    return {};
  return typed(QStringLiteral("sheet"), 0, QStringLiteral("subjects"),
               w->subjects ? number(*w->subjects) : QString());
}
QString WorksheetModel::subjectsError() const {
  return fieldError(QStringLiteral("sheet"), 0, QStringLiteral("subjects"));
}
QString WorksheetModel::subjectsEvidence() const {
  return sheet() ? toQ(sheet()->subjects_evidence) : QString();
}
QString WorksheetModel::tasksTotal() const {
  return result() ? dong(result()->tasks_total) : QStringLiteral("—");
}
QString WorksheetModel::feesTotal() const {
  return result() ? dong(result()->fees_total) : QStringLiteral("—");
}
QString WorksheetModel::costPerFiling() const {
  return result() ? dong(result()->cost_per_filing) : QStringLiteral("—");
}
QString WorksheetModel::annual() const {
  return result() ? dong(result()->annual) : QStringLiteral("—");
}
QString WorksheetModel::error() const {
  if (!sheet())
    return {};
  const ProcedureState& st = doc_->state(row_);
  if (result())
    return {};
  const Text& e = variant_ == QLatin1String("current") ? st.currentError : st.proposedError;
  return toQ((e.empty() ? st.error : e).in(appLanguage()));
}

QString WorksheetModel::travelScope() const {
  if (!doc_ || row_ < 0 || row_ >= doc_->procedureCount())
    return {};
  const HandlingLevel level = doc_->dossier().procedures[static_cast<std::size_t>(row_)].level;
  const std::optional<TravelScope> scope = travel_scope_for(level);
  return scope ? toQ(to_id(*scope)) : QString();
}

QString WorksheetModel::explanation() const {
  const WorksheetResult* r = result();
  if (!r)
    return {};
  QStringList lines;
  lines << tr("Mức thu nhập bình quân: %1 một giờ (%2)").arg(dong(r->hourly_rate), toQ(r->rate_id));
  lines << tr("Tổng chi phí các công việc: %1").arg(dong(r->tasks_total));
  lines << tr("Phí, lệ phí: %1").arg(dong(r->fees_total));
  lines << tr("Chi phí một lần thực hiện = %1 + %2 = %3")
               .arg(dong(r->tasks_total), dong(r->fees_total), dong(r->cost_per_filing));
  if (r->one_case)
    lines << tr("Chi phí hằng năm = %1 × %2 lần/năm × 1 trường hợp (không dự báo được số đối "
                "tượng) = %3")
                 .arg(dong(r->cost_per_filing), number(r->frequency), dong(r->annual));
  else
    lines << tr("Chi phí hằng năm = %1 × %2 lần/năm × %3 đối tượng = %4")
                 .arg(dong(r->cost_per_filing), number(r->frequency), number(r->subjects),
                      dong(r->annual));
  lines << tr("Mỗi số tiền được làm tròn nửa lên đến đồng, từ các số đã làm tròn mà nó dựa vào.");
  return lines.join(QLatin1Char('\n'));
}
