#pragma once
// The forms check of a whole dossier, for `cptt validate`, reports and the app:
// - every procedure has its assessment form(s) for the dossier's stage and generation
//   (missing-form), and the draft its draft-level assessment (Annex I at the proposal stage);
// - each answer set is evaluated against its definition (form_engine.h): missing answers and
//   reasons, invalid and unknown answers, gates, toggled-off components;
// - the draft's summary form (01/ĐGTĐ-BC) is evaluated even when the file holds no answers for it,
//   since it is mostly filled from the dossier (the reasons for abolished procedures);
// - forms not yet confirmed against the official text get one note each.
//
// Findings come in a fixed order: mixed generations; missing forms per procedure in dossier order,
// then for the draft; then per answer set in file order; then the summaries evaluated without
// answers; then the unverified-form notes.
#include "cptt/forms/form_catalog.h"
#include "cptt/forms/form_engine.h"
#include "cptt/forms/form_finding.h"
#include "cptt/model.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace cptt::forms {

struct DossierFormsOptions {
  std::string generation; // empty: the dossier's own (dossier_generation)
};

// The generation a dossier uses: that of its first assessment or summary answers, else the one in
// force in the catalog.
std::string dossier_generation(const Dossier& dossier, const FormCatalog& catalog);

// The procedure's assessment form for the dossier's stage and generation (the first that applies
// to its kind), or null when none does.
const FormDefinition* assessment_form(const FormCatalog& catalog, const Dossier& dossier,
                                      const Procedure& procedure);
// That form evaluated against the procedure's answers (no answers yet: an empty set); nullopt
// when no form applies.
std::optional<FormEvaluation>
evaluate_assessment(const FormCatalog& catalog, const Dossier& dossier, const Procedure& procedure);

// The whole check at once. For the CLI validate command: each finding converts to the core's
// Finding with to_finding().
std::vector<FormFinding> check_dossier_forms(const Dossier& dossier, const FormCatalog& catalog,
                                             const DossierFormsOptions& options = {});

// The same check kept up to date while the user edits: one answer set (or one procedure's sets)
// is re-evaluated after a change, never the whole dossier. The catalog must outlive this object;
// the dossier is passed to each call and must be the same one (structure changes: call reset).
class DossierFormsCheck {
public:
  explicit DossierFormsCheck(const FormCatalog& catalog, DossierFormsOptions options = {});

  // Evaluates everything: after loading, or after procedures or answer sets were added, removed
  // or re-assigned, or the stage changed.
  // `computed`, when given, is compute(dossier) (a review has it already): the forms' bound costs
  // are read from it rather than computed again. Only used during this call.
  void reset(const Dossier& dossier, const DossierResult* computed = nullptr);
  // Only the answers of dossier.answers[answer_set] changed (not its form or procedure).
  void answers_changed(const Dossier& dossier, std::size_t answer_set);
  // A procedure's own data changed (name, reason, worksheets): its answer sets and the draft-level
  // forms that show it are re-evaluated.
  void procedure_changed(const Dossier& dossier, std::string_view procedure_id);

  // The evaluation of dossier.answers[answer_set]; null when its form or procedure is unknown.
  const FormEvaluation* evaluation(std::size_t answer_set) const;
  // The evaluation of the procedure's assessment form (the first one), or null.
  const FormEvaluation* assessment_of(const Dossier& dossier, std::string_view procedure_id) const;
  // Summary forms evaluated without answers in the file.
  const std::vector<FormEvaluation>& implicit_summaries() const { return implicit_; }

  std::vector<FormFinding> findings() const;
  std::size_t count(Severity severity) const { return totals_[static_cast<std::size_t>(severity)]; }
  const std::string& generation() const { return generation_; }

private:
  struct Entry {
    std::optional<FormEvaluation> evaluation;
    std::vector<FormFinding> findings; // set-level findings, then the evaluation's
    std::array<std::size_t, 3> counts{};
  };
  Entry evaluate_set(const Dossier& dossier, std::size_t index) const;
  void replace(std::size_t index, Entry entry);
  void add_counts(const std::vector<FormFinding>& findings, int sign);
  void rebuild_implicit(const Dossier& dossier);

  const FormCatalog& catalog_;
  DossierFormsOptions options_;
  std::string generation_;
  std::vector<FormFinding> head_; // mixed generations, missing forms
  std::vector<Entry> sets_;
  std::vector<FormEvaluation> implicit_;
  std::vector<AnswerSet> implicit_answers_;
  std::vector<FormFinding> tail_; // unverified-form notes
  std::array<std::size_t, 3> totals_{};
  const DossierResult* computed_ = nullptr; // only while reset() runs
};

} // namespace cptt::forms
