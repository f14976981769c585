#pragma once
// What is still missing or wrong in the dossier, for the procedure list's status badge and the
// summary's checklist: a view of the core's findings (cptt::review::check_dossier, the same that
// `cptt validate` prints and the review of the export lists), grouped by procedure, each linked
// to its place, plus the entries the bridge could not take (text that is not a number) and the
// procedure's computation error. The bridge decides no rule of its own.
#include "cptt/finding.h"
#include "cptt/model.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cptt::bridge {

class DossierStore;

enum class Status { complete, incomplete, error };

struct Problem {
  // error: an entry the bridge could not take, or the procedure cannot be computed; incomplete:
  // a finding that is an error or a warning; complete: a note (it does not change the status).
  Status severity = Status::incomplete;
  QString message;     // in the app's language
  QString procedureId; // empty for the draft and its rates
  QString place;       // draft | rates | general | form | current | proposed
  // The exact spot in that place, or "": general: name | articles | simplification; form: the
  // question's key (or the first question still to answer); current / proposed: the task number
  // (1-based).
  QString target = {};
  QString code = {};  // the finding's code, "" for the bridge's own entries
  QString level = {}; // the finding's severity: error | warning | note ("error" for entries)
  QString where = {}; // the finding's place in words (form, section, question; worksheet, task…)
};

QString statusId(Status status); // "complete", "incomplete", "error"
// The core's findings of the whole dossier (review::check_dossier with the app's forms and
// reference data).
std::vector<Finding> dossierFindings(const Dossier& dossier);
// The checklist: each procedure's problems in order, then the draft's.
std::vector<Problem> checklistProblems(const DossierStore& store);
std::vector<Problem> procedureProblemList(const DossierStore& store, int row);
Status procedureStatus(const DossierStore& store, int row);
QStringList procedureProblems(const DossierStore& store, int row);

} // namespace cptt::bridge
