#include "app_walk.h"

#include "app/startup.h"
#include "appsettings.h"
#include "document.h"
#include "referencelibrary.h"

#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/reference/reference_data.h"
#include "cptt/report.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QtQuickTest/quicktest.h>
#include <QtTest>

namespace cptt_test {

namespace {

// An older version of `dossier` exported to `path`: its first procedure's worksheet (current, else
// proposed) with an hour more on its first task, its last procedure not yet there (numbers and the
// dossier's own names only, as the language walk wants of what is shown).
bool writeOlderReport(const QString& dossier, const QString& path) {
  cptt::DossierLoad load = cptt::load_dossier_file(dossier.toStdString());
  if (!load.result || load.dossier.procedures.size() < 2)
    return false;
  cptt::Procedure& first = load.dossier.procedures.front();
  cptt::Worksheet* sheet = first.current    ? &*first.current
                           : first.proposed ? &*first.proposed
                                            : nullptr;
  if (!sheet || sheet->tasks.empty())
    return false;
  sheet->tasks.front().hours = sheet->tasks.front().hours + cptt::Quantity::from_integer(1);
  load.dossier.procedures.pop_back();
  cptt::ReportMetadata meta;
  meta.exported = "2026-11-01T00:00:00Z";
  for (const auto& f : ReferenceLibrary::instance()->data().files)
    meta.reference_data.emplace_back(f.id, f.version);
  const std::string text = cptt::write_report(load.dossier, cptt::compute(load.dossier), meta);
  QFile out(path);
  return out.open(QIODevice::WriteOnly) &&
         out.write(text.data(), static_cast<qint64>(text.size())) ==
             static_cast<qint64>(text.size());
}

} // namespace

AppFixture::AppFixture() = default;

AppFixture::~AppFixture() {
  engine_.reset();
  AppSettings::instance()->setEngine(nullptr);
}

void AppFixture::useTestSettings(const QString& appName) {
  QVERIFY(settingsDir_.isValid());
  QVERIFY(workDir_.isValid());
  // The app's style and font first: it sets the app's names too, which the test's replace.
  cptt::app::configureApplication();
  appName_ = appName;
  QStandardPaths::setTestModeEnabled(true);
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir_.path());
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
  QCoreApplication::setOrganizationName(QStringLiteral("CPTT-test"));
  QCoreApplication::setApplicationName(appName);
  QSettings().clear();
}

QString AppFixture::settingsFile() const {
  return settingsDir_.filePath(QStringLiteral("CPTT-test/%1.conf").arg(appName_));
}

void AppFixture::load(QSize size) {
  // As in main.cpp: the settings (and their translator) exist before the QML is loaded.
  engine_.reset(new QQmlApplicationEngine);
  AppSettings::instance()->setEngine(engine_.get());
  window_ = cptt::app::loadMainWindow(*engine_);
  QVERIFY2(window_, "Main.qml did not load");
  if (size.isValid()) {
    window_->setMinimumSize(window_->minimumSize().boundedTo(size));
    window_->resize(size);
  }
  QVERIFY(QTest::qWaitForWindowExposed(window_));
  document_ = window_->findChild<DossierDocument*>();
  QVERIFY(document_);
  if (size.isValid())
    QTRY_COMPARE(window_->size(), size);
}

namespace {

void collect(QQuickItem* item, bool visibleOnly, QList<QQuickItem*>& out) {
  if (!item || (visibleOnly && (!item->isVisible() || item->inherits("QQuickOverlay"))))
    return;
  out.push_back(item);
  for (QQuickItem* child : item->childItems())
    collect(child, visibleOnly, out);
}

} // namespace

QList<QQuickItem*> visibleItems(QQuickItem* root) {
  QList<QQuickItem*> items;
  collect(root, true, items);
  return items;
}

QList<QQuickItem*> allItems(QQuickItem* root) {
  QList<QQuickItem*> items;
  collect(root, false, items);
  return items;
}

