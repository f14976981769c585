// Qt's own strings follow the app's language: Debian ships no Vietnamese Qt
// catalogue, so qml/i18n/qt_vi.ts translates the Qt contexts the app shows and AppSettings
// installs it in Vietnamese mode only. Loads the app's Main.qml offscreen with the catalogues
// compiled as cptt-app has them (under :/i18n), opens the app's save dialog (AppDialogs.saveAs,
// what "Lưu thành…" does) and reads what Qt's own file dialog shows: its labels and its buttons,
// in Vietnamese mode and in English mode; a Dialog's standard buttons likewise; and every entry
// of qt_vi.ts translates in Vietnamese mode only. Settings go to a temporary folder.
#include "app_walk.h"
#include "appsettings.h"

#include <QFile>
#include <QLibraryInfo>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QXmlStreamReader>
#include <QtQml/QQmlExtensionPlugin>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CpttPlugin)

namespace {

using cptt_test::allItems;

// Visible all the way up to `root`.
bool shown(QQuickItem* item, QQuickItem* root) {
  for (QQuickItem* i = item; i; i = i->parentItem()) {
    if (!i->isVisible())
      return false;
    if (i == root)
      return true;
  }
  return true;
}

struct Shown {
  QStringList labels;  // texts of the labels and other non-button items
  QStringList buttons; // texts of the buttons
};

Shown textsIn(QQuickItem* root) {
  Shown out;
  for (QQuickItem* item : allItems(root)) {
    if (!shown(item, root))
      continue;
    const QVariant text = item->property("text");
    if (!text.isValid() || text.toString().isEmpty())
      continue;
    (item->inherits("QQuickAbstractButton") ? out.buttons : out.labels) << text.toString();
  }
  return out;
}

// One message of qt_vi.ts.
struct Entry {
  QString context, source, translation;
};

QList<Entry> catalogue(const QString& path) {
  QList<Entry> entries;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    qWarning() << "cannot read" << path;
    return entries;
  }
  QXmlStreamReader xml(&file);
  QString context;
  Entry entry;
  while (!xml.atEnd()) {
    if (xml.readNext() != QXmlStreamReader::StartElement)
      continue;
    if (xml.name() == QLatin1String("name"))
      context = xml.readElementText();
    else if (xml.name() == QLatin1String("message"))
      entry = {context, {}, {}};
    else if (xml.name() == QLatin1String("source"))
      entry.source = xml.readElementText();
    else if (xml.name() == QLatin1String("translation")) {
      entry.translation = xml.readElementText();
      entries.push_back(entry);
    }
  }
  if (xml.hasError()) {
    qWarning() << path << xml.lineNumber() << xml.errorString();
    return {};
  }
  return entries;
}

} // namespace

class QtStringsTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    app_.useTestSettings(QStringLiteral("tst_qt_strings"));
    QSettings().setValue(QStringLiteral("lastFolder"), app_.settingsPath());
    QCOMPARE(AppSettings::instance()->language(), QStringLiteral("vi"));
    app_.load();
    window_ = app_.window();
    QVERIFY(window_);
    for (QQuickItem* item : allItems(window_->contentItem()))
      if (QByteArray(item->metaObject()->className()).startsWith("AppDialogs"))
        dialogs_ = item;
    QVERIFY2(dialogs_, "no AppDialogs in Main.qml");
  }

  void catalogueIsCompiledIn() { QVERIFY(QFileInfo::exists(QStringLiteral(":/i18n/qt_vi.qm"))); }

  // Every entry of qt_vi.ts: translated in Vietnamese mode, Qt's English in English mode.
  void everyEntryTranslatesInVietnameseOnly() {
    const QList<Entry> entries = catalogue(QStringLiteral(CPTT_QT_VI_TS));
    QVERIFY2(entries.size() >= 20, "qt_vi.ts unreadable or nearly empty");
    for (const Entry& e : entries) {
      QVERIFY2(!e.translation.isEmpty() && e.translation != e.source,
               qPrintable(e.context + QStringLiteral(": ") + e.source));
      // An accelerator in Qt's text keeps one in the Vietnamese.
      if (e.source.contains(QLatin1Char('&')))
        QVERIFY2(e.translation.contains(QLatin1Char('&')), qPrintable(e.source));
    }
    for (const Entry& e : entries)
      QCOMPARE(QCoreApplication::translate(qPrintable(e.context), qPrintable(e.source)),
               e.translation);
    AppSettings::instance()->setLanguage(QStringLiteral("en"));
    for (const Entry& e : entries)
      QCOMPARE(QCoreApplication::translate(qPrintable(e.context), qPrintable(e.source)), e.source);
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
    for (const Entry& e : entries)
      QCOMPARE(QCoreApplication::translate(qPrintable(e.context), qPrintable(e.source)),
               e.translation);
  }

  // The contexts and texts of the Qt Quick dialogs are Qt's: the installed dialog QML says
  // qsTr("File name") and qsTr("Filter") (the context of qsTr is the file's name).
  void fileDialogEntriesAreQtsOwn() {
    const QString dir = QLibraryInfo::path(QLibraryInfo::QmlImportsPath) +
                        QStringLiteral("/QtQuick/Dialogs/quickimpl/qml/");
    const QList<Entry> entries = catalogue(QStringLiteral(CPTT_QT_VI_TS));
    QVERIFY(!entries.isEmpty());
    int checked = 0;
    for (const Entry& e : entries) {
      if (e.context.startsWith(QLatin1Char('Q')))
        continue; // C++ contexts of qtbase (QPlatformTheme, QGnomeTheme)
      ++checked;
      for (const QString& variant : {QString(), QStringLiteral("+Fusion/")}) {
        QFile qml(dir + variant + e.context + QStringLiteral(".qml"));
        QVERIFY2(qml.open(QIODevice::ReadOnly), qPrintable(qml.fileName()));
        const QString want = QStringLiteral("qsTr(\"%1\")").arg(e.source);
        QVERIFY2(QString::fromUtf8(qml.readAll()).contains(want),
                 qPrintable(qml.fileName() + QStringLiteral(" lacks ") + want));
      }
    }
    QVERIFY(checked >= 2);
  }

  void saveDialogInVietnamese() {
    QCOMPARE(AppSettings::instance()->language(), QStringLiteral("vi"));
    const Shown shownTexts = openSaveDialog();
    for (const QString& s : {QStringLiteral("Lưu hồ sơ"), QStringLiteral("Tên tệp"),
                             QStringLiteral("Loại tệp"), QStringLiteral("Hồ sơ CPTT (*.cptt.xml)")})
      QVERIFY2(shownTexts.labels.contains(s), qPrintable(s + describe(shownTexts)));
    for (const QString& s : {QStringLiteral("Mở"), QStringLiteral("Huỷ")})
      QVERIFY2(shownTexts.buttons.contains(s), qPrintable(s + describe(shownTexts)));
    for (const QString& s :
         {QStringLiteral("File name"), QStringLiteral("Filter"), QStringLiteral("Open"),
          QStringLiteral("Save"), QStringLiteral("Cancel")})
      QVERIFY2(!shownTexts.labels.contains(s) && !shownTexts.buttons.contains(s),
               qPrintable(QStringLiteral("English: ") + s + describe(shownTexts)));
    closeFileDialog();
  }

  // What Qt formats by the default locale (the file list's dates and sizes) follows too.
  void defaultLocaleFollows() {
    QCOMPARE(QLocale().language(), QLocale::Vietnamese);
    AppSettings::instance()->setLanguage(QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
    QCOMPARE(QLocale().language(), QLocale::Vietnamese);
  }

  void saveDialogInEnglish() {
    AppSettings::instance()->setLanguage(QStringLiteral("en"));
    const Shown shownTexts = openSaveDialog();
    for (const QString& s : {QStringLiteral("File name"), QStringLiteral("Filter")})
      QVERIFY2(shownTexts.labels.contains(s), qPrintable(s + describe(shownTexts)));
    for (const QString& s : {QStringLiteral("Open"), QStringLiteral("Cancel")})
      QVERIFY2(shownTexts.buttons.contains(s), qPrintable(s + describe(shownTexts)));
    for (const QString& s :
         {QStringLiteral("Tên tệp"), QStringLiteral("Loại tệp"), QStringLiteral("Mở"),
          QStringLiteral("Huỷ"), QStringLiteral("Lưu hồ sơ")})
      QVERIFY2(!shownTexts.labels.contains(s) && !shownTexts.buttons.contains(s),
               qPrintable(QStringLiteral("Vietnamese: ") + s + describe(shownTexts)));
    closeFileDialog();
  }

  // Back in Vietnamese (the Qt catalogue installed again), the same dialog reads Vietnamese.
  void saveDialogBackInVietnamese() {
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
    const Shown shownTexts = openSaveDialog();
    QVERIFY2(shownTexts.labels.contains(QStringLiteral("Tên tệp")),
             qPrintable(describe(shownTexts)));
    QVERIFY2(shownTexts.buttons.contains(QStringLiteral("Mở")), qPrintable(describe(shownTexts)));
    QVERIFY2(shownTexts.buttons.contains(QStringLiteral("Huỷ")), qPrintable(describe(shownTexts)));
    closeFileDialog();
  }

  // A Quick Controls Dialog's standard buttons (as AddTaskDialog's Dialog.Cancel).
  void standardButtons_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("vi") << QStringLiteral("vi")
                        << QStringList{QStringLiteral("Đồng ý"), QStringLiteral("Huỷ")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("OK"), QStringLiteral("Cancel")};
  }
  void standardButtons() {
    QFETCH(QString, language);
    QFETCH(QStringList, texts);
    AppSettings::instance()->setLanguage(language);
    QQmlComponent component(app_.engine());
    component.setData("import QtQuick\nimport QtQuick.Controls\n"
                      "Dialog { standardButtons: Dialog.Ok | Dialog.Cancel }",
                      QUrl(QStringLiteral("qrc:/tst_qt_strings/StandardButtons.qml")));
    std::unique_ptr<QObject> dialog(component.createWithInitialProperties(
        {{QStringLiteral("parent"), QVariant::fromValue<QObject*>(window_->contentItem())}}));
    QVERIFY2(dialog, qPrintable(component.errorString()));
    QVERIFY(QMetaObject::invokeMethod(dialog.get(), "open"));
    QTRY_VERIFY(dialog->property("opened").toBool());
    QQuickItem* footer = dialog->property("footer").value<QQuickItem*>();
    QVERIFY(footer);
    const Shown shownTexts = textsIn(footer);
    for (const QString& s : texts)
      QVERIFY2(shownTexts.buttons.contains(s), qPrintable(s + describe(shownTexts)));
    QCOMPARE(shownTexts.buttons.size(), texts.size());
    QVERIFY(QMetaObject::invokeMethod(dialog.get(), "close"));
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
  }

  // A failed check leaves no dialog open for the next one.
  void cleanup() {
    if (fileDialogPopup()) {
      QTest::keyClick(window_, Qt::Key_Escape);
      QTRY_VERIFY(fileDialogPopup() == nullptr);
    }
  }

