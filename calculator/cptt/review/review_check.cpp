#include "cptt/review/review_check.h"

#include "cptt/file_read.h"

#include "cptt/forms/dossier_forms.h"
#include "cptt/review/completeness.h"
#include "cptt/review/plausibility.h"
#include "cptt/rules.h"
#include "cptt/xml_source.h"

namespace cptt::review {

std::string_view to_id(Check check) {
  switch (check) {
  case Check::load:
    return "load";
  case Check::integrity:
    return "integrity";
  case Check::recompute:
    return "recompute";
  case Check::completeness:
    return "completeness";
  case Check::plausibility:
    return "plausibility";
  }
  return {};
}

std::vector<Finding> ReportReview::findings() const {
  std::vector<Finding> all;
  all.reserve(load_findings.size() + integrity_findings.size() + recompute_findings.size() +
              completeness_findings.size() + plausibility_findings.size());
  for (const auto* part : {&load_findings, &integrity_findings, &recompute_findings,
                           &completeness_findings, &plausibility_findings})
    all.insert(all.end(), part->begin(), part->end());
  return all;
}

std::array<std::size_t, 3> ReportReview::counts() const {
  std::array<std::size_t, 3> n{};
  for (const auto* part : {&load_findings, &integrity_findings, &recompute_findings,
                           &completeness_findings, &plausibility_findings})
    for (const Finding& f : *part)
      ++n[static_cast<std::size_t>(f.severity)];
  return n;
}

RuleContext rule_context(const Dossier& dossier, const ReviewContext& context) {
  RuleContext rules;
  if (context.forms)
    rules.rate_year = rate_year_rule(forms::dossier_generation(dossier, *context.forms));
  return rules;
}

Finding load_failure_finding(const LoadResult& result) {
  return make_finding("CPTT-E200", "", {}, {result.line, result.column},
                      {arg("error", result.message)});
}

ReportReview review_report(ReportLoad load, const ReviewContext& context,
                           const SignatureCheck* signature) {
  ReportReview r;
  r.file = load.result.file;
  r.load = load.result;
  if (!load.result) {
    r.load_findings.push_back(load_failure_finding(load.result));
    return r;
  }
  r.integrity = check_integrity(load, {context.reference, context.accept_without_digest, signature},
                                r.integrity_findings);
  r.recompute = recompute(load.dossier, load.declared, r.recompute_findings);
  const std::vector<Finding> rules = check_rules(load.dossier, rule_context(load.dossier, context));
  // The recompute's figures serve the later checks, which would otherwise compute them again.
  const DossierResult* computed = r.recompute.computed ? &r.recompute.recomputed : nullptr;
  check_completeness(load.dossier, context.forms, rules, r.completeness_findings, computed);
  if (context.reference)
    check_plausibility(load.dossier, *context.reference, rules, r.plausibility_findings, computed);
  else
    for (const Finding& f : rules)
      if (is_plausibility_rule(f.code))
        r.plausibility_findings.push_back(f);
  r.dossier = std::move(load.dossier);
  r.declared = std::move(load.declared);
  return r;
}

ReportReview review_report_file(const std::string& path, const ReviewContext& context) {
  // One read for the reader and the signature check, so what is verified is what is read; a file
  // that cannot be read this way gets the reader's own message.
  FileBytes bytes = read_regular_file(path, default_max_file_bytes);
  if (bytes)
    return review_report_text(bytes.text(), path, context);
  ReportReview r = review_report(load_report_file(path), context);
  r.file = path;
  return r;
}

ReportReview review_report_text(const std::string& text, std::string name,
                                const ReviewContext& context) {
  // The strict reader first: a file it refuses (depth, DOCTYPE, bad characters) is never handed
  // to the signature's XML parser.
  ReportLoad load = load_report_text(text, name);
  SignatureCheck signature;
  if (load.result)
    signature = verify_document_signature(text, context.trust);
  ReportReview r = review_report(std::move(load), context, &signature);
  r.file = std::move(name);
  return r;
}

} // namespace cptt::review
