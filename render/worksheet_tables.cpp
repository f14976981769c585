// The cost worksheet 04/ĐGTĐ-SCM of one procedure: for each variant (current, after the draft) the
// task table with its eight official columns, the fees, the cost of one filing, the frequency,
// the subjects (or one case) and the annual cost; then the cost benefit and the reduction %. The
// evidence notes become numbered notes under each table. Every figure is the engine's.
#include "document_builder.h"

#include "cptt/engine.h"

namespace cptt::render::detail {

namespace {

const Style head{.bold = true, .points = table_points};
const Style body{.points = table_points};
const Style note{.italic = true, .points = 10};

QString norm_text(const Norm& norm) {
  switch (norm.kind) {
  case NormKind::travel:
    return QStringLiteral("Đi lại ") + qs(label_vi(norm.scope)).toLower() + QStringLiteral(", ") +
           qs(label_vi(norm.area)).toLower() + QStringLiteral(": ") +
           qs(norm.units.to_vietnamese()) + QStringLiteral(" lượt");
  case NormKind::form_filling:
    return QStringLiteral("Điền tờ khai, ") + qs(label_vi(norm.area)).toLower() +
           QStringLiteral(": ") + qs(norm.units.to_vietnamese()) + QStringLiteral(" trang");
  case NormKind::none:
    break;
  }
  return QStringLiteral("—");
}

struct Notes {
  std::vector<QString> items;
  // Registers a note and returns its marker (" [3]"), or "" for an empty note.
  QString add(const std::string& text) {
    if (text.empty())
      return QString();
    items.push_back(qs(text));
    return QStringLiteral(" [") + QString::number(items.size()) + QStringLiteral("]");
  }
};

QString variant_title(const forms::FormDefinition* form, Worksheet::Variant variant) {
  if (form) {
    for (const auto& s : form->sections)
      if (s.worksheet == to_id(variant))
        return qs(s.number) + QStringLiteral(". ") + qs(s.title.vi);
  }
  return variant == Worksheet::Variant::current
             ? QStringLiteral("A. Chi phí tuân thủ hiện hành")
             : QStringLiteral("B. Chi phí tuân thủ sau khi ban hành dự thảo");
}

void task_table(Builder& out, const Worksheet& sheet, const WorksheetResult& result, Notes& notes) {
  const int rows = static_cast<int>(sheet.tasks.size()) + 2;
  QTextTable* t = out.table(rows, 8, {8, 19, 14, 8, 13, 12, 14, 12}, 1);
  const char* headers[] = {"(1)\nSTT",
                           "(2)\nCông việc",
                           "(3)\nĐịnh mức áp dụng",
                           "(4)\nSố giờ",
                           "(5)\nThu nhập bình quân (đồng/giờ)",
                           "(6)\nChi phí thời gian\n= (4) × (5)",
                           "(7)\nChi phí tư vấn, dịch vụ",
                           "(8)\nChi phí thực hiện\n= (6) + (7)"};
  for (int c = 0; c < 8; ++c)
    out.cell(t, 0, c, QString::fromUtf8(headers[c]), head, Qt::AlignHCenter);
  for (std::size_t i = 0; i < sheet.tasks.size(); ++i) {
    const Task& task = sheet.tasks[i];
    const TaskResult& r = result.tasks[i];
    const int row = static_cast<int>(i) + 1;
    out.cell(t, row, 0, QString::number(row), body, Qt::AlignHCenter);
    out.cell(t, row, 1, qs(task.name) + notes.add(task.evidence), body);
    if (!task.services_note.empty()) // what column (7) pays for, under the task's name
      out.cell_line(t, row, 1, QStringLiteral("(7): ") + qs(task.services_note), note);
    out.cell(t, row, 2, norm_text(task.norm), body);
    out.cell(t, row, 3, qs(task.hours.to_vietnamese()), body, Qt::AlignRight);
    out.cell(t, row, 4, vn_money(result.hourly_rate), body, Qt::AlignRight);
    out.cell(t, row, 5, vn_money(r.time_cost), body, Qt::AlignRight);
    out.cell(t, row, 6, vn_money(task.services), body, Qt::AlignRight);
    if (!task.other_costs.is_zero())
      out.cell_line(t, row, 6, QStringLiteral("khác: ") + vn_money(task.other_costs), body);
    out.cell(t, row, 7, vn_money(r.task_cost), body, Qt::AlignRight);
  }
  const int total = rows - 1;
  out.cell(t, total, 1, QStringLiteral("Tổng chi phí thực hiện các công việc"), head,
           Qt::AlignLeft);
  out.cell(t, total, 7, vn_money(result.tasks_total), head, Qt::AlignRight);
  out.end_table();
}

void filing_table(Builder& out, const Worksheet& sheet, const WorksheetResult& result,
                  Notes& notes) {
  const int rows = static_cast<int>(sheet.fees.size()) + 4;
  QTextTable* t = out.table(rows, 2, {72, 28}, 0);
  int row = 0;
  for (const Fee& fee : sheet.fees) {
    QString label = QStringLiteral("Phí, lệ phí: ") + qs(fee.name);
    if (!fee.legal_basis.empty())
      label += QStringLiteral(" (căn cứ: ") + qs(fee.legal_basis) + QStringLiteral(")");
    out.cell(t, row, 0, label, body);
    out.cell(t, row++, 1, vn_money(fee.amount), body, Qt::AlignRight);
  }
  out.cell(t, row, 0, QStringLiteral("Chi phí thực hiện một lần = tổng cột (8) + phí, lệ phí"),
           head);
  out.cell(t, row++, 1, vn_money(result.cost_per_filing), head, Qt::AlignRight);
  out.cell(t, row, 0,
           QStringLiteral("Số lần thực hiện trong một năm của một đối tượng") +
               notes.add(sheet.frequency_evidence),
           body);
  out.cell(t, row++, 1, qs(result.frequency.to_vietnamese()), body, Qt::AlignRight);
  if (result.one_case) {
    out.cell(t, row, 0,
             QStringLiteral("Không dự báo được số đối tượng: tính cho một trường hợp") +
                 notes.add(sheet.subjects_evidence),
             body);
    out.cell(t, row++, 1, QStringLiteral("1"), body, Qt::AlignRight);
  } else {
    out.cell(t, row, 0,
             QStringLiteral("Số đối tượng thực hiện trong một năm") +
                 notes.add(sheet.subjects_evidence),
             body);
    out.cell(t, row++, 1, qs(result.subjects.to_vietnamese()), body, Qt::AlignRight);
  }
  out.cell(t, row, 0,
           QStringLiteral("Chi phí tuân thủ mỗi năm = chi phí một lần × số lần × số đối tượng") +
               (result.one_case ? QStringLiteral(" (một trường hợp)") : QString()),
           head);
  out.cell(t, row, 1, vn_money(result.annual), head, Qt::AlignRight);
  out.end_table();
}

void variant(Builder& out, const Dossier& dossier, const Worksheet& sheet,
             const WorksheetResult& result, const forms::FormDefinition* form) {
  out.heading(variant_title(form, sheet.variant));
  Notes notes;
  if (const IncomeRate* rate = dossier.find_rate(sheet.rate_id))
    out.paragraph(QStringLiteral("Thu nhập bình quân một giờ làm việc (cột 5): ") +
                      rate_description(*rate, result.hourly_rate),
                  {.points = 11}, Qt::AlignJustify, 0, 3);
  out.keep_with_next(); // the rate introduces the table
  task_table(out, sheet, result, notes);
  filing_table(out, sheet, result, notes);
  if (!notes.items.empty()) {
    out.paragraph(QStringLiteral("Nguồn số liệu:"), {.italic = true, .points = 10}, Qt::AlignLeft,
                  0, 1);
    for (std::size_t i = 0; i < notes.items.size(); ++i)
      out.paragraph(QStringLiteral("[") + QString::number(i + 1) + QStringLiteral("] ") +
                        notes.items[i],
                    {.points = 10}, Qt::AlignJustify, 0, 1, 6);
  }
}

} // namespace

QString rate_description(const IncomeRate& rate, const Money& hourly) {
  QString text = vn_money(hourly) + QStringLiteral(" đồng/giờ");
  if (rate.kind == IncomeRate::Kind::derived) {
    text += QStringLiteral(" = GDP bình quân đầu người năm ") + QString::number(rate.year);
    if (rate.gdp_per_capita)
      text += QStringLiteral(" (") + vn_money(*rate.gdp_per_capita) + QStringLiteral(" đồng)");
    else if (rate.gdp && rate.population)
      text += QStringLiteral(" (GDP ") + vn_money(*rate.gdp) + QStringLiteral(" đồng / dân số ") +
              qs(rate.population->to_vietnamese()) + QStringLiteral(")");
    text += QStringLiteral(" / (12 × 22 × 8 = 2.112 giờ)");
  } else {
    text += QStringLiteral(" (nhập trực tiếp)");
  }
  if (!rate.publisher.empty())
    text += QStringLiteral("; ") + qs(rate.publisher);
  if (!rate.source.empty())
    text += QStringLiteral("; nguồn: ") + qs(rate.source);
  return text;
}

void render_worksheets(Builder& out, const Dossier& dossier, const Procedure& procedure,
                       const ProcedureResult& result, const forms::FormDefinition* form) {
  if (procedure.current && result.current)
    variant(out, dossier, *procedure.current, *result.current, form);
  if (procedure.proposed && result.proposed)
    variant(out, dossier, *procedure.proposed, *result.proposed, form);

  out.heading(QStringLiteral("C. Lợi ích về chi phí"));
  QTextTable* t = out.table(2, 4, {27, 27, 27, 19}, 1);
  const char* headers[] = {"Chi phí hiện hành (đồng/năm)", "Chi phí sau khi ban hành (đồng/năm)",
                           "Chi phí tiết kiệm (đồng/năm)", "Tỷ lệ cắt giảm"};
  for (int c = 0; c < 4; ++c)
    out.cell(t, 0, c, QString::fromUtf8(headers[c]), head, Qt::AlignHCenter);
  out.cell(t, 1, 0, vn_money(result.before), body, Qt::AlignRight);
  out.cell(t, 1, 1, vn_money(result.after), body, Qt::AlignRight);
  out.cell(t, 1, 2, vn_money(result.saving), body, Qt::AlignRight);
  out.cell(t, 1, 3, vn_percent(result.reduction_percent), body, Qt::AlignRight);
  out.end_table();
  if (procedure.kind == ProcedureKind::new_procedure)
    out.paragraph(QStringLiteral("Thủ tục mới: chi phí hiện hành bằng 0; chi phí tiết kiệm âm là "
                                 "chi phí tăng thêm do dự thảo."),
                  note, Qt::AlignJustify, 0, 3);
  else if (procedure.kind == ProcedureKind::abolished)
    out.paragraph(QStringLiteral("Thủ tục bãi bỏ: chi phí sau khi ban hành bằng 0; lợi ích về chi "
                                 "phí là toàn bộ chi phí hiện hành."),
                  note, Qt::AlignJustify, 0, 3);
}

} // namespace cptt::render::detail
