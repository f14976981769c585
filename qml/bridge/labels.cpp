#include "labels.h"

#include "appsettings.h"
#include "format.h"

#include "cptt/model.h"
#include "cptt/review/review_file.h"
#include "cptt/units.h"

using namespace cptt;
using namespace cptt::bridge;

namespace {

// id → label for each value, in the app's language.
template <class Values> QVariantMap labels(const Values& values) {
  QVariantMap out;
  const Language language = appLanguage();
  for (auto v : values)
    out.insert(toQ(to_id(v)), toQ(label(v, language)));
  return out;
}

template <class Values> QStringList ids(const Values& values) {
  QStringList out;
  for (auto v : values)
    out << toQ(to_id(v));
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

QVariantMap Labels::kind() const { return labels(all_procedure_kinds); }
QVariantMap Labels::level() const { return labels(all_handling_levels); }
QVariantMap Labels::subjectType() const { return labels(all_subject_types); }
QVariantMap Labels::scope() const { return labels(all_travel_scopes); }
QVariantMap Labels::area() const { return labels(all_areas); }
QVariantMap Labels::choices() {
  return {{QStringLiteral("kind"), ids(all_procedure_kinds)},
          {QStringLiteral("level"), ids(all_handling_levels)},
          {QStringLiteral("subjectType"), ids(all_subject_types)},
          {QStringLiteral("scope"), ids(all_travel_scopes)},
          {QStringLiteral("area"), ids(all_areas)}};
}
QVariantMap Labels::unit() const {
  return units([](Unit u, Language l) { return label(u, l); });
}
QVariantMap Labels::symbol() const {
  return units([](Unit u, Language l) { return cptt::symbol(u, l); });
}
QVariantMap Labels::severity() const {
  constexpr Severity severities[] = {Severity::error, Severity::warning, Severity::note};
  return labels(severities);
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
