// Qt Quick Test runner for the reviewer's screen (tst_review_*.qml): the Cptt module linked in
// statically; before the QML engine starts, the example report and an altered copy are written
// into AppSettings.lastFolder (a fresh temporary folder), where the tests open them. The tests
// also grab the review page to PNG files in the working directory (the build tree) for a look.
#include "app/startup.h"
#include "appsettings.h"
#include "tst_review_support.h"

#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CpttPlugin)

class Setup : public QObject {
  Q_OBJECT
public slots:
  void applicationAvailable() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CPTT-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_review_quick"));
    cptt::app::useAppStyle(); // the app's style and font
  }
  void qmlEngineAvailable(QQmlEngine* engine) {
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    AppSettings::instance()->setEngine(engine);
    AppSettings::instance()->setLastFolder(dir_.path());
    if (!review_test::writeReports(dir_.path()))
      qFatal("cannot write the test reports into %s", qPrintable(dir_.path()));
  }

private:
  QTemporaryDir dir_;
};

QUICK_TEST_MAIN_WITH_SETUP(cptt_review_quick, Setup)

#include "tst_review_quick.moc"
