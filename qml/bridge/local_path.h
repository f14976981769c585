#pragma once
// QML hands the bridge either a local path or a file: URL (from a file dialog); the core wants a
// path.
#include <QString>
#include <QUrl>

namespace cptt::bridge {

inline QString localPath(const QString& pathOrUrl) {
  const QUrl url(pathOrUrl);
  return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

} // namespace cptt::bridge
