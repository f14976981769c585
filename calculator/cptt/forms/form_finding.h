#pragma once
// A finding of the forms engine: a missing answer or reason, an invalid or unknown answer, a gate
// that ended an assessment, a form that is missing. Each names the procedure, the form, the
// section and the question as printed, so a drafter can find it on paper.
//
// Stable codes (also listed in forms/README.md):
//   errors    CPTT-E101 unknown-form        answers for a form id no loaded definition has
//             CPTT-E102 unknown-procedure   answers for a procedure the dossier does not have
//             CPTT-E103 missing-procedure   answers to a per-procedure form that name no procedure
//             CPTT-E104 missing-form        a procedure (or the draft) lacks its assessment form
//             CPTT-E105 missing-answer      a visible required question has no valid answer
//             CPTT-E106 missing-reason      the answer given needs a reason and has none
//             CPTT-E107 invalid-answer      not yes/no, not an option, not a number, bad table cell
//   warnings  CPTT-W101 unknown-field       an answer to a field the form does not define (kept)
//             CPTT-W102 duplicate-answer    the same field answered twice (the first is used)
//             CPTT-W103 form-not-applicable the form is for other procedure kinds
//             CPTT-W104 mixed-generations   assessment forms of several generations in one dossier
//             CPTT-W105 gate-closed         an answer ended the assessment (e.g. "not necessary")
//             CPTT-W106 answer-warning      a warning the form declares on an answer (warn-if)
//   notes     CPTT-N101 hidden-answer       an answer to a hidden question: kept, not counted
//             CPTT-N102 component-off       answers kept in a component switched off (unchanged)
//             CPTT-N103 unverified-form     the form awaits confirmation against the official text
//             CPTT-N104 computed-answer     an answer to a figure computed from the dossier:
//             ignored
//             CPTT-N105 form-updated      the answers were written with an older version of the
//             form: read under its renamed questions
#include "cptt/finding.h"
#include "cptt/model.h"

#include <string>
#include <string_view>

namespace cptt::forms {

enum class FindingKind {
  unknown_form,
  unknown_procedure,
  missing_procedure,
  missing_form,
  missing_answer,
  missing_reason,
  invalid_answer,
  unknown_field,
  duplicate_answer,
  form_not_applicable,
  mixed_generations,
  gate_closed,
  answer_warning,
  hidden_answer,
  component_off,
  unverified_form,
  computed_answer,
  form_updated
};

std::string_view to_id(FindingKind kind);   // "missing-answer"
std::string_view code_of(FindingKind kind); // "CPTT-E105"
Severity severity_of(FindingKind kind);

struct FormFinding {
  FindingKind kind = FindingKind::missing_answer;
  Severity severity = Severity::error;
  std::string code;           // "CPTT-E105"
  std::string procedure_id;   // empty for the draft as a whole
  std::string form_id;        // "tt03-2022-02"
  std::string form_code;      // as printed: "02/ĐGTĐ-BHM" (the id when the form has no code)
  std::string instance;       // which attachment, when a form is attached several times
  std::string section;        // section id with its block path: "policy/1/necessity"
  std::string section_number; // as printed: "I", "III.b"
  std::string field;          // the answer key: "policy/1/necessity.q1"
  std::string number;         // the question number as printed: "1b"
  Text label;                 // the question's (or section's, or form's) label
  std::string variant;        // which of the code's texts (finding_catalog.h)
  std::vector<Arg> args;      // the text's arguments
  SourceLocation location;    // the answer (or the answers element) in the dossier file
};

FormFinding make_finding(FindingKind kind);

// The finding as the core's Finding (for `cptt validate` and reports): its place is the form,
// block instance, section and question ("biểu mẫu 02/ĐGTĐ-BHM · policy/2 · mục I · câu 1b"), its
// message starts with the question's label: “label”: message.
Finding to_finding(const FormFinding& finding);
// One line: "error CPTT-E105 [P1 · biểu mẫu 02/ĐGTĐ-BHM · mục I · câu 1b] “label”: message".
std::string describe(const FormFinding& finding, Language language = Language::vi);

} // namespace cptt::forms
