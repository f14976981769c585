#include "commands.h"

#include "document.h"

namespace cptt::bridge {

DraftEdit::DraftEdit(DossierDocument* doc, Draft before, Draft after, const QString& text,
                     QString key)
    : QUndoCommand(text), doc_(doc), before_(std::move(before)), after_(std::move(after)),
      key_(std::move(key)) {}
void DraftEdit::undo() { doc_->applyDraft(before_); }
void DraftEdit::redo() { doc_->applyDraft(after_); }
bool DraftEdit::mergeWith(const QUndoCommand* other) {
  auto* o = static_cast<const DraftEdit*>(other);
  if (key_.isEmpty() || o->key_ != key_)
    return false;
  after_ = o->after_;
  return true;
}

RatesEdit::RatesEdit(DossierDocument* doc, std::vector<IncomeRate> before,
                     std::vector<IncomeRate> after, const QString& text, QString key)
    : QUndoCommand(text), doc_(doc), before_(std::move(before)), after_(std::move(after)),
      key_(std::move(key)) {}
void RatesEdit::undo() { doc_->applyRates(before_); }
void RatesEdit::redo() { doc_->applyRates(after_); }
bool RatesEdit::mergeWith(const QUndoCommand* other) {
  auto* o = static_cast<const RatesEdit*>(other);
  if (key_.isEmpty() || o->key_ != key_)
    return false;
  after_ = o->after_;
  return true;
}

ProcedureEdit::ProcedureEdit(DossierDocument* doc, int row, Procedure before, Procedure after,
                             const QString& text, QString key)
    : QUndoCommand(text), doc_(doc), row_(row), before_(std::move(before)),
      after_(std::move(after)), key_(std::move(key)) {}
void ProcedureEdit::undo() { doc_->applyProcedure(row_, before_); }
void ProcedureEdit::redo() { doc_->applyProcedure(row_, after_); }
bool ProcedureEdit::mergeWith(const QUndoCommand* other) {
  auto* o = static_cast<const ProcedureEdit*>(other);
  if (key_.isEmpty() || o->key_ != key_ || o->row_ != row_)
    return false;
  after_ = o->after_;
  return true;
}

AnswersEdit::AnswersEdit(DossierDocument* doc, std::vector<AnswerSet> before,
                         std::vector<AnswerSet> after, const QString& text, QString key)
    : QUndoCommand(text), doc_(doc), before_(std::move(before)), after_(std::move(after)),
      key_(std::move(key)) {}
void AnswersEdit::undo() { doc_->applyAnswers(before_); }
void AnswersEdit::redo() { doc_->applyAnswers(after_); }
bool AnswersEdit::mergeWith(const QUndoCommand* other) {
  auto* o = static_cast<const AnswersEdit*>(other);
  if (key_.isEmpty() || o->key_ != key_)
    return false;
  after_ = o->after_;
  return true;
}

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
