#pragma once
// Signing from the app: an exported report (or a review) signed in place with the signer's key, a
// PKCS#12 file or a PKCS#11 token (a USB token, named by a pkcs11: URI), by the core's one signer
// (cptt/signature.h), as `cptt export --sign` does. The password or PIN is used for the one call
// and never kept.
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace cptt::bridge {

class ReportSigner : public QObject {
  Q_OBJECT
  QML_ELEMENT
  // What the last signing did, in the app's language: who signed, or why it could not be done.
  Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
  using QObject::QObject;

  // Signs the file at pathOrUrl in place (written atomically: on failure it is as it was) with
  // the key: a PKCS#12 file's path or file: URL, or a pkcs11: URI; `password` opens the file or is
  // the token's PIN. A review gets its signing time first. False with `message` saying why.
  Q_INVOKABLE bool signFile(const QString& pathOrUrl, const QString& key, const QString& password);
  // Forgets the last message (a dialog opened again starts clean).
  Q_INVOKABLE void clearMessage() { finish(true, {}); }
  // The key is a token's URI ("pkcs11:…") rather than a file.
  Q_INVOKABLE static bool isTokenUri(const QString& key);

  QString message() const { return message_; }

signals:
  void messageChanged();

private:
  bool finish(bool ok, const QString& message);

  QString message_;
};

} // namespace cptt::bridge
