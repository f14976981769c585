#pragma once
// The exported report (docs/file-format.md): the dossier, every computed figure, metadata, and a
// SHA-256 digest of the canonical content, so a reviewer can tell whether anything changed after
// export. Reading gives back the dossier, the declared figures and whether the digest matches.
#include "cptt/dossier_xml.h"
#include "cptt/engine.h"

#include <string>
#include <utility>
#include <vector>

namespace cptt {

struct ReportMetadata {
  std::string generator = "cptt";
  std::string generator_version = CPTT_VERSION;
  std::string exported;                                            // ISO 8601 UTC time
  std::vector<std::pair<std::string, std::string>> reference_data; // data file id, version
  std::string rounding;                                            // the rule, in words
};

struct ReferenceData;
// What every export records, for `cptt export` and the app alike: the generator, the rounding
// rule and the version of each reference data file (the reviewer's N202 check reads them); the
// export time is set when the report is written, unless given.
ReportMetadata report_metadata(const ReferenceData* reference);

// The rounding rule printed in every report (the law gives none, so the report states ours),
// Vietnamese then English.
std::string rounding_rule_text();
// The current UTC time as 2026-11-29T16:00:00Z.
std::string utc_timestamp();

std::string write_report(const Dossier& dossier, const DossierResult& results,
                         ReportMetadata metadata);
// Computes and writes the report atomically; returns an empty text or the error message.
Text export_report_file(const Dossier& dossier, const std::string& path, ReportMetadata metadata);

enum class DigestStatus {
  matches,  // the content is what was exported
  mismatch, // the content changed after export
  missing,  // the report carries no digest
  invalid   // a digest the rule refuses: another algorithm than SHA-256, or more than one
};

struct ReportLoad {
  LoadResult result;
  Dossier dossier;
  ReportMetadata metadata;
  DossierResult declared; // the figures as the report states them
  DigestStatus digest = DigestStatus::missing;
  std::string declared_digest;
  std::string actual_digest;
  std::string digest_algorithm; // the first <digest>'s algorithm attribute, as written
};

ReportLoad load_report_file(const std::string& path);
ReportLoad load_report_text(std::string text, std::string name = "<memory>");

} // namespace cptt
