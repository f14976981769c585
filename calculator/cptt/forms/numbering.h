#pragma once
// The numbers of a form's sections and questions, computed once when the definition is loaded,
// as the official forms print them: sections I, II, III …; sub-sections II.1, II.2 … (printed
// "1.", "2." under their section); questions 1, 2 … or a, b … by the section's style; sub-questions
// 1a, 1b … (printed "a)", "b)"); parts of a question (a follow-up, the article that sets it)
// carry no number of their own and are cited by their question's. A number written in the file
// wins, and the counting goes on from it ("II.1" given: the next sub-section is II.2; "5" given:
// the next question is 6).
//
// Numbers are static: every instance of a repeatable block prints the same numbers, and a hidden
// question keeps its number (the others do not move when it appears).
#include "cptt/forms/form_definition.h"

#include <string>
#include <string_view>

namespace cptt::forms {

// Fills Section::number / printed and Field::number / printed / cited_number.
void assign_numbers(FormDefinition& form);

// The ids a form file uses: item="question | sub | part", questions="numbers | letters | none".
std::string_view to_id(ItemKind kind);
std::string_view to_id(QuestionStyle style);
bool from_id(std::string_view id, ItemKind& out);
bool from_id(std::string_view id, QuestionStyle& out);

// The letters of Vietnamese legal enumeration: a, b, c, d, đ, e, g, h, i, k … (1-based; past "y",
// "y1", "y2" …).
std::string enumeration_letter(int index);
// The roman numeral of 1 … 3999.
std::string roman(int value);

} // namespace cptt::forms
