#include "appsettings.h"

#include "local_path.h"
#include "recovery.h"

#include "cptt/data_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>
#include <QUrl>

using cptt::bridge::localPath;

namespace {

AppSettings* the_instance = nullptr;
// Every live instance. The app has one (QML gets instance() through create(), since the class
// cannot be default-constructed); tests make more. A language change made on one is applied to
// all, and so reaches the one that retranslates the engine (see setLanguage).
QList<AppSettings*> all_instances;
constexpr int max_recent = 8;

} // namespace

AppSettings::AppSettings(QObject* parent)
    : QObject(parent), recent_(new FileListModel(this)), examples_(new FileListModel(this)),
      recovery_(new FileListModel(this)) {
  if (!the_instance)
    the_instance = this;
  all_instances.push_back(this);
  QSettings s;
  language_ = s.value(QStringLiteral("language"), QStringLiteral("vi")).toString();
  if (language_ != QLatin1String("en"))
    language_ = QStringLiteral("vi");
  installTranslator();
  loadRecent();
  QList<FileListModel::Entry> examples;
  const QDir dir(examplesFolder());
  for (const QFileInfo& info :
       dir.entryInfoList({QStringLiteral("*.cptt.xml")}, QDir::Files, QDir::Name))
    examples.push_back({info.absoluteFilePath(), QString()});
  examples_->setEntries(examples);
  recoveryWatcher_.addPath(cptt::bridge::recoveryDirectory());
  connect(&recoveryWatcher_, &QFileSystemWatcher::directoryChanged, this,
          &AppSettings::refreshRecoveryCopies);
  refreshRecoveryCopies();
}

AppSettings::~AppSettings() {
  all_instances.removeAll(this);
  if (the_instance == this)
    the_instance = nullptr;
}

AppSettings* AppSettings::create(QQmlEngine* engine, QJSEngine*) {
  AppSettings* s = instance();
  QQmlEngine::setObjectOwnership(s, QQmlEngine::CppOwnership);
  s->setEngine(engine);
  return s;
}

AppSettings* AppSettings::instance() {
  if (!the_instance)
    the_instance = new AppSettings(QCoreApplication::instance());
  return the_instance;
}

void AppSettings::installTranslator() {
  QCoreApplication::removeTranslator(&translator_);
  QCoreApplication::removeTranslator(&qtTranslator_);
  // Vietnamese is the source language; cptt_vi.qm exists for completeness and is loaded too.
  if (translator_.load(QStringLiteral(":/i18n/cptt_") + language_ + QStringLiteral(".qm")))
    QCoreApplication::installTranslator(&translator_);
  if (language_ == QLatin1String("vi") && qtTranslator_.load(QStringLiteral(":/i18n/qt_vi.qm")))
    QCoreApplication::installTranslator(&qtTranslator_);
  // What Qt formats by the default locale follows the language too: the file dialog's dates and
  // sizes ("03/12/2026 11:45", "2,05 KiB"; "12/3/26 11:45 AM", "2.05 KiB" in English). The app's
  // own figures never use QLocale.
  QLocale::setDefault(language_ == QLatin1String("vi")
                          ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                          : QLocale(QLocale::English, QLocale::UnitedStates));
  if (engine_)
    engine_->retranslate();
}

void AppSettings::setLanguage(const QString& language) {
  const QString lang = language == QLatin1String("en") ? language : QStringLiteral("vi");
  if (lang == language_)
    return;
  language_ = lang;
  QSettings().setValue(QStringLiteral("language"), language_);
  installTranslator();
  emit languageChanged();
  for (AppSettings* other : std::as_const(all_instances))
    if (other != this)
      other->setLanguage(lang);
}

QString AppSettings::trustFolder() const {
  return QSettings().value(QStringLiteral("review/trustFolder")).toString();
}

void AppSettings::setTrustFolder(const QString& pathOrUrl) {
  const QString path = pathOrUrl.isEmpty() ? QString() : toLocalPath(pathOrUrl);
  if (path == trustFolder())
    return;
  QSettings().setValue(QStringLiteral("review/trustFolder"), path);
  emit trustChanged();
}

