// The screens follow the language: loads the app's Main.qml offscreen with the
// translations compiled from qml/i18n (as tst_language), and in English mode, then in Vietnamese
// mode, opens every example dossier of data/examples, visits the start page, the dossier, every
// procedure's tabs (general information, forms, worksheets, summary), the summary with its
// checklist, the dossier with its returned review, and the reviewer mode of the exported report
// (every procedure, every tab), and reads the text of every visible item (text, placeholder,
// a combo box's shown text).
//
// English mode: no visible text holds a Vietnamese letter once the user's own data is taken out
// (every text and attribute value of the dossier or review file: titles, names, tasks, answers,
// reasons, comments; items marked `userData: true` in QML) and the official forms' codes
// ("02/ĐGTĐ-BHM"). Vietnamese mode: no visible
// text is an English sentence (no Vietnamese letter, and an English function word or UI verb as a
// whole word, or three words or more all English). Every offending text is printed with the page
// it was on; the test fails when there is one.
#include "../vietnamese_letters.h"
#include "app_walk.h"
#include "appsettings.h"
#include "document.h"

#include "cptt/review/files_beside.h"

#include <QDirIterator>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtQml/QQmlExtensionPlugin>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CpttPlugin)

namespace {

// What the items show: text, placeholder, a combo box's current text. An item marked
// `userData: true` in QML shows the user's (or a document's) own text: its placeholder only.
QStringList visibleTexts(QQuickWindow* window) {
  QStringList out;
  for (QQuickItem* item : cptt_test::visibleItems(window->contentItem()))
    for (const char* name : {"text", "placeholderText", "displayText"}) {
      if (item->property("userData").toBool() && qstrcmp(name, "placeholderText") != 0)
        continue;
      const QVariant v = item->property(name);
      if (v.isValid() && v.canConvert<QString>()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty() && !out.contains(s))
          out << s;
      }
    }
  return out;
}

// Every text and attribute value of an XML file: the user's own data in it.
QSet<QString> fileStrings(const QString& path) {
  QSet<QString> out;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return out;
  QXmlStreamReader xml(&file);
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isCharacters() && !xml.isWhitespace())
      out << xml.text().toString().trimmed();
    if (xml.isStartElement())
      for (const QXmlStreamAttribute& a : xml.attributes())
        out << a.value().toString().trimmed();
  }
  out.remove(QString());
  return out;
}

// The review file's user data only: what the reviewer wrote (not the findings' stored texts).
QSet<QString> reviewStrings(const QString& path) {
  QSet<QString> out;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return out;
  QXmlStreamReader xml(&file);
  static const QSet<QString> written{"title", "name",    "body",   "author",
                                     "text",  "summary", "reason", "file"};
  while (!xml.atEnd())
    if (xml.readNext() == QXmlStreamReader::StartElement && written.contains(xml.name().toString()))
      out << xml.readElementText().trimmed();
  out.remove(QString());
  return out;
}

// The text with every user value (longest first) taken out, and the names that are no words:
// the official forms' codes ("02/ĐGTĐ-BHM", "01A/ĐG-KSTT"), a question's printed number in the
// Vietnamese alphabet ("đ) "), file paths and names.
QString withoutUserData(QString text, const QStringList& userValues) {
  for (const QString& v : userValues)
    if (v.size() >= 2)
      text.remove(v);
  static const QRegularExpression names[] = {
      QRegularExpression(QStringLiteral("\\b[0-9]{2}[A-Za-z]?/[^\\s,;:()“”\"]+")),
      QRegularExpression(QStringLiteral("(^|\\s)[a-zđ]\\)\\s")),
      QRegularExpression(QStringLiteral("\\S*/\\S*")),
      QRegularExpression(QStringLiteral("\\S+\\.(xml|pdf|odt|html)\\b"))};
  for (const QRegularExpression& name : names)
    text.remove(name);
  return text;
}

bool hasVietnamese(const QString& text) {
  return cptt_test::has_vietnamese_letter(text.toStdString());
}

// English words that never start a Vietnamese text: function words and the verbs of buttons.
const QSet<QString>& englishMarkers() {
  static const QSet<QString> words{
      "the",    "of",    "and",     "file",    "files",  "error",  "cancel",  "open",  "save",
      "is",     "are",   "not",     "with",    "from",   "this",   "that",    "to",    "for",
      "has",    "have",  "no",      "yes",     "close",  "delete", "remove",  "add",   "new",
      "edit",   "undo",  "redo",    "select",  "choose", "folder", "discard", "apply", "reset",
      "back",   "next",  "missing", "invalid", "cannot", "could",  "should",  "there", "which",
      "review", "draft", "report",  "task",    "cost",   "total",  "hours",   "name",  "title"};
  return words;
}

