#pragma once
// The evaluation of one answer set: index the answers by key, lay out every section and field of
// every block instance in document order, then compute each field's state in the definition's
// evaluation order (every field after the fields its conditions, toggles and gates read).
// Internal to the forms engine: use evaluate (form_engine.h). The answers and the layout are in
// form_evaluator.cpp, the states of sections and fields in form_evaluator_states.cpp.
#include "cptt/forms/bindings.h"
#include "cptt/forms/evaluation_findings.h"
#include "cptt/forms/form_engine.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace cptt::forms::detail {

struct Scope {
  std::string prefix;
  std::vector<std::size_t> chain; // scope at each depth: chain[0] is the form, back() itself
  const Procedure* procedure = nullptr;
};

class Evaluator {
public:
  Evaluator(const FormDefinition& form, const AnswerSet& answers, const EvaluationContext& context,
            FormEvaluation& out)
      : form_(form), answers_(answers), context_(context), out_(out),
        bindings_(context.dossier, context.computed), states_of_field_(form.fields.size()),
        consumed_(answers.answers.size(), false) {}

  void run();

private:
  // Answers written with an older version of the form: one note, with how many were read under
  // a renamed question.
  void note_update();
  // Finds each answer's question by its key (renamed since the answers' version: by its new key);
  // what does not parse is an unknown field.
  void index_answers();
  // Checks a key against the definition and records the block instances it names.
  Text parse_key(const std::string& key);
  void add_token(const std::string& block_key, const std::string& token);
  void build(const std::vector<Item>& items, std::size_t scope);
  void expand_block(std::size_t b, std::size_t scope);
  std::string procedure_id(std::size_t scope) const;
  void add_section(std::size_t s, std::size_t scope);
  static std::uint64_t slot(std::size_t scope, std::size_t field);

  // The state of `field` seen from `scope`: the same instance for a field of an enclosing block.
  const FieldState* resolve(std::size_t field, std::size_t scope) const;
  bool holds(const Condition& c, std::size_t scope) const;
  void evaluate_section(std::size_t k);
  void evaluate_field(std::size_t i);
  void read_value(std::size_t i, FieldState& st, const Field& fd, std::size_t scope);
  void check_rows(std::size_t i, FieldState& st, const Field& fd, const Answer& a);
  void invalid(std::size_t i, FieldState& st, Text message);
  void tally();

  const FormDefinition& form_;
  const AnswerSet& answers_;
  const EvaluationContext& context_;
  FormEvaluation& out_;
  Bindings bindings_;
  std::unordered_map<std::string, std::size_t> answer_by_key_;
  std::unordered_map<std::string, std::vector<std::string>> tokens_;
  std::vector<AnswerProblem> problems_;
  std::unordered_map<std::size_t, std::vector<Text>> invalid_;
  std::vector<Scope> scopes_;
  std::unordered_map<std::uint64_t, std::size_t> state_at_;
  std::vector<std::vector<std::size_t>> states_of_field_;
  std::vector<std::size_t> field_scope_;
  std::vector<std::size_t> section_scope_;
  std::vector<bool> section_done_;
  std::vector<bool> consumed_;
  std::vector<std::string> keys_; // each answer's key under the form's current ids
  std::size_t renamed_ = 0;       // answers read under a renamed question
};

} // namespace cptt::forms::detail
