// LibreOffice's headless conversion of the ODT to DOCX (see office_conversion.h for why).
#include "office_conversion.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace cptt::render::detail {

namespace {

// LibreOffice's first start in a new profile takes a while; a conversion that runs longer than
// this is stuck (a dialog, a broken installation).
constexpr int conversion_timeout_ms = 300'000;

QString office_program() {
  const QString configured = qEnvironmentVariable("CPTT_SOFFICE");
  if (!configured.isEmpty())
    return QDir::isAbsolutePath(configured) ? configured
                                            : QStandardPaths::findExecutable(configured);
  for (const char* name : {"soffice", "libreoffice"})
    if (QString path = QStandardPaths::findExecutable(QString::fromLatin1(name)); !path.isEmpty())
      return path;
  return {};
}

} // namespace

QByteArray convert_odt_to_docx(const QByteArray& odt, Text& error) {
  const QString program = office_program();
  if (program.isEmpty()) {
    error = {"cần LibreOffice (soffice) để ghi tệp Word; hãy cài gói libreoffice-writer-nogui",
             "writing Word files needs LibreOffice (soffice): install libreoffice-writer-nogui"};
    return {};
  }
  QTemporaryDir work;
  if (!work.isValid()) {
    error = {"không tạo được thư mục tạm", "cannot create a temporary folder"};
    return {};
  }
  const QString input = work.filePath(QStringLiteral("document.odt"));
  QFile file(input);
  if (!file.open(QIODevice::WriteOnly) || file.write(odt) != odt.size()) {
    error = {"không ghi được tệp tạm", "cannot write a temporary file"};
    return {};
  }
  file.close();

  QProcess office;
  office.setProgram(program);
  office.setArguments({QStringLiteral("-env:UserInstallation=") +
                           QUrl::fromLocalFile(work.filePath(QStringLiteral("profile"))).toString(),
                       QStringLiteral("--headless"), QStringLiteral("--norestore"),
                       QStringLiteral("--convert-to"), QStringLiteral("docx:MS Word 2007 XML"),
                       QStringLiteral("--outdir"), work.path(), input});
  office.setProcessChannelMode(QProcess::MergedChannels);
  office.start();
  if (!office.waitForStarted()) {
    const std::string why = office.errorString().toStdString();
    error = {"không chạy được LibreOffice: " + why, "cannot start LibreOffice: " + why};
    return {};
  }
  if (!office.waitForFinished(conversion_timeout_ms)) {
    office.kill();
    office.waitForFinished();
    error = {"LibreOffice không chuyển xong tệp Word", "LibreOffice did not finish the Word file"};
    return {};
  }
  QFile result(work.filePath(QStringLiteral("document.docx")));
  if (office.exitStatus() != QProcess::NormalExit || office.exitCode() != 0 ||
      !result.open(QIODevice::ReadOnly)) {
    const std::string output = QString::fromLocal8Bit(office.readAll()).simplified().toStdString();
    error = {"LibreOffice không chuyển được sang Word: " + output,
             "LibreOffice could not convert to Word: " + output};
    return {};
  }
  return result.readAll();
}

} // namespace cptt::render::detail