private:
  static QString describe(const Shown& s) {
    return QStringLiteral("\n  labels: ") + s.labels.join(QStringLiteral(" | ")) +
           QStringLiteral("\n  buttons: ") + s.buttons.join(QStringLiteral(" | "));
  }

  // The open file dialog's popup item (the one holding Qt's file list), or null.
  QQuickItem* fileDialogPopup() const {
    for (QQuickItem* item : allItems(window_->contentItem()))
      if (item->objectName() == QLatin1String("fileDialogListView") && item->isVisible())
        for (QQuickItem* p = item; p; p = p->parentItem())
          if (p->inherits("QQuickPopupItem"))
            return p->isVisible() ? p : nullptr;
    return nullptr;
  }

  // What "Lưu thành…" does: AppDialogs.saveAs(null); returns what the dialog shows once open.
  Shown openSaveDialog() {
    if (!QMetaObject::invokeMethod(dialogs_, "saveAs", Q_ARG(QVariant, QVariant())))
      return {};
    QQuickItem* popup = nullptr;
    if (!QTest::qWaitFor([&] { return (popup = fileDialogPopup()) != nullptr; }))
      return {};
    // Let the dialog lay itself out (the file list, the button box).
    QTest::qWait(50);
    return textsIn(popup);
  }

  void closeFileDialog() {
    QQuickItem* popup = fileDialogPopup();
    QVERIFY(popup);
    QTest::keyClick(window_, Qt::Key_Escape);
    QTRY_VERIFY(fileDialogPopup() == nullptr);
  }

  cptt_test::AppFixture app_;
  QQuickWindow* window_ = nullptr;
  QQuickItem* dialogs_ = nullptr;
};

QTEST_MAIN(QtStringsTest)

#include "tst_qt_strings.moc"
