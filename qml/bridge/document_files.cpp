// The dossier's file side: new, open, save, the recovery copy written while editing, and the
// report and documents it exports.
#include "cptt_render.h"
#include "document.h"

#include "appsettings.h"
#include "format.h"
#include "forms.h"
#include "local_path.h"
#include "procedurelistmodel.h"
#include "recovery.h"
#include "referencelibrary.h"

#include "cptt/atomic_file.h"
#include "cptt/dossier_xml.h"
#include "cptt/reference/reference_data.h"
#include "cptt/report.h"

#include <QDate>
#include <QFileInfo>

using namespace cptt;
using namespace cptt::bridge;

namespace {

QString today() { return QDate::currentDate().toString(Qt::ISODate); }

} // namespace

void DossierDocument::scheduleRecoveryCopy() {
  autosave_.start(); // restarted: the copy waits for a pause in the typing
  if (!autosaveMax_.isActive())
    autosaveMax_.start(); // not restarted: the longest a change waits
}

void DossierDocument::setNewerRecovery(std::optional<RecoveryCopy> copy) {
  if (!copy && !newerRecovery_)
    return;
  newerRecovery_ = std::move(copy);
  emit newerRecoveryChanged();
}

QString DossierDocument::newerRecoveryWritten() const {
  return newerRecovery_ ? newerRecovery_->written.toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                        : QString();
}

void DossierDocument::replaceDossier(Dossier dossier, const QString& path, bool open) {
  setNewerRecovery(std::nullopt);
  open_ = open;
  readOnly_ = false;
  forcedModified_ = false;
  store_.replace(std::move(dossier));
  stack_.clear();
  stack_.setClean();
  setFilePath(path);
  emit openChanged();
  emit modifiedChanged();
  emit undoStateChanged();
  emit dossierReplaced();
}

void DossierDocument::showReadOnly(Dossier dossier) {
  replaceDossier(std::move(dossier), QString(), true);
  readOnly_ = true;
  emit openChanged();
}

void DossierDocument::newDossier() {
  removeRecoveryCopy();
  Dossier d;
  d.draft.stage = Stage::drafting;
  d.draft.created = toStd(today());
  d.draft.calculation_year = QDate::currentDate().year();
  // The legal rate: GDP per capita of the year before the calculation (reference data).
  if (auto legal = ReferenceLibrary::instance()->legalRate(d.draft.calculation_year))
    d.rates.push_back(legal->rate);
  replaceDossier(std::move(d), QString(), true);
  clearError();
  setStatus([=, this] { return tr("Đã tạo hồ sơ mới."); });
}

bool DossierDocument::open(const QString& pathOrUrl) {
  const QString path = localPath(pathOrUrl);
  DossierLoad load = load_dossier_file(toStd(path));
  if (!load.result) {
    setError(toQ(load.result.describe(appLanguage())));
    return false;
  }
  removeRecoveryCopy();
  replaceDossier(std::move(load.dossier), QFileInfo(path).absoluteFilePath(), true);
  clearError();
  setStatus([=, this] { return tr("Đã mở %1.").arg(QFileInfo(path).fileName()); });
  // A session that ended without saving this file may have left a newer copy of it: the screen
  // offers it (restore or discard) without stopping the user.
  setNewerRecovery(newerRecoveryOf(filePath_));
  return true;
}

bool DossierDocument::openCopy(const QString& pathOrUrl) {
  if (!open(pathOrUrl))
    return false;
  setNewerRecovery(std::nullopt);
  setFilePath(QString());
  setStatus([=, this] {
    return tr("Đã mở bản sao của %1: hãy \"Lưu thành\" để giữ lại.")
        .arg(QFileInfo(localPath(pathOrUrl)).fileName());
  });
  return true;
}

bool DossierDocument::save() {
  if (filePath_.isEmpty()) {
    setError(tr("Hồ sơ chưa có tên tệp: hãy chọn \"Lưu thành\"."));
    return false;
  }
  return saveAs(filePath_);
}

