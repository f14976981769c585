// The rules, on the page as it is (visible items only, open popups left out):
//
// elided   A visible Text or Label whose text is cut (`truncated`: elided, or more lines than
//          its maximumLineCount) is a problem unless the whole text can be read: a ToolTip
//          attached to the item itself, or to the control it belongs to (the nearest Control it
//          is inside), whose text holds the whole text. A one-line field not being edited whose
//          text is wider than its box is a problem, tooltip or not: a field is read where it
//          is, and while it is edited a tooltip does not show (make it wider, or let it wrap).
// overlap  Two visible controls (buttons of any kind, tabs, check boxes, fields, combo boxes,
//          spin boxes, sliders; not the parts of a control, nor a control and what it holds)
//          whose shown rectangles (cut to the window and to every clipping item they sit in)
//          meet over more than a pixel both ways.
// contrast A visible, non-empty text whose colour (with its opacity and its items') against its
//          background has a WCAG 2 contrast ratio below the minimum (4.5:1, or the Theme's
//          `minimumContrast` when higher). The background is what is painted under the text's
//          middle: the topmost opaque Rectangle under it among the items painted before it (a
//          control's background, a card, a row's band; translucent ones blended over what is
//          under them; a gradient's every stop counts), else the window's colour. Text of a
//          disabled control is checked too, unless the Theme's `disabledTextExempt` is true
//          (WCAG exempts inactive components; the project says whether it uses that).
// column   A header row (a Row or RowLayout of three texts or more and no control) over a row of
//          cells (the nearest Row or RowLayout starting less than 48 px under it, under most of
//          its width, with two controls or more and a cell of its own under each header text,
//          no more than half as wide again as it): each header text must sit on the cell under
//          it, the one it covers most, their left edges, right edges or middles within 2 px (the
//          header and its column read as one).
// unnamed  A visible, enabled item that takes focus with Tab (activeFocusOnTab) and is not the
//          part of a control, with no accessible name: its Accessible.name is empty and, for a
//          button (its text is its name), so is its text. A field's text is its value, not its
//          name: a field needs Accessible.name.
#include "layout_checks.h"
#include "layout_items.h"

#include <QQmlEngine>
#include <QQmlError>
#include <QQmlInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace cptt_test {

