#pragma once
// A plain-text table for the terminal: columns padded by display width (UTF-8 aware, so
// Vietnamese diacritics line up), numbers right-aligned.
#include <iosfwd>
#include <string>
#include <vector>

namespace cptt::cli {

class TextTable {
public:
  enum class Align { left, right };
  explicit TextTable(std::vector<std::pair<std::string, Align>> columns);
  void add_row(std::vector<std::string> cells);
  void add_separator();
  void print(std::ostream& out) const;

private:
  std::vector<std::pair<std::string, Align>> columns_;
  std::vector<std::vector<std::string>> rows_; // an empty row is a separator
};

// Display width of UTF-8 text (code points; Vietnamese combining marks count zero).
std::size_t display_width(const std::string& text);

} // namespace cptt::cli
