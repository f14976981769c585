#pragma once
// Undo commands: each one holds the part of the dossier before and after an edit and asks the
// document to apply one or the other. Consecutive edits of the same field merge into one step, so
// typing "12,5" is undone in one go.
#include "cptt/model.h"

#include <QString>
#include <QUndoCommand>

#include <vector>

class DossierDocument;

namespace cptt::bridge {

enum CommandId { draft_edit = 1, rates_edit, procedure_edit, answers_edit };

class DraftEdit : public QUndoCommand {
public:
  DraftEdit(DossierDocument* doc, Draft before, Draft after, const QString& text, QString key);
  void undo() override;
  void redo() override;
  int id() const override { return draft_edit; }
  bool mergeWith(const QUndoCommand* other) override;

private:
  DossierDocument* doc_;
  Draft before_, after_;
  QString key_;
};

class RatesEdit : public QUndoCommand {
public:
  RatesEdit(DossierDocument* doc, std::vector<IncomeRate> before, std::vector<IncomeRate> after,
            const QString& text, QString key);
  void undo() override;
  void redo() override;
  int id() const override { return rates_edit; }
  bool mergeWith(const QUndoCommand* other) override;

private:
  DossierDocument* doc_;
  std::vector<IncomeRate> before_, after_;
  QString key_;
};

class ProcedureEdit : public QUndoCommand {
public:
  ProcedureEdit(DossierDocument* doc, int row, Procedure before, Procedure after,
                const QString& text, QString key);
  void undo() override;
  void redo() override;
  int id() const override { return procedure_edit; }
  bool mergeWith(const QUndoCommand* other) override;

private:
  DossierDocument* doc_;
  int row_;
  Procedure before_, after_;
  QString key_;
};

class AnswersEdit : public QUndoCommand {
public:
  AnswersEdit(DossierDocument* doc, std::vector<AnswerSet> before, std::vector<AnswerSet> after,
              const QString& text, QString key);
  void undo() override;
  void redo() override;
  int id() const override { return answers_edit; }
  bool mergeWith(const QUndoCommand* other) override;

private:
  DossierDocument* doc_;
  std::vector<AnswerSet> before_, after_;
  QString key_;
};

class ProcedureInsert : public QUndoCommand {
public:
  ProcedureInsert(DossierDocument* doc, int row, Procedure procedure, const QString& text);
  void undo() override;
  void redo() override;

private:
  DossierDocument* doc_;
  int row_;
  Procedure procedure_;
};

// Removes a procedure and the answers that belong to it (a file may not name a missing one).
class ProcedureRemove : public QUndoCommand {
public:
  ProcedureRemove(DossierDocument* doc, int row, Procedure procedure,
                  std::vector<AnswerSet> answersBefore, std::vector<AnswerSet> answersAfter,
                  const QString& text);
  void undo() override;
  void redo() override;

private:
  DossierDocument* doc_;
  int row_;
  Procedure procedure_;
  std::vector<AnswerSet> answersBefore_, answersAfter_;
};

class ProcedureMove : public QUndoCommand {
public:
  ProcedureMove(DossierDocument* doc, int from, int to, const QString& text);
  void undo() override;
  void redo() override;

private:
  DossierDocument* doc_;
  int from_, to_;
};

} // namespace cptt::bridge
