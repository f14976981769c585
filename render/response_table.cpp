// "Bảng tổng hợp, tiếp thu, giải trình ý kiến thẩm định": the drafter's answers to the review, one
// row per comment and kept finding, in the house layout (document_builder.h).
#include "cptt_render.h"
#include "document_builder.h"

#include "cptt/dates.h"
#include "cptt/review/place_names.h"

namespace cptt::render {

namespace {

using namespace detail;

// "ngày 29 tháng 11 năm 2026" of an ISO date (its time, if any, left out); "" when none.
QString vn_date(const std::string& iso) {
  if (iso.size() < 10 || !is_iso_date(std::string_view(iso).substr(0, 10)))
    return qs(iso);
  const auto number = [&](std::size_t at, std::size_t n) {
    return QString::number(std::stoi(iso.substr(at, n)));
  };
  return QStringLiteral("ngày ") + number(8, 2) + QStringLiteral(" tháng ") + number(5, 2) +
         QStringLiteral(" năm ") + qs(iso.substr(0, 4));
}

QString who(const review::ResponseItem& item, const review::Review& review) {
  QString out = qs(item.author);
  if (!review.reviewer.body.empty())
    out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + qs(review.reviewer.body);
  return out.isEmpty() ? QStringLiteral("—") : out;
}

void heading(Builder& out, const review::Review& review, const review::Response& response) {
  out.runs(
      {{QStringLiteral("Báo cáo thẩm định: "), {.bold = true}},
       {qs(review.reviewer.body.empty() ? std::string("……………") : review.reviewer.body) +
            (review.reviewer.date.empty() ? QString()
                                          : QStringLiteral(", ") + vn_date(review.reviewer.date)) +
            (response.review_file.empty()
                 ? QString()
                 : QStringLiteral(" (tệp ") + qs(response.review_file) + QStringLiteral(")")),
        {}}},
      Qt::AlignLeft);
  if (!response.report_file.empty())
    out.runs({{QStringLiteral("Báo cáo đánh giá tác động đã chỉnh sửa: "), {.bold = true}},
              {qs(response.report_file), {}}},
             Qt::AlignLeft);
  if (!response.responder.body.empty() || !response.responder.name.empty()) {
    QString by = qs(response.responder.body);
    if (!response.responder.name.empty())
      by += (by.isEmpty() ? QString() : QStringLiteral(" — ")) + qs(response.responder.name);
    if (!response.responder.date.empty())
      by += QStringLiteral(", ") + vn_date(response.responder.date);
    out.runs({{QStringLiteral("Cơ quan tiếp thu, giải trình: "), {.bold = true}}, {by, {}}},
             Qt::AlignLeft);
  }
  out.paragraph(QString(), {.points = 6}, Qt::AlignLeft, 0, 0);
}

QString answer_text(const review::ResponseItem& item, const Dossier* dossier,
                    const forms::FormCatalog* catalog) {
  if (!item.entry)
    return QStringLiteral("—");
  QString text = qs(item.entry->text);
  if (item.entry->anchor)
    text += QStringLiteral("\nVị trí sau khi chỉnh sửa: ") +
            qs(review::place_name(*item.entry->anchor, dossier, catalog).vi);
  return text;
}

void table(Builder& out, const review::Review& review, const review::ResponseStatus& status,
           const Dossier* dossier, const forms::FormCatalog* catalog) {
  static const char* const headers[] = {"STT",
                                        "Ý kiến thẩm định",
                                        "Vị trí",
                                        "Cơ quan/người góp ý",
                                        "Nội dung tiếp thu, giải trình",
                                        "Kết quả"};
  const int rows = static_cast<int>(status.items.size()) + 1;
  QTextTable* t = out.table(rows, 6, {6, 27, 15, 15, 25, 12}, 1);
  for (int c = 0; c < 6; ++c)
    out.cell(t, 0, c, qs(std::string_view(headers[c])), {.bold = true, .points = table_points},
             Qt::AlignHCenter);
  const Style body{.points = table_points};
  for (std::size_t i = 0; i < status.items.size(); ++i) {
    const review::ResponseItem& item = status.items[i];
    const int r = static_cast<int>(i) + 1;
    out.cell(t, r, 0, QString::number(r), body, Qt::AlignHCenter);
    out.cell(t, r, 1, qs(item.text.vi), body);
    out.cell(t, r, 2, qs(item.place.vi), body);
    out.cell(t, r, 3, who(item, review), body);
    out.cell(t, r, 4, answer_text(item, dossier, catalog), body);
    out.cell(t, r, 5, qs(label_vi(item.state)), body, Qt::AlignHCenter);
  }
  out.end_table();
}

} // namespace

Text write_response_table(const review::Review& review, const review::Response& response,
                          const review::ResponseStatus& status, const Dossier* dossier,
                          const std::string& out_path, const forms::FormCatalog* catalog) {
  Draft draft = dossier ? dossier->draft : Draft{};
  if (draft.drafting_body.empty())
    draft.drafting_body = response.responder.body;
  const std::string title = draft.title.empty() ? review.draft_title : draft.title;
  return write_document(out_path, qs(title), [&](Builder& out) {
    out.header_block(draft);
    out.title_block(QStringLiteral("Bảng tổng hợp, tiếp thu, giải trình ý kiến thẩm định"),
                    title.empty() ? QString() : QStringLiteral("Dự thảo: ") + qs(title), true);
    heading(out, review, response);
    table(out, review, status, dossier, catalog);
    out.paragraph(QString(), {.points = 6}, Qt::AlignLeft, 0, 0);
    out.signature_block(draft);
  });
}

} // namespace cptt::render
