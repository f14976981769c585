// Findings of one evaluation, in document order: per section its toggle note, then per question
// hidden answers, invalid answers, missing answers and reasons, gates and declared warnings; last,
// the answers no question took.
#include "cptt/forms/evaluation_findings.h"

#include "cptt/forms/components.h"
#include "cptt/forms/value_check.h"

#include <algorithm>

namespace cptt::forms {
namespace {

std::string q(std::string_view s) { return "“" + std::string(s) + "”"; }

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
      f.message = p.message;
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
    f.number = fd.number;
    f.label = fd.label.vi;
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
    f.label = sec.title.vi;
    Component c{};
    std::string name =
        component_from_id(sec.component, c) ? std::string(info(c).label_vi) : sec.title.vi;
    f.message = "bộ phận “" + name +
                "” không được đánh giá vì dự thảo không quy định chi tiết hay "
                "sửa đổi bộ phận này (" +
                ss.closed_by + " = Không); " + std::to_string(kept) +
                " câu trả lời được giữ lại nhưng không được tính / component not assessed: the "
                "draft does not change it; " +
                std::to_string(kept) + " answer(s) kept, not counted";
    for (std::size_t i : ss.fields)
      if (e_.fields[i].has_answer && e_.fields[i].answer != no_index) {
        f.location = in_.answers.answers[e_.fields[i].answer].location;
        break;
      }
    e_.findings.push_back(std::move(f));
    summarised_.push_back(&ss);
  }

  // Why a question is hidden, in Vietnamese and in English.
  std::pair<std::string, std::string> why_hidden(const FieldState& st) const {
    switch (st.closure) {
    case Closure::gate: {
      const FieldState* g = e_.find(st.closed_by);
      std::string number = g ? form_.fields[g->field].number : st.closed_by;
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
      f.message = "giá trị này được tính từ hồ sơ; câu trả lời trong tệp không được dùng / "
                  "computed from the dossier; the answer is not used";
      e_.findings.push_back(std::move(f));
    }
    if (!st.visible) {
      bool summarised = std::find(summarised_.begin(), summarised_.end(), &ss) != summarised_.end();
      if (st.has_answer && !fd.computed && !summarised) {
        FormFinding f = at_field(FindingKind::hidden_answer, st, ss);
        auto [vi, en] = why_hidden(st);
        f.message = "câu trả lời được giữ lại nhưng không được tính vì " + vi +
                    " / answer kept but not counted: " + en;
        e_.findings.push_back(std::move(f));
      }
      return;
    }
    if (auto it = in_.invalid.find(i); it != in_.invalid.end())
      for (const std::string& message : it->second) {
        FormFinding f = at_field(FindingKind::invalid_answer, st, ss);
        f.message = message;
        e_.findings.push_back(std::move(f));
      }
    if (st.required && !st.answered && !st.invalid) {
      FormFinding f = at_field(FindingKind::missing_answer, st, ss);
      f.message = fd.type == FieldType::table && st.has_answer
                      ? "bảng cần ít nhất " + std::to_string(fd.min_rows) +
                            " dòng / the table needs more rows"
                      : "chưa trả lời / not answered";
      e_.findings.push_back(std::move(f));
    }
    if (st.reason_required && !st.reason_given) {
      FormFinding f = at_field(FindingKind::missing_reason, st, ss);
      // Quote short answers (yes / no, options, numbers); free text speaks for itself.
      f.message = fd.type == FieldType::text
                      ? "chưa nêu lý do"
                      : "chưa nêu lý do cho câu trả lời " + q(display_value(fd, st.value));
      if (!fd.reason_label.vi.empty())
        f.message += " (" + fd.reason_label.vi + ")";
      f.message += " / missing reason";
      e_.findings.push_back(std::move(f));
    }
    if (fd.is_gate() && st.answered && matches_any(fd.type, st.value, fd.gate_values)) {
      FormFinding f = at_field(FindingKind::gate_closed, st, ss);
      f.message = "câu trả lời " + q(display_value(fd, st.value)) +
                  " kết thúc đánh giá: các câu hỏi sau không phải trả lời / this answer ends the "
                  "assessment; the later questions are closed";
      e_.findings.push_back(std::move(f));
    }
    if (st.warning) {
      FormFinding f = at_field(FindingKind::answer_warning, st, ss);
      f.message = fd.warning.vi + (fd.warning.en.empty() ? "" : " / " + fd.warning.en);
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
