// QtTest for the bridge: the document facade and every model, each model watched by
// QAbstractItemModelTester. Expected figures come from the core itself (the bridge must show
// exactly what cptt::compute gives), or are literal where the rule is simple enough to state.
#include "appsettings.h"
#include "document.h"
#include "filelistmodel.h"
#include "format.h"
#include "formmodel.h"
#include "forms.h"
#include "procedureeditor.h"
#include "recovery.h"
#include "referencelibrary.h"
#include "status.h"
#include "worksheetmodel.h"

#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/report.h"
#include "cptt/review/review_check.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cptt;
using namespace cptt::bridge;

namespace {

const QString example = QStringLiteral(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml");

QString role(const QAbstractItemModel& m, int row, const char* name) {
  const auto roles = m.roleNames();
  const int r = roles.key(name, -1);
  return m.data(m.index(row, 0), r).toString();
}

QString expectedDong(const Money& m) { return toQ(m.to_vietnamese_dong()); }

} // namespace

class BridgeTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CPTT-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_bridge"));
    QVERIFY2(ReferenceLibrary::instance()->loaded(),
             qPrintable(ReferenceLibrary::instance()->errorString()));
  }

  void cleanup() {
    for (const auto& copy : listRecoveryCopies())
      removeRecovery(copy.path);
  }

  void opensExampleAndShowsCoreTotals() {
    DossierDocument doc;
    QAbstractItemModelTester tester(doc.procedures(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(doc.open(example), qPrintable(doc.errorString()));
    QVERIFY(doc.isOpen());
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.procedures()->rowCount(), 3);
    QCOMPARE(role(*doc.procedures(), 0, "kind"), QStringLiteral("amended"));
    QCOMPARE(role(*doc.procedures(), 1, "kind"), QStringLiteral("new"));
    QCOMPARE(role(*doc.procedures(), 2, "kind"), QStringLiteral("abolished"));

    const DossierResult core = compute(load_dossier_file(toStd(example)).dossier);
    QCOMPARE(doc.totalBefore(), expectedDong(core.totals.before));
    QCOMPARE(doc.totalAfter(), expectedDong(core.totals.after));
    // The example adds burden: the net change carries its "+", the total saving its "-".
    QCOMPARE(doc.netChange(), QStringLiteral("+") + expectedDong(core.totals.net_change));
    QCOMPARE(doc.totalSaving(), expectedDong(core.totals.saving));
    QVERIFY(doc.totalSaving().startsWith(QLatin1Char('-')));
    QCOMPARE(doc.reductionPercent(), percent(core.totals.reduction_percent));
    QCOMPARE(doc.addsBurden(),
             !core.totals.net_change.is_negative() && !core.totals.net_change.is_zero());
    for (int i = 0; i < 3; ++i) {
      QCOMPARE(role(*doc.procedures(), i, "before"), expectedDong(core.procedures[i].before));
      QCOMPARE(role(*doc.procedures(), i, "after"), expectedDong(core.procedures[i].after));
    }
    // The known figure of the worked case: P1 current costs 3.750.000.000 đ a year.
    QCOMPARE(role(*doc.procedures(), 0, "before"), QStringLiteral("3.750.000.000 đ"));
  }

  void editingHoursUpdatesRowProcedureAndDraftTotals() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    WorksheetModel sheet;
    QAbstractItemModelTester tester(&sheet, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sheet.setDocument(&doc);
    sheet.setProcedureId(QStringLiteral("P1"));
    sheet.setVariant(QStringLiteral("current"));
    QCOMPARE(sheet.rowCount(), 3);
    QCOMPARE(role(sheet, 0, "hours"), QStringLiteral("4"));
    const QString before = doc.totalBefore();
    const QString annualBefore = sheet.annual();

    QSignalSpy changed(&sheet, &QAbstractItemModel::dataChanged);
    QCOMPARE(sheet.setTaskField(0, TaskField::Hours, QStringLiteral("5,5")), QString());
    QVERIFY(changed.count() > 0);

    Dossier expected = load_dossier_file(toStd(example)).dossier;
    expected.procedures[0].current->tasks[0].hours = Quantity::parse("5.5");
    const DossierResult core = compute(expected);
    QCOMPARE(role(sheet, 0, "hours"), QStringLiteral("5,5"));
    QCOMPARE(role(sheet, 0, "taskCost"),
             expectedDong(core.procedures[0].current->tasks[0].task_cost));
    QCOMPARE(sheet.annual(), expectedDong(core.procedures[0].current->annual));
    QCOMPARE(role(*doc.procedures(), 0, "before"), expectedDong(core.procedures[0].before));
    QCOMPARE(doc.totalBefore(), expectedDong(core.totals.before));
    QVERIFY(doc.totalBefore() != before);
    QVERIFY(doc.isModified());

    // Typing "5", ",", "5" is one undo step; undo restores every figure.
    doc.undo();
    QCOMPARE(role(sheet, 0, "hours"), QStringLiteral("4"));
    QCOMPARE(sheet.annual(), annualBefore);
    QCOMPARE(doc.totalBefore(), before);
    QVERIFY(!doc.isModified());
    doc.redo();
    QCOMPARE(doc.totalBefore(), expectedDong(core.totals.before));
  }

  void consecutiveTypingMergesIntoOneUndoStep() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    doc.setTaskField(QStringLiteral("P1"), QStringLiteral("current"), 0, TaskField::Hours, "1");
    doc.setTaskField(QStringLiteral("P1"), QStringLiteral("current"), 0, TaskField::Hours, "12");
    doc.setTaskField(QStringLiteral("P1"), QStringLiteral("current"), 1, TaskField::Hours, "3");
    QCOMPARE(doc.undoStack()->count(), 2);
  }

  void invalidEntryIsKeptAndMarkedInPlace() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    WorksheetModel sheet;
    QAbstractItemModelTester tester(&sheet, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sheet.setDocument(&doc);
    sheet.setVariant(QStringLiteral("current"));
    sheet.setProcedureId(QStringLiteral("P1"));
    const QString annual = sheet.annual();
    const QString message = sheet.setTaskField(1, TaskField::Hours, QStringLiteral("2,5x"));
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("2,5x")), qPrintable(message));
    QCOMPARE(role(sheet, 1, "hours"), QStringLiteral("2,5x"));
    QCOMPARE(role(sheet, 1, "hoursError"), message);
    QCOMPARE(doc.invalidEntryCount(), 1);
    QCOMPARE(sheet.annual(), annual); // nothing computed from text that is not a number
    QCOMPARE(doc.dossier().procedures[0].current->tasks[1].hours, Quantity::from_integer(2));
    QCOMPARE(role(*doc.procedures(), 0, "status"), QStringLiteral("error"));
    doc.checklist()->rebuild();
    bool listed = false;
    for (int i = 0; i < doc.checklist()->rowCount(); ++i)
      listed = listed || role(*doc.checklist(), i, "message") == message;
    QVERIFY(listed);
    // Out of bounds and ambiguous text are refused too, each with its own message.
    QVERIFY(!sheet.setTaskField(1, TaskField::Hours, QStringLiteral("-1")).isEmpty());
    QVERIFY(!sheet.setTaskField(1, TaskField::Hours, QStringLiteral("10001")).isEmpty());
    // A money field reads "1.234" as 1,234 đồng; "1,2345678" has too many decimals.
    QCOMPARE(sheet.setTaskField(1, TaskField::Services, QStringLiteral("1.234")), QString());
    QCOMPARE(doc.dossier().procedures[0].current->tasks[1].services, Money::parse("1234"));
    QVERIFY(!sheet.setTaskField(1, TaskField::Services, QStringLiteral("1,2345678")).isEmpty());
    QCOMPARE(doc.invalidEntryCount(), 2);
    QCOMPARE(sheet.setTaskField(1, TaskField::Hours, QStringLiteral("3")), QString());
    QCOMPARE(sheet.setTaskField(1, TaskField::Services, QStringLiteral("1.234.567,5")), QString());
    QCOMPARE(doc.invalidEntryCount(), 0);
    QCOMPARE(doc.dossier().procedures[0].current->tasks[1].services, Money::parse("1234567.5"));
    QCOMPARE(role(sheet, 1, "services"), QStringLiteral("1.234.567,5"));
    QCOMPARE(sheet.setTaskField(1, TaskField::Services, QStringLiteral("2000.5")), QString());
    QCOMPARE(doc.dossier().procedures[0].current->tasks[1].services, Money::parse("2000.5"));
  }

  void addDuplicateRemoveMoveWithUndo() {
    DossierDocument doc;
    QAbstractItemModelTester tester(doc.procedures(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    doc.newDossier();
    QCOMPARE(doc.procedureCount(), 0);
    QCOMPARE(doc.addProcedure(QStringLiteral("new")), 0);
    QCOMPARE(doc.addProcedure(QStringLiteral("amended")), 1);
    QCOMPARE(doc.addProcedure(QStringLiteral("detailed")), 2);
    QCOMPARE(doc.addProcedure(QStringLiteral("abolished")), 3);
    QCOMPARE(doc.addProcedure(QStringLiteral("unknown")), -1);
    QCOMPARE(doc.procedureCount(), 4);
    const auto& ps = doc.dossier().procedures;
    QVERIFY(!ps[0].current && ps[0].proposed);
    QVERIFY(ps[1].current && ps[1].proposed);
    QVERIFY(ps[3].current && !ps[3].proposed);
    doc.setProcedureField(doc.procedureIdAt(1), ProcedureField::Name, QStringLiteral("Cấp phép"));
    QCOMPARE(doc.duplicateProcedure(1), 2);
    QCOMPARE(role(*doc.procedures(), 2, "name"), QStringLiteral("Cấp phép (bản sao)"));
    QVERIFY(doc.procedureIdAt(2) != doc.procedureIdAt(1));
    const QString moved = doc.procedureIdAt(0);
    doc.moveProcedure(0, 3);
    QCOMPARE(doc.procedureIdAt(3), moved);
    doc.removeProcedure(3);
    QCOMPARE(doc.procedureCount(), 4);
    QCOMPARE(doc.indexOf(moved), -1);
    doc.undo(); // remove
    QCOMPARE(doc.procedureIdAt(3), moved);
    doc.undo(); // move
    QCOMPARE(doc.procedureIdAt(0), moved);
    doc.undo(); // duplicate
    QCOMPARE(doc.procedureCount(), 4);
  }

  void changingKindAdjustsWorksheets() {
    DossierDocument doc;
    doc.newDossier();
    const QString id = doc.procedureIdAt(doc.addProcedure(QStringLiteral("new")));
    ProcedureEditor editor;
    editor.setDocument(&doc);
    editor.setProcedureId(id);
    QVERIFY(editor.hasProposed() && !editor.hasCurrent());
    QCOMPARE(editor.setField(ProcedureField::Kind, QStringLiteral("amended")), QString());
    QVERIFY(editor.hasProposed() && editor.hasCurrent());
    QCOMPARE(editor.kind(), QStringLiteral("amended"));
    QCOMPARE(editor.setField(ProcedureField::Kind, QStringLiteral("abolished")), QString());
    QVERIFY(!editor.hasProposed() && editor.hasCurrent());
    doc.undo();
    doc.undo();
    QCOMPARE(editor.kind(), QStringLiteral("new"));
    QVERIFY(!editor.setField(ProcedureField::Kind, QStringLiteral("bogus")).isEmpty());
  }

  void newDossierStartsWithTheLegalRate() {
    DossierDocument doc;
    doc.newDossier();
    QCOMPARE(doc.rates()->rowCount(), 1);
    QCOMPARE(role(*doc.rates(), 0, "kind"), QStringLiteral("derived"));
    // The rule's figure for this year (the year before), as the core derives it: 2026 → 2025's
    // 125.500.000 / 2.112 → 59.422 đ.
    const auto legal = ReferenceLibrary::instance()->legalRate(QDate::currentDate().year());
    QVERIFY(legal);
    QCOMPARE(role(*doc.rates(), 0, "hourlyRate"), dong(hourly_rate(legal->rate)));
    QCOMPARE(role(*doc.rates(), 0, "rateId"), toQ(legal->rate.id));
    QVERIFY(role(*doc.rates(), 0, "computation").contains(QStringLiteral("2.112")));
    QVERIFY(!doc.isModified());
  }

  // Both published routes of a year can be taken, with the reference data's figures and source,
  // and a GDP ÷ population rate is edited by its two figures.
  void publishedRoutesAndTheGdpPopulationRoute() {
    DossierDocument doc;
    doc.newDossier();
    const QVariantList routes = ReferenceLibrary::instance()->rateRoutes();
    int perCapita = -1, byPopulation = -1;
    for (int i = 0; i < routes.size(); ++i) {
      const QVariantMap r = routes[i].toMap();
      if (r.value(QStringLiteral("year")).toInt() != 2025)
        continue;
      (r.value(QStringLiteral("perCapita")).toBool() ? perCapita : byPopulation) =
          r.value(QStringLiteral("route")).toInt();
    }
    QVERIFY(perCapita >= 0 && byPopulation >= 0);
    const int row = doc.addPublishedRate(2025, byPopulation);
    QCOMPARE(row, doc.rates()->rowCount() - 1);
    QCOMPARE(role(*doc.rates(), row, "route"), QStringLiteral("gdp-population"));
    QCOMPARE(role(*doc.rates(), row, "hourlyRate"), QStringLiteral("59.464 đ"));
    QCOMPARE(role(*doc.rates(), row, "population"), QStringLiteral("102.300.000"));
    QVERIFY(role(*doc.rates(), row, "source").contains(QStringLiteral("05/01/2026")));
    QCOMPARE(doc.setRateField(row, RateField::Population, QStringLiteral("abc")).isEmpty(), false);
    QCOMPARE(role(*doc.rates(), row, "population"), QStringLiteral("abc")); // kept as typed
    QCOMPARE(doc.setRateField(row, RateField::Population, QStringLiteral("102.300.000")),
             QString());
    QCOMPARE(doc.setRateField(row, RateField::GdpPerCapita, QStringLiteral("125500000")),
             QString());
    QCOMPARE(role(*doc.rates(), row, "route"), QStringLiteral("per-capita"));
    QCOMPARE(role(*doc.rates(), row, "hourlyRate"), QStringLiteral("59.422 đ"));
    QCOMPARE(doc.addPublishedRate(2025, 7), -1);
    QCOMPARE(doc.addPublishedRate(2024, 0), -1); // no VND figure of 2024
  }

  void rateEditsRecomputeEveryProcedure() {
    DossierDocument doc;
    QAbstractItemModelTester tester(doc.rates(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(doc.open(example));
    QCOMPARE(doc.rates()->rowCount(), 3);
    QCOMPARE(role(*doc.rates(), 0, "hourlyRate"), QStringLiteral("25.000 đ"));
    // The worksheet's rate picker names each rate by what it is (the core's label) and its figure,
    // not by its id: the example's two direct rates are told apart.
    QCOMPARE(role(*doc.rates(), 0, "label"), QStringLiteral("Mức nhập trực tiếp · 25.000 đ/giờ"));
    QCOMPARE(role(*doc.rates(), 1, "label"),
             QStringLiteral("GDP bình quân đầu người năm 2023 · 48.248 đ/giờ"));
    QCOMPARE(role(*doc.rates(), 2, "label"), QStringLiteral("Mức nhập trực tiếp · 30.000 đ/giờ"));
    const QString before = doc.totalBefore();
    // In a money field "30.000" is thirty thousand đồng, as drafters write it
    // (NumberStyle::amount).
    QCOMPARE(doc.setRateField(0, RateField::DirectRate, QStringLiteral("30.000")), QString());
    QCOMPARE(role(*doc.rates(), 0, "hourlyRate"), QStringLiteral("30.000 đ"));
    QCOMPARE(doc.setRateField(0, RateField::DirectRate, QStringLiteral("30000")), QString());
    QCOMPARE(role(*doc.rates(), 0, "hourlyRate"), QStringLiteral("30.000 đ"));
    QVERIFY(doc.totalBefore() != before);
    QVERIFY(!doc.setRateField(0, RateField::DirectRate, QStringLiteral("ba mươi")).isEmpty());
    QCOMPARE(role(*doc.rates(), 0, "directRate"), QStringLiteral("ba mươi"));
    QVERIFY(!role(*doc.rates(), 0, "directRateError").isEmpty());
    doc.undo();
    QCOMPARE(doc.totalBefore(), before);
    const int added = doc.addDirectRate();
    QCOMPARE(doc.rates()->rowCount(), 4);
    QCOMPARE(added, 3);
    doc.removeRate(3);
    QCOMPARE(doc.rates()->rowCount(), 3);
  }

  void feesAddToCostPerFiling() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    WorksheetModel sheet;
    sheet.setDocument(&doc);
    sheet.setVariant(QStringLiteral("proposed"));
    sheet.setProcedureId(QStringLiteral("P1"));
    QAbstractItemModelTester tester(sheet.fees(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sheet.fees()->rowCount(), 1);
    QCOMPARE(sheet.feesTotal(), QStringLiteral("100.000 đ"));
    const int row = sheet.fees()->addFee();
    QCOMPARE(row, 1);
    QCOMPARE(sheet.fees()->setFeeField(row, FeeField::Amount, QStringLiteral("50000")), QString());
    QCOMPARE(sheet.feesTotal(), QStringLiteral("150.000 đ"));
    QCOMPARE(role(*sheet.fees(), row, "amount"), QStringLiteral("50.000"));
    QVERIFY(!sheet.fees()->setFeeField(row, FeeField::Amount, QStringLiteral("x")).isEmpty());
    QCOMPARE(role(*sheet.fees(), row, "amount"), QStringLiteral("x"));
    sheet.fees()->removeFee(row);
    QCOMPARE(sheet.fees()->rowCount(), 1);
    QCOMPARE(doc.invalidEntryCount(), 0);
  }

  void explanationShowsTheCoreFigures() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    WorksheetModel sheet;
    sheet.setDocument(&doc);
    sheet.setVariant(QStringLiteral("current"));
    sheet.setProcedureId(QStringLiteral("P1"));
    QVERIFY(sheet.explanation().contains(sheet.costPerFiling()));
    QVERIFY(sheet.explanation().contains(sheet.annual()));
    QVERIFY(sheet.explanation().contains(QStringLiteral("10.000")));
    QVERIFY(role(sheet, 0, "explanation").contains(QStringLiteral("25.000 đ")));
  }

  void oneCaseAndCopyCurrentToProposed() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    WorksheetModel proposed;
    proposed.setDocument(&doc);
    proposed.setProcedureId(QStringLiteral("P1"));
    QCOMPARE(proposed.rowCount(), 2);
    doc.copyCurrentToProposed(QStringLiteral("P1"));
    QCOMPARE(proposed.rowCount(), 3);
    QCOMPARE(role(*doc.procedures(), 0, "saving"), QStringLiteral("0 đ"));
    QCOMPARE(proposed.setField(WorksheetField::OneCase, QStringLiteral("true")), QString());
    QVERIFY(proposed.oneCase());
    QCOMPARE(proposed.annual(), proposed.costPerFiling());
    doc.undo();
    doc.undo();
    QCOMPARE(proposed.rowCount(), 2);
  }

  void savesAtomicallyAndReopensWithNothingLost() {
    QTemporaryDir dir;
    DossierDocument doc;
    QVERIFY(doc.open(example));
    doc.setDraftField(DraftField::Title, QStringLiteral("Dự thảo thử: lưu và mở lại"));
    doc.setTaskField(QStringLiteral("P2"), QStringLiteral("proposed"), 0, TaskField::Hours,
                     QStringLiteral("2,25"));
    QVERIFY(doc.isModified());
    const QString path = dir.filePath(QStringLiteral("saved"));
    QVERIFY2(doc.saveAs(path), qPrintable(doc.errorString()));
    QCOMPARE(doc.filePath(), path + QStringLiteral(".cptt.xml"));
    QVERIFY(!doc.isModified());
    DossierDocument again;
    QVERIFY(again.open(doc.filePath()));
    QCOMPARE(write_dossier(again.dossier()), write_dossier(doc.dossier()));
    QCOMPARE(again.title(), QStringLiteral("Dự thảo thử: lưu và mở lại"));
    QCOMPARE(again.totalAfter(), doc.totalAfter());
  }

  void halfFinishedDossierSavesAndReopens() {
    // Nothing typed is lost: a dossier whose names are still empty saves and reopens; the
    // missing names are listed as problems instead.
    QTemporaryDir dir;
    DossierDocument doc;
    doc.newDossier();
    doc.addProcedure(QStringLiteral("new"));
    const QString path = dir.filePath(QStringLiteral("unnamed.cptt.xml"));
    QVERIFY2(doc.saveAs(path), qPrintable(doc.errorString()));
    QVERIFY(!doc.isModified());
    QCOMPARE(role(*doc.procedures(), 0, "status"), QStringLiteral("incomplete"));
    DossierDocument again;
    QVERIFY2(again.open(path), qPrintable(again.errorString()));
    QCOMPARE(again.procedures()->rowCount(), 1);
    QVERIFY(again.dossier().procedures[0].name.empty());
  }

  void brokenFileShowsLocationAndKeepsTheOpenDossier() {
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.cptt.xml"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "<?xml version=\"1.0\"?>\n<dossier xmlns=\"urn:cptt\" format-version=\"1\">\n<draft>\n");
    f.close();
    const QString newer = dir.filePath(QStringLiteral("newer.cptt.xml"));
    QFile g(newer);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("<?xml version=\"1.0\"?>\n<dossier xmlns=\"urn:cptt\" format-version=\"99\"/>\n");
    g.close();
    DossierDocument doc;
    QVERIFY(doc.open(example));
    QSignalSpy errors(&doc, &DossierDocument::errorOccurred);
    QVERIFY(!doc.open(bad));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(doc.errorString().contains(QStringLiteral("bad.cptt.xml:")),
             qPrintable(doc.errorString()));
    QVERIFY(!doc.open(newer));
    QVERIFY(doc.errorString().contains(QStringLiteral("newer.cptt.xml")));
    QCOMPARE(doc.procedureCount(), 3);
    QCOMPARE(doc.filePath(), QFileInfo(example).absoluteFilePath());
  }

  void recoveryCopyIsWrittenAfterChangesAndRemovedOnSave() {
    QTemporaryDir dir;
    DossierDocument doc;
    doc.setAutosaveInterval(50);
    QVERIFY(doc.open(example));
    QVERIFY(doc.recoveryPath().isEmpty());
    doc.setProcedureField(QStringLiteral("P1"), ProcedureField::Name, QStringLiteral("Tên mới"));
    QTRY_VERIFY(!doc.recoveryPath().isEmpty());
    QVERIFY(QFile::exists(doc.recoveryPath()));
    QCOMPARE(recoveryOrigin(doc.recoveryPath()), QFileInfo(example).absoluteFilePath());
    const QString copy = doc.recoveryPath();
    QVERIFY(doc.saveAs(dir.filePath(QStringLiteral("x.cptt.xml"))));
    QVERIFY(!QFile::exists(copy));
  }

  void recoveryCopySurvivesAKilledProcess() {
    // A child process edits, waits for the autosave, and is killed without a chance to clean up.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-child")});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!listRecoveryCopies().empty(), 20000);
    child.kill();
    child.waitForFinished();
    const auto copies = listRecoveryCopies();
    QCOMPARE(copies.size(), std::size_t(1));
    AppSettings settings(nullptr);
    settings.refreshRecoveryCopies();
    QCOMPARE(settings.recoveryCopies()->rowCount(), 1);
    DossierDocument doc;
    QVERIFY(doc.restoreRecovery(copies[0].path));
    QVERIFY(doc.isModified());
    QCOMPARE(doc.title(), QStringLiteral("Sửa trước khi bị dừng đột ngột"));
    QCOMPARE(doc.filePath(), QFileInfo(example).absoluteFilePath());
    QVERIFY(!QFile::exists(copies[0].path));
  }

  void editsNeverRaiseTheErrorDialog() {
    // Typing into a new procedure a figure so large that the draft's totals cannot be added up
    // (the procedure itself still computes; the draft's reduction percentage overflows): every
    // keystroke is kept as typed, no error dialog opens (it would take the next keystrokes), and
    // the reason is state shown in place (totalsError).
    DossierDocument doc;
    QVERIFY(doc.open(example));
    QSignalSpy errors(&doc, &DossierDocument::errorOccurred);
    QSignalSpy totals(&doc, &DossierDocument::totalsChanged);
    const QString p2 = QStringLiteral("P2");
    const QString proposed = QStringLiteral("proposed");
    QString typed;
    bool totalsFailedWhileProcedureComputed = false;
    for (int i = 0; i < 40; ++i) {
      typed += QLatin1Char('9');
      doc.setTaskField(p2, proposed, 0, TaskField::Services, typed);
      const InvalidEntry* kept = doc.invalidEntry(DossierDocument::fieldKey(
          p2, proposed, QStringLiteral("task"), 0, QStringLiteral("services")));
      const QString stored = kept ? kept->text
                                  : toQ(doc.dossier()
                                            .procedures[1]
                                            .proposed->tasks[0]
                                            .services.amount()
                                            .to_canonical());
      QCOMPARE(stored, typed);
      if (!doc.totalsError().isEmpty() && doc.state(1).result)
        totalsFailedWhileProcedureComputed = true;
    }
    QVERIFY(totalsFailedWhileProcedureComputed);
    QCOMPARE(errors.count(), 0);
    QVERIFY(totals.count() > 0);
    QVERIFY(doc.errorString().isEmpty());
    // Undone, the totals add up again and the message goes.
    while (doc.canUndo())
      doc.undo();
    QVERIFY(doc.totalsError().isEmpty());

    // Adding with figures that cannot be read: added, the text kept in its field, no dialog.
    const QString sheet = QStringLiteral("current");
    const int row =
        doc.addCatalogueTask(QStringLiteral("P1"), sheet, QStringLiteral("Việc"), QString(),
                             QStringLiteral("medium"), QStringLiteral("abc"));
    QVERIFY(row >= 0);
    const InvalidEntry* hours = doc.invalidEntry(DossierDocument::fieldKey(
        QStringLiteral("P1"), sheet, QStringLiteral("task"), row, QStringLiteral("hours")));
    QVERIFY(hours != nullptr);
    QCOMPARE(hours->text, QStringLiteral("abc"));
    QVERIFY(!hours->message.isEmpty());
    QVERIFY(doc.addNormTask(QStringLiteral("P1"), sheet, QStringLiteral("Đi lại"),
                            QStringLiteral("travel"), QStringLiteral("commune"),
                            QStringLiteral("rural"), QStringLiteral("x")) >= 0);
    const int rate = doc.addDerivedRate(2024, QStringLiteral("không rõ"), QString(), QString());
    QVERIFY(rate >= 0);
    const InvalidEntry* gdp = doc.invalidEntry(DossierDocument::fieldKey(
        {}, {}, QStringLiteral("rate"), rate, QStringLiteral("gdpPerCapita")));
    QVERIFY(gdp != nullptr);
    QCOMPARE(gdp->text, QStringLiteral("không rõ"));
    QCOMPARE(doc.addProcedure(QStringLiteral("no-such-kind")), -1);
    QCOMPARE(errors.count(), 0);
  }

  void aNormTaskTakesItsHoursFromTheNormTable() {
    // The screen passes the norm and the units; the hours are the core's (norm table × units).
    DossierDocument doc;
    QVERIFY(doc.openCopy(example));
    const QString sheet = QStringLiteral("current");
    const int row = doc.addNormTask(QStringLiteral("P1"), sheet, QStringLiteral("Đi lại"),
                                    QStringLiteral("travel"), QStringLiteral("commune"),
                                    QStringLiteral("rural"), QStringLiteral("2"));
    QVERIFY(row >= 0);
    const cptt::Task& t = doc.dossier().procedures[0].current->tasks[static_cast<std::size_t>(row)];
    QCOMPARE(toQ(t.hours.to_canonical()), QStringLiteral("3")); // 1,5 h a trip × 2 trips
    QCOMPARE(toQ(t.norm.units.to_canonical()), QStringLiteral("2"));
    QCOMPARE(doc.invalidEntry(DossierDocument::fieldKey(QStringLiteral("P1"), sheet,
                                                        QStringLiteral("task"), row,
                                                        QStringLiteral("hours"))),
             nullptr);
    // A norm the table has no row for: the task is added, its hours marked with the reason.
    const int odd = doc.addNormTask(QStringLiteral("P1"), sheet, QStringLiteral("Đi lại"),
                                    QStringLiteral("travel"), QStringLiteral("nowhere"),
                                    QStringLiteral("rural"), QStringLiteral("1"));
    QVERIFY(odd >= 0);
    const InvalidEntry* why = doc.invalidEntry(DossierDocument::fieldKey(
        QStringLiteral("P1"), sheet, QStringLiteral("task"), odd, QStringLiteral("hours")));
    QVERIFY(why != nullptr);
    QVERIFY(!why->message.isEmpty());
  }

  void anExampleOpensAsAnUnsavedCopy() {
    const QByteArray original = [] {
      QFile f(example);
      return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    DossierDocument doc;
    QVERIFY(doc.openCopy(example));
    QVERIFY(doc.procedureCount() > 0);
    QVERIFY(doc.filePath().isEmpty());
    doc.setDraftField(DraftField::Title, QStringLiteral("Bản của tôi"));
    QVERIFY(!doc.save()); // no file yet: the app asks where (Save as)
    QFile f(example);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), original);
  }

  void typingBackToTheStartIsNoStep() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    const QString p1 = QStringLiteral("P1");
    const QString cur = QStringLiteral("current");
    QCOMPARE(doc.setTaskField(p1, cur, 0, TaskField::Hours, QStringLiteral("45")), QString());
    QVERIFY(doc.isModified());
    QVERIFY(doc.canUndo());
    // The same field typed back to its saved value (backspace): the merged step is dropped.
    QCOMPARE(doc.setTaskField(p1, cur, 0, TaskField::Hours, QStringLiteral("4")), QString());
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.canUndo());
    doc.setDraftField(DraftField::Title, QStringLiteral("Dự thảo mới"));
    doc.setDraftField(DraftField::Title, toQ(doc.dossier().draft.title).isEmpty()
                                             ? QString()
                                             : QStringLiteral("Dự thảo mới"));
    QVERIFY(doc.isModified()); // a real change stays one step
    QCOMPARE(doc.undoStack()->count(), 1);
  }

  void retypingAnUnchangedValueIsNoEdit() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    const QString p1 = QStringLiteral("P1");
    const QString cur = QStringLiteral("current");
    const Dossier& d = doc.dossier();
    QCOMPARE(doc.setTaskField(p1, cur, 0, TaskField::Hours, QStringLiteral("4")), QString());
    QCOMPARE(doc.setTaskField(p1, cur, 0, TaskField::Hours, QStringLiteral("4,0")), QString());
    QCOMPARE(
        doc.setTaskField(p1, cur, 0, TaskField::Name, toQ(d.procedures[0].current->tasks[0].name)),
        QString());
    doc.setDraftField(DraftField::Title, toQ(d.draft.title));
    doc.setProcedureField(p1, ProcedureField::Name, toQ(d.procedures[0].name));
    doc.setProcedureField(p1, ProcedureField::Kind, QStringLiteral("amended"));
    doc.setWorksheetField(p1, cur, WorksheetField::Frequency,
                          toQ(d.procedures[0].current->frequency.value().to_canonical()));
    doc.setWorksheetField(p1, cur, WorksheetField::Rate, toQ(d.procedures[0].current->rate_id));
    doc.setRateField(0, RateField::Publisher, toQ(d.rates[0].publisher));
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.canUndo());
    // An answer given twice is one step; an empty reason on no answer is none.
    doc.setAnswer(p1, QStringLiteral("any-form"), QStringLiteral("necessity.conclusion"),
                  QStringLiteral("reason"), QString());
    QVERIFY(!doc.canUndo());
    doc.setAnswer(p1, QStringLiteral("any-form"), QStringLiteral("q"), QStringLiteral("value"),
                  QStringLiteral("yes"));
    const int steps = doc.undoStack()->count();
    doc.setAnswer(p1, QStringLiteral("any-form"), QStringLiteral("q"), QStringLiteral("value"),
                  QStringLiteral("yes"));
    QCOMPARE(doc.undoStack()->count(), steps);
    // A value typed back over an invalid entry clears the entry without an edit.
    doc.undo();
    QVERIFY(!doc.isModified());
    doc.setTaskField(p1, cur, 0, TaskField::Hours, QStringLiteral("4x"));
    QCOMPARE(doc.invalidEntryCount(), 1);
    doc.setTaskField(p1, cur, 0, TaskField::Hours, QStringLiteral("4"));
    QCOMPARE(doc.invalidEntryCount(), 0);
    QVERIFY(!doc.isModified());
  }

  void suggestsFileNamesAndAddsTheChosenExtension() {
    QTemporaryDir dir;
    DossierDocument doc;
    doc.newDossier();
    QCOMPARE(doc.suggestedFileName(QStringLiteral(".cptt.xml")), QStringLiteral("ho-so.cptt.xml"));
    doc.setDraftField(DraftField::Title,
                      QStringLiteral("Dự thảo Luật Đất đai (sửa đổi) / 2025: bản 2"));
    QCOMPARE(doc.suggestedFileName(QStringLiteral(".cptt.xml")),
             QStringLiteral("Du-thao-Luat-Dat-dai-sua-doi-2025-ban-2.cptt.xml"));
    QCOMPARE(doc.suggestedFileName(QStringLiteral(".pdf")),
             QStringLiteral("Du-thao-Luat-Dat-dai-sua-doi-2025-ban-2.pdf"));
    QVERIFY(doc.saveAs(dir.filePath(QStringLiteral("luat"))));
    QCOMPARE(doc.filePath(), dir.filePath(QStringLiteral("luat.cptt.xml")));
    // Once saved, the file's own name is proposed.
    QCOMPARE(doc.suggestedFileName(QStringLiteral(".report.xml")),
             QStringLiteral("luat.report.xml"));
    QVERIFY(doc.exportDocument(dir.filePath(QStringLiteral("van-ban")), QStringLiteral(".odt")));
    QCOMPARE(doc.lastExportPath(), dir.filePath(QStringLiteral("van-ban.odt")));
    QVERIFY(doc.exportDocument(dir.filePath(QStringLiteral("van-ban")), QStringLiteral(".pdf")));
    QCOMPARE(doc.lastExportPath(), dir.filePath(QStringLiteral("van-ban.pdf")));
  }

  void checklistFollowsTheDossier() {
    DossierDocument doc;
    QAbstractItemModelTester tester(doc.checklist(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    doc.newDossier();
    doc.checklist()->rebuild();
    QVERIFY(doc.checklist()->rowCount() >= 1);
    QCOMPARE(role(*doc.checklist(), 0, "place"), QStringLiteral("draft"));
    doc.setDraftField(DraftField::Title, QStringLiteral("Dự thảo"));
    doc.checklist()->rebuild();
    const int clean = doc.checklist()->rowCount();
    doc.addProcedure(QStringLiteral("new"));
    doc.checklist()->rebuild();
    QVERIFY(doc.checklist()->rowCount() > clean);
    QCOMPARE(role(*doc.checklist(), clean, "procedureId"), doc.procedureIdAt(0));
    QCOMPARE(role(*doc.procedures(), 0, "status"), QStringLiteral("incomplete"));
  }

  // One checker: on every example, the app's checklist lists exactly the findings (code,
  // procedure, place) the review of the dossier's exported report lists in its completeness and
  // plausibility parts (the parts a dossier has before export).
  void checklistIsWhatTheReviewWillFlag() {
    const QDir examples(QStringLiteral(CPTT_DATA_DIR "/examples"));
    const QStringList files = examples.entryList({QStringLiteral("*.cptt.xml")}, QDir::Files);
    QVERIFY(files.size() >= 5);
    const ReferenceData& reference = ReferenceLibrary::instance()->data();
    const review::ReviewContext context{&reference, &cptt::bridge::formCatalog()};
    for (const QString& name : files) {
      DossierDocument doc;
      QVERIFY2(doc.open(examples.filePath(name)), qPrintable(doc.errorString()));
      doc.checklist()->rebuild();
      QStringList listed;
      for (int i = 0; i < doc.checklist()->rowCount(); ++i)
        if (const QString code = role(*doc.checklist(), i, "code"); !code.isEmpty())
          listed << code + QLatin1Char(' ') + role(*doc.checklist(), i, "procedureId") +
                        QStringLiteral(" · ") + role(*doc.checklist(), i, "where");
      const Dossier& d = doc.dossier();
      const std::string report = write_report(d, compute(d), report_metadata(&reference));
      const review::ReportReview r =
          review::review_report_text(report, name.toStdString(), context);
      QVERIFY2(r.loaded(), qPrintable(toQ(r.load.describe(cptt::Language::vi))));
      QStringList flagged;
      for (const auto* part : {&r.completeness_findings, &r.plausibility_findings})
        for (const Finding& f : *part)
          flagged << toQ(f.code) + QLatin1Char(' ') + toQ(f.procedure_id) + QStringLiteral(" · ") +
                         toQ(f.place_text(appLanguage()));
      QVERIFY2(!flagged.isEmpty(), qPrintable(name));
      listed.sort();
      flagged.sort();
      QCOMPARE(listed, flagged);
    }
  }

  // The checklist's texts are the core's, made in the app's language.
  void checklistSpeaksTheAppLanguage() {
    AppSettings* settings = AppSettings::instance();
    const QString before = settings->language();
    DossierDocument doc;
    QVERIFY(doc.open(QStringLiteral(CPTT_DATA_DIR "/examples/case-online-filing.cptt.xml")));
    auto e104 = [&] {
      doc.checklist()->rebuild();
      for (int i = 0; i < doc.checklist()->rowCount(); ++i)
        if (role(*doc.checklist(), i, "code") == QLatin1String("CPTT-E104"))
          return role(*doc.checklist(), i, "message") + QLatin1Char('|') +
                 role(*doc.checklist(), i, "where");
      return QString();
    };
    settings->setLanguage(QStringLiteral("vi"));
    const QString vi = e104();
    settings->setLanguage(QStringLiteral("en"));
    const QString en = e104();
    settings->setLanguage(before);
    QVERIFY2(vi.contains(QStringLiteral("chưa có biểu mẫu đánh giá")), qPrintable(vi));
    QVERIFY2(vi.contains(QStringLiteral("|biểu mẫu 03/")), qPrintable(vi));
    QVERIFY2(en.contains(QStringLiteral("has no assessment form")), qPrintable(en));
    QVERIFY2(en.contains(QStringLiteral("|form 03/")), qPrintable(en));
    QVERIFY2(!en.contains(QStringLiteral("chưa")), qPrintable(en));
  }

  void coreErrorsFollowTheAppLanguage() {
    // The core's messages are in the app's language: a load error when it is raised; the totals'
    // error and the reference library's error whenever they are read, so a language switch
    // shows them in the new language.
    AppSettings* settings = AppSettings::instance();
    const QString before = settings->language();
    QTemporaryDir dir;
    const QString newer = dir.filePath(QStringLiteral("newer.cptt.xml"));
    QFile g(newer);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("<?xml version=\"1.0\"?>\n<dossier xmlns=\"urn:cptt\" format-version=\"99\"/>\n");
    g.close();
    DossierDocument doc;
    settings->setLanguage(QStringLiteral("en"));
    QVERIFY(!doc.open(newer));
    const QString en = doc.errorString();
    settings->setLanguage(QStringLiteral("vi"));
    QVERIFY(!doc.open(newer));
    const QString vi = doc.errorString();
    QVERIFY2(en.contains(QStringLiteral("newer.cptt.xml:2:1: format version 99 is newer")),
             qPrintable(en));
    QVERIFY2(!en.contains(QStringLiteral("phiên bản")), qPrintable(en));
    QVERIFY2(vi.contains(QStringLiteral("newer.cptt.xml:2:1: phiên bản định dạng 99")),
             qPrintable(vi));
    QVERIFY2(!vi.contains(QStringLiteral("newer than")), qPrintable(vi));

    // Services so large that the draft's totals overflow: the message follows the language.
    QVERIFY(doc.open(example));
    QString typed;
    for (int i = 0; i < 40 && doc.totalsError().isEmpty(); ++i) {
      typed += QLatin1Char('9');
      doc.setTaskField(QStringLiteral("P2"), QStringLiteral("proposed"), 0, TaskField::Services,
                       typed);
    }
    QVERIFY(!doc.totalsError().isEmpty());
    const QString totalsVi = doc.totalsError();
    settings->setLanguage(QStringLiteral("en"));
    const QString totalsEn = doc.totalsError();
    QVERIFY2(totalsVi.contains(QStringLiteral("số quá lớn")), qPrintable(totalsVi));
    QVERIFY2(totalsEn.contains(QStringLiteral("number too large")), qPrintable(totalsEn));
    QVERIFY2(!totalsEn.contains(QStringLiteral("số quá lớn")), qPrintable(totalsEn));

    ReferenceLibrary* lib = ReferenceLibrary::instance();
    QVERIFY(!lib->load(QStringLiteral("/nonexistent")));
    const QString libEn = lib->errorString();
    settings->setLanguage(QStringLiteral("vi"));
    const QString libVi = lib->errorString();
    QVERIFY(lib->load(ReferenceLibrary::defaultFolder()));
    settings->setLanguage(before);
    QVERIFY2(libEn.contains(QStringLiteral("cannot open the file")), qPrintable(libEn));
    QVERIFY2(libVi.contains(QStringLiteral("không mở được tệp")), qPrintable(libVi));
  }

  void referenceModels() {
    ReferenceLibrary* lib = ReferenceLibrary::instance();
    QAbstractItemModelTester t1(lib->gdpFigures(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(lib->catalogue(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(lib->norms(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(lib->gdpFigures()->rowCount() > 0);
    QVERIFY(lib->catalogue()->rowCount() > 0);
    QVERIFY(lib->norms()->rowCount() >= 6);
    QCOMPARE(lib->normHours(QStringLiteral("travel"), QStringLiteral("commune"),
                            QStringLiteral("rural"), QStringLiteral("2")),
             QStringLiteral("3"));
    QCOMPARE(lib->normHours(QStringLiteral("form-filling"), QString(), QStringLiteral("urban"),
                            QStringLiteral("3")),
             QStringLiteral("3"));
    QCOMPARE(lib->normHours(QStringLiteral("travel"), QStringLiteral("nowhere"),
                            QStringLiteral("rural"), QStringLiteral("1")),
             QString());
    // Durations in words, in the app's language, from the core; norms named in it too.
    CatalogueModel* cat = lib->catalogue();
    QCOMPARE(cat->data(cat->index(0), CatalogueModel::ActivityIdRole).toString(),
             QStringLiteral("familiarise"));
    QCOMPARE(cat->data(cat->index(0), CatalogueModel::MediumDurationRole).toString(),
             QStringLiteral("5 phút"));
    QCOMPARE(cat->data(cat->index(0), CatalogueModel::ComplexDurationRole).toString(),
             QStringLiteral("1 giờ"));
    QCOMPARE(lib->durationText(QStringLiteral("2.25")), QStringLiteral("2 giờ 15 phút"));
    QCOMPARE(lib->durationText(QStringLiteral("x")), QString());
    TimeNormModel* norms = lib->norms();
    const int commune = norms->rowOf(QStringLiteral("travel"), QStringLiteral("commune"));
    QCOMPARE(norms->data(norms->index(commune), TimeNormModel::DisplayLabelRole).toString(),
             QStringLiteral("Đi lại, mỗi lượt: cấp xã"));
    QVERIFY(!lib->catalogueNotice().contains(QStringLiteral(".xml")));
    {
      AppSettings* settings = AppSettings::instance();
      const QString before = settings->language();
      QSignalSpy reset(cat, &QAbstractItemModel::modelReset);
      settings->setLanguage(QStringLiteral("en"));
      QVERIFY(reset.count() >= 1);
      const QString en = cat->data(cat->index(0), CatalogueModel::MediumDurationRole).toString();
      const QString name = cat->data(cat->index(0), CatalogueModel::DisplayNameRole).toString();
      settings->setLanguage(before);
      QCOMPARE(en, QStringLiteral("5 min"));
      QVERIFY2(name.startsWith(QStringLiteral("Learn the rules")), qPrintable(name));
    }
    const QVariantMap legal = lib->legalRateFor(2024);
    QVERIFY(legal.value(QStringLiteral("found")).toBool());
    QCOMPARE(legal.value(QStringLiteral("year")).toInt(), 2023);
    QCOMPARE(legal.value(QStringLiteral("hourlyRate")).toString(), QStringLiteral("48.248 đ"));
    // The other published route of the same year: GDP ÷ population → 48.254 đ.
    QCOMPARE(legal.value(QStringLiteral("otherHourlyRate")).toString(), QStringLiteral("48.254 đ"));
    const QVariantMap in2026 = lib->legalRateFor(2026);
    QCOMPARE(in2026.value(QStringLiteral("year")).toInt(), 2025);
    QVERIFY(!in2026.value(QStringLiteral("fallback")).toBool());
    QCOMPARE(in2026.value(QStringLiteral("hourlyRate")).toString(), QStringLiteral("59.422 đ"));
    QCOMPARE(in2026.value(QStringLiteral("otherHourlyRate")).toString(),
             QStringLiteral("59.464 đ"));
    // 2024 has no verified VND figure: a 2025 calculation is told so.
    const QVariantMap in2025 = lib->legalRateFor(2025);
    QVERIFY(in2025.value(QStringLiteral("fallback")).toBool());
    QCOMPARE(in2025.value(QStringLiteral("wantedYear")).toInt(), 2024);
    QVERIFY(!lib->load(QStringLiteral("/nonexistent")));
    QVERIFY(!lib->errorString().isEmpty());
    QCOMPARE(lib->catalogue()->rowCount(), 0);
    QVERIFY(lib->load(ReferenceLibrary::defaultFolder()));
  }

  void fileListModel() {
    FileListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setEntries({{QStringLiteral("/a/b/one.cptt.xml"), QString()},
                  {QStringLiteral("/c/two.cptt.xml"), QStringLiteral("note")}});
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(role(m, 0, "fileName"), QStringLiteral("one.cptt.xml"));
    QCOMPARE(role(m, 0, "folder"), QStringLiteral("/a/b"));
    QCOMPARE(role(m, 1, "detail"), QStringLiteral("note"));
    AppSettings settings(nullptr);
    QVERIFY(settings.examples()->rowCount() >= 1);
    settings.addRecentFile(example);
    QCOMPARE(settings.recentFiles()->pathAt(0), QFileInfo(example).absoluteFilePath());
  }

  // Answers written with version 1 of 03/ĐGTĐ-QĐCT/SĐBS: shown under the current questions, and
  // moved to the current ids and version by the first edit (one undo step takes both back).
  void formAnswersOfAnOlderVersionMoveToTheCurrentIdsAtTheFirstEdit() {
    DossierDocument doc;
    QVERIFY2(doc.open(QStringLiteral(CPTT_DATA_DIR
                                     "/../tests/forms/data/tt03-2022-03-version-1.cptt.xml")),
             qPrintable(doc.errorString()));
    FormModel form;
    form.setDocument(&doc);
    form.setProcedureId(QStringLiteral("P2"));
    QCOMPARE(form.formId(), QStringLiteral("tt03-2022-03"));
    const int content = form.rowOf(QStringLiteral("steps.inspection-content"));
    QVERIFY(content >= 0);
    QVERIFY(form.data(form.index(content), FormModel::AnsweredRole).toBool());
    auto set = [&] { return doc.answerSet(QStringLiteral("P2"), form.formId()); };
    auto has = [&](const char* key) {
      return std::any_of(set()->answers.begin(), set()->answers.end(),
                         [&](const Answer& a) { return a.field == key; });
    };
    QCOMPARE(set()->form_version, 1);
    QVERIFY(has("steps.inspection-what"));
    QCOMPARE(form.setReason(QStringLiteral("steps.clear"), QStringLiteral("Các bước rõ ràng")),
             QString());
    QVERIFY(set()->form_version >= 2);
    QVERIFY(has("steps.inspection-content") && !has("steps.inspection-what"));
    QVERIFY(form.data(form.index(content), FormModel::AnsweredRole).toBool());
    doc.undo();
    QCOMPARE(set()->form_version, 1);
    QVERIFY(has("steps.inspection-what"));
  }

  void formModelGateClosesLaterSections() {
    DossierDocument doc;
    doc.newDossier();
    const QString id = doc.procedureIdAt(doc.addProcedure(QStringLiteral("new")));
    FormModel form;
    QAbstractItemModelTester tester(&form, QAbstractItemModelTester::FailureReportingMode::QtTest);
    form.setDocument(&doc);
    form.setProcedureId(id);
    QVERIFY2(form.exists(), qPrintable(form.notice()));
    QCOMPARE(form.formCode(), QStringLiteral("02/ĐGTĐ-BHM"));
    auto row = [&](const QString& key) {
      for (int i = 0; i < form.rowCount(); ++i)
        if (role(form, i, "key") == key)
          return i;
      return -1;
    };
    const int gate = row(QStringLiteral("necessity.conclusion"));
    const int legality = row(QStringLiteral("legality"));
    QVERIFY(gate >= 0 && legality > gate);
    QVERIFY(form.data(form.index(legality), FormModel::VisibleRole).toBool());
    const int before = form.percent();
    QCOMPARE(form.setValue(QStringLiteral("necessity.conclusion"), QStringLiteral("no")),
             QString());
    QCOMPARE(role(form, gate, "value"), QStringLiteral("no"));
    QVERIFY(!form.data(form.index(legality), FormModel::VisibleRole).toBool());
    QCOMPARE(role(form, legality, "closure"), QStringLiteral("gate"));
    QVERIFY(role(form, legality, "closedBy").contains(QStringLiteral("4")));
    // The closed section's note ("… dừng ở %1.") reads "câu 4 “…không?”.", never "không?.".
    const QString closedBy = role(form, legality, "closedBy");
    QVERIFY2(closedBy.startsWith(QStringLiteral("câu 4 “")) &&
                 closedBy.endsWith(QStringLiteral("không?”")),
             qPrintable(closedBy));
    QVERIFY(!QStringLiteral("Phần này đã đóng vì đánh giá dừng ở %1.")
                 .arg(closedBy)
                 .contains(QStringLiteral("?.")));
    // Numbers as the form prints them: the section "II.", its questions "a)", "b)".
    QCOMPARE(role(form, legality, "printed"), QStringLiteral("II."));
    QCOMPARE(role(form, row(QStringLiteral("legality.consistent")), "printed"),
             QStringLiteral("b)"));
    QVERIFY(!form.gateMessage().isEmpty());
    QVERIFY(form.percent() != before);
    // The answer is in the dossier, and undo reopens the sections.
    QVERIFY(doc.answerSet(id, form.formId()) != nullptr);
    doc.undo();
    QVERIFY(form.data(form.index(legality), FormModel::VisibleRole).toBool());
    QVERIFY(form.gateMessage().isEmpty());
    // A reason required by the definition is flagged until it is given.
    const int competence = row(QStringLiteral("legality.competence"));
    QCOMPARE(form.setValue(QStringLiteral("legality.competence"), QStringLiteral("yes")),
             QString());
    QVERIFY(form.data(form.index(competence), FormModel::ReasonRequiredRole).toBool());
    QVERIFY(!form.data(form.index(competence), FormModel::ReasonGivenRole).toBool());
    form.setReason(QStringLiteral("legality.competence"),
                   QStringLiteral("Luật giao Chính phủ quy định"));
    QVERIFY(form.data(form.index(competence), FormModel::ReasonGivenRole).toBool());
    // Removing the procedure takes its answers with it (a file may not name a missing procedure).
    doc.removeProcedure(0);
    QVERIFY(doc.dossier().answers.empty());
    doc.undo();
    QCOMPARE(doc.dossier().answers.size(), std::size_t(1));
  }

  void exportWritesTheReport() {
    QTemporaryDir dir;
    DossierDocument doc;
    QVERIFY(doc.open(example));
    QVERIFY2(doc.exportReport(dir.filePath(QStringLiteral("out"))), qPrintable(doc.errorString()));
    QCOMPARE(doc.lastExportPath(), dir.filePath(QStringLiteral("out.report.xml")));
    QFile f(doc.lastExportPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<report"));
    QVERIFY(text.contains("<digest"));
  }

  void exportWritesThePrintableDocument() {
    QTemporaryDir dir;
    DossierDocument doc;
    QVERIFY(doc.open(example));
    QVERIFY2(doc.exportDocument(dir.filePath(QStringLiteral("assessment"))),
             qPrintable(doc.errorString()));
    QCOMPARE(doc.lastExportPath(), dir.filePath(QStringLiteral("assessment.pdf")));
    QFile pdf(doc.lastExportPath());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY2(doc.exportDocument(dir.filePath(QStringLiteral("assessment.odt"))),
             qPrintable(doc.errorString()));
    QFile odt(dir.filePath(QStringLiteral("assessment.odt")));
    QVERIFY(odt.open(QIODevice::ReadOnly));
    QVERIFY(odt.read(2) == "PK"); // a zip package
    QVERIFY(!doc.exportDocument(dir.filePath(QStringLiteral("missing/sub/assessment.pdf"))));
    QVERIFY(!doc.errorString().isEmpty());
  }

  // Word output: the dialog's .docx file type names the file; LibreOffice converts.
  void exportWritesTheWordDocument() {
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
      QSKIP("LibreOffice (soffice) is not installed: install libreoffice-writer-nogui");
    QTemporaryDir dir;
    DossierDocument doc;
    QVERIFY(doc.open(example));
    QVERIFY2(doc.exportDocument(dir.filePath(QStringLiteral("van-ban")), QStringLiteral(".docx")),
             qPrintable(doc.errorString()));
    QCOMPARE(doc.lastExportPath(), dir.filePath(QStringLiteral("van-ban.docx")));
    QFile docx(doc.lastExportPath());
    QVERIFY(docx.open(QIODevice::ReadOnly));
    const QByteArray bytes = docx.readAll();
    QVERIFY(bytes.startsWith("PK"));
    QVERIFY(bytes.contains("word/document.xml"));
  }

  // The summary 01/ĐGTĐ-BC prints for each procedure: composed from the answers, editable,
  // undoable, saved with the dossier; typing the composed text back is no text of one's own.
  void assessmentSummaryIsEditable() {
    QTemporaryDir dir;
    DossierDocument doc;
    QVERIFY(
        doc.open(QStringLiteral(CPTT_DATA_DIR "/examples/forms/tt03-2022-02-complete.cptt.xml")));
    QVariantMap s = doc.assessmentSummary(QStringLiteral("P1"));
    QVERIFY(s.value(QStringLiteral("available")).toBool());
    const QString composed = s.value(QStringLiteral("composed")).toString();
    QVERIFY(composed.startsWith(
        QStringLiteral("Kết luận: thủ tục hành chính có cần thiết không? Có.")));
    QCOMPARE(s.value(QStringLiteral("text")).toString(), composed);
    QVERIFY(!s.value(QStringLiteral("edited")).toBool());
    QCOMPARE(s.value(QStringLiteral("source")).toString(), QStringLiteral("02/ĐGTĐ-BHM"));

    QSignalSpy changed(&doc, &DossierDocument::answersChanged);
    const QString own = QStringLiteral("Thủ tục cần thiết, hợp pháp, hợp lý.");
    QCOMPARE(doc.setAssessmentSummary(QStringLiteral("P1"), own), QString());
    QVERIFY(changed.count() > 0);
    s = doc.assessmentSummary(QStringLiteral("P1"));
    QVERIFY(s.value(QStringLiteral("edited")).toBool());
    QCOMPARE(s.value(QStringLiteral("text")).toString(), own);
    doc.undo();
    QVERIFY(!doc.assessmentSummary(QStringLiteral("P1")).value(QStringLiteral("edited")).toBool());
    doc.redo();
    QVERIFY(doc.assessmentSummary(QStringLiteral("P1")).value(QStringLiteral("edited")).toBool());

    const QString file = dir.filePath(QStringLiteral("saved.cptt.xml"));
    QVERIFY2(doc.saveAs(file), qPrintable(doc.errorString()));
    DossierDocument again;
    QVERIFY(again.open(file));
    QCOMPARE(again.assessmentSummary(QStringLiteral("P1")).value(QStringLiteral("text")).toString(),
             own);
    QCOMPARE(again.setAssessmentSummary(QStringLiteral("P1"), composed), QString());
    QVERIFY(
        !again.assessmentSummary(QStringLiteral("P1")).value(QStringLiteral("edited")).toBool());
    QVERIFY(!again.setAssessmentSummary(QStringLiteral("no-such"), own).isEmpty());
  }
};

// Child mode for recoveryCopySurvivesAKilledProcess: edit, let the autosave write, then wait to
// be killed.
static int crashChild(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName(QStringLiteral("CPTT-test"));
  QCoreApplication::setApplicationName(QStringLiteral("tst_bridge"));
  DossierDocument doc;
  doc.setAutosaveInterval(100);
  if (!doc.open(example))
    return 2;
  doc.setDraftField(DraftField::Title, QStringLiteral("Sửa trước khi bị dừng đột ngột"));
  return QCoreApplication::exec();
}

int main(int argc, char** argv) {
  if (argc > 1 && qstrcmp(argv[1], "--crash-child") == 0)
    return crashChild(argc, argv);
  QGuiApplication app(argc, argv);
  BridgeTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "tst_bridge.moc"
