// The language switch: loads the app's Main.qml offscreen with the translations compiled from
// qml/i18n (the same .ts files as cptt-app, under :/i18n), switches to English through the Start
// screen's combo box, checks visible texts (start screen, tool bar, window title, reviewer screen)
// and the bridge's own strings, checks the choice is written to the settings file and read back
// by a new AppSettings, then switches back to Vietnamese. Settings go to a temporary folder
// (QSettings::setPath, plus QStandardPaths test mode), never to the user's.
#include "app_walk.h"
#include "appsettings.h"

#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QtQml/QQmlExtensionPlugin>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CpttPlugin)

namespace {

using cptt_test::visibleItems;

// The texts of every visible item of the window (labels, buttons, tabs, …).
QStringList visibleTexts(QQuickWindow* window) {
  QStringList texts;
  for (QQuickItem* item : visibleItems(window->contentItem())) {
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty())
      texts.push_back(text.toString());
  }
  return texts;
}

// The Start screen's language combo box (model "Tiếng Việt", "English").
QQuickItem* languageBox(QQuickWindow* window) {
  for (QQuickItem* item : visibleItems(window->contentItem()))
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
    app_.useTestSettings(QStringLiteral("tst_language"));
    QCOMPARE(AppSettings::instance()->language(), QStringLiteral("vi"));
    app_.load();
    window_ = app_.window();
    QVERIFY(window_);
  }

  // QML's AppSettings is the C++ one (Qt 6.4 would make a second one if it could construct it).
  void qmlUsesTheOneInstance() {
    const int type = qmlTypeId("Cptt", 1, 0, "AppSettings");
    QVERIFY(type >= 0);
    QCOMPARE(app_.engine()->singletonInstance<AppSettings*>(type), AppSettings::instance());
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
    const QString file = app_.settingsFile();
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

  cptt_test::AppFixture app_;
  QQuickWindow* window_ = nullptr;
};

QTEST_MAIN(LanguageTest)

#include "tst_language.moc"
