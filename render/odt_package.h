#pragma once
// Internal (Qt): completes the ODF package QTextDocumentWriter writes (mimetype, manifest,
// content.xml and no styles), adding styles.xml with the A4 portrait page layout, its margins,
// the default serif font and a footer holding the page number, so LibreOffice and Word open the
// document on A4 with page numbers as in the PDF.
#include "cptt/text.h"

#include <QByteArray>

#include <string>

namespace cptt::render::detail {

// Qt's ODF writer does not write a table's header rows: the builder centres header cells
// vertically (and only them), and the package step turns the leading rows of such cells into
// <table:table-header-rows>, which LibreOffice and Word repeat on each page.

// The package with styles.xml added (through libzip); empty and `error` set when it cannot be
// read or written.
QByteArray add_page_styles(const QByteArray& package, Text& error);

} // namespace cptt::render::detail
