// A minimal ZIP reader and writer for the ODF package: reads the entries Qt wrote (stored or
// deflated), adds styles.xml and its manifest entry, and writes the package again with the
// entries stored, mimetype first (as ODF requires).
#include "odt_package.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <zlib.h>

#include <cstdint>
#include <vector>

namespace cptt::render::detail {

namespace {

struct Entry {
  QByteArray name;
  QByteArray data;
};

std::uint32_t u16(const QByteArray& b, qsizetype at) {
  return static_cast<std::uint8_t>(b[at]) | static_cast<std::uint8_t>(b[at + 1]) << 8;
}
std::uint32_t u32(const QByteArray& b, qsizetype at) { return u16(b, at) | u16(b, at + 2) << 16; }
void put16(QByteArray& b, std::uint32_t v) {
  b.append(static_cast<char>(v & 0xff));
  b.append(static_cast<char>((v >> 8) & 0xff));
}
void put32(QByteArray& b, std::uint32_t v) {
  put16(b, v & 0xffff);
  put16(b, v >> 16);
}

bool inflate_raw(const QByteArray& in, std::uint32_t size, QByteArray& out) {
  out.resize(size);
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
    return false;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = size;
  const int status = inflate(&z, Z_FINISH);
  inflateEnd(&z);
  return status == Z_STREAM_END && z.total_out == size;
}

bool read_entries(const QByteArray& zip, std::vector<Entry>& entries) {
  qsizetype end = zip.size() - 22;
  while (end >= 0 && u32(zip, end) != 0x06054b50)
    --end;
  if (end < 0)
    return false;
  const std::uint32_t count = u16(zip, end + 10);
  qsizetype at = u32(zip, end + 16);
  for (std::uint32_t i = 0; i < count; ++i) {
    if (at + 46 > zip.size() || u32(zip, at) != 0x02014b50)
      return false;
    const std::uint32_t method = u16(zip, at + 10);
    const std::uint32_t packed = u32(zip, at + 20);
    const std::uint32_t size = u32(zip, at + 24);
    const std::uint32_t name_length = u16(zip, at + 28);
    const qsizetype local = u32(zip, at + 42);
    Entry entry{zip.mid(at + 46, name_length), {}};
    at += 46 + name_length + u16(zip, at + 30) + u16(zip, at + 32);
    if (local + 30 > zip.size() || u32(zip, local) != 0x04034b50)
      return false;
    const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    const QByteArray raw = zip.mid(data, packed);
    if (method == 0)
      entry.data = raw;
    else if (method != 8 || !inflate_raw(raw, size, entry.data))
      return false;
    entries.push_back(std::move(entry));
  }
  return true;
}

QByteArray write_entries(const std::vector<Entry>& entries) {
  QByteArray zip, directory;
  for (const Entry& e : entries) {
    const std::uint32_t crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(e.data.data()), static_cast<uInt>(e.data.size())));
    const std::uint32_t offset = static_cast<std::uint32_t>(zip.size());
    const auto size = static_cast<std::uint32_t>(e.data.size());
    put32(zip, 0x04034b50);
    put16(zip, 20);
    put16(zip, 0);    // flags
    put16(zip, 0);    // stored
    put16(zip, 0);    // time
    put16(zip, 0x21); // date: 1980-01-01
    put32(zip, crc);
    put32(zip, size);
    put32(zip, size);
    put16(zip, static_cast<std::uint32_t>(e.name.size()));
    put16(zip, 0);
    zip.append(e.name);
    zip.append(e.data);

    put32(directory, 0x02014b50);
    put16(directory, 20);
    put16(directory, 20);
    put16(directory, 0);
    put16(directory, 0);
    put16(directory, 0);
    put16(directory, 0x21);
    put32(directory, crc);
    put32(directory, size);
    put32(directory, size);
    put16(directory, static_cast<std::uint32_t>(e.name.size()));
    put16(directory, 0); // extra
    put16(directory, 0); // comment
    put16(directory, 0); // disk
    put16(directory, 0); // internal attributes
    put32(directory, 0); // external attributes
    put32(directory, offset);
    directory.append(e.name);
  }
  const std::uint32_t directory_offset = static_cast<std::uint32_t>(zip.size());
  zip.append(directory);
  put32(zip, 0x06054b50);
  put16(zip, 0);
  put16(zip, 0);
  put16(zip, static_cast<std::uint32_t>(entries.size()));
  put16(zip, static_cast<std::uint32_t>(entries.size()));
  put32(zip, static_cast<std::uint32_t>(directory.size()));
  put32(zip, directory_offset);
  put16(zip, 0);
  return zip;
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
  return write_entries(out);
}

} // namespace cptt::render::detail
