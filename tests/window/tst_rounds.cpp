// The reviewer's second round in the real cptt-app window (Xvfb, xcb, real mouse and key events,
// the real file dialogs): the drafter's revised report (the worked example with its title
// changed, exported by cptt) opened in the reviewer mode; the example review of round 1 opened as
// the previous review, its response and the report it reviewed beside it; the follow-ups show the
// drafter's answers and the one place that changed; one item closed, one reopened (refused
// without a note, with the core's message, then with one); the review of round 2 exported and
// its file checked.
#include "journey.h"

#include <QFile>

using cptt::window::Journey;

namespace {

const QString examples = QStringLiteral(CPTT_DATA_DIR "/examples");
const QString cli = QStringLiteral(CPTT_CLI);

} // namespace

#define STEP(ok, what) JOURNEY_STEP(j, ok, what)

class RoundJourney : public QObject {
  Q_OBJECT

  Journey j;

  QString path(const QString& name) const { return j.path(name); }
  bool clickName(const QString& name) { return j.clickName(name); }
  bool clickText(const QString& text, bool contains = false) { return j.clickText(text, contains); }
  bool shows(const QString& text, int timeout = 3000) { return j.shows(text, timeout); }
  bool copyExample(const QString& from, const QString& to) {
    QFile::remove(path(to));
    return QFile::copy(examples + from, path(to));
  }

private slots:
  void initTestCase() { QVERIFY2(j.start(), "the app did not start under xcb"); }

  void reviewerFollowsUpTheRevisedReport() {
    // Round 1 as the reviewer keeps it: the review, the report it reviewed, the response.
    QVERIFY(copyExample(QStringLiteral("/review/case-dossier-total.review.xml"),
                        QStringLiteral("case-dossier-total.review.xml")));
    QVERIFY(copyExample(QStringLiteral("/review/case-dossier-total.report.xml"),
                        QStringLiteral("case-dossier-total.report.xml")));
    QVERIFY(copyExample(QStringLiteral("/review/case-dossier-total.response.xml"),
                        QStringLiteral("case-dossier-total.response.xml")));
    // The drafter's revision: the draft's title changed, exported again.
    QFile original(examples + QStringLiteral("/case-dossier-total.cptt.xml"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    const QByteArray title = "(ví dụ minh họa: tổng hợp hồ sơ)<";
    QVERIFY(text.contains(title));
    text.replace(title, "(ví dụ minh họa: tổng hợp hồ sơ, lần 2)<");
    QFile revised(path(QStringLiteral("revised.cptt.xml")));
    QVERIFY(revised.open(QIODevice::WriteOnly) && revised.write(text) == text.size());
    revised.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cli, {QStringLiteral("export"), revised.fileName(), QStringLiteral("-o"),
                  path(QStringLiteral("revised.report.xml"))});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(QFile::exists(path(QStringLiteral("revised.report.xml"))), p.readAll().constData());

    STEP(clickName(QStringLiteral("Thẩm định báo cáo đã xuất")), "reviewer mode");
    STEP(clickText(QStringLiteral("Mở báo cáo…")), "open a report");
    STEP(j.ui->openInFileDialog(QStringLiteral("revised.report.xml"), j.dir.path()),
         "report dialog");
    STEP(shows(QStringLiteral("lần 2"), 8000), "the revised report");
    STEP(j.ui->byText(QStringLiteral("Vòng 1")), "round 1 before the previous review");
    STEP(clickText(QStringLiteral("Vòng trước ("), true), "the previous round's tab");
    STEP(clickText(QStringLiteral("Mở bản thẩm định vòng trước…")), "open the previous review");
    STEP(j.ui->openInFileDialog(QStringLiteral("case-dossier-total.review.xml"), j.dir.path()),
         "previous review dialog");
    STEP(j.ui->byText(QStringLiteral("Vòng 2"), 8000), "round 2");
    STEP(shows(QStringLiteral("Còn 7 trên 7 mục chưa xem lại")), "seven items to follow up");
    STEP(shows(QStringLiteral("case-dossier-total.response.xml")), "the response beside it");
    // Only the title changed: one place changed, the comment on the whole draft.
    STEP(j.ui->findAll({.text = QStringLiteral("Đã sửa ở chỗ đó"),
                        .type = QStringLiteral("QQuickText"),
                        .contains = true})
                 .size() == 1,
         "one place changed");
    STEP(clickName(QStringLiteral("Đóng mục 6")), "close item 6");
    STEP(shows(QStringLiteral("Còn 6 trên 7 mục chưa xem lại")), "item 6 closed");
    // Reopened without a note: the core's refusal shows beside the item.
    STEP(clickName(QStringLiteral("Mở lại mục 3")), "reopen item 3 without a note");
    STEP(shows(QStringLiteral("ý kiến 3 được mở lại nhưng không có ghi chú")), "refused");
    STEP(shows(QStringLiteral("Còn 6 trên 7 mục chưa xem lại")), "nothing changed");
    STEP(j.ui->type(j.ui->field(QStringLiteral("Ghi chú cho mục 3")),
                    QStringLiteral("Chưa nêu nguồn khảo sát.")),
         "a note");
    STEP(clickName(QStringLiteral("Mở lại mục 3")), "reopen item 3 with the note");
    STEP(shows(QStringLiteral("Còn 5 trên 7 mục chưa xem lại")), "item 3 reopened");

    STEP(clickText(QStringLiteral("Xuất tệp thẩm định (XML)…")), "export the review");
    STEP(j.ui->saveInFileDialog(QStringLiteral("round2.review.xml"), j.dir.path()), "save dialog");
    STEP(j.ui->clickPopupButton(QStringLiteral("Đóng")), "the export notice");
    QFile saved(path(QStringLiteral("round2.review.xml")));
    QTRY_VERIFY(saved.exists());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(saved.readAll());
    QVERIFY2(xml.contains(QStringLiteral("<earlier-rounds>")), qPrintable(xml.left(3000)));
    QVERIFY2(xml.contains(QStringLiteral("<follow-up comment=\"6\" status=\"closed\" />")),
             qPrintable(xml.right(3000)));
    QVERIFY2(xml.contains(QStringLiteral("<follow-up comment=\"3\" status=\"reopened\">")),
             qPrintable(xml.right(3000)));
    QVERIFY2(xml.contains(QStringLiteral("Chưa nêu nguồn khảo sát.")), qPrintable(xml.right(3000)));
    STEP(clickName(QStringLiteral("Về trang đầu")), "back to the start page");
    QVERIFY(j.window->isVisible());
  }
};

QTEST_MAIN(RoundJourney)
#include "tst_rounds.moc"
