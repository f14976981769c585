#pragma once
// cptt respond REVIEW RESPONSE [--old OLD.report.xml] [--report NEW.report.xml] [--json]
// [--table OUT.odt|OUT.pdf|OUT.docx]: the drafter's answers to a review, each comment and kept
// finding with its state (review/response_check.h), and the printable table of answers.
#include "cptt/review/response_check.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace cptt::cli {

// 0 every item answered and nothing to look at, 3 items unanswered or warnings listed, 1 a file
// cannot be read or the response is wrong (another review, the wrong reports, an answer to
// nothing), 2 usage.
int run_respond_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The listing (respond_print.cpp).
struct RespondFiles {
  std::string review, response, old_report, new_report;
};
// What names the places answers point to: the revised report's dossier (else the reviewed one's)
// and the form definitions; either may be null.
struct Places {
  const Dossier* dossier = nullptr;
  const forms::FormCatalog* catalog = nullptr;
  Text name(const review::CommentAnchor& anchor) const;
};
void print_response_text(const review::ResponseStatus& status, const review::Review& review,
                         const RespondFiles& files, const Places& places, std::ostream& out);
void print_response_json(const review::ResponseStatus& status, const review::Review& review,
                         const review::Response& response, const RespondFiles& files,
                         const Places& places, std::ostream& out);

} // namespace cptt::cli
