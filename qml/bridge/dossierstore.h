#pragma once
// The open dossier's data and what the core computed from it, with one typed change signal its
// observers follow (the procedure list, the rates, the checklist, the procedure's models). The
// store applies whole parts (the draft, the rates, a procedure, the answers) as the undo commands
// hand them over, recomputes what depends on them through the core (compute_procedure,
// compute_worksheet, sum_totals) and says what changed. It decides no rule and keeps no history:
// editing, undo and files are DossierDocument's.
#include "cptt/engine.h"
#include "cptt/model.h"
#include "cptt/text.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cptt::bridge {

// What the core computed for one procedure. When the whole procedure cannot be computed, each
// worksheet is still computed on its own (current / proposed) so the screen shows as much as
// possible; when it can, the worksheets are those of `result`.
struct ProcedureState {
  std::optional<ProcedureResult> result;
  std::optional<WorksheetResult> current;  // only when result is empty
  std::optional<WorksheetResult> proposed; // only when result is empty
  const WorksheetResult* worksheet(bool currentVariant) const {
    const auto& w = result ? (currentVariant ? result->current : result->proposed)
                           : (currentVariant ? current : proposed);
    return w ? &*w : nullptr;
  }
  // The core's messages, shown in the app's language when read (errorText).
  cptt::Text currentError;
  cptt::Text proposedError;
  cptt::Text error; // the first error, empty when the procedure computed
};

// Text the user typed that could not be accepted: kept and shown in place with the core's message.
struct InvalidEntry {
  QString text;
  QString message;
  QString procedureId; // empty for draft-level and rate fields
};

// One change of the store, as its observers are told of it: aboutToChange before the store
// changes, changed after. `row` is the procedure's (or, for procedureMoved, where it was; `to`
// where it goes); -1 when the change is not about one procedure.
struct DossierChange {
  enum class Kind {
    reset,             // everything may differ: another dossier, or texts in another language
    draft,             // the draft's details
    rateRows,          // rates added or removed (their rows are not the same)
    rateValues,        // the same rates with other values
    procedure,         // one procedure's content or results
    procedureInserted, // a procedure at `row`
    procedureRemoved,  // the procedure that was at `row`
    procedureMoved,    // from `row` to `to`
    answers,           // the answers to the assessment forms
    invalidEntries,    // text kept because it could not be taken, or such text dropped
    totals,            // the draft's totals
  };
  Kind kind = Kind::reset;
  int row = -1;
  int to = -1;
  // After such a change a procedure may be at another row, or gone: an observer of one procedure
  // looks for it again.
  bool movesRows() const {
    return kind == Kind::reset || kind == Kind::procedureInserted ||
           kind == Kind::procedureRemoved || kind == Kind::procedureMoved;
  }
};

class DossierStore : public QObject {
  Q_OBJECT

public:
  explicit DossierStore(QObject* parent = nullptr);

  const Dossier& dossier() const { return dossier_; }
  int procedureCount() const { return static_cast<int>(dossier_.procedures.size()); }
  int indexOf(const QString& procedureId) const; // -1 when there is none
  const ProcedureState& state(int row) const { return states_.at(static_cast<std::size_t>(row)); }
  const DossierTotals& totals() const { return totals_; }
  int failedProcedureCount() const { return failed_; }
  // Why the draft's totals could not be added up (an overflow), or empty.
  const Text& totalsError() const { return totalsError_; }
  const AnswerSet* answerSet(const QString& procedureId, const QString& formId) const;

  // Replaces the whole dossier (a file opened, a new one) and forgets every invalid entry.
  void replace(Dossier dossier);
  // The parts an undo command hands over: each recomputes what depends on it.
  void setDraft(const Draft& draft);
  void setRates(const std::vector<IncomeRate>& rates); // every procedure is computed again
  void setProcedure(int row, const Procedure& procedure);
  void insertProcedure(int row, const Procedure& procedure);
  void eraseProcedure(int row);
  void moveProcedure(int from, int to);
  void setAnswers(const std::vector<AnswerSet>& answers);
  // Tells the observers to show a part again though nothing in the store changed (an edit typed
  // back to the value the file has may have dropped an invalid entry; the language changed).
  void showAgain(DossierChange change);

  // --- text the user typed that could not be taken, by field key ---
  static QString fieldKey(const QString& procedureId, const QString& variant, const QString& part,
                          int row, const QString& field);
  const InvalidEntry* invalidEntry(const QString& key) const;
  const QHash<QString, InvalidEntry>& invalidEntries() const { return invalid_; }
  void keepInvalid(const QString& key, InvalidEntry entry);
  void forgetInvalid(const QString& key);            // that one field
  void forgetInvalidUnder(const QString& keyPrefix); // every field whose key starts so
  // Moves the entries of one list (the tasks or fees of a worksheet: keys `keyPrefix`ROW|FIELD)
  // to their rows' new places; `newRow` returns -1 for a removed row.
  void moveInvalidRows(const QString& keyPrefix, const std::function<int(int)>& newRow);

signals:
  void aboutToChange(const cptt::bridge::DossierChange& change);
  void changed(const cptt::bridge::DossierChange& change);

private:
  void recompute(int row);
  void recomputeAll();    // every procedure and the totals, telling no one
  void recomputeTotals(); // the totals, with their change
  void sumTotals();

  Dossier dossier_;
  std::vector<ProcedureState> states_;
  // Per procedure, the figures sum_totals reads (no worksheets, so re-adding 2,000 procedures
  // after one edit copies nothing large); zero for a procedure that could not be computed.
  std::vector<ProcedureResult> summaries_;
  DossierTotals totals_;
  int failed_ = 0;
  Text totalsError_;
  QHash<QString, InvalidEntry> invalid_;
};

} // namespace cptt::bridge

Q_DECLARE_METATYPE(cptt::bridge::DossierChange)