namespace layout {

bool any(const QObject* o, std::initializer_list<const char*> classes) {
  return std::any_of(classes.begin(), classes.end(), [o](const char* c) { return o->inherits(c); });
}

bool isText(const QQuickItem* i) {
  return any(i, {"QQuickText", "QQuickTextInput", "QQuickTextEdit"});
}

bool isControl(const QQuickItem* i) {
  return any(i, {"QQuickAbstractButton", "QQuickComboBox", "QQuickSpinBox", "QQuickSlider",
                 "QQuickTextField", "QQuickTextArea"}) ||
         (any(i, {"QQuickTextInput", "QQuickTextEdit"}) && !i->property("readOnly").toBool());
}

// The visible controls inside `item`.
QList<QQuickItem*> visibleControlsUnder(const QQuickItem* item) {
  QList<QQuickItem*> out;
  for (QQuickItem* c : item->childItems()) {
    if (!c->isVisible())
      continue;
    if (isControl(c))
      out << c;
    out << visibleControlsUnder(c);
  }
  return out;
}

bool insideControl(const QQuickItem* i) {
  for (QQuickItem* p = i->parentItem(); p; p = p->parentItem())
    if (isControl(p))
      return true;
  return false;
}

double opacityOf(const QQuickItem* i) {
  double o = 1.0;
  for (; i; i = i->parentItem())
    o *= i->opacity();
  return o;
}

QRectF sceneRect(const QQuickItem* i) {
  return i->mapRectToScene(QRectF(0, 0, i->width(), i->height()));
}

// What of the item is on screen: cut to the window and to the clipping items it sits in; with
// `scrolled`, a Flickable's viewport does not cut (what is scrolled away is seen by scrolling).
QRectF shownRect(const QQuickItem* i, bool scrolled) {
  QRectF r = sceneRect(i);
  for (QQuickItem* p = i->parentItem(); p; p = p->parentItem())
    if (p->clip() && !(scrolled && p->inherits("QQuickFlickable")))
      r = r.intersected(sceneRect(p));
  if (!scrolled && i->window())
    r = r.intersected(QRectF(QPointF(0, 0), i->window()->size()));
  return r;
}

QString shortUrl(const QUrl& url) {
  QString s = url.toString();
  const QString prefix = QStringLiteral("qrc:/qt/qml/Cptt/");
  return s.startsWith(prefix) ? s.mid(prefix.size()) : s;
}

// The file, line and column QML gives for the object (as in its warnings).
QString location(QObject* o) {
  QQmlEngine* engine = qmlEngine(o);
  if (!engine)
    return {};
  QQmlError found;
  const auto connection =
      QObject::connect(engine, &QQmlEngine::warnings, [&found](const QList<QQmlError>& errors) {
        if (!errors.isEmpty())
          found = errors.constFirst();
      });
  const bool printed = engine->outputWarningsToStandardError();
  engine->setOutputWarningsToStandardError(false);
  qmlInfo(o) << "at"; // an empty message is not sent
  engine->setOutputWarningsToStandardError(printed);
  QObject::disconnect(connection);
  if (!found.url().isValid())
    return {};
  return QStringLiteral("%1:%2:%3")
      .arg(shortUrl(found.url()))
      .arg(found.line())
      .arg(found.column());
}

QString typeName(const QObject* o) {
  QString name = QString::fromLatin1(o->metaObject()->className());
  const int cut = name.indexOf(QLatin1String("_QML"));
  if (cut > 0)
    name.truncate(cut);
  if (name.startsWith(QLatin1String("QQuick")))
    name = name.mid(6);
  return name;
}

QObject* attached(const QObject* o, const char* className) {
  for (QObject* child : o->children())
    if (child->inherits(className))
      return child;
  return nullptr;
}

QString accessibleName(const QQuickItem* i) {
  const QObject* a = attached(i, "QQuickAccessibleAttached");
  return a ? a->property("name").toString().trimmed() : QString();
}

QString shownText(const QQuickItem* i) {
  return i->property(i->inherits("QQuickTextInput") ? "displayText" : "text").toString();
}

QString describe(const QQuickItem* i) {
  QString text = shownText(i).simplified();
  if (text.isEmpty())
    text = accessibleName(i);
  if (text.size() > 70)
    text = text.left(67) + QStringLiteral("…");
  return text.isEmpty() ? typeName(i) : QStringLiteral("%1 «%2»").arg(typeName(i), text);
}

} // namespace layout

