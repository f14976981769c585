#include "referencemodels.h"

#include "appsettings.h"
#include "format.h"

#include "cptt/duration.h"
#include "cptt/units.h"

#include "cptt/reference/reference_data.h"

using namespace cptt;
using namespace cptt::bridge;

namespace {
constexpr auto valid = QAbstractItemModel::CheckIndexOption::IndexIsValid |
                       QAbstractItemModel::CheckIndexOption::ParentIsInvalid;

QString figureKindId(FigureKind k) {
  switch (k) {
  case FigureKind::gdp_per_capita:
    return QStringLiteral("gdp-per-capita");
  case FigureKind::gdp:
    return QStringLiteral("gdp");
  case FigureKind::population:
    return QStringLiteral("population");
  case FigureKind::average_monthly_income:
    return QStringLiteral("average-monthly-income");
  }
  return {};
}
} // namespace

// --- GDP figures ---

GdpFigureModel::GdpFigureModel(const ReferenceData* data, QObject* parent)
    : QAbstractListModel(parent), data_(data) {}
void GdpFigureModel::reload() {
  beginResetModel();
  endResetModel();
}
int GdpFigureModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(data_->gdp.size());
}
QVariant GdpFigureModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, valid))
    return {};
  const GdpFigure& f = data_->gdp[static_cast<std::size_t>(index.row())];
  switch (role) {
  case YearRole:
    return f.year;
  case KindRole:
    return figureKindId(f.kind);
  case Qt::DisplayRole:
  case ValueRole:
    return number(f.value) + QLatin1Char(' ') +
           (f.unit == "VND" ? toQ(symbol(Unit::vnd, appLanguage())) : toQ(f.unit));
  case CanonicalValueRole:
    return toQ(f.value.to_canonical());
  case UnitRole:
    return toQ(f.unit);
  case PublisherRole:
    return toQ(f.publisher);
  case SourceRole:
    return toQ(f.source);
  case NoteRole:
    return toQ(f.note);
  case VerifiedRole:
    return f.verified;
  case LegalBasisRole:
    return f.kind == FigureKind::gdp_per_capita && f.unit == "VND";
  default:
    return {};
  }
}
QHash<int, QByteArray> GdpFigureModel::roleNames() const {
  return {{YearRole, "year"},         {KindRole, "kind"},
          {ValueRole, "value"},       {CanonicalValueRole, "canonicalValue"},
          {UnitRole, "unit"},         {PublisherRole, "publisher"},
          {SourceRole, "source"},     {NoteRole, "note"},
          {VerifiedRole, "verified"}, {LegalBasisRole, "legalBasis"}};
}

// --- activity catalogue ---

CatalogueModel::CatalogueModel(const ReferenceData* data, QObject* parent)
    : QAbstractListModel(parent), data_(data) {}