// An English sentence in Vietnamese mode: no Vietnamese letter, and an English marker word, or
// three words or more of letters only.
bool looksEnglish(const QString& text) {
  if (hasVietnamese(text))
    return false;
  static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
  QStringList words;
  for (auto it = word.globalMatch(text); it.hasNext();)
    words << it.next().captured().toLower();
  if (words.isEmpty())
    return false;
  for (const QString& w : words)
    if (englishMarkers().contains(w))
      return true;
  static const QRegularExpression sentence(QStringLiteral("^[A-Za-z]+( [A-Za-z]+){2,}[.!?]?$"));
  return sentence.match(text).hasMatch();
}

} // namespace

class ScreensLanguageTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    app_.useTestSettings(QStringLiteral("tst_screens_language"));
    app_.load(QSize(1360, 860));
    // The reference data is published in Vietnamese (the activity catalogue's names, the
    // statistics' sources): quoted in messages as data, like the user's own.
    QDirIterator ref(QStringLiteral(CPTT_DATA_DIR "/reference"), {QStringLiteral("*.xml")},
                     QDir::Files);
    while (ref.hasNext())
      for (const QString& value : fileStrings(ref.next()))
        if (hasVietnamese(value))
          referenceValues_ << value;
    QVERIFY(!referenceValues_.isEmpty());
  }

  void cleanupTestCase() { AppSettings::instance()->setLanguage(QStringLiteral("vi")); }

  void englishScreensHaveNoVietnamese() { visitAll(QStringLiteral("en")); }
  void vietnameseScreensHaveNoEnglish() { visitAll(QStringLiteral("vi")); }

private:
  void visitAll(const QString& language) {
    AppSettings::instance()->setLanguage(language);
    QCOMPARE(AppSettings::instance()->language(), language);
    language_ = language;
    offences_.clear();
    checked_ = 0;
    cptt_test::AppWalk walk(app_);
    walk.opened = [this](cptt_test::AppWalk::Opened what, const QString& dossier,
                         const QString& review) { opened(what, dossier, review); };
    walk.page = [this](const QString& page) { check(page); };
    walk.run();
    if (QTest::currentTestFailed())
      return;
    for (const QString& o : std::as_const(offences_))
      qWarning().noquote() << o;
    QVERIFY2(checked_ > 100, qPrintable(QString::number(checked_)));
    QVERIFY2(offences_.isEmpty(), qPrintable(QStringLiteral("%1 texts not in %2 (listed above)")
                                                 .arg(offences_.size())
                                                 .arg(language)));
  }

  // The user's own data of what was just opened.
  void opened(cptt_test::AppWalk::Opened what, const QString& dossier, const QString& review) {
    using Opened = cptt_test::AppWalk::Opened;
    if (what == Opened::Start) {
      userValues_.clear();
      return;
    }
    QSet<QString> values = fileStrings(dossier);
    if (what == Opened::ReturnedReview)
      values += reviewStrings(review);
    // The next round shows what the reviewer and the drafter wrote in the previous one.
    if (what == Opened::NextRound)
      values += reviewStrings(review) + reviewStrings(QString::fromStdString(
                                            cptt::review::response_path_for(review.toStdString())));
    if (what == Opened::Dossier) {
      // What the Vietnamese summary document will print for each procedure (Mẫu 01/ĐGTĐ-BC)
      // is shown as it will be printed, in Vietnamese, whatever the app's language: document
      // data.
      DossierDocument* doc = app_.document();
      for (int row = 0; row < doc->procedureCount(); ++row)
        values << doc->assessmentSummary(doc->procedureIdAt(row))
                      .value(QStringLiteral("text"))
                      .toString()
                      .trimmed();
      values.remove(QString());
    }
    values += referenceValues_;
    userValues_ = QStringList(values.begin(), values.end());
    std::sort(userValues_.begin(), userValues_.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
  }

  void check(const QString& page) {
    for (const QString& text : visibleTexts(app_.window())) {
      ++checked_;
      const QString rest = withoutUserData(text, userValues_);
      const bool wrong =
          language_ == QLatin1String("en") ? hasVietnamese(rest) : looksEnglish(rest);
      const QString entry = QStringLiteral("[%1] %2: «%3»").arg(language_, page, text);
      if (wrong && !offences_.contains(entry) && !reported_.contains(language_ + text)) {
        offences_ << entry;
        reported_ << language_ + text; // each text once, on the first page it was seen
      }
    }
  }

  cptt_test::AppFixture app_;
  QSet<QString> referenceValues_;
  QString language_;
  QStringList userValues_;
  QStringList offences_;
  QSet<QString> reported_;
  int checked_ = 0;
};

QTEST_MAIN(ScreensLanguageTest)
#include "tst_screens_language.moc"