bool DossierDocument::saveAs(const QString& pathOrUrl) {
  QString path = localPath(pathOrUrl);
  if (path.isEmpty()) {
    setError(tr("Chưa chọn tệp để lưu."));
    return false;
  }
  if (!path.endsWith(QLatin1String(".xml")))
    path += QStringLiteral(".cptt.xml");
  Dossier copy = store_.dossier();
  if (copy.draft.created.empty())
    copy.draft.created = toStd(today());
  copy.draft.modified = toStd(today());
  Text error;
  try {
    // The file must open again: check the text with the core's reader before replacing anything.
    const DossierLoad check = load_dossier_text(write_dossier(copy), toStd(path));
    if (!check.result) {
      setError(tr("Chưa lưu: tệp sẽ không mở lại được: %1")
                   .arg(toQ(check.result.message.in(appLanguage()))));
      return false;
    }
    error = save_dossier_file(copy, toStd(path));
  } catch (const std::exception& e) {
    error = error_text(e);
  }
  if (!error.empty()) {
    setError(tr("Không lưu được %1: %2").arg(path, toQ(error.in(appLanguage()))));
    return false;
  }
  // The dates the file now has, not an edit to undo.
  store_.setDraft(copy.draft);
  forcedModified_ = false;
  stack_.setClean();
  removeRecoveryCopy();
  setFilePath(QFileInfo(path).absoluteFilePath());
  clearError();
  emit modifiedChanged();
  setStatus([=, this] { return tr("Đã lưu vào %1.").arg(QFileInfo(path).absoluteFilePath()); });
  return true;
}

void DossierDocument::close() {
  removeRecoveryCopy();
  replaceDossier(Dossier{}, QString(), false);
  clearError();
  setStatus(QString());
}

bool DossierDocument::restoreRecovery(const QString& recoveryFile) {
  const QString path = localPath(recoveryFile);
  if (!QFileInfo::exists(path)) {
    setNewerRecovery(std::nullopt);
    setError(tr("Bản sao phục hồi này không còn nữa: hồ sơ đã được lưu, hoặc bản sao đã được "
                "khôi phục hay bỏ đi ở nơi khác. Danh sách bản sao đã được cập nhật."));
    return false;
  }
  if (recoveryInUse(path)) {
    setError(tr("Bản sao phục hồi này đang được một cửa sổ CPTT khác dùng."));
    return false;
  }
  DossierLoad load = load_dossier_file(toStd(path));
  if (!load.result) {
    setError(toQ(load.result.describe(appLanguage())));
    return false;
  }
  const QString origin = recoveryOrigin(path);
  removeRecoveryCopy();
  replaceDossier(std::move(load.dossier), origin, true);
  forcedModified_ = true;
  emit modifiedChanged();
  // The restored copy becomes this session's copy until the dossier is saved.
  writeRecoveryCopy();
  removeRecovery(path);
  clearError();
  setStatus([=, this] { return tr("Đã khôi phục bản sao chưa lưu. Hãy lưu hồ sơ."); });
  return true;
}

void DossierDocument::discardRecovery(const QString& recoveryFile) {
  const QString path = localPath(recoveryFile);
  if (path == recoveryPath_ || recoveryInUse(path))
    return; // this session's own copy, or a live session's: not ours to discard
  removeRecovery(path);
  if (newerRecovery_ && newerRecovery_->path == path)
    setNewerRecovery(std::nullopt);
  setStatus([=, this] { return tr("Đã bỏ bản sao phục hồi."); });
}

bool DossierDocument::writeRecoveryCopy() {
  if (!open_)
    return false;
  const QString file = recoveryFileFor(sessionId_);
  if (!recoveryLock_) {
    // Held while the copy exists: the start screen of any session leaves a live session's copy
    // alone; once this process ends (even killed), the lock is stale and the copy is offered.
    auto lock = std::make_unique<QLockFile>(recoveryLockFile(file));
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
      recoveryLock_ = std::move(lock);
  }
  Text error;
  try {
    error = write_file_atomically(toStd(file), write_dossier(store_.dossier()));
  } catch (const std::exception& e) {
    error = error_text(e);
  }
  if (!error.empty()) {
    setStatus([=, this] {
      return tr("Không ghi được bản sao phục hồi: %1").arg(toQ(error.in(appLanguage())));
    });
    return false;
  }
  writeRecoveryInfo(file, filePath_, title());
  if (recoveryPath_ != file) {
    recoveryPath_ = file;
    emit recoveryPathChanged();
  }
  return true;
}

void DossierDocument::removeRecoveryCopy() {
  autosave_.stop();
  autosaveMax_.stop();
  if (recoveryPath_.isEmpty())
    return;
  removeRecovery(recoveryPath_);
  recoveryLock_.reset(); // after the copy: no moment where it looks left behind
  recoveryPath_.clear();
  emit recoveryPathChanged();
}

void DossierDocument::discardChanges() { removeRecoveryCopy(); }

