#include "uidriver.h"

#include "app/startup.h"
#include "appsettings.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>

namespace cptt::window {

QQuickWindow* startApp(std::unique_ptr<QQmlApplicationEngine>& engine) {
  // The order of qml/main.cpp: names, style and font first, then the engine.
  cptt::app::configureApplication();
  engine = std::make_unique<QQmlApplicationEngine>();
  AppSettings::instance()->setEngine(engine.get());
  QQuickWindow* window = cptt::app::loadMainWindow(*engine);
  if (!window)
    return nullptr;
  window->show();
  window->requestActivate();
  if (!QTest::qWaitForWindowExposed(window, 10000))
    return nullptr;
  // Key events go to the active window's focus item, as a user's do.
  if (!QTest::qWaitForWindowActive(window, 5000))
    qWarning("cptt: the window did not become active; key events may go nowhere");
  return window;
}

namespace {

QObject* accessibleAttached(const QQuickItem* item) {
  for (QObject* child : item->children())
    if (child->inherits("QQuickAccessibleAttached"))
      return child;
  return nullptr;
}

bool isInteractive(const QQuickItem* item) {
  return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextInput") ||
         item->inherits("QQuickTextEdit") || item->inherits("QQuickComboBox") ||
         item->inherits("QQuickFlickable");
}

bool isAncestor(const QQuickItem* ancestor, const QQuickItem* item) {
  for (const QQuickItem* p = item; p; p = p->parentItem())
    if (p == ancestor)
      return true;
  return false;
}

void collect(QQuickItem* item, std::vector<QQuickItem*>& out) {
  out.push_back(item);
  for (QQuickItem* child : item->childItems())
    collect(child, out);
}

QQuickItem* overlayOf(QQuickWindow* window) {
  for (QQuickItem* child : window->contentItem()->childItems())
    if (child->inherits("QQuickOverlay"))
      return child;
  return nullptr;
}

bool matches(const QString& wanted, const QString& actual, bool contains) {
  if (wanted.isEmpty())
    return true;
  return contains ? actual.contains(wanted) : actual == wanted;
}

} // namespace

QString accessibleName(const QQuickItem* item) {
  if (QObject* attached = accessibleAttached(item))
    return attached->property("name").toString();
  return {};
}

QString itemText(const QQuickItem* item) {
  const QMetaObject* meta = item->metaObject();
  const int index = meta->indexOfProperty("text");
  if (index < 0)
    return {};
  const QVariant value = meta->property(index).read(item);
  return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

QString describe(const QQuickItem* item) {
  if (!item)
    return QStringLiteral("(none)");
  QString what = accessibleName(item);
  if (what.isEmpty())
    what = itemText(item);
  if (what.isEmpty())
    what = item->objectName();
  QString type = QString::fromLatin1(item->metaObject()->className());
  type = type.section(QLatin1Char('_'), 0, 0);
  return type + QStringLiteral(" \"") + what.left(60).replace(QLatin1Char('\n'), QLatin1Char(' ')) +
         QLatin1Char('"');
}

std::vector<QQuickItem*> Ui::items(QQuickItem* root) const {
  std::vector<QQuickItem*> out;
  collect(root ? root : window_->contentItem(), out);
  return out;
}

std::vector<QQuickItem*> Ui::openPopups() const {
  std::vector<QQuickItem*> popups;
  QQuickItem* overlay = overlayOf(window_);
  if (!overlay)
    return popups;
  std::vector<QQuickItem*> children;
  for (QQuickItem* child : overlay->childItems())
    if (child->inherits("QQuickPopupItem") && child->isVisible())
      children.push_back(child);
  std::stable_sort(children.begin(), children.end(),
                   [](QQuickItem* a, QQuickItem* b) { return a->z() < b->z(); });
  for (QQuickItem* popup : children) {
    // Tool tips hold no control and take no input: they never stand in the way.
    const std::vector<QQuickItem*> inside = items(popup);
    if (std::any_of(inside.begin() + 1, inside.end(), isInteractive))
      popups.push_back(popup);
  }
  return popups;
}

QQuickItem* Ui::topPopup() const {
  const std::vector<QQuickItem*> popups = openPopups();
  return popups.empty() ? nullptr : popups.back();
}

bool Ui::shown(QQuickItem* item) const {
  static const bool debug = qEnvironmentVariableIsSet("CPTT_WINDOW_DEBUG");
  if (!item || !item->isVisible() || item->width() <= 0 || item->height() <= 0)
    return false;
  for (const QQuickItem* p = item; p; p = p->parentItem())
    if (p->opacity() <= 0.01) {
      if (debug)
        qDebug() << "hidden by opacity" << describe(item) << describe(p);
      return false;
    }
  const QPointF c = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
  if (c.x() < 0 || c.y() < 0 || c.x() >= window_->width() || c.y() >= window_->height()) {
    if (debug)
      qDebug() << "outside the window" << describe(item) << c;
    return false;
  }
  for (const QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
    if (!p->clip())
      continue;
    const QPointF local = p->mapFromScene(c);
    if (local.x() < 0 || local.y() < 0 || local.x() >= p->width() || local.y() >= p->height()) {
      if (debug)
        qDebug() << "clipped" << describe(item) << "by" << describe(p) << local;
      return false;
    }
  }
  if (QQuickItem* top = topPopup())
    return isAncestor(top, item);
  return true;
}

bool Ui::enabled(QQuickItem* item) const { return item && item->isEnabled(); }

std::vector<QQuickItem*> Ui::findAll(const Match& m) const {
  std::vector<QQuickItem*> found;
  QQuickItem* top = topPopup();
  for (QQuickItem* item : items(m.within)) {
    if (!m.type.isEmpty() && !item->inherits(m.type.toLatin1().constData()))
      continue;
    if (!m.objectName.isEmpty() && item->objectName() != m.objectName)
      continue;
    if (!m.name.isEmpty() && !matches(m.name, accessibleName(item), m.contains))
      continue;
    if (!m.text.isEmpty() && !matches(m.text, itemText(item), m.contains))
      continue;
    if (!item->isVisible())
      continue;
    // Shown once scrolled to: inside the window's open popup when there is one.
    if (top && !isAncestor(top, item))
      continue;
    found.push_back(item);
  }
  return found;
}

QQuickItem* Ui::find(const Match& match, int timeout) const {
  QQuickItem* result = nullptr;
  waitFor(
      [&] {
        const std::vector<QQuickItem*> found = findAll(match);
        // Prefer one already on screen; otherwise the first one (it will be scrolled to).
        auto it = std::find_if(found.begin(), found.end(), [&](QQuickItem* i) { return shown(i); });
        result = it != found.end() ? *it : (found.empty() ? nullptr : found.front());
        return result != nullptr;
      },
      timeout);
  return result;
}

QQuickItem* Ui::field(const QString& name, int timeout) const {
  QQuickItem* result = nullptr;
  waitFor(
      [&] {
        for (QQuickItem* item : findAll({.name = name}))
          if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
            return (result = item) != nullptr;
        return false;
      },
      timeout);
  return result;
}

void Ui::scrollIntoView(QQuickItem* item) const {
  for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
    if (!p->inherits("QQuickFlickable"))
      continue;
    auto* content = p->property("contentItem").value<QQuickItem*>();
    if (!content)
      continue;
    const QRectF r = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
    const qreal h = p->height();
    const qreal y = p->property("contentY").toReal();
    const qreal originY = p->property("originY").toReal();
    const qreal contentH = p->property("contentHeight").toReal();
    const qreal centreY = r.center().y();
    if (centreY < y + 4 || centreY > y + h - 4) {
      const qreal wanted =
          std::clamp(centreY - h / 3, originY, std::max(originY, originY + contentH - h));
      p->setProperty("contentY", wanted);
      settle(10);
    }
  }
  settle(10);
}

QPointF Ui::centre(QQuickItem* item) const {
  return item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
}

bool Ui::click(QQuickItem* item, Qt::MouseButton button) const {
  if (!item)
    return false;
  scrollIntoView(item);
  if (!shown(item))
    return false;
  QTest::mouseClick(window_, button, Qt::NoModifier, centre(item).toPoint());
  settle();
  return true;
}

bool Ui::doubleClick(QQuickItem* item) const {
  if (!item)
    return false;
  scrollIntoView(item);
  if (!shown(item))
    return false;
  // A double click as the window system delivers it: press, release, press (double), release.
  const QPoint at = centre(item).toPoint();
  QTest::mouseDClick(window_, Qt::LeftButton, Qt::NoModifier, at);
  settle();
  return true;
}

bool Ui::type(QQuickItem* field, const QString& text) const {
  if (!click(field))
    return false;
  if (!field->hasActiveFocus()) {
    qWarning() << "cptt-window: clicked" << describe(field) << "at" << centre(field)
               << "but the focus is on" << describe(window_->activeFocusItem());
    return false;
  }
  key(Qt::Key_A, Qt::ControlModifier);
  if (text.isEmpty())
    key(Qt::Key_Backspace);
  else
    keys(text);
  settle();
  return true;
}

void Ui::keys(const QString& text) const {
  for (const QChar ch : text) {
    if (ch == QLatin1Char('\n')) {
      key(Qt::Key_Return);
    } else if (ch.unicode() < 128) {
      QTest::keyClick(window_, ch.toLatin1());
    } else {
      // Vietnamese letters, as an input method commits them: the key carries the text.
      QTest::sendKeyEvent(QTest::Click, window_, Qt::Key(ch.toUpper().unicode()), QString(ch),
                          Qt::NoModifier);
    }
  }
}

void Ui::key(int k, Qt::KeyboardModifiers modifiers) const {
  QTest::keyClick(window_, Qt::Key(k), modifiers);
  settle();
}

bool Ui::waitFor(const std::function<bool()>& condition, int timeout) const {
  QDeadlineTimer deadline(timeout);
  while (true) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (condition())
      return true;
    if (deadline.hasExpired())
      return false;
    QTest::qWait(10);
  }
}

