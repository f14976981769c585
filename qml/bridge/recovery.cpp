#include "recovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace cptt::bridge {

namespace {
const QString suffix = QStringLiteral(".cptt.xml");
QString originFile(const QString& recoveryFile) { return recoveryFile + QStringLiteral(".origin"); }
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

bool writeRecoveryOrigin(const QString& recoveryFile, const QString& origin) {
  QFile f(originFile(recoveryFile));
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return false;
  return f.write(origin.toUtf8()) >= 0;
}

QString recoveryOrigin(const QString& recoveryFile) {
  QFile f(originFile(recoveryFile));
  if (!f.open(QIODevice::ReadOnly))
    return {};
  return QString::fromUtf8(f.readAll()).trimmed();
}

void removeRecovery(const QString& recoveryFile) {
  QFile::remove(recoveryFile);
  QFile::remove(originFile(recoveryFile));
}

std::vector<RecoveryCopy> listRecoveryCopies() {
  std::vector<RecoveryCopy> out;
  QDir dir(recoveryDirectory());
  const auto entries = dir.entryInfoList({QStringLiteral("*") + suffix}, QDir::Files);
  for (const QFileInfo& info : entries)
    out.push_back(
        {info.absoluteFilePath(), recoveryOrigin(info.absoluteFilePath()), info.lastModified()});
  std::sort(out.begin(), out.end(),
            [](const RecoveryCopy& a, const RecoveryCopy& b) { return a.written > b.written; });
  return out;
}

} // namespace cptt::bridge
