#pragma once
// What the reviewer's list models (findings, comments, verdicts, figures, follow-ups) read of the
// session that owns them. The session implements it and tells the models when it changed by calling
// their reset and change functions, so a model includes neither the session nor another model.
#include "cptt/review/response_check.h"
#include "cptt/review/review_check.h"
#include "cptt/review/review_file.h"

#include <QString>

class ReviewSource {
public:
  virtual bool isOpen() const = 0;
  virtual const cptt::review::Review& review() const = 0;
  // The report checked, or null (a review opened alone).
  virtual const cptt::review::ReportReview* checked() const = 0;
  virtual QString procedureName(const QString& procedureId) const = 0;
  // A comment's place in words, from the forms.
  virtual QString placeLabel(int commentIndex) const = 0;
  // The same without the procedure, for the procedure's own page.
  virtual QString partLabel(int commentIndex) const = 0;
  virtual const cptt::review::Discrepancy* discrepancyOf(int findingIndex) const = 0;
  virtual const cptt::review::Discrepancy* focusedDiscrepancy() const = 0;
  virtual QString selectedProcedureId() const = 0;
  // The previous round's items with the drafter's answers as check_response reads them, their
  // places compared between the report reviewed then and this one (empty in round 1).
  virtual const cptt::review::ResponseStatus& previousRound() const = 0;
  // The report reviewed in the previous round, found beside its review (null when not found or
  // in round 1), and its file.
  virtual const cptt::Dossier* previousDossier() const = 0;
  virtual QString previousReportPath() const = 0;

protected:
  ReviewSource() = default;
  ReviewSource(const ReviewSource&) = default;
  ReviewSource& operator=(const ReviewSource&) = default;
  ~ReviewSource() = default;
};
