// Whole user journeys in the real cptt-app window: the app started as cptt-app
// starts it, under Xvfb with the xcb platform, driven by real mouse and key events only (clicks
// at the scene position of what a user sees, keys typed one by one, the real Qt Quick file
// dialogs). Each journey asserts the figures shown, the files written, and that the app is
// still there; a crash ends the test with the signal and the running journey.
//  - drafter: a new dossier from scratch to a saved, reopened, exported file, computed again by
//    `cptt compute`;
//  - reviewer: a submitted report: findings, places, a comment, a verdict, the review exported;
//  - the drafter reads the review returned for a dossier;
//  - the drafter answers it (tiếp thu / giải trình), saves the answers and prints their table.
#include "uidriver.h"

#include "appsettings.h"
#include "ratemodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using cptt::window::Match;
using cptt::window::Ui;

namespace {

const QString examples = QStringLiteral(CPTT_DATA_DIR "/examples");
const QString cli = QStringLiteral(CPTT_CLI);

// The digits groups of a figure as shown ("1.234.567 đ" → "1.234.567").
QString figure(const QString& shown) {
  static const QRegularExpression number(QStringLiteral("-?[0-9][0-9.]*(,[0-9]+)?"));
  const QRegularExpressionMatch m = number.match(shown);
  return m.hasMatch() ? m.captured(0) : QString();
}

} // namespace

// Fails the test with what the window shows when a step cannot be done.
#define STEP(ok, what)                                                                             \
  do {                                                                                             \
    if (!(ok)) {                                                                                   \
      window->grabWindow().save(QDir::temp().filePath(QStringLiteral("tst_window-failure.png")));  \
      QFAIL(qPrintable(QStringLiteral("%1\n--- shown:\n%2").arg(what, ui->dump())));               \
    }                                                                                              \
  } while (false)

class WindowJourneys : public QObject {
  Q_OBJECT

  std::unique_ptr<QQmlApplicationEngine> engine;
  QQuickWindow* window = nullptr;
  std::unique_ptr<Ui> ui;
  QTemporaryDir dir;
  QObject* doc = nullptr;

  QString path(const QString& name) const { return dir.filePath(name); }

  // Clicks what reads `name` (Accessible.name), else what shows `text`.
  bool clickName(const QString& name) {
    return ui->click(ui->find({.name = name, .type = QStringLiteral("QQuickAbstractButton")}));
  }
  bool clickText(const QString& text) {
    return ui->click(ui->find({.text = text, .type = QStringLiteral("QQuickAbstractButton")}));
  }
  // Types into the text field (or area) that reads `name`.
  bool typeInto(const QString& name, const QString& text) {
    return ui->type(ui->field(name), text);
  }
  // Opens a combo box and picks the entry that reads `entry`.
  bool choose(const QString& comboName, const QString& entry) {
    if (!ui->click(ui->find({.name = comboName, .type = QStringLiteral("QQuickComboBox")})))
      return false;
    QQuickItem* popup = nullptr;
    if (!ui->waitFor([&] { return (popup = ui->topPopup()) != nullptr; }))
      return false;
    return ui->click(
        ui->find({.text = entry, .type = QStringLiteral("QQuickAbstractButton"), .within = popup}));
  }
  QString shownText(const Match& m) {
    QQuickItem* item = ui->find(m);
    return item ? cptt::window::itemText(item) : QString();
  }
  // The dossier's screen, from the tool bar.
  bool toScreen(const QString& label) {
    return clickName(QStringLiteral("Màn hình %1").arg(label));
  }
  // Back on the start page with nothing open: unsaved changes are discarded through the prompt.
  void closeDossier() {
    if (!doc->property("isOpen").toBool())
      return;
    QVERIFY(clickName(QStringLiteral("Đóng hồ sơ")));
    if (ui->waitFor([&] { return ui->topPopup() != nullptr; }, 800))
      QVERIFY(ui->clickPopupButton(QStringLiteral("Không lưu")));
    QTRY_VERIFY(!doc->property("isOpen").toBool());
  }
  // Opens procedure `number` (1-based) from the dossier's list with a double click.
  bool openProcedure(int number) {
    if (!toScreen(QStringLiteral("Hồ sơ")))
      return false;
    QQuickItem* row = ui->find({.name = QStringLiteral("Thủ tục %1:").arg(number),
                                .type = QStringLiteral("QQuickItemDelegate"),
                                .contains = true});
    if (!ui->doubleClick(row))
      return false;
    return ui->waitFor([&] { return ui->byText(QStringLiteral("1. Thông tin chung"), 0); });
  }
  bool tab(const QString& text) {
    return ui->click(ui->find({.text = text, .type = QStringLiteral("QQuickTabButton")}));
  }
  // The annual cost the first (or only) worksheet on screen shows.
  QString annualShown() {
    QQuickItem* label = ui->find({.name = QStringLiteral("Chi phí hằng năm: "), .contains = true});
    return label ? cptt::window::itemText(label) : QString();
  }
  bool exportedNoticeClosed() { return ui->clickPopupButton(QStringLiteral("Đóng")); }
  QString runCli(const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cli, args);
    if (!p.waitForFinished(60000))
      return QStringLiteral("(cptt did not finish)");
    return QString::fromUtf8(p.readAll());
  }

