#pragma once
// The item helpers the layout rules share (layout_checks.cpp, layout_contrast.cpp).
#include "layout_checks.h"

#include <QList>
#include <QRectF>
#include <QString>

class QQuickItem;

namespace cptt_test::layout {

bool isText(const QQuickItem* i);
// A control a person uses: buttons, tabs, check boxes, fields, combo and spin boxes, sliders.
bool isControl(const QQuickItem* i);
bool insideControl(const QQuickItem* i);
// The item's opacity with its items'.
double opacityOf(const QQuickItem* i);
QRectF sceneRect(const QQuickItem* i);
// What of the item is on screen: cut to the window and to the clipping items it sits in; with
// `scrolled`, a Flickable's viewport does not cut (what is scrolled away is seen by scrolling).
QRectF shownRect(const QQuickItem* i, bool scrolled);
QString shownText(const QQuickItem* i);
// The item's type and its text or accessible name, for a problem's line.
QString describe(const QQuickItem* i);

void checkContrast(QQuickItem* i, const LayoutRules& rules, QList<LayoutProblem>& out);

} // namespace cptt_test::layout