void settle(QQuickWindow* window) {
  // Layouts and positioners (a Flow) place their items at the polish before a frame: until a
  // round in which none was pending (after five rounds at least), a frame is asked for and its
  // polish waited for.
  for (int round = 0, quiet = 0; quiet < 5 && round < 50; ++round) {
    QCoreApplication::processEvents();
    QTest::qWait(10);
    if (window && QQuickTest::qIsPolishScheduled(window)) {
      quiet = 0;
      window->update();
      QQuickTest::qWaitForPolish(window);
    } else {
      ++quiet;
    }
  }
}

QStringList exampleDossiers() {
  QStringList out;
  QDirIterator it(QStringLiteral(CPTT_DATA_DIR "/examples"), {QStringLiteral("*.cptt.xml")},
                  QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext())
    out << it.next();
  out.sort();
  return out;
}

int AppWalk::run() {
  pages_ = 0;
  visitAll();
  return pages_;
}

void AppWalk::visitAll() {
  const QStringList dossiers = exampleDossiers();
  QVERIFY2(dossiers.size() >= 5, "the examples are missing");
  showScreen(QStringLiteral("start"));
  if (opened)
    opened(Opened::Start, {}, {});
  page(QStringLiteral("start"));
  ++pages_;
  for (const QString& path : dossiers) {
    visitDossier(path);
    if (QTest::currentTestFailed())
      return;
  }
  visitReturnedReview();
  visitReviewer(QStringLiteral(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml"),
                QStringLiteral(CPTT_DATA_DIR "/examples/review/case-dossier-total.review.xml"));
  visitReviewer(QStringLiteral(CPTT_DATA_DIR "/examples/review/implausible.cptt.xml"));
  showScreen(QStringLiteral("start"));
}

void AppWalk::showScreen(const QString& name) {
  app_.window()->setProperty("screen", name);
  settle(app_.window());
}

// The page as it is when it has no tab bar still to visit; else each tab of the first such bar
// in turn, with the bars that tab shows.
void AppWalk::visitTabs(const QString& name, QSet<QQuickItem*> done) {
  QQuickItem* bar = nullptr;
  for (QQuickItem* item : visibleItems(app_.window()->contentItem()))
    if (item->inherits("QQuickTabBar") && !done.contains(item)) {
      bar = item;
      break;
    }
  if (!bar) {
    page(name);
    ++pages_;
    return;
  }
  done.insert(bar);
  const int count = bar->property("count").toInt();
  for (int i = 0; i < count; ++i) {
    bar->setProperty("currentIndex", i);
    settle(app_.window());
    QQuickItem* tab = nullptr;
    QMetaObject::invokeMethod(bar, "itemAt", Q_RETURN_ARG(QQuickItem*, tab), Q_ARG(int, i));
    const QString text = tab ? tab->property("text").toString() : QString();
    visitTabs(name + QStringLiteral(" · ") +
                  (text.isEmpty() ? QStringLiteral("tab %1").arg(i + 1) : text),
              done);
  }
  bar->setProperty("currentIndex", 0);
  settle(app_.window());
}

void AppWalk::openFile(const QString& path) {
  QVariant ok;
  QVERIFY(QMetaObject::invokeMethod(app_.window(), "openFile", Q_RETURN_ARG(QVariant, ok),
                                    Q_ARG(QVariant, path)));
  QVERIFY2(ok.toBool(), qPrintable(path));
}

void AppWalk::visitDossier(const QString& path) {
  openFile(path);
  if (QTest::currentTestFailed())
    return;
  if (opened)
    opened(Opened::Dossier, path, {});
  DossierDocument* doc = app_.document();
  const QString name = QFileInfo(path).fileName();
  showScreen(QStringLiteral("dossier"));
  visitTabs(name + QStringLiteral(" · dossier"), {});
  for (int row = 0; row < doc->procedureCount(); ++row) {
    const QString id = doc->procedureIdAt(row);
    app_.window()->setProperty("procedureId", id);
    showScreen(QStringLiteral("procedure"));
    visitTabs(name + QStringLiteral(" · ") + id, {});
  }
  showScreen(QStringLiteral("summary"));
  visitTabs(name + QStringLiteral(" · summary"), {});
}

// The drafter reads the returned review of the worked example and answers it.
void AppWalk::visitReturnedReview() {
  const QString dossier = QStringLiteral(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml");
  const QString review =
      QStringLiteral(CPTT_DATA_DIR "/examples/review/case-dossier-total.review.xml");
  openFile(dossier);
  if (QTest::currentTestFailed())
    return;
  QVariant ok;
  QVERIFY(QMetaObject::invokeMethod(app_.window(), "openReturnedReview", Q_RETURN_ARG(QVariant, ok),
                                    Q_ARG(QVariant, review)));
  QVERIFY(ok.toBool());
  if (opened)
    opened(Opened::ReturnedReview, dossier, review);
  DossierDocument* doc = app_.document();
  showScreen(QStringLiteral("dossier"));
  visitTabs(QStringLiteral("returned review · dossier"), {});
  for (int row = 0; row < doc->procedureCount(); ++row) {
    const QString id = doc->procedureIdAt(row);
    app_.window()->setProperty("procedureId", id);
    showScreen(QStringLiteral("procedure"));
    visitTabs(QStringLiteral("returned review · ") + id, {});
  }
  // The drafter's answers to it (the example's response lies beside the review).
  showScreen(QStringLiteral("responses"));
  visitTabs(QStringLiteral("returned review · responses"), {});
}

// The reviewer opens the report exported from a dossier.
void AppWalk::visitReviewer(const QString& dossier, const QString& previousReview) {
  DossierDocument* doc = app_.document();
  QVERIFY(doc->open(dossier));
  const QString report = QDir(app_.workPath())
                             .filePath(QFileInfo(dossier).completeBaseName().section('.', 0, 0) +
                                       QStringLiteral(".report.xml"));
  QVERIFY2(doc->exportReport(report), qPrintable(doc->errorString()));
  QStringList ids;
  for (int row = 0; row < doc->procedureCount(); ++row)
    ids << doc->procedureIdAt(row);
  openFile(report);
  if (QTest::currentTestFailed())
    return;
  if (opened)
    opened(Opened::Report, dossier, {});
  showScreen(QStringLiteral("review"));
  QObject* reviewPage = nullptr;
  for (QObject* o : app_.window()->findChildren<QObject*>())
    if (QString(o->metaObject()->className()).startsWith(QLatin1String("ReviewPage")))
      reviewPage = o;
  QVERIFY(reviewPage);
  QObject* session = reviewPage->property("session").value<QObject*>();
  QVERIFY(session);
  const QString name = QFileInfo(report).fileName();
  for (const QString& id : std::as_const(ids)) {
    session->setProperty("selectedProcedureId", id);
    settle(app_.window());
    visitTabs(name + QStringLiteral(" · ") + id, {});
  }
  if (previousReview.isEmpty())
    return;
  // Round 2 of the previous review on this report (its response lies beside it).
  bool ok = false;
  QVERIFY(QMetaObject::invokeMethod(session, "openNextRound", Q_RETURN_ARG(bool, ok),
                                    Q_ARG(QString, previousReview), Q_ARG(QString, QString())));
  QVERIFY2(ok, qPrintable(session->property("errorString").toString()));
  if (opened)
    opened(Opened::NextRound, dossier, previousReview);
  for (const QString& id : std::as_const(ids)) {
    session->setProperty("selectedProcedureId", id);
    settle(app_.window());
    visitTabs(name + QStringLiteral(" · vòng 2 · ") + id, {});
  }
  // What changed since an older report picked by hand (the changes tab with rows in it).
  const QString older = QDir(app_.workPath()).filePath(QStringLiteral("older.report.xml"));
  QVERIFY(writeOlderReport(dossier, older));
  QObject* changes = session->property("changes").value<QObject*>();
  QVERIFY(changes);
  QVERIFY(QMetaObject::invokeMethod(changes, "compareWith", Q_RETURN_ARG(bool, ok),
                                    Q_ARG(QString, older)));
  QVERIFY2(ok, qPrintable(changes->property("errorString").toString()));
  QVERIFY(changes->property("changeCount").toInt() > 0);
  session->setProperty("selectedProcedureId", ids.first());
  settle(app_.window());
  visitTabs(name + QStringLiteral(" · vòng 2 · so với báo cáo cũ"), {});
}

} // namespace cptt_test