namespace {

using namespace layout;

// --- elided

bool readableWhole(const QQuickItem* i, const QString& text) {
  for (const QQuickItem* o = i; o; o = o->parentItem()) {
    if (const QObject* tip = attached(o, "QQuickToolTipAttached"))
      if (tip->property("text").toString().contains(text.trimmed()))
        return true;
    if (o != i && o->inherits("QQuickControl"))
      break;
  }
  return false;
}

void checkElided(QQuickItem* i, QList<LayoutProblem>& out) {
  const QString text = shownText(i);
  if (text.trimmed().isEmpty())
    return;
  QString detail;
  if (i->inherits("QQuickText") && i->property("truncated").toBool()) {
    detail = QStringLiteral("text cut to %1 px (of %2 px)")
                 .arg(qRound(i->width()))
                 .arg(qRound(i->implicitWidth()));
  } else if (i->inherits("QQuickTextInput") && !i->hasActiveFocus()) {
    const double box =
        i->width() - i->property("leftPadding").toDouble() - i->property("rightPadding").toDouble();
    const double needed = i->property("contentWidth").toDouble();
    if (needed > box + 1)
      detail = QStringLiteral("field shows %1 px of its %2 px of text")
                   .arg(qRound(box))
                   .arg(qRound(needed));
  }
  if (detail.isEmpty())
    return;
  if (i->inherits("QQuickTextInput"))
    out << LayoutProblem{QStringLiteral("elided"), describe(i), {}, detail};
  else if (!readableWhole(i, text))
    out << LayoutProblem{QStringLiteral("elided"),
                         describe(i),
                         {},
                         detail + QStringLiteral(", no tooltip with the whole text")};
}

// --- unnamed

void checkNamed(QQuickItem* i, QList<LayoutProblem>& out) {
  if (!i->activeFocusOnTab() || !i->isEnabled() || insideControl(i))
    return;
  if (!accessibleName(i).isEmpty())
    return;
  if (i->inherits("QQuickAbstractButton") && !i->property("text").toString().trimmed().isEmpty())
    return;
  out << LayoutProblem{QStringLiteral("unnamed"),
                       describe(i),
                       {},
                       QStringLiteral("takes Tab focus, no Accessible.name")};
}

// --- overlap

void checkOverlaps(const QList<QQuickItem*>& controls, QList<LayoutProblem>& out) {
  QList<QRectF> rects;
  for (QQuickItem* c : controls)
    rects << shownRect(c, false);
  for (int a = 0; a < controls.size(); ++a)
    for (int b = a + 1; b < controls.size(); ++b) {
      const QRectF common = rects[a].intersected(rects[b]);
      if (common.width() <= 1 || common.height() <= 1)
        continue;
      if (controls[a]->isAncestorOf(controls[b]) || controls[b]->isAncestorOf(controls[a]))
        continue;
      out << LayoutProblem{QStringLiteral("overlap"),
                           describe(controls[a]),
                           {},
                           QStringLiteral("overlaps %1 (%2) by %3×%4 px")
                               .arg(describe(controls[b]), declaredAt(controls[b]))
                               .arg(qRound(common.width()))
                               .arg(qRound(common.height()))};
      out.last().where = declaredAt(controls[a]);
    }
}

// --- column

bool isRow(const QQuickItem* i) { return any(i, {"QQuickRowLayout", "QQuickRow"}); }

QList<QQuickItem*> cellsOf(const QQuickItem* row) {
  QList<QQuickItem*> cells;
  for (QQuickItem* c : row->childItems())
    if (c->isVisible() && c->opacity() > 0.01 && c->width() > 0 && c->height() > 0 &&
        !c->inherits("QQuickRepeater"))
      cells << c;
  return cells;
}

// The one of `cells` that `item` covers most, across.
QQuickItem* mostCovered(const QQuickItem* item, const QList<QQuickItem*>& cells) {
  const QRectF c = sceneRect(item);
  QQuickItem* under = nullptr;
  double most = 0;
  for (QQuickItem* candidate : cells) {
    const QRectF u = sceneRect(candidate);
    const double common = std::min(c.right(), u.right()) - std::max(c.left(), u.left());
    if (common > most) {
      most = common;
      under = candidate;
    }
  }
  return under;
}

bool isHeaderRow(const QQuickItem* row) {
  if (!isRow(row))
    return false;
  int texts = 0;
  for (QQuickItem* c : cellsOf(row)) {
    if (isControl(c) || !visibleControlsUnder(c).isEmpty())
      return false;
    if (isText(c) && !shownText(c).trimmed().isEmpty())
      ++texts;
  }
  return texts >= 3;
}

void checkColumns(const QList<QQuickItem*>& items, QList<LayoutProblem>& out) {
  QList<QQuickItem*> rows;
  for (QQuickItem* i : items)
    if (isRow(i) && cellsOf(i).size() >= 3)
      rows << i;
  for (QQuickItem* header : rows) {
    if (!isHeaderRow(header))
      continue;
    const QRectF h = sceneRect(header);
    QQuickItem* below = nullptr;
    QRectF b;
    for (QQuickItem* row : rows) {
      const QRectF r = sceneRect(row);
      if (row == header || header->isAncestorOf(row) || row->isAncestorOf(header) ||
          isHeaderRow(row) || r.top() < h.bottom() - 1 || r.top() > h.bottom() + 48 ||
          r.intersected(QRectF(h.left(), r.top(), h.width(), r.height())).width() < h.width() / 2)
        continue;
      if (!below || r.top() < b.top()) {
        below = row;
        b = r;
      }
    }
    if (!below)
      continue;
    // A table: the row under it has two controls or more, and a cell of its own under each
    // header text, no more than half as wide again as it (a title over fields is no header).
    const QList<QQuickItem*> cells = cellsOf(below);
    int controlsBelow = 0;
    for (QQuickItem* cell : cells)
      controlsBelow += isControl(cell) ? 1 : int(visibleControlsUnder(cell).size());
    QList<QQuickItem*> taken;
    bool table = controlsBelow >= 2;
    for (QQuickItem* cell : cellsOf(header))
      if (isText(cell) && !shownText(cell).trimmed().isEmpty()) {
        QQuickItem* under = mostCovered(cell, cells);
        table =
            table && under && !taken.contains(under) && cell->width() <= under->width() * 1.5 + 2;
        taken << under;
      }
    if (!table)
      continue;
    for (QQuickItem* cell : cellsOf(header)) {
      if (!isText(cell) || shownText(cell).trimmed().isEmpty())
        continue;
      const QRectF c = sceneRect(cell);
      QQuickItem* under = mostCovered(cell, cells);
      if (!under)
        continue;
      const QRectF u = sceneRect(under);
      if (std::abs(c.left() - u.left()) <= 2 || std::abs(c.right() - u.right()) <= 2 ||
          std::abs(c.center().x() - u.center().x()) <= 2)
        continue;
      out << LayoutProblem{QStringLiteral("column"), describe(cell), declaredAt(cell),
                           QStringLiteral("header at x %1–%2, the cell under it %3 (%4) at "
                                          "x %5–%6")
                               .arg(qRound(c.left()))
                               .arg(qRound(c.right()))
                               .arg(describe(under), declaredAt(under))
                               .arg(qRound(u.left()))
                               .arg(qRound(u.right()))};
    }
  }
}

void visit(QQuickItem* item, QList<QQuickItem*>& out) {
  if (!item->isVisible() || item->opacity() <= 0.01 || item->inherits("QQuickOverlay"))
    return;
  out << item;
  for (QQuickItem* child : item->childItems())
    visit(child, out);
}

} // namespace

