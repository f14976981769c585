// The whole document (summary, then per procedure its assessment form, cost worksheet and contact
// block) and its output: PDF through QPdfWriter (A4 portrait, page numbers at the foot of each
// page, laid out page by page so table headers repeat) and ODT through QTextDocumentWriter.
// Both are written through QSaveFile: a failure never leaves half a file.
#include "cptt_render.h"
#include "document_builder.h"
#include "odt_package.h"
#include "office_conversion.h"

#include "cptt/engine.h"
#include "cptt/forms/dossier_forms.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocumentWriter>
#include <QTextFrame>

#include <algorithm>
#include <cctype>

namespace cptt::render {

namespace {

using namespace detail;

constexpr int pdf_dpi = 300;
constexpr double footer_mm = 10;
// Nghị định 30/2020/NĐ-CP: top 20-25 mm, bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
const QMarginsF page_margins_mm(30, 20, 15, 15);

// The answer sets about `procedure` whose form is known and is not a worksheet view, in file
// order; when none of the required assessment forms has answers, those forms with no answers (a
// blank form to fill).
std::vector<std::pair<const forms::FormDefinition*, AnswerSet>>
procedure_forms(const Dossier& dossier, const Procedure& procedure,
                const forms::FormCatalog& catalog, const std::string& generation) {
  std::vector<std::pair<const forms::FormDefinition*, AnswerSet>> out;
  for (const AnswerSet& set : dossier.answers) {
    if (set.procedure_id != procedure.id)
      continue;
    const forms::FormDefinition* form = catalog.find(set.form_id);
    if (form && form->role != forms::FormRole::worksheet &&
        form->scope == forms::FormScope::procedure)
      out.emplace_back(form, set);
  }
  for (const forms::FormDefinition* form :
       catalog.required_for(dossier.draft.stage, procedure.kind, generation)) {
    const bool present =
        std::any_of(out.begin(), out.end(), [&](const auto& entry) { return entry.first == form; });
    if (!present) {
      AnswerSet blank;
      blank.form_id = form->id;
      blank.procedure_id = procedure.id;
      out.emplace_back(form, blank);
    }
  }
  return out;
}

const forms::FormDefinition* worksheet_form(const forms::FormCatalog& catalog, const Dossier& d,
                                            ProcedureKind kind, const std::string& generation) {
  for (const forms::FormDefinition* f : catalog.forms_for(d.draft.stage, kind, generation))
    if (f->role == forms::FormRole::worksheet)
      return f;
  return nullptr;
}

void render_procedure(Builder& out, const Dossier& dossier, const Procedure& procedure,
                      const ProcedureResult& result, const forms::FormCatalog& catalog,
                      const std::string& generation) {
  const auto sets = procedure_forms(dossier, procedure, catalog, generation);
  for (std::size_t i = 0; i < sets.size(); ++i) {
    const auto& [form, answers] = sets[i];
    out.page_break();
    out.form_code_line(form_code(form));
    out.header_block(dossier.draft);
    out.title_block(qs(form->title.vi), QStringLiteral("Thủ tục: ") + qs(procedure.name),
                    form->verified);
    const forms::FormEvaluation evaluation =
        forms::evaluate(*form, answers, {&dossier, &procedure});
    render_form(out, evaluation, answers);
  }
  const forms::FormDefinition* sheet = worksheet_form(catalog, dossier, procedure.kind, generation);
  out.page_break();
  if (sets.empty()) { // abolished: no assessment form of its own
    out.form_code_line(form_code(sheet));
    out.header_block(dossier.draft);
  }
  const QString title = sheet ? qs(sheet->title.vi)
                              : QStringLiteral("Biểu mẫu tính chi phí tuân thủ thủ tục hành chính");
  const QString code = sets.empty() ? QString() : form_code(sheet);
  out.title_block((code.isEmpty() ? QString() : code + QStringLiteral(": ")) + title,
                  QStringLiteral("Thủ tục: ") + qs(procedure.name) + QStringLiteral(" (") +
                      qs(label_vi(procedure.kind)) + QStringLiteral(")"),
                  sheet ? sheet->verified : true);
  if (procedure.kind == ProcedureKind::abolished) {
    out.runs({{QStringLiteral("Lý do bãi bỏ: "), {.bold = true}},
              {procedure.simplification.empty() ? QStringLiteral("……………………")
                                                : qs(procedure.simplification),
               {}}},
             Qt::AlignJustify, 0, 3);
  }
  render_worksheets(out, dossier, procedure, result, sheet);
  out.contact_block(dossier.draft.contact);
}

void build(Builder& out, const Dossier& dossier, const DossierResult& results,
           const forms::FormCatalog& catalog, const std::string& generation) {
  render_summary(out, dossier, results, catalog, generation);
  // Draft-level assessments other than the summary (TT03-2022 Annex I at the proposal stage).
  for (const AnswerSet& set : dossier.answers) {
    const forms::FormDefinition* form = catalog.find(set.form_id);
    if (!set.procedure_id.empty() || !form || form->scope != forms::FormScope::draft ||
        form->role == forms::FormRole::summary)
      continue;
    out.page_break();
    out.form_code_line(form_code(form));
    out.header_block(dossier.draft);
    out.title_block(qs(form->title.vi), qs(dossier.draft.title), form->verified);
    render_form(out, forms::evaluate(*form, set, {&dossier, nullptr}), set);
    out.contact_block(dossier.draft.contact);
  }
  for (std::size_t i = 0; i < dossier.procedures.size(); ++i)
    render_procedure(out, dossier, dossier.procedures[i], results.procedures[i], catalog,
                     generation);
}

Text write_pdf(QTextDocument& document, QSaveFile& file, const QString& title,
               const BuildDocument& build) {
  QPdfWriter writer(&file);
  writer.setResolution(pdf_dpi);
  writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                   QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
  writer.setTitle(title);
  writer.setCreator(QStringLiteral("cptt ") + QStringLiteral(CPTT_VERSION));
  // Built first, laid out once for the PDF's resolution afterwards: a layout attached while
  // building would be redone at every edit (quadratic in the number of table cells).
  Builder builder(document, 96.0 / 72.0);
  build(builder);
  document.documentLayout()->setPaintDevice(&writer);

  // The whole sheet is one page of the document; the page margins are the root frame's, which
  // the layout applies on every page (so no line ever straddles a page boundary).
  // The page size is in device pixels; lengths in formats are 96-dpi pixels that the layout
  // scales to the device.
  const double mm = pdf_dpi / 25.4;
  const double layout_mm = 96 / 25.4;
  const QSizeF page = QPageSize(QPageSize::A4).rect(QPageSize::Millimeter).size() * mm;
  QTextFrameFormat frame = document.rootFrame()->frameFormat();
  frame.setLeftMargin(page_margins_mm.left() * layout_mm);
  frame.setTopMargin(page_margins_mm.top() * layout_mm);
  frame.setRightMargin(page_margins_mm.right() * layout_mm);
  frame.setBottomMargin((page_margins_mm.bottom() + footer_mm) * layout_mm);
  document.rootFrame()->setFrameFormat(frame);
  document.setPageSize(page);
  paginate(document, {.page_height = page.height(),
                      .content_bottom = page.height() - (page_margins_mm.bottom() + footer_mm) * mm,
                      .device_per_unit = pdf_dpi / 96.0});

  QPainter painter;
  if (!painter.begin(&writer))
    return {"không tạo được tệp PDF", "cannot start the PDF"};
  QFont number_font(QStringLiteral("Liberation Serif"));
  number_font.setPointSizeF(11);
  const int pages = document.pageCount();
  for (int i = 0; i < pages; ++i) {
    if (i > 0)
      writer.newPage();
    painter.save();
    const QRectF view(0, i * page.height(), page.width(), page.height());
    painter.translate(0, -view.top());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
    painter.setFont(number_font);
    painter.setPen(Qt::black);
    const QRectF foot(0, page.height() - (page_margins_mm.bottom() + footer_mm) * mm, page.width(),
                      footer_mm * mm);
    painter.drawText(foot, Qt::AlignCenter, QString::number(i + 1));
  }
  if (!painter.end())
    return {"không ghi được tệp PDF", "cannot finish the PDF"};
  return {};
}

// The ODT package; empty with `error` set on failure.
QByteArray odt_package(QTextDocument& document, const BuildDocument& build, Text& error) {
  Builder builder(document, 96.0 / 72.0);
  build(builder);
  // The ODF writer closes its device: write to memory, then to the save file.
  QBuffer buffer;
  QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
  if (!writer.write(&document)) {
    error = {"không ghi được tệp ODT", "cannot write the ODT"};
    return {};
  }
  return add_page_styles(buffer.data(), error);
}

// ODT, or DOCX converted from the same ODT (so both carry the same content and layout).
Text write_office(QTextDocument& document, QSaveFile& file, Format format,
                  const BuildDocument& build) {
  Text error;
  QByteArray package = odt_package(document, build, error);
  if (!package.isEmpty() && format == Format::docx)
    package = convert_odt_to_docx(package, error);
  if (package.isEmpty())
    return error;
  if (file.write(package) != package.size())
    return Text{"không ghi được tệp: ", "cannot write the file: "} +
           file.errorString().toStdString();
  return {};
}

} // namespace

Text detail::write_document(const std::string& out_path, const QString& title,
                            const BuildDocument& build) {
  Format format;
  if (!format_from_path(out_path, format))
    return {"tệp kết quả phải có đuôi .pdf, .odt hoặc .docx",
            "the output file must end in .pdf, .odt or .docx"};
  QSaveFile file(qs(out_path));
  if (!file.open(QIODevice::WriteOnly))
    return Text{"không mở được tệp để ghi: ", "cannot open the file for writing: "} +
           file.errorString().toStdString();
  QTextDocument document;
  Text error;
  try {
    error = format == Format::pdf ? write_pdf(document, file, title, build)
                                  : write_office(document, file, format, build);
  } catch (const std::exception& e) {
    error = error_text(e);
  }
  if (!error.empty()) {
    file.cancelWriting();
    return error;
  }
  if (!file.commit())
    return Text{"không ghi được tệp: ", "cannot write the file: "} +
           file.errorString().toStdString();
  return {};
}

bool format_from_path(const std::string& path, Format& out) {
  std::string ext = QFileInfo(qs(path)).suffix().toLower().toStdString();
  if (ext == "pdf")
    out = Format::pdf;
  else if (ext == "odt")
    out = Format::odt;
  else if (ext == "docx")
    out = Format::docx;
  else
    return false;
  return true;
}

Text write_assessment_document(const Dossier& dossier, const forms::FormCatalog& catalog,
                               const std::string& out_path, const DocumentOptions& options) {
  Format format;
  if (!format_from_path(out_path, format))
    return {"tệp kết quả phải có đuôi .pdf, .odt hoặc .docx",
            "the output file must end in .pdf, .odt or .docx"};
  DossierResult results;
  try {
    results = compute(dossier);
  } catch (const std::exception& e) {
    return Text{"không tính được chi phí: ", "cannot compute the costs: "} + error_text(e);
  }
  const std::string generation =
      options.generation.empty() ? forms::dossier_generation(dossier, catalog) : options.generation;
  return write_document(out_path, qs(dossier.draft.title),
                        [&](Builder& out) { build(out, dossier, results, catalog, generation); });
}

Text write_assessment_document(const Dossier& dossier, const std::string& forms_dir,
                               const std::string& out_path, const DocumentOptions& options) {
  const forms::FormCatalog catalog = forms::FormCatalog::load_folder(forms_dir);
  if (catalog.forms().empty()) {
    Text message{"không nạp được biểu mẫu nào từ " + forms_dir,
                 "no form definitions loaded from " + forms_dir};
    if (!catalog.errors().empty())
      message = message + ": " + catalog.errors().front().describe_both();
    return message;
  }
  return write_assessment_document(dossier, catalog, out_path, options);
}

} // namespace cptt::render
