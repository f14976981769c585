// One draft through two rounds of appraisal in the real cptt-app window (Xvfb, xcb, real mouse and
// key events, the real file dialogs), each step taking the files the one before made: the
// reviewer comments on the exported report and returns the review; the drafter opens it with the
// dossier, takes the comment in, revises the draft, exports the revised report and saves the
// answers beside the review; the reviewer opens the revised report with the previous review,
// sees the drafter's answer and that its place changed, what changed since round 1, closes the
// comment and returns round 2.
#include "journey.h"

#include <QFile>

using cptt::window::Journey;

namespace {

const QString examples = QStringLiteral(CPTT_DATA_DIR "/examples");
const QString comment = QStringLiteral("Cần ghi rõ phạm vi của dự thảo trong tên.");
const QString answer = QStringLiteral("Đã ghi rõ phạm vi trong tên dự thảo.");

QString read(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

#define STEP(ok, what) JOURNEY_STEP(j, ok, what)

class TwoRounds : public QObject {
  Q_OBJECT

  Journey j;

  bool tab(const QString& text, bool contains = false) const {
    return j.ui->click(j.ui->find(
        {.text = text, .type = QStringLiteral("QQuickTabButton"), .contains = contains}));
  }
  QObject* document() const {
    for (QObject* o : j.window->findChildren<QObject*>())
      if (o->inherits("DossierDocument") && !o->property("readOnly").toBool())
        return o;
    return nullptr;
  }

private slots:
  void initTestCase() {
    QVERIFY2(j.start(), "the app did not start under xcb");
    const QString dossier = j.path(QStringLiteral("draft.cptt.xml"));
    QVERIFY(QFile::copy(examples + QStringLiteral("/case-dossier-total.cptt.xml"), dossier));
    QFile::setPermissions(dossier, QFile::ReadOwner | QFile::WriteOwner);
    const QString out = Journey::run(QStringLiteral(CPTT_CLI),
                                     {QStringLiteral("export"), dossier, QStringLiteral("-o"),
                                      j.path(QStringLiteral("draft.report.xml"))});
    QVERIFY2(QFile::exists(j.path(QStringLiteral("draft.report.xml"))), qPrintable(out));
  }

  void reviewerReturnsRoundOne() {
    STEP(j.clickName(QStringLiteral("Thẩm định báo cáo đã xuất")), "reviewer mode");
    STEP(j.clickText(QStringLiteral("Mở báo cáo…")), "open a report");
    STEP(j.ui->openInFileDialog(QStringLiteral("draft.report.xml"), j.dir.path()), "report dialog");
    STEP(j.shows(QStringLiteral("Phát hiện ("), 8000), "the findings");
    STEP(tab(QStringLiteral("Ý kiến ("), true), "comments tab");
    STEP(j.typeInto(QStringLiteral("Nội dung ý kiến"), comment), "the comment");
    STEP(j.clickText(QStringLiteral("Thêm ý kiến")), "add the comment");
    STEP(tab(QStringLiteral("Kết luận")), "verdict tab");
    STEP(j.typeInto(QStringLiteral("Người thẩm định"), QStringLiteral("Trần Thẩm Định")), "name");
    STEP(j.clickText(QStringLiteral("Xuất tệp thẩm định (XML)…")), "export the review");
    STEP(j.ui->saveInFileDialog(QStringLiteral("draft.review.xml"), j.dir.path()), "save dialog");
    STEP(j.ui->clickPopupButton(QStringLiteral("Đóng")), "the export notice");
    QTRY_VERIFY(read(j.path(QStringLiteral("draft.review.xml"))).contains(comment));
    STEP(j.clickName(QStringLiteral("Về trang đầu")), "back to the start page");
  }

  void drafterAnswersAndResubmits() {
    STEP(j.clickName(QStringLiteral("Mở hồ sơ")), "open");
    STEP(j.ui->openInFileDialog(QStringLiteral("draft.cptt.xml"), j.dir.path()), "open dialog");
    QObject* doc = document();
    QVERIFY(doc);
    QTRY_VERIFY(doc->property("isOpen").toBool());
    STEP(j.clickName(QStringLiteral("Mở ý kiến thẩm định trả về cho hồ sơ này")),
         "returned review");
    STEP(j.ui->openInFileDialog(QStringLiteral("draft.review.xml"), j.dir.path()), "review dialog");
    STEP(j.clickName(QStringLiteral("Tiếp thu, giải trình ý kiến thẩm định")), "answer it");
    STEP(j.shows(QStringLiteral("1/1 chưa trả lời"), 8000), "the one comment unanswered");
    STEP(j.clickName(QStringLiteral("Tiếp thu ý kiến 1")), "take it in");
    STEP(j.typeInto(QStringLiteral("Nội dung tiếp thu, giải trình ý kiến 1"), answer), "answer");
    STEP(j.shows(QStringLiteral("Đã trả lời tất cả 1")), "answered");
    // The revision: the draft's title, where the comment points.
    STEP(j.clickName(QStringLiteral("Về hồ sơ")), "back to the dossier");
    STEP(j.typeInto(QStringLiteral("Tên dự thảo"),
                    QStringLiteral("Nghị định quy định thủ tục hành chính trong lĩnh vực hành "
                                   "chính tư pháp (phạm vi: cấp tỉnh)")),
         "the new title");
    j.ui->key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!doc->property("modified").toBool());
    // The revised report, exported while answering: the answers name it.
    STEP(j.clickName(QStringLiteral("Xuất báo cáo XML")), "export the revised report");
    STEP(j.ui->saveInFileDialog(QStringLiteral("draft-2.report.xml"), j.dir.path()),
         "report dialog");
    STEP(j.ui->clickPopupButton(QStringLiteral("Đóng")), "the export notice");
    QTRY_VERIFY(QFile::exists(j.path(QStringLiteral("draft-2.report.xml"))));
    STEP(j.clickName(QStringLiteral("Tiếp thu, giải trình ý kiến thẩm định")), "the answers");
    STEP(j.shows(QStringLiteral("Đã trả lời tất cả 1")), "the answer is kept");
    STEP(j.clickName(QStringLiteral("Lưu bản trả lời")), "save the answers");
    STEP(j.ui->saveInFileDialog(QStringLiteral("draft.response.xml"), j.dir.path()), "save dialog");
    STEP(j.ui->clickPopupButton(QStringLiteral("Đóng")), "the saved notice");
    QTRY_VERIFY(read(j.path(QStringLiteral("draft.response.xml"))).contains(answer));
    QVERIFY(read(j.path(QStringLiteral("draft.response.xml")))
                .contains(QStringLiteral("draft-2.report.xml")));
    STEP(j.clickName(QStringLiteral("Về hồ sơ")), "back to the dossier");
    STEP(j.clickName(QStringLiteral("Đóng ý kiến thẩm định")), "close the review");
    STEP(j.clickName(QStringLiteral("Đóng hồ sơ")), "close the dossier");
    QTRY_VERIFY(!doc->property("isOpen").toBool());
  }

  void reviewerClosesTheCommentInRoundTwo() {
    STEP(j.clickName(QStringLiteral("Thẩm định báo cáo đã xuất")), "reviewer mode");
    STEP(j.clickText(QStringLiteral("Mở báo cáo…")), "open the revised report");
    STEP(j.ui->openInFileDialog(QStringLiteral("draft-2.report.xml"), j.dir.path()),
         "report dialog");
    STEP(j.shows(QStringLiteral("phạm vi: cấp tỉnh"), 8000), "the revised report");
    STEP(j.clickText(QStringLiteral("Vòng trước ("), true), "the previous round's tab");
    STEP(j.clickText(QStringLiteral("Mở bản thẩm định vòng trước…")), "open the previous review");
    STEP(j.ui->openInFileDialog(QStringLiteral("draft.review.xml"), j.dir.path()),
         "previous review dialog");
    STEP(j.ui->byText(QStringLiteral("Vòng 2"), 8000), "round 2");
    STEP(j.shows(QStringLiteral("Còn 1 trên 1 mục chưa xem lại")), "one item to follow up");
    STEP(j.shows(answer), "the drafter's answer");
    STEP(j.shows(QStringLiteral("Đã sửa ở chỗ đó")), "its place changed");
    // What changed since round 1, as the core's report diff finds it: the title, nothing else.
    STEP(tab(QStringLiteral("Thay đổi (1)")), "the changes tab, one change");
    STEP(j.shows(QStringLiteral("So sánh với báo cáo đã thẩm định ở vòng trước: draft.report.xml")),
         "compared with the report reviewed in round 1");
    STEP(j.shows(QStringLiteral("1 thay đổi đầu vào, 0 số liệu thay đổi")), "its summary");
    STEP(j.shows(QStringLiteral("tổng hợp hồ sơ) → Nghị định")), "the old title → the new");
    STEP(tab(QStringLiteral("Vòng trước ("), true), "back to the previous round's items");
    STEP(j.clickName(QStringLiteral("Đóng mục 1")), "close it");
    STEP(j.shows(QStringLiteral("Còn 0 trên 1 mục chưa xem lại")), "closed");
    STEP(j.clickText(QStringLiteral("Xuất tệp thẩm định (XML)…")), "export round 2");
    STEP(j.ui->saveInFileDialog(QStringLiteral("draft-2.review.xml"), j.dir.path()), "save dialog");
    STEP(j.ui->clickPopupButton(QStringLiteral("Đóng")), "the export notice");
    const QString round2 = j.path(QStringLiteral("draft-2.review.xml"));
    QTRY_VERIFY(QFile::exists(round2));
    const QString xml = read(round2);
    // Round 1 kept whole with the drafter's answer; the comment closed in round 2.
    QVERIFY2(xml.contains(QStringLiteral("<earlier-rounds>")), qPrintable(xml.left(3000)));
    QVERIFY2(xml.contains(comment) && xml.contains(answer), qPrintable(xml.left(3000)));
    QVERIFY2(xml.contains(QStringLiteral("<follow-up comment=\"1\" status=\"closed\" />")),
             qPrintable(xml.right(3000)));
    STEP(j.clickName(QStringLiteral("Về trang đầu")), "back to the start page");
    QVERIFY(j.window->isVisible());
  }
};

QTEST_MAIN(TwoRounds)
#include "tst_two_rounds.moc"
