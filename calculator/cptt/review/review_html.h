#pragma once
// A printable summary of a review for the appraisal file: one self-contained UTF-8 HTML page in
// one language (no scripts, no external resources; print styles included). Every heading, label,
// verdict and finding text follows `language`; what people wrote (names, titles, comments,
// remarks) is shown as written.
#include "cptt/forms/form_catalog.h"
#include "cptt/model.h"
#include "cptt/review/integrity.h"
#include "cptt/review/review_file.h"

#include <string>

namespace cptt::review {

// `dossier` (the reviewed report's inputs) gives the procedures' names; `integrity` the digest
// status; `catalog` the forms' titles that name the comments' places (place_names.h). All may be
// null.
std::string review_summary_html(const Review& review, const Dossier* dossier = nullptr,
                                const IntegrityReport* integrity = nullptr,
                                Language language = Language::vi,
                                const forms::FormCatalog* catalog = nullptr);

// Text escaped for HTML element content and attribute values.
std::string html_escape(std::string_view text);

} // namespace cptt::review
