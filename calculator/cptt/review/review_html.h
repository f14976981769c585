#pragma once
// A printable summary of a review for the appraisal file: one self-contained UTF-8 HTML page in
// one language (no scripts, no external resources; print styles included). Every heading, label,
// verdict and finding text follows `language`; what people wrote (names, titles, comments,
// remarks) is shown as written.
#include "cptt/model.h"
#include "cptt/review/integrity.h"
#include "cptt/review/review_file.h"

#include <string>

namespace cptt::review {

// `dossier` (the reviewed report's inputs) gives the procedures' names; `integrity` the digest
// status. Both may be null.
std::string review_summary_html(const Review& review, const Dossier* dossier = nullptr,
                                const IntegrityReport* integrity = nullptr,
                                Language language = Language::vi);

// Text escaped for HTML element content and attribute values.
std::string html_escape(std::string_view text);

// The place of a comment in words, as the summary shows it: "P1 (name) · biểu mẫu … · công việc
// 2", "Toàn bộ dự thảo". `dossier`, when given, names the procedure.
std::string anchor_text(const CommentAnchor& anchor, const Dossier* dossier, Language language);

} // namespace cptt::review
