#pragma once
// What the tests that load the whole app share. AppFixture loads Main.qml as cptt-app does
// (cptt::app::configureApplication's style and font, loadMainWindow), with the settings in a
// temporary folder (QSettings::setPath and QStandardPaths' test mode), never the user's.
// AppWalk visits every page of the app on the example dossiers (data/examples/*.cptt.xml): the
// start page; for each dossier, the dossier page, every procedure with every tab (nested tab
// bars too: each tab of a bar, then each tab of the bars it shows), the summary; the worked
// example with its returned review (dossier and procedures); and the reviewer mode on the
// reports exported from two dossiers (every procedure, every tab), the worked example's report
// again in round 2 of its example review (the previous round's follow-ups), then compared with an
// older version of it picked by hand (the changes tab with rows). Its callbacks say what
// was opened and ask the test to check each page as it is on screen.
#include <QList>
#include <QSet>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class DossierDocument;
class QQmlApplicationEngine;
class QQuickItem;
class QQuickWindow;

namespace cptt_test {

class AppFixture {
public:
  AppFixture();
  ~AppFixture();

  // The app's style and font, and settings of the test's own in a temporary folder (the settings
  // file is CPTT-test/<appName>.conf there), cleared. Call before AppSettings is first used.
  void useTestSettings(const QString& appName);
  // Loads Main.qml and waits for its window (a failed QVERIFY when it cannot); `size`, when
  // valid, is the window's size (its minimum size lowered to it when needed).
  void load(QSize size = QSize());

  QQmlApplicationEngine* engine() const { return engine_.get(); }
  QQuickWindow* window() const { return window_; }
  DossierDocument* document() const { return document_; }
  QString settingsPath() const { return settingsDir_.path(); }
  QString settingsFile() const;
  QString workPath() const { return workDir_.path(); }

private:
  QTemporaryDir settingsDir_, workDir_;
  QString appName_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow* window_ = nullptr;
  DossierDocument* document_ = nullptr;
};

// Every item under `root` that is visible (its own visible flag and its parents'), root first,
// in tree order. Open popups live in the window's overlay (QQuickOverlay), which is left out.
QList<QQuickItem*> visibleItems(QQuickItem* root);
// Every item under `root`, shown or not, open popups (the overlay) included.
QList<QQuickItem*> allItems(QQuickItem* root);
// Lets bindings, layouts and the window's polish run.
void settle(QQuickWindow* window);

// The example dossiers, sorted (data/examples and its sub-folders).
QStringList exampleDossiers();

class AppWalk {
public:
  enum class Opened { Start, Dossier, ReturnedReview, Report, NextRound };
  // What was opened before the pages that follow: the dossier file, with its review for a
  // returned review; for a report, the dossier it was exported from.
  std::function<void(Opened, const QString& dossier, const QString& review)> opened;
  // A page as it is now on screen, named "file · page · tab · tab".
  std::function<void(const QString& page)> page;

  explicit AppWalk(AppFixture& app) : app_(app) {}
  // Visits everything (failed QVERIFYs when a file does not open); returns the pages visited.
  int run();

private:
  void visitAll();
  void showScreen(const QString& name);
  void visitTabs(const QString& page, QSet<QQuickItem*> done);
  void visitDossier(const QString& path);
  void visitReturnedReview();
  // With `previousReview`: then that review's next round on the same report.
  void visitReviewer(const QString& dossier, const QString& previousReview = QString());
  void openFile(const QString& path);

  AppFixture& app_;
  int pages_ = 0;
};

} // namespace cptt_test
