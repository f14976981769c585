// DossierDocument: answers to the assessment forms. Each edit replaces the dossier's answer sets
// through an undo command; an empty value with no reason removes the answer.
#include "commands.h"
#include "document.h"
#include "format.h"
#include "forms.h"

#include "cptt/forms/form_upgrade.h"

#include <algorithm>
#include <functional>

using namespace cptt;
using namespace cptt::bridge;

namespace {

AnswerSet* findSet(std::vector<AnswerSet>& sets, const std::string& form, const std::string& id) {
  for (AnswerSet& s : sets)
    if (s.form_id == form && s.procedure_id == id && s.instance.empty())
      return &s;
  return nullptr;
}

} // namespace

QString DossierDocument::editAnswer(const QString& procedureId, const QString& formId,
                                    const QString& key, const QString& typingId,
                                    const std::function<QString(Answer&)>& edit) {
  std::vector<AnswerSet> sets = store_.dossier().answers;
  AnswerSet* set = findSet(sets, toStd(formId), toStd(procedureId));
  if (!set) {
    AnswerSet fresh;
    fresh.form_id = toStd(formId);
    fresh.procedure_id = toStd(procedureId);
    sets.push_back(std::move(fresh));
    set = &sets.back();
  }
  // Answers written with an older version of the form move to its current ids with this edit
  // (one undo step), so that what is saved is current; the keys the app edits are current.
  if (const forms::FormDefinition* form = formCatalog().find(set->form_id))
    forms::upgrade_answers(*form, *set);
  auto it = std::find_if(set->answers.begin(), set->answers.end(),
                         [&](const Answer& a) { return a.field == toStd(key); });
  if (it == set->answers.end()) {
    Answer a;
    a.field = toStd(key);
    set->answers.push_back(std::move(a));
    it = set->answers.end() - 1;
  }
  if (QString error = edit(*it); !error.isEmpty())
    return error;
  // An answer left with nothing in it is no answer (a table read from a file stays, even empty).
  if (it->value.empty() && it->reason.empty() && it->rows.empty() && !it->is_table)
    set->answers.erase(it);
  const AnswerSet changed = *set;
  pushAnswersEdit(std::move(sets), answerSet(procedureId, formId), &changed, tr("Trả lời biểu mẫu"),
                  typingId);
  return QString();
}

QString DossierDocument::setAnswer(const QString& procedureId, const QString& formId,
                                   const QString& key, const QString& part, const QString& text) {
  if (part != QLatin1String("reason") && part != QLatin1String("value"))
    return tr("Trường không xác định: %1").arg(part);
  const bool reason = part == QLatin1String("reason");
  // Typed reasons merge into one undo step per field; a value is one click.
  return editAnswer(procedureId, formId, key, reason ? procedureId + formId + key : QString(),
                    [&](Answer& a) {
                      (reason ? a.reason : a.value) = toStd(text);
                      return QString();
                    });
}

int DossierDocument::addAnswerRow(const QString& procedureId, const QString& formId,
                                  const QString& key) {
  int added = -1;
  editAnswer(procedureId, formId, key, QString(), [&](Answer& a) {
    a.is_table = true;
    a.rows.emplace_back();
    added = static_cast<int>(a.rows.size()) - 1;
    return QString();
  });
  return added;
}

QString DossierDocument::removeAnswerRow(const QString& procedureId, const QString& formId,
                                         const QString& key, int row) {
  return editAnswer(procedureId, formId, key, QString(), [&](Answer& a) {
    if (row < 0 || row >= static_cast<int>(a.rows.size()))
      return tr("Không có dòng %1 trong bảng.").arg(row + 1);
    a.rows.erase(a.rows.begin() + row);
    a.is_table = !a.rows.empty();
    return QString();
  });
}

QString DossierDocument::setAnswerCell(const QString& procedureId, const QString& formId,
                                       const QString& key, int row, const QString& column,
                                       const QString& value) {
  const QString typingId = procedureId + formId + key + QString::number(row) + column;
  return editAnswer(procedureId, formId, key, typingId, [&](Answer& a) {
    if (row < 0 || row >= static_cast<int>(a.rows.size()))
      return tr("Không có dòng %1 trong bảng.").arg(row + 1);
    std::vector<AnswerCell>& cells = a.rows[static_cast<std::size_t>(row)].cells;
    auto cell = std::find_if(cells.begin(), cells.end(),
                             [&](const AnswerCell& c) { return c.column == toStd(column); });
    if (value.isEmpty()) {
      if (cell != cells.end())
        cells.erase(cell);
    } else if (cell != cells.end()) {
      cell->value = toStd(value);
    } else {
      cells.push_back({toStd(column), toStd(value)});
    }
    return QString();
  });
}
