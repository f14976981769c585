#include "dossierstore.h"

#include "format.h"

#include <algorithm>

using namespace cptt;

namespace cptt::bridge {

namespace {
using Kind = DossierChange::Kind;
}

DossierStore::DossierStore(QObject* parent) : QObject(parent) {
  qRegisterMetaType<DossierChange>();
}

int DossierStore::indexOf(const QString& procedureId) const {
  const std::string id = toStd(procedureId);
  for (std::size_t i = 0; i < dossier_.procedures.size(); ++i)
    if (dossier_.procedures[i].id == id)
      return static_cast<int>(i);
  return -1;
}

const AnswerSet* DossierStore::answerSet(const QString& procedureId, const QString& formId) const {
  const std::string procedure = toStd(procedureId);
  const std::string form = toStd(formId);
  for (const AnswerSet& s : dossier_.answers)
    if (s.form_id == form && s.procedure_id == procedure && s.instance.empty())
      return &s;
  return nullptr;
}

// --- the parts ---

void DossierStore::replace(Dossier dossier) {
  const DossierChange change{Kind::reset};
  emit aboutToChange(change);
  dossier_ = std::move(dossier);
  invalid_.clear();
  recomputeAll();
  emit changed(change);
  // Told apart from the reset, so that the totals' observers need not follow resets too.
  showAgain(DossierChange{Kind::totals});
}

void DossierStore::setDraft(const Draft& draft) {
  const DossierChange change{Kind::draft};
  emit aboutToChange(change);
  dossier_.draft = draft;
  emit changed(change);
}

void DossierStore::setRates(const std::vector<IncomeRate>& rates) {
  const DossierChange change{rates.size() == dossier_.rates.size() ? Kind::rateValues
                                                                   : Kind::rateRows};
  emit aboutToChange(change);
  dossier_.rates = rates;
  emit changed(change);
  // Every task is costed with a rate: every procedure is computed again.
  for (int row = 0; row < procedureCount(); ++row) {
    const DossierChange one{Kind::procedure, row};
    emit aboutToChange(one);
    recompute(row);
    emit changed(one);
  }
  recomputeTotals();
}

void DossierStore::setProcedure(int row, const Procedure& procedure) {
  const DossierChange change{Kind::procedure, row};
  emit aboutToChange(change);
  dossier_.procedures[static_cast<std::size_t>(row)] = procedure;
  recompute(row);
  emit changed(change);
  recomputeTotals();
}

void DossierStore::insertProcedure(int row, const Procedure& procedure) {
  const DossierChange change{Kind::procedureInserted, row};
  emit aboutToChange(change);
  const auto at = static_cast<std::ptrdiff_t>(row);
  dossier_.procedures.insert(dossier_.procedures.begin() + at, procedure);
  states_.insert(states_.begin() + at, ProcedureState{});
  summaries_.insert(summaries_.begin() + at, ProcedureResult{});
  recompute(row);
  emit changed(change);
  recomputeTotals();
}

void DossierStore::eraseProcedure(int row) {
  // What the user typed into the procedure's fields goes with it.
  forgetInvalidUnder(toQ(dossier_.procedures[static_cast<std::size_t>(row)].id) + QLatin1Char('|'));
  const DossierChange change{Kind::procedureRemoved, row};
  emit aboutToChange(change);
  const auto at = static_cast<std::ptrdiff_t>(row);
  dossier_.procedures.erase(dossier_.procedures.begin() + at);
  states_.erase(states_.begin() + at);
  summaries_.erase(summaries_.begin() + at);
  emit changed(change);
  recomputeTotals();
}

namespace {
template <class T> void move_element(std::vector<T>& v, int from, int to) {
  T moved = std::move(v[static_cast<std::size_t>(from)]);
  v.erase(v.begin() + from);
  v.insert(v.begin() + to, std::move(moved));
}
} // namespace

void DossierStore::moveProcedure(int from, int to) {
  const DossierChange change{Kind::procedureMoved, from, to};
  emit aboutToChange(change);
  move_element(dossier_.procedures, from, to);
  move_element(states_, from, to);
  move_element(summaries_, from, to);
  emit changed(change);
  // The totals add the same figures, but the core adds them in the file's order.
  recomputeTotals();
}

void DossierStore::setAnswers(const std::vector<AnswerSet>& answers) {
  const DossierChange change{Kind::answers};
  emit aboutToChange(change);
  dossier_.answers = answers;
  emit changed(change);
}

void DossierStore::showAgain(DossierChange change) {
  emit aboutToChange(change);
  emit changed(change);
}

// --- invalid entries ---

QString DossierStore::fieldKey(const QString& procedureId, const QString& variant,
                               const QString& part, int row, const QString& field) {
  return procedureId + QLatin1Char('|') + variant + QLatin1Char('|') + part + QLatin1Char('|') +
         QString::number(row) + QLatin1Char('|') + field;
}

const InvalidEntry* DossierStore::invalidEntry(const QString& key) const {
  auto it = invalid_.constFind(key);
  return it == invalid_.constEnd() ? nullptr : &it.value();
}

void DossierStore::keepInvalid(const QString& key, InvalidEntry entry) {
  const DossierChange change{Kind::invalidEntries};
  emit aboutToChange(change);
  invalid_.insert(key, std::move(entry));
  emit changed(change);
}

void DossierStore::forgetInvalid(const QString& key) {
  if (!invalid_.contains(key))
    return;
  const DossierChange change{Kind::invalidEntries};
  emit aboutToChange(change);
  invalid_.remove(key);
  emit changed(change);
}

void DossierStore::forgetInvalidUnder(const QString& keyPrefix) {
  const auto under = [&](const QString& key) { return key.startsWith(keyPrefix); };
  if (std::none_of(invalid_.keyBegin(), invalid_.keyEnd(), under))
    return;
  const DossierChange change{Kind::invalidEntries};
  emit aboutToChange(change);
  invalid_.removeIf([&](const auto& entry) { return under(entry.key()); });
  emit changed(change);
}

void DossierStore::moveInvalidRows(const QString& keyPrefix,
                                   const std::function<int(int)>& newRow) {
  const DossierChange change{Kind::invalidEntries};
  emit aboutToChange(change);
  QHash<QString, InvalidEntry> out;
  for (auto it = invalid_.cbegin(); it != invalid_.cend(); ++it) {
    if (!it.key().startsWith(keyPrefix)) {
      out.insert(it.key(), it.value());
      continue;
    }
    const QStringList parts = it.key().mid(keyPrefix.size()).split(QLatin1Char('|'));
    const int row = newRow(parts.value(0).toInt());
    if (row >= 0)
      out.insert(keyPrefix + QString::number(row) + QLatin1Char('|') + parts.value(1), it.value());
  }
  invalid_ = std::move(out);
  emit changed(change);
}

// --- results (asked from the core) ---

void DossierStore::recompute(int row) {
  ProcedureState st;
  const Procedure& p = dossier_.procedures[static_cast<std::size_t>(row)];
  try {
    st.result = compute_procedure(p, dossier_);
  } catch (const std::exception& e) {
    st.error = error_text(e);
    if (p.current) {
      try {
        st.current = compute_worksheet(*p.current, dossier_);
      } catch (const std::exception& e2) {
        st.currentError = error_text(e2);
      }
    }
    if (p.proposed) {
      try {
        st.proposed = compute_worksheet(*p.proposed, dossier_);
      } catch (const std::exception& e2) {
        st.proposedError = error_text(e2);
      }
    }
  }
  ProcedureResult summary;
  summary.id = p.id;
  summary.kind = p.kind;
  if (st.result) {
    summary.before = st.result->before;
    summary.after = st.result->after;
    summary.saving = st.result->saving;
  }
  summaries_[static_cast<std::size_t>(row)] = std::move(summary);
  states_[static_cast<std::size_t>(row)] = std::move(st);
}

void DossierStore::recomputeAll() {
  states_.assign(dossier_.procedures.size(), ProcedureState{});
  summaries_.assign(dossier_.procedures.size(), ProcedureResult{});
  for (int i = 0; i < procedureCount(); ++i)
    recompute(i);
  sumTotals();
}

void DossierStore::recomputeTotals() {
  const DossierChange change{Kind::totals};
  emit aboutToChange(change);
  sumTotals();
  emit changed(change);
}

void DossierStore::sumTotals() {
  failed_ = 0;
  totalsError_ = {};
  for (const ProcedureState& st : states_)
    if (!st.result)
      ++failed_;
  try {
    totals_ = sum_totals(summaries_);
  } catch (const std::exception& e) {
    // State shown in place (totals, summary, status bar), never an error dialog: this runs on
    // every keystroke, and a dialog would take the next keystrokes.
    totals_ = DossierTotals{};
    failed_ = procedureCount();
    totalsError_ = error_text(e);
  }
}

} // namespace cptt::bridge
