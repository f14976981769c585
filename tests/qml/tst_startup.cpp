// The app's start-up check of its QML modules: a missing module is named with the Debian package
// that ships it, instead of the crash a user got from Qt's file dialog without
// Qt.labs.folderlistmodel.
#include "app/startup.h"

#include <QQmlEngine>
#include <QtTest>

using cptt::app::QmlModule;

class StartupTest : public QObject {
  Q_OBJECT
private slots:
  void everyRequiredModuleLoadsHere() {
    QQmlEngine engine;
    const auto missing = cptt::app::missingQmlModules(engine, cptt::app::requiredQmlModules());
    QVERIFY2(missing.empty(), qPrintable(cptt::app::missingModulesMessage(missing)));
  }
  void aMissingModuleIsNamedWithItsPackage() {
    QQmlEngine engine;
    const std::vector<QmlModule> modules = {
        {QStringLiteral("QtQuick"), QStringLiteral("qml6-module-qtquick")},
        {QStringLiteral("Cptt.NoSuchModule"), QStringLiteral("qml6-module-no-such")},
    };
    const auto missing = cptt::app::missingQmlModules(engine, modules);
    QCOMPARE(missing.size(), std::size_t(1));
    QCOMPARE(missing.front().uri, QStringLiteral("Cptt.NoSuchModule"));
    const QString message = cptt::app::missingModulesMessage(missing);
    QVERIFY(message.contains(QStringLiteral("Cptt.NoSuchModule")));
    QVERIFY(message.contains(QStringLiteral("apt-get install qml6-module-no-such")));
    QVERIFY(message.contains(QStringLiteral("thiếu mô-đun QML")));
  }
};

QTEST_MAIN(StartupTest)
#include "tst_startup.moc"