QString AppSettings::revocationList() const {
  return QSettings().value(QStringLiteral("review/revocationList")).toString();
}

void AppSettings::setRevocationList(const QString& pathOrUrl) {
  const QString path = pathOrUrl.isEmpty() ? QString() : toLocalPath(pathOrUrl);
  if (path == revocationList())
    return;
  QSettings().setValue(QStringLiteral("review/revocationList"), path);
  emit trustChanged();
}

QString AppSettings::lastFolder() const {
  return QSettings().value(QStringLiteral("lastFolder"), QDir::homePath()).toString();
}

void AppSettings::setLastFolder(const QString& folder) {
  const QString path = localPath(folder);
  if (path == lastFolder())
    return;
  QSettings().setValue(QStringLiteral("lastFolder"), path);
  emit lastFolderChanged();
}

QRect AppSettings::windowGeometry() const {
  return QSettings().value(QStringLiteral("window/geometry"), QRect(0, 0, 1280, 820)).toRect();
}

void AppSettings::setWindowGeometry(const QRect& geometry) {
  if (geometry == windowGeometry() || geometry.width() < 200 || geometry.height() < 200)
    return;
  QSettings().setValue(QStringLiteral("window/geometry"), geometry);
  emit windowGeometryChanged();
}

void AppSettings::loadRecent() {
  QList<FileListModel::Entry> entries;
  for (const QString& p : QSettings().value(QStringLiteral("recentFiles")).toStringList())
    if (QFileInfo::exists(p))
      entries.push_back({p, QString()});
  recent_->setEntries(entries);
}

void AppSettings::addRecentFile(const QString& pathOrUrl) {
  const QString path = QFileInfo(localPath(pathOrUrl)).absoluteFilePath();
  QStringList list = QSettings().value(QStringLiteral("recentFiles")).toStringList();
  list.removeAll(path);
  list.prepend(path);
  while (list.size() > max_recent)
    list.removeLast();
  QSettings().setValue(QStringLiteral("recentFiles"), list);
  setLastFolder(QFileInfo(path).absolutePath());
  loadRecent();
}

void AppSettings::removeRecentFile(const QString& path) {
  QStringList list = QSettings().value(QStringLiteral("recentFiles")).toStringList();
  list.removeAll(localPath(path));
  QSettings().setValue(QStringLiteral("recentFiles"), list);
  loadRecent();
}

void AppSettings::refreshRecoveryCopies() {
  // Only copies left by sessions that ended: a live session's own copy is not offered back.
  QList<FileListModel::Entry> entries;
  for (const auto& copy : cptt::bridge::orphanedRecoveryCopies()) {
    const QString when = copy.written.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    const QString detail = copy.origin.isEmpty()
                               ? tr("Ghi lúc %1; hồ sơ chưa lưu vào tệp nào").arg(when)
                               : tr("Ghi lúc %1; bản sao của %2").arg(when, copy.origin);
    const QString title =
        copy.title.isEmpty()
            ? (copy.origin.isEmpty() ? tr("Hồ sơ chưa đặt tên") : QFileInfo(copy.origin).fileName())
            : copy.title;
    entries.push_back({copy.path, detail, title});
  }
  recovery_->setEntries(entries);
}

QString AppSettings::examplesFolder() const {
  return QString::fromStdString(cptt::data_paths().data + "/examples");
}

QString AppSettings::version() const { return QStringLiteral(CPTT_VERSION); }

QString AppSettings::folderOf(const QString& pathOrUrl) const {
  return QUrl::fromLocalFile(QFileInfo(localPath(pathOrUrl)).absolutePath()).toString();
}

QString AppSettings::toLocalPath(const QString& pathOrUrl) const { return localPath(pathOrUrl); }

QString AppSettings::fileUrl(const QString& folder, const QString& fileName) const {
  return QUrl::fromLocalFile(QDir(localPath(folder)).filePath(fileName)).toString();
}

cptt::Language cptt::bridge::appLanguage() {
  const AppSettings* settings = AppSettings::instance();
  return settings && settings->language() == QLatin1String("en") ? cptt::Language::en
                                                                 : cptt::Language::vi;
}
