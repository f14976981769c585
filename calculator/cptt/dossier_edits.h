#pragma once
// The drafter's edits to a dossier that carry a rule of the domain, kept here so that every front
// end makes them alike: the app's bridge wraps each in an undo step, a script could call them as
// they are. Typed values are checked with the readers' own rules, so an edit never makes a file
// that the program refuses to open.
#include "cptt/model.h"
#include "cptt/text.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cptt::edits {

// A worksheet with no rows, on the dossier's first rate (none when it has no rate yet).
Worksheet blank_worksheet(Worksheet::Variant variant, const std::vector<IncomeRate>& rates);

// Gives a procedure the worksheets its kind carries (has_current / has_proposed) and drops the
// others: a new proposed worksheet starts as a copy of the current one, a new current one blank.
void fit_worksheets(Procedure& procedure, const std::vector<IncomeRate>& rates);

// A new procedure of this kind with an id the dossier does not use and its worksheets.
Procedure new_procedure(const Dossier& dossier, ProcedureKind kind);

// The current worksheet copied over the proposed one; false (nothing changed) when the procedure
// has no current worksheet or its kind carries no proposed one.
bool copy_current_to_proposed(Procedure& procedure);

// Ids the dossier does not use yet: "P<n>" from the count of procedures + 1 up, and `base`, else
// "base-2", "base-3" … for a rate.
std::string unused_procedure_id(const Dossier& dossier);
std::string unused_rate_id(const Dossier& dossier, std::string_view base);

// The answer sets that do not belong to this procedure (what is kept when it is removed).
std::vector<AnswerSet> answers_without(const std::vector<AnswerSet>& answers,
                                       std::string_view procedure_id);

// A typed year: the year, or why it was refused (the text quoted). Years follow the file
// format's range (is_calculation_year); an empty calculation year means "not set" (0).
struct YearEntry {
  std::optional<int> year;
  Text error;
};
YearEntry read_calculation_year(std::string_view typed);
YearEntry read_figures_year(std::string_view typed);

// Whether two versions of a part would be written the same: an edit that changes nothing in the
// file is no edit (undo does not offer it). No answer set and an empty one are the same.
bool same_in_file(const Draft& a, const Draft& b);
bool same_in_file(const std::vector<IncomeRate>& a, const std::vector<IncomeRate>& b);
bool same_in_file(const Procedure& a, const Procedure& b);
bool same_in_file(const std::vector<AnswerSet>& a, const std::vector<AnswerSet>& b);
bool same_in_file(const AnswerSet* a, const AnswerSet* b);

} // namespace cptt::edits
