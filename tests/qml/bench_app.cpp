// Performance of the app on the 2,000-procedure synthetic dossier, as
// ratios in one run: time to the first frame of the dossier screen vs the core alone loading and
// computing the file (what `cptt compute` does); switching procedure and opening each of its tabs
// (to the frame that shows it) vs that first frame; the update path after one hour value is
// edited (bridge recompute + every model signal) against a 16 ms frame; peak memory.
// usage: bench_app FILE   (scripts/generate-dossier.py --procedures 2000 -o FILE); run it under
// a real window system (xvfb-run with QT_QPA_PLATFORM=xcb) for the figures in the README.
#include "app/startup.h"
#include "appsettings.h"
#include "document.h"
#include "worksheetmodel.h"

#include "cptt/dossier_xml.h"
#include "cptt/engine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <vector>

Q_IMPORT_QML_PLUGIN(CpttPlugin)

namespace {
long peakKiB() {
  QFile f(QStringLiteral("/proc/self/status"));
  if (!f.open(QIODevice::ReadOnly))
    return -1;
  for (const QByteArray& line : f.readAll().split('\n'))
    if (line.startsWith("VmHWM:"))
      return line.mid(6).trimmed().split(' ').value(0).toLong();
  return -1;
}
} // namespace

int main(int argc, char** argv) {
  QGuiApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_app FILE\n");
    return 2;
  }
  cptt::app::configureApplication();
  const QString file = QString::fromLocal8Bit(argv[1]);

  // Baseline: the core alone.
  QElapsedTimer t;
  t.start();
  auto load = cptt::load_dossier_file(file.toStdString());
  if (!load.result) {
    std::fprintf(stderr, "%s\n", load.result.describe(cptt::Language::vi).c_str());
    return 1;
  }
  const auto result = cptt::compute(load.dossier);
  const double core = t.nsecsElapsed() / 1e6;

  // The app: engine, window, open the file, first frame of the dossier screen.
  t.restart();
  QQmlApplicationEngine engine;
  AppSettings::instance()->setEngine(&engine);
  QQuickWindow* window = cptt::app::loadMainWindow(engine);
  if (!window)
    return 1;
  QVariant ok;
  QMetaObject::invokeMethod(window, "openFile", Q_RETURN_ARG(QVariant, ok), Q_ARG(QVariant, file));
  if (!ok.toBool())
    return 1;
  double firstFrame = -1;
  QEventLoop loop; // not QCoreApplication::quit(), which would close the window
  QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
    if (firstFrame < 0) {
      firstFrame = t.nsecsElapsed() / 1e6;
      loop.quit();
    }
  });
  window->requestUpdate();
  QTimer::singleShot(120000, &loop, &QEventLoop::quit);
  loop.exec();

  // Time from a call on the window (Main.qml's openProcedure) to the frame that shows its result.
  const auto toFrame = [&](const QString& id, const QString& place) {
    QEventLoop shown;
    const auto c = QObject::connect(window, &QQuickWindow::frameSwapped, &shown, &QEventLoop::quit);
    QTimer::singleShot(120000, &shown, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    QMetaObject::invokeMethod(window, "openProcedure", Q_ARG(QVariant, id), Q_ARG(QVariant, place),
                              Q_ARG(QVariant, QString()));
    window->requestUpdate();
    shown.exec();
    QObject::disconnect(c);
    return clock.nsecsElapsed() / 1e6;
  };

  // One hour value edited in the middle of the dossier: recompute + every model notified.
  auto* doc = window->findChild<DossierDocument*>();
  if (!doc)
    doc = window->contentItem()->findChild<DossierDocument*>();
  if (!doc) {
    std::fprintf(stderr, "no DossierDocument in the window\n");
    return 1;
  }
  if (doc->procedureCount() == 0) {
    std::fprintf(stderr, "the window's dossier is empty (%s; screen %s; %d documents)\n",
                 qPrintable(doc->filePath()), qPrintable(window->property("screen").toString()),
                 int(window->findChildren<DossierDocument*>().size()));
    return 1;
  }
  const QString id = doc->procedureIdAt(doc->procedureCount() / 2);
  const QString variant = doc->dossier().procedures[doc->procedureCount() / 2].proposed
                              ? QStringLiteral("proposed")
                              : QStringLiteral("current");
  WorksheetModel sheet;
  sheet.setDocument(doc);
  sheet.setVariant(variant);
  sheet.setProcedureId(id);
  // Switching procedure (its general tab) and opening each tab, on procedures not shown before:
  // the median over several, each tab made when first shown.
  struct Step {
    const char* what;
    QString place;
    std::vector<double> ms;
  };
  std::vector<Step> steps = {{"switch procedure (general tab)", QStringLiteral("general"), {}},
                             {"open the form tab", QStringLiteral("form"), {}},
                             {"open the worksheet tab", QStringLiteral("proposed"), {}},
                             {"back to the general tab", QStringLiteral("general"), {}}};
  for (int k = 0; k < 9; ++k) {
    const QString other = doc->procedureIdAt((doc->procedureCount() / 10) * (k + 1) - 1);
    for (Step& step : steps)
      step.ms.push_back(toFrame(other, step.place));
  }
  const auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };

  const int rounds = 50;
  t.restart();
  for (int i = 0; i < rounds; ++i)
    doc->setTaskField(id, variant, 0, TaskField::Hours, QString::number(1 + i % 7));
  const double edit = t.nsecsElapsed() / 1e6 / rounds;

  std::printf("procedures: %zu, tasks total: %zu\n", load.dossier.procedures.size(), [&] {
    std::size_t n = 0;
    for (const auto& p : load.dossier.procedures)
      n += (p.current ? p.current->tasks.size() : 0) + (p.proposed ? p.proposed->tasks.size() : 0);
    return n;
  }());
  std::printf("core load + compute (cptt compute): %.1f ms\n", core);
  std::printf("app start to first frame with the dossier: %.1f ms (ratio %.2f)\n", firstFrame,
              firstFrame / core);
  for (const Step& step : steps) {
    const double m = median(step.ms);
    std::printf("%s: %.1f ms median of %zu (ratio %.2f to the first frame)\n", step.what, m,
                step.ms.size(), m / firstFrame);
  }
  std::printf("platform: %s\n", qPrintable(QGuiApplication::platformName()));
  std::printf("edit one hour value, update path: %.3f ms (%.1f %% of a 16 ms frame)\n", edit,
              edit / 16.0 * 100.0);
  std::printf("peak memory: %.1f MiB\n", peakKiB() / 1024.0);
  std::printf("totals check: %s\n", doc->totalAfter().toStdString().c_str());
  (void)result;
  return 0;
}
