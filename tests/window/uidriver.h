#pragma once
// Drives the real cptt-app window with real input events (QTest mouse and key events through the
// window system interface, as the xcb platform delivers a user's): finds the item a user would
// see (by Accessible.name, objectName or the text it shows), scrolls it into view, clicks it,
// types into it, waits for what should follow. Shared by tst_window (the journeys) and cptt-walk
// (the random walk).
#include <QPointF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QObject;
class QQuickItem;
class QQuickWindow;
class QQmlApplicationEngine;

namespace cptt::window {

// Starts the app exactly as qml/main.cpp does (application names, style and font, then the
// engine, the settings' engine, the QML module check and Main.qml) and returns its window, shown
// and active; null when it failed to load. `engine` is made here, after the style is set.
QQuickWindow* startApp(std::unique_ptr<QQmlApplicationEngine>& engine);

// What a user can read on or about an item.
QString accessibleName(const QQuickItem* item);
QString itemText(const QQuickItem* item);
// accessibleName, else the text it shows, else its objectName (for messages and the walk's log).
QString describe(const QQuickItem* item);

// How to find an item. Empty fields match anything; `type` is a C++ class the item inherits
// (QQuickAbstractButton, QQuickTextField, QQuickComboBox …); `contains` matches a part of the
// name or text instead of all of it.
struct Match {
  QString name;       // Accessible.name
  QString text;       // the text it shows (Label, Button, TabButton, MenuItem …)
  QString objectName; // objectName
  QString type;
  bool contains = false;
  QQuickItem* within = nullptr; // only inside this item
};

class Ui {
public:
  explicit Ui(QQuickWindow* window) : window_(window) {}
  QQuickWindow* window() const { return window_; }

  // Every item of the window (the scene, then the overlay with its popups), depth first.
  std::vector<QQuickItem*> items(QQuickItem* root = nullptr) const;
  // The open popup on top (a dialog, a menu, a combo box's list), or null.
  QQuickItem* topPopup() const;
  // The open popups' items, bottom first.
  std::vector<QQuickItem*> openPopups() const;
  // Visible, with a size, its centre inside the window and every clipping ancestor, and not
  // under a popup that is open above it. With scroll, ancestors' flickables may scroll first.
  bool shown(QQuickItem* item) const;
  bool enabled(QQuickItem* item) const;

  // The first item shown that matches, or null (waits up to `timeout` ms for it).
  QQuickItem* find(const Match& match, int timeout = 3000) const;
  std::vector<QQuickItem*> findAll(const Match& match) const;
  QQuickItem* byName(const QString& name, int timeout = 3000) const {
    return find({.name = name}, timeout);
  }
  QQuickItem* byText(const QString& text, int timeout = 3000) const {
    return find({.text = text}, timeout);
  }

  // The text field or area that reads `name` (Accessible.name; not a label of the same text).
  QQuickItem* field(const QString& name, int timeout = 3000) const;

  // Scrolls the flickables around `item` until its centre shows (a wheel would do the same).
  void scrollIntoView(QQuickItem* item) const;
  QPointF centre(QQuickItem* item) const;
  // Real mouse events at the item's centre (after scrolling it into view). False when the item
  // cannot be shown.
  bool click(QQuickItem* item, Qt::MouseButton button = Qt::LeftButton) const;
  bool doubleClick(QQuickItem* item) const;
  // Clicks the field, selects what it holds (Ctrl+A) and types `text` key by key (Vietnamese
  // letters included); an empty text clears the field.
  bool type(QQuickItem* field, const QString& text) const;
  // Types into the focused item without clicking first.
  void keys(const QString& text) const;
  void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;

  // Processes events until `condition` holds or `timeout` ms pass.
  bool waitFor(const std::function<bool()>& condition, int timeout = 5000) const;
  void settle(int ms = 30) const;

  // The open Qt Quick file dialog (QtQuick.Dialogs' own implementation), or null.
  QQuickItem* fileDialog() const;
  // The folder the open file dialog shows (a local path), or empty.
  QString fileDialogFolder() const;
  // In the open file dialog: goes to `folder` as a user does (Ctrl+L, the path typed in the
  // breadcrumb bar's field, Enter) unless it is there already.
  bool goToFolderInFileDialog(const QString& folder) const;
  // In the open file dialog (in `folder` when given): types `fileName` in its name field (save
  // mode) and accepts.
  bool saveInFileDialog(const QString& fileName, const QString& folder = {}) const;
  // In the open file dialog (in `folder` when given): clicks the file named `fileName` in its
  // list and accepts.
  bool openInFileDialog(const QString& fileName, const QString& folder = {}) const;
  // Clicks the button of the top popup that reads `text` (its dialog buttons).
  bool clickPopupButton(const QString& text) const;

  // A dump of the items shown (for failure messages).
  QString dump(QQuickItem* root = nullptr) const;

private:
  QQuickWindow* window_;
};

// The QML object of the window that is an instance of C++ class `className` (e.g.
// "DossierDocument"), for reading what the bridge holds.
QObject* findObject(QObject* root, const char* className);

} // namespace cptt::window
