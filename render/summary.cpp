// The draft's summary, Mẫu 01/ĐGTĐ-BC (bản đánh giá thủ tục hành chính of the draft): the summary
// form as the catalog defines it (general information and counts, results per group, totals,
// proposals), then every procedure with before / after / saving / %, the net change and its
// parts, the income rates used with their year and source, and the rounding rule. For provincial
// drafts the same content is pasted into the submission (tờ trình).
#include "document_builder.h"

#include "cptt/forms/assessment_summary.h"
#include "cptt/report.h"

#include <set>

namespace cptt::render::detail {

namespace {

const Style head{.bold = true, .points = table_points};
const Style body{.points = table_points};

void procedures_table(Builder& out, const Dossier& dossier, const DossierResult& results) {
  out.heading(QStringLiteral("Bảng tổng hợp chi phí tuân thủ của các thủ tục hành chính"));
  const int rows = static_cast<int>(dossier.procedures.size()) + 2;
  QTextTable* t = out.table(rows, 7, {6, 21, 9, 17, 17, 17, 13}, 1);
  const char* headers[] = {"STT",
                           "Tên thủ tục hành chính",
                           "Loại",
                           "Chi phí hiện hành (đồng/năm)",
                           "Chi phí sau khi ban hành (đồng/năm)",
                           "Chi phí tiết kiệm (đồng/năm)",
                           "Tỷ lệ cắt giảm"};
  for (int c = 0; c < 7; ++c)
    out.cell(t, 0, c, QString::fromUtf8(headers[c]), head, Qt::AlignHCenter);
  for (std::size_t i = 0; i < dossier.procedures.size(); ++i) {
    const Procedure& p = dossier.procedures[i];
    const ProcedureResult& r = results.procedures[i];
    const int row = static_cast<int>(i) + 1;
    out.cell(t, row, 0, QString::number(row), body, Qt::AlignHCenter);
    out.cell(t, row, 1, qs(p.name), body);
    out.cell(t, row, 2, qs(label_vi(p.kind)), body);
    out.cell(t, row, 3, vn_money(r.before), body, Qt::AlignRight);
    out.cell(t, row, 4, vn_money(r.after), body, Qt::AlignRight);
    out.cell(t, row, 5, vn_money(r.saving), body, Qt::AlignRight);
    out.cell(t, row, 6, vn_percent(r.reduction_percent), body, Qt::AlignRight);
  }
  const DossierTotals& totals = results.totals;
  const int last = rows - 1;
  out.cell(t, last, 1, QStringLiteral("Tổng cộng"), head);
  out.cell(t, last, 3, vn_money(totals.before), head, Qt::AlignRight);
  out.cell(t, last, 4, vn_money(totals.after), head, Qt::AlignRight);
  out.cell(t, last, 5, vn_money(totals.before - totals.after), head, Qt::AlignRight);
  out.cell(t, last, 6, vn_percent(totals.reduction_percent), head, Qt::AlignRight);
  out.end_table();
}

void net_change(Builder& out, const DossierTotals& totals) {
  out.heading(QStringLiteral("Chênh lệch chi phí tuân thủ của dự thảo"));
  QTextTable* t = out.table(4, 2, {70, 30}, 0);
  const std::pair<const char*, const Money*> rows[] = {
      {"Chênh lệch (sau − trước; số dương là dự thảo làm tăng chi phí)", &totals.net_change},
      {"Chi phí tăng thêm do thủ tục mới", &totals.added_by_new},
      {"Chi phí tiết kiệm do sửa đổi, bổ sung, quy định chi tiết", &totals.saved_by_amendments},
      {"Chi phí tiết kiệm do bãi bỏ", &totals.saved_by_abolitions}};
  for (int row = 0; row < 4; ++row) {
    const Style& style = row == 0 ? head : body;
    out.cell(t, row, 0, QString::fromUtf8(rows[row].first), style);
    out.cell(t, row, 1, vn_money(*rows[row].second), style, Qt::AlignRight);
  }
  out.end_table();
}

void rates_used(Builder& out, const Dossier& dossier, const DossierResult& results) {
  out.heading(QStringLiteral("Thu nhập bình quân một giờ làm việc đã sử dụng"));
  std::set<std::string> used;
  for (const Procedure& p : dossier.procedures) {
    if (p.current)
      used.insert(p.current->rate_id);
    if (p.proposed)
      used.insert(p.proposed->rate_id);
  }
  if (dossier.draft.calculation_year > 0)
    out.paragraph(QStringLiteral("Năm tính chi phí: ") +
                      QString::number(dossier.draft.calculation_year) +
                      QStringLiteral(" (số liệu của năm liền trước năm tính chi phí)."),
                  {}, Qt::AlignJustify, 0, 3);
  for (const RateResult& r : results.rates) {
    if (!used.contains(r.id))
      continue;
    if (const IncomeRate* rate = dossier.find_rate(r.id))
      out.runs({{QStringLiteral("– "), {}}, {rate_description(*rate, r.hourly_rate), {}}},
               Qt::AlignJustify, 0, 3, 6);
  }
}

void rounding_rule(Builder& out) {
  std::string rule = rounding_rule_text();
  if (std::size_t english = rule.find(" / Every"); english != std::string::npos)
    rule.resize(english);
  out.runs({{QStringLiteral("Quy tắc làm tròn: "), {.bold = true}}, {qs(rule), {}}},
           Qt::AlignJustify, 9, 3);
}

} // namespace

void render_summary(Builder& out, const Dossier& dossier, const DossierResult& results,
                    const forms::FormCatalog& catalog, const std::string& generation) {
  const forms::FormDefinition* summary = nullptr;
  for (const forms::FormDefinition* f : catalog.draft_forms(dossier.draft.stage, generation))
    if (f->role == forms::FormRole::summary)
      summary = f;
  out.form_code_line(summary ? form_code(summary)
                             : QStringLiteral("Bản đánh giá thủ tục hành chính"));
  out.header_block(dossier.draft);
  out.title_block(summary ? qs(summary->title.vi)
                          : QStringLiteral("Bản đánh giá tác động của thủ tục hành chính"),
                  qs(dossier.draft.title), summary ? summary->verified : true);
  if (summary) {
    AnswerSet answers;
    answers.form_id = summary->id;
    for (const AnswerSet& set : dossier.answers)
      if (set.form_id == summary->id && set.procedure_id.empty())
        answers = set;
    // Each procedure's "Tóm tắt kết quả đánh giá": the drafter's text, else composed from the
    // procedure's assessment answers (the same text the app shows before export).
    const AnswerSet printed =
        forms::with_assessment_summaries(answers, *summary, dossier, catalog, generation);
    const forms::FormEvaluation evaluation =
        forms::evaluate(*summary, printed, {&dossier, nullptr});
    render_form(out, evaluation, printed);
  }
  procedures_table(out, dossier, results);
  net_change(out, results.totals);
  rates_used(out, dossier, results);
  rounding_rule(out);
  out.contact_block(dossier.draft.contact);
  out.signature_block(dossier.draft);
}

} // namespace cptt::render::detail
