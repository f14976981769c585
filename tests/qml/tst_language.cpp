// The language switch: loads the app's Main.qml offscreen with the translations compiled from
// qml/i18n (the same .ts files as cptt-app, under :/i18n), switches to English through the Start
// screen's combo box, checks visible texts (start screen, tool bar, window title, reviewer screen)
// and the bridge's own strings, checks the choice is written to the settings file and read back
// by a new AppSettings, then switches back to Vietnamese. Settings go to a temporary folder
// (QSettings::setPath, plus QStandardPaths test mode), never to the user's.
#include "appsettings.h"

#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CpttPlugin)

namespace {

void collect(QQuickItem* item, QList<QQuickItem*>& out) {
  if (!item || !item->isVisible())
    return;
  out.push_back(item);
  for (QQuickItem* child : item->childItems())
    collect(child, out);
}

// The texts of every visible item of the window (labels, buttons, tabs, …).
QStringList visibleTexts(QQuickWindow* window) {
  QList<QQuickItem*> items;
  collect(window->contentItem(), items);
  QStringList texts;
  for (QQuickItem* item : items) {
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty())
      texts.push_back(text.toString());
  }
  return texts;
}

// The Start screen's language combo box (model "Tiếng Việt", "English").
QQuickItem* languageBox(QQuickWindow* window) {
  QList<QQuickItem*> items;
  collect(window->contentItem(), items);
  for (QQuickItem* item : items)
    if (item->inherits("QQuickComboBox") &&
        item->property("model").toStringList() ==
            QStringList{QStringLiteral("Tiếng Việt"), QStringLiteral("English")})
      return item;
  return nullptr;
}

} // namespace

class LanguageTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY(settingsDir_.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir_.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
    QCoreApplication::setOrganizationName(QStringLiteral("CPTT-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    QSettings().clear();
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    // As in main.cpp: the settings (and their translator) exist before the QML is loaded.
    AppSettings* settings = AppSettings::instance();
    QCOMPARE(settings->language(), QStringLiteral("vi"));
    engine_.reset(new QQmlApplicationEngine);
    settings->setEngine(engine_.get());
    engine_->addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine_->load(QUrl(QStringLiteral("qrc:/qt/qml/Cptt/Main.qml")));
    QVERIFY(!engine_->rootObjects().isEmpty());
    window_ = qobject_cast<QQuickWindow*>(engine_->rootObjects().constFirst());
    QVERIFY(window_);
    QVERIFY(QTest::qWaitForWindowExposed(window_));
  }

  void cleanupTestCase() {
    engine_.reset();
    AppSettings::instance()->setEngine(nullptr);
  }

  // QML's AppSettings is the C++ one (Qt 6.4 would make a second one if it could construct it).
  void qmlUsesTheOneInstance() {
    const int type = qmlTypeId("Cptt", 1, 0, "AppSettings");
    QVERIFY(type >= 0);
    QCOMPARE(engine_->singletonInstance<AppSettings*>(type), AppSettings::instance());
  }

  void translationsAreCompiledIn() {
    QVERIFY(QFileInfo::exists(QStringLiteral(":/i18n/cptt_en.qm")));
    QVERIFY(QFileInfo::exists(QStringLiteral(":/i18n/cptt_vi.qm")));
  }

  void startsInVietnamese() {
    checkVietnamese();
    QCOMPARE(languageBox(window_)->property("currentIndex").toInt(), 0);
  }

  void switchesToEnglishAndRemembersIt() {
    QQuickItem* box = languageBox(window_);
    QVERIFY(box);
    QSignalSpy changed(AppSettings::instance(), &AppSettings::languageChanged);
    // What choosing "English" in the combo box does (its onActivated handler).
    QVERIFY(QMetaObject::invokeMethod(box, "activated", Q_ARG(int, 1)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AppSettings::instance()->language(), QStringLiteral("en"));
    checkEnglish();
    QCOMPARE(box->property("currentIndex").toInt(), 1);

    // Written to the settings file, and read back by a new settings object.
    QCOMPARE(storedLanguage(), QStringLiteral("en"));
    {
      AppSettings fresh(nullptr);
      QCOMPARE(fresh.language(), QStringLiteral("en"));
    }
    // The new object's translator is gone with it; the app's own one still translates.
    checkEnglish();
  }

  void switchesBackToVietnamese() {
    QQuickItem* box = languageBox(window_);
    QVERIFY(box);
    QVERIFY(QMetaObject::invokeMethod(box, "activated", Q_ARG(int, 0)));
    QCOMPARE(AppSettings::instance()->language(), QStringLiteral("vi"));
    checkVietnamese();
    QCOMPARE(box->property("currentIndex").toInt(), 0);
    QCOMPARE(storedLanguage(), QStringLiteral("vi"));
    AppSettings fresh(nullptr);
    QCOMPARE(fresh.language(), QStringLiteral("vi"));
  }

  void unknownLanguageFallsBackToVietnamese() {
    AppSettings::instance()->setLanguage(QStringLiteral("fr"));
    QCOMPARE(AppSettings::instance()->language(), QStringLiteral("vi"));
    checkVietnamese();
  }

private:
  // The language as stored on disk (the settings file itself, not QSettings' in-memory cache).
  QString storedLanguage() const {
    const QString file = settingsDir_.filePath(QStringLiteral("CPTT-test/tst_language.conf"));
    if (!QFileInfo::exists(file))
      return QStringLiteral("(no settings file %1)").arg(file);
    return QSettings(file, QSettings::IniFormat).value(QStringLiteral("language")).toString();
  }

  void checkTexts(const QString& title, const QStringList& shown, const QStringList& hidden,
                  const QString& reviewTitle) {
    QTRY_COMPARE(window_->title(), title);
    window_->setProperty("screen", QStringLiteral("start"));
    const QStringList texts = visibleTexts(window_);
    for (const QString& s : shown)
      QVERIFY2(texts.contains(s), qPrintable(QStringLiteral("not shown: ") + s));
    for (const QString& s : hidden)
      QVERIFY2(!texts.contains(s), qPrintable(QStringLiteral("still shown: ") + s));
    // The reviewer's screen (strings added with reviewer mode).
    window_->setProperty("screen", QStringLiteral("review"));
    QTRY_VERIFY2(visibleTexts(window_).contains(reviewTitle), qPrintable(reviewTitle));
    window_->setProperty("screen", QStringLiteral("start"));
  }

  void checkEnglish() {
    checkTexts(QStringLiteral("CPTT: compliance cost of administrative procedures"),
               {QStringLiteral("Impact assessment of administrative procedures"),
                QStringLiteral("Create a new dossier"), QStringLiteral("Review a report…"),
                QStringLiteral("New"), QStringLiteral("Open…")},
               {QStringLiteral("Đánh giá tác động thủ tục hành chính"),
                QStringLiteral("Tạo hồ sơ mới"), QStringLiteral("Mới")},
               QStringLiteral("Review of an impact assessment report"));
    // Strings of the C++ bridge go through the same translator.
    QCOMPARE(QCoreApplication::translate("ReviewVerdictModel", "Cần bổ sung, chỉnh sửa"),
             QStringLiteral("Needs additions or corrections"));
    QCOMPARE(QCoreApplication::translate("AppSettings", "Hồ sơ chưa đặt tên"),
             QStringLiteral("Untitled dossier"));
  }

  void checkVietnamese() {
    checkTexts(QStringLiteral("CPTT: chi phí tuân thủ thủ tục hành chính"),
               {QStringLiteral("Đánh giá tác động thủ tục hành chính"),
                QStringLiteral("Tạo hồ sơ mới"), QStringLiteral("Thẩm định báo cáo…"),
                QStringLiteral("Mới"), QStringLiteral("Mở…")},
               {QStringLiteral("Impact assessment of administrative procedures"),
                QStringLiteral("Create a new dossier"), QStringLiteral("New")},
               QStringLiteral("Thẩm định báo cáo đánh giá tác động"));
    QCOMPARE(QCoreApplication::translate("ReviewVerdictModel", "Cần bổ sung, chỉnh sửa"),
             QStringLiteral("Cần bổ sung, chỉnh sửa"));
  }

  QTemporaryDir settingsDir_;
  std::unique_ptr<QQmlApplicationEngine> engine_;
  QQuickWindow* window_ = nullptr;
};

QTEST_MAIN(LanguageTest)

#include "tst_language.moc"
