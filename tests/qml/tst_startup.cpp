// The app's start-up checks of its QML modules and image formats: a missing one is named with the
// Debian package that ships it, instead of the crash a user got from Qt's file dialog without
// Qt.labs.folderlistmodel, or icons silently blank without Qt's SVG plugin.
#include "app/startup.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtTest>

using cptt::app::QmlModule;

class StartupTest : public QObject {
  Q_OBJECT
private slots:
  // As in cptt-app: the style before any QML module loads (the checks below load them).
  void initTestCase() { cptt::app::useAppStyle(); }
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
  // The icons are SVG: Qt's SVG image plugin is installed here, and a format no plugin reads is
  // named with the package to install.
  void everyRequiredImageFormatReadsHere() {
    const auto missing = cptt::app::missingImageFormats(cptt::app::requiredImageFormats());
    QVERIFY2(missing.empty(), qPrintable(cptt::app::missingImageFormatsMessage(missing)));
    bool svg = false;
    for (const cptt::app::ImageFormat& format : cptt::app::requiredImageFormats())
      svg = svg || format.format == QStringLiteral("svg");
    QVERIFY(svg);
  }
  void aMissingImageFormatIsNamedWithItsPackage() {
    const std::vector<cptt::app::ImageFormat> formats = {
        {QStringLiteral("svg"), QStringLiteral("libqt6svg6")},
        {QStringLiteral("no-such-format"), QStringLiteral("libqt6-no-such")},
    };
    const auto missing = cptt::app::missingImageFormats(formats);
    QCOMPARE(missing.size(), std::size_t(1));
    QCOMPARE(missing.front().format, QStringLiteral("no-such-format"));
    const QString message = cptt::app::missingImageFormatsMessage(missing);
    QVERIFY(message.contains(QStringLiteral("NO-SUCH-FORMAT")));
    QVERIFY(message.contains(QStringLiteral("apt-get install libqt6-no-such")));
    QVERIFY(message.contains(QStringLiteral("không đọc được ảnh")));
  }
  // The app's own style and font (set in initTestCase: a style holds from the first QML import).
  void theAppStyleIsCpttStyle() {
    QCOMPARE(QQuickStyle::name(), QStringLiteral("CpttStyle"));
    QCOMPARE(QGuiApplication::font().family(), QStringLiteral("Noto Sans"));
  }
};

QTEST_MAIN(StartupTest)
#include "tst_startup.moc"
