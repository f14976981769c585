// Completes the ODF package Qt wrote: reads its entries with libzip, adds styles.xml and its
// manifest entry, and writes the package again, mimetype first and stored (as ODF requires).
#include "odt_package.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <zip.h>

#include <memory>
#include <vector>

namespace cptt::render::detail {

namespace {

struct Entry {
  QByteArray name;
  QByteArray data;
};

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;

bool read_entries(const QByteArray& package, std::vector<Entry>& entries) {
  // libzip's own error detail is not kept: the caller's message says which step failed.
  zip_source_t* source = zip_source_buffer_create(
      package.constData(), static_cast<zip_uint64_t>(package.size()), 0, nullptr);
  if (!source)
    return false;
  Archive archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, nullptr));
  if (!archive) {
    zip_source_free(source); // still ours when the open failed
    return false;
  }
  const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const auto index = static_cast<zip_uint64_t>(i);
    zip_stat_t stat;
    if (zip_stat_index(archive.get(), index, 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0 ||
        (stat.valid & ZIP_STAT_NAME) == 0)
      return false;
    Entry entry{QByteArray(stat.name),
                QByteArray(static_cast<qsizetype>(stat.size), Qt::Uninitialized)};
    zip_file_t* file = zip_fopen_index(archive.get(), index, 0);
    if (!file)
      return false;
    const zip_int64_t read = zip_fread(file, entry.data.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
      return false;
    entries.push_back(std::move(entry));
  }
  return true;
}

// The package in memory; empty when libzip cannot write it. The entries must outlive the call:
// libzip reads their data when the archive is closed.
QByteArray write_entries(const std::vector<Entry>& entries) {
  Source buffer(zip_source_buffer_create(nullptr, 0, 0, nullptr));
  if (!buffer)
    return {};
  zip_source_keep(buffer.get()); // the archive's close must leave the written bytes to us
  Archive archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, nullptr));
  if (!archive) {
    zip_source_free(buffer.get()); // the reference the failed open did not take
    return {};
  }
  for (const Entry& e : entries) {
    zip_source_t* data = zip_source_buffer(archive.get(), e.data.constData(),
                                           static_cast<zip_uint64_t>(e.data.size()), 0);
    if (!data)
      return {};
    const zip_int64_t index =
        zip_file_add(archive.get(), e.name.constData(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(data);
      return {};
    }
    // The mimetype is stored (readers find it at a fixed offset); the rest is deflated.
    const zip_int32_t method = e.name == "mimetype" ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    if (zip_set_file_compression(archive.get(), static_cast<zip_uint64_t>(index), method, 0) != 0)
      return {};
  }
  if (zip_close(archive.get()) != 0)
    return {};
  (void)archive.release(); // closed: nothing left to discard

  zip_stat_t stat;
  if (zip_source_stat(buffer.get(), &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0 ||
      zip_source_open(buffer.get()) != 0)
    return {};
  QByteArray out(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
  const zip_int64_t read = zip_source_read(buffer.get(), out.data(), stat.size);
  zip_source_close(buffer.get());
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
    return {};
  return out;
}

// Wraps the leading rows of each table whose cells are centred vertically (header cells, see
// odt_package.h) in <table:table-header-rows>.
QString mark_header_rows(QString content) {
  QSet<QString> header_styles;
  const QRegularExpression style(
      QStringLiteral("<style:style style:name=\"([^\"]+)\" style:family=\"table-cell\">\\s*"
                     "<style:table-cell-properties[^>]*style:vertical-align=\"middle\""));
  for (auto it = style.globalMatch(content); it.hasNext();)
    header_styles.insert(it.next().captured(1));
  if (header_styles.isEmpty())
    return content;
  const QRegularExpression row_style(QStringLiteral("table:style-name=\"([^\"]+)\""));
  const QString open = QStringLiteral("<table:table-row>");
  const QString close = QStringLiteral("</table:table-row>");
  qsizetype at = 0;
  while ((at = content.indexOf(QStringLiteral("<table:table "), at)) >= 0) {
    const qsizetype table_end = content.indexOf(QStringLiteral("</table:table>"), at);
    qsizetype first = content.indexOf(open, at);
    if (table_end < 0 || first < 0 || first > table_end)
      break;
    qsizetype last = first;
    for (qsizetype row = first; row >= 0 && row < table_end; row = content.indexOf(open, row)) {
      const qsizetype row_end = content.indexOf(close, row) + close.size();
      const QRegularExpressionMatch m = row_style.match(content.mid(row, row_end - row));
      if (!m.hasMatch() || !header_styles.contains(m.captured(1)))
        break;
      last = row = row_end;
    }
    if (last > first) {
      content.insert(last, QStringLiteral("</table:table-header-rows>"));
      content.insert(first, QStringLiteral("<table:table-header-rows>"));
    }
    at = first + 1;
  }
  return content;
}

// A4 portrait; margins as Nghị định 30/2020/NĐ-CP (top 2 cm, bottom 1.5 cm + footer, left 3 cm,
// right 1.5 cm); the page number centred in the footer; serif 13 pt, Vietnamese.
const char* const styles_xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">
  <office:font-face-decls>
    <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
  </office:font-face-decls>
  <office:styles>
    <style:default-style style:family="paragraph">
      <style:text-properties style:font-name="Liberation Serif" fo:font-size="13pt" fo:language="vi" fo:country="VN"/>
    </style:default-style>
    <style:style style:name="Footer" style:family="paragraph">
      <style:paragraph-properties fo:text-align="center"/>
      <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"/>
    </style:style>
  </office:styles>
  <office:automatic-styles>
    <style:page-layout style:name="pm1">
      <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/>
      <style:footer-style>
        <style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/>
      </style:footer-style>
    </style:page-layout>
  </office:automatic-styles>
  <office:master-styles>
    <style:master-page style:name="Standard" style:page-layout-name="pm1">
      <style:footer>
        <text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p>
      </style:footer>
    </style:master-page>
  </office:master-styles>
</office:document-styles>
)";

// The width between the page margins of styles_xml: 21 cm − 3 cm − 1.5 cm.
constexpr double text_width_cm = 16.5;

// style:column-width="6%" → an absolute width (that share of the text width) and the relative
// width LibreOffice and Word use to share the table's width.
QString with_column_widths(const QString& content) {
  static const QRegularExpression percent(QStringLiteral("style:column-width=\"([0-9.]+)%\""));
  QString out;
  qsizetype from = 0;
  for (auto it = percent.globalMatch(content); it.hasNext();) {
    const QRegularExpressionMatch m = it.next();
    const double share = m.captured(1).toDouble() / 100;
    out += QStringView(content).mid(from, m.capturedStart() - from);
    out += QStringLiteral("style:column-width=\"%1cm\" style:rel-column-width=\"%2*\"")
               .arg(share * text_width_cm, 0, 'f', 3)
               .arg(qRound(share * 10000));
    from = m.capturedEnd();
  }
  out += QStringView(content).mid(from);
  return out;
}

// Every table row is kept on one page (LibreOffice: "allow row to break across pages" off; its
// Word export writes w:cantSplit): Qt's writer gives rows no style, so one is added.
QString keep_rows_together(QString content) {
  const QString end = QStringLiteral("</office:automatic-styles>");
  const qsizetype at = content.indexOf(end);
  if (at < 0)
    return content;
  content.insert(at,
                 QStringLiteral("<style:style style:name=\"cptt-row\" style:family=\"table-row\">"
                                "<style:table-row-properties fo:keep-together=\"always\"/>"
                                "</style:style>"));
  content.replace(QStringLiteral("<table:table-row>"),
                  QStringLiteral("<table:table-row table:style-name=\"cptt-row\">"));
  return content;
}

} // namespace

