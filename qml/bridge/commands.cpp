#include "commands.h"

#include "document.h"

namespace cptt::bridge {

ProcedureInsert::ProcedureInsert(DossierDocument* doc, int row, Procedure procedure,
                                 const QString& text)
    : QUndoCommand(text), doc_(doc), row_(row), procedure_(std::move(procedure)) {}
void ProcedureInsert::undo() { doc_->eraseProcedure(row_); }
void ProcedureInsert::redo() { doc_->insertProcedure(row_, procedure_); }

ProcedureRemove::ProcedureRemove(DossierDocument* doc, int row, Procedure procedure,
                                 std::vector<AnswerSet> answersBefore,
                                 std::vector<AnswerSet> answersAfter, const QString& text)
    : QUndoCommand(text), doc_(doc), row_(row), procedure_(std::move(procedure)),
      answersBefore_(std::move(answersBefore)), answersAfter_(std::move(answersAfter)) {}
void ProcedureRemove::undo() {
  doc_->insertProcedure(row_, procedure_);
  doc_->applyAnswers(answersBefore_);
}
void ProcedureRemove::redo() {
  doc_->applyAnswers(answersAfter_);
  doc_->eraseProcedure(row_);
}

ProcedureMove::ProcedureMove(DossierDocument* doc, int from, int to, const QString& text)
    : QUndoCommand(text), doc_(doc), from_(from), to_(to) {}
void ProcedureMove::undo() { doc_->relocateProcedure(to_, from_); }
void ProcedureMove::redo() { doc_->relocateProcedure(from_, to_); }

} // namespace cptt::bridge