void Ui::settle(int ms) const {
  // Lets bindings, polish and one frame run, as a user's pause between two actions would.
  QTest::qWait(ms);
}

QQuickItem* Ui::fileDialog() const {
  for (QQuickItem* popup : openPopups())
    for (QQuickItem* item : items(popup))
      if (item->objectName() == QLatin1String("fileDialogListView"))
        return popup;
  return nullptr;
}

namespace {

const QStringList acceptTexts = {QStringLiteral("Save"), QStringLiteral("&Save"),
                                 QStringLiteral("Open"), QStringLiteral("&Open"),
                                 QStringLiteral("Lưu"),  QStringLiteral("Mở"),
                                 QStringLiteral("Xuất"), QStringLiteral("Export")};

QQuickItem* acceptButton(const Ui& ui, QQuickItem* dialog) {
  for (QQuickItem* item : ui.items(dialog))
    if (item->inherits("QQuickAbstractButton") && acceptTexts.contains(itemText(item)) &&
        ui.shown(item) && item->isEnabled())
      return item;
  return nullptr;
}

} // namespace

QString Ui::fileDialogFolder() const {
  if (QQuickItem* dialog = fileDialog())
    for (QQuickItem* item : items(dialog))
      if (item->objectName() == QLatin1String("fileDialogListView"))
        if (QObject* model = item->property("model").value<QObject*>())
          return QDir(model->property("folder").toUrl().toLocalFile()).canonicalPath();
  return {};
}