bool DossierDocument::exportReport(const QString& pathOrUrl) {
  QString path = localPath(pathOrUrl);
  if (path.isEmpty()) {
    setError(tr("Chưa chọn tệp để xuất báo cáo."));
    return false;
  }
  if (!path.endsWith(QLatin1String(".xml")))
    path += QStringLiteral(".report.xml");
  // The same metadata as `cptt export`, from the reference data the app has loaded.
  const ReferenceLibrary* reference = ReferenceLibrary::instance();
  ReportMetadata metadata = report_metadata(reference->loaded() ? &reference->data() : nullptr);
  Text error;
  try {
    error = export_report_file(store_.dossier(), toStd(path), metadata);
  } catch (const std::exception& e) {
    error = error_text(e);
  }
  if (!error.empty()) {
    setError(tr("Không xuất được báo cáo %1: %2").arg(path, toQ(error.in(appLanguage()))));
    return false;
  }
  lastExportPath_ = QFileInfo(path).absoluteFilePath();
  emit lastExportPathChanged();
  clearError();
  setStatus([=, this] { return tr("Đã xuất báo cáo vào %1.").arg(lastExportPath_); });
  return true;
}

bool DossierDocument::exportDocument(const QString& pathOrUrl, const QString& defaultSuffix) {
  QString path = localPath(pathOrUrl);
  if (path.isEmpty()) {
    setError(tr("Chưa chọn tệp để xuất văn bản."));
    return false;
  }
  // The core decides the formats (PDF, ODT, DOCX); a name with none of their extensions gets the
  // dialog's file type.
  cptt::render::Format format;
  if (!cptt::render::format_from_path(toStd(path), format))
    path += defaultSuffix == QLatin1String(".odt") || defaultSuffix == QLatin1String(".docx")
                ? defaultSuffix
                : QStringLiteral(".pdf");
  Text error;
  try {
    error = cptt::render::write_assessment_document(store_.dossier(), formCatalog(), toStd(path));
  } catch (const std::exception& e) {
    error = error_text(e);
  }
  if (!error.empty()) {
    setError(tr("Không xuất được văn bản %1: %2").arg(path, toQ(error.in(appLanguage()))));
    return false;
  }
  lastExportPath_ = QFileInfo(path).absoluteFilePath();
  emit lastExportPathChanged();
  clearError();
  setStatus([=, this] { return tr("Đã xuất văn bản vào %1.").arg(lastExportPath_); });
  return true;
}

void DossierDocument::setAutosaveInterval(int ms) {
  if (ms == autosave_.interval() || ms <= 0)
    return;
  autosave_.setInterval(ms);
  emit autosaveIntervalChanged();
}

void DossierDocument::setAutosaveMaxDelay(int ms) {
  if (ms == autosaveMax_.interval() || ms <= 0)
    return;
  autosaveMax_.setInterval(ms);
  emit autosaveIntervalChanged();
}

QString DossierDocument::suggestedFileName(const QString& suffix) const {
  QString base;
  if (!filePath_.isEmpty()) {
    base = QFileInfo(filePath_).fileName();
    for (const char* known : {".cptt.xml", ".xml"})
      if (base.endsWith(QLatin1String(known))) {
        base.chop(static_cast<int>(qstrlen(known)));
        break;
      }
  } else {
    // The title without its accents ("Dự thảo Luật" → "Du-thao-Luat"): a name every system
    // and mail program carries unchanged.
    QString plain = title().normalized(QString::NormalizationForm_D);
    plain.replace(QChar(0x0111), QLatin1Char('d')).replace(QChar(0x0110), QLatin1Char('D'));
    QString word;
    for (const QChar c : plain) {
      if (c.category() == QChar::Mark_NonSpacing)
        continue;
      if (c.unicode() < 128 && c.isLetterOrNumber()) {
        word += c;
      } else if (!word.isEmpty() && !word.endsWith(QLatin1Char('-'))) {
        word += QLatin1Char('-');
      }
    }
    while (word.endsWith(QLatin1Char('-')))
      word.chop(1);
    base = word.left(80);
    while (base.endsWith(QLatin1Char('-')))
      base.chop(1);
    if (base.isEmpty())
      base = QStringLiteral("ho-so");
  }
  return base + suffix;
}

QString DossierDocument::displayName() const {
  if (!open_)
    return QString();
  if (filePath_.isEmpty())
    return tr("Hồ sơ chưa đặt tên");
  return QFileInfo(filePath_).fileName();
}

void DossierDocument::setFilePath(const QString& path) {
  if (path == filePath_)
    return;
  filePath_ = path;
  emit filePathChanged();
}
