#pragma once
// What is still missing or wrong in the dossier, for the procedure list's status badge and the
// summary's checklist. These are completeness checks on what the drafter entered (names, articles,
// tasks, subjects, invalid typed entries, the core's computation errors), not cost arithmetic.
#include "cptt/model.h"

#include <QString>
#include <QStringList>

#include <vector>

class DossierDocument;

namespace cptt::bridge {

enum class Status { complete, incomplete, error };

struct Problem {
  Status severity = Status::incomplete; // incomplete or error
  QString message;
  QString procedureId; // empty for the draft and its rates
  QString place;       // draft | rates | general | form | current | proposed
  // The exact spot in that place, or "": general: name | articles | simplification; form: the
  // first question still to answer; current / proposed: the task number (1-based).
  QString target = {};
};

QString statusId(Status status); // "complete", "incomplete", "error"
std::vector<Problem> draftProblems(const DossierDocument& doc);
std::vector<Problem> procedureProblemList(const DossierDocument& doc, int row);
Status procedureStatus(const DossierDocument& doc, int row);
QStringList procedureProblems(const DossierDocument& doc, int row);

} // namespace cptt::bridge
