#include "labels.h"

#include "appsettings.h"
#include "format.h"
#include "status.h"

#include "cptt/model.h"
#include "cptt/review/review_file.h"
#include "cptt/units.h"

using namespace cptt;
using namespace cptt::bridge;

namespace {

// id → label for each value, in the app's language.
template <class E> QVariantMap labels(std::initializer_list<E> values) {
  QVariantMap out;
  const Language language = appLanguage();
  for (E v : values)
    out.insert(toQ(to_id(v)), toQ(label(v, language)));
  return out;
}

constexpr Unit all_units[] = {Unit::days,           Unit::months,       Unit::years,
                              Unit::hours,          Unit::pages,        Unit::vnd,
                              Unit::people,         Unit::count,        Unit::percent,
                              Unit::vnd_per_year,   Unit::vnd_per_hour, Unit::times_per_year,
                              Unit::people_per_year};

template <class F> QVariantMap units(F text) {
  QVariantMap out;
  for (Unit u : all_units)
    out.insert(Labels::unitId(static_cast<int>(u)), toQ(text(u, appLanguage())));
  return out;
}

} // namespace

Labels::Labels(QObject* parent) : QObject(parent) {
  if (AppSettings* settings = AppSettings::instance())
    connect(settings, &AppSettings::languageChanged, this, &Labels::changed);
}

QString Labels::unitId(int unit) {
  switch (static_cast<Unit>(unit)) {
  case Unit::vnd_per_year:
    return QStringLiteral("VND-per-year");
  case Unit::vnd_per_hour:
    return QStringLiteral("VND-per-hour");
  case Unit::times_per_year:
    return QStringLiteral("times-per-year");
  case Unit::people_per_year:
    return QStringLiteral("people-per-year");
  default:
    return toQ(to_id(static_cast<Unit>(unit)));
  }
}

QVariantMap Labels::kind() const {
  return labels({ProcedureKind::new_procedure, ProcedureKind::amended, ProcedureKind::detailed,
                 ProcedureKind::abolished});
}
QVariantMap Labels::level() const {
  return labels({HandlingLevel::central, HandlingLevel::provincial, HandlingLevel::district,
                 HandlingLevel::commune});
}
QVariantMap Labels::scope() const {
  return labels({TravelScope::commune, TravelScope::district, TravelScope::provincial,
                 TravelScope::inter_regional, TravelScope::inter_macro_region});
}
QVariantMap Labels::area() const {
  return labels({Area::urban, Area::rural, Area::mountain_island});
}
QVariantMap Labels::unit() const {
  return units([](Unit u, Language l) { return label(u, l); });
}
QVariantMap Labels::symbol() const {
  return units([](Unit u, Language l) { return cptt::symbol(u, l); });
}
QVariantMap Labels::severity() const {
  return labels({Severity::error, Severity::warning, Severity::note});
}
QVariantMap Labels::findingStatus() const {
  using review::FindingStatus;
  QVariantMap out;
  for (FindingStatus s : {FindingStatus::open, FindingStatus::agreed, FindingStatus::dismissed})
    out.insert(toQ(review::to_id(s)), toQ(review::label(s, appLanguage())));
  return out;
}
QVariantMap Labels::verdict() const {
  using review::Verdict;
  QVariantMap out;
  for (Verdict v : {Verdict::dat, Verdict::can_bo_sung, Verdict::khong_dat})
    out.insert(toQ(review::to_id(v)), toQ(review::label(v, appLanguage())));
  return out;
}
