#pragma once
// Recovery copies: while a dossier has unsaved changes, the document writes a copy of it into the
// user's data folder a moment after the last edit (and at the latest some seconds after the first
// unsaved one, so that continuous typing is saved too). A side file next to the copy names the
// file it is a copy of and the draft's title, for the start screen. The session writing a copy
// holds a lock file beside it (QLockFile): a copy whose lock is held belongs to a live session and
// is not offered; a copy whose session ended (the lock is gone or stale) is. A clean save or close
// deletes the copy.
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace cptt::bridge {

struct RecoveryCopy {
  QString path;   // the recovery file
  QString origin; // the file it is a copy of; empty for a dossier never saved
  QString title;  // the draft's title when the copy was written; may be empty
  QDateTime written;
};

// The folder holding recovery copies (created when missing).
QString recoveryDirectory();
// The copy's file for a session id, its side file (origin and title), and its lock file.
QString recoveryFileFor(const QString& sessionId);
QString recoveryLockFile(const QString& recoveryFile);
bool writeRecoveryInfo(const QString& recoveryFile, const QString& origin, const QString& title);
QString recoveryOrigin(const QString& recoveryFile);
// What the side file says about the copy, with the copy's time.
RecoveryCopy readRecoveryCopy(const QString& recoveryFile);
void removeRecovery(const QString& recoveryFile);
// Whether a live session (this process or another) holds the copy's lock.
bool recoveryInUse(const QString& recoveryFile);
// Every copy in the folder, newest first.
std::vector<RecoveryCopy> listRecoveryCopies();
// The copies left by sessions that ended (none held by a live session), newest first.
std::vector<RecoveryCopy> orphanedRecoveryCopies();
// The newest orphaned copy of `file` written after the file was last modified.
std::optional<RecoveryCopy> newerRecoveryOf(const QString& file);

} // namespace cptt::bridge
