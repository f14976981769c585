#pragma once
// What changed between two versions of a dossier (the reviewer's second round: what to read again):
// every changed input with its old and new value, and every computed figure that moved, with the
// share of the draft's net change each procedure's change explains.
//
// Matching: procedures and rates by their ids, answer sets by (form, procedure, instance),
// answers by field id. Tasks carry no id in the file format: they are matched within a worksheet
// by cptt::match_tasks (task_matching.h), so reordering is no change and a renamed task is one
// change; what is left is removed or added. Fees: the same name, then the same legal basis, then
// the same amount, each pass pairing in order.
//
//   const cptt::review::DossierDiff d = cptt::review::diff_dossiers(old_dossier, new_dossier);
//   for (const cptt::review::Change& c : d.changes)
//     std::cout << c.procedure_id << ' ' << c.label.in(Language::en) << '\n';
#include "cptt/engine.h"
#include "cptt/finding.h"

#include <optional>
#include <string>
#include <vector>

namespace cptt::review {

enum class ChangeKind { added, removed, changed };
std::string_view to_id(ChangeKind kind); // "added", "removed", "changed"

struct Change {
  ChangeKind kind = ChangeKind::changed;
  std::string procedure_id; // empty: the draft as a whole (its fields, rates, its answers)
  Place place;              // worksheet, task / fee row (in the new version; removed: the old),
                            // rate, form and field
  std::string property;     // stable id of what changed: "hours", "task", "answer.value" …
  Text label;               // what changed, as the reviewer reads it: "số giờ" / "hours"
  Text old_value;           // empty when added
  Text new_value;           // empty when removed
  bool figure = false;      // a computed figure, not an input
  // Numbers in canonical form, for figures and numeric inputs (exact, for scripts).
  std::optional<Decimal> old_number, new_number;
};

// One procedure's part in the move of the draft's net change (after − before).
struct ProcedureShare {
  std::string procedure_id;
  Money old_net;                  // its after − before in the old version (0 if absent)
  Money new_net;                  // the same in the new version (0 if absent)
  Money delta;                    // new_net − old_net
  std::optional<Decimal> percent; // delta / the draft's delta × 100, 2 places half-up;
                                  // none when the draft's net change did not move
};

struct DossierDiff {
  // Inputs then figures, grouped: the draft first, then each procedure in the new version's
  // order, then the removed ones in the old version's order.
  std::vector<Change> changes;
  std::vector<ProcedureShare> shares; // procedures whose net contribution moved, same order
  DossierTotals old_totals, new_totals;
  Money net_delta; // new net change − old net change

  bool empty() const { return changes.empty(); }
  std::size_t input_changes() const;
  std::size_t figure_changes() const;
};

// Compares two dossiers; both are computed with cptt::compute (EngineError when one cannot be).
DossierDiff diff_dossiers(const Dossier& old_version, const Dossier& new_version);

// "công việc 2 · số giờ: 4 → 5" style line of one change, without the procedure id.
std::string change_text(const Change& change, Language language);

// The procedure's name in the new version, else in the old one ("" for the draft).
std::string procedure_name(const std::string& procedure_id, const Dossier& old_version,
                           const Dossier& new_version);

// A printable page of the changes, grouped by procedure, with the shares of the net change.
std::string diff_html(const DossierDiff& diff, const Dossier& old_version,
                      const Dossier& new_version, const std::string& old_name,
                      const std::string& new_name, Language language);

} // namespace cptt::review
