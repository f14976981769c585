// Signing from the app (ReportSigner): a report the app exported is signed in place with the test
// PKI's PKCS#12 key and verifies with the core against the test CA; a wrong password or a signed
// file leaves the file as it was; a review gets its signing time and verifies as the reviewer's;
// the reviewer's flow: a report opened in the review session, its review exported and signed in
// place, which verifies, still names that report, and reopens; the reviewer mode's banner for a
// signed report under the trust store and CRL the reviewer set.
#include "appsettings.h"
#include "document.h"
#include "referencelibrary.h"
#include "reportsigner.h"
#include "reviewsession.h"

#include "cptt/report.h"
#include "cptt/review/integrity.h"
#include "cptt/review/review_signature.h"
#include "cptt/signature.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using cptt::bridge::ReportSigner;

namespace {

QByteArray read(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class SignerTest : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    const QString script = QStringLiteral(CPTT_DATA_DIR "/../tests/signature/make_test_pki.sh");
    QCOMPARE(QProcess::execute(script, {pki()}), 0);
    trust_.trust_dir = (pki() + QStringLiteral("/trust")).toStdString();
  }

  void exportedReportSignedInPlace() {
    const QString report = dir_.filePath(QStringLiteral("total.report.xml"));
    DossierDocument doc;
    QVERIFY2(doc.open(QStringLiteral(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml")),
             qPrintable(doc.errorString()));
    QVERIFY2(doc.exportReport(report), qPrintable(doc.errorString()));
    const QByteArray exported = read(report);

    ReportSigner signer;
    QSignalSpy changed(&signer, &ReportSigner::messageChanged);
    // A wrong password: the file is as it was, the message says why.
    QVERIFY(!signer.signFile(report, key("signer.p12"), QStringLiteral("sai")));
    QVERIFY2(signer.message().contains(QStringLiteral("PKCS#12")), qPrintable(signer.message()));
    QCOMPARE(read(report), exported);
    QVERIFY(!signer.signFile(report, QStringLiteral("  "), password()));
    QCOMPARE(read(report), exported);

    // Signed, as a file: URL from the file dialog: valid against the test CA, read as before.
    QVERIFY2(signer.signFile(QUrl::fromLocalFile(report).toString(),
                             QUrl::fromLocalFile(key("signer.p12")).toString(), password()),
             qPrintable(signer.message()));
    QVERIFY2(signer.message().contains(QStringLiteral("Bộ Tư pháp — Nguyễn Văn An")),
             qPrintable(signer.message()));
    QCOMPARE(changed.count(), 3);
    const QByteArray text = read(report);
    const cptt::SignatureCheck check = cptt::verify_document_signature(text.toStdString(), trust_);
    QCOMPARE(cptt::to_id(check.status), std::string_view("valid"));
    QCOMPARE(QString::fromStdString(check.subject.common_name), QStringLiteral("Nguyễn Văn An"));
    const cptt::ReportLoad load = cptt::load_report_file(report.toStdString());
    QVERIFY(load.result);
    QCOMPARE(load.digest, cptt::DigestStatus::matches);

    // Signed already: refused, the signature kept.
    QVERIFY(!signer.signFile(report, key("signer.p12"), password()));
    QCOMPARE(read(report), text);
  }

  void reviewSignedWithItsSigningTime() {
    const QString review = dir_.filePath(QStringLiteral("total.review.xml"));
    QVERIFY(QFile::copy(
        QStringLiteral(CPTT_DATA_DIR "/examples/review/case-dossier-total.review.xml"), review));
    ReportSigner signer;
    QVERIFY2(signer.signFile(review, key("signer.p12"), password()), qPrintable(signer.message()));
    const cptt::review::CheckedReview checked =
        cptt::review::check_review_file(review.toStdString(), trust_);
    QVERIFY(checked.load.result);
    QVERIFY(!checked.load.review.signing_time.empty());
    QCOMPARE(cptt::to_id(checked.signature.status), std::string_view("valid"));
  }

  void reviewerSignsTheReviewExported() {
    const QString report = dir_.filePath(QStringLiteral("reviewed.report.xml"));
    const QString review = dir_.filePath(QStringLiteral("reviewed.review.xml"));
    DossierDocument doc;
    QVERIFY(doc.open(QStringLiteral(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml")));
    QVERIFY2(doc.exportReport(report), qPrintable(doc.errorString()));
    ReviewSession session;
    QVERIFY2(session.openReport(report), qPrintable(session.errorString()));
    session.setReviewerName(QStringLiteral("Trần Thị Bình"));
    QCOMPARE(session.setVerdict(QString(), QStringLiteral("can-bo-sung"),
                                QStringLiteral("Bổ sung căn cứ.")),
             QString());
    QVERIFY2(session.exportReview(review), qPrintable(session.errorString()));
    const QByteArray exported = read(review);

    // The reviewer's flow: the exported file, as the notice hands it to the dialog.
    ReportSigner signer;
    QVERIFY(!signer.signFile(session.reviewPath(), key("signer.p12"), QStringLiteral("sai")));
    QCOMPARE(read(review), exported);
    QVERIFY2(signer.signFile(session.reviewPath(), key("signer.p12"), password()),
             qPrintable(signer.message()));
    QVERIFY2(signer.message().contains(QStringLiteral("Nguyễn Văn An")),
             qPrintable(signer.message()));

    const cptt::review::CheckedReview checked =
        cptt::review::check_review_file(review.toStdString(), trust_);
    QVERIFY(checked.load.result);
    QCOMPARE(cptt::to_id(checked.signature.status), std::string_view("valid"));
    QCOMPARE(QString::fromStdString(checked.signature.subject.organisation),
             QStringLiteral("Bộ Tư pháp"));
    QVERIFY(!checked.load.review.signing_time.empty());
    QCOMPARE(QString::fromStdString(checked.load.review.reviewer.name),
             QStringLiteral("Trần Thị Bình"));
    // Still the review of that report: it names it by the digest of what the reader reads.
    const cptt::ReportLoad load = cptt::load_report_file(report.toStdString());
    QVERIFY(load.result);
    QCOMPARE(checked.load.review.report_digest, load.actual_digest);
    // The signed file reopens in the reviewer mode.
    ReviewSession reopened;
    QVERIFY2(reopened.openReview(review), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.reviewerName(), QStringLiteral("Trần Thị Bình"));
  }

  // The reviewer mode's banner for a signed report, against the trust store the reviewer set:
  // who signed when the chain reaches it; not proved who without it, by an unknown CA, or with
  // the certificate revoked in the CRL; changed once a value is edited after signing.
  void reviewerModeSaysWhoSignedTheReport() {
    AppSettings settings(nullptr);
    const QString report = dir_.filePath(QStringLiteral("banner.report.xml"));
    DossierDocument doc;
    QVERIFY(doc.open(QStringLiteral(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml")));
    QVERIFY2(doc.exportReport(report), qPrintable(doc.errorString()));
    ReportSigner signer;
    QVERIFY2(signer.signFile(report, key("signer.p12"), password()), qPrintable(signer.message()));

    auto banner = [&](const QString& path) {
      ReviewSession session;
      if (!session.openReport(path))
        return QStringList{QStringLiteral("error"), session.errorString()};
      return QStringList{session.assurance(), session.integrityText()};
    };
    settings.setTrustFolder(pki() + QStringLiteral("/trust"));
    settings.setRevocationList(QString());
    QStringList shown = banner(report);
    QCOMPARE(shown[0], QStringLiteral("signed"));
    QVERIFY2(shown[1].startsWith(QStringLiteral("Ký số bởi Bộ Tư pháp — Nguyễn Văn An lúc ")),
             qPrintable(shown[1]));

    settings.setTrustFolder(dir_.filePath(QStringLiteral("empty-trust")));
    QVERIFY(QDir().mkpath(settings.trustFolder()));
    shown = banner(report);
    QCOMPARE(shown[0], QStringLiteral("unproven"));
    QVERIFY2(shown[1].startsWith(QStringLiteral(
                 "Có chữ ký số của Bộ Tư pháp — Nguyễn Văn An nhưng không xác nhận được người ký")),
             qPrintable(shown[1]));

    // A revoked signer: the CRL given, not proved.
    const QString revoked = dir_.filePath(QStringLiteral("revoked.report.xml"));
    QVERIFY(doc.exportReport(revoked));
    QVERIFY2(signer.signFile(revoked, key("revoked.p12"), password()),
             qPrintable(signer.message()));
    settings.setTrustFolder(pki() + QStringLiteral("/trust"));
    QCOMPARE(banner(revoked)[0], QStringLiteral("signed"));
    settings.setRevocationList(pki() + QStringLiteral("/crl.pem"));
    QCOMPARE(banner(revoked)[0], QStringLiteral("unproven"));

    // A value edited after signing.
    QByteArray text = read(report);
    const qsizetype at = text.indexOf("<subjects>");
    QVERIFY(at > 0);
    text.insert(at + 10, "1");
    const QString edited = dir_.filePath(QStringLiteral("edited.report.xml"));
    QFile out(edited);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) == text.size());
    out.close();
    QCOMPARE(banner(edited)[0], QStringLiteral("changed"));
    settings.setTrustFolder(QString());
    settings.setRevocationList(QString());
  }

  void tokenUriToldApart() {
    QVERIFY(ReportSigner::isTokenUri(QStringLiteral("pkcs11:token=A;object=b")));
    QVERIFY(ReportSigner::isTokenUri(QStringLiteral(" pkcs11:token=A")));
    QVERIFY(!ReportSigner::isTokenUri(QStringLiteral("/home/a/khoa.p12")));
  }

private:
  QString pki() const { return dir_.filePath(QStringLiteral("pki")); }
  QString key(const char* name) const { return pki() + QLatin1Char('/') + QLatin1String(name); }
  static QString password() { return QStringLiteral("mật khẩu"); }

  QTemporaryDir dir_;
  cptt::SignatureTrust trust_;
};

QTEST_MAIN(SignerTest)
#include "tst_signer.moc"
