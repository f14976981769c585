#include "ratemodel.h"

#include "appsettings.h"
#include "dossierstore.h"
#include "format.h"

#include <algorithm>

using namespace cptt;
using namespace cptt::bridge;

namespace {

// What the rate is and its hourly figure; `computed` says whether the figure could be computed.
QString rateLabel(const IncomeRate& r, bool* computed) {
  QString text = toQ(label(r, appLanguage()));
  try {
    return text + QStringLiteral(" · ") + RateModel::tr("%1/giờ").arg(dong(hourly_rate(r)));
  } catch (const std::exception&) {
    if (computed)
      *computed = false;
    return text;
  }
}

} // namespace

RateModel::RateModel(const DossierStore* store, QObject* parent)
    : QAbstractListModel(parent), store_(store) {
  auto refresh = [this] {
    if (rowCount() > 0)
      emit dataChanged(index(0), index(rowCount() - 1));
  };
  using Kind = DossierChange::Kind;
  connect(store_, &DossierStore::aboutToChange, this, [this](const DossierChange& c) {
    if (c.kind == Kind::reset || c.kind == Kind::rateRows)
      beginResetModel();
  });
  connect(store_, &DossierStore::changed, this, [this, refresh](const DossierChange& c) {
    if (c.kind == Kind::reset || c.kind == Kind::rateRows)
      endResetModel();
    else if (c.kind == Kind::rateValues || c.kind == Kind::invalidEntries)
      refresh();
  });
  // Labels, computations and messages are made in the app's language.
  connect(AppSettings::instance(), &AppSettings::languageChanged, this, refresh);
}

int RateModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(store_->dossier().rates.size());
}

QString RateModel::typed(int row, const QString& field, const QString& stored) const {
  const auto* e =
      store_->invalidEntry(DossierStore::fieldKey({}, {}, QStringLiteral("rate"), row, field));
  return e ? e->text : stored;
}

QString RateModel::fieldError(int row, const QString& field) const {
  const auto* e =
      store_->invalidEntry(DossierStore::fieldKey({}, {}, QStringLiteral("rate"), row, field));
  return e ? e->message : QString();
}

QVariant RateModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const int row = index.row();
  const IncomeRate& r = store_->dossier().rates[static_cast<std::size_t>(row)];
  switch (role) {
  case Qt::DisplayRole:
  case RateIdRole:
    return toQ(r.id);
  case KindRole:
    return toQ(to_id(r.kind));
  case YearRole:
    return typed(row, QStringLiteral("year"), r.year > 0 ? QString::number(r.year) : QString());
  case YearErrorRole:
    return fieldError(row, QStringLiteral("year"));
  case GdpPerCapitaRole:
    return typed(row, QStringLiteral("gdpPerCapita"),
                 r.gdp_per_capita ? toQ(r.gdp_per_capita->to_vietnamese()) : QString());
  case GdpPerCapitaErrorRole:
    return fieldError(row, QStringLiteral("gdpPerCapita"));
  case RouteRole:
    return !r.gdp_per_capita && (r.gdp || r.population) ? QStringLiteral("gdp-population")
                                                        : QStringLiteral("per-capita");
  case GdpRole:
    return typed(row, QStringLiteral("gdp"), r.gdp ? toQ(r.gdp->to_vietnamese()) : QString());
  case GdpErrorRole:
    return fieldError(row, QStringLiteral("gdp"));
  case PopulationRole:
    return typed(row, QStringLiteral("population"),
                 r.population ? number(*r.population) : QString());
  case PopulationErrorRole:
    return fieldError(row, QStringLiteral("population"));
  case DirectRateRole:
    return typed(row, QStringLiteral("directRate"),
                 r.direct_rate ? toQ(r.direct_rate->to_vietnamese()) : QString());
  case DirectRateErrorRole:
    return fieldError(row, QStringLiteral("directRate"));
  case PublisherRole:
    return toQ(r.publisher);
  case SourceRole:
    return toQ(r.source);
  case HourlyRateRole:
    try {
      return dong(hourly_rate(r));
    } catch (const std::exception&) {
      return QStringLiteral("—");
    }
  case ComputationRole:
    try {
      const Money rate = hourly_rate(r);
      if (r.kind == IncomeRate::Kind::direct)
        return tr("Nhập trực tiếp: %1 một giờ").arg(dong(rate));
      const Decimal hours = Decimal::from_integer(working_hours_per_year);
      QString what = tr("GDP bình quân đầu người %1")
                         .arg(r.gdp_per_capita ? dong(*r.gdp_per_capita) : QString());
      if (!r.gdp_per_capita && r.gdp && r.population)
        what = tr("GDP %1 ÷ dân số %2").arg(dong(*r.gdp), number(*r.population));
      // The core's quotient before rounding, shown to make the rounding visible.
      const Decimal exact = hourly_rate_before_rounding(r, 3);
      return tr("%1 ÷ (%2 tháng × %3 ngày × %4 giờ = %5) = %6 → làm tròn nửa lên đến đồng: %7")
          .arg(what)
          .arg(months_per_year)
          .arg(working_days_per_month)
          .arg(hours_per_working_day)
          .arg(number(hours), number(exact), dong(rate));
    } catch (const std::exception&) {
      return QString();
    }
  case ErrorRole:
    try {
      hourly_rate(r);
      return QString();
    } catch (const std::exception& e) {
      return toQ(error_text(e).in(appLanguage()));
    }
  case LabelRole: {
    // "GDP bình quân đầu người năm 2023 · 48.248 đ/giờ"; a rate that reads like another one of
    // the list, or that cannot be computed yet, is told apart by its id.
    bool computed = true;
    const QString text = rateLabel(r, &computed);
    const auto& rates = store_->dossier().rates;
    const bool twin = std::any_of(rates.begin(), rates.end(), [&](const IncomeRate& other) {
      return &other != &r && rateLabel(other, nullptr) == text;
    });
    return twin || !computed ? text + QStringLiteral(" (") + toQ(r.id) + u')' : text;
  }
  default:
    return {};
  }
}

QHash<int, QByteArray> RateModel::roleNames() const {
  return {{RateIdRole, "rateId"},
          {KindRole, "kind"},
          {YearRole, "year"},
          {YearErrorRole, "yearError"},
          {GdpPerCapitaRole, "gdpPerCapita"},
          {GdpPerCapitaErrorRole, "gdpPerCapitaError"},
          {RouteRole, "route"},
          {GdpRole, "gdp"},
          {GdpErrorRole, "gdpError"},
          {PopulationRole, "population"},
          {PopulationErrorRole, "populationError"},
          {DirectRateRole, "directRate"},
          {DirectRateErrorRole, "directRateError"},
          {PublisherRole, "publisher"},
          {SourceRole, "source"},
          {HourlyRateRole, "hourlyRate"},
          {ComputationRole, "computation"},
          {ErrorRole, "error"},
          {LabelRole, "label"}};
}