private slots:
  void initTestCase() {
    QVERIFY(dir.isValid());
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    window = cptt::window::startApp(engine);
    QVERIFY2(window, "the app did not start");
    // The file dialogs open where the user last worked: this test's folder (set once the app
    // has its names, which say where the settings live).
    AppSettings::instance()->setLastFolder(dir.path());
    ui = std::make_unique<Ui>(window);
    doc = cptt::window::findObject(window, "DossierDocument");
    QVERIFY(doc);
  }

  // Each journey starts on the start page: what the last one left open is closed (Escape).
  void init() {
    for (int i = 0; i < 5 && ui->topPopup(); ++i)
      ui->key(Qt::Key_Escape);
    closeDossier();
    QVERIFY(clickName(QStringLiteral("Về trang đầu")));
  }

  void drafter() {
    // --- a new dossier and its draft
    STEP(clickName(QStringLiteral("Tạo hồ sơ mới")), "new dossier");
    QTRY_VERIFY(doc->property("isOpen").toBool());
    STEP(typeInto(QStringLiteral("Tên dự thảo"), QStringLiteral("Nghị định thử nghiệm về cửa sổ")),
         "draft title");
    QTRY_COMPARE(doc->property("title").toString(),
                 QStringLiteral("Nghị định thử nghiệm về cửa sổ"));
    STEP(choose(QStringLiteral("Loại văn bản"), QStringLiteral("Nghị định")), "document type");
    QTRY_COMPARE(doc->property("documentType").toString(), QStringLiteral("nghi-dinh"));
    STEP(typeInto(QStringLiteral("Cơ quan chủ trì soạn thảo"), QStringLiteral("Bộ Tư pháp")),
         "drafting body");
    STEP(typeInto(QStringLiteral("Năm tính chi phí"), QStringLiteral("2025")), "calculation year");
    QTRY_COMPARE(doc->property("calculationYear").toString(), QStringLiteral("2025"));

    // --- a GDP rate, from the reference figures' menu (a new dossier has the legal rate already)
    const int ratesBefore = doc->property("rateIds").toStringList().size();
    STEP(clickName(QStringLiteral("Thêm mức từ GDP của năm…")), "GDP menu");
    QQuickItem* menu = nullptr;
    STEP(ui->waitFor([&] { return (menu = ui->topPopup()) != nullptr; }), "GDP menu opens");
    STEP(ui->click(ui->find({.text = QStringLiteral("Năm "),
                             .type = QStringLiteral("QQuickMenuItem"),
                             .contains = true,
                             .within = menu})),
         "a GDP year");
    QTRY_COMPARE(doc->property("rateIds").toStringList().size(), ratesBefore + 1);
    const QString hourly = shownText({.text = QStringLiteral(" / giờ"), .contains = true});
    QVERIFY2(!figure(hourly).isEmpty() && figure(hourly) != QLatin1String("0"), qPrintable(hourly));

    // --- one procedure of each kind
    const QStringList kinds = {
        QStringLiteral("Thủ tục mới"), QStringLiteral("Thủ tục sửa đổi, bổ sung"),
        QStringLiteral("Thủ tục được quy định chi tiết"), QStringLiteral("Thủ tục bị bãi bỏ")};
    for (const QString& kind : kinds) {
      STEP(clickName(QStringLiteral("Thêm thủ tục")), "add procedure");
      STEP(ui->waitFor([&] { return ui->topPopup() != nullptr; }), "kind menu");
      STEP(ui->click(ui->find(
               {.text = kind, .type = QStringLiteral("QQuickMenuItem"), .within = ui->topPopup()})),
           kind);
    }
    QTRY_COMPARE(doc->property("procedureCount").toInt(), 4);
    QVERIFY(ui->byText(QStringLiteral("Thủ tục hành chính trong dự thảo (4)")));

    // --- procedure A (new): name, the form (a gate and a reason), the worksheet
    STEP(openProcedure(1), "open procedure 1");
    STEP(typeInto(QStringLiteral("Tên thủ tục hành chính"), QStringLiteral("Đăng ký hoạt động A")),
         "procedure name");
    STEP(tab(QStringLiteral("2. Đánh giá tác động")), "form tab");
    STEP(ui->click(ui->byName(QStringLiteral("4 Không"))), "the gate question: no");
    STEP(
        ui->find({.text = QStringLiteral("Phần này đã đóng vì đánh giá dừng ở"), .contains = true}),
        "the gate closes the next sections");
    STEP(ui->click(ui->byName(QStringLiteral("4 Có"))), "the gate question: yes");
    STEP(ui->waitFor([&] {
      return !ui->find(
          {.text = QStringLiteral("Phần này đã đóng vì đánh giá dừng ở"), .contains = true}, 0);
    }),
         "the gate opens again");
    STEP(typeInto(
             QStringLiteral("1 Vấn đề nhà nước cần quản lý, hoặc biện pháp đặc thù của địa phương"),
             QStringLiteral("Quản lý hoạt động thử nghiệm")),
         "question 1");
    STEP(ui->find({.name = QStringLiteral("Lý do cho câu 1")}), "question 1 asks for a reason");
    STEP(typeInto(QStringLiteral("Lý do cho câu 1"), QStringLiteral("Bảo đảm an toàn")),
         "reason of question 1");
    STEP(ui->find({.text = QStringLiteral("Câu trả lời này cần nêu rõ lý do.")}, 0) == nullptr ||
             !ui->shown(ui->find({.text = QStringLiteral("Câu trả lời này cần nêu rõ lý do.")}, 0)),
         "the reason is taken");

    STEP(tab(QStringLiteral("3. Chi phí tuân thủ")), "worksheet tab");
    // The picker names rates by the model's label (what it is, its figure; the id for twins).
    const auto* rates = doc->property("rates").value<QAbstractItemModel*>();
    QVERIFY(rates && rates->rowCount() > 0);
    const QString lastRate =
        rates->data(rates->index(rates->rowCount() - 1, 0), RateModel::LabelRole).toString();
    QVERIFY2(lastRate.endsWith(doc->property("rateIds").toStringList().constLast() + u')'),
             qPrintable(lastRate)); // the legal rate's twin: the same year's GDP
    STEP(choose(QStringLiteral("Mức thu nhập dùng cho bảng này"), lastRate),
         "the worksheet's rate");
    STEP(clickName(QStringLiteral("Thêm công việc tự nhập")), "a typed task");
    STEP(typeInto(QStringLiteral("Tên công việc 1"), QStringLiteral("Chuẩn bị hồ sơ")),
         "task name");
    STEP(typeInto(QStringLiteral("Số giờ của công việc 1"), QStringLiteral("2,5")), "hours");
    STEP(typeInto(QStringLiteral("Chi phí dịch vụ của công việc 1"), QStringLiteral("10.000")),
         "services");
    STEP(typeInto(QStringLiteral("Chi phí khác của công việc 1"), QStringLiteral("5000")), "other");
    // From the catalogue: its first activity with default hours.
    STEP(clickName(QStringLiteral("Thêm công việc từ danh mục")), "catalogue dialog");
    QQuickItem* dialog = nullptr;
    STEP(ui->waitFor([&] { return (dialog = ui->topPopup()) != nullptr; }), "catalogue opens");
    STEP(ui->click(ui->find({.text = QStringLiteral(" giờ"),
                             .type = QStringLiteral("QQuickItemDelegate"),
                             .contains = true,
                             .within = dialog})),
         "a catalogue activity");
    STEP(ui->waitFor([&] { return ui->topPopup() == nullptr; }), "catalogue closes");
    STEP(ui->find({.name = QStringLiteral("Tên công việc 2")}), "the catalogue task");
    // From the official norms: two trips.
    STEP(clickName(QStringLiteral("Thêm công việc theo định mức chính thức")), "norms dialog");
    STEP(ui->waitFor([&] { return (dialog = ui->topPopup()) != nullptr; }), "norms open");
    STEP(typeInto(QStringLiteral("Số lượt đi lại"), QStringLiteral("2")), "trips");
    STEP(ui->click(ui->find({.text = QStringLiteral("Thêm công việc"),
                             .type = QStringLiteral("QQuickAbstractButton"),
                             .within = dialog})),
         "add the norm task");
    STEP(ui->waitFor([&] { return ui->topPopup() == nullptr; }), "norms close");
    STEP(ui->find({.name = QStringLiteral("Tên công việc 3")}), "the norm task");
    // Fees, frequency, subjects.
    STEP(clickName(QStringLiteral("Thêm phí, lệ phí")), "a fee");
    STEP(typeInto(QStringLiteral("Tên phí, lệ phí 1"), QStringLiteral("Lệ phí cấp phép")), "fee");
    STEP(typeInto(QStringLiteral("Mức phí 1"), QStringLiteral("50.000")), "fee amount");
    STEP(typeInto(QStringLiteral("Số lần thực hiện mỗi năm"), QStringLiteral("1")), "frequency");
    STEP(typeInto(QStringLiteral("Số đối tượng thực hiện mỗi năm"), QStringLiteral("1.000")),
         "subjects");
    QTRY_VERIFY(!figure(annualShown()).isEmpty() && figure(annualShown()) != QLatin1String("0"));
    const QString annualA = annualShown();

    // --- B (amended), C (detailed), D (abolished): names, B's worksheets
    STEP(openProcedure(2), "open procedure 2");
    STEP(typeInto(QStringLiteral("Tên thủ tục hành chính"), QStringLiteral("Cấp phép B")), "B");
    STEP(tab(QStringLiteral("3. Chi phí tuân thủ")), "B's worksheets");
    STEP(clickName(QStringLiteral("Thêm công việc tự nhập")), "B: a current task");
    STEP(typeInto(QStringLiteral("Số giờ của công việc 1"), QStringLiteral("4")), "B: hours");
    STEP(clickName(QStringLiteral("Chép bảng hiện hành sang phương án sau đơn giản hoá")),
         "B: copy current to proposed");
    STEP(openProcedure(3), "open procedure 3");
    STEP(typeInto(QStringLiteral("Tên thủ tục hành chính"), QStringLiteral("Quy định chi tiết C")),
         "C");
    STEP(openProcedure(4), "open procedure 4");
    STEP(typeInto(QStringLiteral("Tên thủ tục hành chính"), QStringLiteral("Bãi bỏ D")), "D");
    STEP(typeInto(QStringLiteral("Lý do bãi bỏ"), QStringLiteral("Không còn cần thiết")),
         "D: why abolished");

    // --- switching procedures and tabs in many orders, the shape that crashed among them:
    // open B (amended), its worksheet tab, back to Hồ sơ, double-click A.
    const QStringList tabs = {QStringLiteral("1. Thông tin chung"),
                              QStringLiteral("2. Đánh giá tác động"),
                              QStringLiteral("3. Chi phí tuân thủ"), QStringLiteral("4. Tóm tắt")};
    for (int round = 0; round < 3; ++round) {
      STEP(openProcedure(2), "B");
      STEP(tab(tabs[2]), "B: worksheets");
      STEP(toScreen(QStringLiteral("Hồ sơ")), "back to Hồ sơ");
      STEP(openProcedure(1), "double-click A");
      STEP(tab(tabs[(round + 1) % 4]), "A: a tab");
    }
    for (int p = 1; p <= 4; ++p)
      for (int t = 0; t < 4; ++t) {
        STEP(openProcedure(((p * 3 + t) % 4) + 1), "a procedure");
        STEP(tab(tabs[(t * 3 + p) % 4]), "a tab");
        STEP(tab(tabs[t]), "another tab");
      }
    // The tool bar's screens, and the checklist's "Sửa →" after editing another worksheet.
    STEP(toScreen(QStringLiteral("Tổng hợp")), "summary");
    STEP(toScreen(QStringLiteral("Thủ tục")), "procedure screen");
    STEP(toScreen(QStringLiteral("Tổng hợp")), "summary again");
    QQuickItem* fix = ui->find({.name = QStringLiteral("Đi tới: "), .contains = true});
    STEP(ui->click(fix), "a checklist item");
    STEP(ui->waitFor([&] { return ui->byText(QStringLiteral("1. Thông tin chung"), 0); }),
         "the checklist opens the procedure");
    STEP(openProcedure(1), "A again");
    STEP(tab(tabs[2]), "A's worksheet");
    QCOMPARE(annualShown(), annualA);

    // --- save through the real file dialog
    STEP(clickName(QStringLiteral("Lưu hồ sơ (Ctrl+S)")), "save");
    STEP(ui->saveInFileDialog(QStringLiteral("journey.cptt.xml"), dir.path()), "the save dialog");
    const QString saved = path(QStringLiteral("journey.cptt.xml"));
    QTRY_VERIFY2(QFile::exists(saved),
                 qPrintable(QStringLiteral("file %1, error %2\n%3")
                                .arg(doc->property("filePath").toString(),
                                     doc->property("errorString").toString(), ui->dump())));
    QTRY_VERIFY(!doc->property("modified").toBool());
    QVERIFY(ui->byText(QStringLiteral("Đã lưu")));
    STEP(toScreen(QStringLiteral("Tổng hợp")), "summary before closing");
    const QString totalAfter = figure(doc->property("totalAfter").toString());
    QVERIFY(ui->find({.text = doc->property("totalAfter").toString()}));

    // --- close, reopen through the open dialog
    STEP(clickName(QStringLiteral("Đóng hồ sơ")), "close");
    QTRY_VERIFY(!doc->property("isOpen").toBool());
    STEP(clickName(QStringLiteral("Mở hồ sơ")), "open");
    STEP(ui->openInFileDialog(QStringLiteral("journey.cptt.xml"), dir.path()), "the open dialog");
    QTRY_VERIFY(doc->property("isOpen").toBool());
    QTRY_COMPARE(doc->property("procedureCount").toInt(), 4);
    QVERIFY(ui->byText(QStringLiteral("Thủ tục hành chính trong dự thảo (4)")));
    STEP(openProcedure(1), "A after reopening");
    STEP(tab(tabs[2]), "A's worksheet after reopening");
    QCOMPARE(annualShown(), annualA);

    // --- undo / redo, with the tool bar and the keys
    STEP(tab(tabs[0]), "A's general tab");
    STEP(typeInto(QStringLiteral("Tên thủ tục hành chính"), QStringLiteral("Tên tạm")), "rename");
    QTRY_VERIFY(doc->property("canUndo").toBool());
    STEP(ui->click(ui->find({.name = QStringLiteral("Hoàn tác: "), .contains = true})), "undo");
    QTRY_VERIFY(ui->byText(QStringLiteral("Đăng ký hoạt động A"), 0));
    STEP(ui->click(ui->find({.name = QStringLiteral("Làm lại: "), .contains = true})), "redo");
    QTRY_VERIFY(ui->byText(QStringLiteral("Tên tạm"), 0));
    STEP(toScreen(QStringLiteral("Hồ sơ")), "dossier");
    ui->key(Qt::Key_Z, Qt::ControlModifier);
    STEP(openProcedure(1), "A after Ctrl+Z");
    QTRY_VERIFY(ui->byText(QStringLiteral("Đăng ký hoạt động A"), 0));
    STEP(toScreen(QStringLiteral("Hồ sơ")), "dossier");
    ui->key(Qt::Key_S, Qt::ControlModifier); // the same file, no dialog
    QTRY_VERIFY(!doc->property("modified").toBool());

    // --- export the report and the document through their dialogs
    STEP(clickName(QStringLiteral("Xuất báo cáo XML")), "export report");
    STEP(ui->saveInFileDialog(QStringLiteral("journey.report.xml"), dir.path()),
         "the report dialog");
    STEP(exportedNoticeClosed(), "the report notice");
    QTRY_VERIFY(QFile::exists(path(QStringLiteral("journey.report.xml"))));
    STEP(clickName(QStringLiteral("Xuất văn bản đánh giá (PDF, ODT)")), "export document");
    STEP(ui->saveInFileDialog(QStringLiteral("journey.pdf"), dir.path()), "the document dialog");
    STEP(exportedNoticeClosed(), "the document notice");
    QFile pdf(path(QStringLiteral("journey.pdf")));
    QTRY_VERIFY(pdf.exists());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // --- the command-line tool computes the figures the app showed
    const QString computed = runCli({QStringLiteral("compute"), saved});
    QVERIFY2(computed.contains(QStringLiteral("Đăng ký hoạt động A")), qPrintable(computed));
    QVERIFY2(computed.contains(figure(annualA)), qPrintable(annualA + "\n" + computed));
    QVERIFY2(computed.contains(totalAfter), qPrintable(totalAfter + "\n" + computed));
    QVERIFY(window->isVisible());
  }

  void reviewer() {
    // A report exported from a worked example by the command-line tool.
    const QString report = path(QStringLiteral("case-dossier-total.report.xml"));
    const QString out =
        runCli({QStringLiteral("export"), examples + QStringLiteral("/case-dossier-total.cptt.xml"),
                QStringLiteral("-o"), report});
    QVERIFY2(QFile::exists(report), qPrintable(out));
    AppSettings::instance()->setLastFolder(dir.path());

    STEP(clickName(QStringLiteral("Thẩm định báo cáo đã xuất")), "reviewer mode");
    STEP(clickText(QStringLiteral("Mở báo cáo…")), "open a report");
    STEP(ui->openInFileDialog(QStringLiteral("case-dossier-total.report.xml"), dir.path()),
         "report dialog");
    QQuickItem* findings =
        ui->find({.text = QStringLiteral("Phát hiện ("), .contains = true}, 8000);
    STEP(findings, "the findings");
    // Clicking a finding selects it and opens its place; agree with it.
    QQuickItem* first = ui->find({.text = QStringLiteral("Lỗi"), .contains = false});
    if (!first)
      first = ui->find({.text = QStringLiteral("Cảnh báo")});
    if (!first)
      first = ui->find({.text = QStringLiteral("Ghi chú")});
    STEP(ui->click(first), "a finding");
    STEP(clickText(QStringLiteral("Đồng ý")), "agree");
    STEP(ui->find({.text = QStringLiteral("Đã đồng ý")}), "the finding is agreed");
    // The places: the answers and the worksheets tabs.
    for (const QString& t :
         {QStringLiteral("Biểu mẫu"), QStringLiteral("Bảng tính"), QStringLiteral("Số liệu")})
      STEP(tab(t), t);
    // A comment on the draft.
    STEP(ui->click(ui->find({.text = QStringLiteral("Ý kiến ("),
                             .type = QStringLiteral("QQuickTabButton"),
                             .contains = true})),
         "comments tab");
    STEP(typeInto(QStringLiteral("Nội dung ý kiến"), QStringLiteral("Cần làm rõ số đối tượng.")),
         "a comment");
    STEP(clickText(QStringLiteral("Thêm ý kiến")), "add the comment");
    STEP(ui->find({.text = QStringLiteral("Cần làm rõ số đối tượng.")}), "the comment is listed");
    // The verdict on the whole draft.
    STEP(tab(QStringLiteral("Kết luận")), "verdict tab");
    STEP(typeInto(QStringLiteral("Người thẩm định"), QStringLiteral("Nguyễn Văn Thẩm")), "name");
    ui->key(Qt::Key_Tab);
    const std::vector<QQuickItem*> needsWork =
        ui->findAll({.text = QStringLiteral("Cần bổ sung, chỉnh sửa"),
                     .type = QStringLiteral("QQuickRadioButton")});
    STEP(!needsWork.empty() && ui->click(needsWork.back()), "the draft's verdict");
    STEP(ui->find({.text = QStringLiteral("Cần bổ sung, chỉnh sửa"),
                   .type = QStringLiteral("QQuickText"),
                   .contains = true}),
         "the verdict is listed");
    // Export the review through its dialog.
    STEP(clickText(QStringLiteral("Xuất tệp thẩm định (XML)…")), "export the review");
    auto reviewErrors = [&] {
      QStringList errors;
      for (QObject* o : window->findChildren<QObject*>())
        if (o->inherits("ReviewSession"))
          errors << o->property("errorString").toString() << o->property("reviewPath").toString();
      return errors.join(QStringLiteral(" | "));
    };
    STEP(ui->saveInFileDialog(QStringLiteral("journey.review.xml"), dir.path()),
         QStringLiteral("the review dialog: ") + reviewErrors());
    STEP(ui->clickPopupButton(QStringLiteral("Đóng")), "the export notice");
    const QString review = path(QStringLiteral("journey.review.xml"));
    QTRY_VERIFY(QFile::exists(review));
    QFile f(review);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(f.readAll());
    QVERIFY2(xml.contains(QStringLiteral("Cần làm rõ số đối tượng.")), qPrintable(xml.left(2000)));
    QVERIFY2(xml.contains(QStringLiteral("Nguyễn Văn Thẩm")), qPrintable(xml.left(2000)));
    QVERIFY2(xml.contains(QStringLiteral("can-bo-sung")), qPrintable(xml.left(2000)));
    STEP(clickName(QStringLiteral("Về trang đầu")), "back to the start page");
    QVERIFY(window->isVisible());
  }

  void drafterReadsTheReturnedReview() {
    const QString dossier = path(QStringLiteral("case-dossier-total.cptt.xml"));
    QFile::remove(dossier);
    QVERIFY(QFile::copy(examples + QStringLiteral("/case-dossier-total.cptt.xml"), dossier));
    QFile::setPermissions(dossier, QFile::ReadOwner | QFile::WriteOwner);
    const QString returned = path(QStringLiteral("case-dossier-total.review.xml"));
    QFile::remove(returned);
    QVERIFY(
        QFile::copy(examples + QStringLiteral("/review/case-dossier-total.review.xml"), returned));
    AppSettings::instance()->setLastFolder(dir.path());

    STEP(clickName(QStringLiteral("Mở hồ sơ")), "open");
    STEP(ui->openInFileDialog(QStringLiteral("case-dossier-total.cptt.xml"), dir.path()),
         "open dialog");
    QTRY_VERIFY(doc->property("isOpen").toBool());
    STEP(clickName(QStringLiteral("Mở ý kiến thẩm định trả về cho hồ sơ này")), "returned review");
    STEP(ui->openInFileDialog(QStringLiteral("case-dossier-total.review.xml"), dir.path()),
         "review dialog");
    STEP(ui->find({.text = QStringLiteral("Kết luận: "), .contains = true}, 8000),
         "the review's verdict on the dossier");
    // A procedure with comments: its page lists them, each opens its place.
    STEP(openProcedure(1), "procedure 1");
    QQuickItem* link = ui->find({.name = QStringLiteral("Đi tới ý kiến: "), .contains = true});
    STEP(link, "a comment's link");
    STEP(ui->click(link), "go to the comment's place");
    STEP(ui->find({.text = QStringLiteral("1. Thông tin chung")}), "still on the procedure");
    for (int p = 1; p <= 3; ++p) {
      STEP(openProcedure(p), "a procedure with the review open");
      STEP(tab(QStringLiteral("2. Đánh giá tác động")), "its form");
      STEP(tab(QStringLiteral("3. Chi phí tuân thủ")), "its worksheets");
    }
    STEP(toScreen(QStringLiteral("Hồ sơ")), "dossier");
    STEP(clickName(QStringLiteral("Đóng ý kiến thẩm định")), "close the review");
    QTRY_VERIFY(!ui->find({.name = QStringLiteral("Đóng ý kiến thẩm định")}, 0));
    QVERIFY(window->isVisible());
  }

  void drafterAnswersTheReview() {
    const QString dossier = path(QStringLiteral("answered.cptt.xml"));
    QFile::remove(dossier);
    QVERIFY(QFile::copy(examples + QStringLiteral("/case-dossier-total.cptt.xml"), dossier));
    QFile::setPermissions(dossier, QFile::ReadOwner | QFile::WriteOwner);
    const QString returned = path(QStringLiteral("answered.review.xml"));
    QFile::remove(returned);
    QFile::remove(path(QStringLiteral("answered.response.xml")));
    QVERIFY(
        QFile::copy(examples + QStringLiteral("/review/case-dossier-total.review.xml"), returned));
    AppSettings::instance()->setLastFolder(dir.path());

    STEP(clickName(QStringLiteral("Mở hồ sơ")), "open");
    STEP(ui->openInFileDialog(QStringLiteral("answered.cptt.xml"), dir.path()), "open dialog");
    QTRY_VERIFY(doc->property("isOpen").toBool());
    STEP(clickName(QStringLiteral("Mở ý kiến thẩm định trả về cho hồ sơ này")), "returned review");
    STEP(ui->openInFileDialog(QStringLiteral("answered.review.xml"), dir.path()), "review dialog");
    STEP(clickName(QStringLiteral("Tiếp thu, giải trình ý kiến thẩm định")), "answer the review");
    STEP(ui->find({.text = QStringLiteral("7/7 chưa trả lời")}, 8000), "every item unanswered");
    // The first comment taken in, the second explained; each answer typed key by key.
    STEP(clickName(QStringLiteral("Tiếp thu ý kiến 1")), "take in 1");
    STEP(typeInto(QStringLiteral("Nội dung tiếp thu, giải trình ý kiến 1"),
                  QStringLiteral("Đã bổ sung biểu mẫu.")),
         "answer 1");
    STEP(clickName(QStringLiteral("Giải trình ý kiến 2")), "explain 2");
    STEP(typeInto(QStringLiteral("Nội dung tiếp thu, giải trình ý kiến 2"),
                  QStringLiteral("Thông tư đã hết hiệu lực.")),
         "answer 2");
    STEP(ui->find({.text = QStringLiteral("5/7 chưa trả lời")}), "two answered");
    // Saved beside the review, through the save dialog.
    STEP(clickName(QStringLiteral("Lưu bản trả lời")), "save the answers");
    STEP(ui->saveInFileDialog(QStringLiteral("answered.response.xml"), dir.path()), "save dialog");
    STEP(exportedNoticeClosed(), "the saved notice");
    QFile saved(path(QStringLiteral("answered.response.xml")));
    QTRY_VERIFY(saved.exists());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(saved.readAll());
    QVERIFY2(xml.contains(QStringLiteral("Đã bổ sung biểu mẫu.")), qPrintable(xml));
    QVERIFY2(xml.contains(QStringLiteral("Thông tư đã hết hiệu lực.")), qPrintable(xml));
    QVERIFY2(xml.contains(QStringLiteral("giai-trinh")), qPrintable(xml));
    // The table of responses, through its dialog.
    STEP(clickName(QStringLiteral("Xuất bảng tiếp thu, giải trình")), "export the table");
    STEP(ui->saveInFileDialog(QStringLiteral("answered.tiep-thu.odt"), dir.path()), "table dialog");
    STEP(exportedNoticeClosed(), "the exported notice");
    QTRY_VERIFY(QFileInfo(path(QStringLiteral("answered.tiep-thu.odt"))).size() > 0);
    // A comment's place, then back to the answers through the dossier's panel.
    STEP(clickName(QStringLiteral("Đi tới chỗ của ý kiến 1")), "go to the place");
    STEP(ui->find({.text = QStringLiteral("1. Thông tin chung")}), "on the procedure");
    STEP(toScreen(QStringLiteral("Hồ sơ")), "dossier");
    STEP(clickName(QStringLiteral("Tiếp thu, giải trình ý kiến thẩm định")), "back to the answers");
    STEP(ui->find({.text = QStringLiteral("5/7 chưa trả lời")}), "the answers are kept");
    STEP(clickName(QStringLiteral("Về hồ sơ")), "back to the dossier");
    STEP(clickName(QStringLiteral("Đóng ý kiến thẩm định")), "close the review");
    QVERIFY(window->isVisible());
  }

  void cleanupTestCase() {
    if (doc && doc->property("isOpen").toBool() && doc->property("modified").toBool())
      QMetaObject::invokeMethod(doc, "discardChanges");
  }
};

QTEST_MAIN(WindowJourneys)
#include "tst_window.moc"
