// The visual system: every text colour of Theme (loaded through the Cptt module, as the screens
// read it) on each background it is declared with has a contrast of at least 4.5:1 by the WCAG
// formula, every colour of Theme is declared somewhere, and every Qt Quick Controls type the
// app's .qml files use is drawn by the app's own style (CpttStyle), not left to Basic.
#include "app/startup.h"

#include <QColor>
#include <QDirIterator>
#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QSet>
#include <QtQml/QQmlExtensionPlugin>
#include <QtTest>

#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(CpttPlugin)

namespace {

// WCAG 2.x relative luminance of an sRGB colour.
double luminance(const QColor& colour) {
  auto channel = [](double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
         0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b) {
  const double la = luminance(a);
  const double lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A list of [name, name] pairs from the theme.
QList<QStringList> pairs(const QVariant& value) {
  QList<QStringList> out;
  for (const QVariant& pair : value.toList())
    out.push_back(pair.toStringList());
  return out;
}

} // namespace

class ThemeTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    cptt::app::useAppStyle();
    engine_ = std::make_unique<QQmlEngine>();
    engine_->addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(engine_.get());
    component.setData(
        "import QtQml\nimport Cptt\nQtObject { readonly property QtObject theme: Theme }\n",
        QUrl(QStringLiteral("qrc:/tst_theme.qml")));
    holder_.reset(component.create());
    QVERIFY2(holder_, qPrintable(component.errorString()));
    theme_ = holder_->property("theme").value<QObject*>();
    QVERIFY(theme_);
    for (int i = theme_->metaObject()->propertyOffset(); i < theme_->metaObject()->propertyCount();
         ++i) {
      const QMetaProperty property = theme_->metaObject()->property(i);
      if (property.metaType() == QMetaType::fromType<QColor>())
        colours_.insert(QString::fromLatin1(property.name()));
    }
    QVERIFY2(colours_.size() >= 10, "Theme has (almost) no colours");
  }

