// The state of each section and field, in the definition's evaluation order: closed by a toggle,
// a gate or a condition, required, answered with a valid value; then the completeness tally.
#include "cptt/forms/form_evaluator.h"

#include "cptt/forms/value_check.h"

#include <algorithm>
#include <string_view>

namespace cptt::forms::detail {
namespace {

std::string q(std::string_view s) { return "“" + std::string(s) + "”"; }

} // namespace

const FieldState* Evaluator::resolve(std::size_t field, std::size_t scope) const {
  std::size_t depth = form_.depth_of_field(field);
  const std::vector<std::size_t>& chain = scopes_[scope].chain;
  if (depth >= chain.size())
    return nullptr;
  auto it = state_at_.find(slot(chain[depth], field));
  return it == state_at_.end() ? nullptr : &out_.fields[it->second];
}

bool Evaluator::holds(const Condition& c, std::size_t scope) const {
  switch (c.kind) {
  case Condition::Kind::all:
    return std::all_of(c.children.begin(), c.children.end(),
                       [&](const Condition& x) { return holds(x, scope); });
  case Condition::Kind::any:
    return std::any_of(c.children.begin(), c.children.end(),
                       [&](const Condition& x) { return holds(x, scope); });
  case Condition::Kind::negate:
    return !holds(c.children.front(), scope);
  case Condition::Kind::when:
    break;
  }
  const FieldState* s = resolve(c.field_index, scope);
  const bool answered = s != nullptr && s->visible && s->answered;
  const FieldType type = form_.fields[c.field_index].type;
  switch (c.test) {
  case Condition::Test::equals:
    return answered && s->value == c.values.front();
  case Condition::Test::not_equals:
    return answered && s->value != c.values.front();
  case Condition::Test::one_of:
  case Condition::Test::includes:
    return answered && matches_any(type, s->value, c.values);
  case Condition::Test::answered:
    return answered;
  case Condition::Test::unanswered:
    return !answered;
  }
  return false;
}

void Evaluator::evaluate_section(std::size_t k) {
  if (section_done_[k])
    return;
  section_done_[k] = true;
  SectionState& ss = out_.sections[k];
  const Section& sec = form_.sections[ss.section];
  std::size_t scope = section_scope_[k];
  if (sec.toggle_index != no_index) {
    const FieldState* t = resolve(sec.toggle_index, scope);
    if (!(t && t->visible && t->answered && t->value == "yes")) {
      ss.closure = Closure::toggle;
      ss.closed_by = t ? t->key : sec.toggle;
    }
  }
  if (ss.closure == Closure::open && sec.visible_if && !holds(*sec.visible_if, scope))
    ss.closure = Closure::section;
  ss.visible = ss.closure == Closure::open;
}

void Evaluator::evaluate_field(std::size_t i) {
  FieldState& st = out_.fields[i];
  const Field& fd = form_.fields[st.field];
  const std::size_t scope = field_scope_[i];
  evaluate_section(st.section_state);
  const SectionState& ss = out_.sections[st.section_state];
  if (!ss.visible) {
    st.closure = ss.closure == Closure::toggle ? Closure::toggle : Closure::section;
    st.closed_by = ss.closed_by;
  } else {
    for (std::size_t g : fd.gates_before) {
      const FieldState* gs = resolve(g, scope);
      if (gs && gs->visible && gs->answered &&
          matches_any(form_.fields[g].type, gs->value, form_.fields[g].gate_values)) {
        st.closure = Closure::gate;
        st.closed_by = gs->key;
        break;
      }
    }
    if (st.closure == Closure::open && fd.visible_if && !holds(*fd.visible_if, scope))
      st.closure = Closure::condition;
  }
  st.visible = st.closure == Closure::open;
  read_value(i, st, fd, scope);
  st.required =
      st.visible && !fd.computed && (fd.required_if ? holds(*fd.required_if, scope) : fd.required);
  st.reason_required = st.visible && st.answered && !fd.computed &&
                       (fd.reason_always || (!fd.reason_when.empty() &&
                                             matches_any(fd.type, st.value, fd.reason_when)));
}

void Evaluator::read_value(std::size_t i, FieldState& st, const Field& fd, std::size_t scope) {
  const Answer* a = st.answer == no_index ? nullptr : &answers_.answers[st.answer];
  if (a) {
    st.has_answer = !trim(a->value).empty() || !a->rows.empty() || !trim(a->reason).empty();
    st.reason_given = !trim(a->reason).empty();
  }
  if (fd.computed) {
    st.value = bindings_.value(fd.from, scopes_[scope].procedure);
    st.from_dossier = true;
    st.answered = !st.value.empty();
    return;
  }
  if (fd.type == FieldType::table) {
    if (a)
      check_rows(i, st, fd, *a);
    st.answered =
        a != nullptr && !st.invalid && a->rows.size() >= static_cast<std::size_t>(fd.min_rows);
    return;
  }
  st.value = a ? std::string(trim(a->value)) : std::string();
  if (a && !a->rows.empty())
    invalid(i, st,
            {"câu hỏi này không phải bảng nhưng có các dòng",
             "rows are given for a question that is not a table"});
  if (st.value.empty() && !fd.from.empty()) {
    st.value = trim(bindings_.value(fd.from, scopes_[scope].procedure));
    st.from_dossier = !st.value.empty();
  }
  if (st.value.empty())
    return;
  Text error = check_value(rules_of(fd), st.value);
  if (!error.empty())
    invalid(i, st, error);
  st.answered = !st.invalid;
}

void Evaluator::check_rows(std::size_t i, FieldState& st, const Field& fd, const Answer& a) {
  if (!trim(a.value).empty() && a.rows.empty())
    invalid(i, st,
            {"câu hỏi dạng bảng cần các dòng, không phải một giá trị",
             "a table question needs rows, not one value"});
  for (std::size_t r = 0; r < a.rows.size(); ++r) {
    const Text row{"dòng " + std::to_string(r + 1) + ": ", "row " + std::to_string(r + 1) + ": "};
    for (const AnswerCell& cell : a.rows[r].cells) {
      const Column* col = fd.find_column(cell.column);
      if (!col) {
        invalid(
            i, st,
            {row.vi + "không có cột " + q(cell.column), row.en + "no column " + q(cell.column)});
        continue;
      }
      std::string_view v = trim(cell.value);
      if (col->computed || v.empty())
        continue;
      Text error = check_value(rules_of(*col), v);
      if (!error.empty())
        invalid(
            i, st,
            {row.vi + "cột " + q(col->label.vi) + ": " + error.vi,
             row.en + "column " + q(col->label.in(Language::en)) + ": " + error.in(Language::en)});
    }
    for (const Column& col : fd.columns) {
      if (!col.required)
        continue;
      bool filled =
          std::any_of(a.rows[r].cells.begin(), a.rows[r].cells.end(), [&](const AnswerCell& c) {
            return c.column == col.id && !trim(c.value).empty();
          });
      if (!filled)
        invalid(i, st,
                {row.vi + "thiếu cột " + q(col.label.vi),
                 row.en + "the column " + q(col.label.in(Language::en)) + " is empty"});
    }
  }
}

void Evaluator::invalid(std::size_t i, FieldState& st, Text message) {
  st.invalid = true;
  invalid_[i].push_back(std::move(message));
}

void Evaluator::tally() {
  for (SectionState& ss : out_.sections) {
    bool all_gated = !ss.fields.empty();
    for (std::size_t i : ss.fields) {
      const FieldState& st = out_.fields[i];
      const Field& fd = form_.fields[st.field];
      all_gated = all_gated && st.closure == Closure::gate;
      if (!st.visible)
        continue;
      // Each required answer and each required reason is one item.
      if (st.required) {
        ++ss.completeness.required;
        ss.completeness.done += st.answered ? 1 : 0;
      }
      if (st.reason_required) {
        ++ss.completeness.required;
        ss.completeness.done += st.reason_given ? 1 : 0;
      }
      if (fd.conclusion)
        out_.conclusions.push_back(i);
      if (fd.is_gate() && st.answered && matches_any(fd.type, st.value, fd.gate_values))
        out_.closed_gates.push_back(i);
    }
    if (ss.visible && all_gated) {
      ss.closure = Closure::gate;
      ss.closed_by = out_.fields[ss.fields.front()].closed_by;
      ss.visible = false;
    }
    out_.completeness.required += ss.completeness.required;
    out_.completeness.done += ss.completeness.done;
  }
}

} // namespace cptt::forms::detail
