// QtTest for the dossier store: the typed change signal its observers follow (each change told
// before and after, with its row), what it recomputes, and that the models observing it show an
// edit of any part, answers included, without being told by hand.
#include "appsettings.h"
#include "document.h"
#include "dossierstore.h"
#include "format.h"
#include "forms.h"
#include "referencelibrary.h"

#include "cptt/dossier_xml.h"
#include "cptt/forms/dossier_forms.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace cptt;
using namespace cptt::bridge;
using Kind = DossierChange::Kind;

namespace {

const QString example = QStringLiteral(CPTT_DATA_DIR "/examples/case-dossier-total.cptt.xml");

Dossier exampleDossier() {
  DossierLoad load = load_dossier_file(toStd(example));
  if (!load.result)
    qFatal("the example does not load");
  return std::move(load.dossier);
}

// Every change the store told, as "kind:row" before ('<') and after ('>'), in order.
class ChangeLog {
public:
  explicit ChangeLog(const DossierStore& store) {
    QObject::connect(&store, &DossierStore::aboutToChange, &store,
                     [this](const DossierChange& c) { lines << QStringLiteral("<") + text(c); });
    QObject::connect(&store, &DossierStore::changed, &store,
                     [this](const DossierChange& c) { lines << QStringLiteral(">") + text(c); });
  }
  static QString text(const DossierChange& c) {
    static const char* names[] = {"reset",
                                  "draft",
                                  "rateRows",
                                  "rateValues",
                                  "procedure",
                                  "procedureInserted",
                                  "procedureRemoved",
                                  "procedureMoved",
                                  "answers",
                                  "invalidEntries",
                                  "totals"};
    QString out = QString::fromLatin1(names[static_cast<int>(c.kind)]);
    if (c.row >= 0)
      out += QLatin1Char(':') + QString::number(c.row);
    if (c.to >= 0)
      out += QLatin1Char('>') + QString::number(c.to);
    return out;
  }
  QStringList lines;
};

} // namespace

