// One filled assessment form in its official layout: each visible section with its questions,
// the answers as ticked boxes (☒ / ☐), free answers and reasons as text, tables as tables. Hidden
// questions are left out; a component toggled off (not changed by the draft) is removed as the
// official form instructs; a closed gate is noted once; unverified parts are marked.
#include "document_builder.h"

#include <set>

namespace cptt::render::detail {

namespace {

using forms::Closure;
using forms::Field;
using forms::FieldState;
using forms::FieldType;
using forms::FormDefinition;
using forms::FormEvaluation;
using forms::Unit;

constexpr double answer_indent = 18;

QString unverified_suffix() {
  return QStringLiteral(" (") + qs(std::string(unverified_mark)) + QStringLiteral(")");
}

QString option_label(const std::vector<forms::Option>& options, const std::string& id) {
  for (const auto& o : options)
    if (o.id == id)
      return qs(o.label.vi);
  return qs(id);
}

QString number_text(Unit unit, const std::string& value) {
  if (value.empty())
    return QString();
  if (unit == Unit::percent) {
    if (auto d = Decimal::try_parse(value, NumberStyle::canonical))
      return qs(d->to_vietnamese(2)) + QStringLiteral(" %");
  }
  QString text = vn_number(value);
  const std::string_view label = forms::label_vi(unit);
  if (unit == Unit::vnd)
    text += QStringLiteral(" đồng");
  else if (!label.empty() && unit != Unit::count) // counts: the label says what is counted
    text += QStringLiteral(" ") + qs(label);
  return text;
}

QString cell_text(const forms::Column& column, const std::string& value) {
  switch (column.type) {
  case FieldType::yesno:
    return value == "yes"  ? QStringLiteral("Có")
           : value == "no" ? QStringLiteral("Không")
                           : qs(value);
  case FieldType::choice:
    return option_label(column.options, value);
  case FieldType::number:
    return number_text(column.unit, value);
  default:
    return qs(value);
  }
}

// "☒ Có    ☐ Không", or one option per line when there are many.
void boxes(Builder& out, const std::vector<std::pair<QString, bool>>& options) {
  const bool inline_boxes = options.size() <= 2;
  if (inline_boxes) {
    std::vector<std::pair<QString, Style>> parts;
    for (const auto& [label, checked] : options) {
      if (!parts.empty())
        parts.push_back({QStringLiteral("        "), {}});
      parts.push_back(
          {qs(std::string(checked ? box_checked : box_empty)) + QStringLiteral(" "), {}});
      parts.push_back({label, {.bold = checked}});
    }
    out.runs(parts, Qt::AlignLeft, 0, 3, answer_indent);
    return;
  }
  for (const auto& [label, checked] : options)
    out.runs({{qs(std::string(checked ? box_checked : box_empty)) + QStringLiteral(" "), {}},
              {label, {.bold = checked}}},
             Qt::AlignLeft, 0, 1, answer_indent);
}

void answer_table(Builder& out, const Field& field, const Answer* answer) {
  const std::vector<AnswerRow> none;
  const std::vector<AnswerRow>& rows = answer ? answer->rows : none;
  if (rows.empty()) {
    out.paragraph(QStringLiteral("……………………………………"), {}, Qt::AlignLeft, 0, 3, answer_indent);
    return;
  }
  const int columns = static_cast<int>(field.columns.size()) + 1;
  std::vector<double> widths(columns, 93.0 / (columns - 1));
  widths[0] = 7;
  QTextTable* t = out.table(static_cast<int>(rows.size()) + 1, columns, widths, 1);
  const Style head{.bold = true, .points = table_points};
  const Style body{.points = table_points};
  out.cell(t, 0, 0, QStringLiteral("STT"), head, Qt::AlignHCenter);
  for (int c = 1; c < columns; ++c)
    out.cell(t, 0, c, qs(field.columns[c - 1].label.vi), head, Qt::AlignHCenter);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const int row = static_cast<int>(r) + 1;
    out.cell(t, row, 0, QString::number(row), body, Qt::AlignHCenter);
    for (int c = 1; c < columns; ++c) {
      const forms::Column& column = field.columns[c - 1];
      for (const AnswerCell& cell : rows[r].cells)
        if (cell.column == column.id)
          out.cell(t, row, c, cell_text(column, cell.value), body,
                   column.type == FieldType::number ? Qt::AlignRight : Qt::AlignLeft);
    }
  }
  out.end_table();
}

void render_reason(Builder& out, const Field& field, const FieldState& state, const Answer* answer);

// A short number, date or text answer printed after its question ("Tên thủ tục: …"); empty when
// the answer goes on lines of its own.
QString inline_value(const Field& field, const FieldState& state) {
  if (!(state.answered || state.from_dossier) || state.value.empty())
    return QString();
  switch (field.type) {
  case FieldType::number:
    return number_text(field.unit, state.value);
  case FieldType::date:
    return qs(state.value);
  case FieldType::text:
    if (state.value.size() <= 90 && state.value.find('\n') == std::string::npos)
      return qs(state.value);
    return QString();
  default:
    return QString();
  }
}

void render_answer(Builder& out, const Field& field, const FieldState& state,
                   const Answer* answer) {
  const std::string& value = state.value;
  const bool shown = state.answered || state.from_dossier;
  switch (field.type) {
  case FieldType::yesno:
    boxes(out, {{QStringLiteral("Có"), shown && value == "yes"},
                {QStringLiteral("Không"), shown && value == "no"}});
    break;
  case FieldType::choice: {
    std::vector<std::pair<QString, bool>> options;
    for (const auto& o : field.options)
      options.push_back({qs(o.label.vi), shown && o.id == value});
    boxes(out, options);
    break;
  }
  case FieldType::multi: {
    const std::vector<std::string> chosen = forms::split_words(value);
    const std::set<std::string> set(chosen.begin(), chosen.end());
    std::vector<std::pair<QString, bool>> options;
    for (const auto& o : field.options)
      options.push_back({qs(o.label.vi), shown && set.count(o.id) > 0});
    boxes(out, options);
    break;
  }
  case FieldType::table:
    answer_table(out, field, answer);
    break;
  case FieldType::number:
    out.paragraph(shown && !value.empty() ? number_text(field.unit, value)
                                          : QStringLiteral("……………………"),
                  {}, Qt::AlignLeft, 0, 3, answer_indent);
    break;
  default:
    out.paragraph(shown && !value.empty() ? qs(value) : QStringLiteral("……………………………………"), {},
                  Qt::AlignJustify, 0, 3, answer_indent);
    break;
  }
  render_reason(out, field, state, answer);
}

void render_reason(Builder& out, const Field& field, const FieldState& state,
                   const Answer* answer) {
  const bool has_reason = answer != nullptr && !forms::trim(answer->reason).empty();
  if (has_reason || state.reason_required) {
    const QString label =
        field.reason_label.vi.empty() ? QStringLiteral("Lý do") : qs(field.reason_label.vi);
    out.runs({{label + QStringLiteral(": "), {.italic = true}},
              {has_reason ? qs(std::string(forms::trim(answer->reason)))
                          : QStringLiteral("……………………………………"),
               {}}},
             Qt::AlignJustify, 0, 3, answer_indent);
  }
}

// "II. Title", "2. Title" (a sub-section, as the form prints it): numbers from the forms engine.
QString section_heading(const forms::Section& section) {
  QString text = qs(section.printed);
  if (!text.isEmpty())
    text += QStringLiteral(" ");
  return text + qs(section.title.vi);
}

} // namespace