  // The formula itself, on pairs whose ratio is known.
  void formulaMatchesKnownRatios() {
    QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(contrast(QColor("#777777"), Qt::white) * 100), 448);
    QCOMPARE(qRound(contrast(QColor("#767676"), Qt::white) * 100), 454);
  }

  void everyTextPairReadsAtTheMinimum() {
    const double minimum = theme_->property("minimumContrast").toDouble();
    QVERIFY2(minimum >= 4.5, "the theme's minimum is below WCAG AA for text");
    const QList<QStringList> list = pairs(theme_->property("contrastPairs"));
    QVERIFY2(!list.isEmpty(), "Theme.contrastPairs is empty");
    QStringList failures;
    for (const QStringList& pair : list) {
      QCOMPARE(pair.size(), 2);
      QVERIFY2(colours_.contains(pair[0]), qPrintable(pair[0] + " is not a colour of Theme"));
      QVERIFY2(colours_.contains(pair[1]), qPrintable(pair[1] + " is not a colour of Theme"));
      const double ratio = contrast(theme_->property(qPrintable(pair[0])).value<QColor>(),
                                    theme_->property(qPrintable(pair[1])).value<QColor>());
      if (ratio < minimum)
        failures << QStringLiteral("%1 on %2: %3:1").arg(pair[0], pair[1]).arg(ratio, 0, 'f', 2);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
  }

  // Frames of fields and the focus ring stand out from their background (WCAG 1.4.11).
  void everyMarkPairStandsOut() {
    const double minimum = theme_->property("minimumMarkContrast").toDouble();
    QVERIFY(minimum >= 3.0);
    const QList<QStringList> list = pairs(theme_->property("markPairs"));
    QVERIFY(!list.isEmpty());
    for (const QStringList& pair : list) {
      QVERIFY2(colours_.contains(pair.value(0)) && colours_.contains(pair.value(1)),
               qPrintable(pair.join(QLatin1Char('/'))));
      const double ratio = contrast(theme_->property(qPrintable(pair[0])).value<QColor>(),
                                    theme_->property(qPrintable(pair[1])).value<QColor>());
      QVERIFY2(
          ratio >= minimum,
          qPrintable(QStringLiteral("%1 on %2: %3:1").arg(pair[0], pair[1]).arg(ratio, 0, 'f', 2)));
    }
  }

  // A colour added to Theme must be declared: as text (with its backgrounds), as a background,
  // as a mark, or as decoration. Every colour named "…Text" is text and has a pair.
  void everyColourIsDeclared() {
    QSet<QString> textSide;
    QSet<QString> declared;
    for (const QStringList& pair : pairs(theme_->property("contrastPairs"))) {
      textSide.insert(pair.value(0));
      declared.insert(pair.value(0));
      declared.insert(pair.value(1));
    }
    for (const QStringList& pair : pairs(theme_->property("markPairs"))) {
      declared.insert(pair.value(0));
      declared.insert(pair.value(1));
    }
    for (const QString& name : theme_->property("decorativeColors").toStringList())
      declared.insert(name);
    QStringList undeclared;
    for (const QString& name : colours_)
      if (!declared.contains(name))
        undeclared << name;
    undeclared.sort();
    QVERIFY2(undeclared.isEmpty(), qPrintable(QStringLiteral("colours of Theme in no pair: ") +
                                              undeclared.join(QStringLiteral(", "))));
    for (const QString& name : colours_)
      if (name == QLatin1String("text") || name.endsWith(QLatin1String("Text")))
        QVERIFY2(textSide.contains(name), qPrintable(name + " is never checked as text"));
    for (const char* name :
         {"text", "mutedText", "disabledText", "accent", "error", "warning", "ok"})
      QVERIFY2(textSide.contains(QLatin1String(name)), name);
  }

  // The type scale and the spacing grid: named steps, on the 4/8-px grid.
  void scaleAndGridAreNamedSteps() {
    QList<int> sizes;
    for (const char* name :
         {"fontCaption", "fontBody", "fontSubheading", "fontHeading", "fontTitle", "fontDisplay"})
      sizes << theme_->property(name).toInt();
    for (int i = 1; i < sizes.size(); ++i)
      QVERIFY2(sizes[i] > sizes[i - 1], "the type scale does not grow");
    const QList<int> steps = {4, 8, 16, 24, 32};
    int i = 0;
    for (const char* name : {"spaceXS", "spaceS", "spaceM", "spaceL", "spaceXL"})
      QCOMPARE(theme_->property(name).toInt(), steps[i++]);
    for (const char* name : {"spacing", "padding", "fieldHeight", "controlHeight"})
      QCOMPARE(theme_->property(name).toInt() % 4, 0);
  }

  // Each control type the app's .qml files name is one of CpttStyle's (else Basic would draw it,
  // in another visual language).
  void everyControlTheAppUsesIsStyled() {
    QCOMPARE(QQuickStyle::name(), QStringLiteral("CpttStyle"));
    // The types the style draws itself: its qmldir's "Name version File.qml" lines (its
    // "import QtQuick.Controls.Basic" makes every Basic type usable through it as well).
    QFile qmldir(QStringLiteral(":/qt/qml/CpttStyle/qmldir"));
    QVERIFY2(qmldir.open(QIODevice::ReadOnly), "the style's qmldir is not in the resources");
    QSet<QString> styled;
    const QRegularExpression typeLine(QStringLiteral(R"(^([A-Z]\w*)\s+[\d.]+\s+\S+\.qml$)"));
    for (const QString& line : QString::fromUtf8(qmldir.readAll()).split(QLatin1Char('\n'))) {
      const auto m = typeLine.match(line.trimmed());
      if (m.hasMatch())
        styled.insert(m.captured(1));
    }
    QVERIFY2(styled.contains(QStringLiteral("Button")), "no Button in the style's qmldir");
    // Types of the controls module that draw nothing themselves.
    const QSet<QString> notDrawn = {
        QStringLiteral("ButtonGroup"), QStringLiteral("Action"),  QStringLiteral("ActionGroup"),
        QStringLiteral("Container"),   QStringLiteral("Control"), QStringLiteral("AbstractButton")};
    const QRegularExpression use(QStringLiteral(R"(\b([A-Z][A-Za-z]+)\s*\{)"));
    QSet<QString> used;
    QDirIterator it(QStringLiteral(CPTT_QML_SOURCE_DIR), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
      const QString path = it.next();
      if (path.contains(QLatin1String("/style/")))
        continue;
      QFile file(path);
      QVERIFY(file.open(QIODevice::ReadOnly));
      for (const auto& m : use.globalMatch(QString::fromUtf8(file.readAll())))
        used.insert(m.captured(1));
    }
    QStringList controls;
    QStringList unstyled;
    for (const QString& name : used) {
      if (notDrawn.contains(name) || !isType(QStringLiteral("QtQuick.Controls.Basic"), name))
        continue;
      controls << name;
      if (!styled.contains(name))
        unstyled << name;
    }
    QVERIFY2(controls.size() >= 15, qPrintable(controls.join(QLatin1Char(' '))));
    for (const char* name : {"Button", "ToolButton", "TabButton", "TabBar", "TextField", "ComboBox",
                             "CheckBox", "ToolBar", "Dialog", "ItemDelegate"})
      QVERIFY2(controls.contains(QLatin1String(name)), name);
    unstyled.sort();
    QVERIFY2(unstyled.isEmpty(), qPrintable(QStringLiteral("drawn by Basic, not CpttStyle: ") +
                                            unstyled.join(QStringLiteral(", "))));
  }

private:
  // Whether `module` has a type `name` (types of a qmldir are not in qmlTypeId's registry, so the
  // test compiles a use of it).
  bool isType(const QString& module, const QString& name) {
    QQmlComponent use(engine_.get());
    use.setData(QStringLiteral("import %1 as M\nM.%2 {}\n").arg(module, name).toUtf8(),
                QUrl(QStringLiteral("qrc:/tst_theme_use_%1.qml").arg(name)));
    return use.isReady();
  }

  std::unique_ptr<QQmlEngine> engine_;
  std::unique_ptr<QObject> holder_;
  QObject* theme_ = nullptr;
  QSet<QString> colours_;
};

QTEST_MAIN(ThemeTest)
#include "tst_theme.moc"