class StoreTest : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() { QVERIFY(ReferenceLibrary::instance()->loaded()); }

  void replacingToldAsOneResetThenTheTotals() {
    DossierStore store;
    ChangeLog log(store);
    store.replace(exampleDossier());
    QCOMPARE(log.lines, QStringList({"<reset", ">reset", "<totals", ">totals"}));
    QVERIFY(store.procedureCount() > 2);
    QVERIFY(store.state(0).result.has_value());
    QVERIFY(store.totals().before > Money());
  }

  void structureChangesCarryTheirRows() {
    DossierStore store;
    store.replace(exampleDossier());
    const int count = store.procedureCount();
    const std::string first = store.dossier().procedures[0].id;
    ChangeLog log(store);
    int countBefore = -1;
    connect(&store, &DossierStore::aboutToChange, this, [&](const DossierChange& c) {
      if (c.kind == Kind::procedureInserted)
        countBefore = store.procedureCount();
    });
    Procedure copy = store.dossier().procedures[0];
    copy.id = "P-copy";
    store.insertProcedure(1, copy);
    QCOMPARE(countBefore, count); // told before the row exists
    QCOMPARE(store.procedureCount(), count + 1);
    store.moveProcedure(0, 2);
    QCOMPARE(store.dossier().procedures[2].id, first);
    QCOMPARE(store.state(2).result->id, first); // the results move with their procedure
    store.eraseProcedure(2);
    QCOMPARE(log.lines,
             QStringList({"<procedureInserted:1", ">procedureInserted:1", "<totals", ">totals",
                          "<procedureMoved:0>2", ">procedureMoved:0>2", "<totals", ">totals",
                          "<procedureRemoved:2", ">procedureRemoved:2", "<totals", ">totals"}));
  }

  void newRatesRecomputeEveryProcedure() {
    DossierStore store;
    store.replace(exampleDossier());
    std::vector<IncomeRate> rates = store.dossier().rates;
    ChangeLog log(store);
    store.setRates(rates); // the same rows
    QCOMPARE(log.lines.first(), QStringLiteral("<rateValues"));
    QCOMPARE(log.lines.count(QStringLiteral(">procedure:0")), 1);
    QCOMPARE(log.lines.filter(QRegularExpression(QStringLiteral("^>procedure:"))).size(),
             store.procedureCount());
    QCOMPARE(log.lines.last(), QStringLiteral(">totals"));
    log.lines.clear();
    IncomeRate extra = rates.front();
    extra.id = "other";
    rates.push_back(extra);
    store.setRates(rates);
    QCOMPARE(log.lines.first(), QStringLiteral("<rateRows"));
  }

  void invalidEntriesGoWithTheirProcedureAndFollowTheirRows() {
    DossierStore store;
    store.replace(exampleDossier());
    const QString p1 = toQ(store.dossier().procedures[0].id);
    const QString task3 = DossierStore::fieldKey(
        p1, QStringLiteral("current"), QStringLiteral("task"), 3, QStringLiteral("hours"));
    store.keepInvalid(task3, InvalidEntry{QStringLiteral("1,2,3"), QStringLiteral("no"), p1});
    store.moveInvalidRows(p1 + QStringLiteral("|current|task|"), [](int r) { return r - 1; });
    QVERIFY(!store.invalidEntry(task3));
    const QString task2 = DossierStore::fieldKey(
        p1, QStringLiteral("current"), QStringLiteral("task"), 2, QStringLiteral("hours"));
    QVERIFY(store.invalidEntry(task2));
    QCOMPARE(store.invalidEntry(task2)->text, QStringLiteral("1,2,3"));
    ChangeLog log(store);
    store.eraseProcedure(0);
    QVERIFY(store.invalidEntries().isEmpty());
    // Told before the row goes, while the key still names a procedure the observers have.
    QCOMPARE(log.lines.mid(0, 3),
             QStringList({"<invalidEntries", ">invalidEntries", "<procedureRemoved:0"}));
  }

  // The procedure list's status follows an answer: the store tells its observers of the answers
  // as of any other part.
  void anAnswerRefreshesTheProcedureStatus() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    QAbstractItemModelTester tester(doc.procedures());
    const Dossier& d = doc.dossier();
    const Procedure& p = d.procedures[0];
    const QString question = firstOpenQuestion(d, p);
    QVERIFY(!question.isEmpty());
    const forms::FormDefinition* form = forms::assessment_form(formCatalog(), d, p);
    QVERIFY(form);
    const int detailRole = doc.procedures()->roleNames().key("statusDetail");
    const QString before =
        doc.procedures()->data(doc.procedures()->index(0), detailRole).toString();
    QSignalSpy spy(doc.procedures(), &QAbstractItemModel::dataChanged);
    QCOMPARE(doc.setAnswer(toQ(p.id), toQ(form->id), question, QStringLiteral("value"),
                           QStringLiteral("Trả lời")),
             QString());
    bool statusTold = false;
    for (const QList<QVariant>& args : spy) {
      const auto roles = args.at(2).value<QList<int>>();
      statusTold |= args.at(0).toModelIndex().row() <= 0 && roles.contains(detailRole);
    }
    QVERIFY(statusTold);
    QVERIFY(doc.procedures()->data(doc.procedures()->index(0), detailRole).toString() != before);
  }

  // What the app takes as typed is what the reader takes from a file (figure_bounds.h): a rate of
  // 0 đồng, as a new direct rate starts, is a figure; a population of 0 or a frequency of 0 is not.
  void typedFiguresFollowTheReadersBounds() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    const int row = doc.addDirectRate();
    QVERIFY(row >= 0);
    QCOMPARE(doc.setRateField(row, RateField::DirectRate, QStringLiteral("0")), QString());
    QCOMPARE(doc.setRateField(row, RateField::DirectRate, QStringLiteral("-5")).isEmpty(), false);
    const int derived = doc.addDerivedRate(2023, QStringLiteral("101.900.000"), {}, {});
    QVERIFY(derived >= 0);
    QVERIFY(!doc.setRateField(derived, RateField::Population, QStringLiteral("0")).isEmpty());
    const QString p1 = doc.procedureIdAt(0);
    QVERIFY(!doc.setWorksheetField(p1, QStringLiteral("current"), WorksheetField::Frequency,
                                   QStringLiteral("0"))
                 .isEmpty());
    QCOMPARE(doc.setWorksheetField(p1, QStringLiteral("current"), WorksheetField::Subjects,
                                   QStringLiteral("0")),
             QString());
    // The dossier as edited is one the reader opens again.
    QVERIFY(load_dossier_text(write_dossier(doc.dossier())).result);
  }

  // The document's undo goes through the store: undoing an insertion removes the row the models
  // show, redoing brings it back.
  void undoAndRedoReachTheModels() {
    DossierDocument doc;
    QVERIFY(doc.open(example));
    QAbstractItemModelTester tester(doc.procedures());
    const int count = doc.procedures()->rowCount();
    QSignalSpy inserted(doc.procedures(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(doc.procedures(), &QAbstractItemModel::rowsRemoved);
    doc.addProcedure(QStringLiteral("new"));
    QCOMPARE(doc.procedures()->rowCount(), count + 1);
    doc.undo();
    QCOMPARE(doc.procedures()->rowCount(), count);
    doc.redo();
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(doc.procedureCount(), count + 1);
  }
};

QTEST_MAIN(StoreTest)
#include "tst_store.moc"
