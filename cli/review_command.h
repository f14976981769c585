#pragma once
// `cptt review FILE... [--json] [--csv OUT] [--html OUT] [--data-dir DIR] [--forms-dir DIR]
// [--jobs N] [--review OUT [--previous-review R [--response A]]]`: the reviewer's mechanical checks
// of exported reports (integrity, recompute, completeness, plausibility), one summary line per
// file. Files are checked in parallel (one worker per core unless --jobs says otherwise); output
// keeps the input order. A file that cannot be read is reported (CPTT-E200) and the others are
// still checked. --html writes the printable summary of a new review of a single report, --review
// the review file itself (all findings open). With --previous-review R (and --response A, the
// drafter's answers to R, which must answer R: CPTT-E305), --review writes the next round: R and A
// kept as its earlier rounds, the findings decided in R keep their decision, one open follow-up per
// comment and agreed finding of R (review_rounds.h). Reference data: DIR/reference, else
// data_paths().data ($CPTT_DATA_DIR, installed, source); forms likewise with data_paths().forms.
// Exit code: 0 when no file has an error finding, 1 otherwise, 2 usage.
#include <iosfwd>
#include <string>
#include <vector>

namespace cptt::cli {

int run_review_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace cptt::cli
