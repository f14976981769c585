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

namespace review_test {

inline const char* const tamperFrom = "annual=\"3750000000\"";
inline const char* const tamperTo = "annual=\"3750000001\"";

// Writes total.report.xml, tampered.report.xml and forms.report.xml (a filled form 02 with
// missing reasons) into `dir`; false when something is missing.
inline bool writeReports(const QString& dir) {
  const cptt::DossierLoad load =
      cptt::load_dossier_file(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml");
  if (!load.result)
    return false;
  cptt::ReportMetadata meta;
  meta.exported = "2026-11-29T00:00:00Z";
  for (const auto& f : ReferenceLibrary::instance()->data().files)
    meta.reference_data.emplace_back(f.id, f.version);
  const std::string text = cptt::write_report(load.dossier, cptt::compute(load.dossier), meta);
  std::string tampered = text;
  const std::size_t at = tampered.find(tamperFrom);
  if (at == std::string::npos || tampered.find(tamperFrom, at + 1) != std::string::npos)
    return false;
  tampered.replace(at, std::string(tamperFrom).size(), tamperTo);
  const cptt::DossierLoad forms = cptt::load_dossier_file(
      CPTT_DATA_DIR "/examples/forms/tt03-2022-02-missing-reasons.cptt.xml");
  if (!forms.result)
    return false;
  const std::string formsText =
      cptt::write_report(forms.dossier, cptt::compute(forms.dossier), meta);
  for (const auto& [name, content] :
       {std::pair{"total.report.xml", &text},
        std::pair{"tampered.report.xml", static_cast<const std::string*>(&tampered)},
        std::pair{"forms.report.xml", &formsText}}) {
    QFile f(QDir(dir).filePath(QString::fromLatin1(name)));
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(content->data(), static_cast<qint64>(content->size())) !=
            static_cast<qint64>(content->size()))
      return false;
  }
  return true;
}

} // namespace review_test
