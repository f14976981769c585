// The app's dialogs and prompts by keyboard, in the real cptt-app window (Xvfb, xcb, real key and
// mouse events): each opens with its title read and the focus on its first field; Escape closes
// it and changes nothing; Enter gives the default answer when the input is valid, and nothing
// when it is not; Tab goes through its controls in reading order and never to an invisible one;
// every control has a name a screen reader reads. The add-task dialog speaks the drafter's words:
// durations in hours and minutes, no ids, file names or English in Vietnamese mode (and none of
// the Vietnamese in English mode). With CPTT_DIALOG_SHOTS=DIR each dialog is saved there as PNG.
#include "uidriver.h"

#include "appsettings.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using cptt::window::Match;
using cptt::window::Ui;

#define STEP(ok, what)                                                                             \
  do {                                                                                             \
    if (!(ok))                                                                                     \
      QFAIL(qPrintable(QStringLiteral("%1\n--- shown:\n%2").arg(what, ui->dump())));               \
  } while (false)

class DialogKeys : public QObject {
  Q_OBJECT

  std::unique_ptr<QQmlApplicationEngine> engine;
  QQuickWindow* window = nullptr;
  std::unique_ptr<Ui> ui;
  QTemporaryDir dir;
  QObject* doc = nullptr;

  QQuickItem* button(const QString& name) {
    return ui->find({.name = name, .type = QStringLiteral("QQuickAbstractButton")});
  }
  bool clickName(const QString& name) { return ui->click(button(name)); }
  QQuickItem* focused() const { return window->activeFocusItem(); }
  // The name a screen reader reads: Accessible.name, else a button's text (Qt names a button by
  // its text once a screen reader turns accessibility on, which Xvfb has no bus for).
  static QString nameOf(QQuickItem* item) {
    if (!item)
      return {};
    QString name = cptt::window::accessibleName(item);
    if (name.isEmpty() && item->inherits("QQuickAbstractButton"))
      name = cptt::window::itemText(item);
    return name;
  }
  // Tasks of every worksheet of the open dossier.
  int tasks() const {
    int n = 0;
    for (QObject* o : window->findChildren<QObject*>())
      if (o->inherits("WorksheetModel"))
        n += o->property("count").toInt();
    return n;
  }
  // The title of the top popup: Qt 6.4's Dialog gives it as the dialog's accessible name once a
  // screen reader turns accessibility on.
  QString popupName() const {
    QQuickItem* popup = ui->topPopup();
    return popup ? popup->property("title").toString() : QString();
  }
  bool popupOpen() const { return ui->topPopup() != nullptr; }
  bool waitOpen() {
    return ui->waitFor([&] { return popupOpen(); });
  }
  bool waitClosed() {
    return ui->waitFor([&] { return !popupOpen(); });
  }
  // Every text the top popup shows.
  QStringList popupTexts() const {
    QStringList out;
    for (QQuickItem* item : ui->items(ui->topPopup()))
      if (item->isVisible() && !cptt::window::itemText(item).isEmpty())
        out << cptt::window::itemText(item);
    return out;
  }
  void shot(const QString& name) {
    const QString shots = qEnvironmentVariable("CPTT_DIALOG_SHOTS");
    if (shots.isEmpty())
      return;
    QDir().mkpath(shots);
    ui->settle(200);
    window->grabWindow().save(QDir(shots).filePath(name + QStringLiteral(".png")));
  }
  // Each control of the top popup a user can reach has a name; the focus is on a shown item.
  void everyControlNamed() {
    QQuickItem* popup = ui->topPopup();
    QVERIFY(popup);
    for (QQuickItem* item : ui->items(popup)) {
      const bool control = item->inherits("QQuickAbstractButton") ||
                           item->inherits("QQuickComboBox") || item->inherits("QQuickTextField") ||
                           item->inherits("QQuickListView");
      // The button box lays its buttons out in a list of its own, never focused.
      if (!control || !ui->shown(item) || !item->isEnabled() ||
          (item->parentItem() && item->parentItem()->inherits("QQuickDialogButtonBox")))
        continue;
      QVERIFY2(!nameOf(item).isEmpty(), qPrintable(cptt::window::describe(item)));
    }
  }
  // Presses Tab until the focus comes back; the controls met are shown, named, and in reading
  // order (top to bottom, left to right within a row), starting with `first`.
  QStringList tabOrder(const QString& first) {
    QStringList names;
    QQuickItem* start = focused();
    if (!start || nameOf(start) != first) {
      qWarning() << "focus on" << cptt::window::describe(start) << "not" << first;
      return {};
    }
    QPointF last(-1, -1);
    QQuickItem* item = start;
    bool wrapped = false; // from the last control back to the first, once
    for (int i = 0; i < 20; ++i) {
      if (!ui->shown(item)) {
        qWarning() << "focus on a hidden item" << cptt::window::describe(item);
        return {};
      }
      const QPointF at = item->mapToScene(QPointF(0, 0));
      if (at.y() < last.y() - 4 || (qAbs(at.y() - last.y()) <= 4 && at.x() < last.x())) {
        if (wrapped) {
          qWarning() << "out of reading order:" << cptt::window::describe(item) << at << last;
          return {};
        }
        wrapped = true;
      }
      last = at;
      names << nameOf(item);
      ui->key(Qt::Key_Tab);
      item = focused();
      if (item == start)
        return names;
    }
    qWarning() << "Tab never came back to" << first << names;
    return {};
  }

