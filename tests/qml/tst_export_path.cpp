// One export path: the report the app exports is the report `cptt export` writes for the same
// dossier, byte for byte apart from the export time (and so the digest that covers it), with the
// reference-data versions the reviewer's check reads.
#include "document.h"
#include "referencelibrary.h"

#include "cptt/report.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString withoutExportTime(QString report) {
  report.replace(QRegularExpression(QStringLiteral("<exported>[^<]*</exported>")),
                 QStringLiteral("<exported/>"));
  report.replace(QRegularExpression(QStringLiteral("(<digest [^>]*>)[0-9a-f]{64}</digest>")),
                 QStringLiteral("\\1</digest>"));
  return report;
}

QString read(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class ExportPathTest : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(ReferenceLibrary::instance()->loaded(),
             qPrintable(ReferenceLibrary::instance()->errorString()));
  }

  void appReportIsCpttExport_data() {
    QTest::addColumn<QString>("example");
    for (const char* name : {"case-dossier-total", "case-online-filing", "case-derived-rate",
                             "case-five-yearly", "case-one-case"})
      QTest::newRow(name) << QStringLiteral(CPTT_DATA_DIR "/examples/%1.cptt.xml").arg(name);
  }
  void appReportIsCpttExport() {
    QFETCH(QString, example);
    QTemporaryDir dir;
    const QString fromApp = dir.filePath(QStringLiteral("app.report.xml"));
    const QString fromCli = dir.filePath(QStringLiteral("cli.report.xml"));

    DossierDocument doc;
    QVERIFY2(doc.open(example), qPrintable(doc.errorString()));
    QVERIFY2(doc.exportReport(fromApp), qPrintable(doc.errorString()));

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CPTT_DATA_DIR"), ReferenceLibrary::instance()->folder());
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CPTT_CLI),
              {QStringLiteral("export"), example, QStringLiteral("-o"), fromCli});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    const QString app = read(fromApp);
    QVERIFY(app.contains(QStringLiteral("<reference-data id=\"income-statistics\"")));
    QCOMPARE(withoutExportTime(app), withoutExportTime(read(fromCli)));
    // The app's own digest still verifies.
    QCOMPARE(cptt::load_report_file(fromApp.toStdString()).digest, cptt::DigestStatus::matches);
  }
};

QTEST_MAIN(ExportPathTest)
#include "tst_export_path.moc"
