#pragma once
// Internal (Qt): Word output. The DOCX is LibreOffice's conversion of our own ODT (soffice
// --headless --convert-to docx), not OOXML written here: one layout (the ODT's page styles, header
// rows repeated, rows kept whole) is kept in one place, and LibreOffice's Word filter is far more
// complete than a writer of our own would be. LibreOffice is in scripts/debian-packages.txt.
#include "cptt/text.h"

#include <QByteArray>

#include <string>

namespace cptt::render::detail {

// The ODT package `odt` converted to DOCX by LibreOffice, run headless with a profile of its own
// in a temporary folder (so a LibreOffice the user has open is not disturbed). The program is
// $CPTT_SOFFICE, else soffice or libreoffice on the PATH. Empty with `error` set when it is not
// installed, fails or does not finish.
QByteArray convert_odt_to_docx(const QByteArray& odt, Text& error);

} // namespace cptt::render::detail
