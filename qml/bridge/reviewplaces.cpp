#include "reviewplaces.h"

#include "format.h"
#include "forms.h"

#include "cptt/forms/dossier_forms.h"

#include "cptt/forms/form_engine.h"
#include "cptt/review/place_names.h"

#include <QVariantMap>

namespace cptt::bridge {

QVariantList commentPlaces(const Dossier& dossier, const std::string& procedureId) {
  QVariantList out;
  const Procedure* p = dossier.find_procedure(procedureId);
  if (!p)
    return out;
  const std::optional<forms::FormEvaluation> assessment =
      forms::evaluate_assessment(formCatalog(), dossier, *p);
  for (const review::CommentPlace& place :
       review::comment_places(*p, assessment ? &*assessment : nullptr)) {
    const review::CommentAnchor& a = place.anchor;
    out.append(QVariantMap{{QStringLiteral("label"), localized(place.label)},
                           {QStringLiteral("depth"), place.depth},
                           {QStringLiteral("formId"), toQ(a.form_id)},
                           {QStringLiteral("section"), toQ(a.section)},
                           {QStringLiteral("field"), toQ(a.field)},
                           {QStringLiteral("worksheet"), worksheetId(a.worksheet)},
                           {QStringLiteral("task"), a.task}});
  }
  return out;
}

QVariantList commentsAt(const review::Review& review, const review::CommentAnchor& place) {
  QVariantList out;
  for (std::size_t i = 0; i < review.comments.size(); ++i) {
    const review::Comment& c = review.comments[i];
    const review::CommentAnchor& a = c.anchor;
    // A question's key is unique in the form, so its section need not match as well.
    const bool samePart = place.field.empty() ? a.field.empty() && a.section == place.section
                                              : a.field == place.field;
    if (a.procedure_id != place.procedure_id || !samePart || a.worksheet != place.worksheet ||
        a.task != place.task)
      continue;
    out.append(QVariantMap{{QStringLiteral("index"), static_cast<int>(i)},
                           {QStringLiteral("author"), toQ(c.author)},
                           {QStringLiteral("date"), toQ(c.date)},
                           {QStringLiteral("text"), toQ(c.text)}});
  }
  return out;
}

QString worksheetId(const std::optional<Worksheet::Variant>& variant) {
  if (!variant)
    return {};
  return *variant == Worksheet::Variant::current ? QStringLiteral("current")
                                                 : QStringLiteral("proposed");
}

review::CommentAnchor anchorOf(const QString& procedureId, const QString& formId,
                               const QString& section, const QString& field,
                               const QString& worksheet, int task) {
  review::CommentAnchor a;
  a.procedure_id = toStd(procedureId);
  a.form_id = toStd(formId);
  a.section = toStd(section);
  a.field = toStd(field);
  if (worksheet == QLatin1String("current"))
    a.worksheet = Worksheet::Variant::current;
  else if (worksheet == QLatin1String("proposed"))
    a.worksheet = Worksheet::Variant::proposed;
  a.task = a.worksheet ? std::max(0, task) : 0;
  return a;
}

} // namespace cptt::bridge
