#pragma once
// Reports for the reviewer tests: the worked example case-dossier-total exported by the core
// (cptt::write_report), and a copy altered after export (P1's current annual cost raised by
// 1 đồng, digest left as it was).
#include "referencelibrary.h"

#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/reference/reference_data.h"
#include "cptt/report.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <string>

namespace review_test {

inline const char* const tamperFrom = "annual=\"3750000000\"";
inline const char* const tamperTo = "annual=\"3750000001\"";

// The report the core exports of `dossier` (cptt::write_report with the app's reference data and
// the export time `exported`), as text.
inline std::string reportText(const cptt::Dossier& dossier, const char* exported) {
  cptt::ReportMetadata meta;
  meta.exported = exported;
  for (const auto& f : ReferenceLibrary::instance()->data().files)
    meta.reference_data.emplace_back(f.id, f.version);
  return cptt::write_report(dossier, cptt::compute(dossier), meta);
}

inline bool writeFile(const QString& path, const std::string& text) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) &&
         f.write(text.data(), static_cast<qint64>(text.size())) == static_cast<qint64>(text.size());
}

// The report of `dossier` exported at `exported`, written to `path`; false when it could not be.
inline bool writeReport(const QString& path, const cptt::Dossier& dossier,
                        const char* exported = "2026-12-03T00:00:00Z") {
  return writeFile(path, reportText(dossier, exported));
}

// Writes total.report.xml, tampered.report.xml and forms.report.xml (a filled form 02 with
// missing reasons) into `dir`; false when something is missing.
inline bool writeReports(const QString& dir) {
  const cptt::DossierLoad load =
      cptt::load_dossier_file(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml");
  if (!load.result)
    return false;
  const std::string text = reportText(load.dossier, "2026-11-29T00:00:00Z");
  std::string tampered = text;
  const std::size_t at = tampered.find(tamperFrom);
  if (at == std::string::npos || tampered.find(tamperFrom, at + 1) != std::string::npos)
    return false;
  tampered.replace(at, std::string(tamperFrom).size(), tamperTo);
  const cptt::DossierLoad forms = cptt::load_dossier_file(
      CPTT_DATA_DIR "/examples/forms/tt03-2022-02-missing-reasons.cptt.xml");
  if (!forms.result)
    return false;
  const std::string formsText = reportText(forms.dossier, "2026-11-29T00:00:00Z");
  for (const auto& [name, content] :
       {std::pair{"total.report.xml", &text},
        std::pair{"tampered.report.xml", static_cast<const std::string*>(&tampered)},
        std::pair{"forms.report.xml", &formsText}})
    if (!writeFile(QDir(dir).filePath(QString::fromLatin1(name)), *content))
      return false;
  return true;
}

} // namespace review_test
