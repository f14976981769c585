#pragma once
// The fixture of a journey in the real window: the app started as cptt-app starts it (Xvfb,
// xcb), a folder of its own for the test's files where the file dialogs open, and the steps a
// user takes, by what a user sees (a button's name or text, a field's name). STEP fails the test
// with a screenshot and a dump of what the window shows. Used by tst_rounds and tst_signing.
#include "uidriver.h"

#include "appsettings.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace cptt::window {

struct Journey {
  std::unique_ptr<QQmlApplicationEngine> engine;
  QQuickWindow* window = nullptr;
  std::unique_ptr<Ui> ui;
  QTemporaryDir dir;

  // Starts the app with the file dialogs in this journey's folder; false when it did not start.
  bool start() {
    if (!dir.isValid() || QGuiApplication::platformName() != QLatin1String("xcb"))
      return false;
    window = startApp(engine);
    if (window == nullptr)
      return false;
    AppSettings::instance()->setLastFolder(dir.path());
    ui = std::make_unique<Ui>(window);
    return true;
  }
  QString path(const QString& name) const { return dir.filePath(name); }

  bool clickName(const QString& name) const {
    return ui->click(ui->find({.name = name, .type = QStringLiteral("QQuickAbstractButton")}));
  }
  bool clickText(const QString& text, bool contains = false) const {
    return ui->click(ui->find(
        {.text = text, .type = QStringLiteral("QQuickAbstractButton"), .contains = contains}));
  }
  bool typeInto(const QString& name, const QString& text) const {
    return ui->type(ui->field(name), text);
  }
  bool shows(const QString& text, int timeout = 3000) const {
    return ui->find({.text = text, .contains = true}, timeout) != nullptr;
  }
  // The popup on top (a dialog) shows `text` (its title, a message).
  bool popupShows(const QString& text, int timeout = 3000) const {
    return ui->waitFor(
        [&] {
          QQuickItem* popup = ui->topPopup();
          return popup != nullptr &&
                 ui->find({.text = text, .contains = true, .within = popup}, 0) != nullptr;
        },
        timeout);
  }
  // Runs a command-line tool; its output and errors, or why it did not finish.
  static QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
      return program + QStringLiteral(" did not finish");
    return QString::fromUtf8(p.readAll());
  }
  QString dump() const { return ui->dump(); }
  void saveScreenshot(const QString& name) const {
    window->grabWindow().save(QDir::temp().filePath(name));
  }
};

} // namespace cptt::window

// Fails the test with what the window shows when a step cannot be done (`journey` a Journey).
#define JOURNEY_STEP(journey, ok, what)                                                            \
  do {                                                                                             \
    if (!(ok)) {                                                                                   \
      (journey).saveScreenshot(                                                                    \
          QStringLiteral("%1-failure.png").arg(QTest::currentTestFunction()));                     \
      QFAIL(qPrintable(QStringLiteral("%1\n--- shown:\n%2").arg(what, (journey).dump())));         \
    }                                                                                              \
  } while (false)
