#include "status.h"

#include "document.h"
#include "format.h"
#include "formmodel.h"

#include <QCoreApplication>

namespace cptt::bridge {

namespace {

// Gives the texts below a translation context ("Checks") that lupdate sees.
class Checks {
  Q_DECLARE_TR_FUNCTIONS(Checks)
};

void worksheetProblems(const Worksheet& w, const QString& id, const QString& place,
                       const QString& sheetName, std::vector<Problem>& out) {
  if (w.tasks.empty())
    out.push_back(
        {Status::incomplete, Checks::tr("%1: chưa có công việc nào.").arg(sheetName), id, place});
  for (std::size_t i = 0; i < w.tasks.size(); ++i)
    if (w.tasks[i].name.empty())
      out.push_back({Status::incomplete,
                     Checks::tr("%1: công việc %2 chưa có tên.").arg(sheetName).arg(i + 1), id,
                     place, QString::number(i + 1)});
  for (std::size_t i = 0; i < w.fees.size(); ++i)
    if (w.fees[i].legal_basis.empty())
      out.push_back(
          {Status::incomplete,
           Checks::tr("%1: khoản phí %2 chưa nêu căn cứ pháp lý.").arg(sheetName).arg(i + 1), id,
           place});
  if (!w.one_case && !w.subjects)
    out.push_back({Status::incomplete,
                   Checks::tr("%1: chưa nhập số đối tượng mỗi năm.").arg(sheetName), id, place});
  if (w.one_case && w.subjects_evidence.empty())
    out.push_back({Status::incomplete,
                   Checks::tr("%1: tính cho một trường hợp nhưng chưa nêu lý do không dự báo được.")
                       .arg(sheetName),
                   id, place});
}

} // namespace

QString statusId(Status status) {
  switch (status) {
  case Status::complete:
    return QStringLiteral("complete");
  case Status::incomplete:
    return QStringLiteral("incomplete");
  case Status::error:
    return QStringLiteral("error");
  }
  return {};
}

std::vector<Problem> draftProblems(const DossierDocument& doc) {
  std::vector<Problem> out;
  const Dossier& d = doc.dossier();
  if (d.draft.title.empty())
    out.push_back(
        {Status::incomplete, Checks::tr("Dự thảo chưa có tên."), {}, QStringLiteral("draft")});
  if (d.rates.empty())
    out.push_back({Status::incomplete,
                   Checks::tr("Chưa có mức thu nhập bình quân theo giờ."),
                   {},
                   QStringLiteral("rates")});
  for (const IncomeRate& r : d.rates)
    if (r.kind == IncomeRate::Kind::direct && r.source.empty())
      out.push_back(
          {Status::incomplete,
           Checks::tr("Mức thu nhập \"%1\" nhập trực tiếp nhưng chưa nêu nguồn.").arg(toQ(r.id)),
           {},
           QStringLiteral("rates")});
  for (auto it = doc.invalidEntries().cbegin(); it != doc.invalidEntries().cend(); ++it)
    if (it.value().procedureId.isEmpty())
      out.push_back({Status::error, it.value().message, {}, QStringLiteral("draft")});
  return out;
}

std::vector<Problem> procedureProblemList(const DossierDocument& doc, int row) {
  std::vector<Problem> out;
  const Procedure& p = doc.dossier().procedures[static_cast<std::size_t>(row)];
  const ProcedureState& st = doc.state(row);
  const QString id = toQ(p.id);
  const QString general = QStringLiteral("general");
  if (!st.error.isEmpty())
    out.push_back({Status::error, st.error, id,
                   p.current ? QStringLiteral("current") : QStringLiteral("proposed")});
  for (auto it = doc.invalidEntries().cbegin(); it != doc.invalidEntries().cend(); ++it)
    if (it.value().procedureId == id)
      out.push_back(
          {Status::error, it.value().message, id, it.key().section(QLatin1Char('|'), 1, 1)});
  if (p.name.empty())
    out.push_back({Status::incomplete, Checks::tr("Chưa có tên thủ tục."), id, general,
                   QStringLiteral("name")});
  if (p.articles.empty())
    out.push_back({Status::incomplete,
                   Checks::tr("Chưa nêu điều, khoản của dự thảo quy định thủ tục."), id, general,
                   QStringLiteral("articles")});
  if ((p.kind == ProcedureKind::amended || p.kind == ProcedureKind::detailed) &&
      p.simplification.empty())
    out.push_back({Status::incomplete, Checks::tr("Chưa nêu nội dung đơn giản hoá."), id, general,
                   QStringLiteral("simplification")});
  if (p.kind == ProcedureKind::abolished && p.simplification.empty())
    out.push_back({Status::incomplete, Checks::tr("Chưa nêu lý do bãi bỏ."), id, general,
                   QStringLiteral("simplification")});
  const FormModel::Progress form = FormModel::assessmentProgress(doc.dossier(), p);
  if (form.form && !form.completeness.complete())
    out.push_back({Status::incomplete,
                   Checks::tr("Biểu mẫu %1: đã trả lời %2/%3.")
                       .arg(toQ(form.form->display_code()))
                       .arg(form.completeness.done)
                       .arg(form.completeness.required),
                   id, QStringLiteral("form"), form.firstOpenKey});
  if (p.current)
    worksheetProblems(*p.current, id, QStringLiteral("current"), Checks::tr("Chi phí hiện hành"),
                      out);
  if (p.proposed)
    worksheetProblems(*p.proposed, id, QStringLiteral("proposed"),
                      p.kind == ProcedureKind::new_procedure
                          ? Checks::tr("Chi phí")
                          : Checks::tr("Chi phí sau đơn giản hoá"),
                      out);
  return out;
}

Status procedureStatus(const DossierDocument& doc, int row) {
  Status s = Status::complete;
  for (const Problem& p : procedureProblemList(doc, row)) {
    if (p.severity == Status::error)
      return Status::error;
    s = Status::incomplete;
  }
  return s;
}

QStringList procedureProblems(const DossierDocument& doc, int row) {
  QStringList out;
  for (const Problem& p : procedureProblemList(doc, row))
    out << p.message;
  return out;
}

} // namespace cptt::bridge
