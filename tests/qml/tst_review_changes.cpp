// QtTest for the reviewer's "what changed" tab in the bridge (ReviewChangesModel): the example
// dossier revised (a task's hours changed, another task renamed, a procedure removed) and exported;
// in round 2 of the example review the report reviewed then (beside the review) is compared with
// it, and the rows show each procedure, each change at its place with old → new, the removed
// procedure marked and the share of the net change, as the core's report diff has them. An older
// report picked by hand is compared too; a file that cannot be read is refused and the comparison
// stays; the same report twice is "nothing changed".
#include "appsettings.h"
#include "referencelibrary.h"
#include "reviewchangesmodel.h"
#include "reviewsession.h"
#include "tst_review_support.h"

#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/report.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using Role = ReviewChangesModel::Role;

namespace {

const QString examples = QStringLiteral(CPTT_DATA_DIR "/examples/review/");

QVariant value(const QAbstractItemModel& m, int row, int role) {
  return m.data(m.index(row, 0), role);
}

// The first row whose `role` is `text`, from `from` on, or -1.
int rowWith(const QAbstractItemModel& m, int role, const QString& text, int from = 0) {
  for (int i = from; i < m.rowCount(); ++i)
    if (value(m, i, role).toString() == text)
      return i;
  return -1;
}

// The procedure's heading row, or -1.
int headingOf(const QAbstractItemModel& m, const QString& procedureId) {
  for (int i = 0; i < m.rowCount(); ++i)
    if (value(m, i, Role::KindRole) == QStringLiteral("procedure") &&
        value(m, i, Role::ProcedureIdRole) == procedureId)
      return i;
  return -1;
}

} // namespace

class ReviewChangesTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
    QVERIFY(dir_.isValid());
    QVERIFY2(ReferenceLibrary::instance()->loaded(),
             qPrintable(ReferenceLibrary::instance()->errorString()));
    cptt::DossierLoad load =
        cptt::load_dossier_file(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml");
    QVERIFY(load.result);
    QVERIFY(review_test::writeReport(path("old.report.xml"), load.dossier));
    // The drafter's revision: P1's task 2 takes 3 hours, its task 3 renamed, P3 dropped.
    cptt::Dossier& d = load.dossier;
    cptt::Worksheet& current = *d.procedures.at(0).current;
    QCOMPARE(current.tasks.at(1).hours.to_canonical(), std::string("2"));
    current.tasks.at(1).hours = cptt::Quantity::parse("3");
    QCOMPARE(current.tasks.at(2).name, std::string("Nhận kết quả"));
    current.tasks.at(2).name = "Nhận kết quả qua bưu điện";
    QCOMPARE(d.procedures.at(2).id, std::string("P3"));
    d.procedures.erase(d.procedures.begin() + 2);
    std::erase_if(d.answers, [](const cptt::AnswerSet& a) { return a.procedure_id == "P3"; });
    QVERIFY(review_test::writeReport(path("revised.report.xml"), d));
  }

  void roundTwoComparesWithTheReportReviewedThen() {
    ReviewSession s;
    ReviewChangesModel& m = *s.changes();
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(s.openReport(path("revised.report.xml")), qPrintable(s.errorString()));
    // Round 1: nothing to compare with yet.
    QVERIFY(!m.compared());
    QCOMPARE(m.rowCount(), 0);
    QCOMPARE(m.changeCount(), 0);
    QVERIFY(m.summary().isEmpty());
    QVERIFY2(s.openNextRound(examples + QStringLiteral("case-dossier-total.review.xml")),
             qPrintable(s.errorString()));
    QVERIFY(m.compared());
    QVERIFY(!m.pickedByHand());
    QCOMPARE(m.oldReportPath(), examples + QStringLiteral("case-dossier-total.report.xml"));
    QVERIFY(m.diff());
    // Every change of the core's diff, each procedure's heading before its changes.
    const cptt::review::DossierDiff& d = *m.diff();
    QCOMPARE(m.changeCount(), static_cast<int>(d.changes.size()));
    QCOMPARE(d.input_changes(), std::size_t(3)); // hours, name, the procedure removed
    int headings = 0;
    for (int i = 0; i < m.rowCount(); ++i)
      headings += value(m, i, Role::KindRole) == QStringLiteral("procedure") ? 1 : 0;
    QCOMPARE(m.rowCount(), m.changeCount() + headings);
    QCOMPARE(value(m, 0, Role::KindRole).toString(), QStringLiteral("procedure"));
    QCOMPARE(value(m, 0, Role::ProcedureRole).toString(), QStringLiteral("Toàn bộ dự thảo"));
    QVERIFY(!value(m, 0, Role::SelectableRole).toBool());

    // P1: the task renamed is one change at its place named with the new name, and the hours.
    const int p1 = headingOf(m, QStringLiteral("P1"));
    QVERIFY(p1 > 0);
    QCOMPARE(value(m, p1, Role::ProcedureRole).toString(),
             QStringLiteral("Thủ tục P1: Cấp giấy phép hoạt động"));
    QCOMPARE(value(m, p1, Role::ProcedureStateRole).toString(), QStringLiteral("changed"));
    QCOMPARE(value(m, p1, Role::ProcedureStateLabelRole).toString(), QString());
    QVERIFY(value(m, p1, Role::SelectableRole).toBool());
    const QString share = value(m, p1, Role::ShareRole).toString();
    QVERIFY2(share.startsWith(QStringLiteral("Thay đổi ròng của thủ tục: ")), qPrintable(share));
    QVERIFY2(share.contains(QStringLiteral(" → ")) && share.contains(QStringLiteral(" đ")) &&
                 share.contains(QStringLiteral(" %")),
             qPrintable(share));
    const int renamed = rowWith(m, Role::ValueTextRole,
                                QStringLiteral("Nhận kết quả → Nhận kết quả qua bưu điện"), p1);
    QVERIFY(renamed > p1);
    QCOMPARE(value(m, renamed, Role::ProcedureIdRole).toString(), QStringLiteral("P1"));
    QCOMPARE(value(m, renamed, Role::ChangeRole).toString(), QStringLiteral("changed"));
    QCOMPARE(value(m, renamed, Role::PlaceRole).toString(),
             QStringLiteral("Bảng tính hiện hành · công việc 3: Nhận kết quả qua bưu điện"));
    QVERIFY(!value(m, renamed, Role::FigureRole).toBool());
    QCOMPARE(rowWith(m, Role::OldValueRole, QStringLiteral("Nhận kết quả")), renamed);
    const int hours = rowWith(m, Role::ValueTextRole, QStringLiteral("2 → 3"), p1);
    QVERIFY(hours > p1);
    QCOMPARE(value(m, hours, Role::PlaceRole).toString(),
             QStringLiteral("Bảng tính hiện hành · công việc 2: Nộp hồ sơ trực tiếp"));
    QCOMPARE(value(m, hours, Role::LabelRole).toString(), QStringLiteral("Số giờ"));
    QCOMPARE(value(m, hours, Role::NewValueRole).toString(), QStringLiteral("3"));
    // The figures that moved, in Vietnamese style.
    int figures = 0;
    for (int i = p1 + 1; i < m.rowCount() && value(m, i, Role::ProcedureIdRole) == "P1"; ++i)
      if (value(m, i, Role::FigureRole).toBool()) {
        ++figures;
        QVERIFY(value(m, i, Role::ValueTextRole).toString().contains(QStringLiteral(" → ")));
      }
    QVERIFY(figures > 0);
    QVERIFY(rowWith(m, Role::ValueTextRole, QStringLiteral("3.750.000.000 → 4.000.000.000")) > p1);

    // P3 removed: marked, not selectable (it is not in the report under review).
    const int p3 = headingOf(m, QStringLiteral("P3"));
    QVERIFY(p3 > p1);
    QCOMPARE(value(m, p3, Role::ProcedureStateRole).toString(), QStringLiteral("removed"));
    QCOMPARE(value(m, p3, Role::ProcedureStateLabelRole).toString(), QStringLiteral("Thủ tục bỏ"));
    QCOMPARE(value(m, p3, Role::ProcedureRole).toString(),
             QStringLiteral("Thủ tục P3: Gia hạn giấy phép hoạt động"));
    QVERIFY(!value(m, p3, Role::SelectableRole).toBool());
    QCOMPARE(value(m, p3 + 1, Role::ChangeRole).toString(), QStringLiteral("removed"));
    QCOMPARE(value(m, p3 + 1, Role::ValueTextRole).toString(),
             QStringLiteral("bỏ: Gia hạn giấy phép hoạt động"));
    QVERIFY(headingOf(m, QStringLiteral("P2")) < 0);

    QVERIFY2(m.summary().startsWith(QStringLiteral("3 thay đổi đầu vào, ")),
             qPrintable(m.summary()));
    QVERIFY(m.warning().isEmpty());

    // In English the core's labels and places follow; the numbers stay in Vietnamese style, as the
    // app's figures do (the bridge's own words are the translation catalogue's, walked elsewhere).
    AppSettings::instance()->setLanguage(QStringLiteral("en"));
    QCOMPARE(value(m, hours, Role::LabelRole).toString(), QStringLiteral("Hours"));
    QCOMPARE(value(m, hours, Role::PlaceRole).toString(),
             QStringLiteral("Current worksheet · task 2: Nộp hồ sơ trực tiếp"));
    QVERIFY(rowWith(m, Role::ValueTextRole, QStringLiteral("3.750.000.000 → 4.000.000.000")) > p1);
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));

    // Another report opened: the comparison of the round is gone with it.
    QVERIFY2(s.openReport(path("old.report.xml")), qPrintable(s.errorString()));
    QVERIFY(!m.compared());
    QCOMPARE(m.rowCount(), 0);
  }

  void anOlderReportPickedByHand() {
    ReviewSession s;
    ReviewChangesModel& m = *s.changes();
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!m.compareWith(path("old.report.xml")));
    QVERIFY(!m.errorString().isEmpty());
    QVERIFY2(s.openReport(path("revised.report.xml")), qPrintable(s.errorString()));
    QVERIFY(m.errorString().isEmpty());
    QVERIFY(m.compareWith(QUrl::fromLocalFile(path("old.report.xml")).toString()));
    QVERIFY(m.compared());
    QVERIFY(m.pickedByHand());
    QCOMPARE(m.oldReportPath(), path("old.report.xml"));
    const int changes = m.changeCount();
    QVERIFY(changes > 3);
    QVERIFY(headingOf(m, QStringLiteral("P3")) > 0);
    // A file that is not a report: refused with its reason, the comparison as it was.
    QVERIFY(!m.compareWith(path("missing.report.xml")));
    QVERIFY(m.errorString().contains(QStringLiteral("missing.report.xml")));
    QCOMPARE(m.changeCount(), changes);
    QCOMPARE(m.oldReportPath(), path("old.report.xml"));
    // The report compared with itself: nothing changed, no rows.
    QVERIFY(m.compareWith(path("revised.report.xml")));
    QVERIFY(m.errorString().isEmpty());
    QVERIFY(m.compared());
    QCOMPARE(m.changeCount(), 0);
    QCOMPARE(m.rowCount(), 0);
    QVERIFY(m.summary().startsWith(QStringLiteral("0 thay đổi đầu vào, 0 số liệu thay đổi")));
    s.close();
    QVERIFY(!m.compared());
    QVERIFY(!m.pickedByHand());
  }

private:
  QString path(const QString& name) const { return dir_.filePath(name); }
  QTemporaryDir dir_;
};

QTEST_MAIN(ReviewChangesTest)
#include "tst_review_changes.moc"