  void openWorksheet() {
    QVERIFY(clickName(QStringLiteral("Tạo hồ sơ mới")));
    QTRY_VERIFY(doc->property("isOpen").toBool());
    QVERIFY(clickName(QStringLiteral("Thêm thủ tục")));
    QVERIFY(waitOpen());
    // The kind menu: Escape closes it and adds nothing.
    ui->key(Qt::Key_Escape);
    QVERIFY(waitClosed());
    QCOMPARE(doc->property("procedureCount").toInt(), 0);
    QVERIFY(clickName(QStringLiteral("Thêm thủ tục")));
    QVERIFY(waitOpen());
    QVERIFY(ui->click(ui->find({.text = QStringLiteral("Thủ tục mới"),
                                .type = QStringLiteral("QQuickMenuItem"),
                                .within = ui->topPopup()})));
    QTRY_COMPARE(doc->property("procedureCount").toInt(), 1);
    QQuickItem* row = ui->find({.name = QStringLiteral("Thủ tục 1:"),
                                .type = QStringLiteral("QQuickItemDelegate"),
                                .contains = true});
    QVERIFY(ui->doubleClick(row));
    QVERIFY(ui->click(
        ui->find({.text = QStringLiteral("3. Chi phí tuân thủ"), .type = "QQuickTabButton"})));
    QVERIFY(button(QStringLiteral("Thêm công việc từ danh mục")));
  }

private slots:
  void initTestCase() {
    QVERIFY(dir.isValid());
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    window = cptt::window::startApp(engine);
    QVERIFY2(window, "the app did not start");
    AppSettings::instance()->setLastFolder(dir.path());
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
    window->resize(1280, 800);
    ui = std::make_unique<Ui>(window);
    doc = cptt::window::findObject(window, "DossierDocument");
    QVERIFY(doc);
    openWorksheet();
  }

  // A failed step leaves no popup open for the next one.
  void init() {
    for (int i = 0; i < 5 && popupOpen(); ++i)
      ui->key(Qt::Key_Escape);
  }

  void catalogueEscapeChangesNothing() {
    const int before = tasks();
    STEP(clickName(QStringLiteral("Thêm công việc từ danh mục")), "catalogue button");
    STEP(waitOpen(), "the catalogue opens");
    QCOMPARE(popupName(), QStringLiteral("Thêm công việc từ danh mục"));
    // The first field: the complexity (medium, as chosen).
    QTRY_COMPARE(nameOf(focused()), QStringLiteral("Mức độ trung bình"));
    everyControlNamed();
    shot(QStringLiteral("catalogue-vi"));
    ui->key(Qt::Key_Escape);
    STEP(waitClosed(), "Escape closes the catalogue");
    QCOMPARE(tasks(), before);
  }

  // Durations in words; no ids, file names, English or raw hours in Vietnamese mode.
  void catalogueWords() {
    STEP(clickName(QStringLiteral("Thêm công việc từ danh mục")), "catalogue button");
    STEP(waitOpen(), "the catalogue opens");
    const QStringList texts = popupTexts();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(texts.contains(QStringLiteral("5 phút")), qPrintable(all)); // familiarise, medium
    QVERIFY2(texts.contains(QStringLiteral("1 giờ")), qPrintable(all));  // copy-certify
    QVERIFY2(texts.contains(QStringLiteral("Huỷ")), qPrintable(all));
    for (const QString& bad :
         {QStringLiteral("0,083333"), QStringLiteral("prepare-data"), QStringLiteral(".xml"),
          QStringLiteral("Cancel"), QStringLiteral("Non-official"), QStringLiteral("familiarise")})
      QVERIFY2(!all.contains(bad), qPrintable(bad + QStringLiteral(" in:\n") + all));
    // Complex: "Khắc phục sau kiểm tra" takes 500 min.
    STEP(ui->click(ui->find({.text = QStringLiteral("Phức tạp"),
                             .type = "QQuickRadioButton",
                             .within = ui->topPopup()})),
         "complex");
    QTRY_VERIFY(popupTexts().contains(QStringLiteral("8 giờ 20 phút")));
    STEP(ui->click(ui->find({.text = QStringLiteral("Trung bình"),
                             .type = "QQuickRadioButton",
                             .within = ui->topPopup()})),
         "medium");
    ui->key(Qt::Key_Escape);
    STEP(waitClosed(), "Escape");
  }

