#include "referencelibrary.h"

#include "appsettings.h"
#include "format.h"

#include "cptt/data_paths.h"
#include "cptt/duration.h"
#include "cptt/engine.h"
#include "cptt/reference/reference_data.h"

#include <QCoreApplication>

#include <QQmlEngine>
#include <algorithm>

using namespace cptt;
using namespace cptt::bridge;

namespace {
ReferenceLibrary* the_library = nullptr;
}

ReferenceLibrary::ReferenceLibrary(QObject* parent)
    : QObject(parent), data_(std::make_unique<ReferenceData>()) {
  if (!the_library)
    the_library = this;
  gdp_ = new GdpFigureModel(data_.get(), this);
  catalogue_ = new CatalogueModel(data_.get(), this);
  norms_ = new TimeNormModel(data_.get(), this);
  load(defaultFolder());
  if (AppSettings* settings = AppSettings::instance())
    connect(settings, &AppSettings::languageChanged, this, [this] {
      catalogue_->reload();
      norms_->reload();
      emit reloaded();
    });
}

ReferenceLibrary::~ReferenceLibrary() {
  if (the_library == this)
    the_library = nullptr;
}

ReferenceLibrary* ReferenceLibrary::create(QQmlEngine*, QJSEngine*) {
  ReferenceLibrary* lib = instance();
  QQmlEngine::setObjectOwnership(lib, QQmlEngine::CppOwnership);
  return lib;
}

ReferenceLibrary* ReferenceLibrary::instance() {
  if (!the_library)
    the_library = new ReferenceLibrary(QCoreApplication::instance());
  return the_library;
}

QString ReferenceLibrary::defaultFolder() { return toQ(data_paths().data); }

QString ReferenceLibrary::errorString() const { return toQ(error_.in(appLanguage())); }

bool ReferenceLibrary::load(const QString& folder) {
  ReferenceLoad load;
  try {
    load = load_reference_data(toStd(folder));
  } catch (const std::exception& e) {
    load.result.status = LoadStatus::invalid_content;
    load.result.message = error_text(e);
  }
  folder_ = folder;
  loaded_ = static_cast<bool>(load.result);
  error_ = loaded_ ? Text{} : load.result.describe_both();
  *data_ = loaded_ ? std::move(load.data) : ReferenceData{};
  gdp_->reload();
  catalogue_->reload();
  norms_->reload();
  emit reloaded();
  return loaded_;
}

std::optional<LegalRate> ReferenceLibrary::legalRate(int calculationYear) const {
  if (!loaded_)
    return std::nullopt;
  return legal_rate_for(*data_, calculationYear);
}

namespace {

// A derived rate's inputs as the drafter reads them: "GDP bình quân đầu người 125.500.000 đ" or
// "GDP 12.847.600.000.000.000 đ ÷ dân số 102.300.000".
QString routeFigures(const IncomeRate& r) {
  if (r.gdp_per_capita)
    return ReferenceLibrary::tr("GDP bình quân đầu người %1").arg(dong(*r.gdp_per_capita));
  if (r.gdp && r.population)
    return ReferenceLibrary::tr("GDP %1 ÷ dân số %2").arg(dong(*r.gdp), number(*r.population));
  return {};
}

QString hourlyText(const IncomeRate& r) {
  try {
    return dong(hourly_rate(r));
  } catch (const std::exception& e) {
    return toQ(error_text(e).in(appLanguage()));
  }
}

} // namespace

QVariantMap ReferenceLibrary::legalRateFor(int calculationYear) const {
  QVariantMap out;
  const auto legal = legalRate(calculationYear);
  out[QStringLiteral("found")] = legal.has_value();
  if (!legal)
    return out;
  const IncomeRate& r = legal->rate;
  out[QStringLiteral("year")] = r.year;
  out[QStringLiteral("wantedYear")] = legal->wanted_year;
  out[QStringLiteral("fallback")] = legal->fallback;
  out[QStringLiteral("verified")] = legal->verified;
  out[QStringLiteral("gdpPerCapita")] =
      r.gdp_per_capita ? toQ(r.gdp_per_capita->to_canonical()) : QString();
  out[QStringLiteral("gdpPerCapitaText")] = r.gdp_per_capita ? dong(*r.gdp_per_capita) : QString();
  out[QStringLiteral("figures")] = routeFigures(r);
  out[QStringLiteral("publisher")] = toQ(r.publisher);
  out[QStringLiteral("source")] = toQ(r.source);
  out[QStringLiteral("hourlyRate")] = hourlyText(r);
  out[QStringLiteral("hasOtherRoute")] = legal->other_route.has_value();
  if (legal->other_route) {
    out[QStringLiteral("otherFigures")] = routeFigures(legal->other_route->rate);
    out[QStringLiteral("otherHourlyRate")] = hourlyText(legal->other_route->rate);
    out[QStringLiteral("otherVerified")] = legal->other_route->verified;
  }
  return out;
}