void render_form(Builder& out, const FormEvaluation& evaluation, const AnswerSet& answers) {
  const FormDefinition& form = *evaluation.form;
  // The component switches (03/ĐGTĐ-QĐCT/SĐBS II) are the app's, not the form's: the official
  // form prints the components the draft changes and deletes the others.
  std::set<std::size_t> toggles;
  for (const forms::Section& s : form.sections)
    if (s.toggle_index != forms::no_index)
      toggles.insert(s.toggle_index);
  std::size_t last_block = forms::no_index;
  std::set<std::string> noted_gates;
  for (const forms::SectionState& ss : evaluation.sections) {
    const forms::Section& section = form.sections[ss.section];
    if (!ss.visible) {
      if (ss.closure == Closure::gate && noted_gates.insert(ss.closed_by).second) {
        const FieldState* gate = evaluation.find(ss.closed_by);
        QString question = gate ? qs(form.fields[gate->field].label.vi) : qs(ss.closed_by);
        out.paragraph(QStringLiteral("(Các mục tiếp theo không đánh giá: theo câu trả lời “") +
                          question + QStringLiteral("”.)"),
                      {.italic = true}, Qt::AlignLeft, 6, 3);
      }
      continue; // toggled off: removed, as the official form instructs; or hidden by a condition
    }
    if (section.block != forms::no_index && section.block != last_block) {
      out.heading(qs(form.blocks[section.block].title.vi).toUpper(), 10);
    }
    last_block = section.block;
    std::vector<std::pair<QString, Style>> heading{{section_heading(section), {.bold = true}}};
    if (!section.verified && !form.verified)
      heading.push_back({unverified_suffix(), {.italic = true, .points = 10}});
    out.runs(heading, Qt::AlignLeft, 9, 4);
    out.keep_with_next();
    for (std::size_t index : ss.fields) {
      const FieldState& state = evaluation.fields[index];
      if (!state.visible || toggles.contains(state.field))
        continue;
      const Field& field = form.fields[state.field];
      QString label = qs(field.label.vi);
      if (!field.printed.empty()) // "4.", "a)"; a follow-up has none
        label = qs(field.printed) + QStringLiteral(" ") + label;
      std::vector<std::pair<QString, Style>> parts{{label, {}}};
      if (!field.verified && section.verified)
        parts.push_back({unverified_suffix(), {.italic = true, .points = 10}});
      const Answer* answer =
          state.answer != forms::no_index && state.answer < answers.answers.size()
              ? &answers.answers[state.answer]
              : nullptr;
      if (const QString value = inline_value(field, state); !value.isEmpty()) {
        parts.push_back({QStringLiteral(": "), {}});
        parts.push_back({value, {}});
        out.runs(parts, Qt::AlignJustify, 3, 2);
        render_reason(out, field, state, answer);
        continue;
      }
      out.runs(parts, Qt::AlignJustify, 3, 2);
      render_answer(out, field, state, answer);
    }
  }
}

} // namespace cptt::render::detail