bool Ui::goToFolderInFileDialog(const QString& folder) const {
  const QString wanted = QDir(folder).canonicalPath();
  QQuickItem* dialog = nullptr;
  if (!waitFor([&] { return (dialog = fileDialog()) != nullptr; }))
    return false;
  if (fileDialogFolder() == wanted)
    return true;
  // The breadcrumb bar's path field, shown by its shortcut.
  key(Qt::Key_L, Qt::ControlModifier);
  QQuickItem* pathField = nullptr;
  waitFor([&] {
    for (QQuickItem* item : items(dialog))
      if (item->inherits("QQuickTextInput") && item->isVisible())
        for (QQuickItem* p = item->parentItem(); p && p != dialog; p = p->parentItem())
          if (p->inherits("QQuickFolderBreadcrumbBar"))
            return (pathField = item) != nullptr;
    return false;
  });
  if (!pathField || !type(pathField, wanted))
    return false;
  key(Qt::Key_Return);
  return waitFor([&] { return fileDialogFolder() == wanted; });
}

bool Ui::saveInFileDialog(const QString& fileName, const QString& folder) const {
  QQuickItem* dialog = nullptr;
  if (!waitFor([&] { return (dialog = fileDialog()) != nullptr; }))
    return false;
  if (!folder.isEmpty() && !goToFolderInFileDialog(folder))
    return false;
  QQuickItem* field = find({.objectName = QStringLiteral("fileNameTextField"), .within = dialog});
  if (!field || !type(field, fileName))
    return false;
  // Enter ends the editing: the dialog takes the name and its button turns to Save (Qt 6.4 keeps
  // "Open", disabled, after a change of folder until then).
  key(Qt::Key_Return);
  if (fileDialog() == nullptr)
    return true;
  QQuickItem* accept = nullptr;
  waitFor([&] { return (accept = acceptButton(*this, dialog)) != nullptr; }, 2000);
  if (!click(accept)) {
    QStringList buttons;
    for (QQuickItem* item : items(dialog))
      if (item->inherits("QQuickAbstractButton"))
        buttons << QStringLiteral("%1 visible %2 enabled %3")
                       .arg(describe(item))
                       .arg(item->isVisible())
                       .arg(item->isEnabled());
    qWarning() << "cptt-window: no accept button in the file dialog:" << buttons;
    return false;
  }
  return waitFor([&] { return fileDialog() == nullptr; });
}

