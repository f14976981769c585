#pragma once
// Evaluating one form definition against one set of answers: which questions are visible,
// required and answered, which reasons are missing, whether a gate closed the rest, completeness
// per section and for the form, the conclusions, and the findings.
//
// Answer keys: a field's id outside repeatable blocks ("necessity.q1"); inside, the block id and
// the instance before it, nested as deep as the blocks are ("policy/2/necessity.q1"). Instances of
// a block repeated from the answers are 1, 2, …; of a block repeated over procedures, the
// procedure ids. Values are text: "yes" / "no", an option id, option ids separated by spaces
// (multi), a canonical number, an ISO date, or table rows.
//
// Rules:
// - A hidden question (its visible-if fails, its section is hidden or toggled off, or a gate
//   before it in its scope closed the rest) is not required and its answer does not count, but
//   the answer is kept (the user may switch back); a note says so.
// - Conditions read only visible, valid answers: a hidden or invalid answer reads as unanswered.
//   `not-equals` holds only for an answered question with another value.
// - A required visible question needs a valid answer; a question bound to a text source of the
//   dossier (`from`) is answered by the dossier when the file has no answer for it.
// - Completeness counts each required visible question and each reason its answer needs; the
//   percentage is done × 100 / required, rounded down (integers only).
// - Unknown field ids and duplicates are reported, never dropped.
#include "cptt/engine.h"
#include "cptt/forms/form_definition.h"
#include "cptt/forms/form_finding.h"
#include "cptt/model.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cptt::forms {

struct EvaluationContext {
  const Dossier* dossier = nullptr;     // bindings and per-procedure blocks; may be null
  const Procedure* procedure = nullptr; // the procedure the answers belong to; may be null
  // compute(*dossier) when the caller already has it (a review recomputes every report): bound
  // costs are read from it instead of being computed again. May be null.
  const DossierResult* computed = nullptr;
};

struct Completeness {
  int required = 0; // required answers and reasons
  int done = 0;     // of those, given
  // done × 100 / required rounded down; 100 when nothing is required.
  int percent() const { return required == 0 ? 100 : done * 100 / required; }
  bool complete() const { return done == required; }
};

// Why a question or section is hidden.
enum class Closure {
  open,
  condition, // its own visible-if fails
  section,   // its section's visible-if fails
  toggle,    // its section's component is toggled off (not changed by the draft)
  gate       // a gate before it ended the assessment
};
std::string_view to_id(Closure closure);

struct FieldState {
  std::size_t field = 0;         // index in FormDefinition::fields
  std::size_t section_state = 0; // index in FormEvaluation::sections
  std::string key;               // the answer key
  std::string procedure_id;      // the procedure this instance is about, when known
  Closure closure = Closure::open;
  std::string closed_by; // key of the gate or toggle that closed it
  bool visible = false;
  bool required = false;
  bool answered = false; // a valid answer (or a value bound from the dossier)
  bool invalid = false;  // an answer is present but not valid for the type
  bool reason_required = false;
  bool reason_given = false;
  bool from_dossier = false;     // the value is the dossier's (binding), not an answer
  bool has_answer = false;       // the answer set holds something for this key
  bool warning = false;          // the definition's warn-if holds for this answer
  std::string value;             // effective value, trimmed (empty for tables)
  std::size_t answer = no_index; // index in AnswerSet::answers
};

struct SectionState {
  std::size_t section = 0; // index in FormDefinition::sections
  std::string key;         // section id with its block path: "policy/1/necessity"
  std::string procedure_id;
  Closure closure = Closure::open;
  std::string closed_by;
  bool visible = true;
  Completeness completeness;
  std::vector<std::size_t> fields; // indices in FormEvaluation::fields
};

struct BlockInstance {
  std::size_t block = 0;
  std::string prefix; // "policy/2/"
  std::string token;  // "2", or a procedure id
  std::string procedure_id;
};

struct FormEvaluation {
  const FormDefinition* form = nullptr;
  std::string procedure_id;
  std::string instance;
  std::vector<FieldState> fields;        // document order, every block instance
  std::vector<SectionState> sections;    // document order
  std::vector<BlockInstance> blocks;     // document order
  std::vector<std::size_t> conclusions;  // visible conclusion questions (field states)
  std::vector<std::size_t> closed_gates; // gates whose answer ended the assessment
  Completeness completeness;
  std::vector<FormFinding> findings; // document order, then unknown and duplicate answers

  const FieldState* find(std::string_view key) const;
  std::unordered_map<std::string, std::size_t> by_key;
};

// Never throws for bad answers: they become findings. `answers` must outlive nothing: the result
// keeps indices, not pointers, into it.
FormEvaluation evaluate(const FormDefinition& form, const AnswerSet& answers,
                        const EvaluationContext& context = {});

// "Có" / "Không", an option's Vietnamese label, or the value itself.
std::string display_value(const Field& field, std::string_view value);
// The same in both languages ("Không" / "No", the option's English label where it has one).
Text display_text(const Field& field, std::string_view value);

} // namespace cptt::forms
