// Every name on every page can be read at 1280x800: loads the app's Main.qml offscreen in a
// 1280x800 window, walks every page of every example dossier (AppWalk: start, dossiers, every
// procedure and every tab, the summary, the returned review, the reviewer mode on two reports),
// in Vietnamese and then in English, and checks each page with layout_checks.h: no text cut
// without a tooltip holding it whole, no two controls on top of each other, no text below the
// contrast minimum, no column header beside its column, no control that takes Tab focus without
// an accessible name (the rules are
// written at the head of layout_checks.cpp). Each problem is printed once, with the item, where
// it is declared (file:line:column and the files using it), the first page it was seen on and on
// how many pages; the test fails when there is one. With CPTT_LAYOUT_REPORT=FILE the list is also
// written to FILE as Markdown.
#include "app_walk.h"
#include "appsettings.h"
#include "layout_checks.h"

#include <QFile>
#include <QMap>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CpttPlugin)

namespace {

struct Seen {
  cptt_test::LayoutProblem problem;
  QString firstPage;
  int pages = 0;
};

} // namespace

class LayoutTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    app_.useTestSettings(QStringLiteral("tst_layout"));
    app_.load(QSize(1280, 800));
    if (QTest::currentTestFailed())
      return;
    // The Theme's minimum contrast when it sets a higher one; its word on disabled text.
    QQmlExpression theme(qmlContext(window()), window(), QStringLiteral("Theme"));
    QObject* t = theme.evaluate().value<QObject*>();
    QVERIFY2(t, qPrintable(theme.error().toString()));
    rules_.minimumContrast = std::max(4.5, t->property("minimumContrast").toDouble());
    rules_.disabledExempt = t->property("disabledTextExempt").toBool();
  }

  void cleanupTestCase() {
    AppSettings::instance()->setLanguage(QStringLiteral("vi"));
    writeReport();
  }

  // The rule's own figures: WCAG's examples.
  void contrastFormula() {
    QCOMPARE(qRound(cptt_test::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(cptt_test::contrastRatio(QColor("#767676"), Qt::white) * 100), 454);
    QCOMPARE(qRound(cptt_test::contrastRatio(QColor("#777777"), Qt::white) * 100), 448);
  }

  // Each rule finds what it is for, and nothing on a page without it.
  void checksFindKnownDefects() {
    QQmlComponent component(app_.engine());
    component.setData(R"(
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
Window {
    width: 600; height: 420; visible: true; color: "#ffffff"
    Column {
        Label { width: 60; elide: Text.ElideRight; text: "Cấp lại giấy phép hoạt động"; color: "#1f2933" }
        Label { width: 60; elide: Text.ElideRight; text: "Nộp hồ sơ trực tiếp"; color: "#1f2933"
                ToolTip.text: text }
        TextField { width: 80; text: "Hồ sơ đề nghị cấp lại giấy phép"; Accessible.name: "Tên" }
        Label { text: "Ghi chú mờ"; color: "#aaaaaa" }
        Rectangle { width: 200; height: 30; color: "#1d5c96"
                    Label { text: "Chữ tối trên nền tối"; color: "#1f2933" } }
        TextField { width: 200 }
        Item { width: 300; height: 40
               Button { text: "Một"; width: 100 }
               Button { text: "Hai"; x: 50; width: 100 } }
        RowLayout { width: 400; spacing: 0
            Label { text: "Tên"; Layout.preferredWidth: 200; color: "#1f2933" }
            Label { text: "Giờ"; Layout.preferredWidth: 100; color: "#1f2933" }
            Label { text: "Chi phí"; Layout.preferredWidth: 100; color: "#1f2933" } }
        RowLayout { width: 400; spacing: 0
            TextField { Accessible.name: "tên"; Layout.preferredWidth: 170 }
            TextField { Accessible.name: "giờ"; Layout.preferredWidth: 100 }
            TextField { Accessible.name: "chi phí"; Layout.preferredWidth: 130 } }
    }
}
)",
                      QUrl(QStringLiteral("qrc:/tst_layout/Defects.qml")));
    std::unique_ptr<QObject> object(component.create());
    QVERIFY2(object, qPrintable(component.errorString()));
    auto* window = qobject_cast<QQuickWindow*>(object.get());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    cptt_test::settle(window);
    QStringList found;
    for (const cptt_test::LayoutProblem& p : cptt_test::checkLayout(window, rules_))
      found << p.kind + QStringLiteral(" ") + p.item;
    found.sort();
    const QStringList expected{QStringLiteral("column Label «Giờ»"),
                               QStringLiteral("contrast Label «Chữ tối trên nền tối»"),
                               QStringLiteral("contrast Label «Ghi chú mờ»"),
                               QStringLiteral("elided Label «Cấp lại giấy phép hoạt động»"),
                               QStringLiteral("elided TextField «Hồ sơ đề nghị cấp lại giấy phép»"),
                               QStringLiteral("overlap Button «Một»"),
                               QStringLiteral("unnamed TextField")};
    QCOMPARE(found, expected);
  }

  void everyPageReadsWhole_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("en") << QStringLiteral("en");
  }

  void everyPageReadsWhole() {
    QFETCH(QString, language);
    AppSettings::instance()->setLanguage(language);
    QCOMPARE(window()->size(), QSize(1280, 800));
    QMap<QString, Seen> seen; // by kind, place and detail: one entry for a row repeated
    cptt_test::AppWalk walk(app_);
    walk.page = [&](const QString& page) {
      for (const cptt_test::LayoutProblem& p : cptt_test::checkLayout(window(), rules_)) {
        Seen& s = seen[p.kind + p.where + p.item + p.detail];
        if (s.pages++ == 0) {
          s.problem = p;
          s.firstPage = page;
        }
      }
    };
    const int pages = walk.run();
    if (QTest::currentTestFailed())
      return;
    QVERIFY2(pages > 40, qPrintable(QString::number(pages)));
    QStringList lines;
    for (const Seen& s : std::as_const(seen))
      lines << QStringLiteral("[%1] %2 | %3 | %4 | %5 | %6 page(s), first: %7")
                   .arg(language, s.problem.kind, s.problem.where, s.problem.item, s.problem.detail)
                   .arg(s.pages)
                   .arg(s.firstPage);
    lines.sort();
    for (const QString& line : std::as_const(lines))
      qWarning().noquote() << line;
    report_ << lines;
    QVERIFY2(lines.isEmpty(), qPrintable(QStringLiteral("%1 layout problems in %2 on %3 pages "
                                                        "(listed above)")
                                             .arg(lines.size())
                                             .arg(language)
                                             .arg(pages)));
  }

private:
  QQuickWindow* window() const { return app_.window(); }

  void writeReport() const {
    const QString path = qEnvironmentVariable("CPTT_LAYOUT_REPORT");
    if (path.isEmpty())
      return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
      return;
    QString text = QStringLiteral("# Layout problems (tests/qml/tst_layout)\n\n"
                                  "%1 entries; the rules are at the head of "
                                  "tests/qml/layout_checks.cpp.\n"
                                  "Columns: language, kind, where it is declared (file:line:col, "
                                  "then the files that use it), item, problem, pages.\n\n")
                       .arg(report_.size());
    for (const QString& line : report_)
      text += QStringLiteral("- ") + line + QLatin1Char('\n');
    file.write(text.toUtf8());
  }

  cptt_test::AppFixture app_;
  cptt_test::LayoutRules rules_;
  QStringList report_;
};

QTEST_MAIN(LayoutTest)
#include "tst_layout.moc"
