// Signing in the real cptt-app window (Xvfb, xcb, real mouse and key events, the real file
// dialogs): the drafter exports the worked example's report, clicks Ký số… in the notice, types
// the test PKI's PKCS#12 key and a wrong password (the dialog stays open with the reason, the
// file as exported), then the right one: the file verifies with the core against the test CA.
// The reviewer opens that report (the banner names the signer), exports the review and signs it
// the same way: the review verifies as the reviewer's and still names the report.
#include "journey.h"

#include "cptt/report.h"
#include "cptt/review/review_signature.h"
#include "cptt/signature.h"

#include <QFile>

using cptt::window::Journey;

namespace {

const QString examples = QStringLiteral(CPTT_DATA_DIR "/examples");

QByteArray read(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

#define STEP(ok, what) JOURNEY_STEP(j, ok, what)

class SigningJourney : public QObject {
  Q_OBJECT

  Journey j;
  cptt::SignatureTrust trust;

  QString pki(const QString& name = {}) const {
    return j.path(QStringLiteral("pki")) + (name.isEmpty() ? QString() : QLatin1Char('/') + name);
  }
  static QString password() { return QStringLiteral("mật khẩu"); }
  // In the open signing dialog: the key and the password typed, Ký số clicked.
  bool sign(const QString& key, const QString& pass) {
    return j.typeInto(QStringLiteral("Khoá ký"), key) &&
           j.typeInto(QStringLiteral("Mật khẩu của tệp khoá"), pass) &&
           j.clickText(QStringLiteral("Ký số"));
  }

private slots:
  void initTestCase() {
    QVERIFY2(j.start(), "the app did not start under xcb");
    const QString script = QStringLiteral(CPTT_DATA_DIR "/../tests/signature/make_test_pki.sh");
    QCOMPARE(QProcess::execute(script, {pki()}), 0);
    trust.trust_dir = pki(QStringLiteral("trust")).toStdString();
    QVERIFY(QFile::copy(examples + QStringLiteral("/case-dossier-total.cptt.xml"),
                        j.path(QStringLiteral("total.cptt.xml"))));
  }

  void drafterSignsTheExportedReport() {
    const QString report = j.path(QStringLiteral("total.report.xml"));
    STEP(j.clickName(QStringLiteral("Mở hồ sơ")), "open");
    STEP(j.ui->openInFileDialog(QStringLiteral("total.cptt.xml"), j.dir.path()), "open dialog");
    STEP(j.shows(QStringLiteral("ví dụ minh họa"), 8000), "the dossier");
    STEP(j.clickName(QStringLiteral("Xuất báo cáo XML")), "export the report");
    STEP(j.ui->saveInFileDialog(QStringLiteral("total.report.xml"), j.dir.path()), "save dialog");
    STEP(j.popupShows(QStringLiteral("Đã xuất báo cáo vào")), "the export notice");
    QTRY_VERIFY(QFile::exists(report));
    const QByteArray exported = read(report);
    STEP(j.ui->clickPopupButton(QStringLiteral("Ký số…")), "Ký số… in the notice");
    STEP(j.popupShows(QStringLiteral("Ký số báo cáo")), "the signing dialog");

    // A wrong password: the dialog stays open and says why; the file is as exported.
    STEP(sign(pki(QStringLiteral("signer.p12")), QStringLiteral("sai")), "a wrong password");
    STEP(j.popupShows(QStringLiteral("PKCS#12")), "the reason in the dialog");
    STEP(j.popupShows(QStringLiteral("Ký số báo cáo"), 0), "the dialog still open");
    QCOMPARE(read(report), exported);

    STEP(sign(pki(QStringLiteral("signer.p12")), password()), "the right password");
    STEP(j.popupShows(QStringLiteral("Đã ký số bởi Bộ Tư pháp — Nguyễn Văn An")), "who signed");
    STEP(j.ui->clickPopupButton(QStringLiteral("Đóng")), "the signed notice");
    const cptt::SignatureCheck check =
        cptt::verify_document_signature(read(report).toStdString(), trust);
    QCOMPARE(cptt::to_id(check.status), std::string_view("valid"));
    QCOMPARE(QString::fromStdString(check.subject.common_name), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(cptt::load_report_file(report.toStdString()).digest, cptt::DigestStatus::matches);
  }

  void reviewerSignsTheReview() {
    const QString review = j.path(QStringLiteral("total.review.xml"));
    // The reviewer trusts the test CA (the folder the banner's Chứng thư tin cậy… chooses).
    AppSettings::instance()->setTrustFolder(pki(QStringLiteral("trust")));
    STEP(j.clickName(QStringLiteral("Về trang đầu")), "the start page");
    if (j.ui->waitFor([&] { return j.ui->topPopup() != nullptr; }, 800))
      STEP(j.ui->clickPopupButton(QStringLiteral("Không lưu")), "nothing to save");
    STEP(j.clickName(QStringLiteral("Thẩm định báo cáo đã xuất")), "reviewer mode");
    STEP(j.clickText(QStringLiteral("Mở báo cáo…")), "open a report");
    STEP(j.ui->openInFileDialog(QStringLiteral("total.report.xml"), j.dir.path()), "its dialog");
    STEP(j.shows(QStringLiteral("Ký số bởi Bộ Tư pháp — Nguyễn Văn An"), 8000),
         "the banner names the signer");

    STEP(j.clickText(QStringLiteral("Xuất tệp thẩm định (XML)…")), "export the review");
    STEP(j.ui->saveInFileDialog(QStringLiteral("total.review.xml"), j.dir.path()), "save dialog");
    STEP(j.popupShows(QStringLiteral("Đã xuất bản thẩm định vào")), "the export notice");
    QTRY_VERIFY(QFile::exists(review));
    STEP(j.ui->clickPopupButton(QStringLiteral("Ký số…")), "Ký số… in the notice");
    STEP(j.popupShows(QStringLiteral("Ký số bản thẩm định")), "the review's signing dialog");
    STEP(sign(pki(QStringLiteral("signer.p12")), password()), "sign");
    STEP(j.popupShows(QStringLiteral("Đã ký số bởi")), "who signed");
    STEP(j.popupShows(QStringLiteral("Đã ký số bản thẩm định"), 0), "the review's notice");
    STEP(j.ui->clickPopupButton(QStringLiteral("Đóng")), "the signed notice");

    const cptt::review::CheckedReview checked =
        cptt::review::check_review_file(review.toStdString(), trust);
    QVERIFY(checked.load.result);
    QCOMPARE(cptt::to_id(checked.signature.status), std::string_view("valid"));
    QVERIFY(!checked.load.review.signing_time.empty());
    const cptt::ReportLoad load = cptt::load_report_file(j.path("total.report.xml").toStdString());
    QCOMPARE(checked.load.review.report_digest, load.actual_digest);
    STEP(j.clickName(QStringLiteral("Về trang đầu")), "back to the start page");
    QVERIFY(j.window->isVisible());
  }
};

QTEST_MAIN(SigningJourney)
#include "tst_signing.moc"
