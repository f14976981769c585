// The PDF's page rules, applied to the laid-out document in document order: a heading (and a
// chain of kept blocks) that would end a page moves to the next page; a table row whose lines
// the paged layout would split between two pages moves whole to the next page, where the table's
// header rows repeat.
//
// Qt's paged layout pushes each line that does not fit to the next page, inside a table cell
// too, so a row with multi-line cells is split; it moves a row whole only when none of its
// cells has a line left on the page. Neither a page break inside the cells (the cells' text
// breaks again after the row moved) nor padding or margins (the layout keeps a cell's lines clear
// of its padding, and drops the last block's margin) can make it move the row. So the table is
// split there: the rows from the split row on go into a new table that repeats the header rows
// and starts a new page. When the split row is the table's first (or a header row), the table
// moves instead: a page break before the kept paragraphs that introduce it, or before the table.
// This only changes the PDF's own document; the ODT keeps its rows whole with fo:keep-together.
//
// Every fix only pushes content down, so what lies before it stays settled: the scan resumes at
// the fix, and the whole document is walked about once.
#include "document_builder.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTextTableCell>

#include <algorithm>
#include <variant>
#include <vector>

namespace cptt::render::detail {

namespace {

// Rows already given room: how many times (a row that still splits after a few tries is taller
// than a page).
constexpr int attempts_property = QTextFormat::UserProperty + 2;
constexpr int max_attempts = 3;

// Where a block's first or last line is drawn, in document coordinates. The paged layout pushes
// lines that do not fit to the next page inside the block's own layout, so the block's bounding
// rectangle alone does not show it.
double line_top(QAbstractTextDocumentLayout* layout, const QTextBlock& block, bool last) {
  const QTextLayout* lines = block.layout();
  const double top = layout->blockBoundingRect(block).top();
  if (!lines || lines->lineCount() == 0)
    return top;
  return top + lines->lineAt(last ? lines->lineCount() - 1 : 0).y();
}

bool kept(const QTextBlock& block) {
  return block.blockFormat().boolProperty(keep_with_next_property);
}
bool breaks_before(const QTextBlockFormat& format) {
  return format.pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore);
}

void break_before(const QTextBlock& block) {
  QTextCursor cursor(block);
  QTextBlockFormat format;
  format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
  cursor.mergeBlockFormat(format);
}

// One row's lines: the first line's top (lowest of its cells) and the pages its lines are on.
struct RowLines {
  double top = -1;
  int first_page = -1;
  int last_page = -1;
};

class Paginator {
public:
  Paginator(QTextDocument& document, const PageGeometry& geometry)
      : document_(document), layout_(document.documentLayout()), geometry_(geometry) {
    collect();
  }

  void collect() {
    for (auto it = document_.rootFrame()->begin(); !it.atEnd(); ++it) {
      if (QTextFrame* frame = it.currentFrame()) {
        if (auto* table = qobject_cast<QTextTable*>(frame))
          items_.emplace_back(table);
      } else {
        items_.emplace_back(it.currentBlock());
      }
    }
  }

  void run() {
    std::size_t from = 0;
    // Each fix moves content down for good, so the number of fixes is bounded by the rows and
    // headings; the guard only stops a layout that would not settle.
    for (std::size_t guard = 0; guard < 4 * items_.size() + 16; ++guard) {
      // The whole layout, not the lazy part up to what was asked: a fix relays out what
      // follows it, and positions read from a partial layout may be stale.
      layout_->documentSize();
      const std::size_t fixed = fix_first(from);
      if (fixed == none)
        return;
      from = fixed;
    }
  }

private:
  static constexpr std::size_t none = static_cast<std::size_t>(-1);

  int page_of(double y) const { return static_cast<int>(y / geometry_.page_height); }

  // Fixes the first problem at or after item `from`; returns the item to resume at, or none.
  std::size_t fix_first(std::size_t from) {
    for (std::size_t i = from; i < items_.size(); ++i) {
      if (const QTextBlock* block = std::get_if<QTextBlock>(&items_[i])) {
        if (std::size_t at = fix_heading(i, *block); at != none)
          return at;
      } else if (std::size_t at = fix_rows(i, std::get<QTextTable*>(items_[i])); at != none) {
        return at;
      }
    }
    return none;
  }

  // The first of the chain of kept blocks ending at item `i` that are on `page`.
  std::size_t chain_start(std::size_t i, int page) const {
    while (i > 0) {
      const QTextBlock* prev = std::get_if<QTextBlock>(&items_[i - 1]);
      if (!prev || !kept(*prev) || page_of(line_top(layout_, *prev, true)) != page)
        break;
      --i;
    }
    return i;
  }

