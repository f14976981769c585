// QtTest for the reviewer's second round in the bridge: the example dossier revised (its title
// changed) and exported, opened with the example review of round 1 and the drafter's response
// found beside it; each follow-up row shows the drafter's answer and whether its place changed
// (only the comment on the whole draft did); one item closed, one reopened without a note (the
// core's refusal and message) and with one; the review exported and read back by the core with
// its two rounds and follow-ups; reopened alone; a response to another review refused.
#include "appsettings.h"
#include "forms.h"
#include "referencelibrary.h"
#include "reviewfollowupmodel.h"
#include "reviewsession.h"
#include "tst_review_support.h"

#include "cptt/dossier_xml.h"
#include "cptt/engine.h"
#include "cptt/report.h"
#include "cptt/review/review_rounds.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cptt::review;

namespace {

const QString examples = QStringLiteral(CPTT_DATA_DIR "/examples/review/");

QVariant value(const QAbstractItemModel& m, int row, int role) {
  return m.data(m.index(row, 0), role);
}

// The row of the follow-up of `target` ("ý kiến 3", "phát hiện CPTT-E104"), or -1.
int rowOf(const QAbstractItemModel& m, const QString& target) {
  for (int i = 0; i < m.rowCount(); ++i)
    if (value(m, i, ReviewFollowUpModel::TargetRole) == target)
      return i;
  return -1;
}

} // namespace

class ReviewRoundsTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    QVERIFY2(ReferenceLibrary::instance()->loaded(),
             qPrintable(ReferenceLibrary::instance()->errorString()));
    // The drafter's revision: the draft's title changed, nothing else, exported again.
    cptt::DossierLoad load =
        cptt::load_dossier_file(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml");
    QVERIFY(load.result);
    load.dossier.draft.title += " (lần 2)";
    QVERIFY(review_test::writeReport(path("revised.report.xml"), load.dossier));
  }

  void roundTwoFollowsUpTheAnswers() {
    ReviewSession s;
    QAbstractItemModelTester tester(s.followUps(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(s.openReport(path("revised.report.xml")), qPrintable(s.errorString()));
    QCOMPARE(s.round(), 1);
    QCOMPARE(s.followUps()->rowCount(), 0);
    QVERIFY2(s.openNextRound(examples + QStringLiteral("case-dossier-total.review.xml")),
             qPrintable(s.errorString()));
    QCOMPARE(s.round(), 2);
    QVERIFY(s.isModified());
    QVERIFY(s.hasPreviousResponse());
    QCOMPARE(s.previousResponsePath(),
             examples + QStringLiteral("case-dossier-total.response.xml"));
    QCOMPARE(s.previousReportPath(), examples + QStringLiteral("case-dossier-total.report.xml"));
    QVERIFY2(s.followUpProblems().isEmpty(), qPrintable(s.followUpProblems().join('\n')));
    // Six comments and the one kept finding; nothing new in this round yet.
    const ReviewFollowUpModel& m = *s.followUps();
    QCOMPARE(m.rowCount(), 7);
    QCOMPARE(m.openCount(), 7);
    QCOMPARE(s.review().comments.size(), std::size_t(0));

    // Only the draft's title changed: the comment on the whole draft is changed at its place.
    const int whole = rowOf(m, QStringLiteral("ý kiến 6"));
    QVERIFY(whole >= 0);
    QCOMPARE(value(m, whole, ReviewFollowUpModel::PlaceRole).toString(),
             QStringLiteral("Toàn bộ dự thảo"));
    QCOMPARE(value(m, whole, ReviewFollowUpModel::AnswerRole).toString(),
             QStringLiteral("tiep-thu"));
    QCOMPARE(value(m, whole, ReviewFollowUpModel::PlaceChangeRole).toString(),
             QStringLiteral("changed"));
    QCOMPARE(value(m, whole, ReviewFollowUpModel::PlaceChangeLabelRole).toString(),
             QStringLiteral("Đã sửa ở chỗ đó"));
    QVERIFY(!value(m, whole, ReviewFollowUpModel::ChangesRole).toStringList().isEmpty());
    const int task = rowOf(m, QStringLiteral("ý kiến 3"));
    QCOMPARE(value(m, task, ReviewFollowUpModel::PlaceRole).toString(),
             QStringLiteral("Thủ tục P1: Cấp giấy phép hoạt động · Bảng tính hiện hành · công "
                            "việc 3: Nhận kết quả"));
    QCOMPARE(value(m, task, ReviewFollowUpModel::AnswerLabelRole).toString(),
             QStringLiteral("Tiếp thu"));
    QCOMPARE(value(m, task, ReviewFollowUpModel::PlaceChangeRole).toString(),
             QStringLiteral("unchanged"));
    QVERIFY(value(m, task, ReviewFollowUpModel::AnswerTextRole)
                .toString()
                .startsWith(QStringLiteral("Đã ghi căn cứ số liệu của công việc 3")));
    QVERIFY(value(m, task, ReviewFollowUpModel::AnswerPlaceRole)
                .toString()
                .contains(QStringLiteral("công việc 3")));
    const int explained = rowOf(m, QStringLiteral("ý kiến 4"));
    QCOMPARE(value(m, explained, ReviewFollowUpModel::AnswerRole).toString(),
             QStringLiteral("giai-trinh"));
    QCOMPARE(value(m, explained, ReviewFollowUpModel::PlaceChangeRole).toString(),
             QStringLiteral("not-compared"));
    const int finding = rowOf(m, QStringLiteral("phát hiện CPTT-E104"));
    QCOMPARE(finding, 6);
    QCOMPARE(value(m, finding, ReviewFollowUpModel::KindRole).toString(),
             QStringLiteral("finding"));
    QCOMPARE(value(m, finding, ReviewFollowUpModel::StatusRole).toString(), QStringLiteral("open"));
    QCOMPARE(value(m, finding, ReviewFollowUpModel::StatusLabelRole).toString(),
             QStringLiteral("Chưa xem lại"));

    // Closed; reopened without a note: the core's refusal, nothing changed; with one.
    QCOMPARE(s.setFollowUp(whole, QStringLiteral("closed"), {}), QString());
    QCOMPARE(value(m, whole, ReviewFollowUpModel::StatusRole).toString(), QStringLiteral("closed"));
    FollowUp bare{s.review().follow_ups[static_cast<std::size_t>(task)].target,
                  FollowUpStatus::reopened,
                  {},
                  {}};
    const QString refusal =
        QString::fromStdString(follow_up_problem(bare)->message(cptt::bridge::appLanguage()));
    QVERIFY(refusal.contains(QStringLiteral("ý kiến 3 được mở lại")));
    QCOMPARE(s.setFollowUp(task, QStringLiteral("reopened"), QStringLiteral("  ")), refusal);
    QCOMPARE(value(m, task, ReviewFollowUpModel::StatusRole).toString(), QStringLiteral("open"));
    const QString note = QStringLiteral("Căn cứ số liệu vẫn chưa nêu nguồn khảo sát.");
    QCOMPARE(s.setFollowUp(task, QStringLiteral("reopened"), note), QString());
    QCOMPARE(value(m, task, ReviewFollowUpModel::StatusLabelRole).toString(),
             QStringLiteral("Mở lại"));
    QCOMPARE(value(m, task, ReviewFollowUpModel::NoteRole).toString(), note);
    QCOMPARE(m.openCount(), 5);
    QVERIFY(!s.setFollowUp(7, QStringLiteral("closed"), {}).isEmpty());
    QVERIFY(!s.setFollowUp(0, QStringLiteral("done"), {}).isEmpty());

    // This round's own work, then the export: both rounds kept.
    QVERIFY(s.addComment(QStringLiteral("P1"), {}, {}, {}, QStringLiteral("current"), 3,
                         QStringLiteral("Nêu nguồn khảo sát 30 hồ sơ.")) >= 0);
    QCOMPARE(s.setVerdict({}, QStringLiteral("can-bo-sung"), QStringLiteral("Còn một ý kiến.")),
             QString());
    QVERIFY2(s.exportReview(path("r2.review.xml")), qPrintable(s.errorString()));
    QVERIFY(!s.isModified());
    const ReviewLoad saved = load_review_file(path("r2.review.xml").toStdString());
    QVERIFY2(saved.result, saved.result.describe(cptt::Language::en).c_str());
    const Review& r = saved.review;
    QCOMPARE(round_number(r), std::size_t(2));
    QCOMPARE(r.follow_ups.size(), std::size_t(7));
    QCOMPARE(r.follow_ups[static_cast<std::size_t>(whole)].status, FollowUpStatus::closed);
    QCOMPARE(r.follow_ups[static_cast<std::size_t>(task)].status, FollowUpStatus::reopened);
    QCOMPARE(QString::fromStdString(r.follow_ups[static_cast<std::size_t>(task)].note), note);
    QCOMPARE(r.follow_ups[static_cast<std::size_t>(finding)].status, FollowUpStatus::open);
    QCOMPARE(r.comments.size(), std::size_t(1));
    QVERIFY(r.draft_verdict && r.draft_verdict->verdict == Verdict::can_bo_sung);
    const ReviewRound& earlier = r.earlier_rounds[0];
    QCOMPARE(earlier.review.comments.size(), std::size_t(6));
    QVERIFY(earlier.response && earlier.response->entries.size() == 7);
    QCOMPARE(r.report_file, std::string("revised.report.xml"));
  }

  // The saved round 2 reopened alone: its report is found beside it, its follow-ups are back; the
  // report of round 1 is not beside it, so places are not compared.
  void roundTwoReopened() {
    ReviewSession s;
    QVERIFY2(s.openReview(path("r2.review.xml")), qPrintable(s.errorString()));
    QCOMPARE(s.round(), 2);
    QVERIFY(s.hasPreviousResponse());
    QCOMPARE(s.previousResponsePath(), QString());
    QCOMPARE(s.previousReportPath(), QString());
    const ReviewFollowUpModel& m = *s.followUps();
    QCOMPARE(m.rowCount(), 7);
    QCOMPARE(m.openCount(), 5);
    const int task = rowOf(m, QStringLiteral("ý kiến 3"));
    QCOMPARE(value(m, task, ReviewFollowUpModel::StatusRole).toString(),
             QStringLiteral("reopened"));
    QCOMPARE(value(m, rowOf(m, QStringLiteral("ý kiến 6")), ReviewFollowUpModel::PlaceChangeRole)
                 .toString(),
             QStringLiteral("not-compared"));
  }

  void refusedStarts() {
    ReviewSession s;
    // No revised report open yet.
    QVERIFY(!s.openNextRound(examples + QStringLiteral("case-dossier-total.review.xml")));
    QVERIFY(!s.errorString().isEmpty());
    QVERIFY(s.openReport(path("revised.report.xml")));
    // The example response answers round 1, not the saved round 2: the core's CPTT-E305.
    QVERIFY(!s.openNextRound(path("r2.review.xml"),
                             examples + QStringLiteral("case-dossier-total.response.xml")));
    QVERIFY2(s.errorString().contains(QStringLiteral("không trả lời báo cáo thẩm định của vòng "
                                                     "trước")),
             qPrintable(s.errorString()));
    QCOMPARE(s.round(), 1);
    // The response named by hand is the one read.
    const QString copy = path("sent.xml");
    QVERIFY(QFile::copy(examples + QStringLiteral("case-dossier-total.response.xml"), copy));
    QVERIFY2(s.openNextRound(examples + QStringLiteral("case-dossier-total.review.xml"), copy),
             qPrintable(s.errorString()));
    QCOMPARE(s.round(), 2);
    QCOMPARE(s.previousResponsePath(), copy);
    QCOMPARE(s.previousReviewPath(), examples + QStringLiteral("case-dossier-total.review.xml"));
    // The work of the round, then the same previous review with another response: kept.
    QCOMPARE(s.setFollowUp(0, QStringLiteral("closed"), {}), QString());
    QVERIFY(s.addComment({}, {}, {}, {}, {}, -1, QStringLiteral("Còn thiếu bảng so sánh.")) >= 0);
    const int comments = s.comments()->rowCount();
    QVERIFY2(s.openNextRound(s.previousReviewPath(),
                             examples + QStringLiteral("case-dossier-total.response.xml")),
             qPrintable(s.errorString()));
    QCOMPARE(s.previousResponsePath(),
             examples + QStringLiteral("case-dossier-total.response.xml"));
    QCOMPARE(value(*s.followUps(), 0, ReviewFollowUpModel::StatusRole).toString(),
             QStringLiteral("closed"));
    QCOMPARE(s.comments()->rowCount(), comments);
    QVERIFY(s.openReport(path("revised.report.xml")));
    QCOMPARE(s.previousReviewPath(), QString());
    // Round 3 from the saved round 2, not answered yet: every item of round 2 unanswered.
    QVERIFY2(s.openNextRound(path("r2.review.xml")), qPrintable(s.errorString()));
    QCOMPARE(s.round(), 3);
    QVERIFY(!s.hasPreviousResponse());
    const ReviewLoad second = load_review_file(path("r2.review.xml").toStdString());
    QCOMPARE(s.followUps()->rowCount(), static_cast<int>(response_targets(second.review).size()));
    QVERIFY(s.followUps()->rowCount() >= 1);
    QCOMPARE(value(*s.followUps(), 0, ReviewFollowUpModel::AnswerRole).toString(),
             QStringLiteral("unanswered"));
  }

private:
  QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }
  QTemporaryDir dir_;
};

QTEST_MAIN(ReviewRoundsTest)

#include "tst_review_rounds.moc"
