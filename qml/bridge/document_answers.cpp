// DossierDocument: answers to the assessment forms. Each edit replaces the dossier's answer sets
// through an undo command; an empty value with no reason removes the answer.
#include "commands.h"
#include "document.h"
#include "format.h"

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

const AnswerSet* DossierDocument::answerSet(const QString& procedureId,
                                            const QString& formId) const {
  for (const AnswerSet& s : dossier_.answers)
    if (s.form_id == toStd(formId) && s.procedure_id == toStd(procedureId) && s.instance.empty())
      return &s;
  return nullptr;
}

QString DossierDocument::setAnswer(const QString& procedureId, const QString& formId,
                                   const QString& key, const QString& part, const QString& text) {
  std::vector<AnswerSet> sets = dossier_.answers;
  AnswerSet* set = findSet(sets, toStd(formId), toStd(procedureId));
  if (!set) {
    AnswerSet fresh;
    fresh.form_id = toStd(formId);
    fresh.procedure_id = toStd(procedureId);
    sets.push_back(std::move(fresh));
    set = &sets.back();
  }
  auto it = std::find_if(set->answers.begin(), set->answers.end(),
                         [&](const Answer& a) { return a.field == toStd(key); });
  if (it == set->answers.end()) {
    Answer a;
    a.field = toStd(key);
    set->answers.push_back(std::move(a));
    it = set->answers.end() - 1;
  }
  if (part == QLatin1String("reason"))
    it->reason = toStd(text);
  else if (part == QLatin1String("value"))
    it->value = toStd(text);
  else
    return tr("Trường không xác định: %1").arg(part);
  if (it->value.empty() && it->reason.empty() && !it->is_table)
    set->answers.erase(it);
  const bool typed = part == QLatin1String("reason");
  stack_.push(new AnswersEdit(this, dossier_.answers, std::move(sets), tr("Trả lời biểu mẫu"),
                              typed ? procedureId + formId + key : QString()));
  return QString();
}

void DossierDocument::applyAnswers(const std::vector<AnswerSet>& answers) {
  dossier_.answers = answers;
  emit answersChanged();
}