QVariantList ReferenceLibrary::rateRoutes() const {
  QVariantList out;
  std::vector<int> years;
  for (const GdpFigure& f : data_->gdp)
    if (std::find(years.begin(), years.end(), f.year) == years.end())
      years.push_back(f.year);
  std::sort(years.rbegin(), years.rend());
  for (int year : years) {
    const std::vector<LegalRoute> routes = legal_rate_routes(*data_, year);
    for (std::size_t i = 0; i < routes.size(); ++i) {
      const IncomeRate& r = routes[i].rate;
      out.push_back(QVariantMap{{QStringLiteral("year"), year},
                                {QStringLiteral("route"), static_cast<int>(i)},
                                {QStringLiteral("perCapita"), r.gdp_per_capita.has_value()},
                                {QStringLiteral("figures"), routeFigures(r)},
                                {QStringLiteral("hourlyRate"), hourlyText(r)},
                                {QStringLiteral("verified"), routes[i].verified}});
    }
  }
  return out;
}

QString ReferenceLibrary::normHours(const QString& kind, const QString& scope, const QString& area,
                                    const QString& units) const {
  Norm norm;
  if (!from_id(toStd(kind), norm.kind) || norm.kind == NormKind::none)
    return {};
  if (norm.kind == NormKind::travel && !from_id(toStd(scope), norm.scope))
    return {};
  if (!from_id(toStd(area), norm.area))
    return {};
  auto u = Decimal::try_parse(toStd(units.trimmed()), NumberStyle::either);
  if (!u || u->is_negative())
    return {};
  norm.units = Quantity(*u);
  auto hours = norm_hours(*data_, norm);
  return hours ? toQ(hours->to_canonical()) : QString();
}

QString ReferenceLibrary::incomeLegalBasis() const { return toQ(data_->income_legal_basis); }
QString ReferenceLibrary::normsLegalBasis() const { return toQ(data_->norms_legal_basis); }
bool ReferenceLibrary::normsVerified() const { return data_->norms_verified; }
QString ReferenceLibrary::catalogueNotice() const {
  if (!loaded_)
    return {};
  return tr("Số giờ mặc định của danh mục là giá trị tham khảo, không phải định mức chính thức: "
            "điều chỉnh theo thực tế của thủ tục và ghi rõ căn cứ. Đi lại và điền đơn, tờ khai "
            "tính theo định mức chính thức.");
}
bool ReferenceLibrary::catalogueVerified() const { return data_->catalogue_verified; }

QVariantMap ReferenceLibrary::normAt(int row) const {
  QVariantMap out;
  if (row < 0 || row >= static_cast<int>(data_->norms.size()))
    return out;
  const TimeNorm& n = data_->norms[static_cast<std::size_t>(row)];
  out[QStringLiteral("kind")] = toQ(to_id(n.kind));
  out[QStringLiteral("scope")] = n.scope ? toQ(to_id(*n.scope)) : QString();
  out[QStringLiteral("label")] = toQ(n.label);
  out[QStringLiteral("displayLabel")] = TimeNormModel::normLabel(n);
  out[QStringLiteral("per")] = toQ(n.per);
  return out;
}

QString ReferenceLibrary::displayNumber(const QString& canonical) const {
  auto d = Decimal::try_parse(toStd(canonical), NumberStyle::canonical);
  return d ? number(*d) : canonical;
}

QString ReferenceLibrary::durationText(const QString& canonicalHours) const {
  auto d = Decimal::try_parse(toStd(canonicalHours), NumberStyle::canonical);
  if (!d)
    return {};
  try {
    return toQ(duration_text(Quantity(*d), appLanguage()));
  } catch (const std::exception& e) {
    return toQ(error_text(e).in(appLanguage()));
  }
}
