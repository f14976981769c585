// Findings of one evaluation, in document order: per section its toggle note, then per question
// hidden answers, invalid answers, missing answers and reasons, gates and declared warnings; last,
// the answers no question took.
#include "cptt/forms/evaluation_findings.h"

#include "cptt/forms/components.h"
#include "cptt/forms/value_check.h"

#include <algorithm>

namespace cptt::forms {
namespace {

class Emitter {
public:
  Emitter(FormEvaluation& e, const FindingInputs& in) : e_(e), form_(*e.form), in_(in) {}

  void run() {
    for (const SectionState& ss : e_.sections) {
      // A component the drafter switched off ("no") whose section still holds answers: one note
      // for the section instead of one per answer. An unanswered toggle is a missing answer.
      if (ss.closure == Closure::toggle)
        if (const FieldState* t = e_.find(ss.closed_by); t && t->answered && t->value == "no")
          component_off(ss);
      for (std::size_t i : ss.fields)
        field(i, ss);
    }
    for (const AnswerProblem& p : in_.problems) {
      FormFinding f = base(p.kind, e_.procedure_id);
      const Answer& a = in_.answers.answers[p.answer];
      f.field = a.field;
      f.args = {arg("problem", p.message)};
      f.location = a.location;
      e_.findings.push_back(std::move(f));
    }
  }

private:
  FormFinding base(FindingKind kind, const std::string& procedure_id) const {
    FormFinding f = make_finding(kind);
    f.procedure_id = procedure_id;
    f.form_id = form_.id;
    f.form_code = form_.display_code();
    f.instance = e_.instance;
    f.location = in_.answers.location;
    return f;
  }

  FormFinding at_field(FindingKind kind, const FieldState& st, const SectionState& ss) const {
    FormFinding f = base(kind, st.procedure_id);
    const Field& fd = form_.fields[st.field];
    const Section& sec = form_.sections[ss.section];
    f.section = ss.key;
    f.section_number = sec.number;
    f.field = st.key;
    f.number = fd.cited_number;
    f.label = fd.label;
    if (st.answer != no_index)
      f.location = in_.answers.answers[st.answer].location;
    return f;
  }

  void component_off(const SectionState& ss) {
    std::size_t kept = 0;
    for (std::size_t i : ss.fields)
      if (e_.fields[i].has_answer && !form_.fields[e_.fields[i].field].computed)
        ++kept;
    if (kept == 0)
      return;
    const Section& sec = form_.sections[ss.section];
    FormFinding f = base(FindingKind::component_off, ss.procedure_id);
    f.section = ss.key;
    f.section_number = sec.number;
    f.label = sec.title;
    Component c{};
    const Text name = component_from_id(sec.component, c)
                          ? Text{std::string(info(c).label_vi), std::string(info(c).label_en)}
                          : sec.title;
    f.args = {arg("component", name), arg("toggle", ss.closed_by),
              arg_count("kept", static_cast<long long>(kept))};
    for (std::size_t i : ss.fields)
      if (e_.fields[i].has_answer && e_.fields[i].answer != no_index) {
        f.location = in_.answers.answers[e_.fields[i].answer].location;
        break;
      }
    e_.findings.push_back(std::move(f));
    summarised_.push_back(&ss);
  }

  // Why a question is hidden, in Vietnamese and in English.
  Text why_hidden(const FieldState& st) const {
    switch (st.closure) {
    case Closure::gate: {
      const FieldState* g = e_.find(st.closed_by);
      std::string number = g ? form_.fields[g->field].cited_number : st.closed_by;
      return {"câu " + number + " đã kết thúc đánh giá",
              "question " + number + " ended the assessment"};
    }
    case Closure::toggle:
      return {"bộ phận không được đánh giá", "the component is not assessed"};
    case Closure::section:
      return {"mục này không áp dụng", "the section does not apply"};
    case Closure::condition:
    case Closure::open:
      break;
    }
    return {"câu hỏi không áp dụng với các câu trả lời khác",
            "the question does not apply given the other answers"};
  }

  void field(std::size_t i, const SectionState& ss) {
    const FieldState& st = e_.fields[i];
    const Field& fd = form_.fields[st.field];
    if (st.has_answer && fd.computed) {
      FormFinding f = at_field(FindingKind::computed_answer, st, ss);
      e_.findings.push_back(std::move(f));
    }
    if (!st.visible) {
      bool summarised = std::find(summarised_.begin(), summarised_.end(), &ss) != summarised_.end();
      if (st.has_answer && !fd.computed && !summarised) {
        FormFinding f = at_field(FindingKind::hidden_answer, st, ss);
        f.args = {arg("why", why_hidden(st))};
        e_.findings.push_back(std::move(f));
      }
      return;
    }
    if (auto it = in_.invalid.find(i); it != in_.invalid.end())
      for (const Text& message : it->second) {
        FormFinding f = at_field(FindingKind::invalid_answer, st, ss);
        f.args = {arg("problem", message)};
        e_.findings.push_back(std::move(f));
      }
    if (st.required && !st.answered && !st.invalid) {
      FormFinding f = at_field(FindingKind::missing_answer, st, ss);
      if (fd.type == FieldType::table && st.has_answer) {
        f.variant = "table";
        f.args = {arg_count("rows", fd.min_rows)};
      }
      e_.findings.push_back(std::move(f));
    }
    if (st.reason_required && !st.reason_given) {
      FormFinding f = at_field(FindingKind::missing_reason, st, ss);
      // Quote short answers (yes / no, options, numbers); free text speaks for itself.
      if (fd.type == FieldType::text)
        f.variant = "text";
      else
        f.args.push_back(arg("answer", display_text(fd, st.value)));
      f.args.push_back(arg("reason", fd.reason_label));
      e_.findings.push_back(std::move(f));
    }
    if (fd.is_gate() && st.answered && matches_any(fd.type, st.value, fd.gate_values)) {
      FormFinding f = at_field(FindingKind::gate_closed, st, ss);
      f.args = {arg("answer", display_text(fd, st.value))};
      // The necessity question answered "no": the draft should not set the procedure.
      if (fd.id == "necessity.conclusion" && st.value == "no")
        f.variant = "not-necessary";
      e_.findings.push_back(std::move(f));
    }
    if (st.warning) {
      FormFinding f = at_field(FindingKind::answer_warning, st, ss);
      f.args = {arg("warning", fd.warning)};
      e_.findings.push_back(std::move(f));
    }
  }

  FormEvaluation& e_;
  const FormDefinition& form_;
  const FindingInputs& in_;
  std::vector<const SectionState*> summarised_; // toggled-off sections already noted
};

} // namespace

void add_findings(FormEvaluation& evaluation, const FindingInputs& inputs) {
  Emitter(evaluation, inputs).run();
}

} // namespace cptt::forms
