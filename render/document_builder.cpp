// The house layout of the assessment documents, and the blocks every document shares: the header
// block (issuing body on the left, the national motto on the right), the title, the contact and
// signature blocks (Nghị định 30/2020/NĐ-CP layout: serif, 13 pt, motto bold).
#include "document_builder.h"
#include "odt_package.h"

#include <QAbstractTextDocumentLayout>
#include <QBrush>
#include <QFont>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextLength>
#include <QTextTableCell>

namespace cptt::render::detail {

namespace {

QStringList serif_families() {
  return {QStringLiteral("Liberation Serif"), QStringLiteral("Noto Serif"),
          QStringLiteral("DejaVu Serif")};
}

QString dots(const std::string& text) {
  return text.empty() ? QStringLiteral("……………………………………") : qs(text);
}

} // namespace

QString vn_number(const std::string& canonical) {
  if (auto d = Decimal::try_parse(canonical, NumberStyle::canonical))
    return qs(d->to_vietnamese());
  return qs(canonical);
}

QString vn_money(const Money& money) { return qs(money.to_vietnamese()); }

QString form_code(const forms::FormDefinition* form) {
  if (!form || form->code.empty())
    return QString();
  return QStringLiteral("Mẫu ") + qs(form->code);
}

QString vn_percent(const std::optional<Decimal>& percent) {
  if (!percent)
    return QStringLiteral("—");
  return qs(percent->to_vietnamese(2)) + QStringLiteral(" %");
}

Builder::Builder(QTextDocument& document, double unit)
    : document_(document), cursor_(&document), unit_(unit) {
  QFont font;
  font.setFamilies(serif_families());
  font.setPointSizeF(body_points);
  document_.setDefaultFont(font);
  document_.setDocumentMargin(0);
}

QTextCharFormat Builder::char_format(const Style& style) const {
  QTextCharFormat format;
  format.setFontFamilies(serif_families());
  format.setFontPointSize(style.points);
  format.setFontWeight(style.bold ? QFont::Bold : QFont::Normal);
  format.setFontItalic(style.italic);
  format.setFontUnderline(style.underline);
  return format;
}

void Builder::runs(const std::vector<std::pair<QString, Style>>& parts, Qt::Alignment align,
                   double space_before, double space_after, double indent) {
  QTextBlockFormat block;
  block.setAlignment(align);
  block.setTopMargin(space_before * unit_);
  block.setBottomMargin(space_after * unit_);
  block.setLeftMargin(indent * unit_);
  block.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
  const QTextCharFormat first = char_format(parts.empty() ? Style{} : parts.front().second);
  if (first_block_) {
    cursor_.mergeBlockFormat(block); // keeps a page break set on this block
    cursor_.setBlockCharFormat(first);
    first_block_ = false;
  } else {
    cursor_.insertBlock(block, first);
  }
  for (const auto& [text, style] : parts)
    cursor_.insertText(text, char_format(style));
}

void Builder::paragraph(const QString& text, const Style& style, Qt::Alignment align,
                        double space_before, double space_after, double indent) {
  runs({{text, style}}, align, space_before, space_after, indent);
}

void Builder::heading(const QString& text, double space_before) {
  paragraph(text, {.bold = true}, Qt::AlignLeft, space_before, 4);
  keep_with_next();
}

void Builder::keep_with_next() {
  QTextBlockFormat keep;
  keep.setProperty(keep_with_next_property, true);
  cursor_.mergeBlockFormat(keep);
}

void Builder::page_break() {
  QTextBlockFormat block;
  block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
  cursor_.insertBlock(block, char_format({}));
  first_block_ = true; // the next paragraph reuses this block
}

QTextTable* Builder::table(int rows, int columns, const std::vector<double>& widths,
                           int header_rows, bool borders) {
  first_block_ = false;
  QTextTableFormat format;
  format.setCellSpacing(0);
  format.setCellPadding((borders ? 3 : 1) * unit_);
  format.setBorder(borders ? 0.6 * unit_ : 0);
  format.setBorderStyle(borders ? QTextFrameFormat::BorderStyle_Solid
                                : QTextFrameFormat::BorderStyle_None);
  format.setBorderCollapse(true);
  format.setBorderBrush(QBrush(Qt::black));
  format.setHeaderRowCount(header_rows);
  format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
  format.setTopMargin(3 * unit_);
  format.setBottomMargin(6 * unit_);
  QList<QTextLength> constraints;
  for (double w : widths)
    constraints << QTextLength(QTextLength::PercentageLength, w);
  format.setColumnWidthConstraints(constraints);
  QTextTable* table = cursor_.insertTable(rows, columns, format);
  if (borders) { // collapsed borders are drawn from the cells' own border properties
    QTextTableCellFormat cell_format;
    cell_format.setBorder(0.6 * unit_);
    cell_format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cell_format.setBorderBrush(QBrush(Qt::black));
    cell_format.setPadding(3 * unit_);
    QTextTableCellFormat header_format = cell_format;
    header_format.setVerticalAlignment(QTextCharFormat::AlignMiddle); // marks them in the ODT
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < columns; ++c)
        table->cellAt(r, c).setFormat(r < header_rows ? header_format : cell_format);
  }
  return table;
}

