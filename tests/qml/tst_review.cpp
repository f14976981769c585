// QtTest for the reviewer's bridge: ReviewSession and its four models, each
// watched by QAbstractItemModelTester, through the whole flow: open a report the core exported,
// see it intact; open a copy altered after export, see the digest mismatch and the recompute
// discrepancy with both values; filter, select, comment, decide, give verdicts, export the review
// and its summary, reopen it and find everything restored; the drafter reads the comments.
#include "appsettings.h"
#include "reviewcommentmodel.h"
#include "reviewfiguremodel.h"
#include "reviewfindingmodel.h"
#include "reviewsession.h"
#include "reviewverdictmodel.h"
#include "reviewviews.h"
#include "tst_review_support.h"

#include "forms.h"

#include "cptt/review/review_rounds.h"
#include "cptt/review/review_signature.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QVariant value(const QAbstractItemModel& m, int row, int role) {
  return m.data(m.index(row, 0), role);
}

// The first row of `m` whose `role` is `wanted`, or -1.
int find(const QAbstractItemModel& m, int role, const QVariant& wanted) {
  for (int i = 0; i < m.rowCount(); ++i)
    if (value(m, i, role) == wanted)
      return i;
  return -1;
}

} // namespace

class ReviewTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    QVERIFY2(ReferenceLibrary::instance()->loaded(),
             qPrintable(ReferenceLibrary::instance()->errorString()));
    QVERIFY(review_test::writeReports(dir_.path()));
  }

  void intactReportMatchesAndHasNoDiscrepancy() {
    ReviewSession s;
    QAbstractItemModelTester t1(s.findings(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(s.openReport(path("total.report.xml")), qPrintable(s.errorString()));
    QVERIFY(s.isOpen() && s.hasReport());
    QCOMPARE(s.integrityStatus(), QStringLiteral("matches"));
    QCOMPARE(s.discrepancyCount(), 0);
    QCOMPARE(s.title(), QString::fromStdString(s.checked()->dossier.draft.title));
    QCOMPARE(s.findings()->rowCount(), static_cast<int>(s.checked()->findings().size()));
    QVERIFY(s.findings()->rowCount() > 0);
    QCOMPARE(find(*s.findings(), ReviewFindingModel::CodeRole, QStringLiteral("CPTT-E201")), -1);
    QCOMPARE(s.procedureChoices().size(), 3);
    QCOMPARE(s.suggestedReviewPath(), path("total.review.xml"));
  }

  // The views QML binds to follow the session: a comment added or removed, a verdict given,
  // another report opened, the session closed; no counter to read.
  void viewsFollowTheSession() {
    ReviewSession s;
    ReviewCommentsAt at;
    at.setProperty("procedureId", QStringLiteral("P1"));
    at.setProperty("worksheet", QStringLiteral("current"));
    at.setProperty("task", 2);
    ReviewOfProcedure p1;
    p1.setProperty("procedureId", QStringLiteral("P1"));
    at.setSession(&s);
    p1.setSession(&s);
    QCOMPARE(at.comments().size(), 0);
    QVERIFY(s.openReport(path("total.report.xml")));
    QSignalSpy told(&at, &ReviewView::changed);
    QCOMPARE(s.addComment(QStringLiteral("P1"), {}, {}, {}, QStringLiteral("current"), 2,
                          QStringLiteral("Chưa có căn cứ.")),
             0);
    QVERIFY(!told.isEmpty());
    QCOMPARE(at.comments().size(), 1);
    QCOMPARE(p1.commentCount(), 1);
    QCOMPARE(s.setVerdict(QStringLiteral("P1"), QStringLiteral("dat"), {}), QString());
    QCOMPARE(p1.verdictId(), QStringLiteral("dat"));
    s.removeComment(0);
    QCOMPARE(at.comments().size(), 0);
    QCOMPARE(p1.commentCount(), 0);
    s.close();
    QCOMPARE(p1.verdictId(), QString());
  }

  void unreadableReportBecomesError() {
    ReviewSession s;
    QSignalSpy errors(&s, &ReviewSession::errorOccurred);
    QVERIFY(!s.openReport(path("nowhere.report.xml")));
    QCOMPARE(errors.count(), 1);
    QVERIFY(s.errorString().contains(QStringLiteral("nowhere.report.xml")));
    QVERIFY(!s.isOpen());
  }

  void reviewerFlowExportAndReopen() {
    ReviewSession s;
    using Tester = QAbstractItemModelTester;
    Tester t1(s.findings(), Tester::FailureReportingMode::QtTest);
    Tester t2(s.comments(), Tester::FailureReportingMode::QtTest);
    Tester t3(s.verdicts(), Tester::FailureReportingMode::QtTest);
    Tester t4(s.figures(), Tester::FailureReportingMode::QtTest);
    QVERIFY2(s.openReport(path("tampered.report.xml")), qPrintable(s.errorString()));

    // Integrity: changed after export; the recompute names the altered figure with both values.
    QCOMPARE(s.integrityStatus(), QStringLiteral("mismatch"));
    QVERIFY(s.integrityText().contains(QStringLiteral("thay đổi sau khi xuất")));
    QVERIFY(s.discrepancyCount() >= 1);
    ReviewFindingModel& f = *s.findings();
    QVERIFY(find(f, ReviewFindingModel::CodeRole, QStringLiteral("CPTT-E201")) >= 0);
    const int row = find(f, ReviewFindingModel::CodeRole, QStringLiteral("CPTT-E213"));
    QVERIFY(row >= 0);
    QCOMPARE(value(f, row, ReviewFindingModel::ProcedureIdRole).toString(), QStringLiteral("P1"));
    QVERIFY(value(f, row, ReviewFindingModel::HasDiscrepancyRole).toBool());
    QCOMPARE(value(f, row, ReviewFindingModel::DeclaredRole).toString(),
             QStringLiteral("3.750.000.001"));
    QCOMPARE(value(f, row, ReviewFindingModel::RecomputedRole).toString(),
             QStringLiteral("3.750.000.000"));
    QCOMPARE(value(f, row, ReviewFindingModel::DifferenceRole).toString(), QStringLiteral("1"));
    const int e213 = value(f, row, ReviewFindingModel::FindingIndexRole).toInt();

    // Filters: errors only, then P1 only, then the whole draft only.
    const int all = f.rowCount();
    f.setSeverityFilter(QStringLiteral("error"));
    QVERIFY(f.rowCount() < all && f.rowCount() > 0);
    for (int i = 0; i < f.rowCount(); ++i)
      QCOMPARE(value(f, i, ReviewFindingModel::SeverityRole).toString(), QStringLiteral("error"));
    f.setProcedureFilter(QStringLiteral("P1"));
    for (int i = 0; i < f.rowCount(); ++i)
      QCOMPARE(value(f, i, ReviewFindingModel::ProcedureIdRole).toString(), QStringLiteral("P1"));
    QVERIFY(f.rowOf(e213) >= 0);
    f.setProcedureFilter(QStringLiteral("-"));
    QCOMPARE(f.rowOf(e213), -1);
    f.setSeverityFilter({});
    f.setProcedureFilter({});
    QCOMPARE(f.rowCount(), all);

    // Selecting the finding shows P1's figures with the altered one highlighted and focused.
    s.selectFinding(e213);
    QCOMPARE(s.selectedProcedureId(), QStringLiteral("P1"));
    ReviewFigureModel& fig = *s.figures();
    const int focused = fig.focusedRow();
    QVERIFY(focused >= 0);
    QCOMPARE(value(fig, focused, ReviewFigureModel::FieldRole).toString(),
             QStringLiteral("annual"));
    QCOMPARE(value(fig, focused, ReviewFigureModel::WorksheetRole).toString(),
             QStringLiteral("current"));
    QVERIFY(value(fig, focused, ReviewFigureModel::DiscrepantRole).toBool());
    QVERIFY(value(fig, focused, ReviewFigureModel::FocusedRole).toBool());
    QCOMPARE(value(fig, focused, ReviewFigureModel::DeclaredRole).toString(),
             QStringLiteral("3.750.000.001 đ"));
    QCOMPARE(value(fig, focused, ReviewFigureModel::RecomputedRole).toString(),
             QStringLiteral("3.750.000.000 đ"));
    QCOMPARE(fig.discrepancyCount(), 1);
    const int tasks = find(fig, ReviewFigureModel::FieldRole, QStringLiteral("tasks-total"));
    QVERIFY(tasks >= 0 && !value(fig, tasks, ReviewFigureModel::DiscrepantRole).toBool());
    s.setSelectedProcedureId({});
    QVERIFY(find(fig, ReviewFigureModel::FieldRole, QStringLiteral("net-change")) >= 0);

    // Decisions: dismissing needs a reason.
    const int w = value(f, find(f, ReviewFindingModel::SeverityRole, QStringLiteral("warning")),
                        ReviewFindingModel::FindingIndexRole)
                      .toInt();
    QVERIFY(!s.setFindingStatus(w, QStringLiteral("dismissed"), QStringLiteral("  ")).isEmpty());
    QCOMPARE(
        s.setFindingStatus(w, QStringLiteral("dismissed"), QStringLiteral("Có báo giá kèm theo")),
        QString());
    QCOMPARE(s.setFindingStatus(e213, QStringLiteral("agreed"), {}), QString());
    QVERIFY(s.isModified());

    // Comments at a worksheet row and at a form field; verdicts.
    s.setReviewerName(QStringLiteral("Nguyễn Thị Thẩm Định"));
    s.setReviewerBody(QStringLiteral("Sở Tư pháp"));
    QCOMPARE(s.addComment(QStringLiteral("P1"), {}, {}, {}, QStringLiteral("current"), 2,
                          QStringLiteral("Số giờ công việc 2 chưa có căn cứ.")),
             0);
    QCOMPARE(s.addComment(QStringLiteral("P2"), QStringLiteral("tt03-2022-02"),
                          QStringLiteral("necessity"), QStringLiteral("necessity.q1"), {}, 0,
                          QStringLiteral("Cần nêu rõ sự cần thiết.")),
             1);
    QCOMPARE(s.addComment({}, {}, {}, {}, {}, 0, QStringLiteral("Bổ sung phần tổng hợp.")), 2);
    QCOMPARE(s.addComment(QStringLiteral("P1"), {}, {}, {}, {}, 0, QStringLiteral("   ")), -1);
    ReviewCommentModel& c = *s.comments();
    QCOMPARE(c.rowCount(), 3);
    c.setProcedureFilter(QStringLiteral("P1"));
    QCOMPARE(c.rowCount(), 1);
    QCOMPARE(value(c, 0, ReviewCommentModel::WorksheetRole).toString(), QStringLiteral("current"));
    QCOMPARE(value(c, 0, ReviewCommentModel::TaskRole).toInt(), 2);
    // The place in words, named by the core as in the printed table and cptt respond.
    QCOMPARE(
        value(c, 0, ReviewCommentModel::PlaceRole).toString(),
        QStringLiteral(
            "Thủ tục P1: Cấp giấy phép hoạt động · Bảng tính hiện hành · công việc 2: Nộp hồ sơ "
            "trực tiếp"));
    const QVariantList places = s.commentPlaces(QStringLiteral("P1"));
    QVERIFY(places.size() > 10);
    QCOMPARE(places.front().toMap().value(QStringLiteral("depth")).toInt(), 0);
    // The picker's labels are the core's (review/place_names.h), in the app's language.
    QCOMPARE(places.front().toMap().value(QStringLiteral("label")).toString(),
             QStringLiteral("Cả thủ tục: Cấp giấy phép hoạt động"));
    const auto labelAt = [&](const QVariantList& list, const QString& section) {
      for (const QVariant& v : list)
        if (v.toMap().value(QStringLiteral("section")).toString() == section &&
            v.toMap().value(QStringLiteral("field")).toString().isEmpty())
          return v.toMap().value(QStringLiteral("label")).toString();
      return QString();
    };
    QVERIFY2(labelAt(places, QStringLiteral("legal-basis"))
                 .startsWith(QStringLiteral("Mẫu 03/ĐGTĐ-QĐCT/SĐBS · I. Căn cứ pháp lý")),
             qPrintable(labelAt(places, QStringLiteral("legal-basis"))));
    AppSettings::instance()->setLanguage(QStringLiteral("en"));
    const QVariantList placesEn = s.commentPlaces(QStringLiteral("P1"));
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
    QCOMPARE(placesEn.size(), places.size());
    QCOMPARE(placesEn.front().toMap().value(QStringLiteral("label")).toString(),
             QStringLiteral("Whole procedure: Cấp giấy phép hoạt động"));
    QVERIFY2(labelAt(placesEn, QStringLiteral("legal-basis"))
                 .startsWith(QStringLiteral("Form 03/ĐGTĐ-QĐCT/SĐBS · I. Legal basis")),
             qPrintable(labelAt(placesEn, QStringLiteral("legal-basis"))));
    QVERIFY(s.commentPlaces(QStringLiteral("P9")).isEmpty());
    const QVariantList atTask =
        s.commentsAt(QStringLiteral("P1"), {}, {}, QStringLiteral("current"), 2);
    QCOMPARE(atTask.size(), 1);
    QCOMPARE(atTask.front().toMap().value(QStringLiteral("index")).toInt(), 0);
    QVERIFY(s.commentsAt(QStringLiteral("P1"), {}, {}, QStringLiteral("current"), 1).isEmpty());
    QVERIFY(s.commentsAt(QStringLiteral("P1"), {}, {}, QStringLiteral("proposed"), 2).isEmpty());
    // A place the dossier no longer has is still described, from the anchor itself.
    const int stale = s.addComment(QStringLiteral("P1"), {}, {}, {}, QStringLiteral("current"), 9,
                                   QStringLiteral("Công việc đã bị xoá?"));
    QCOMPARE(
        s.placeLabel(stale),
        QStringLiteral("Thủ tục P1: Cấp giấy phép hoạt động · Bảng tính hiện hành · công việc 9"));
    s.removeComment(stale);
    c.setProcedureFilter(QStringLiteral("-"));
    QCOMPARE(c.rowCount(), 1);
    QCOMPARE(value(c, 0, ReviewCommentModel::TextRole).toString(),
             QStringLiteral("Bổ sung phần tổng hợp."));
    c.setProcedureFilter({});

    QVERIFY(!s.setVerdict(QStringLiteral("P1"), QStringLiteral("tot"), {}).isEmpty());
    QCOMPARE(s.setVerdict(QStringLiteral("P1"), QStringLiteral("khong-dat"),
                          QStringLiteral("Số liệu bị sửa sau khi xuất.")),
             QString());
    QCOMPARE(s.setVerdict({}, QStringLiteral("can-bo-sung"), QStringLiteral("Trả lại để bổ sung.")),
             QString());
    ReviewVerdictModel& v = *s.verdicts();
    QCOMPARE(v.rowCount(), 4); // the draft, then P1, P2, P3
    QCOMPARE(value(v, 0, ReviewVerdictModel::VerdictRole).toString(),
             QStringLiteral("can-bo-sung"));
    QCOMPARE(value(v, 1, ReviewVerdictModel::VerdictLabelRole).toString(),
             QStringLiteral("Không đạt"));
    QCOMPARE(value(v, 2, ReviewVerdictModel::VerdictRole).toString(), QString());

    // Export the review and its printable summary.
    const QString reviewFile = path("tampered.review.xml");
    QCOMPARE(s.suggestedReviewPath(), reviewFile);
    QVERIFY2(s.exportReview(reviewFile), qPrintable(s.errorString()));
    QVERIFY(!s.isModified());
    QVERIFY2(s.exportSummary(s.summaryPathFor(reviewFile)), qPrintable(s.errorString()));
    QCOMPARE(s.lastSummaryPath(), path("tampered.review.html"));
    QFile html(s.lastSummaryPath());
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    QVERIFY(page.contains(QStringLiteral("Số liệu bị sửa sau khi xuất.")));
    QVERIFY(page.contains(QStringLiteral("Số giờ công việc 2 chưa có căn cứ.")));
    // In English mode the app's summary is the core's English page; what people wrote stays.
    AppSettings::instance()->setLanguage(QStringLiteral("en"));
    QVERIFY2(s.exportSummary(path("tampered-en.review.html")), qPrintable(s.errorString()));
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
    QFile english(path("tampered-en.review.html"));
    QVERIFY(english.open(QIODevice::ReadOnly));
    const QString englishPage = QString::fromUtf8(english.readAll());
    QVERIFY(englishPage.contains(QStringLiteral("<html lang=\"en\">")));
    QVERIFY(englishPage.contains(QStringLiteral("Findings of the checks")));
    QVERIFY(!englishPage.contains(QStringLiteral("Các phát hiện khi kiểm tra")));
    QVERIFY(englishPage.contains(QStringLiteral("Số liệu bị sửa sau khi xuất.")));

    // Reopen in a fresh session: the report is found next to the review; everything is back.
    ReviewSession r;
    Tester t5(r.findings(), Tester::FailureReportingMode::QtTest);
    Tester t6(r.verdicts(), Tester::FailureReportingMode::QtTest);
    QVERIFY2(r.openReview(reviewFile), qPrintable(r.errorString()));
    QCOMPARE(r.reportPath(), path("tampered.report.xml"));
    QCOMPARE(r.integrityStatus(), QStringLiteral("mismatch"));
    QCOMPARE(r.reviewerName(), QStringLiteral("Nguyễn Thị Thẩm Định"));
    QCOMPARE(r.findings()->rowCount(), all);
    QCOMPARE(r.review().findings[static_cast<std::size_t>(w)].status,
             cptt::review::FindingStatus::dismissed);
    QCOMPARE(QString::fromStdString(r.review().findings[static_cast<std::size_t>(w)].reason),
             QStringLiteral("Có báo giá kèm theo"));
    QCOMPARE(
        value(*r.findings(), r.findings()->rowOf(e213), ReviewFindingModel::StatusRole).toString(),
        QStringLiteral("agreed"));
    QCOMPARE(r.comments()->rowCount(), 3);
    QCOMPARE(r.verdictFor(QStringLiteral("P1")).value(QStringLiteral("verdict")).toString(),
             QStringLiteral("khong-dat"));
    QCOMPARE(r.verdictFor({}).value(QStringLiteral("summary")).toString(),
             QStringLiteral("Trả lại để bổ sung."));
    QVERIFY(!r.isModified());

    // The same review does not belong to the intact report.
    ReviewSession other;
    QVERIFY(other.openReport(path("total.report.xml")));
    QVERIFY(!other.openReview(reviewFile));
    QVERIFY(other.errorString().contains(QStringLiteral("báo cáo khác")));

    // The drafter: the review alone, the comments per procedure at their places.
    ReviewSession drafter;
    Tester t7(drafter.comments(), Tester::FailureReportingMode::QtTest);
    Tester t8(drafter.verdicts(), Tester::FailureReportingMode::QtTest);
    QVERIFY2(drafter.openReviewForDossier(reviewFile), qPrintable(drafter.errorString()));
    QVERIFY(!drafter.hasReport());
    QCOMPARE(drafter.integrityStatus(), QString());
    // Not signed: the drafter is told that it proves nothing (the core's sentence).
    QCOMPARE(drafter.reviewAssurance(), QStringLiteral("unproven"));
    QVERIFY2(drafter.reviewSignatureText().contains(QStringLiteral("không có chữ ký số")),
             qPrintable(drafter.reviewSignatureText()));
    QCOMPARE(drafter.comments()->countFor(QStringLiteral("P1")), 1);
    QCOMPARE(drafter.comments()->countFor(QStringLiteral("P2")), 1);
    QCOMPARE(drafter.comments()->countFor(QString()), 1);
    drafter.comments()->setProcedureFilter(QStringLiteral("P2"));
    QCOMPARE(value(*drafter.comments(), 0, ReviewCommentModel::FieldRole).toString(),
             QStringLiteral("necessity.q1"));
    QCOMPARE(value(*drafter.comments(), 0, ReviewCommentModel::FormIdRole).toString(),
             QStringLiteral("tt03-2022-02"));
    QCOMPARE(drafter.verdicts()->rowCount(), 2); // the draft and P1
    QCOMPARE(value(*drafter.verdicts(), 1, ReviewVerdictModel::ProcedureIdRole).toString(),
             QStringLiteral("P1"));

    // Removing a comment.
    drafter.comments()->setProcedureFilter({});
    drafter.removeComment(0);
    QCOMPARE(drafter.comments()->rowCount(), 2);
  }

  // A signed review (the test PKI of the core's signature tests): the drafter sees who signed it,
  // checked against the trust folder the app is set to; a stranger's signature is not confirmed.
  void drafterSeesWhoSignedTheReview() {
    const QString pki = dir_.filePath(QStringLiteral("pki"));
    const QString script = QStringLiteral(CPTT_DATA_DIR "/../tests/signature/make_test_pki.sh");
    QCOMPARE(QProcess::execute(script, {pki}), 0);
    ReviewSession reviewer;
    QVERIFY2(reviewer.openReport(path("total.report.xml")), qPrintable(reviewer.errorString()));
    const auto sign = [&](const char* key, const char* name) {
      const cptt::SignOutcome out = cptt::review::sign_review(
          reviewer.review(), {(pki + QLatin1Char('/') + key).toStdString(), "mật khẩu"});
      QFile file(path(name));
      return out.error.empty() && file.open(QIODevice::WriteOnly) &&
             file.write(out.text.data(), static_cast<qint64>(out.text.size())) ==
                 static_cast<qint64>(out.text.size());
    };
    QVERIFY(sign("signer.p12", "signed.review.xml"));
    QVERIFY(sign("stranger.p12", "stranger.review.xml"));

    AppSettings::instance()->setTrustFolder(pki + QStringLiteral("/trust"));
    ReviewSession drafter;
    QVERIFY2(drafter.openReviewForDossier(path("signed.review.xml")),
             qPrintable(drafter.errorString()));
    QCOMPARE(drafter.reviewAssurance(), QStringLiteral("signed"));
    QVERIFY2(drafter.reviewSignatureText().startsWith(
                 QStringLiteral("Ký số bởi Bộ Tư pháp — Nguyễn Văn An lúc ")),
             qPrintable(drafter.reviewSignatureText()));
    QVERIFY(drafter.openReviewForDossier(path("stranger.review.xml")));
    QCOMPARE(drafter.reviewAssurance(), QStringLiteral("unproven"));
    QVERIFY2(drafter.reviewSignatureText().contains(QStringLiteral("Tổ chức lạ — Người lạ")),
             qPrintable(drafter.reviewSignatureText()));
    // Changed after signing: the signature no longer matches.
    QFile signedFile(path("signed.review.xml"));
    QVERIFY(signedFile.open(QIODevice::ReadOnly));
    QByteArray bytes = signedFile.readAll();
    signedFile.close();
    QVERIFY(bytes.contains("status=\"open\""));
    bytes.replace("status=\"open\"", "status=\"agreed\"");
    QFile changed(path("changed.review.xml"));
    QVERIFY(changed.open(QIODevice::WriteOnly) && changed.write(bytes) == bytes.size());
    changed.close();
    QVERIFY(drafter.openReviewForDossier(path("changed.review.xml")));
    QCOMPARE(drafter.reviewAssurance(), QStringLiteral("changed"));
    AppSettings::instance()->setTrustFolder(QString());
    // The reviewer's side has no returned review.
    QCOMPARE(reviewer.reviewAssurance(), QString());
    // Reopened by the reviewer and saved again, it is unsigned and says no signing time.
    QVERIFY2(reviewer.openReview(path("signed.review.xml")), qPrintable(reviewer.errorString()));
    QVERIFY(!reviewer.review().signing_time.empty());
    QVERIFY(reviewer.exportReview(path("resaved.review.xml")));
    QFile resaved(path("resaved.review.xml"));
    QVERIFY(resaved.open(QIODevice::ReadOnly));
    const QByteArray again = resaved.readAll();
    QVERIFY(!again.contains("signing-time") && !again.contains("Signature"));
  }

  // A round-2 review (review_rounds.h) opened in the reviewer mode and saved again keeps its
  // earlier round, the drafter's answers kept with it and its follow-ups, and the reviewer's new
  // work is added to the current round only.
  void roundTwoReviewKeepsItsRoundsWhenSaved() {
    using namespace cptt::review;
    const ReviewContext context{&ReferenceLibrary::instance()->data(),
                                &cptt::bridge::formCatalog()};
    const ReportReview checked =
        review_report_file(path("total.report.xml").toStdString(), context);
    QVERIFY(checked.loaded());
    Review first = make_review(checked);
    first.comments.push_back({{"P1", {}, {}, {}, {}, 0},
                              "Người thẩm định",
                              "2026-11-29",
                              "Nêu căn cứ số liệu của thủ tục.",
                              {}});
    Response answers = make_response(first, "r1.review.xml");
    answers.set_entry({ResponseTarget::of_comment(1),
                       ResponseResult::giai_trinh,
                       "Số liệu lấy từ báo cáo năm 2025 của Sở.",
                       std::nullopt,
                       {}});
    RoundStart next = start_next_round(first, checked, &answers);
    QVERIFY(next);
    QCOMPARE(next.review.follow_ups.size(), std::size_t(1));
    next.review.follow_ups[0].status = FollowUpStatus::closed;
    QVERIFY(save_review_file(next.review, path("r2.review.xml").toStdString()).empty());

    ReviewSession reviewer;
    QVERIFY2(reviewer.openReview(path("r2.review.xml")), qPrintable(reviewer.errorString()));
    QCOMPARE(
        reviewer.setVerdict(QString(), QStringLiteral("dat"), QStringLiteral("Đã tiếp thu đủ.")),
        QString());
    QVERIFY(reviewer.addComment(QStringLiteral("P2"), {}, {}, {}, {}, 0,
                                QStringLiteral("Ý kiến mới của vòng 2.")) >= 0);
    QVERIFY2(reviewer.exportReview(path("r2-saved.review.xml")),
             qPrintable(reviewer.errorString()));
    const ReviewLoad saved = load_review_file(path("r2-saved.review.xml").toStdString());
    QVERIFY2(saved.result, saved.result.describe(cptt::Language::en).c_str());
    QCOMPARE(round_number(saved.review), std::size_t(2));
    const ReviewRound& earlier = saved.review.earlier_rounds[0];
    QCOMPARE(earlier.review.comments.size(), std::size_t(1));
    QCOMPARE(earlier.review.comments[0].text, first.comments[0].text);
    QVERIFY(!earlier.review.draft_verdict);
    QVERIFY(earlier.response && earlier.response->entries.size() == 1);
    QCOMPARE(earlier.response->entries[0].text, answers.entries[0].text);
    QCOMPARE(saved.review.follow_ups.size(), std::size_t(1));
    QCOMPARE(saved.review.follow_ups[0].status, FollowUpStatus::closed);
    QVERIFY(saved.review.draft_verdict && saved.review.draft_verdict->summary == "Đã tiếp thu đủ.");
    QCOMPARE(saved.review.comments.size(), std::size_t(1));
    QCOMPARE(saved.review.comments[0].text, std::string("Ý kiến mới của vòng 2."));
  }

private:
  QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }
  QTemporaryDir dir_;
};

QTEST_MAIN(ReviewTest)

#include "tst_review.moc"
