#pragma once
// The reference data (data/reference): published GDP figures for the legal hourly rate, the
// official time norms, and the activity catalogue, loaded once through the core. A file that
// cannot be read becomes `errorString` with its file:line:col; the pickers are then empty.
#include "referencemodels.h"

#include "cptt/text.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace cptt {
struct ReferenceData;
struct LegalRate;
} // namespace cptt

class ReferenceLibrary : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(bool loaded READ loaded NOTIFY reloaded)
  Q_PROPERTY(QString errorString READ errorString NOTIFY reloaded)
  Q_PROPERTY(QString folder READ folder NOTIFY reloaded)
  Q_PROPERTY(QString incomeLegalBasis READ incomeLegalBasis NOTIFY reloaded)
  Q_PROPERTY(QString normsLegalBasis READ normsLegalBasis NOTIFY reloaded)
  Q_PROPERTY(bool normsVerified READ normsVerified NOTIFY reloaded)
  Q_PROPERTY(QString catalogueNotice READ catalogueNotice NOTIFY reloaded)
  Q_PROPERTY(bool catalogueVerified READ catalogueVerified NOTIFY reloaded)
  Q_PROPERTY(GdpFigureModel* gdpFigures READ gdpFigures CONSTANT)
  // The published routes to the legal rate, newest year first: {year, route (index for
  // DossierDocument.addPublishedRate), perCapita (true: GDP per capita; false: GDP ÷ population),
  // figures (the inputs as shown), hourlyRate ("59.422 đ"), verified}.
  Q_PROPERTY(QVariantList rateRoutes READ rateRoutes NOTIFY reloaded)
  Q_PROPERTY(CatalogueModel* catalogue READ catalogue CONSTANT)
  Q_PROPERTY(TimeNormModel* norms READ norms CONSTANT)

public:
  explicit ReferenceLibrary(QObject* parent = nullptr);
  ~ReferenceLibrary() override;
  static ReferenceLibrary* create(QQmlEngine* engine, QJSEngine* js);
  static ReferenceLibrary* instance();

  // Loads the data from `folder` (holding reference/ or the files themselves).
  Q_INVOKABLE bool load(const QString& folder);
  // The legal rate for a calculation year (GDP per capita of the year before, TT 03/2022):
  // {found, year, wantedYear, fallback, verified, gdpPerCapita (canonical), gdpPerCapitaText,
  //  figures (the chosen route's inputs as shown), publisher, source, hourlyRate ("48.248 đ"),
  //  and the other published route of the same year when there is one: hasOtherRoute,
  //  otherFigures, otherHourlyRate, otherVerified}; found is false when there is no figure.
  Q_INVOKABLE QVariantMap legalRateFor(int calculationYear) const;
  // Hours for an official norm × units, canonical text ("3" for 2 trips × 1.5 h), or "" when the
  // table has no such row or units is not a number.
  Q_INVOKABLE QString normHours(const QString& kind, const QString& scope, const QString& area,
                                const QString& units) const;

  // The norm at `row` of `norms`: {kind, scope, label (the table's, for the task), displayLabel
  // (in the app's language), per}; empty when out of range.
  Q_INVOKABLE QVariantMap normAt(int row) const;
  // A canonical number ("1.5") in Vietnamese style ("1,5"); the text itself when not a number.
  Q_INVOKABLE QString displayNumber(const QString& canonical) const;
  // Canonical hours ("2.25") in words, in the app's language ("2 giờ 15 phút"; the core's
  // duration_text); "" when not a number.
  Q_INVOKABLE QString durationText(const QString& canonicalHours) const;

  // The rate a new dossier starts with (nullopt when the data has none).
  std::optional<cptt::LegalRate> legalRate(int calculationYear) const;
  const cptt::ReferenceData& data() const { return *data_; }
  QVariantList rateRoutes() const;

  bool loaded() const { return loaded_; }
  // In the app's current language.
  QString errorString() const;
  QString folder() const { return folder_; }
  QString incomeLegalBasis() const;
  QString normsLegalBasis() const;
  bool normsVerified() const;
  // What the catalogue's defaults are, in the app's language (the file's own notice names files
  // and mixes both languages).
  QString catalogueNotice() const;
  bool catalogueVerified() const;
  GdpFigureModel* gdpFigures() const { return gdp_; }
  CatalogueModel* catalogue() const { return catalogue_; }
  TimeNormModel* norms() const { return norms_; }

  static QString defaultFolder();

signals:
  // Also when the app's language changes: the texts and the models' words follow it.
  void reloaded();

private:
  std::unique_ptr<cptt::ReferenceData> data_;
  bool loaded_ = false;
  cptt::Text error_; // the load error ("file:line:col: message"), empty when loaded
  QString folder_;
  GdpFigureModel* gdp_;
  CatalogueModel* catalogue_;
  TimeNormModel* norms_;
};