  // Tab from the complexity to the list; Down; Enter adds the activity chosen.
  void catalogueByKeyboard() {
    const int before = tasks();
    STEP(clickName(QStringLiteral("Thêm công việc từ danh mục")), "catalogue button");
    STEP(waitOpen(), "the catalogue opens");
    QTRY_COMPARE(nameOf(focused()), QStringLiteral("Mức độ trung bình"));
    // Enter with no activity chosen adds nothing.
    ui->key(Qt::Key_Return);
    QVERIFY(popupOpen());
    QCOMPARE(tasks(), before);
    // The list hands its focus to the current row, read as the activity and its duration.
    const QString firstRow = QStringLiteral("Tìm hiểu quy định, yêu cầu của thủ tục: 5 phút");
    const QStringList order = tabOrder(QStringLiteral("Mức độ trung bình"));
    QCOMPARE(order,
             (QStringList{QStringLiteral("Mức độ trung bình"), QStringLiteral("Mức độ phức tạp"),
                          firstRow, QStringLiteral("Huỷ"), QStringLiteral("Mức độ đơn giản")}));
    while (nameOf(focused()) != firstRow)
      ui->key(Qt::Key_Tab);
    ui->key(Qt::Key_Down); // the second activity: "Thu thập thông tin, số liệu", 10 min
    QCOMPARE(nameOf(focused()), QStringLiteral("Thu thập thông tin, số liệu: 10 phút"));
    ui->key(Qt::Key_Return);
    STEP(waitClosed(), "Enter adds and closes");
    QCOMPARE(tasks(), before + 1);
    QVERIFY(ui->find({.text = QStringLiteral("Thu thập thông tin, số liệu")}));
  }

  void normEscapeAndInvalidEnter() {
    const int before = tasks();
    STEP(clickName(QStringLiteral("Thêm công việc theo định mức chính thức")), "norm button");
    STEP(waitOpen(), "the norm dialog opens");
    QCOMPARE(popupName(), QStringLiteral("Thêm công việc theo định mức chính thức"));
    QTRY_COMPARE(nameOf(focused()), QStringLiteral("Định mức"));
    everyControlNamed();
    const QString all = popupTexts().join(QLatin1Char('\n'));
    for (const QString& bad : {QStringLiteral("time-norms"), QStringLiteral("Cancel"),
                               QStringLiteral("travel"), QStringLiteral("Travel")})
      QVERIFY2(!all.contains(bad), qPrintable(bad + QStringLiteral(" in:\n") + all));
    // The time in words ("2 giờ", "1 giờ 30 phút"), not as a decimal.
    static const QRegularExpression words(
        QStringLiteral("^([0-9.]+ giờ( [0-9]+ phút)?|[0-9]+ phút)$"));
    QVERIFY2(popupTexts().indexOf(words) >= 0, qPrintable(all));
    shot(QStringLiteral("norm-vi"));
    ui->key(Qt::Key_Escape);
    STEP(waitClosed(), "Escape closes the norm dialog");
    QCOMPARE(tasks(), before);

    // Units that are not a number: Enter adds nothing, the dialog stays.
    STEP(clickName(QStringLiteral("Thêm công việc theo định mức chính thức")), "norm button");
    STEP(waitOpen(), "the norm dialog opens");
    QTRY_COMPARE(nameOf(focused()), QStringLiteral("Định mức"));
    ui->key(Qt::Key_Tab);
    ui->key(Qt::Key_Tab);
    QCOMPARE(nameOf(focused()), QStringLiteral("Số lượt đi lại"));
    ui->key(Qt::Key_A, Qt::ControlModifier);
    ui->keys(QStringLiteral("abc"));
    ui->key(Qt::Key_Return);
    QVERIFY(popupOpen());
    QCOMPARE(tasks(), before);
    ui->key(Qt::Key_Escape);
    STEP(waitClosed(), "Escape");
    QCOMPARE(tasks(), before);
  }

