// QtTest for recovery copies: when the document writes them (a moment after the last edit, and
// at the latest some seconds after the first one), how the start screen names and refreshes
// them, and the notice that opening a file gives when a newer copy of it was left behind.
#include "appsettings.h"
#include "document.h"
#include "filelistmodel.h"
#include "recovery.h"
#include "referencelibrary.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cptt::bridge;

namespace {

const QString example = QStringLiteral(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml");

QString role(const QAbstractItemModel& m, int row, const char* name) {
  const int r = m.roleNames().key(name, -1);
  return m.data(m.index(row, 0), r).toString();
}

// A session that ended with unsaved changes to `file`: its copy stays, its lock is released.
QString leaveCopyOf(const QString& file, const QString& title) {
  DossierDocument doc;
  if (!doc.open(file))
    return {};
  doc.setDraftField(DraftField::Title, title);
  if (!doc.writeRecoveryCopy())
    return {};
  return doc.recoveryPath(); // the document goes away modified: the copy is kept
}

} // namespace

class RecoveryTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CPTT-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recovery"));
    QVERIFY2(ReferenceLibrary::instance()->loaded(),
             qPrintable(ReferenceLibrary::instance()->errorString()));
  }

  void cleanup() {
    for (const auto& copy : listRecoveryCopies())
      removeRecovery(copy.path);
  }

  void copyIsWrittenSoonAfterTheLastEdit() {
    DossierDocument doc;
    // A few seconds after the last edit, at most ten seconds after the first one.
    QCOMPARE(doc.autosaveInterval(), 2000);
    QCOMPARE(doc.autosaveMaxDelay(), 10000);
    doc.setAutosaveInterval(400);
    doc.setAutosaveMaxDelay(60000);
    QVERIFY(doc.open(example));
    // Typing a note, a key every 50 ms for over a second: no copy while the typing goes on (the
    // timer waits for a pause) ...
    QString note;
    QElapsedTimer typing;
    typing.start();
    while (typing.elapsed() < 1200) {
      note += QLatin1Char('x');
      doc.setDraftField(DraftField::Notes, note);
      QTest::qWait(50);
    }
    QVERIFY2(doc.recoveryPath().isEmpty(), "the copy was written during the typing");
    // ... and one right after it stops, holding the last keystroke.
    QTRY_VERIFY_WITH_TIMEOUT(!doc.recoveryPath().isEmpty(), 3000);
    QFile f(doc.recoveryPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains(note.toUtf8()));
  }

  void continuousTypingIsSavedWithinTheMaximumDelay() {
    DossierDocument doc;
    doc.setAutosaveInterval(5000);
    doc.setAutosaveMaxDelay(500);
    QVERIFY(doc.open(example));
    QString note;
    QElapsedTimer typing;
    typing.start();
    while (doc.recoveryPath().isEmpty() && typing.elapsed() < 4000) {
      note += QLatin1Char('y');
      doc.setDraftField(DraftField::Notes, note);
      QTest::qWait(50);
    }
    QVERIFY2(!doc.recoveryPath().isEmpty(), "continuous typing was never saved");
    QVERIFY(typing.elapsed() < 4000);
  }

  void startScreenNamesCopiesByTitleAndLeavesLiveOnesOut() {
    AppSettings settings(nullptr);
    QAbstractItemModelTester tester(settings.recoveryCopies(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    {
      DossierDocument live;
      QVERIFY(live.open(example));
      live.setDraftField(DraftField::Title, QStringLiteral("Dự thảo đang mở"));
      QVERIFY(live.writeRecoveryCopy());
      settings.refreshRecoveryCopies();
      // This session's own copy is not offered back to it.
      QCOMPARE(settings.recoveryCopies()->rowCount(), 0);
    }
    // The session ended with the change unsaved: now its copy is offered, named by its title,
    // with when it was written and the file it is a copy of.
    QTRY_COMPARE(settings.recoveryCopies()->rowCount(), 1);
    const FileListModel& list = *settings.recoveryCopies();
    QCOMPARE(role(list, 0, "name"), QStringLiteral("Dự thảo đang mở"));
    const QString detail = role(list, 0, "detail");
    QVERIFY2(detail.contains(QFileInfo(example).absoluteFilePath()), qPrintable(detail));
    QVERIFY2(detail.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))),
             qPrintable(detail));
    const RecoveryCopy copy = readRecoveryCopy(list.pathAt(0));
    QCOMPARE(copy.title, QStringLiteral("Dự thảo đang mở"));
    QCOMPARE(copy.origin, QFileInfo(example).absoluteFilePath());
  }

  void listFollowsCopiesRemovedOrWrittenElsewhere() {
    AppSettings settings(nullptr);
    QCOMPARE(settings.recoveryCopies()->rowCount(), 0);
    const QString path = leaveCopyOf(example, QStringLiteral("Bản sao còn lại"));
    QVERIFY(!path.isEmpty());
    // Written by another session: the list shows it without being asked.
    QTRY_COMPARE(settings.recoveryCopies()->rowCount(), 1);
    // Removed by another session (it saved the dossier): the list drops it.
    removeRecovery(path);
    QTRY_COMPARE(settings.recoveryCopies()->rowCount(), 0);
    // A click on an entry that vanished meanwhile says so clearly.
    DossierDocument doc;
    QSignalSpy errors(&doc, &DossierDocument::errorOccurred);
    QVERIFY(!doc.restoreRecovery(path));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(doc.errorString().contains(QStringLiteral("không còn")),
             qPrintable(doc.errorString()));
  }

  void openingAFileTellsOfANewerCopy() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hoso.cptt.xml"));
    QVERIFY(QFile::copy(example, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                          QFileDevice::FileModificationTime));
    f.close();
    const QString copy = leaveCopyOf(file, QStringLiteral("Sửa chưa lưu"));
    QVERIFY(!copy.isEmpty());

    DossierDocument doc;
    QSignalSpy errors(&doc, &DossierDocument::errorOccurred);
    QSignalSpy notice(&doc, &DossierDocument::newerRecoveryChanged);
    QVERIFY(doc.open(file));
    QCOMPARE(errors.count(), 0); // told in place, not by a dialog
    QCOMPARE(doc.newerRecoveryPath(), copy);
    QVERIFY(!doc.newerRecoveryWritten().isEmpty());
    QVERIFY(notice.count() > 0);
    QVERIFY(doc.title() != QStringLiteral("Sửa chưa lưu"));
    // "Khôi phục": the copy's content, named after the file, modified.
    QVERIFY(doc.restoreRecovery(doc.newerRecoveryPath()));
    QCOMPARE(doc.title(), QStringLiteral("Sửa chưa lưu"));
    QCOMPARE(doc.filePath(), QFileInfo(file).absoluteFilePath());
    QVERIFY(doc.isModified());
    QVERIFY(doc.newerRecoveryPath().isEmpty());
    QVERIFY(!QFile::exists(copy));
  }

  void discardingTheNewerCopyRemovesIt() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hoso.cptt.xml"));
    QVERIFY(QFile::copy(example, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                          QFileDevice::FileModificationTime));
    f.close();
    const QString copy = leaveCopyOf(file, QStringLiteral("Sửa chưa lưu"));
    DossierDocument doc;
    QVERIFY(doc.open(file));
    QCOMPARE(doc.newerRecoveryPath(), copy);
    doc.discardRecovery(doc.newerRecoveryPath()); // "Bỏ bản sao"
    QVERIFY(doc.newerRecoveryPath().isEmpty());
    QVERIFY(!QFile::exists(copy));
    QVERIFY(!doc.isModified());
  }

  void aCopyOlderThanTheFileIsNotOffered() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hoso.cptt.xml"));
    QVERIFY(QFile::copy(example, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QString copy = leaveCopyOf(file, QStringLiteral("Cũ"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(
        f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    f.close();
    DossierDocument doc;
    QVERIFY(doc.open(file));
    QVERIFY(doc.newerRecoveryPath().isEmpty());
    QVERIFY(QFile::exists(copy)); // still on the start screen's list
  }
};

int main(int argc, char** argv) {
  QGuiApplication app(argc, argv);
  RecoveryTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
