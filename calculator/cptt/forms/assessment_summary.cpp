#include "cptt/forms/assessment_summary.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace cptt::forms {

namespace {

constexpr const char* not_answered = "……";
constexpr const char* gate_note = "Các nội dung tiếp theo không đánh giá.";

// A drafter's text as a sentence: trimmed, one line, ending in a stop.
std::string sentence(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : trim(text)) {
    const bool blank = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (blank) {
      space = !out.empty();
      continue;
    }
    if (space)
      out += ' ';
    space = false;
    out += c;
  }
  static constexpr std::string_view stops[] = {".", "!", "?", ";", ":", "…", ")"};
  if (!out.empty() && std::none_of(std::begin(stops), std::end(stops),
                                   [&](std::string_view s) { return out.ends_with(s); }))
    out += '.';
  return out;
}

void append(std::string& paragraph, const std::string& part) {
  if (part.empty())
    return;
  if (!paragraph.empty())
    paragraph += ' ';
  paragraph += part;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty())
      out += '\n';
    out += line;
  }
  return out;
}

const FormDefinition* summary_form(const Dossier& dossier, const FormCatalog& catalog,
                                   const std::string& generation) {
  for (const FormDefinition* f : catalog.draft_forms(dossier.draft.stage, generation))
    if (f->role == FormRole::summary)
      return f;
  return nullptr;
}

const AnswerSet* find_set(const Dossier& dossier, const std::string& form,
                          const std::string& procedure) {
  for (const AnswerSet& s : dossier.answers)
    if (s.form_id == form && s.procedure_id == procedure && s.instance.empty())
      return &s;
  return nullptr;
}

// The composed text of `procedure` and the assessment form it comes from.
std::pair<std::string, std::string> compose_for(const Dossier& dossier, const Procedure& procedure,
                                                const FormCatalog& catalog,
                                                const std::string& generation) {
  for (const FormDefinition* form :
       catalog.required_for(dossier.draft.stage, procedure.kind, generation)) {
    if (form->role != FormRole::assessment || form->scope != FormScope::procedure)
      continue;
    const AnswerSet* set = find_set(dossier, form->id, procedure.id);
    if (!set)
      return {std::string(), form->display_code()};
    const FormEvaluation evaluation = evaluate(*form, *set, {&dossier, &procedure});
    return {compose_assessment_summary(evaluation, *set), form->display_code()};
  }
  return {};
}

} // namespace

std::string compose_assessment_summary(const FormEvaluation& evaluation, const AnswerSet& answers) {
  const FormDefinition& form = *evaluation.form;
  std::vector<std::string> paragraphs;
  std::string pending; // what the drafter wrote since the last conclusion
  std::size_t pending_section = no_index;
  bool any_answer = false;
  for (const FieldState& state : evaluation.fields) {
    if (!state.visible)
      continue;
    const Field& field = form.fields[state.field];
    if (field.conclusion) {
      std::string paragraph = sentence(field.label.vi); // the question, with its own mark
      const bool answered = state.answered && !state.value.empty();
      append(paragraph, answered ? display_value(field, state.value) + "." : not_answered);
      append(paragraph, pending);
      if (answered || !pending.empty())
        paragraphs.push_back(paragraph);
      any_answer = any_answer || answered || !pending.empty();
      pending.clear();
      pending_section = no_index;
      continue;
    }
    if (state.from_dossier || field.computed || field.role == FieldRole::article_ref ||
        state.answer == no_index || state.answer >= answers.answers.size())
      continue;
    const Answer& answer = answers.answers[state.answer];
    std::string part;
    if (field.type == FieldType::text && state.answered)
      part = sentence(state.value);
    append(part, sentence(answer.reason));
    if (part.empty())
      continue;
    if (pending.empty())
      pending_section = field.section;
    append(pending, part);
  }
  if (!pending.empty()) {
    // After the last conclusion (a gate that closed the rest, or a section of its own).
    std::string paragraph;
    if (!evaluation.closed_gates.empty()) {
      const FieldState& gate = evaluation.fields[evaluation.closed_gates.front()];
      const Field& field = form.fields[gate.field];
      if (!field.conclusion)
        paragraph = sentence(field.label.vi) + " " + display_value(field, gate.value) + ".";
    } else if (pending_section != no_index) {
      paragraph = std::string(trim(form.sections[pending_section].title.vi)) + ":";
    }
    append(paragraph, pending);
    paragraphs.push_back(paragraph);
    any_answer = true;
  }
  if (!evaluation.closed_gates.empty() && !paragraphs.empty())
    append(paragraphs.back(), gate_note);
  return any_answer ? join_lines(paragraphs) : std::string();
}

AssessmentSummary assessment_summary(const Dossier& dossier, const Procedure& procedure,
                                     const FormCatalog& catalog, const std::string& generation) {
  AssessmentSummary out;
  const FormDefinition* summary = summary_form(dossier, catalog, generation);
  if (!summary)
    return out;
  out.form_id = summary->id;
  AnswerSet empty;
  empty.form_id = summary->id;
  const AnswerSet* set = find_set(dossier, summary->id, std::string());
  const AnswerSet& answers = set ? *set : empty;
  const FormEvaluation evaluation = evaluate(*summary, answers, {&dossier, nullptr});
  for (const FieldState& state : evaluation.fields) {
    if (state.procedure_id != procedure.id ||
        summary->fields[state.field].from != assessment_summary_source)
      continue;
    out.key = state.key;
    if (state.answer != no_index && state.answer < answers.answers.size())
      out.edited = std::string(trim(answers.answers[state.answer].value));
    break;
  }
  if (out.exists())
    std::tie(out.composed, out.source) = compose_for(dossier, procedure, catalog, generation);
  return out;
}

AnswerSet with_assessment_summaries(const AnswerSet& answers, const FormDefinition& summary,
                                    const Dossier& dossier, const FormCatalog& catalog,
                                    const std::string& generation) {
  AnswerSet out = answers;
  const FormEvaluation evaluation = evaluate(summary, answers, {&dossier, nullptr});
  for (const FieldState& state : evaluation.fields) {
    if (summary.fields[state.field].from != assessment_summary_source || !state.visible)
      continue;
    if (state.answer != no_index && state.answer < answers.answers.size() &&
        !trim(answers.answers[state.answer].value).empty())
      continue; // the drafter's own text
    const Procedure* procedure = dossier.find_procedure(state.procedure_id);
    if (!procedure)
      continue;
    std::string text = compose_for(dossier, *procedure, catalog, generation).first;
    if (text.empty())
      continue;
    if (state.answer != no_index && state.answer < out.answers.size()) {
      out.answers[state.answer].value = std::move(text);
    } else {
      Answer answer;
      answer.field = state.key;
      answer.value = std::move(text);
      out.answers.push_back(std::move(answer));
    }
  }
  return out;
}

} // namespace cptt::forms
