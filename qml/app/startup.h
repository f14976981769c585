#pragma once
// What cptt-app does before its first frame, shared with the real-window tests so that they
// drive the very window a user gets: application names, style and font, the check that every
// QML module and image format the app needs is installed, and loading Main.qml.
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

// An image format the app draws with (its icons are SVG) and the Debian package of its Qt
// image plugin: without the plugin the icons are blank, with no error anywhere.
struct ImageFormat {
  QString format; // as QImageReader::supportedImageFormats() names it
  QString package;
};

// Every image format the app needs; scripts/debian-packages.txt lists each package (a test checks).
const std::vector<ImageFormat>& requiredImageFormats();

// The formats of `formats` that no installed image plugin reads (empty when all are read).
std::vector<ImageFormat> missingImageFormats(const std::vector<ImageFormat>& formats);

// What to tell the user: which formats cannot be read and the command that installs them.
QString missingImageFormatsMessage(const std::vector<ImageFormat>& missing);

// The app's controls style (CpttStyle, on Basic) and the Noto Sans font; before any QML loads.
// Every test that shows the app's QML uses it, so that it shows what a user sees.
void useAppStyle();

// Names, the style and the font, as every screenshot expects.
void configureApplication();

// Checks the modules and image formats, then loads Main.qml. Returns the window, or null when
// one is missing (the message is printed and, when a window can be shown, shown in one) or
// Main.qml failed.
QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine);

} // namespace cptt::app
