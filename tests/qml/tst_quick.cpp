// Qt Quick Test runner: the Cptt module is linked in statically and found under qrc:/qt/qml. The
// tests save into AppSettings.lastFolder, which the setup points at a fresh temporary folder, and
// open the worked examples from AppSettings.examplesFolder.
#include "app/startup.h"
#include "appsettings.h"

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
    QCoreApplication::setApplicationName(QStringLiteral("tst_quick"));
    cptt::app::useAppStyle();
  }
  void qmlEngineAvailable(QQmlEngine* engine) {
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    AppSettings::instance()->setEngine(engine);
    AppSettings::instance()->setLastFolder(dir_.path());
  }

private:
  QTemporaryDir dir_;
};

QUICK_TEST_MAIN_WITH_SETUP(cptt_quick, Setup)

#include "tst_quick.moc"
