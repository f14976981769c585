#pragma once
// What cptt-app does before its first frame, shared with the real-window tests so that they
// drive the very window a user gets: application names, style and font, the check that every
// QML module the app needs is installed, and loading Main.qml.
#include <QString>

#include <vector>

class QQmlEngine;
class QQmlApplicationEngine;
class QQuickWindow;

namespace cptt::app {

// A QML module the app imports (directly, or through Qt's own dialogs) and the Debian package
// that ships it: Debian splits the QML runtime into qml6-module-* packages, so a build can
// succeed and the app still miss one at run time.
struct QmlModule {
  QString uri;
  QString package;
};

// Every module the app needs; scripts/debian-packages.txt lists each package (a test checks).
const std::vector<QmlModule>& requiredQmlModules();

// The modules of `modules` that do not load in `engine` (empty when all load).
std::vector<QmlModule> missingQmlModules(QQmlEngine& engine, const std::vector<QmlModule>& modules);

// What to tell the user: which modules are missing and the command that installs them.
QString missingModulesMessage(const std::vector<QmlModule>& missing);

// Names, Fusion style and the Noto Sans font, as every screenshot expects.
void configureApplication();

// Checks the modules, then loads Main.qml. Returns the window, or null when a module is missing
// (the message is printed and, when a window can be shown, shown in one) or Main.qml failed.
QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine);

} // namespace cptt::app
