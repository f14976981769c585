// The contrast rule of layout_checks.cpp: the text's colour against what is painted under it.
#include "layout_checks.h"
#include "layout_items.h"

#include <QJSValue>
#include <QQmlListReference>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>
#include <cmath>

namespace cptt_test {

namespace {

using namespace layout;

struct Layer {
  QList<QColor> colours; // one, or a gradient's stops
  double alpha;          // the item's opacity with its items'
};

// A Rectangle that paints something: its colour (or gradient stops) and how opaque it is.
bool layerOf(const QQuickItem* i, Layer& layer) {
  if (!i->inherits("QQuickRectangle"))
    return false;
  layer.colours.clear();
  layer.alpha = opacityOf(i);
  const QVariant value = i->property("gradient");
  QObject* gradient = value.metaType() == QMetaType::fromType<QJSValue>()
                          ? value.value<QJSValue>().toQObject()
                          : value.value<QObject*>();
  if (gradient) {
    const QQmlListReference stops(gradient, "stops");
    for (qsizetype k = 0; k < stops.count(); ++k)
      layer.colours << stops.at(k)->property("color").value<QColor>();
  }
  if (layer.colours.isEmpty())
    layer.colours << i->property("color").value<QColor>();
  bool paints = false;
  for (const QColor& c : layer.colours)
    paints = paints || c.alpha() > 0;
  return paints && layer.alpha > 0.01;
}

bool opaque(const Layer& l) {
  if (l.alpha < 0.999)
    return false;
  for (const QColor& c : l.colours)
    if (c.alpha() < 255)
      return false;
  return true;
}

QList<QQuickItem*> paintOrder(const QQuickItem* parent) {
  QList<QQuickItem*> children = parent->childItems();
  std::stable_sort(children.begin(), children.end(),
                   [](QQuickItem* a, QQuickItem* b) { return a->z() < b->z(); });
  return children;
}

// The layers of `item`'s subtree under `point`, topmost first, until an opaque one.
bool collectLayers(const QQuickItem* item, const QPointF& point, QList<Layer>& layers) {
  if (!item->isVisible() || item->opacity() <= 0.01 || item->inherits("QQuickOverlay"))
    return false;
  if (item->clip() && !sceneRect(item).contains(point))
    return false;
  const QList<QQuickItem*> children = paintOrder(item);
  for (auto it = children.crbegin(); it != children.crend(); ++it)
    if ((*it)->z() >= 0 && collectLayers(*it, point, layers))
      return true;
  Layer own;
  if (layerOf(item, own) && sceneRect(item).contains(point)) {
    layers << own;
    if (opaque(own))
      return true;
  }
  for (auto it = children.crbegin(); it != children.crend(); ++it)
    if ((*it)->z() < 0 && collectLayers(*it, point, layers))
      return true;
  return false;
}

QColor blend(const QColor& top, double alpha, const QColor& under) {
  const double a = top.alphaF() * alpha;
  return QColor::fromRgbF(float(top.redF() * a + under.redF() * (1 - a)),
                          float(top.greenF() * a + under.greenF() * (1 - a)),
                          float(top.blueF() * a + under.blueF() * (1 - a)));
}

// The colours that can be under the text's middle (more than one under a gradient).
QList<QColor> backgroundsOf(const QQuickItem* text) {
  QPointF middle = sceneRect(text).center();
  if (text->inherits("QQuickText")) {
    // The glyphs, not the box a layout stretched: where the text starts.
    const double w = std::min(text->width(), text->property("contentWidth").toDouble());
    const int align = text->property("effectiveHorizontalAlignment").toInt();
    const double x = align == Qt::AlignRight     ? text->width() - w / 2
                     : align == Qt::AlignHCenter ? text->width() / 2
                                                 : w / 2;
    middle = text->mapToScene(QPointF(x, text->height() / 2));
  }
  QList<Layer> layers;
  bool found = false;
  const QQuickItem* child = text;
  for (const QQuickItem* parent = text->parentItem(); parent && !found;
       child = parent, parent = parent->parentItem()) {
    const QList<QQuickItem*> siblings = paintOrder(parent);
    const int at = int(siblings.indexOf(const_cast<QQuickItem*>(child)));
    for (int k = at - 1; k >= 0 && !found; --k)
      found = collectLayers(siblings[k], middle, layers);
    Layer own;
    if (!found && child->z() >= 0 && layerOf(parent, own) && sceneRect(parent).contains(middle)) {
      layers << own;
      found = opaque(own);
    }
  }
  QList<QColor> under{text->window() ? text->window()->color() : QColor(Qt::white)};
  for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
    QList<QColor> next;
    for (const QColor& c : it->colours)
      for (const QColor& u : under)
        next << blend(c, it->alpha, u);
    under = next;
  }
  return under;
}

} // namespace

namespace layout {

void checkContrast(QQuickItem* i, const LayoutRules& rules, QList<LayoutProblem>& out) {
  if (shownText(i).trimmed().isEmpty() || shownRect(i, true).isEmpty())
    return;
  if (!i->isEnabled() && rules.disabledExempt)
    return;
  const QColor colour = i->property("color").value<QColor>();
  const double alpha = opacityOf(i);
  double worst = 21;
  QColor worstBackground;
  for (const QColor& background : backgroundsOf(i)) {
    const double ratio = contrastRatio(blend(colour, alpha, background), background);
    if (ratio < worst) {
      worst = ratio;
      worstBackground = background;
    }
  }
  if (worst + 1e-9 < rules.minimumContrast)
    out << LayoutProblem{QStringLiteral("contrast"),
                         describe(i),
                         {},
                         QStringLiteral("%1 (opacity %2) on %3: %4:1, below %5:1%6")
                             .arg(colour.name(QColor::HexArgb))
                             .arg(alpha, 0, 'f', 2)
                             .arg(worstBackground.name())
                             .arg(worst, 0, 'f', 2)
                             .arg(rules.minimumContrast, 0, 'f', 1)
                             .arg(i->isEnabled() ? QString() : QStringLiteral(" (disabled)"))};
}

} // namespace layout

double contrastRatio(const QColor& a, const QColor& b) {
  const auto luminance = [](const QColor& c) {
    const auto channel = [](double v) {
      return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
  };
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace cptt_test
