// End-to-end: starts the real cptt-app offscreen with a worked example, lets it grab each main
// screen to PNG (--screenshot), and checks every image has real content (not a blank window) and
// the window's size (1280x800 unless --size says otherwise). Also checks that a broken file makes
// the app fail with the core's located message.
#include <QDir>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString app = QStringLiteral(CPTT_APP);
const QString example = QStringLiteral(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml");
const QString returnedReview =
    QStringLiteral(CPTT_DATA_DIR "/examples/review/case-dossier-total.review.xml");

// Fraction of sampled pixels in the most common colour, and the number of distinct colours.
std::pair<double, int> colourSpread(const QImage& image) {
  QHash<QRgb, int> counts;
  int samples = 0;
  for (int y = 0; y < image.height(); y += 3)
    for (int x = 0; x < image.width(); x += 3) {
      ++counts[image.pixel(x, y)];
      ++samples;
    }
  int top = 0;
  for (int c : counts)
    top = std::max(top, c);
  return {samples ? double(top) / samples : 1.0, int(counts.size())};
}

} // namespace

class AppEndToEnd : public QObject {
  Q_OBJECT
private slots:
  void screenshotsOfEveryScreenHaveContent_data() {
    QTest::addColumn<QStringList>("sizeArguments");
    QTest::addColumn<QSize>("size");
    QTest::newRow("default") << QStringList() << QSize(1280, 800);
    QTest::newRow("1920x1080") << QStringList{QStringLiteral("--size"), QStringLiteral("1920x1080")}
                               << QSize(1920, 1080);
  }

  void screenshotsOfEveryScreenHaveContent() {
    QFETCH(QStringList, sizeArguments);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(app, sizeArguments + QStringList{QStringLiteral("--screenshot"), dir.path(), example,
                                             QStringLiteral("--review"), returnedReview});
    QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
    QVERIFY2(p.waitForFinished(120000), "cptt-app did not finish");
    const QString log = QString::fromUtf8(p.readAll());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("qrc:/qt/qml/Cptt/")),
             qPrintable(log)); // no QML warnings
    const QStringList expected = {
        QStringLiteral("01-start.png"),           QStringLiteral("02-dossier.png"),
        QStringLiteral("03-procedure.png"),       QStringLiteral("04-form.png"),
        QStringLiteral("05-worksheet.png"),       QStringLiteral("06-summary.png"),
        QStringLiteral("07-returned-review.png"), QStringLiteral("08-responses.png")};
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name),
             expected);
    QImage previous;
    for (const QString& name : expected) {
      const QImage image(dir.filePath(name));
      QVERIFY2(!image.isNull(), qPrintable(name));
      QVERIFY2(image.size() == size,
               qPrintable(
                   QStringLiteral("%1 is %2x%3").arg(name).arg(image.width()).arg(image.height())));
      const auto [dominant, colours] = colourSpread(image);
      QVERIFY2(dominant < 0.95,
               qPrintable(QStringLiteral("%1 is nearly blank (%2)").arg(name).arg(dominant)));
      QVERIFY2(colours >= 40,
               qPrintable(QStringLiteral("%1 has only %2 colours").arg(name).arg(colours)));
      QVERIFY2(image != previous,
               qPrintable(name + QStringLiteral(" repeats the previous screen")));
      previous = image;
    }
  }

  void sizeThatIsNoSizeIsRefused() {
    QTemporaryDir dir;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(app, {QStringLiteral("--size"), QStringLiteral("1920"), QStringLiteral("--screenshot"),
                  dir.path(), example});
    QVERIFY(p.waitForFinished(120000));
    const QString log = QString::fromUtf8(p.readAll());
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(log.contains(QStringLiteral("WIDTHxHEIGHT")), qPrintable(log));
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files).isEmpty());
  }

  void brokenFileFailsWithTheCoreMessage() {
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.cptt.xml"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "<?xml version=\"1.0\"?>\n<dossier xmlns=\"urn:cptt\" format-version=\"1\">\n  <draft>\n");
    f.close();
    const QByteArray original = [&] {
      QFile r(bad);
      r.open(QIODevice::ReadOnly);
      return r.readAll();
    }();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(app, {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shots")), bad});
    QVERIFY(p.waitForFinished(120000));
    const QString log = QString::fromUtf8(p.readAll());
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(log.contains(QStringLiteral("broken.cptt.xml:")), qPrintable(log));
    QFile r(bad);
    QVERIFY(r.open(QIODevice::ReadOnly));
    QCOMPARE(r.readAll(), original); // nothing overwritten
  }
};

QTEST_MAIN(AppEndToEnd)
#include "tst_app_e2e.moc"
