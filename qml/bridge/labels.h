#pragma once
// The core's labels for QML, in the app's language (cptt::label(…, Language)): procedure kinds,
// handling levels, subject types, travel scopes, areas, units, severities, finding statuses,
// verdicts. Each is a map from the core's id to its label, so a binding such as
// `Labels.kind[root.kind]` follows the language: the maps change when AppSettings.language does.
// QML never writes these labels itself.
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class Labels : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(QVariantMap kind READ kind NOTIFY changed)               // "new", "amended" …
  Q_PROPERTY(QVariantMap level READ level NOTIFY changed)             // "central" … "commune"
  Q_PROPERTY(QVariantMap subjectType READ subjectType NOTIFY changed) // "individual" … "both"
  Q_PROPERTY(QVariantMap scope READ scope NOTIFY changed)   // "commune" … "inter-macro-region"
  Q_PROPERTY(QVariantMap area READ area NOTIFY changed)     // "urban", "rural" …
  Q_PROPERTY(QVariantMap unit READ unit NOTIFY changed)     // the word: "hours", "VND" …
  Q_PROPERTY(QVariantMap symbol READ symbol NOTIFY changed) // beside a figure: "VND" → "đ"
  Q_PROPERTY(QVariantMap severity READ severity NOTIFY changed)
  Q_PROPERTY(QVariantMap findingStatus READ findingStatus NOTIFY changed)
  Q_PROPERTY(QVariantMap verdict READ verdict NOTIFY changed) // "dat", "can-bo-sung" …
  // The ids a choice offers, in the core's order: {kind: ["new", …], level, subjectType, scope,
  // area}. A screen lists `Labels.choices.kind` and shows `Labels.kind[id]` for each.
  Q_PROPERTY(QVariantMap choices READ choices CONSTANT)

public:
  explicit Labels(QObject* parent = nullptr);

  QVariantMap kind() const;
  QVariantMap level() const;
  QVariantMap subjectType() const;
  QVariantMap scope() const;
  QVariantMap area() const;
  QVariantMap unit() const;
  QVariantMap symbol() const;
  QVariantMap severity() const;
  QVariantMap findingStatus() const;
  QVariantMap verdict() const;
  static QVariantMap choices();

  // The unit ids of the maps: a form question's ("hours", "VND" …) and the worksheet figures'
  // ("VND-per-year", "VND-per-hour", "times-per-year", "people-per-year").
  static QString unitId(int unit);

signals:
  void changed();
};
