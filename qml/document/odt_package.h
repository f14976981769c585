#pragma once
// Internal (Qt): completes the ODF package QTextDocumentWriter writes (mimetype, manifest,
// content.xml and no styles), adding styles.xml with the A4 portrait page layout, its margins,
// the default serif font and a footer holding the page number, so LibreOffice and Word open the
// document on A4 with page numbers as in the PDF.
#include <QByteArray>

#include <string>

namespace cptt::document::detail {

// The package with styles.xml added; empty and `error` set when the package cannot be read.
QByteArray add_page_styles(const QByteArray& package, std::string& error);

} // namespace cptt::document::detail
