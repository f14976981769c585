#pragma once
// What the app remembers between sessions (QSettings): language, window geometry, last folder,
// recent files; plus the worked examples shipped with the app and the recovery copies left by a
// session that ended without saving.
#include "filelistmodel.h"

#include "cptt/language.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QRect>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class AppSettings : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  Q_PROPERTY(QString lastFolder READ lastFolder WRITE setLastFolder NOTIFY lastFolderChanged)
  Q_PROPERTY(
      QRect windowGeometry READ windowGeometry WRITE setWindowGeometry NOTIFY windowGeometryChanged)
  Q_PROPERTY(FileListModel* recentFiles READ recentFiles CONSTANT)
  Q_PROPERTY(FileListModel* examples READ examples CONSTANT)
  Q_PROPERTY(FileListModel* recoveryCopies READ recoveryCopies CONSTANT)
  Q_PROPERTY(QString examplesFolder READ examplesFolder CONSTANT)
  Q_PROPERTY(QString version READ version CONSTANT)
  // The reviewer's trust store for report signatures: a folder of PEM certificates (the body's
  // or the government CA's roots; empty: the system's store) and a revocation list (optional).
  Q_PROPERTY(QString trustFolder READ trustFolder WRITE setTrustFolder NOTIFY trustChanged)
  Q_PROPERTY(QString revocationList READ revocationList WRITE setRevocationList NOTIFY trustChanged)

public:
  // No default: Qt 6.4 would build the QML singleton with `new` beside instance() instead of
  // calling create().
  explicit AppSettings(QObject* parent);
  ~AppSettings() override;
  static AppSettings* create(QQmlEngine* engine, QJSEngine* js);
  // The one instance (created by QML or by main before QML).
  static AppSettings* instance();

  QString language() const { return language_; }
  void setLanguage(const QString& language);
  QString lastFolder() const;
  void setLastFolder(const QString& folder);
  QRect windowGeometry() const;
  void setWindowGeometry(const QRect& geometry);
  FileListModel* recentFiles() const { return recent_; }
  FileListModel* examples() const { return examples_; }
  FileListModel* recoveryCopies() const { return recovery_; }
  QString examplesFolder() const;
  QString version() const;
  QString trustFolder() const;
  void setTrustFolder(const QString& pathOrUrl);
  QString revocationList() const;
  void setRevocationList(const QString& pathOrUrl);

  // Puts a file at the top of the recent list (at most 8 are kept).
  Q_INVOKABLE void addRecentFile(const QString& pathOrUrl);
  Q_INVOKABLE void removeRecentFile(const QString& path);
  // Reads the recovery folder again (also done whenever a copy is written or removed, by any
  // session: the folder is watched).
  Q_INVOKABLE void refreshRecoveryCopies();
  // The folder of a path or URL, as a file:// URL for file dialogs.
  Q_INVOKABLE QString folderOf(const QString& pathOrUrl) const;
  Q_INVOKABLE QString toLocalPath(const QString& pathOrUrl) const;
  // The file:// URL of `fileName` in `folder` (a path or URL): a save dialog's proposed file.
  Q_INVOKABLE QString fileUrl(const QString& folder, const QString& fileName) const;

  void setEngine(QQmlEngine* engine) { engine_ = engine; }

signals:
  void languageChanged();
  void lastFolderChanged();
  void windowGeometryChanged();
  void trustChanged();

private:
  void loadRecent();
  void installTranslator();

  QString language_;
  QTranslator translator_;
  // Qt's own strings (file dialog labels and buttons, standard buttons) in Vietnamese mode:
  // qml/i18n/qt_vi.ts, since Debian ships no Vietnamese Qt catalogue. Not installed in English
  // mode, where Qt shows its own English. The default QLocale is set to the language as well.
  QTranslator qtTranslator_;
  QQmlEngine* engine_ = nullptr;
  FileListModel* recent_;
  FileListModel* examples_;
  FileListModel* recovery_;
  QFileSystemWatcher recoveryWatcher_;
};

namespace cptt::bridge {
// The app's language (AppSettings.language) for the core's texts.
cptt::Language appLanguage();
} // namespace cptt::bridge