void Builder::cell(QTextTable* table, int row, int column, const QString& text, const Style& style,
                   Qt::Alignment align) {
  QTextCursor c = table->cellAt(row, column).firstCursorPosition();
  QTextBlockFormat block;
  block.setAlignment(align);
  block.setNonBreakableLines(align.testFlag(Qt::AlignRight)); // figures never wrap at a dot
  c.setBlockFormat(block); // not the block's char format: it holds the cell's borders
  QString one_block = text;
  one_block.replace(QLatin1Char('\n'), QChar::LineSeparator);
  c.insertText(one_block, char_format(style));
}

void Builder::cell_line(QTextTable* table, int row, int column, const QString& text,
                        const Style& style) {
  // A line break, not a new paragraph: Qt's ODF writer turns every paragraph of a cell into a
  // cell of its own. The line keeps the cell's alignment.
  QTextCursor c = table->cellAt(row, column).lastCursorPosition();
  QString line = text;
  line.replace(QLatin1Char('\n'), QChar::LineSeparator);
  c.insertText(QString(QChar::LineSeparator), char_format(style));
  c.insertText(line, char_format(style));
}

void Builder::end_table() {
  cursor_.movePosition(QTextCursor::End);
  first_block_ = false;
}

void Builder::form_code_line(const QString& code) {
  paragraph(code, {.bold = true, .points = 12}, Qt::AlignRight, 0, 6);
}

void Builder::header_block(const Draft& draft) {
  QTextTable* t = table(1, 2, {38, 62}, 0, false);
  const QString body = draft.drafting_body.empty() ? QStringLiteral("CƠ QUAN CHỦ TRÌ SOẠN THẢO")
                                                   : qs(draft.drafting_body).toUpper();
  cell(t, 0, 0, body, {.bold = true, .points = 12}, Qt::AlignHCenter);
  cell_line(t, 0, 0, QStringLiteral("———————"), {.points = 10});
  cell(t, 0, 1, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), {.bold = true, .points = 12},
       Qt::AlignHCenter);
  cell_line(t, 0, 1, QStringLiteral("Độc lập - Tự do - Hạnh phúc"), {.bold = true});
  cell_line(t, 0, 1, QStringLiteral("——————————————"), {.points = 10});
  end_table();
  paragraph(QStringLiteral("……………, ngày …… tháng …… năm ……"), {.italic = true}, Qt::AlignRight, 2,
            10);
}

void Builder::title_block(const QString& title, const QString& subtitle, bool verified) {
  paragraph(title.toUpper(), {.bold = true}, Qt::AlignHCenter, 6, 2);
  if (!subtitle.isEmpty())
    paragraph(subtitle, {.italic = true}, Qt::AlignHCenter, 0, 2);
  if (!verified)
    paragraph(QStringLiteral("(Biểu mẫu ") + qs(std::string(unverified_mark)) +
                  QStringLiteral("; các phần chưa đối chiếu được ghi chú cạnh tiêu đề.)"),
              {.italic = true, .points = 11}, Qt::AlignHCenter, 0, 6);
  paragraph(QString(), {.points = 6}, Qt::AlignLeft, 0, 0);
}

void Builder::contact_block(const Contact& contact) {
  paragraph(QStringLiteral("Thông tin liên hệ"), {.bold = true}, Qt::AlignLeft, 12, 3);
  runs({{QStringLiteral("Họ và tên: "), {}}, {dots(contact.name), {}}}, Qt::AlignLeft);
  runs({{QStringLiteral("Điện thoại: "), {}}, {dots(contact.phone), {}}}, Qt::AlignLeft);
  runs({{QStringLiteral("Email: "), {}}, {dots(contact.email), {}}}, Qt::AlignLeft);
}

void Builder::signature_block(const Draft& draft) {
  QTextTable* t = table(1, 2, {45, 55}, 0, false);
  cell(t, 0, 0, QString());
  cell(t, 0, 1, QStringLiteral("ĐẠI DIỆN CƠ QUAN CHỦ TRÌ SOẠN THẢO"), {.bold = true, .points = 12},
       Qt::AlignHCenter);
  cell_line(t, 0, 1, QStringLiteral("(Ký, ghi rõ họ tên, đóng dấu)"), {.italic = true});
  if (!draft.drafting_body.empty())
    cell_line(t, 0, 1, qs(draft.drafting_body), {.italic = true, .points = 11});
  end_table();
}

} // namespace cptt::render::detail