bool Ui::openInFileDialog(const QString& fileName, const QString& folder) const {
  QQuickItem* dialog = nullptr;
  if (!waitFor([&] { return (dialog = fileDialog()) != nullptr; }))
    return false;
  if (!folder.isEmpty() && !goToFolderInFileDialog(folder))
    return false;
  QQuickItem* entry = nullptr;
  waitFor([&] {
    for (QQuickItem* item : items(dialog))
      if (item->inherits("QQuickAbstractButton") &&
          item->property("fileName").toString() == fileName && item->isVisible())
        return (entry = item) != nullptr;
    return false;
  });
  if (!click(entry))
    return false;
  if (!click(acceptButton(*this, dialog)))
    return false;
  return waitFor([&] { return fileDialog() == nullptr; });
}

bool Ui::clickPopupButton(const QString& text) const {
  QQuickItem* popup = nullptr;
  if (!waitFor([&] { return (popup = topPopup()) != nullptr; }))
    return false;
  QQuickItem* button =
      find({.text = text, .type = QStringLiteral("QQuickAbstractButton"), .within = popup});
  return click(button);
}

QString Ui::dump(QQuickItem* root) const {
  QString out = QStringLiteral("window %1x%2, active item %3, popup on top: %4\n")
                    .arg(window_->width())
                    .arg(window_->height())
                    .arg(describe(window_->activeFocusItem()), describe(topPopup()));
  if (QQuickItem* dialog = fileDialog())
    for (QQuickItem* item : items(dialog))
      if (item->objectName() == QLatin1String("fileDialogListView"))
        if (QObject* model = item->property("model").value<QObject*>())
          out += QStringLiteral("file dialog in %1\n").arg(model->property("folder").toString());
  int hidden = 0;
  for (QQuickItem* item : items(root)) {
    if (!item->isVisible())
      continue;
    const QString what = describe(item);
    if (what.endsWith(QLatin1String("\"\"")))
      continue;
    if (!shown(item)) {
      // Present but scrolled away or clipped: counted, listed only when nothing shows.
      ++hidden;
      continue;
    }
    out += what + QLatin1Char('\n');
  }
  out += QStringLiteral("(%1 more items are not in view)\n").arg(hidden);
  return out;
}

QObject* findObject(QObject* root, const char* className) {
  if (root->inherits(className))
    return root;
  for (QObject* child : root->findChildren<QObject*>())
    if (child->inherits(className))
      return child;
  return nullptr;
}

} // namespace cptt::window
