#include "reportsigner.h"

#include "forms.h"
#include "local_path.h"

#include "cptt/atomic_file.h"
#include "cptt/file_read.h"
#include "cptt/review/integrity.h"
#include "cptt/review/review_signature.h"
#include "cptt/signature.h"
#include "cptt/xml_source.h"

namespace cptt::bridge {

bool ReportSigner::isTokenUri(const QString& key) {
  return is_pkcs11_uri(key.trimmed().toStdString());
}

bool ReportSigner::finish(bool ok, const QString& message) {
  message_ = message;
  emit messageChanged();
  return ok;
}

bool ReportSigner::signFile(const QString& pathOrUrl, const QString& key, const QString& password) {
  const std::string path = localPath(pathOrUrl).toStdString();
  const QString trimmed = key.trimmed();
  if (trimmed.isEmpty())
    return finish(false, tr("Chọn tệp khoá PKCS#12 hoặc nhập URI pkcs11: của token."));
  const SigningKey signing_key{isTokenUri(trimmed) ? trimmed.toStdString()
                                                   : localPath(trimmed).toStdString(),
                               password.toStdString()};
  const FileBytes bytes = read_regular_file(path, default_max_file_bytes);
  if (!bytes)
    return finish(false,
                  QString::fromStdString(path) + QStringLiteral(": ") + localized(bytes.message));
  const std::string text = bytes.text();
  if (verify_document_signature(text, {}).status != SignatureStatus::none)
    return finish(false, tr("Tệp này đã được ký số: %1").arg(QString::fromStdString(path)));
  // A review carries the time it is signed, which the signature covers: the core's review signer
  // sets it. A report's is its export time.
  review::ReviewLoad review = review::load_review_text(text, path);
  const SignOutcome signed_text = review.result ? review::sign_review(review.review, signing_key)
                                                : sign_document_text(text, signing_key);
  if (!signed_text.error.empty())
    return finish(false, QString::fromStdString(key_label(signing_key)) + QStringLiteral(": ") +
                             localized(signed_text.error));
  if (const Text error = write_file_atomically(path, signed_text.text); !error.empty())
    return finish(false, QString::fromStdString(path) + QStringLiteral(": ") + localized(error));
  const SignatureCheck check = verify_document_signature(signed_text.text, {});
  return finish(true, tr("Đã ký số bởi %1:\n%2")
                          .arg(QString::fromStdString(review::signer_text(check.subject)),
                               QString::fromStdString(path)));
}

} // namespace cptt::bridge
