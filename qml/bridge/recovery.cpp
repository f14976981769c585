#include "recovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace cptt::bridge {

namespace {
const QString suffix = QStringLiteral(".cptt.xml");
// Line 1: the origin's path; line 2: the draft's title (older copies have line 1 only).
QString infoFile(const QString& recoveryFile) { return recoveryFile + QStringLiteral(".origin"); }
} // namespace

QString recoveryDirectory() {
  QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                QStringLiteral("/recovery");
  QDir().mkpath(dir);
  return dir;
}

QString recoveryFileFor(const QString& sessionId) {
  return recoveryDirectory() + QLatin1Char('/') + sessionId + suffix;
}

QString recoveryLockFile(const QString& recoveryFile) {
  return recoveryFile + QStringLiteral(".lock");
}

bool writeRecoveryInfo(const QString& recoveryFile, const QString& origin, const QString& title) {
  QSaveFile f(infoFile(recoveryFile));
  if (!f.open(QIODevice::WriteOnly))
    return false;
  QString oneLine = title;
  oneLine.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
  f.write((origin + QLatin1Char('\n') + oneLine.trimmed() + QLatin1Char('\n')).toUtf8());
  return f.commit();
}

RecoveryCopy readRecoveryCopy(const QString& recoveryFile) {
  RecoveryCopy copy;
  copy.path = recoveryFile;
  copy.written = QFileInfo(recoveryFile).lastModified();
  QFile f(infoFile(recoveryFile));
  if (f.open(QIODevice::ReadOnly)) {
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    copy.origin = lines.value(0).trimmed();
    copy.title = lines.value(1).trimmed();
  }
  return copy;
}

QString recoveryOrigin(const QString& recoveryFile) {
  return readRecoveryCopy(recoveryFile).origin;
}

void removeRecovery(const QString& recoveryFile) {
  QFile::remove(recoveryFile);
  QFile::remove(infoFile(recoveryFile));
  recoveryInUse(recoveryFile); // clears the lock a killed session left behind
}

bool recoveryInUse(const QString& recoveryFile) {
  const QString lockPath = recoveryLockFile(recoveryFile);
  if (!QFileInfo::exists(lockPath))
    return false;
  QLockFile probe(lockPath);
  // Only a dead owner makes a lock stale: a live session may hold its lock for hours.
  probe.setStaleLockTime(0);
  if (!probe.tryLock(0))
    return probe.error() == QLockFile::LockFailedError;
  probe.unlock(); // a stale lock (the session was killed): removed by tryLock, released here
  return false;
}

std::vector<RecoveryCopy> listRecoveryCopies() {
  std::vector<RecoveryCopy> out;
  QDir dir(recoveryDirectory());
  const auto entries = dir.entryInfoList({QStringLiteral("*") + suffix}, QDir::Files);
  for (const QFileInfo& info : entries)
    out.push_back(readRecoveryCopy(info.absoluteFilePath()));
  std::sort(out.begin(), out.end(),
            [](const RecoveryCopy& a, const RecoveryCopy& b) { return a.written > b.written; });
  return out;
}

std::vector<RecoveryCopy> orphanedRecoveryCopies() {
  std::vector<RecoveryCopy> out = listRecoveryCopies();
  std::erase_if(out, [](const RecoveryCopy& c) { return recoveryInUse(c.path); });
  return out;
}

std::optional<RecoveryCopy> newerRecoveryOf(const QString& file) {
  const QFileInfo info(file);
  if (!info.exists())
    return std::nullopt;
  const QString path = info.absoluteFilePath();
  for (const RecoveryCopy& copy : orphanedRecoveryCopies()) // newest first
    if (copy.origin == path && copy.written > info.lastModified())
      return copy;
  return std::nullopt;
}

} // namespace cptt::bridge