void CatalogueModel::reload() {
  beginResetModel();
  endResetModel();
}
int CatalogueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(data_->catalogue.size());
}
QVariant CatalogueModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, valid))
    return {};
  const CatalogueActivity& a = data_->catalogue[static_cast<std::size_t>(index.row())];
  auto hours = [&a](Complexity c, bool canonical) -> QString {
    auto h = a.default_hours(c);
    if (!h)
      return {};
    return canonical ? toQ(h->to_canonical()) : number(*h);
  };
  auto duration = [&a](Complexity c) -> QString {
    auto h = a.default_hours(c);
    return h ? toQ(duration_text(*h, appLanguage())) : QString();
  };
  switch (role) {
  case ActivityIdRole:
    return toQ(a.id);
  case Qt::DisplayRole:
  case NameRole:
    return toQ(a.name_vi);
  case NameEnRole:
    return toQ(a.name_en);
  case NormKindRole:
    return toQ(to_id(a.norm));
  case SimpleHoursRole:
    return hours(Complexity::simple, false);
  case MediumHoursRole:
    return hours(Complexity::medium, false);
  case ComplexHoursRole:
    return hours(Complexity::complex, false);
  case SimpleCanonicalRole:
    return hours(Complexity::simple, true);
  case MediumCanonicalRole:
    return hours(Complexity::medium, true);
  case ComplexCanonicalRole:
    return hours(Complexity::complex, true);
  case BasisRole:
    return toQ(a.basis);
  case NoteRole:
    return toQ(a.note);
  case DisplayNameRole:
    return toQ(appLanguage() == Language::en && !a.name_en.empty() ? a.name_en : a.name_vi);
  case SimpleDurationRole:
    return duration(Complexity::simple);
  case MediumDurationRole:
    return duration(Complexity::medium);
  case ComplexDurationRole:
    return duration(Complexity::complex);
  default:
    return {};
  }
}
QHash<int, QByteArray> CatalogueModel::roleNames() const {
  return {{ActivityIdRole, "activityId"},
          {NameRole, "name"},
          {NameEnRole, "nameEn"},
          {NormKindRole, "normKind"},
          {SimpleHoursRole, "simpleHours"},
          {MediumHoursRole, "mediumHours"},
          {ComplexHoursRole, "complexHours"},
          {SimpleCanonicalRole, "simpleCanonical"},
          {MediumCanonicalRole, "mediumCanonical"},
          {ComplexCanonicalRole, "complexCanonical"},
          {BasisRole, "basis"},
          {NoteRole, "note"},
          {DisplayNameRole, "displayName"},
          {SimpleDurationRole, "simpleDuration"},
          {MediumDurationRole, "mediumDuration"},
          {ComplexDurationRole, "complexDuration"}};
}

// --- official time norms ---

// The norm as the dialog names it, in the app's language, from the core's labels of its scope:
// "Đi lại, mỗi lượt: cấp xã" / "Travel, per trip: commune level". The task added keeps the
// table's own Vietnamese label (document text).
QString TimeNormModel::normLabel(const TimeNorm& n) {
  if (n.kind == NormKind::form_filling)
    return tr("Điền đơn, tờ khai theo mẫu, mỗi trang");
  return tr("Đi lại, mỗi lượt: %1")
      .arg(n.scope ? toQ(label(*n.scope, appLanguage())) : toQ(n.label));
}

TimeNormModel::TimeNormModel(const ReferenceData* data, QObject* parent)
    : QAbstractListModel(parent), data_(data) {}
void TimeNormModel::reload() {
  beginResetModel();
  endResetModel();
}
int TimeNormModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(data_->norms.size());
}
QVariant TimeNormModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, valid))
    return {};
  const TimeNorm& n = data_->norms[static_cast<std::size_t>(index.row())];
  switch (role) {
  case NormKindRole:
    return toQ(to_id(n.kind));
  case ScopeRole:
    return n.scope ? toQ(to_id(*n.scope)) : QString();
  case Qt::DisplayRole:
  case LabelRole:
    return toQ(n.label);
  case PerRole:
    return toQ(n.per);
  case UrbanRole:
    return number(n.hours_for(Area::urban));
  case RuralRole:
    return number(n.hours_for(Area::rural));
  case MountainRole:
    return number(n.hours_for(Area::mountain_island));
  case HistoricalRole:
    return n.historical;
  case NoteRole:
    return toQ(n.note);
  case DisplayLabelRole:
    return normLabel(n);
  default:
    return {};
  }
}
int TimeNormModel::rowOf(const QString& kind, const QString& scope) const {
  for (std::size_t i = 0; i < data_->norms.size(); ++i) {
    const TimeNorm& n = data_->norms[i];
    if (toQ(to_id(n.kind)) == kind && (n.scope ? toQ(to_id(*n.scope)) : QString()) == scope)
      return static_cast<int>(i);
  }
  return -1;
}
QHash<int, QByteArray> TimeNormModel::roleNames() const {
  return {{NormKindRole, "normKind"}, {ScopeRole, "scope"},
          {LabelRole, "label"},       {PerRole, "per"},
          {UrbanRole, "urban"},       {RuralRole, "rural"},
          {MountainRole, "mountain"}, {HistoricalRole, "historical"},
          {NoteRole, "note"},         {DisplayLabelRole, "displayLabel"}};
}