  // Type the trips, Enter: the task is added with the norm's hours.
  void normByKeyboard() {
    const int before = tasks();
    STEP(clickName(QStringLiteral("Thêm công việc theo định mức chính thức")), "norm button");
    STEP(waitOpen(), "the norm dialog opens");
    QTRY_COMPARE(nameOf(focused()), QStringLiteral("Định mức"));
    const QStringList order = tabOrder(QStringLiteral("Định mức"));
    QCOMPARE(order, (QStringList{QStringLiteral("Định mức"), QStringLiteral("Địa bàn"),
                                 QStringLiteral("Số lượt đi lại"), QStringLiteral("Thêm công việc"),
                                 QStringLiteral("Huỷ")}));
    ui->key(Qt::Key_Tab);
    ui->key(Qt::Key_Tab);
    ui->key(Qt::Key_A, Qt::ControlModifier);
    ui->keys(QStringLiteral("3"));
    QTRY_VERIFY(popupTexts().join(QLatin1Char('\n')).contains(QStringLiteral("giờ")));
    ui->key(Qt::Key_Return);
    STEP(waitClosed(), "Enter adds and closes");
    QCOMPARE(tasks(), before + 1);
  }

  // The unsaved-changes prompt: the default (Lưu) has the focus; Escape keeps everything; Tab
  // goes through the answers in reading order.
  void unsavedPrompt() {
    QVERIFY(doc->property("modified").toBool());
    STEP(clickName(QStringLiteral("Đóng hồ sơ")), "close");
    STEP(waitOpen(), "the prompt");
    QCOMPARE(popupName(), QStringLiteral("Hồ sơ có thay đổi chưa lưu"));
    QTRY_COMPARE(nameOf(focused()), QStringLiteral("Lưu"));
    everyControlNamed();
    const QStringList order = tabOrder(QStringLiteral("Lưu"));
    QCOMPARE(order.size(), 3);
    shot(QStringLiteral("unsaved-vi"));
    ui->key(Qt::Key_Escape);
    STEP(waitClosed(), "Escape closes the prompt");
    QVERIFY(doc->property("isOpen").toBool());
    QVERIFY(doc->property("modified").toBool());
    // Enter: Lưu, which asks where (the file dialog); Escape there keeps the dossier unsaved.
    STEP(clickName(QStringLiteral("Đóng hồ sơ")), "close");
    STEP(waitOpen(), "the prompt");
    QTRY_COMPARE(nameOf(focused()), QStringLiteral("Lưu"));
    ui->key(Qt::Key_Return);
    STEP(ui->waitFor([&] { return ui->fileDialog() != nullptr; }), "the save dialog");
    shot(QStringLiteral("save-vi"));
    ui->key(Qt::Key_Escape);
    STEP(ui->waitFor([&] { return ui->fileDialog() == nullptr && !popupOpen(); }),
         "Escape closes the save dialog");
    QVERIFY(doc->property("isOpen").toBool());
    QVERIFY(doc->property("modified").toBool());
  }

  // English mode: the same dialogs in English, with English durations.
  void english() {
    AppSettings::instance()->setLanguage(QStringLiteral("en"));
    STEP(clickName(QStringLiteral("Add a task from the catalogue")), "catalogue button (en)");
    STEP(waitOpen(), "the catalogue opens");
    const QStringList texts = popupTexts();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(texts.contains(QStringLiteral("5 min")), qPrintable(all));
    QVERIFY2(texts.contains(QStringLiteral("Cancel")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("phút")) && !all.contains(QStringLiteral("Huỷ")),
             qPrintable(all));
    shot(QStringLiteral("catalogue-en"));
    ui->key(Qt::Key_Escape);
    STEP(waitClosed(), "Escape");
    STEP(clickName(QStringLiteral("Add a task by the official norm")), "norm button (en)");
    STEP(waitOpen(), "the norm dialog opens");
    const QString norm = popupTexts().join(QLatin1Char('\n'));
    QVERIFY2(norm.contains(QStringLiteral("Travel, per trip")), qPrintable(norm));
    QVERIFY2(!norm.contains(QStringLiteral("giờ")), qPrintable(norm));
    shot(QStringLiteral("norm-en"));
    ui->key(Qt::Key_Escape);
    STEP(waitClosed(), "Escape");
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
  }

  void cleanupTestCase() {
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
    for (int i = 0; i < 5 && ui && popupOpen(); ++i)
      ui->key(Qt::Key_Escape);
    if (doc && doc->property("isOpen").toBool())
      QMetaObject::invokeMethod(doc, "discardChanges");
  }
};

QTEST_MAIN(DialogKeys)

#include "tst_dialogs.moc"
