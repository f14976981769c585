// QtTest for the drafter's answers to a returned review (ResponseSession and its item model,
// watched by QAbstractItemModelTester): a reviewer comments on the exported example report; the
// drafter opens the review beside the dossier, sees every comment unanswered, takes one in and
// explains another, is told when an answer says "taken in" but its place did not change, edits
// the place and sees it changed; the answers are saved beside the review and come back when the
// review is opened again; the exported revised report is named in the response.
#include "document.h"
#include "responseitemmodel.h"
#include "responsesession.h"
#include "reviewsession.h"
#include "tst_review_support.h"

#include "cptt/review/response_file.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using Tester = QAbstractItemModelTester;

namespace {

QVariant value(const QAbstractItemModel& m, int row, int role) {
  return m.data(m.index(row, 0), role);
}

} // namespace

class ResponseTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    QVERIFY(review_test::writeReports(dir_.path()));
    // The reviewer: two comments on the exported example, one on a task row of P1, one on P2.
    ReviewSession reviewer;
    QVERIFY2(reviewer.openReport(path("total.report.xml")), qPrintable(reviewer.errorString()));
    QVERIFY(reviewer.addComment(QStringLiteral("P1"), {}, {}, {}, QStringLiteral("current"), 1,
                                QStringLiteral("Giờ làm công việc 1 chưa có căn cứ.")) >= 0);
    QVERIFY(reviewer.addComment(QStringLiteral("P2"), {}, {}, {}, {}, 0,
                                QStringLiteral("Đề nghị xem lại tần suất.")) >= 0);
    reviewer.setReviewerName(QStringLiteral("Nguyễn Thị Thẩm Định"));
    QVERIFY2(reviewer.exportReview(path("total.review.xml")), qPrintable(reviewer.errorString()));
  }

  void answersAreCheckedSavedAndReopened() {
    DossierDocument doc;
    QVERIFY2(doc.openCopy(QStringLiteral(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml")),
             qPrintable(doc.errorString()));
    ReviewSession returned;
    returned.setDocument(&doc);
    ResponseSession response;
    Tester tester(response.items(), Tester::FailureReportingMode::QtTest);
    response.setDocument(&doc);
    response.setReview(&returned);
    QVERIFY(!response.isOpen());

    QVERIFY2(returned.openReviewForDossier(path("total.review.xml")),
             qPrintable(returned.errorString()));
    QVERIFY(response.isOpen());
    QCOMPARE(response.itemCount(), 2);
    QCOMPARE(response.unansweredCount(), 2);
    QCOMPARE(response.comparedReport(), path("total.report.xml"));
    QVERIFY(response.problems().isEmpty());
    const ResponseItemModel& items = *response.items();
    QCOMPARE(items.rowCount(), 2);
    QCOMPARE(value(items, 0, ResponseItemModel::StateRole).toString(),
             QStringLiteral("unanswered"));
    QCOMPARE(value(items, 0, ResponseItemModel::WorksheetRole).toString(),
             QStringLiteral("current"));
    QCOMPARE(value(items, 0, ResponseItemModel::TaskRole).toInt(), 1);
    QCOMPARE(value(items, 0, ResponseItemModel::AuthorRole).toString(),
             QStringLiteral("Nguyễn Thị Thẩm Định"));
    QVERIFY(!value(items, 0, ResponseItemModel::WarningRole).toString().isEmpty()); // unanswered

    // A result is needed; a result without a text leaves the item unanswered but chosen.
    QVERIFY(!response.setAnswer(0, QStringLiteral("maybe"), QStringLiteral("x")).isEmpty());
    QCOMPARE(response.setAnswer(0, QStringLiteral("tiep-thu"), QString()), QString());
    QCOMPARE(value(items, 0, ResponseItemModel::ResultRole).toString(), QStringLiteral("tiep-thu"));
    QCOMPARE(response.unansweredCount(), 2);

    // Taken in, but the task row is as it was: the core says so.
    QCOMPARE(response.setAnswer(0, QStringLiteral("tiep-thu"), QStringLiteral("Đã sửa số giờ.")),
             QString());
    QCOMPARE(response.unansweredCount(), 1);
    QCOMPARE(value(items, 0, ResponseItemModel::StateRole).toString(), QStringLiteral("tiep-thu"));
    QCOMPARE(value(items, 0, ResponseItemModel::PlaceChangeRole).toString(),
             QStringLiteral("unchanged"));
    QVERIFY(!value(items, 0, ResponseItemModel::WarningRole).toString().isEmpty());
    // The drafter edits that row: the place changed, the warning goes.
    QCOMPARE(doc.setTaskField(QStringLiteral("P1"), QStringLiteral("current"), 0, TaskField::Hours,
                              QStringLiteral("7")),
             QString());
    QCOMPARE(value(items, 0, ResponseItemModel::PlaceChangeRole).toString(),
             QStringLiteral("changed"));
    QCOMPARE(value(items, 0, ResponseItemModel::WarningRole).toString(), QString());

    QCOMPARE(response.setAnswer(1, QStringLiteral("giai-trinh"),
                                QStringLiteral("Tần suất theo báo cáo năm 2025.")),
             QString());
    QCOMPARE(response.unansweredCount(), 0);
    QVERIFY(response.isModified());

    // The revised report the drafter exports is the one the response names.
    QVERIFY(response.revisedReport().isEmpty());
    QVERIFY2(doc.exportReport(path("revised.report.xml")), qPrintable(doc.errorString()));
    QCOMPARE(response.revisedReport(), QStringLiteral("revised.report.xml"));
    QVERIFY(!response.revisedReportStale());
    QVERIFY(response.problems().isEmpty());

    // Saved beside the review by default; a valid response file.
    QCOMPARE(response.suggestedPath(), path("total.response.xml"));
    QVERIFY2(response.saveAs(response.suggestedPath()), qPrintable(response.errorString()));
    QVERIFY(!response.isModified());
    const cptt::review::ResponseLoad load =
        cptt::review::load_response_file(path("total.response.xml").toStdString());
    QVERIFY2(static_cast<bool>(load.result), load.result.describe(cptt::Language::en).c_str());
    QCOMPARE(load.response.entries.size(), std::size_t{2});
    QVERIFY(!load.response.report_digest.empty());

    // The table of how the opinions were taken in, as an OpenDocument text.
    QVERIFY2(response.exportTable(path("total.tiep-thu.odt")), qPrintable(response.errorString()));
    QVERIFY(QFileInfo(path("total.tiep-thu.odt")).size() > 0);
    QVERIFY(!response.exportTable(QString()));

    // An edit after the export: the named report no longer holds the dossier.
    QCOMPARE(doc.setTaskField(QStringLiteral("P1"), QStringLiteral("current"), 0, TaskField::Hours,
                              QStringLiteral("8")),
             QString());
    QVERIFY(response.revisedReportStale());

    // Opened again: the answers are back.
    returned.close();
    QVERIFY(!response.isOpen());
    QCOMPARE(items.rowCount(), 0);
    QVERIFY(returned.openReviewForDossier(path("total.review.xml")));
    QCOMPARE(response.path(), path("total.response.xml"));
    QCOMPARE(response.unansweredCount(), 0);
    QCOMPARE(value(items, 1, ResponseItemModel::AnswerRole).toString(),
             QStringLiteral("Tần suất theo báo cáo năm 2025."));
    QCOMPARE(value(items, 1, ResponseItemModel::ResultRole).toString(),
             QStringLiteral("giai-trinh"));
  }

private:
  QString path(const char* name) const { return QDir(dir_.path()).filePath(QLatin1String(name)); }
  QTemporaryDir dir_;
};

QTEST_MAIN(ResponseTest)
#include "tst_response.moc"
