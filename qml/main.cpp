// cptt-app: the drafter's desktop app. Loads the Cptt QML module by URL (Qt 6.4 has no
// loadFromModule). With --screenshot DIR FILE it opens FILE, shows each main screen, writes one
// PNG per screen into DIR and exits (used by the end-to-end test and scripts/screenshots.sh).
// With --review REVIEW the returned review is opened next to the dossier (and shot too);
// --size WIDTHxHEIGHT sets the window's size for the screenshots.
#include "app/startup.h"
#include "appsettings.h"
#include "screenshots.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(CpttPlugin)

int main(int argc, char* argv[]) {
  QGuiApplication app(argc, argv);
  cptt::app::configureApplication();

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral("CPTT: đánh giá tác động và chi phí tuân thủ thủ tục hành chính"));
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption screenshot(
      QStringLiteral("screenshot"),
      QStringLiteral("Open FILE, write one PNG per screen into DIR, exit."), QStringLiteral("DIR"));
  QCommandLineOption language(QStringLiteral("language"), QStringLiteral("vi or en."),
                              QStringLiteral("LANG"));
  QCommandLineOption review(QStringLiteral("review"),
                            QStringLiteral("Open a returned review next to the dossier FILE."),
                            QStringLiteral("REVIEW"));
  QCommandLineOption size(QStringLiteral("size"),
                          QStringLiteral("The window's size for --screenshot (default %1x%2).")
                              .arg(ScreenshotRunner::defaultSize.width())
                              .arg(ScreenshotRunner::defaultSize.height()),
                          QStringLiteral("WIDTHxHEIGHT"));
  parser.addOption(screenshot);
  parser.addOption(size);
  parser.addOption(language);
  parser.addOption(review);
  parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A dossier to open."));
  parser.process(app);
  const QString file = parser.positionalArguments().value(0);

  QQmlApplicationEngine engine;
  AppSettings* settings = AppSettings::instance();
  settings->setEngine(&engine);
  if (parser.isSet(language))
    settings->setLanguage(parser.value(language));
  QQuickWindow* window = cptt::app::loadMainWindow(engine);
  if (!window) {
    // A missing QML module: the message is printed and, with a display, shown until closed.
    const bool shown = !engine.rootObjects().isEmpty();
    const bool headless = QGuiApplication::platformName() == QLatin1String("offscreen") ||
                          QGuiApplication::platformName() == QLatin1String("minimal");
    if (shown && !headless && !parser.isSet(screenshot))
      QGuiApplication::exec();
    return shown ? 3 : 1;
  }

  if (parser.isSet(screenshot)) {
    if (file.isEmpty()) {
      qCritical("--screenshot needs a FILE to open");
      return 2;
    }
    const QSize shotSize = parser.isSet(size) ? ScreenshotRunner::parseSize(parser.value(size))
                                              : ScreenshotRunner::defaultSize;
    if (!shotSize.isValid()) {
      qCritical("--size takes WIDTHxHEIGHT, e.g. 1920x1080");
      return 2;
    }
    auto* runner = new ScreenshotRunner(window, parser.value(screenshot), file,
                                        parser.value(review), shotSize, &app);
    runner->start();
  } else if (!file.isEmpty()) {
    QVariant opened;
    QMetaObject::invokeMethod(window, "openFile", Q_RETURN_ARG(QVariant, opened),
                              Q_ARG(QVariant, file));
    if (opened.toBool() && parser.isSet(review))
      QMetaObject::invokeMethod(window, "openReturnedReview", Q_RETURN_ARG(QVariant, opened),
                                Q_ARG(QVariant, parser.value(review)));
  }
  return QGuiApplication::exec();
}
