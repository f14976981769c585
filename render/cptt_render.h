#pragma once
// Printable assessment documents: from a dossier, the draft's summary (Mẫu 01/ĐGTĐ-BC)
// and, per procedure, its filled assessment form in the official layout, its cost worksheet
// (04/ĐGTĐ-SCM, current and after) and the contact block, written as PDF, ODT or DOCX (A4 portrait,
// serif 13 pt, page numbers in the PDF, tables that repeat their header row across pages).
//
// This header is Qt-free on purpose: the command-line tool and the app include it without Qt
// leaking into their interfaces. Every figure comes from the SCM engine (cptt::compute); the
// document formats them (Vietnamese number style) and never computes a cost itself.
//
// Writing needs a QGuiApplication (fonts): the app has one; the CLI holds a GuiSession.
#include "cptt/forms/form_catalog.h"
#include "cptt/model.h"
#include "cptt/review/response_check.h"
#include "cptt/text.h"

#include <memory>
#include <string>

namespace cptt::render {

// Makes sure a QGuiApplication exists while this object lives: for command-line use, where no
// application object exists. Without QT_QPA_PLATFORM set it uses the "offscreen" platform, so no
// display is needed. Does nothing when an application object exists already (the app).
class GuiSession {
public:
  GuiSession();
  ~GuiSession();
  GuiSession(const GuiSession&) = delete;
  GuiSession& operator=(const GuiSession&) = delete;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// DOCX is LibreOffice's conversion of the ODT (office_conversion.h): it needs LibreOffice.
enum class Format { pdf, odt, docx };

// The format named by the file's extension (.pdf, .odt, .docx, any case); false for another.
bool format_from_path(const std::string& path, Format& out);

struct DocumentOptions {
  std::string generation; // form generation; empty: the dossier's own (dossier_generation)
};

// Writes the document for `dossier` to `out_path` (.pdf, .odt or .docx) with the forms of
// `catalog`.
// The file is written to a temporary name and renamed, so a failure never leaves half a file.
// Returns an empty text or an error message a drafter understands.
Text write_assessment_document(const Dossier& dossier, const forms::FormCatalog& catalog,
                               const std::string& out_path, const DocumentOptions& options = {});
// The same, loading the form definitions from `forms_dir` first.
Text write_assessment_document(const Dossier& dossier, const std::string& forms_dir,
                               const std::string& out_path, const DocumentOptions& options = {});

// "Bảng tổng hợp, tiếp thu, giải trình ý kiến thẩm định": one row per comment and kept finding
// of `status` (check_response) with the comment, its place, the reviewer and body, the answer and
// its result, under a heading naming the draft and the review. `dossier` (the revised report's,
// else the reviewed one's; may be null) gives the drafting body of the header and, with `catalog`
// (may be null), names the places the answers point to (review/place_names.h). Written like the
// assessment document (.pdf, .odt or .docx); returns an empty text or the error message.
Text write_response_table(const review::Review& review, const review::Response& response,
                          const review::ResponseStatus& status, const Dossier* dossier,
                          const std::string& out_path, const forms::FormCatalog* catalog = nullptr);

} // namespace cptt::render
