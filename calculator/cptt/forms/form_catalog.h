#pragma once
// The loaded form definitions: read at run time from a folder (forms/), so a ministry can drop in
// an updated definition without a new release. Which forms apply follows from the stage, the
// procedure's kind and the generation (TT 03/2022 Annexes I and II):
//   proposal              → TT03-2022 Annex I, one block per policy (draft scope)
//   drafting, new         → 02/ĐGTĐ-BHM + 04/ĐGTĐ-SCM
//   drafting, amended or detailed → 03/ĐGTĐ-QĐCT/SĐBS + 04/ĐGTĐ-SCM
//   drafting, abolished   → reason and cost benefit in 01/ĐGTĐ-BC (+ 04 for the current cost)
// all declared in the files (stage, kinds, role, scope), not here. A drafter may pick another
// generation (TT07-2014, ND63-2010) for an older draft.
#include "cptt/forms/form_definition.h"
#include "cptt/load_result.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cptt::forms {

class FormCatalog {
public:
  // Every *.xml file of `folder` (not its subfolders), in file-name order. A file that does not
  // load, or repeats an id already loaded, is left out and its LoadResult kept in errors().
  static FormCatalog load_folder(const std::string& folder);

  // Adds a definition; false (and an error naming both files) when its id is already taken.
  bool add(std::shared_ptr<const FormDefinition> form);

  const std::vector<std::shared_ptr<const FormDefinition>>& forms() const { return forms_; }
  const std::vector<LoadResult>& errors() const { return errors_; }
  const FormDefinition* find(std::string_view id) const;

  // Generations, the one in force first, then the older ones (by their latest valid-from or
  // valid-until date; undated generations last, by name).
  std::vector<std::string> generations() const;
  // The generation in force: the first of generations() ("" when the catalog is empty).
  std::string default_generation() const;

  // Forms of `generation` in which a procedure of `kind` is assessed at `stage`: per-procedure
  // forms whose kinds include it (assessment first, then worksheet, then attachments), then forms
  // of the whole draft whose kinds include it (Annex I at the proposal stage; 01/ĐGTĐ-BC for an
  // abolished procedure).
  std::vector<const FormDefinition*> forms_for(Stage stage, ProcedureKind kind,
                                               std::string_view generation) const;
  // Per-procedure assessment forms the procedure must have answers for (missing: an error).
  std::vector<const FormDefinition*> required_for(Stage stage, ProcedureKind kind,
                                                  std::string_view generation) const;
  // Forms of the whole draft at `stage` in `generation` (assessment, then summary).
  std::vector<const FormDefinition*> draft_forms(Stage stage, std::string_view generation) const;

private:
  std::vector<std::shared_ptr<const FormDefinition>> forms_;
  std::vector<LoadResult> errors_;
};

} // namespace cptt::forms
