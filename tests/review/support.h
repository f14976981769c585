#pragma once
// Shared fixtures of the review tests: the reference data and forms loaded once, example reports
// written in memory, text edits, temporary folders.
#include "cptt/forms/form_catalog.h"
#include "cptt/reference/reference_data.h"
#include "cptt/report.h"
#include "cptt/review/review_check.h"

#include <filesystem>
#include <string>

namespace cptt::review::test {

const ReferenceData& reference();
const forms::FormCatalog& catalog();
// Reference data only (no forms): integrity, recompute and plausibility are checked.
ReviewContext plain_context();
ReviewContext full_context();

// The example dossier data/examples/NAME.cptt.xml (ADD_FAILURE when it does not load).
Dossier example(const std::string& name);
// The report of a dossier, as `cptt export` writes it, with a fixed export time.
std::string report_text(const Dossier& dossier);
std::string example_report(const std::string& name);

// Replaces the first occurrence of `from` (ADD_FAILURE when absent); returns the text.
std::string replace_first(std::string text, const std::string& from, const std::string& to);
// Replaces the digest with the digest of the (edited) content, as a forger would.
std::string resign(const std::string& report);

// A fresh folder under the system temp dir, unique per process and name.
std::filesystem::path temp_dir(const std::string& name);

} // namespace cptt::review::test
