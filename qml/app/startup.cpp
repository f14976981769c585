#include "startup.h"

#include <QFont>
#include <QGuiApplication>
#include <QImageReader>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

// The style is a static QML module: its types register when this file is linked in.
Q_IMPORT_QML_PLUGIN(CpttStylePlugin)

namespace cptt::app {

const std::vector<QmlModule>& requiredQmlModules() {
  static const std::vector<QmlModule> modules = {
      {QStringLiteral("QtQml"), QStringLiteral("qml6-module-qtqml")},
      {QStringLiteral("QtQml.WorkerScript"), QStringLiteral("qml6-module-qtqml-workerscript")},
      {QStringLiteral("QtQuick"), QStringLiteral("qml6-module-qtquick")},
      {QStringLiteral("QtQuick.Window"), QStringLiteral("qml6-module-qtquick-window")},
      {QStringLiteral("QtQuick.Templates"), QStringLiteral("qml6-module-qtquick-templates")},
      {QStringLiteral("QtQuick.Controls"), QStringLiteral("qml6-module-qtquick-controls")},
      // Imported by the app's style (qml/style): Basic is its fallback, impl draws icons.
      {QStringLiteral("QtQuick.Controls.Basic"), QStringLiteral("qml6-module-qtquick-controls")},
      {QStringLiteral("QtQuick.Controls.impl"), QStringLiteral("qml6-module-qtquick-controls")},
      {QStringLiteral("QtQuick.Layouts"), QStringLiteral("qml6-module-qtquick-layouts")},
      {QStringLiteral("QtQuick.Dialogs"), QStringLiteral("qml6-module-qtquick-dialogs")},
      // Not imported by the app itself: Qt's own file dialog (QtQuick.Dialogs' QML
      // implementation) needs it, and crashes when it is missing (the first Save or Open).
      {QStringLiteral("Qt.labs.folderlistmodel"),
       QStringLiteral("qml6-module-qt-labs-folderlistmodel")},
  };
  return modules;
}

std::vector<QmlModule> missingQmlModules(QQmlEngine& engine,
                                         const std::vector<QmlModule>& modules) {
  std::vector<QmlModule> missing;
  for (const QmlModule& module : modules) {
    // An import alone: the component is an error exactly when the module cannot be loaded.
    QQmlComponent probe(&engine);
    probe.setData(QStringLiteral("import %1\n").arg(module.uri).toUtf8() +
                      "import QtQml\nQtObject {}\n",
                  QUrl(QStringLiteral("qrc:/cptt-module-check.qml")));
    if (probe.isError())
      missing.push_back(module);
  }
  return missing;
}

QString missingModulesMessage(const std::vector<QmlModule>& missing) {
  QStringList uris;
  QStringList packages;
  for (const QmlModule& module : missing) {
    uris << module.uri;
    if (!packages.contains(module.package))
      packages << module.package;
  }
  const QString install = QStringLiteral("sudo apt-get install ") + packages.join(QLatin1Char(' '));
  return QStringLiteral("CPTT không khởi động được: thiếu mô-đun QML %1.\nHãy cài: %2\n"
                        "(hoặc chạy lại scripts/run.sh, lệnh này cài mọi gói cần thiết).\n\n"
                        "CPTT cannot start: QML module %1 is missing.\nInstall it with: %2\n"
                        "(or run scripts/run.sh again, which installs every package it needs).")
      .arg(uris.join(QStringLiteral(", ")), install);
}

const std::vector<ImageFormat>& requiredImageFormats() {
  // Written like the modules above so that the package check (check_qml_modules.py) reads it.
  static const std::vector<ImageFormat> formats = {
      {QStringLiteral("svg"), QStringLiteral("libqt6svg6")},
  };
  return formats;
}

std::vector<ImageFormat> missingImageFormats(const std::vector<ImageFormat>& formats) {
  const QList<QByteArray> supported = QImageReader::supportedImageFormats();
  std::vector<ImageFormat> missing;
  for (const ImageFormat& format : formats)
    if (!supported.contains(format.format.toLatin1()))
      missing.push_back(format);
  return missing;
}

QString missingImageFormatsMessage(const std::vector<ImageFormat>& missing) {
  QStringList formats;
  QStringList packages;
  for (const ImageFormat& format : missing) {
    formats << format.format.toUpper();
    if (!packages.contains(format.package))
      packages << format.package;
  }
  const QString install = QStringLiteral("sudo apt-get install ") + packages.join(QLatin1Char(' '));
  return QStringLiteral("CPTT không khởi động được: Qt không đọc được ảnh %1 (biểu tượng của "
                        "ứng dụng).\nHãy cài: %2\n"
                        "(hoặc chạy lại scripts/run.sh, lệnh này cài mọi gói cần thiết).\n\n"
                        "CPTT cannot start: Qt cannot read %1 images (the app's icons).\n"
                        "Install it with: %2\n"
                        "(or run scripts/run.sh again, which installs every package it needs).")
      .arg(formats.join(QStringLiteral(", ")), install);
}

void useAppStyle() {
  QQuickStyle::setStyle(QStringLiteral("CpttStyle"));
  QFont font(QStringLiteral("Noto Sans"));
  font.setPointSize(10);
  QGuiApplication::setFont(font);
}

void configureApplication() {
  QGuiApplication::setOrganizationName(QStringLiteral("CPTT"));
  QGuiApplication::setApplicationName(QStringLiteral("cptt-app"));
  QGuiApplication::setApplicationVersion(QStringLiteral(CPTT_VERSION));
  useAppStyle();
}

namespace {

// A plain window with the message, when QtQuick itself is there to show one.
void showMessageWindow(QQmlApplicationEngine& engine, const QString& message) {
  QString quoted = message;
  quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
      .replace(QLatin1Char('"'), QStringLiteral("\\\""))
      .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
  engine.loadData(QStringLiteral("import QtQuick\nimport QtQuick.Window\n"
                                 "Window { width: 720; height: 260; visible: true\n"
                                 "  title: \"CPTT\"\n"
                                 "  Text { anchors.fill: parent; anchors.margins: 16\n"
                                 "    wrapMode: Text.Wrap; textFormat: Text.PlainText\n"
                                 "    text: \"%1\" } }\n")
                      .arg(quoted)
                      .toUtf8());
}

} // namespace

QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine) {
  engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
  const std::vector<QmlModule> missing = missingQmlModules(engine, requiredQmlModules());
  const std::vector<ImageFormat> missingFormats = missingImageFormats(requiredImageFormats());
  if (!missing.empty() || !missingFormats.empty()) {
    const QString message = !missing.empty() ? missingModulesMessage(missing)
                                             : missingImageFormatsMessage(missingFormats);
    qCritical("%s", qPrintable(message));
    showMessageWindow(engine, message);
    return nullptr;
  }
  engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Cptt/Main.qml")));
  if (engine.rootObjects().isEmpty())
    return nullptr;
  return qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
}

} // namespace cptt::app