  std::size_t fix_heading(std::size_t i, const QTextBlock& block) {
    if (!kept(block) || breaks_before(block.blockFormat()))
      return none;
    const QTextBlock next = block.next(); // a table's first cell when a table follows
    if (!next.isValid())
      return none;
    const int page = page_of(line_top(layout_, block, true));
    if (page == page_of(line_top(layout_, next, false)))
      return none;
    const std::size_t first = chain_start(i, page);
    const QTextBlock& start = std::get<QTextBlock>(items_[first]);
    if (breaks_before(start.blockFormat()))
      return none; // the chain already starts a page: it is taller than the rest of one
    break_before(start);
    return first;
  }

  RowLines row_lines(QTextTable* table, int row) const {
    RowLines out;
    for (int c = 0; c < table->columns(); ++c) {
      const QTextTableCell cell = table->cellAt(row, c);
      if (cell.row() != row || cell.column() != c)
        continue; // spanned from another cell
      const QTextBlock end = cell.lastCursorPosition().block();
      for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
        if (b.layout() && b.layout()->lineCount() > 0) {
          const double first = line_top(layout_, b, false);
          const int last = page_of(line_top(layout_, b, true));
          out.top = out.top < 0 ? first : std::min(out.top, first);
          out.first_page =
              out.first_page < 0 ? page_of(first) : std::min(out.first_page, page_of(first));
          out.last_page = std::max(out.last_page, last);
        }
        if (b == end)
          break;
      }
    }
    return out;
  }

  std::size_t fix_rows(std::size_t i, QTextTable* table) {
    const int header = table->format().headerRowCount();
    for (int r = 0; r < table->rows(); ++r) {
      const RowLines lines = row_lines(table, r);
      if (lines.top < 0 || lines.first_page == lines.last_page)
        continue;
      QTextTableCell first = table->cellAt(r, 0);
      QTextTableCellFormat marker = first.format().toTableCellFormat();
      const int attempts = marker.intProperty(attempts_property);
      if (attempts >= max_attempts)
        continue; // taller than a page: left to split
      marker.setProperty(attempts_property, attempts + 1);
      first.setFormat(marker);
      if (r > header) {
        split(table, r);
        return i;
      }
      if (move_table(i, table))
        return i;
    }
    return none;
  }

  // The split row is the first row after the header (or a header row): the table moves.
  bool move_table(std::size_t i, QTextTable* table) {
    if (i > 0) {
      if (const QTextBlock* prev = std::get_if<QTextBlock>(&items_[i - 1]); prev && kept(*prev)) {
        const std::size_t first = chain_start(i - 1, page_of(line_top(layout_, *prev, true)));
        const QTextBlock& start = std::get<QTextBlock>(items_[first]);
        if (breaks_before(start.blockFormat()))
          return false;
        break_before(start);
        return true;
      }
    }
    QTextTableFormat format = table->format();
    if (format.pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore))
      return false;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
    return true;
  }

  // Moves rows r… of `table` into a new table after it that starts a new page and repeats the
  // header rows. The PDF's document is built for painting only, so its tables may be cut.
  void split(QTextTable* table, int r) {
    const int header = table->format().headerRowCount();
    const int rows = table->rows(), columns = table->columns();
    QTextCursor cursor(table->lastCursorPosition());
    cursor.movePosition(QTextCursor::NextBlock); // the block after the table
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextTable* rest = cursor.insertTable(header + rows - r, columns, format);
    for (int to = 0; to < rest->rows(); ++to) {
      const int from = to < header ? to : r + to - header;
      for (int c = 0; c < columns; ++c) {
        const QTextTableCell source = table->cellAt(from, c);
        QTextTableCell target = rest->cellAt(to, c);
        target.setFormat(source.format());
        QTextCursor select(source.firstCursorPosition());
        select.setPosition(source.lastPosition(), QTextCursor::KeepAnchor);
        QTextCursor into = target.firstCursorPosition();
        into.setBlockFormat(source.firstCursorPosition().blockFormat());
        into.insertFragment(select.selection());
      }
    }
    table->removeRows(r, rows - r);
    items_.clear();
    collect();
  }

  QTextDocument& document_;
  QAbstractTextDocumentLayout* layout_;
  PageGeometry geometry_;
  std::vector<std::variant<QTextBlock, QTextTable*>> items_;
};

} // namespace

void paginate(QTextDocument& document, const PageGeometry& geometry) {
  Paginator(document, geometry).run();
}

} // namespace cptt::render::detail
