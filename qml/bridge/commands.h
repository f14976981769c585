#pragma once
// Undo commands: each one holds the part of the dossier before and after an edit and hands one
// or the other to the store. Consecutive edits of the same field merge into one step, so
// typing "12,5" is undone in one go.
#include "cptt/dossier_edits.h"
#include "cptt/model.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <vector>

namespace cptt::bridge {

class DossierStore;

enum CommandId { draft_edit = 1, rates_edit, procedure_edit, answers_edit };

// Replaces one part of the dossier (T): `apply` is given `before` on undo and `after` on redo.
// Consecutive edits with the same non-empty key (one field being typed) merge into one step; a
// step typed back to where it started is no step (obsolete: the stack drops it, and a dossier
// back at its saved state is no longer modified).
template <class T, CommandId Id> class PartEdit : public QUndoCommand {
public:
  using Apply = std::function<void(const T&)>;
  PartEdit(Apply apply, T before, T after, const QString& text, QString key)
      : QUndoCommand(text), apply_(std::move(apply)), before_(std::move(before)),
        after_(std::move(after)), key_(std::move(key)) {}
  void undo() override { apply_(before_); }
  void redo() override { apply_(after_); }
  int id() const override { return Id; }
  bool mergeWith(const QUndoCommand* other) override {
    auto* o = static_cast<const PartEdit*>(other);
    if (key_.isEmpty() || o->key_ != key_)
      return false;
    after_ = o->after_;
    // Parts are compared as the file writes them: one comparison for every field.
    setObsolete(edits::same_in_file(before_, after_));
    return true;
  }

private:
  Apply apply_;
  T before_, after_;
  QString key_;
};

using DraftEdit = PartEdit<Draft, draft_edit>;
using RatesEdit = PartEdit<std::vector<IncomeRate>, rates_edit>;
// The key names the procedure's row as well: an edit never merges across procedures.
using ProcedureEdit = PartEdit<Procedure, procedure_edit>;
using AnswersEdit = PartEdit<std::vector<AnswerSet>, answers_edit>;

class ProcedureInsert : public QUndoCommand {
public:
  ProcedureInsert(DossierStore* store, int row, Procedure procedure, const QString& text);
  void undo() override;
  void redo() override;

private:
  DossierStore* store_;
  int row_;
  Procedure procedure_;
};

// Removes a procedure and the answers that belong to it (a file may not name a missing one).
class ProcedureRemove : public QUndoCommand {
public:
  ProcedureRemove(DossierStore* store, int row, Procedure procedure,
                  std::vector<AnswerSet> answersBefore, std::vector<AnswerSet> answersAfter,
                  const QString& text);
  void undo() override;
  void redo() override;

private:
  DossierStore* store_;
  int row_;
  Procedure procedure_;
  std::vector<AnswerSet> answersBefore_, answersAfter_;
};

class ProcedureMove : public QUndoCommand {
public:
  ProcedureMove(DossierStore* store, int from, int to, const QString& text);
  void undo() override;
  void redo() override;

private:
  DossierStore* store_;
  int from_, to_;
};

} // namespace cptt::bridge
