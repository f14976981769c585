#pragma once
// What a person sees wrong on a page, found from the items themselves (no pixels read): text cut
// without a way to read it whole, controls on top of each other, text too faint for its
// background, column headers beside their columns, controls a screen reader cannot name. The rules
// are in layout_checks.cpp's header.
#include <QColor>
#include <QList>
#include <QString>

class QQuickWindow;
class QQuickItem;

namespace cptt_test {

struct LayoutRules {
  double minimumContrast = 4.5; // WCAG 2 AA for text
  bool disabledExempt = false;  // text of a disabled control is not checked for contrast
};

struct LayoutProblem {
  QString kind;   // elided | overlap | contrast | column | unnamed
  QString item;   // the item: its type and its text or name
  QString where;  // where it is declared: file:line:column, and the files that use it
  QString detail; // what is wrong, with the figures
};

QList<LayoutProblem> checkLayout(QQuickWindow* window, const LayoutRules& rules);

// WCAG 2 contrast ratio of two opaque colours (1 to 21).
double contrastRatio(const QColor& a, const QColor& b);

// Where `item` is declared ("worksheet/TaskRow.qml:45:9"), then the files it sits in
// (" in worksheet/WorksheetPanel.qml:120:5 in procedure/ProcedurePage.qml:88:9").
QString declaredAt(QQuickItem* item);

} // namespace cptt_test
