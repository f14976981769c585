#include "status.h"

#include "appsettings.h"
#include "dossierstore.h"
#include "format.h"
#include "forms.h"
#include "referencelibrary.h"

#include "cptt/review/dossier_check.h"

namespace cptt::bridge {

namespace {

review::ReviewContext appContext() {
  return {&ReferenceLibrary::instance()->data(), &formCatalog()};
}

// Where the app shows a finding: the procedure's tab and the spot in it.
void placeOf(const Dossier& d, const Finding& f, Problem& out) {
  const Place& at = f.place;
  if (f.procedure_id.empty()) {
    out.place = at.rate.empty() ? QStringLiteral("draft") : QStringLiteral("rates");
    out.target = toQ(at.input);
    return;
  }
  if (at.worksheet) {
    out.place = *at.worksheet == Worksheet::Variant::current ? QStringLiteral("current")
                                                             : QStringLiteral("proposed");
    out.target = at.task > 0 ? QString::number(at.task) : QString();
    return;
  }
  if (at.input == "name" || at.input == "articles" || at.input == "simplification" ||
      at.input == "level") {
    out.place = QStringLiteral("general");
    out.target = toQ(at.input);
    return;
  }
  if (f.code == "CPTT-E001" || f.code == "CPTT-E002") {
    out.place = f.code == "CPTT-E001" ? QStringLiteral("current") : QStringLiteral("proposed");
    return;
  }
  if (!at.form_code.empty() || !at.component.empty()) {
    out.place = QStringLiteral("form");
    out.target = toQ(at.field);
    // A form with no answer yet, a component as a whole: open its first question still to answer.
    if (out.target.isEmpty() || !at.component.empty())
      if (const Procedure* p = d.find_procedure(f.procedure_id))
        out.target = firstOpenQuestion(d, *p);
    return;
  }
  out.place = QStringLiteral("general");
}

Problem problemOf(const Dossier& d, const Finding& f, Language language) {
  Problem p;
  p.severity = f.severity == Severity::note ? Status::complete : Status::incomplete;
  p.message = toQ(f.message(language));
  p.procedureId = toQ(f.procedure_id);
  p.code = toQ(f.code);
  p.level = toQ(to_id(f.severity));
  p.where = toQ(f.place_text(language));
  placeOf(d, f, p);
  return p;
}

// The bridge's own entries: text that is not a number, kept where it was typed; the procedure's
// computation error.
void entryProblems(const DossierStore& store, const QString& id, int row,
                   std::vector<Problem>& out) {
  if (row >= 0) {
    const Procedure& p = store.dossier().procedures[static_cast<std::size_t>(row)];
    if (const ProcedureState& st = store.state(row); !st.error.empty())
      out.push_back({Status::error,
                     toQ(st.error.in(appLanguage())),
                     id,
                     p.current ? QStringLiteral("current") : QStringLiteral("proposed"),
                     {},
                     {},
                     QStringLiteral("error")});
  }
  for (auto it = store.invalidEntries().cbegin(); it != store.invalidEntries().cend(); ++it)
    if (it.value().procedureId == id)
      out.push_back(
          {Status::error,
           it.value().message,
           id,
           id.isEmpty() ? QStringLiteral("draft") : it.key().section(QLatin1Char('|'), 1, 1),
           {},
           {},
           QStringLiteral("error")});
}

// The dossier reduced to one procedure (with the draft, the rates and that procedure's answers):
// its findings are the procedure's findings of the whole dossier, at the cost of one procedure.
Dossier oneProcedure(const Dossier& d, const Procedure& p) {
  Dossier one;
  one.draft = d.draft;
  one.rates = d.rates;
  one.procedures.push_back(p);
  for (const AnswerSet& set : d.answers)
    if (set.procedure_id == p.id)
      one.answers.push_back(set);
  return one;
}

} // namespace

QString statusId(Status status) {
  switch (status) {
  case Status::complete:
    return QStringLiteral("complete");
  case Status::incomplete:
    return QStringLiteral("incomplete");
  case Status::error:
    return QStringLiteral("error");
  }
  return {};
}

std::vector<Finding> dossierFindings(const Dossier& dossier) {
  return review::check_dossier(dossier, appContext());
}

std::vector<Problem> checklistProblems(const DossierStore& store) {
  const Dossier& d = store.dossier();
  const Language language = appLanguage();
  const std::vector<Finding> found = dossierFindings(d);
  std::vector<Problem> out;
  for (int row = 0; row < store.procedureCount(); ++row) {
    const Procedure& p = d.procedures[static_cast<std::size_t>(row)];
    const QString id = toQ(p.id);
    entryProblems(store, id, row, out);
    for (const Finding& f : found)
      if (f.procedure_id == p.id)
        out.push_back(problemOf(d, f, language));
  }
  entryProblems(store, {}, -1, out);
  for (const Finding& f : found)
    if (f.procedure_id.empty() || !d.find_procedure(f.procedure_id))
      out.push_back(problemOf(d, f, language));
  return out;
}

std::vector<Problem> procedureProblemList(const DossierStore& store, int row) {
  std::vector<Problem> out;
  const Dossier& d = store.dossier();
  const Procedure& p = d.procedures[static_cast<std::size_t>(row)];
  entryProblems(store, toQ(p.id), row, out);
  const Dossier one = oneProcedure(d, p);
  const Language language = appLanguage();
  for (const Finding& f : dossierFindings(one))
    if (f.procedure_id == p.id)
      out.push_back(problemOf(one, f, language));
  return out;
}

Status procedureStatus(const DossierStore& store, int row) {
  Status s = Status::complete;
  for (const Problem& p : procedureProblemList(store, row)) {
    if (p.severity == Status::error)
      return Status::error;
    if (p.severity == Status::incomplete)
      s = Status::incomplete;
  }
  return s;
}

QStringList procedureProblems(const DossierStore& store, int row) {
  QStringList out;
  for (const Problem& p : procedureProblemList(store, row))
    out << p.message;
  return out;
}

} // namespace cptt::bridge
