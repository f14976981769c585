// What changed in the answers to the assessment forms: answer sets by (form, procedure,
// instance), answers by field id, table rows by position and their cells by column.
#include "cptt/review/report_diff_support.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace cptt::review::detail {
namespace {

using SetKey = std::tuple<std::string, std::string, std::string>; // form, procedure, instance
SetKey key(const AnswerSet& s) { return {s.form_id, s.procedure_id, s.instance}; }

Place form_place(const AnswerSet& s) {
  Place p;
  p.form_id = s.form_id;
  p.form_code = s.form_id;
  p.form_instance = s.instance;
  return p;
}

std::string cell(const AnswerRow& row, const std::string& column) {
  for (const AnswerCell& c : row.cells)
    if (c.column == column)
      return c.value;
  return {};
}

std::string row_text(const AnswerRow& row) {
  std::string out;
  for (const AnswerCell& c : row.cells)
    out += (out.empty() ? "" : "; ") + c.column + ": " + c.value;
  return out;
}

Text cell_label(const std::string& row, const std::string& column) {
  return {"dòng " + row + ", cột " + column, "row " + row + ", column " + column};
}

// Table rows have no id: compared by position, cells by column.
void diff_table(Emitter& e, const Place& at, const Answer& a, const Answer& b) {
  const std::size_t n = std::max(a.rows.size(), b.rows.size());
  for (std::size_t r = 0; r < n; ++r) {
    const std::string row = std::to_string(r + 1);
    const Text label{"dòng " + row, "row " + row};
    if (r >= a.rows.size()) {
      e.added(at, "answer.row", label, Text{row_text(b.rows[r]), {}});
      continue;
    }
    if (r >= b.rows.size()) {
      e.removed(at, "answer.row", label, Text{row_text(a.rows[r]), {}});
      continue;
    }
    std::vector<std::string> columns;
    for (const auto* cells : {&a.rows[r].cells, &b.rows[r].cells})
      for (const AnswerCell& c : *cells)
        if (std::find(columns.begin(), columns.end(), c.column) == columns.end())
          columns.push_back(c.column);
    for (const std::string& column : columns)
      e.text(at, "answer.cell", cell_label(row, column), cell(a.rows[r], column),
             cell(b.rows[r], column));
  }
}

void diff_answer_set(Emitter& e, const AnswerSet& a, const AnswerSet& b) {
  auto find = [](const AnswerSet& s, const std::string& field) -> const Answer* {
    for (const Answer& x : s.answers)
      if (x.field == field)
        return &x;
    return nullptr;
  };
  const Text label{"câu trả lời", "answer"};
  for (const Answer& y : b.answers) {
    Place at = form_place(b);
    at.field = y.field;
    const Answer* x = find(a, y.field);
    if (!x) {
      e.added(at, "answer", label, Text{y.is_table ? row_text(y.rows.front()) : y.value, {}});
      continue;
    }
    e.text(at, "answer.value", {"câu trả lời", "answer"}, x->value, y.value);
    e.text(at, "answer.reason", {"lý do", "reason"}, x->reason, y.reason);
    diff_table(e, at, *x, y);
  }
  for (const Answer& x : a.answers)
    if (!find(b, x.field)) {
      Place at = form_place(a);
      at.field = x.field;
      e.removed(at, "answer", label, Text{x.value, {}});
    }
}

} // namespace

void diff_answers(std::vector<Change>& out, const Dossier& a, const Dossier& b) {
  std::map<SetKey, const AnswerSet*> old_sets;
  for (const AnswerSet& s : a.answers)
    old_sets.emplace(key(s), &s);
  const Text label{"biểu mẫu", "form"};
  std::set<SetKey> seen;
  for (const AnswerSet& s : b.answers) {
    Emitter e{out, s.procedure_id};
    seen.insert(key(s));
    if (auto it = old_sets.find(key(s)); it != old_sets.end())
      diff_answer_set(e, *it->second, s);
    else
      e.added(form_place(s), "answers", label, Text{s.form_id, {}});
  }
  for (const AnswerSet& s : a.answers)
    if (!seen.contains(key(s))) {
      Emitter e{out, s.procedure_id};
      e.removed(form_place(s), "answers", label, Text{s.form_id, {}});
    }
}

} // namespace cptt::review::detail
