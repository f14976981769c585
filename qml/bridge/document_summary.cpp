// DossierDocument: each procedure's summary as the draft's summary document prints it (Mẫu
// 01/ĐGTĐ-BC, "Tóm tắt kết quả đánh giá"), composed by the core (forms/assessment_summary.h) and
// editable here; the drafter's text is the answer to the summary form's field.
#include "document.h"
#include "format.h"
#include "forms.h"

#include "cptt/forms/assessment_summary.h"
#include "cptt/forms/dossier_forms.h"

using namespace cptt;
using namespace cptt::bridge;

namespace {

forms::AssessmentSummary summaryOf(const Dossier& dossier, const QString& procedureId) {
  const Procedure* procedure = dossier.find_procedure(toStd(procedureId));
  if (!procedure)
    return {};
  const forms::FormCatalog& catalog = formCatalog();
  return forms::assessment_summary(dossier, *procedure, catalog,
                                   forms::dossier_generation(dossier, catalog));
}

} // namespace

QVariantMap DossierDocument::assessmentSummary(const QString& procedureId) const {
  const forms::AssessmentSummary s = summaryOf(store_.dossier(), procedureId);
  return {{QStringLiteral("available"), s.exists()},
          {QStringLiteral("text"), toQ(s.text())},
          {QStringLiteral("composed"), toQ(s.composed)},
          {QStringLiteral("edited"), !s.edited.empty()},
          {QStringLiteral("source"), toQ(s.source)}};
}

QString DossierDocument::setAssessmentSummary(const QString& procedureId, const QString& text) {
  const forms::AssessmentSummary s = summaryOf(store_.dossier(), procedureId);
  if (!s.exists())
    return tr("Hồ sơ này không có bản tóm tắt kết quả đánh giá cho thủ tục.");
  const std::string own = toStd(text.trimmed());
  const std::string value = own == s.composed ? std::string() : own;
  if (value == s.edited)
    return QString();
  // A draft-level answer (the summary form's), keyed by the procedure's block instance.
  return editAnswer(QString(), toQ(s.form_id), toQ(s.key),
                    QStringLiteral("assessment-summary/") + procedureId, [&](Answer& a) {
                      a.value = value;
                      return QString();
                    });
}
