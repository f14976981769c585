#pragma once
// Integrity of a submitted report: does its digest match its canonical content (or was it changed
// after export, or does it carry no digest), which format and reference-data versions it used, and
// how these compare with the reference data loaded here.
//
// Codes: CPTT-E201 digest mismatch, CPTT-E202 a digest the rule refuses (algorithm, duplicates),
// CPTT-E203 no digest (CPTT-W201 when the reviewer accepts reports without one), CPTT-N201
// reference-data version differs from the loaded one, CPTT-N202 the report names no
// reference-data version (docs/findings.md). The XML signature, when checked: CPTT-E204 invalid,
// CPTT-W204 untrusted or expired, CPTT-N204 valid, naming the signer.
#include "cptt/finding.h"
#include "cptt/reference/reference_data.h"
#include "cptt/report.h"
#include "cptt/signature.h"

#include <optional>
#include <string>
#include <vector>

namespace cptt::review {

struct ReferenceVersionDifference {
  std::string id;
  std::string report_version; // as the report states it
  std::string loaded_version; // of the reference data loaded here; empty when not loaded
};

struct IntegrityReport {
  DigestStatus digest = DigestStatus::missing;
  std::string declared_digest; // as written in the report (empty when missing)
  std::string actual_digest;   // SHA-256 of the canonical content as read
  int format_version = 0;      // of the report file
  std::string generator;       // "cptt"
  std::string generator_version;
  std::string exported;                                            // ISO 8601 UTC time
  std::vector<std::pair<std::string, std::string>> reference_data; // id, version, as reported
  std::vector<ReferenceVersionDifference> reference_differences;
  std::optional<SignatureCheck> signature; // empty when the signature was not checked
};

std::string_view to_id(DigestStatus status); // "matches", "mismatch", "missing"
std::string_view label_vi(DigestStatus status);
std::string_view label(DigestStatus status, Language language);

struct IntegrityOptions {
  const ReferenceData* reference = nullptr;  // null: no comparison of versions
  bool accept_without_digest = false;        // a report without a digest: a warning, not an error
  const SignatureCheck* signature = nullptr; // the report's signature check; null: not checked
};

// "O — CN" of a signer, or whichever of the two it names.
std::string signer_text(const SignerSubject& subject);

// Appends its findings to `out`.
IntegrityReport check_integrity(const ReportLoad& load, const IntegrityOptions& options,
                                std::vector<Finding>& out);

} // namespace cptt::review
