#pragma once
// The fields an edit names, as QML enums (DraftField.Title, TaskField.Hours …): QML passes a
// field the compiler and qmllint know, never a string a typo turns into "unknown field". The
// name of a value ("title", "hours") keys the text kept for a refused entry (DossierStore).
#include <QMetaEnum>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace DraftField {
Q_NAMESPACE
QML_ELEMENT
enum Id {
  Title,
  DocumentType,
  DraftingBody,
  Stage, // "proposal" | "drafting"
  ContactName,
  ContactPhone,
  ContactEmail,
  CreatedDate,
  ModifiedDate,
  CalculationYear,
  Notes
};
Q_ENUM_NS(Id)
} // namespace DraftField

namespace RateField {
Q_NAMESPACE
QML_ELEMENT
// Typing a GDP per capita drops GDP and population, and the reverse.
enum Id { Year, GdpPerCapita, Gdp, Population, DirectRate, Publisher, Source };
Q_ENUM_NS(Id)
} // namespace RateField

namespace ProcedureField {
Q_NAMESPACE
QML_ELEMENT
enum Id {
  Name,
  Code,
  Sector,      // lĩnh vực
  Kind,        // new | amended | detailed | abolished
  Level,       // central | provincial | district | commune
  SubjectType, // individual | organisation | both
  Articles,    // one per line
  Simplification
};
Q_ENUM_NS(Id)
} // namespace ProcedureField

namespace WorksheetField {
Q_NAMESPACE
QML_ELEMENT
enum Id {
  Rate, // a rate id of the dossier
  Frequency,
  FrequencyEvidence,
  Subjects,
  OneCase, // "true" | "false"
  SubjectsEvidence
};
Q_ENUM_NS(Id)
} // namespace WorksheetField

namespace TaskField {
Q_NAMESPACE
QML_ELEMENT
enum Id { Name, Hours, Services, ServicesNote, OtherCosts, Evidence };
Q_ENUM_NS(Id)
} // namespace TaskField

namespace FeeField {
Q_NAMESPACE
QML_ELEMENT
enum Id { Name, Amount, LegalBasis };
Q_ENUM_NS(Id)
} // namespace FeeField

namespace cptt::bridge {

// "Title" → "title", "GdpPerCapita" → "gdpPerCapita": the value's name as keys and messages use.
template <class E> QString fieldName(E field) {
  QString name = QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(field));
  if (!name.isEmpty())
    name[0] = name[0].toLower();
  return name;
}

} // namespace cptt::bridge
