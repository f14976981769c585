// QtTest for the worksheet comparison's bridge model (WorksheetCompareModel, watched by
// QAbstractItemModelTester) and for the catalogue note of a task row (WorksheetModel): the rows
// and totals are the core's (cptt::compare_worksheets) as the bridge formats every figure, and
// follow an edit of either sheet.
#include "appsettings.h"
#include "document.h"
#include "format.h"
#include "referencelibrary.h"
#include "worksheetcomparemodel.h"
#include "worksheetmodel.h"

#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/worksheet_comparison.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace cptt;
using namespace cptt::bridge;

namespace {

const QString example = QStringLiteral(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml");

QVariant value(const QAbstractItemModel& m, int row, const char* name) {
  return m.data(m.index(row, 0), m.roleNames().key(name, -1));
}
QString text(const QAbstractItemModel& m, int row, const char* name) {
  return value(m, row, name).toString();
}
QVariantMap totalOf(const WorksheetCompareModel& m, const QString& key) {
  for (const QVariant& v : m.totals())
    if (v.toMap().value(QStringLiteral("key")).toString() == key)
      return v.toMap();
  return {};
}

} // namespace

class WorksheetCompareTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CPTT-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_worksheet_compare"));
    QVERIFY2(ReferenceLibrary::instance()->loaded(),
             qPrintable(ReferenceLibrary::instance()->errorString()));
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
  }

  // P1 of the worked case: "Chuẩn bị hồ sơ" costs less, "Nộp hồ sơ trực tiếp" is gone, "Nhận kết
  // quả" is the same; the annual cost goes from 3.750.000.000 đ to 2.550.000.000 đ.
  void comparesTheAmendedProcedureOfTheWorkedCase() {
    DossierDocument doc;
    QVERIFY2(doc.open(example), qPrintable(doc.errorString()));
    WorksheetCompareModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDocument(&doc);
    QVERIFY(!m.exists());
    m.setProcedureId(QStringLiteral("P1"));
    QVERIFY(m.exists());
    QCOMPARE(m.error(), QString());
    QCOMPARE(m.rowCount(), 3);

    QCOMPARE(text(m, 0, "change"), QStringLiteral("changed"));
    QCOMPARE(text(m, 0, "currentName"), QStringLiteral("Chuẩn bị hồ sơ"));
    QCOMPARE(text(m, 0, "proposedName"), QStringLiteral("Chuẩn bị hồ sơ"));
    QCOMPARE(value(m, 0, "renamed").toBool(), false);
    QCOMPARE(value(m, 0, "currentRow").toInt(), 1);
    QCOMPARE(value(m, 0, "proposedRow").toInt(), 1);
    QCOMPARE(text(m, 0, "hoursBefore"), QStringLiteral("4"));
    QCOMPARE(text(m, 0, "hoursAfter"), QStringLiteral("4"));
    QCOMPARE(text(m, 0, "hoursDelta"), QString());
    QCOMPARE(text(m, 0, "servicesBefore"), QStringLiteral("50.000 đ"));
    QCOMPARE(text(m, 0, "servicesAfter"), QStringLiteral("10.000 đ"));
    QCOMPARE(text(m, 0, "servicesDelta"), QStringLiteral("-40.000 đ"));
    QCOMPARE(text(m, 0, "costBefore"), QStringLiteral("150.000 đ"));
    QCOMPARE(text(m, 0, "costAfter"), QStringLiteral("110.000 đ"));
    QCOMPARE(text(m, 0, "costDelta"), QStringLiteral("-40.000 đ"));
    QCOMPARE(text(m, 0, "costTrend"), QStringLiteral("down"));

    QCOMPARE(text(m, 1, "change"), QStringLiteral("removed"));
    QCOMPARE(text(m, 1, "currentName"), QStringLiteral("Nộp hồ sơ trực tiếp"));
    QCOMPARE(text(m, 1, "proposedName"), QString());
    QCOMPARE(value(m, 1, "proposedRow").toInt(), 0);
    QCOMPARE(text(m, 1, "hoursAfter"), QStringLiteral("—"));
    QCOMPARE(text(m, 1, "hoursDelta"), QStringLiteral("-2"));
    QCOMPARE(text(m, 1, "costDelta"), QStringLiteral("-80.000 đ"));

    QCOMPARE(text(m, 2, "change"), QStringLiteral("unchanged"));
    QCOMPARE(value(m, 2, "currentRow").toInt(), 3);
    QCOMPARE(value(m, 2, "proposedRow").toInt(), 2);
    QCOMPARE(text(m, 2, "costDelta"), QString());
    QCOMPARE(text(m, 2, "costTrend"), QStringLiteral("same"));

    QCOMPARE(m.removedCount(), 1);
    QCOMPARE(m.addedCount(), 0);
    QCOMPARE(m.changedCount(), 1);
    const QVariantMap annual = totalOf(m, QStringLiteral("annual"));
    QCOMPARE(annual.value(QStringLiteral("before")).toString(), QStringLiteral("3.750.000.000 đ"));
    QCOMPARE(annual.value(QStringLiteral("after")).toString(), QStringLiteral("2.550.000.000 đ"));
    QCOMPARE(annual.value(QStringLiteral("delta")).toString(), QStringLiteral("-1.200.000.000 đ"));
    QCOMPARE(annual.value(QStringLiteral("trend")).toString(), QStringLiteral("down"));
    QCOMPARE(totalOf(m, QStringLiteral("feesTotal")).value(QStringLiteral("delta")).toString(),
             QString());
    QCOMPARE(m.totals().size(), 7);
    QCOMPARE(m.reductionPercent(), QStringLiteral("32,00 %"));
    QVERIFY2(m.summary().contains(QStringLiteral("giảm 1.200.000.000 đ (32,00 %)")),
             qPrintable(m.summary()));

    // The model shows what the core computes, row for row.
    const Dossier d = load_dossier_file(toStd(example)).dossier;
    const DossierResult r = compute(d);
    const WorksheetComparison core =
        compare_worksheets(*d.procedures[0].current, *r.procedures[0].current,
                           *d.procedures[0].proposed, *r.procedures[0].proposed);
    QCOMPARE(m.rowCount(), static_cast<int>(core.tasks.size()));
    for (int i = 0; i < m.rowCount(); ++i) {
      const TaskComparison& t = core.tasks[static_cast<std::size_t>(i)];
      QCOMPARE(text(m, i, "change"), toQ(to_id(t.change)));
      QCOMPARE(text(m, i, "costBefore"), t.task_cost.before ? dong(*t.task_cost.before) : "—");
      QCOMPARE(text(m, i, "costAfter"), t.task_cost.after ? dong(*t.task_cost.after) : "—");
    }
  }

  // New and abolished procedures have one sheet: nothing to compare.
  void oneSheetIsNothingToCompare() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    WorksheetCompareModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDocument(&doc);
    for (const char* id : {"P2", "P3"}) {
      m.setProcedureId(QString::fromLatin1(id));
      QVERIFY(!m.exists());
      QCOMPARE(m.rowCount(), 0);
      QVERIFY(m.totals().isEmpty());
    }
  }

  // An edit of either sheet moves the comparison; a task added to the proposed sheet is a row.
  void followsTheEditsOfBothSheets() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    WorksheetCompareModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDocument(&doc);
    m.setProcedureId(QStringLiteral("P1"));
    QSignalSpy changed(&m, &WorksheetCompareModel::comparisonChanged);

    const QString p1 = QStringLiteral("P1");
    QCOMPARE(doc.setTaskField(p1, QStringLiteral("proposed"), 1, TaskField::Hours,
                              QStringLiteral("0,5")),
             QString());
    QVERIFY(changed.count() > 0);
    QCOMPARE(text(m, 2, "hoursDelta"), QStringLiteral("-0,5"));
    QCOMPARE(text(m, 2, "costDelta"), QStringLiteral("-12.500 đ")); // 0,5 h × 25.000 đ
    QCOMPARE(text(m, 2, "change"), QStringLiteral("changed"));

    QVERIFY(doc.addTask(p1, QStringLiteral("proposed"), QStringLiteral("Tra cứu trực tuyến")) >= 0);
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(text(m, 3, "change"), QStringLiteral("added"));
    QCOMPARE(text(m, 3, "currentName"), QString());
    QCOMPARE(text(m, 3, "proposedName"), QStringLiteral("Tra cứu trực tuyến"));
    QCOMPARE(value(m, 3, "proposedRow").toInt(), 3);
    QCOMPARE(text(m, 3, "hoursBefore"), QStringLiteral("—"));
    QCOMPARE(m.addedCount(), 1);

    QCOMPARE(doc.setTaskField(p1, QStringLiteral("current"), 0, TaskField::Services,
                              QStringLiteral("10000")),
             QString());
    QCOMPARE(text(m, 0, "servicesDelta"), QString());
    QCOMPARE(text(m, 0, "change"), QStringLiteral("unchanged"));

    doc.undo();
    doc.undo();
    doc.undo();
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(text(m, 0, "costDelta"), QStringLiteral("-40.000 đ"));
    QCOMPARE(text(m, 2, "change"), QStringLiteral("unchanged"));
    m.setProcedureId(QString()); // hidden: nothing compared
    QCOMPARE(m.rowCount(), 0);
  }

  // A catalogue task names its activity and level as the reference data and the core give them,
  // in the app's language; the id stays internal.
  void catalogueTaskShowsTheActivityName() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    WorksheetModel sheet;
    QAbstractItemModelTester tester(&sheet, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sheet.setDocument(&doc);
    sheet.setVariant(QStringLiteral("current"));
    sheet.setProcedureId(QStringLiteral("P1"));
    QCOMPARE(text(sheet, 0, "catalogueRef"), QStringLiteral("prepare-data"));
    QCOMPARE(text(sheet, 0, "catalogueName"),
             QStringLiteral("Chuẩn bị, soạn thảo giấy tờ, tài liệu"));
    QCOMPARE(text(sheet, 0, "complexityLabel"), QStringLiteral("trung bình"));
    QCOMPARE(text(sheet, 1, "catalogueName"), QString());
    QCOMPARE(text(sheet, 1, "complexityLabel"), QString());

    AppSettings::instance()->setLanguage(QStringLiteral("en"));
    const QString en = text(sheet, 0, "catalogueName");
    const QString level = text(sheet, 0, "complexityLabel");
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
    QCOMPARE(en, QStringLiteral("Prepare documents and data"));
    QCOMPARE(level, QStringLiteral("medium"));
  }
};

QTEST_MAIN(WorksheetCompareTest)
#include "tst_worksheet_compare.moc"
