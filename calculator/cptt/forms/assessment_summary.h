#pragma once
// The "Tóm tắt kết quả đánh giá" of each procedure in the draft's summary (Mẫu 01/ĐGTĐ-BC): the
// conclusions of the procedure's assessment form (necessity, legality, reasonableness) with what
// the drafter wrote for them, composed from the answers. The drafter may replace it with a text of
// their own: that text is the answer to the summary form's field bound to
// `procedure.assessment-summary`, kept in the dossier like every answer, and printed instead.
// Composed here, in the core, so `cptt document` and the app print the same text.
#include "cptt/forms/form_catalog.h"
#include "cptt/forms/form_engine.h"
#include "cptt/model.h"

#include <string>

namespace cptt::forms {

inline constexpr const char* assessment_summary_source = "procedure.assessment-summary";

// One paragraph (line) per visible conclusion question, in form order: the question, its answer
// ("Có" / "Không", dots when not answered), then the drafter's text answers and reasons of the
// visible questions since the previous conclusion; what follows the last conclusion goes under
// its section's title; a gate that ended the assessment is said once. Bound and computed
// questions and article references are left out (the summary prints them elsewhere). "" when
// nothing of it is answered.
std::string compose_assessment_summary(const FormEvaluation& evaluation, const AnswerSet& answers);

struct AssessmentSummary {
  std::string form_id;  // the summary form's id; empty when the dossier's forms have none
  std::string key;      // the answer key of this procedure's summary ("new/P1/new.summary")
  std::string source;   // the assessment form it is composed from (its code), may be empty
  std::string composed; // from the procedure's answers; "" when none
  std::string edited;   // the drafter's own text, "" when none
  bool exists() const { return !key.empty(); }
  const std::string& text() const { return edited.empty() ? composed : edited; }
};

// The summary of `procedure` in the summary form of the dossier's stage and `generation`.
AssessmentSummary assessment_summary(const Dossier& dossier, const Procedure& procedure,
                                     const FormCatalog& catalog, const std::string& generation);

// `answers` (to the summary form `summary`) with each procedure's composed summary added where
// the drafter wrote none: what the documents print.
AnswerSet with_assessment_summaries(const AnswerSet& answers, const FormDefinition& summary,
                                    const Dossier& dossier, const FormCatalog& catalog,
                                    const std::string& generation);

} // namespace cptt::forms
