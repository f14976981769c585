#pragma once
// Recovery copies: while a dossier has unsaved changes, the document writes a copy of it every
// 30 s into the user's data folder. A clean save or close deletes the copy; a copy still there at
// start-up belongs to a session that ended without saving, and the start screen offers it back.
#include <QDateTime>
#include <QString>

#include <vector>

namespace cptt::bridge {

struct RecoveryCopy {
  QString path;   // the recovery file
  QString origin; // the file it is a copy of; empty for a dossier never saved
  QDateTime written;
};

// The folder holding recovery copies (created when missing).
QString recoveryDirectory();
// The copy's file for a session id, and the side file naming its origin.
QString recoveryFileFor(const QString& sessionId);
bool writeRecoveryOrigin(const QString& recoveryFile, const QString& origin);
QString recoveryOrigin(const QString& recoveryFile);
void removeRecovery(const QString& recoveryFile);
// Newest first.
std::vector<RecoveryCopy> listRecoveryCopies();

} // namespace cptt::bridge
