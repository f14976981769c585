#include "commands.h"

#include "dossierstore.h"

namespace cptt::bridge {

ProcedureInsert::ProcedureInsert(DossierStore* store, int row, Procedure procedure,
                                 const QString& text)
    : QUndoCommand(text), store_(store), row_(row), procedure_(std::move(procedure)) {}
void ProcedureInsert::undo() { store_->eraseProcedure(row_); }
void ProcedureInsert::redo() { store_->insertProcedure(row_, procedure_); }

ProcedureRemove::ProcedureRemove(DossierStore* store, int row, Procedure procedure,
                                 std::vector<AnswerSet> answersBefore,
                                 std::vector<AnswerSet> answersAfter, const QString& text)
    : QUndoCommand(text), store_(store), row_(row), procedure_(std::move(procedure)),
      answersBefore_(std::move(answersBefore)), answersAfter_(std::move(answersAfter)) {}
void ProcedureRemove::undo() {
  store_->insertProcedure(row_, procedure_);
  store_->setAnswers(answersBefore_);
}
void ProcedureRemove::redo() {
  store_->setAnswers(answersAfter_);
  store_->eraseProcedure(row_);
}

ProcedureMove::ProcedureMove(DossierStore* store, int from, int to, const QString& text)
    : QUndoCommand(text), store_(store), from_(from), to_(to) {}
void ProcedureMove::undo() { store_->moveProcedure(to_, from_); }
void ProcedureMove::redo() { store_->moveProcedure(from_, to_); }

} // namespace cptt::bridge
