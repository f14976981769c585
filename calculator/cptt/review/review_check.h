#pragma once
// The whole mechanical review of one submitted report, shared by the app's reviewer mode and
// `cptt review`: integrity, recompute, completeness and plausibility, each a list of findings.
//
//   cptt::ReferenceLoad ref = cptt::load_reference_data(data_dir);
//   auto catalog = cptt::forms::FormCatalog::load_folder(forms_dir);
//   cptt::review::ReviewContext context{&ref.data, &catalog};
//   cptt::review::ReportReview r = cptt::review::review_report_file(path, context);
//   if (!r.loaded()) …r.load…; for (const cptt::Finding& f : r.findings()) …
//
// Thread safety: review_report* only read the context, so several threads may review different
// reports with the same context at once.
#include "cptt/finding.h"
#include "cptt/forms/form_catalog.h"
#include "cptt/reference/reference_data.h"
#include "cptt/report.h"
#include "cptt/review/integrity.h"
#include "cptt/review/recompute.h"
#include "cptt/rules.h"

#include <array>
#include <string>
#include <vector>

namespace cptt::review {

struct ReviewContext {
  const ReferenceData* reference = nullptr;  // null: no plausibility check, no version comparison
  const forms::FormCatalog* forms = nullptr; // null: no forms and component checks
  bool accept_without_digest = false;        // a report without a digest: warning, not error
  SignatureTrust trust{};                    // for the reports' signatures (cptt/signature.h)
};

// The dossier rules' context: the rate-year rule of the dossier's form generation (the 2014
// forms keep their own rule); the current rule without a forms catalogue.
RuleContext rule_context(const Dossier& dossier, const ReviewContext& context);

enum class Check { load, integrity, recompute, completeness, plausibility };
std::string_view to_id(Check check); // "load", "integrity", …

struct ReportReview {
  std::string file;
  LoadResult load;        // failed: the report could not be read; `load_findings` says why
  Dossier dossier;        // the report's inputs
  DossierResult declared; // the report's figures as declared
  IntegrityReport integrity;
  RecomputeResult recompute;
  std::vector<Finding> load_findings; // CPTT-E200 when the file cannot be read
  std::vector<Finding> integrity_findings;
  std::vector<Finding> recompute_findings;
  std::vector<Finding> completeness_findings;
  std::vector<Finding> plausibility_findings;

  bool loaded() const { return static_cast<bool>(load); }
  // Every finding: load, integrity, recompute, completeness, plausibility, each in its own order.
  std::vector<Finding> findings() const;
  // Indexed by Severity (error, warning, note).
  std::array<std::size_t, 3> counts() const;
  bool has_errors() const { return counts()[0] > 0; }
};

// Reviews an already loaded report (the app has it open); `signature`, when given, is the check
// of the report's signature over the same bytes the report was read from.
ReportReview review_report(ReportLoad load, const ReviewContext& context,
                           const SignatureCheck* signature = nullptr);
// The file and text forms read the bytes once and check their signature too.
ReportReview review_report_file(const std::string& path, const ReviewContext& context);
ReportReview review_report_text(const std::string& text, std::string name,
                                const ReviewContext& context);

// The finding of a report that cannot be read (CPTT-E200), located at the load error.
Finding load_failure_finding(const LoadResult& result);

} // namespace cptt::review
