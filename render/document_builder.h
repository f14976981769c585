#pragma once
// Internal (Qt): a small writer over QTextDocument + QTextCursor that knows the house layout of
// Vietnamese official documents (serif 13 pt, centred bold headings, bordered tables with a
// repeated header row), and the parts every assessment document shares: the header block with the
// national motto, the title block, the contact block. Content modules (form_rendering.cpp,
// worksheet_tables.cpp, summary.cpp) write through it.
#include "cptt/engine.h"
#include "cptt/forms/form_catalog.h"
#include "cptt/forms/form_engine.h"
#include "cptt/model.h"

#include <QString>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <functional>
#include <string>
#include <vector>

namespace cptt::render::detail {

inline constexpr double body_points = 13.0;
inline constexpr double table_points = 10.5;
inline constexpr const char* unverified_mark = "chưa đối chiếu với văn bản chính thức";
inline constexpr const char* box_checked = "☒";
inline constexpr const char* box_empty = "☐";
// Block format property of headings kept with the paragraph or table after them.
inline constexpr int keep_with_next_property = QTextFormat::UserProperty + 1;

// The PDF's page rules (pagination.cpp), applied once the document is laid out for its device:
// no heading alone at the foot of a page (it moves to the next page with what it introduces),
// and no table row split between two pages (the row moves whole to the next page, where the
// header rows repeat; a row taller than a page is left to split). Lengths in device units.
struct PageGeometry {
  double page_height = 0;     // one sheet
  double content_bottom = 0;  // from the top of a sheet to the end of its text area
  double device_per_unit = 1; // device units per format unit (96-dpi pixel)
};
void paginate(QTextDocument& document, const PageGeometry& geometry);

struct Style {
  bool bold = false;
  bool italic = false;
  bool underline = false;
  double points = body_points;
};

inline QString qs(const std::string& text) { return QString::fromStdString(text); }
inline QString qs(std::string_view text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Vietnamese number style of canonical figures: "3750000000" → "3.750.000.000" (canonical text
// that is not a number is returned as it is).
QString vn_number(const std::string& canonical);
QString vn_money(const Money& money);
// "Mẫu 02/ĐGTĐ-BHM"; empty for a form without an official code (its title names it).
QString form_code(const forms::FormDefinition* form);
// "32,00 %" or "—" when none.
QString vn_percent(const std::optional<Decimal>& percent);

class Builder {
public:
  // `unit`: layout units per point. Lengths in text formats are 96-dpi pixels (the layout scales
  // them to the paint device; the ODF writer converts them to points): 96 / 72.
  Builder(QTextDocument& document, double unit);

  QTextDocument& document() { return document_; }
  QTextCharFormat char_format(const Style& style) const;

  // A new paragraph with `text` (may be empty), aligned, with spacing in points.
  void paragraph(const QString& text, const Style& style = {},
                 Qt::Alignment align = Qt::AlignJustify, double space_before = 0,
                 double space_after = 3, double indent = 0);
  // A new paragraph made of runs (text, style).
  void runs(const std::vector<std::pair<QString, Style>>& parts,
            Qt::Alignment align = Qt::AlignJustify, double space_before = 0, double space_after = 3,
            double indent = 0);
  void heading(const QString& text, double space_before = 9);
  // Marks the last paragraph as a heading to keep on the page of what follows it (the PDF moves it
  // to the next page rather than leave it alone at the foot of one: keep_headings_with_next).
  void keep_with_next();
  void page_break();

  // A table appended at the end: widths in percent, `header_rows` repeated on each page.
  QTextTable* table(int rows, int columns, const std::vector<double>& widths, int header_rows,
                    bool borders = true);
  void cell(QTextTable* table, int row, int column, const QString& text, const Style& style = {},
            Qt::Alignment align = Qt::AlignLeft);
  // Appends a line to a cell's text (same paragraph, same alignment).
  void cell_line(QTextTable* table, int row, int column, const QString& text,
                 const Style& style = {});
  void end_table(); // puts the cursor after the last table

  // Parts every document shares.
  void form_code_line(const QString& code);
  void header_block(const Draft& draft);
  void title_block(const QString& title, const QString& subtitle, bool verified);
  void contact_block(const Contact& contact);
  void signature_block(const Draft& draft);

private:
  QTextDocument& document_;
  QTextCursor cursor_;
  double unit_ = 1;
  bool first_block_ = true;
};

// Writes the document that `build` makes to `out_path` (.pdf, .odt or .docx by its extension)
// through a save file, in the house page layout (document_output.cpp); `title` is the PDF's.
using BuildDocument = std::function<void(Builder&)>;
Text write_document(const std::string& out_path, const QString& title, const BuildDocument& build);

// "GDP bình quân đầu người năm 2023 …: 48.248 đồng/giờ (Cục Thống kê; source)".
QString rate_description(const IncomeRate& rate, const Money& hourly);

// The content modules.
void render_summary(Builder& out, const Dossier& dossier, const DossierResult& results,
                    const forms::FormCatalog& catalog, const std::string& generation);
void render_form(Builder& out, const forms::FormEvaluation& evaluation, const AnswerSet& answers);
void render_worksheets(Builder& out, const Dossier& dossier, const Procedure& procedure,
                       const ProcedureResult& result, const forms::FormDefinition* worksheet_form);

} // namespace cptt::render::detail
