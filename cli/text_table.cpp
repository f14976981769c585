#include "text_table.h"

#include <algorithm>
#include <ostream>

namespace cptt::cli {

std::size_t display_width(const std::string& text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    std::uint32_t cp = c;
    if (len == 2 && i + 1 < text.size())
      cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
    else if (len == 3 && i + 2 < text.size())
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
    bool combining = cp >= 0x0300 && cp <= 0x036F;
    if (!combining)
      ++width;
    i += len;
  }
  return width;
}

TextTable::TextTable(std::vector<std::pair<std::string, Align>> columns)
    : columns_(std::move(columns)) {}

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

void TextTable::add_separator() { rows_.emplace_back(); }

void TextTable::print(std::ostream& out) const {
  std::vector<std::size_t> widths(columns_.size());
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    widths[c] = display_width(columns_[c].first);
    for (const auto& row : rows_)
      if (!row.empty())
        widths[c] = std::max(widths[c], display_width(row[c]));
  }
  auto print_row = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::string pad(widths[c] - display_width(cells[c]), ' ');
      if (c > 0)
        out << "  ";
      if (columns_[c].second == Align::right)
        out << pad << cells[c];
      else
        out << cells[c] << (c + 1 < cells.size() ? pad : "");
    }
    out << '\n';
  };
  std::vector<std::string> header;
  for (const auto& column : columns_)
    header.push_back(column.first);
  print_row(header);
  std::size_t total = 0;
  for (std::size_t w : widths)
    total += w;
  total += 2 * (widths.empty() ? 0 : widths.size() - 1);
  std::string rule;
  for (std::size_t i = 0; i < total; ++i)
    rule += "─";
  out << rule << '\n';
  for (const auto& row : rows_) {
    if (row.empty())
      out << rule << '\n';
    else
      print_row(row);
  }
}

} // namespace cptt::cli