QString declaredAt(QQuickItem* item) {
  const QString own = location(item);
  QString out = own.isEmpty() ? QStringLiteral("(no QML location)") : own;
  QString file = own.section(QLatin1Char(':'), 0, 0);
  int users = 0;
  for (QQuickItem* p = item->parentItem(); p && users < 2; p = p->parentItem()) {
    const QString at = location(p);
    const QString atFile = at.section(QLatin1Char(':'), 0, 0);
    if (at.isEmpty() || atFile == file)
      continue;
    out += QStringLiteral(" in ") + at;
    file = atFile;
    ++users;
  }
  return out;
}

QList<LayoutProblem> checkLayout(QQuickWindow* window, const LayoutRules& rules) {
  QList<QQuickItem*> items;
  visit(window->contentItem(), items);
  QList<LayoutProblem> out;
  QList<QQuickItem*> controls;
  for (QQuickItem* i : items) {
    if (i->width() <= 0 || i->height() <= 0)
      continue;
    const int before = int(out.size());
    if (isText(i)) {
      checkElided(i, out);
      checkContrast(i, rules, out);
    }
    checkNamed(i, out);
    for (int k = before; k < out.size(); ++k)
      out[k].where = declaredAt(i);
    if (isControl(i) && !insideControl(i) && !shownRect(i, false).isEmpty())
      controls << i;
  }
  checkOverlaps(controls, out);
  checkColumns(items, out);
  return out;
}

} // namespace cptt_test