QByteArray add_page_styles(const QByteArray& package, Text& error) {
  std::vector<Entry> entries;
  if (!read_entries(package, entries)) {
    error = {"không đọc được gói ODF do Qt tạo", "cannot read the ODF package Qt wrote"};
    return {};
  }
  std::vector<Entry> out;
  for (Entry& e : entries) {
    if (e.name == "styles.xml")
      continue;
    if (e.name == "content.xml") {
      // Qt's writer names the font of every text style from the deprecated single family, which
      // reads "Sans": the document has one serif font throughout, so name it.
      QString content = QString::fromUtf8(e.data);
      content.replace(QRegularExpression(QStringLiteral("fo:font-family=\"[^\"]*\"")),
                      QStringLiteral("fo:font-family=\"'Liberation Serif'\""));
      // Percentage widths come out as "100pt" tables and "6%" columns, which ODF does not know:
      // full-width tables (between the margins) whose columns have their share of that width.
      // LibreOffice lays columns out equally unless both the table and its columns have widths.
      content.replace(
          QStringLiteral("style:width=\"100pt\""),
          QStringLiteral("style:width=\"%1cm\" table:align=\"margins\"").arg(text_width_cm));
      content = with_column_widths(content);
      e.data = keep_rows_together(mark_header_rows(content)).toUtf8();
    }
    if (e.name == "META-INF/manifest.xml" && !e.data.contains("styles.xml")) {
      const qsizetype end = e.data.lastIndexOf("</manifest:manifest>");
      if (end >= 0)
        e.data.insert(end, " <manifest:file-entry manifest:media-type=\"text/xml\" "
                           "manifest:full-path=\"styles.xml\"/>\n");
    }
    if (e.name == "mimetype")
      out.insert(out.begin(), std::move(e));
    else
      out.push_back(std::move(e));
  }
  out.push_back({QByteArrayLiteral("styles.xml"), QByteArray(styles_xml)});
  QByteArray written = write_entries(out);
  if (written.isEmpty())
    error = {"không ghi được gói ODF", "cannot write the ODF package"};
  return written;
}

} // namespace cptt::render::detail
